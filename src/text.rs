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

#[cfg(test)]
mod tests {
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
