//! Staff review of organisation sign-ons: a confirmed organisation is listed publicly only once
//! staff approve it; the contact person then gets an email in their language.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::email::Email;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::on_db;
use crate::petitions::organisations::{sql, OrgDecision, OrgReview};
use crate::petitions::Petition;

#[derive(Deserialize)]
pub struct Decision {
    #[serde(default)]
    decision: String,
}

/// The approval email, written in the contact person's language.
fn approved_email(state: &AdminCtx, p: &Petition, o: &OrgReview) -> Email {
    crate::i18n::Lang::stored(&o.locale).scope_sync(|| {
        crate::petitions::organisations::contact_email(
            crate::email::EmailKind::OrganisationApproved,
            &o.contact_email,
            ("email-org-approved-subject", "email-org-approved"),
            (&o.org_name, &p.title, &o.contact_name),
            format!("{}/p/{}/organisations", state.settings.base(), p.slug),
            None,
        )
    })
}

/// Approve or reject one waiting organisation. A second click on a decided one changes nothing.
#[tracing::instrument(skip_all)]
pub async fn decide(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path((slug, id)): Path<(String, i64)>,
    Form(d): Form<Decision>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = super::petitions::load(&state, &slug).await?;
    let decision = match d.decision.as_str() {
        "approve" => OrgDecision::Approved,
        "reject" => OrgDecision::Rejected,
        _ => return Err(AppError::BadRequest("admin-err-decision".into())),
    };
    let mail =
        |o: &OrgReview| (decision == OrgDecision::Approved).then(|| approved_email(&state, &p, o));
    let decided = on_db!(&state.db, sql, review(p.id, id, decision, mail, now_ms()))?;
    if let Some(o) = decided {
        crate::petitions::pages::forget(&state.public, &p.slug);
        state.public.lists.organisations.forget(&p.id);
        audit::record(
            &state.db,
            &me.admin.email,
            &format!("organisation.{decision}"),
            &p.slug,
            &o.org_name,
        )
        .await?;
    }
    Ok(back_to(&format!("/admin/petitions/{}", p.slug)))
}
