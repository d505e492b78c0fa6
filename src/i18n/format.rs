//! Numbers and times as the reader's language writes them.

/// A number for the current language: "1,234,567" in English, "1.234.567" in German.
pub fn fmt_num(n: i64) -> String {
    crate::i18n::Lang::current().num(n)
}

/// An event-style time: written in UTC for the page's language, then shown in the reader's
/// time zone by `/static/local-time.js`. The text holds only digits, letters and punctuation.
pub fn local_time(ms: i64) -> String {
    let iso = chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default();
    let text = crate::i18n::Lang::current().date_time(ms);
    let text = askama::filters::escape(&text, askama::filters::Html)
        .map(|e| e.to_string())
        .unwrap_or_default();
    format!(r#"<time datetime="{iso}" data-local>{text}</time>"#)
}

/// A timestamp for staff pages: "2026-11-23 18:55 UTC".
pub fn fmt_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_numbers() {
        assert_eq!(super::fmt_num(0), "0");
        assert_eq!(super::fmt_num(999), "999");
        assert_eq!(super::fmt_num(1000), "1,000");
        assert_eq!(super::fmt_num(1_480_000), "1,480,000");
        assert_eq!(super::fmt_num(-12345), "-12,345");
    }
}
