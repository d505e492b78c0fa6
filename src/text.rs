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

#[cfg(test)]
mod tests {
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
