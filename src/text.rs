//! Rendering of text written by staff: Markdown to sanitised HTML.

use pulldown_cmark::{html, Options, Parser};

/// Markdown to HTML with anything unsafe (scripts, event handlers, javascript: links) removed.
pub fn markdown(md: &str) -> String {
    let parser = Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&out)
        .to_string()
}

/// The words of Markdown without its markup or any HTML in it, on one line (for the descriptions
/// link previews show).
pub fn plain(md: &str) -> String {
    use pulldown_cmark::{Event, TagEnd};
    let mut out = String::with_capacity(md.len());
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whole percent of the goal reached, capped at 100 for the bar.
pub fn percent(count: i64, goal: i64) -> i64 {
    if goal <= 0 {
        return 100;
    }
    (count.saturating_mul(100) / goal).clamp(0, 100)
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_of_the_goal_is_capped() {
        assert_eq!(super::percent(50, 200), 25);
        assert_eq!(super::percent(500, 200), 100);
        assert_eq!(super::percent(5, 0), 100);
    }

    #[test]
    fn plain_text_of_markdown() {
        assert_eq!(
            super::plain("# Hi\n\nWe ask the **council**\n<b>to</b> act.\n\n- one\n- two"),
            "Hi We ask the council to act. one two"
        );
    }

    #[test]
    fn markdown_is_sanitised() {
        let html = super::markdown("# Hi\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) **bold** <img src=x onerror=alert(1)>");
        assert!(html.contains("<h1>Hi</h1>"));
        assert!(html.contains("<strong>bold</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("javascript:"), "{html}");
    }
}
