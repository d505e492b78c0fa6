//! The petition page's sign form (`POST /p/{slug}/sign`): a signature, or the page again with
//! the form as sent and what to correct.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{SignContext, SignError, SigningCtx};
use crate::abuse::FormProof;
use crate::db::now_ms;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::petitions::pages::{load, refilled, Refill};
use crate::petitions::sign_input::{parse_source, SignForm, SignInput};
use crate::petitions::PetitionsCtx;

#[tracing::instrument(skip_all)]
pub async fn sign(
    State(pages): State<PetitionsCtx>,
    State(state): State<SigningCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    let p = load(&pages, &slug).await?;
    let proof = FormProof {
        honeypot: form.website.clone(),
        stamp: form.issued.clone(),
        pow: form.pow.clone(),
    };
    let source = parse_source(&form.source);
    // The address the suggestion was shown for: a different address is checked afresh.
    let email_checked = form.email_checked.trim() == form.email.trim();
    let input: SignInput = form.into();
    let suggestion = crate::domain::typo::email_suggestion(&input.email).unwrap_or_default();
    let form_source = source.clone().unwrap_or_default();
    let widget = source.as_deref().is_some_and(|s| s.starts_with("widget:"));
    let ctx = SignContext {
        client,
        via: if widget { "widget" } else { "page" },
        form: Some(&proof),
        source,
    };
    // The form keeps the time it was first served: correcting a field is not "too fast".
    // Worked out only when the form comes back, not for every signature.
    let issued = || Some(state.guard.carry_stamp(&proof.stamp, now_ms()));
    // A likely typo in the email's domain: the form comes back once with "Did you mean …?" (and
    // any other problem); sent again, the address is taken as typed.
    if !suggestion.is_empty() && !email_checked && p.is_open(now_ms()) {
        let errors = input.parse(&p, &state.settings).err().unwrap_or_default();
        let form = Refill {
            input,
            errors,
            source: form_source,
            suggestion,
            issued: issued(),
        };
        let html = refilled(&pages, p, form).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    match super::sign(&state, &p, &input, ctx).await {
        Ok(()) if widget => {
            Ok(Redirect::to(&format!("/p/{}/widget?thanks=1", p.slug)).into_response())
        }
        Ok(()) => Ok(Redirect::to(&format!("/p/{}/signed", p.slug)).into_response()),
        Err(SignError::Invalid(errors)) => {
            let form = Refill {
                input,
                errors,
                source: form_source,
                suggestion,
                issued: issued(),
            };
            let html = refilled(&pages, p, form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
        Err(SignError::NotOpen(_)) => {
            let form = Refill {
                input,
                errors: Default::default(),
                source: String::new(),
                suggestion: String::new(),
                issued: None,
            };
            let html = refilled(&pages, p, form).await?;
            Ok((StatusCode::CONFLICT, html).into_response())
        }
        Err(SignError::Failed(e)) => Err(e),
    }
}
