//! Rendering pages: a template to an HTML response, and the friendly error page.

use askama::Template;
use axum::http::Uri;
use axum::response::{Html, Redirect};

use super::AppError;

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub status: u16,
    pub message: String,
}

impl ErrorPage {
    pub fn render_string(&self) -> String {
        self.render().unwrap_or_else(|_| {
            format!(
                "<!doctype html><title>Error</title><p>Error {}</p>",
                self.status
            )
        })
    }
}

/// Renders a template to an HTML response; a template error is an internal error.
pub fn render<T: Template>(t: &T) -> Result<Html<String>, AppError> {
    t.render()
        .map(Html)
        .map_err(|e| AppError::Internal(e.into()))
}

/// What link previews (Open Graph, Twitter cards) and search engines show for a public page
/// (`templates/pages/meta.html`).
pub struct Meta {
    pub title: String,
    pub description: String,
    /// Absolute, from the configured base URL.
    pub url: String,
    /// A link-preview picture: its absolute URL and its description.
    pub image: Option<(String, String)>,
}

impl Meta {
    /// The description is cut to 300 characters (previews show fewer).
    pub fn new(title: &str, description: &str, url: String) -> Meta {
        Meta {
            title: title.trim().to_owned(),
            description: clip(description, 300),
            url,
            image: None,
        }
    }

    /// With a link-preview picture (`images::CARD` sized): previews then show it large.
    pub fn with_image(mut self, url: String, alt: &str) -> Meta {
        self.image = Some((url, alt.trim().to_owned()));
        self
    }
}

/// At most `max` characters, cut at a character boundary with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_owned(),
    }
}

/// GET on an address that only takes a form (reloading a rejected form, switching language on it,
/// sharing its address): a 303 to the page the form is on, keeping `?lang=`, instead of a blank 405.
/// The sign form's page is sent to the form itself (`#sign`).
pub async fn to_form_page(uri: Uri) -> Redirect {
    let (page, action) = uri.path().rsplit_once('/').unwrap_or(("", ""));
    // The route matched, so `page` is one of our own paths ("/p/x", "/l/x", "/my-data/t").
    let page = if page.is_empty() { "/" } else { page };
    let lang = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .find_map(|kv| kv.strip_prefix("lang="))
        .and_then(crate::i18n::Lang::parse)
        .map(|l| format!("?lang={}", l.code()))
        .unwrap_or_default();
    let anchor = if action == "sign" { "#sign" } else { "" };
    Redirect::to(&format!("{page}{lang}{anchor}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn descriptions_are_clipped_on_characters() {
        let m = super::Meta::new(" T ", &"é".repeat(400), String::new());
        assert_eq!(m.title, "T");
        assert_eq!(m.description.chars().count(), 301);
        assert!(m.description.ends_with('…'));
        assert_eq!(
            super::Meta::new("", "short", String::new()).description,
            "short"
        );
    }
}
