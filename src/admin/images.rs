//! A petition's image: staff upload, replace and remove it and describe it (alt text).
//!
//! The upload is a multipart form, so it cannot pass the CSRF guard that reads url-encoded bodies;
//! it runs apart from it, with the same two checks done here (same origin, the session's token in
//! the form) before any image byte is looked at. It is also the one route with a larger body limit.

use std::sync::{Arc, LazyLock};

use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::header;
use axum::response::Response;
use futures_util::StreamExt;
use serde::Deserialize;
use tokio::sync::Semaphore;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::{AppError, Message};
use crate::images::{self, store, Refused, MAX_UPLOAD_BYTES};
use crate::on_db;

/// Room for the form's other fields and the multipart framing around the file.
pub const UPLOAD_BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;
/// An over-large upload is read and dropped up to this much so the browser gets the 413 page
/// rather than a reset connection; past it the connection is simply closed.
const DRAIN_LIMIT: usize = 4 * UPLOAD_BODY_LIMIT;
/// Longest image description.
const MAX_ALT: usize = 300;

/// Decoding is CPU- and memory-heavy: two at once at most, whatever staff do.
static DECODERS: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(2)));

fn page_of(slug: &str) -> String {
    format!("/admin/petitions/{slug}#image")
}

/// Reads and drops what is left of a refused body, up to `DRAIN_LIMIT`.
async fn drain(req: Request) {
    let mut stream = req.into_body().into_data_stream();
    let mut read = 0;
    while let Some(Ok(chunk)) = stream.next().await {
        read += chunk.len();
        if read > DRAIN_LIMIT {
            break;
        }
    }
}

fn too_large_or_unreadable(e: axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge
    } else {
        AppError::BadRequest("err-form-unreadable".into())
    }
}

/// What the upload form carries.
#[derive(Default)]
struct Upload {
    csrf: String,
    alt: Option<String>,
    image: Option<Vec<u8>>,
}

async fn read_form(req: Request, state: &AdminCtx) -> Result<Upload, AppError> {
    let mut form = Multipart::from_request(req, state)
        .await
        .map_err(|_| AppError::BadRequest("err-form-unreadable".into()))?;
    let mut out = Upload::default();
    while let Some(field) = form.next_field().await.map_err(too_large_or_unreadable)? {
        match field.name().unwrap_or("") {
            "csrf" => out.csrf = field.text().await.map_err(too_large_or_unreadable)?,
            "image_alt" => out.alt = Some(field.text().await.map_err(too_large_or_unreadable)?),
            "image" => {
                let bytes = field.bytes().await.map_err(too_large_or_unreadable)?;
                if bytes.len() > MAX_UPLOAD_BYTES {
                    return Err(AppError::TooLarge);
                }
                // A file input left empty still sends an empty part.
                out.image = Some(bytes.to_vec()).filter(|b| !b.is_empty());
            }
            _ => {}
        }
    }
    Ok(out)
}

fn check_alt(alt: &str) -> Result<String, AppError> {
    let alt = alt.trim();
    if alt.chars().count() > MAX_ALT || crate::domain::has_control(alt) {
        return Err(AppError::Unprocessable(
            Message::new("image-err-alt").arg("max", MAX_ALT),
        ));
    }
    Ok(alt.to_owned())
}

/// `POST /admin/petitions/{slug}/image` (multipart: csrf, image, image_alt).
#[tracing::instrument(skip_all)]
pub async fn upload(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    req: Request,
) -> Result<Response, AppError> {
    if !super::session::same_origin(&req, &state.settings.base_url) {
        tracing::warn!(reason = "cross-origin", "CSRF check failed");
        return Err(AppError::Forbidden("admin-err-csrf".into()));
    }
    me.require_edit()?;
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > UPLOAD_BODY_LIMIT) {
        drain(req).await;
        return Err(AppError::TooLarge);
    }
    let p = super::petitions::load(&state, &slug).await?;
    let form = read_form(req, &state).await?;
    if !crate::secret::same(&form.csrf, &me.csrf) {
        tracing::warn!(reason = "token mismatch", "CSRF check failed");
        return Err(AppError::Forbidden("admin-err-csrf".into()));
    }
    let alt = form.alt.as_deref().map(check_alt).transpose()?;
    let Some(bytes) = form.image else {
        return Err(AppError::Unprocessable("image-err-missing".into()));
    };
    // The slot goes with the decoding thread: a request that times out does not free it while
    // its decode still runs.
    let slot = Arc::clone(&DECODERS)
        .acquire_owned()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let processed = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        images::process(&bytes)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    let processed = processed.map_err(|refused| match refused {
        Refused::Internal(e) => AppError::Internal(anyhow::anyhow!("image encoding: {e}")),
        Refused::Pixels { width, height } => AppError::Unprocessable(
            Message::new("image-err-pixels")
                .arg("width", width)
                .arg("height", height)
                .arg("max", images::MAX_PIXELS / 1_000_000),
        ),
        other => AppError::Unprocessable(other.message_id().into()),
    })?;
    let now = now_ms();
    on_db!(&state.db, store::sql, set(p.id, Some(&processed), now))?;
    if let Some(alt) = &alt {
        on_db!(&state.db, store::sql, set_alt(p.id, alt, now))?;
    }
    forget(&state, &p.slug);
    let detail = format!(
        "{}x{} {}",
        processed.page.width,
        processed.page.height,
        &processed.page.hash[..12]
    );
    audit::record(
        &state.db,
        &me.admin.email,
        "petition.image",
        &p.slug,
        &detail,
    )
    .await?;
    Ok(back_to(&page_of(&p.slug)))
}

/// `POST /admin/petitions/{slug}/image/remove`
#[tracing::instrument(skip_all)]
pub async fn remove(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = super::petitions::load(&state, &slug).await?;
    on_db!(&state.db, store::sql, set(p.id, None, now_ms()))?;
    forget(&state, &p.slug);
    audit::record(
        &state.db,
        &me.admin.email,
        "petition.image-remove",
        &p.slug,
        "",
    )
    .await?;
    Ok(back_to(&page_of(&p.slug)))
}

#[derive(Deserialize)]
pub struct AltForm {
    #[serde(default)]
    image_alt: String,
}

/// `POST /admin/petitions/{slug}/image/alt`: the description in the petition's main language
/// (other languages' are on the translations page).
#[tracing::instrument(skip_all)]
pub async fn set_alt(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<AltForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = super::petitions::load(&state, &slug).await?;
    let alt = check_alt(&form.image_alt)?;
    on_db!(&state.db, store::sql, set_alt(p.id, &alt, now_ms()))?;
    forget(&state, &p.slug);
    audit::record(
        &state.db,
        &me.admin.email,
        "petition.image-alt",
        &p.slug,
        &alt,
    )
    .await?;
    Ok(back_to(&page_of(&p.slug)))
}

fn forget(state: &AdminCtx, slug: &str) {
    state.public.petitions.forget(slug);
    crate::petitions::pages::forget(&state.public, slug);
}
