//! Times in several zones, worked out on the server: the organisers' line of zones
//! ("Geneva 15:00 · New York 09:00 · Taipei 22:00") and the event's own time.

use chrono::{DateTime, TimeZone};

/// A readable city from an IANA name: "America/New_York" → "New York".
pub fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// "HH:MM" in `tz`, with "(+1)" or "(-1)" when the day differs from the event's own day there.
fn clock(ms: i64, tz: chrono_tz::Tz, home: chrono_tz::Tz) -> String {
    let Some(t) = DateTime::from_timestamp_millis(ms) else {
        return String::new();
    };
    let here = t.with_timezone(&tz);
    let day = here.date_naive() - t.with_timezone(&home).date_naive();
    let shift = match day.num_days() {
        0 => String::new(),
        d => format!(" ({d:+})"),
    };
    format!("{}{shift}", here.format("%H:%M"))
}

/// The start in each zone the organisers chose, joined with " · ".
pub fn line(starts_at: i64, home: chrono_tz::Tz, zones: &[(String, String)]) -> String {
    zones
        .iter()
        .filter_map(|(label, zone)| {
            let tz: chrono_tz::Tz = zone.parse().ok()?;
            Some(format!("{label} {}", clock(starts_at, tz, home)))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A moment as a local date and time in `tz` (for calendar files: "20360115T150000").
pub fn ics_local(ms: i64, tz: chrono_tz::Tz) -> String {
    tz.timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y%m%dT%H%M%S").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organisers_line_shows_each_zone() {
        let zones = [
            ("Geneva".to_owned(), "Europe/Zurich".to_owned()),
            ("New York".to_owned(), "America/New_York".to_owned()),
            ("Taipei".to_owned(), "Asia/Taipei".to_owned()),
            ("Honolulu".to_owned(), "Pacific/Honolulu".to_owned()),
        ];
        // 2036-01-15 15:00 in Zurich (CET, UTC+1).
        let at = 2_084_018_400_000;
        assert_eq!(
            line(at, chrono_tz::Europe::Zurich, &zones),
            "Geneva 15:00 · New York 09:00 · Taipei 22:00 · Honolulu 04:00"
        );
        let late = at + 8 * 3_600_000;
        assert!(line(late, chrono_tz::Europe::Zurich, &zones).contains("Taipei 06:00 (+1)"));
        assert_eq!(city("America/Argentina/Buenos_Aires"), "Buenos Aires");
    }
}
