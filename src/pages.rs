//! Shared page pieces: the error page, number formatting, the stylesheet.

use askama::Template;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};

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

fn script(body: &'static str) -> Response {
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
    let slug =
        crate::domain::Slug::parse(&q.petition).map_err(crate::http::AppError::BadRequest)?;
    let c = state
        .guard
        .pow_challenge(slug.as_str(), crate::db::now_ms());
    Ok(([(header::CACHE_CONTROL, "no-store")], axum::Json(c)).into_response())
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
        assert_eq!(super::percent(50, 200), 25);
        assert_eq!(super::percent(500, 200), 100);
    }
}
