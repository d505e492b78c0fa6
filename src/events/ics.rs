//! Calendar files (RFC 5545): the public `event.ics` (METHOD:PUBLISH) and the invitation attached
//! to the "you're registered" email (METHOD:REQUEST with an ORGANIZER). Both carry the same UID,
//! the event's SEQUENCE, and a VTIMEZONE for its zone worked out from the time zone database.

use chrono::{DateTime, Datelike, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::model::{Event, EventState};

/// Text escaped for a TEXT value (RFC 5545 3.3.11).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Content lines folded at 75 octets (never inside a UTF-8 character), CRLF after each.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    pub fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let n = c.len_utf8();
            if width + n > 75 {
                self.0.push_str("\r\n ");
                // The leading space counts towards the next line's octets.
                width = 1;
            }
            self.0.push(c);
            width += n;
        }
        self.0.push_str("\r\n");
    }

    pub fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// One change of offset in a zone.
struct Transition {
    at: DateTime<Utc>,
    from: i32,
    to: i32,
    dst: bool,
    name: String,
}

fn offset_secs(tz: Tz, t: DateTime<Utc>) -> (i32, bool, String) {
    let o = tz.offset_from_utc_datetime(&t.naive_utc());
    let total = (o.base_utc_offset() + o.dst_offset()).num_seconds() as i32;
    let name = o.abbreviation().unwrap_or("").to_owned();
    (total, !o.dst_offset().is_zero(), name)
}

/// The zone's changes of offset from the start of the year before `year` to the end of `year`:
/// day by day to find them, then to the minute.
fn transitions(tz: Tz, year: i32) -> Vec<Transition> {
    let start = Utc.with_ymd_and_hms(year - 1, 1, 1, 0, 0, 0).single();
    let end = Utc.with_ymd_and_hms(year + 1, 1, 1, 0, 0, 0).single();
    let (Some(mut day), Some(end)) = (start, end) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    while day < end {
        let next = day + chrono::Duration::days(1);
        let (a, b) = (offset_secs(tz, day), offset_secs(tz, next));
        if a.0 != b.0 || a.1 != b.1 {
            // The first second with the new offset (changes fall on whole seconds).
            let (mut lo, mut hi) = (day, next);
            while hi - lo > chrono::Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_secs(tz, mid) == a {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            found.push(Transition {
                at: hi,
                from: a.0,
                to: b.0,
                dst: b.1,
                name: b.2,
            });
        }
        day = next;
    }
    found
}

fn utc_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let s = secs.abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

/// The VTIMEZONE block for `tz` around `year`.
fn vtimezone(w: &mut Writer, tz: Tz, year: i32) {
    w.prop("BEGIN", "VTIMEZONE");
    w.prop("TZID", tz.name());
    let changes = transitions(tz, year);
    if changes.is_empty() {
        // A zone without changes in these years: one standard observance.
        let at = Utc
            .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let (offset, _, name) = offset_secs(tz, at);
        w.prop("BEGIN", "STANDARD");
        w.prop("DTSTART", "19700101T000000");
        w.prop("TZOFFSETFROM", &utc_offset(offset));
        w.prop("TZOFFSETTO", &utc_offset(offset));
        if !name.is_empty() {
            w.prop("TZNAME", &escape(&name));
        }
        w.prop("END", "STANDARD");
    }
    for t in changes {
        let kind = if t.dst { "DAYLIGHT" } else { "STANDARD" };
        // DTSTART is the local time before the change (RFC 5545 3.6.5).
        let local = t.at + chrono::Duration::seconds(i64::from(t.from));
        w.prop("BEGIN", kind);
        w.prop("DTSTART", &local.format("%Y%m%dT%H%M%S").to_string());
        w.prop("TZOFFSETFROM", &utc_offset(t.from));
        w.prop("TZOFFSETTO", &utc_offset(t.to));
        if !t.name.is_empty() {
            w.prop("TZNAME", &escape(&t.name));
        }
        w.prop("END", kind);
    }
    w.prop("END", "VTIMEZONE");
}

/// What the invitation adds to the public file.
pub struct Invitation<'a> {
    /// The organiser's address (the sender of our emails).
    pub organiser_name: &'a str,
    pub organiser_email: &'a str,
    pub attendee_name: &'a str,
    pub attendee_email: &'a str,
    /// The joining link, for confirmed registrants only.
    pub join_url: Option<&'a str>,
}

/// The stable UID of an event: the same in every file and update.
pub fn uid(e: &Event, base: &str) -> String {
    let host = url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "chorus".into());
    format!("event-{}@{host}", e.id)
}

fn utc_stamp(ms: i64) -> String {
    DateTime::from_timestamp_millis(ms)
        .map(|t| t.format("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_default()
}

/// The event as a calendar file: published (`invite` None) or as an invitation.
pub fn calendar(e: &Event, base: &str, now: i64, invite: Option<&Invitation>) -> String {
    let tz = e.tz();
    let year = tz
        .timestamp_millis_opt(e.starts_at)
        .single()
        .map(|t| t.year())
        .unwrap_or(2000);
    let mut w = Writer::default();
    w.prop("BEGIN", "VCALENDAR");
    w.prop("VERSION", "2.0");
    w.prop("PRODID", "-//Chorus//Events//EN");
    w.prop("CALSCALE", "GREGORIAN");
    let cancelled = e.state == EventState::Cancelled;
    let method = match (invite.is_some(), cancelled) {
        (false, _) => "PUBLISH",
        (true, false) => "REQUEST",
        (true, true) => "CANCEL",
    };
    w.prop("METHOD", method);
    vtimezone(&mut w, tz, year);
    w.prop("BEGIN", "VEVENT");
    w.prop("UID", &uid(e, base));
    w.prop("SEQUENCE", &e.sequence.to_string());
    w.prop("DTSTAMP", &utc_stamp(now));
    w.prop("LAST-MODIFIED", &utc_stamp(e.updated_at));
    let zone = tz.name();
    w.line(&format!(
        "DTSTART;TZID={zone}:{}",
        super::zones::ics_local(e.starts_at, tz)
    ));
    w.line(&format!(
        "DTEND;TZID={zone}:{}",
        super::zones::ics_local(e.ends_at, tz)
    ));
    w.prop("SUMMARY", &escape(&e.title));
    let page = format!("{base}/e/{}", e.slug);
    let mut description = e.summary.clone();
    if let Some(join) = invite.and_then(|i| i.join_url) {
        description = format!("{description}\n\n{join}");
    }
    description = format!("{}\n\n{page}", description.trim());
    w.prop("DESCRIPTION", &escape(description.trim()));
    w.prop("URL", &page);
    let location = match (&e.address, invite.and_then(|i| i.join_url)) {
        (Some(a), _) => Some(a.as_str()),
        (None, Some(join)) => Some(join),
        _ => None,
    };
    if let Some(l) = location {
        w.prop("LOCATION", &escape(l));
    }
    w.prop("STATUS", if cancelled { "CANCELLED" } else { "CONFIRMED" });
    if let Some(i) = invite {
        w.line(&format!(
            "ORGANIZER;CN=\"{}\":mailto:{}",
            quoted(i.organiser_name),
            i.organiser_email
        ));
        w.line(&format!(
            "ATTENDEE;CN=\"{}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{}",
            quoted(i.attendee_name),
            i.attendee_email
        ));
    }
    w.prop("END", "VEVENT");
    w.prop("END", "VCALENDAR");
    w.finish()
}

/// The METHOD a calendar file declares (REQUEST when it declares none).
pub fn method(ics: &str) -> &str {
    ics.split("\r\n")
        .find_map(|l| l.strip_prefix("METHOD:"))
        .unwrap_or("REQUEST")
}

/// A parameter value in double quotes may hold anything but quotes and control characters.
fn quoted(s: &str) -> String {
    s.chars().filter(|c| *c != '"' && !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut w = Writer::default();
        let text = "é".repeat(100);
        w.prop("SUMMARY", &text);
        let out = w.finish();
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{text}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn zurich_changes_twice_a_year_and_taipei_never() {
        let t = transitions(chrono_tz::Europe::Zurich, 2036);
        assert_eq!(t.len(), 4, "two in 2035, two in 2036");
        let spring = &t[2];
        assert!(spring.dst);
        assert_eq!((spring.from, spring.to), (3600, 7200));
        // 30 March 2036, 01:00 UTC: the last Sunday of March.
        assert_eq!(
            spring.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            "2036-03-30 01:00:00",
            "on the second, not somewhere in its minute"
        );
        assert!(transitions(chrono_tz::Asia::Taipei, 2036).is_empty());
    }
}
