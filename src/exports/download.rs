//! Downloads that stream as they are read: the CSV goes out while rows are still being read, and
//! the audit entry gets its row count when the stream ends.

use axum::body::{Body, Bytes};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio::sync::mpsc;

use super::SignatureFilter;
use crate::audit;
use crate::db::Db;
use crate::http::AppError;
use crate::petitions::Petition;

pub fn attachment(content_type: &'static str, filename: String, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The signature CSV of `p` as a streamed download, recorded in the audit log under `actor`.
pub async fn stream_signatures(
    db: &Db,
    p: &Petition,
    filter: &SignatureFilter,
    actor: &str,
) -> Result<Response, AppError> {
    let parsed = filter.parse().map_err(AppError::BadRequest)?;
    let detail = serde_json::to_string(filter).unwrap_or_default();
    let audit_id = audit::record(db, actor, "export.signatures.csv", &p.slug, &detail).await?;
    let petition_id = p.id;
    Ok(stream_csv(
        db,
        audit_id,
        format!("{}-signatures.csv", p.slug),
        move |db, tx| async move { super::signatures_csv(&db, petition_id, &parsed, tx).await },
    ))
}

/// Streams a CSV as `produce` writes it; the audit entry gets its row count when it ends.
pub fn stream_csv<F, Fut>(db: &Db, audit_id: i64, filename: String, produce: F) -> Response
where
    F: FnOnce(crate::db::Db, mpsc::Sender<Bytes>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<i64, sqlx::Error>> + Send,
{
    let (tx, rx) = mpsc::channel::<Bytes>(4);
    let db = db.clone();
    tokio::spawn(async move {
        match produce(db.clone(), tx).await {
            Ok(rows) => {
                let _ = audit::set_rows(&db, audit_id, rows).await;
            }
            Err(e) => {
                tracing::error!(error = %crate::telemetry::redact(&e.to_string()), "export failed")
            }
        }
    });
    // poll_fn, not unfold: a finished channel keeps answering None however often it is polled.
    let mut rx = rx;
    let stream = futures_util::stream::poll_fn(move |cx| {
        rx.poll_recv(cx).map(|c| c.map(Ok::<_, std::io::Error>))
    });
    attachment(
        "text/csv; charset=utf-8",
        filename,
        Body::from_stream(stream),
    )
}
