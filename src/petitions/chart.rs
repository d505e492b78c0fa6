//! A small server-rendered SVG bar chart of confirmed signatures per day (no JavaScript), with
//! dated x axis, a y scale, and a table of the same figures for screen readers and anyone who
//! wants numbers.

use std::fmt::Write;

use askama::Template;
use chrono::{Days, NaiveDate};

use crate::i18n::format::fmt_num;
use crate::i18n::Lang;

/// The chart's box, in SVG units. Text is drawn at a fixed size in these units, so the chart is
/// not stretched (CSS caps its width so labels stay readable from a phone to a desktop).
const W: f64 = 440.0;
const H: f64 = 190.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 160.0;
const FONT: f64 = 14.0;
/// The largest size the stylesheet gives the labels (on a phone, where the chart is drawn
/// smaller): room is left for that.
const FONT_MAX: f64 = 20.0;

#[derive(Template)]
#[template(path = "pages/chart.html")]
struct ChartFragment {
    svg: String,
    /// (date, count) of the days with signatures, newest last.
    rows: Vec<(String, String)>,
}

/// The chart and its table as HTML for the last `max_days` calendar days up to the latest day
/// with data (days without signatures are drawn empty), or "" when there is nothing to show.
pub fn per_day_svg(by_day: &[(String, i64)], max_days: usize) -> String {
    let days = calendar(by_day, max_days);
    if days.is_empty() {
        return String::new();
    }
    let lang = Lang::current();
    let ms = |d: NaiveDate| {
        d.and_hms_opt(12, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp_millis())
    };
    let max = days.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let top = nice_ceiling(max);
    let ticks = [0, top / 2, top];
    let left = ticks
        .iter()
        .map(|t| fmt_num(*t).chars().count())
        .max()
        .unwrap_or(1) as f64
        * FONT_MAX
        * 0.6
        + 8.0;
    let plot_w = W - left - 4.0;
    let bar = plot_w / days.len() as f64;
    let (first, last) = (days[0].0, days[days.len() - 1].0);
    let label = crate::i18n::ta2(
        "chart-label",
        "first",
        lang.date(ms(first)),
        "last",
        lang.date(ms(last)),
    );
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{}" data-testid="chart">"#,
        escape(&label)
    );
    for t in ticks {
        let y = BOTTOM - (t as f64 / top as f64) * (BOTTOM - TOP);
        let _ = write!(
            svg,
            r##"<line class="grid" x1="{left:.1}" x2="{W}" y1="{y:.1}" y2="{y:.1}"/><text class="tick y" x="{:.1}" y="{:.1}" font-size="{FONT}" text-anchor="end">{}</text>"##,
            left - 5.0,
            y + FONT * 0.35,
            escape(&fmt_num(t))
        );
    }
    for (i, (day, n)) in days.iter().enumerate() {
        let bh = (*n as f64 / top as f64) * (BOTTOM - TOP);
        let _ = write!(
            svg,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"><title>{}</title></rect>"##,
            left + i as f64 * bar + bar * 0.1,
            BOTTOM - bh,
            (bar * 0.8).max(0.5),
            bh,
            escape(&lang.scope_sync(|| crate::i18n::ta2(
                "map-shape-title",
                "name",
                lang.date(ms(*day)),
                "count",
                *n
            )))
        );
    }
    // Up to four dates under the axis: the first, the last and evenly between.
    let mut marks: Vec<usize> = (0..4).map(|k| k * (days.len() - 1) / 3).collect();
    marks.dedup();
    for (k, i) in marks.iter().enumerate() {
        let x = left + (*i as f64 + 0.5) * bar;
        let anchor = match k {
            0 if marks.len() > 1 => "start",
            _ if k == marks.len() - 1 && marks.len() > 1 => "end",
            _ => "middle",
        };
        let x = match anchor {
            "start" => left,
            "end" => W - 4.0,
            _ => x,
        };
        let _ = write!(
            svg,
            r#"<text class="tick x" x="{x:.1}" y="{:.1}" font-size="{FONT}" text-anchor="{anchor}">{}</text>"#,
            BOTTOM + FONT_MAX + 1.0,
            escape(&lang.short_date(ms(days[*i].0)))
        );
    }
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{left:.1}" x2="{W}" y1="{BOTTOM}" y2="{BOTTOM}"/></svg>"#
    );
    let rows = days
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(d, n)| (lang.date(ms(*d)), fmt_num(*n)))
        .collect();
    crate::http::page::render(&ChartFragment { svg, rows })
        .map(|h| h.0)
        .unwrap_or_default()
}

/// Every calendar day of the window, with 0 where `by_day` has none. Rows that are not dates
/// (none are written so) are left out rather than trusted.
fn calendar(by_day: &[(String, i64)], max_days: usize) -> Vec<(NaiveDate, i64)> {
    let parsed: Vec<(NaiveDate, i64)> = by_day
        .iter()
        .filter_map(|(d, n)| Some((NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?, *n)))
        .collect();
    let Some(last) = parsed.iter().map(|(d, _)| *d).max() else {
        return Vec::new();
    };
    let first_data = parsed.iter().map(|(d, _)| *d).min().unwrap_or(last);
    let window_start = last
        .checked_sub_days(Days::new(max_days.saturating_sub(1) as u64))
        .unwrap_or(last);
    // At least a week, so a new petition's first day is a bar among days, not the whole chart.
    let week_start = last.checked_sub_days(Days::new(6)).unwrap_or(last);
    let start = first_data
        .max(window_start)
        .min(week_start.max(window_start));
    let mut days = Vec::new();
    let mut d = start;
    while d <= last {
        let n = parsed
            .iter()
            .filter(|(p, _)| *p == d)
            .map(|(_, n)| *n)
            .sum();
        days.push((d, n));
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    days
}

/// The smallest of 1, 2, 5 × 10ⁿ (and at least 2, so the middle tick is whole) not below `n`.
fn nice_ceiling(n: i64) -> i64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= n.max(2) {
                return m * step;
            }
        }
        step *= 10;
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bar_per_calendar_day_with_dated_axis_and_table() {
        let html = per_day_svg(&[("2026-01-01".into(), 5), ("2026-01-03".into(), 10)], 30);
        assert_eq!(
            html.matches("<rect").count(),
            7,
            "a week, empty days drawn too"
        );
        assert!(html.contains(">Jan 1</text>") && html.contains(">Jan 3</text>"));
        assert!(html.contains("<td>January 3, 2026</td><td class=\"num\">10</td>"));
        assert!(
            !html.contains("January 2, 2026</td>"),
            "empty days are not listed"
        );
        assert!(per_day_svg(&[], 30).is_empty());
        assert!(per_day_svg(&[("<script>".into(), 1)], 30).is_empty());
    }

    #[test]
    fn window_and_scale() {
        let many: Vec<(String, i64)> = (1..=28).map(|d| (format!("2026-02-{d:02}"), d)).collect();
        assert_eq!(calendar(&many, 7).len(), 7);
        assert_eq!(calendar(&many, 3).len(), 3, "the window wins over the week");
        assert_eq!(nice_ceiling(0), 2);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(11), 20);
        assert_eq!(nice_ceiling(4_000), 5_000);
    }
}
