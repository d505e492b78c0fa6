//! The dashboard, the audit log and account management.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::AdminCtx;
use crate::audit::{self, Entry};
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_num;
use crate::on_db;
use crate::users::{self, Admin};

pub struct Row {
    pub slug: String,
    pub title: String,
    pub state: String,
    pub confirmed: String,
    pub pending: String,
    /// Held back for review: neither pending nor confirmed.
    pub held: i64,
    pub today: String,
    pub goal: String,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    me: CurrentAdmin,
    rows: Vec<Row>,
    letters: Vec<super::letter_figures::LetterRow>,
    /// Events with their seats taken, waiting list and unconfirmed registrations.
    events: Vec<(crate::events::Event, i64)>,
}

#[tracing::instrument(skip_all)]
pub async fn dashboard(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
) -> Result<Response, AppError> {
    let today = crate::signatures::confirm::day_of(now_ms());
    let mut rows = Vec::new();
    let held: std::collections::HashMap<i64, i64> =
        on_db!(&state.db, crate::signatures::review::sql, held_counts())?
            .into_iter()
            .collect();
    for p in on_db!(&state.db, crate::petitions::sql, all())? {
        let held = held.get(&p.id).copied().unwrap_or(0);
        let c = state.public.counts.get(&state.db, p.id).await?;
        let today_n = c
            .by_day
            .iter()
            .find(|(d, _)| *d == today)
            .map(|(_, n)| *n)
            .unwrap_or(0);
        rows.push(Row {
            state: p.public_state(now_ms()).as_str().to_owned(),
            confirmed: fmt_num(c.confirmed),
            pending: fmt_num(c.pending - held),
            held,
            today: fmt_num(today_n),
            goal: fmt_num(p.goal),
            slug: p.slug,
            title: p.title,
        });
    }
    let letters = super::letter_figures::rows(&state.db).await?;
    let events = super::events::figures(&state.db).await?;
    Ok(render(&Dashboard {
        me,
        rows,
        letters,
        events,
    })?
    .into_response())
}

pub struct AuditRow {
    pub at: String,
    pub e: Entry,
    /// The detail as (field, value) pairs to read, not a JSON or `k=v` string.
    pub fields: Vec<(String, String)>,
}

/// An audit detail as readable fields: a JSON object's members, or `key=value` words; anything
/// else is one unnamed field. Empty values are left out.
pub fn detail_fields(detail: &str) -> Vec<(String, String)> {
    let detail = detail.trim();
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(detail) {
        return map
            .into_iter()
            .filter_map(|(k, v)| match v {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) if s.is_empty() => None,
                serde_json::Value::String(s) => Some((k, s)),
                other => Some((k, other.to_string())),
            })
            .collect();
    }
    let words: Vec<&str> = detail.split_whitespace().collect();
    if !words.is_empty() && words.iter().all(|w| w.contains('=')) {
        return words
            .iter()
            .filter_map(|w| w.split_once('='))
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
    }
    if detail.is_empty() {
        Vec::new()
    } else {
        vec![(String::new(), detail.to_owned())]
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    me: CurrentAdmin,
    entries: Vec<AuditRow>,
}

#[tracing::instrument(skip_all)]
pub async fn audit_log(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
) -> Result<Response, AppError> {
    // Entries name the addresses acted on (a lifted suppression, a released signer): not for
    // viewers, who see no personal data.
    me.require_personal_data()?;
    let entries = audit::recent(&state.db, 500)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            at: crate::i18n::format::fmt_time(e.at),
            fields: detail_fields(&e.detail),
            e,
        })
        .collect();
    Ok(render(&AuditPage { me, entries })?.into_response())
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    me: CurrentAdmin,
    users: Vec<Admin>,
    created: String,
    error: String,
}

#[tracing::instrument(skip_all)]
pub async fn users(State(state): State<AdminCtx>, me: CurrentAdmin) -> Result<Response, AppError> {
    me.require_owner()?;
    users_page(&state, me, String::new(), String::new()).await
}

#[derive(Deserialize)]
pub struct NewUser {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Creates an account with a generated password, shown once to the owner who made it.
#[tracing::instrument(skip_all)]
pub async fn create_user(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<NewUser>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let email = form.email.trim().to_lowercase();
    let password = users::generate_password();
    let result = users::upsert_admin(&state.db, &email, &password, &form.role).await;
    let (created, error) = match result {
        Ok(_) => {
            audit::record(
                &state.db,
                &me.admin.email,
                "user.create",
                &email,
                &form.role,
            )
            .await?;
            (
                crate::i18n::ta3(
                    "admin-account-ready",
                    "email",
                    email.as_str(),
                    "role",
                    crate::i18n::tk("admin-role", &form.role),
                    "password",
                    password.as_str(),
                ),
                String::new(),
            )
        }
        Err(e) => (String::new(), e.to_string()),
    };
    users_page(&state, me, created, error).await
}

async fn users_page(
    state: &AdminCtx,
    me: CurrentAdmin,
    created: String,
    error: String,
) -> Result<Response, AppError> {
    let users = on_db!(&state.db, users::queries, all())?;
    Ok(render(&UsersPage {
        me,
        users,
        created,
        error,
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct AccountStatus {
    #[serde(default)]
    email: String,
    /// "1" to disable, anything else to enable.
    #[serde(default)]
    disabled: String,
}

/// Disables an account (ending all its sessions) or enables it again. Owners cannot disable
/// themselves, so an instance always keeps a way in.
#[tracing::instrument(skip_all)]
pub async fn set_account_status(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<AccountStatus>,
) -> Result<Response, AppError> {
    me.require_owner()?;
    let email = form.email.trim().to_lowercase();
    let disable = form.disabled == "1";
    if disable && email == me.admin.email {
        let error = crate::i18n::t("admin-err-disable-self");
        return users_page(&state, me, String::new(), error).await;
    }
    if !users::set_disabled(&state.db, &email, disable)
        .await
        .map_err(AppError::Internal)?
    {
        let error = crate::i18n::ta("users-err-unknown", "email", email.as_str());
        return users_page(&state, me, String::new(), error).await;
    }
    let action = if disable {
        "user.disable"
    } else {
        "user.enable"
    };
    audit::record(&state.db, &me.admin.email, action, &email, "").await?;
    let done = if disable {
        crate::i18n::ta("admin-account-disabled", "email", email.as_str())
    } else {
        crate::i18n::ta("admin-account-enabled", "email", email.as_str())
    };
    users_page(&state, me, done, String::new()).await
}

/// "Are you sure?" before an action that is hard or impossible to take back: it names what will
/// happen and posts the same form again (`fields`) with `confirm=yes`. Works without JavaScript.
#[derive(Template)]
#[template(path = "admin/confirm.html")]
pub struct ConfirmStep {
    pub me: CurrentAdmin,
    pub message: String,
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    pub button: String,
    pub back: String,
}

pub fn back_to(path: &str) -> Response {
    Redirect::to(path).into_response()
}

#[cfg(test)]
mod tests {
    use super::detail_fields;

    #[test]
    fn audit_details_read_as_fields() {
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            detail_fields(r#"{"state":"confirmed","country":"FR","from":null,"to":""}"#),
            pairs(&[("country", "FR"), ("state", "confirmed")])
        );
        assert_eq!(
            detail_fields("id= ip_prefix=203.0.113.0/24 counted=6"),
            pairs(&[("ip_prefix", "203.0.113.0/24"), ("counted", "6")])
        );
        assert_eq!(detail_fields("plain words"), pairs(&[("", "plain words")]));
        assert!(detail_fields("").is_empty());
    }
}
