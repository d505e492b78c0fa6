//! The one error type: typed 4xx outcomes, and a friendly 500/503 whose cause goes to the log only.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

use super::page::ErrorPage;

/// What a client is told: a message id and its arguments, translated once, when the response is
/// written, in the request's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    pub args: Vec<(&'static str, MessageArg)>,
}

/// An argument of a [`Message`]: numbers stay numbers, so the language can choose a plural form.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
}

impl Message {
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The text in the current language.
    pub fn text(&self) -> String {
        let args: Vec<(&'static str, &dyn crate::i18n::Arg)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value as &dyn crate::i18n::Arg))
            .collect();
        crate::i18n::tn(&self.id, &args)
    }
}

impl From<&str> for Message {
    fn from(id: &str) -> Self {
        Message::new(id)
    }
}

impl From<String> for Message {
    fn from(id: String) -> Self {
        Message::new(id)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.id)
    }
}

impl From<String> for MessageArg {
    fn from(s: String) -> Self {
        MessageArg::Text(s)
    }
}

impl From<&str> for MessageArg {
    fn from(s: &str) -> Self {
        MessageArg::Text(s.to_owned())
    }
}

impl From<i64> for MessageArg {
    fn from(n: i64) -> Self {
        MessageArg::Number(n)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg {
            fn from(n: $t) -> Self {
                MessageArg::Number(n as i64)
            }
        }
    )*};
}
number_arg!(u32, u64, usize, i32);

impl crate::i18n::Arg for MessageArg {
    fn value(&self) -> fluent_bundle::FluentValue<'_> {
        match self {
            MessageArg::Text(s) => s.as_str().into(),
            MessageArg::Number(n) => (*n).into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(Message),
    #[error("forbidden: {0}")]
    Forbidden(Message),
    #[error("unauthorized: {0}")]
    Unauthorized(Message),
    #[error("unprocessable: {0}")]
    Unprocessable(Message),
    #[error("conflict: {0}")]
    Conflict(Message),
    #[error("payload too large")]
    TooLarge,
    #[error("unsupported media type")]
    UnsupportedMedia,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        // The database is down, going away or saturated: tell the client to retry, not that we broke.
        if crate::db::is_unavailable(&err) {
            AppError::Unavailable(err.to_string())
        } else {
            AppError::Internal(err.into())
        }
    }
}

impl From<crate::db::batcher::WriteError> for AppError {
    fn from(err: crate::db::batcher::WriteError) -> Self {
        use crate::db::batcher::WriteError;
        match err {
            WriteError::Unavailable => AppError::Unavailable(err.to_string()),
            WriteError::Conflict => AppError::Conflict("error-conflict".into()),
            WriteError::Invalid => AppError::Unprocessable("error-invalid".into()),
            WriteError::Failed => AppError::Internal(anyhow::anyhow!(err)),
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the client may read, in the request's language: never the internal cause.
    pub fn public_message(&self) -> String {
        use crate::i18n::t;
        match self {
            AppError::NotFound => t("error-not-found"),
            AppError::BadRequest(m)
            | AppError::Conflict(m)
            | AppError::Unprocessable(m)
            | AppError::Forbidden(m)
            | AppError::Unauthorized(m) => m.text(),
            AppError::TooLarge => t("error-too-large"),
            AppError::UnsupportedMedia => t("error-media"),
            AppError::Unavailable(_) => t("error-busy"),
            AppError::Internal(_) => t("error-internal"),
        }
    }

    fn log(&self) {
        match self {
            AppError::Internal(e) => {
                tracing::error!(error = %crate::telemetry::redact(&format!("{e:?}")), "request failed")
            }
            AppError::Unavailable(e) => {
                tracing::warn!(error = %crate::telemetry::redact(e), "service unavailable")
            }
            _ => {}
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let status = self.status();
        let page = ErrorPage {
            status: status.as_u16(),
            message: self.public_message(),
        };
        let mut res = (status, Html(page.render_string())).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert("retry-after", "2".parse().unwrap());
        }
        res
    }
}

/// The same errors rendered as JSON, for `/api/…` routes.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let status = self.0.status();
        let body = serde_json::json!({ "error": self.0.public_message() });
        let mut res = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut()
                .insert("www-authenticate", "Bearer".parse().unwrap());
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_translated_with_their_arguments_when_written() {
        let e =
            AppError::Forbidden(Message::new("admin-err-token-scope").arg("scope", "signatures"));
        assert_eq!(e.status(), StatusCode::FORBIDDEN);
        let text = e.public_message();
        assert!(text.contains("signatures"), "{text}");
        assert!(!text.contains("admin-err"), "{text}");
        // A bare id is a message without arguments.
        let plain = AppError::Conflict("error-conflict".into()).public_message();
        assert_ne!(plain, "error-conflict");
    }

    #[test]
    fn numbers_stay_numbers() {
        let m = Message::new("image-err-alt").arg("max", 250usize);
        assert_eq!(m.args, [("max", MessageArg::Number(250))]);
        assert!(m.text().contains("250"), "{}", m.text());
    }
}
