//! Postmark's bounce and spam-complaint webhooks (`POST /hooks/postmark`), behind HTTP basic
//! auth (`bounces.postmark_user` / `postmark_password`, compared in constant time), checked before
//! the body is read, so a stranger cannot make us buffer anything. Postmark names the recipient
//! itself, so no bounce address is needed; the kind of email comes back in the metadata the
//! outbox sends (`X-PM-Metadata-kind`); its event id makes a retried delivery of the same event
//! count once. Bad JSON is a 400, never a 500.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::{ignored, record, Bounce, BouncesCtx, Event};
use crate::email::suppress::Source;

/// The fields we read, in Postmark's names; the others are ignored.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Hook {
    #[serde(default)]
    record_type: String,
    #[serde(rename = "ID", default)]
    id: serde_json::Value,
    #[serde(rename = "Type", default)]
    kind: String,
    #[serde(default)]
    email: String,
    #[serde(rename = "MessageID", default)]
    message_id: String,
    #[serde(default)]
    metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

/// What Postmark's types mean here; `None`: nothing to act on (a delay Postmark still retries,
/// an auto-reply, a subscription change).
fn event_of(record_type: &str, kind: &str) -> Option<Event> {
    if record_type == "SpamComplaint" || kind == "SpamComplaint" {
        return Some(Event::Complaint);
    }
    match kind {
        "HardBounce" | "BadEmailAddress" => Some(Event::Hard),
        "SoftBounce" | "DnsError" => Some(Event::Soft),
        _ => None,
    }
}

/// Whether the request carries the configured user and password. Both are compared whatever
/// the first gives, so the time taken says nothing about which was wrong.
fn authorised(headers: &HeaderMap, user: &str, password: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .and_then(|b| String::from_utf8(b).ok())
    else {
        return false;
    };
    let (u, p) = given.split_once(':').unwrap_or((&given, ""));
    let user_ok = crate::secret::same(u, user);
    let password_ok = crate::secret::same(p, password);
    user_ok & password_ok
}

fn unauthorised() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Basic realm=\"chorus-hooks\"")],
        "unauthorised",
    )
        .into_response()
}

#[tracing::instrument(skip_all)]
pub async fn hook(State(ctx): State<BouncesCtx>, request: Request) -> Response {
    let s = &ctx.settings.bounces;
    if !s.postmark_on() {
        return crate::http::AppError::NotFound.into_response();
    }
    if !authorised(
        request.headers(),
        &s.postmark_user,
        s.postmark_password.expose_secret(),
    ) {
        metrics::counter!("bounce_hook_unauthorised_total").increment(1);
        return unauthorised();
    }
    // Only now is the body read (within the app's body limit: a 413 past it).
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) => return rejection.into_response(),
    };
    let Ok(hook) = serde_json::from_slice::<Hook>(&body) else {
        ignored("unreadable");
        return (StatusCode::BAD_REQUEST, "not a Postmark webhook payload").into_response();
    };
    let Some(event) = event_of(&hook.record_type, &hook.kind) else {
        ignored("not_a_bounce");
        return (StatusCode::OK, "ignored").into_response();
    };
    let email = hook.email.trim();
    if email.is_empty() || email.len() > 254 || !email.contains('@') {
        ignored("unreadable");
        return (StatusCode::BAD_REQUEST, "no email address").into_response();
    }
    // The event's id when there is one; else the message and type (one event per pair).
    let event_id = match &hook.id {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) if !s.is_empty() && s.len() <= 100 => s.clone(),
        _ => format!(
            "{}:{}",
            hook.message_id.chars().take(100).collect::<String>(),
            hook.kind
        ),
    };
    let kind = hook
        .metadata
        .as_ref()
        .and_then(|m| m.get("kind"))
        .and_then(|v| v.as_str())
        .and_then(|k| k.parse().ok());
    let bounce = Bounce {
        address: crate::email::suppress::mailbox(email, &ctx.settings.canonical_email),
        kind,
        event,
        detail: hook.kind.chars().take(40).collect(),
        source: Source::Postmark,
    };
    let id = format!(
        "postmark:{}:{event_id}",
        hook.record_type.chars().take(40).collect::<String>()
    );
    match record(&ctx.db, &ctx.settings, &id, &bounce).await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => crate::http::AppError::from(e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postmark_types_map_to_events() {
        assert_eq!(event_of("Bounce", "HardBounce"), Some(Event::Hard));
        assert_eq!(event_of("Bounce", "SoftBounce"), Some(Event::Soft));
        assert_eq!(event_of("Bounce", "Transient"), None);
        assert_eq!(
            event_of("SpamComplaint", "SpamComplaint"),
            Some(Event::Complaint)
        );
    }

    #[test]
    fn basic_auth_needs_both_parts() {
        let mut h = HeaderMap::new();
        assert!(!authorised(&h, "pm", "secret"));
        let enc = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        h.insert(
            header::AUTHORIZATION,
            format!("Basic {}", enc("pm:secret")).parse().unwrap(),
        );
        assert!(authorised(&h, "pm", "secret"));
        h.insert(
            header::AUTHORIZATION,
            format!("Basic {}", enc("pm:secreT")).parse().unwrap(),
        );
        assert!(!authorised(&h, "pm", "secret"));
        h.insert(
            header::AUTHORIZATION,
            format!("Basic {}", enc("pmx:secret")).parse().unwrap(),
        );
        assert!(!authorised(&h, "pm", "secret"));
    }
}
