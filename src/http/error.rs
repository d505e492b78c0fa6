//! The one error type: typed 4xx outcomes, and a friendly 500/503 whose cause goes to the log only.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

use super::page::ErrorPage;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    #[error("conflict: {0}")]
    Conflict(String),
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
        match err {
            // The database is down or saturated: tell the client to retry, not that we broke.
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                AppError::Unavailable(err.to_string())
            }
            other => AppError::Internal(other.into()),
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
            | AppError::Unauthorized(m) => t(m),
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
