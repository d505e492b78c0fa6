//! Staff review of organisation sign-ons: a confirmed organisation is listed publicly only once
//! staff approve it; the contact person then gets an email in their language.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::audit;
use super::auth::CurrentAdmin;
use super::pages::back_to;
use crate::app::AppState;
use crate::db::now_ms;
use crate::email::Email;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::i18n::{ta, ta2};
use crate::on_db;
use crate::petitions::organisations::{sql, OrgReview};
use crate::petitions::Petition;

#[derive(Deserialize)]
pub struct Decision {
    #[serde(default)]
    decision: String,
}

/// The approval email, written in the contact person's language.
fn approved_email(state: &AppState, p: &Petition, o: &OrgReview) -> Email {
    crate::i18n::Lang::stored(&o.locale).scope_sync(|| Email {
        kind: "organisation_approved",
        to: o.contact_email.clone(),
        from_name: None,
        reply_to: None,
        // Names were checked on the way in; control characters never reach a header anyway.
        subject: ta2(
            "email-org-approved-subject",
            "org",
            o.org_name.as_str(),
            "title",
            p.title.as_str(),
        )
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect(),
        text: format!(
            "{}\n\n{}\n\n{}/p/{}/organisations\n",
            ta("email-hello", "name", o.contact_name.as_str()),
            ta2(
                "email-org-approved",
                "org",
                o.org_name.as_str(),
                "title",
                p.title.as_str()
            ),
            state.settings.base(),
            p.slug,
        ),
        html: None,
        payload: None,
    })
}

/// Approve or reject one waiting organisation. A second click on a decided one changes nothing.
pub async fn decide(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path((slug, id)): Path<(String, i64)>,
    Form(d): Form<Decision>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = super::petitions::load(&state, &slug).await?;
    let decision = match d.decision.as_str() {
        "approve" => "approved",
        "reject" => "rejected",
        _ => return Err(AppError::BadRequest("admin-err-decision".into())),
    };
    let mail = |o: &OrgReview| (decision == "approved").then(|| approved_email(&state, &p, o));
    let decided = on_db!(&state.db, sql, review(p.id, id, decision, mail, now_ms()))?;
    if let Some(o) = decided {
        crate::petitions::pages::forget(&state, &p.slug);
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
