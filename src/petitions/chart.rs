//! A small server-rendered SVG bar chart of confirmed signatures per day (no JavaScript).

use std::fmt::Write;

/// Bars for the last `max_days` days that have data; numbers only, so nothing needs escaping.
pub fn per_day_svg(by_day: &[(String, i64)], max_days: usize) -> String {
    let days = &by_day[by_day.len().saturating_sub(max_days)..];
    if days.is_empty() {
        return String::new();
    }
    let (w, h) = (600.0_f64, 120.0_f64);
    let max = days.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let bar = w / days.len() as f64;
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="Signatures per day, last {} days" preserveAspectRatio="none">"#,
        days.len()
    );
    for (i, (day, n)) in days.iter().enumerate() {
        let bh = (*n as f64 / max) * (h - 4.0);
        let day: String = day
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        let _ = write!(
            svg,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#0b5cad"><title>{day}: {n}</title></rect>"##,
            i as f64 * bar + 1.0,
            h - bh,
            (bar - 2.0).max(1.0),
            bh
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_bar_per_day_tallest_is_full_height() {
        let svg = super::per_day_svg(&[("2026-01-01".into(), 5), ("2026-01-02".into(), 10)], 30);
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(r#"height="116.0""#));
        assert!(super::per_day_svg(&[], 30).is_empty());
    }
}
