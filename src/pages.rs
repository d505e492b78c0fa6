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

/// 1234567 → "1,234,567".
pub fn fmt_num(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
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

pub async fn pow_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../templates/static/pow.js"),
    )
        .into_response()
}

/// A fresh proof-of-work challenge for the sign form (petitions under attack require one).
#[utoipa::path(get, path = "/api/v1/pow", operation_id = "pow_challenge", tag = "petitions",
    responses((status = 200, description = "A challenge (ALTCHA scheme)", body = crate::abuse::pow::Challenge)))]
pub async fn pow_challenge(
    axum::extract::State(state): axum::extract::State<crate::app::AppState>,
) -> Response {
    let c = state.guard.pow_challenge(crate::db::now_ms());
    ([(header::CACHE_CONTROL, "no-store")], axum::Json(c)).into_response()
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
