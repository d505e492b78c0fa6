//! Shared page pieces: the error page, number formatting, the stylesheet.

use askama::Template;
use axum::http::{header, Uri};
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::http::AppError;

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

/// A number for the current language: "1,234,567" in English, "1.234.567" in German.
pub fn fmt_num(n: i64) -> String {
    crate::i18n::Lang::current().num(n)
}

/// Whole percent of the goal reached, capped at 100 for the bar.
pub fn percent(count: i64, goal: i64) -> i64 {
    if goal <= 0 {
        return 100;
    }
    (count.saturating_mul(100) / goal).clamp(0, 100)
}

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../templates/static/chorus.css"),
    )
        .into_response()
}

pub(crate) fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

pub async fn pow_script() -> Response {
    script(include_str!("../templates/static/pow.js"))
}

/// Rewrites `<time data-local>` elements in the reader's own time zone.
pub async fn local_time_script() -> Response {
    script(include_str!("../templates/static/local-time.js"))
}

/// The Web Share button (see the script).
pub async fn share_script() -> Response {
    script(include_str!("../templates/static/share.js"))
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

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PowQuery {
    /// The slug of the petition the solution will sign: a solution is good for that one only.
    #[serde(default)]
    petition: String,
    /// Or the slug of the letter campaign it will send letters to.
    #[serde(default)]
    campaign: String,
}

/// A fresh proof-of-work challenge for the sign form (petitions under attack require one).
#[utoipa::path(get, path = "/api/v1/pow", operation_id = "pow_challenge", tag = "petitions",
    params(PowQuery),
    responses((status = 200, description = "A challenge (ALTCHA scheme)", body = crate::abuse::pow::Challenge),
        (status = 400, description = "No petition named")))]
pub async fn pow_challenge(
    axum::extract::State(state): axum::extract::State<crate::app::AppState>,
    axum::extract::Query(q): axum::extract::Query<PowQuery>,
) -> Result<Response, crate::http::AppError> {
    let parse = |s: &str| crate::domain::Slug::parse(s).map_err(crate::http::AppError::BadRequest);
    // A campaign's solutions are tied to "l:slug" (no slug has a colon), a petition's to its slug.
    let scope = if q.campaign.is_empty() {
        parse(&q.petition)?.as_str().to_owned()
    } else {
        format!("l:{}", parse(&q.campaign)?.as_str())
    };
    let c = state.guard.pow_challenge(&scope, crate::db::now_ms());
    Ok(([(header::CACHE_CONTROL, "no-store")], axum::Json(c)).into_response())
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

/// A timestamp for staff pages: "2026-11-23 18:55 UTC".
pub fn fmt_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
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

    #[test]
    fn formats_numbers() {
        assert_eq!(super::fmt_num(0), "0");
        assert_eq!(super::fmt_num(999), "999");
        assert_eq!(super::fmt_num(1000), "1,000");
        assert_eq!(super::fmt_num(1_480_000), "1,480,000");
        assert_eq!(super::fmt_num(-12345), "-12,345");
        assert_eq!(super::percent(50, 200), 25);
        assert_eq!(super::percent(500, 200), 100);
    }
}
