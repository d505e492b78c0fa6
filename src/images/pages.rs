//! Serving stored images: by content hash, so a URL always means the same bytes and may be cached
//! for ever; the type is ours (we wrote the bytes), and browsers are told not to guess another.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::db::Db;
use crate::http::AppError;
use crate::on_db;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `GET /images/{hash}.jpg`
#[tracing::instrument(skip_all)]
pub async fn serve(
    State(db): State<Db>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let hash = file.strip_suffix(".jpg").ok_or(AppError::NotFound)?;
    if hash.len() != 64
        || !hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return Err(AppError::NotFound);
    }
    let etag = format!("\"{hash}\"");
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let stored = on_db!(&db, super::store::sql, get(hash))?.ok_or(AppError::NotFound)?;
    let mime = HeaderValue::from_str(&stored.mime).map_err(|e| AppError::Internal(e.into()))?;
    let common = [
        (header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE)),
        (
            header::ETAG,
            HeaderValue::from_str(&etag).map_err(|e| AppError::Internal(e.into()))?,
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    if matches {
        return Ok((StatusCode::NOT_MODIFIED, common).into_response());
    }
    Ok((common, [(header::CONTENT_TYPE, mime)], stored.bytes).into_response())
}
