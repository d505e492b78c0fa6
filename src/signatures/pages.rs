//! Pages behind the emailed links. GET only shows a button (mail scanners open links); POST acts.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::confirm::{self, Outcome};
use super::links::Link;
use super::SigningCtx;
use crate::http::page::render;
use crate::http::share::Share;
use crate::http::AppError;
use crate::i18n::{t, ta, ta2};
use crate::secret::links::Purpose;

#[derive(Template)]
#[template(path = "pages/signature_link.html")]
struct LinkPage<'a> {
    heading: &'a str,
    message: String,
    /// Form action for the button, or "" for no button.
    action: String,
    button: &'a str,
    slug: String,
    /// (label, value) of what the button confirms.
    details: Vec<(String, String)>,
    /// After confirming: links to ask others to sign.
    share: Option<Share>,
}

fn invalid() -> Response {
    let page = LinkPage {
        heading: "link-invalid-heading",
        message: t("link-invalid"),
        action: String::new(),
        button: "",
        slug: String::new(),
        details: Vec::new(),
        share: None,
    };
    match render(&page) {
        Ok(html) => (StatusCode::NOT_FOUND, html).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn show(state: &SigningCtx, raw: &str, purpose: Purpose) -> Result<Response, AppError> {
    let Some(link) = Link::parse(&state.links, purpose, raw) else {
        return Ok(invalid());
    };
    let Some(target) = confirm::lookup(&state.db, &link, purpose).await? else {
        return Ok(invalid());
    };
    use super::SignatureState::{Confirmed, Withdrawn};
    let page = match (purpose, target.state) {
        (Purpose::Confirm, Confirmed) if target.held_for_review() => LinkPage {
            heading: "link-held-heading",
            message: ta("link-held", "title", &target.title),
            action: String::new(),
            button: "",
            share: None,
            slug: target.slug,
            details: Vec::new(),
        },
        (Purpose::Confirm, Confirmed) => LinkPage {
            heading: "link-already-heading",
            message: ta("link-already", "title", &target.title),
            action: String::new(),
            button: "",
            share: Some(Share::new(
                state.settings.base(),
                &target.slug,
                &target.title,
            )),
            slug: target.slug,
            details: Vec::new(),
        },
        (Purpose::Confirm, Withdrawn) => return Ok(invalid()),
        (Purpose::Withdraw, Withdrawn) => LinkPage {
            heading: "link-withdrawn-heading",
            message: ta("link-withdrawn", "title", &target.title),
            action: String::new(),
            button: "",
            slug: target.slug,
            details: Vec::new(),
            share: None,
        },
        (Purpose::Confirm, _) => LinkPage {
            heading: "link-confirm-heading",
            message: ta("link-confirm", "title", &target.title),
            action: format!("/confirm/{raw}"),
            button: "link-confirm-button",
            details: confirm_details(&target),
            slug: target.slug,
            share: None,
        },
        (Purpose::Withdraw, _) => LinkPage {
            heading: "link-withdraw-heading",
            message: ta("link-withdraw", "title", &target.title),
            action: format!("/withdraw/{raw}"),
            button: "link-withdraw-button",
            slug: target.slug,
            details: Vec::new(),
            share: None,
        },
    };
    Ok(render(&page)?.into_response())
}

/// What the signer is about to confirm: the name as the page will show it, the newsletter choice
/// and the comment, so nobody confirms what someone else typed in their name.
fn confirm_details(target: &confirm::LinkTarget) -> Vec<(String, String)> {
    let shown = match target.name.split_whitespace().next() {
        Some(first) if target.show_name => ta("link-detail-shown", "first", first),
        _ => t("link-detail-hidden"),
    };
    let mut out = vec![
        (
            t("link-detail-name"),
            ta2(
                "link-detail-name-value",
                "name",
                &target.name,
                "shown",
                &shown,
            ),
        ),
        (
            t("link-detail-newsletter"),
            t(if target.newsletter {
                "link-detail-yes"
            } else {
                "link-detail-no"
            }),
        ),
    ];
    if let Some(c) = target.comment.as_deref().filter(|c| !c.is_empty()) {
        out.push((t("link-detail-comment"), c.to_owned()));
    }
    out
}

async fn act(state: &SigningCtx, raw: &str, purpose: Purpose) -> Result<Response, AppError> {
    let Some(link) = Link::parse(&state.links, purpose, raw) else {
        return Ok(invalid());
    };
    let outcome = match purpose {
        Purpose::Confirm => confirm::confirm(&state.db, &state.confirmer, link).await?,
        Purpose::Withdraw => confirm::withdraw(&state.db, &link).await?,
    };
    // A confirmed signer is the best person to ask others: the page offers the share links.
    let share = |slug: &str, title: &str| Some(Share::new(state.settings.base(), slug, title));
    let (heading, message, share, slug) = match (purpose, outcome) {
        (_, Outcome::Invalid) => return Ok(invalid()),
        (Purpose::Confirm, Outcome::Done { slug, title }) => {
            metrics::counter!("signatures_confirmed_total").increment(1);
            (
                "link-confirmed-heading",
                ta("link-confirmed", "title", &title),
                share(&slug, &title),
                slug,
            )
        }
        (Purpose::Confirm, Outcome::Held { slug, title }) => {
            metrics::counter!("signatures_confirmed_held_total").increment(1);
            (
                "link-held-heading",
                ta("link-held", "title", &title),
                None,
                slug,
            )
        }
        (Purpose::Confirm, Outcome::AlreadyDone { slug, title }) => (
            "link-already-heading",
            ta("link-already", "title", &title),
            share(&slug, &title),
            slug,
        ),
        (Purpose::Confirm, Outcome::Closed { slug, title }) => (
            "link-closed-heading",
            ta("link-closed", "title", &title),
            None,
            slug,
        ),
        (
            Purpose::Withdraw,
            Outcome::Done { slug, title }
            | Outcome::AlreadyDone { slug, title }
            | Outcome::Held { slug, title }
            | Outcome::Closed { slug, title },
        ) => (
            "link-withdrawn-heading",
            ta("link-withdrawn", "title", &title),
            None,
            slug,
        ),
    };
    let page = LinkPage {
        heading,
        message,
        action: String::new(),
        button: "",
        slug,
        details: Vec::new(),
        share,
    };
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn confirm_get(
    State(state): State<SigningCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    show(&state, &token, Purpose::Confirm).await
}

#[tracing::instrument(skip_all)]
pub async fn confirm_post(
    State(state): State<SigningCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    act(&state, &token, Purpose::Confirm).await
}

#[tracing::instrument(skip_all)]
pub async fn withdraw_get(
    State(state): State<SigningCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    show(&state, &token, Purpose::Withdraw).await
}

#[tracing::instrument(skip_all)]
pub async fn withdraw_post(
    State(state): State<SigningCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    act(&state, &token, Purpose::Withdraw).await
}
