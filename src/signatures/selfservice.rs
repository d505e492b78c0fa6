//! Self-service by the link in every email (the withdrawal token): one-click unsubscribe from
//! updates (RFC 8058, POST only), a copy of one's data by email, and erasure.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::links::Link;
use super::SigningCtx;
use crate::db::now_ms;
use crate::email::Email;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::i18n::{t, ta};
use crate::on_db;
use crate::secret::links::Purpose;
use crate::secret::tokens;

/// Everything stored about one signature, as its signer may read it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct MyData {
    pub id: i64,
    pub title: String,
    pub slug: String,
    pub name: String,
    pub email: String,
    pub country: String,
    pub postcode: Option<String>,
    pub comment: Option<String>,
    pub show_name: bool,
    pub newsletter: bool,
    pub state: crate::signatures::SignatureState,
    pub consent_version: i64,
    pub signed_via: Option<String>,
    pub source: Option<String>,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub emails_sent: i64,
}

impl MyData {
    /// The country's name in the reader's language ("Brésil"), not its code.
    pub fn country_shown(&self) -> &str {
        crate::domain::country_name(&self.country)
    }

    /// The signature's state in the reader's language.
    pub fn state_shown(&self) -> String {
        crate::i18n::tk("data-state", self.state.as_str())
    }

    fn as_text(&self) -> String {
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let yes_no = |b: bool| t(if b { "data-yes" } else { "data-no" });
        let signed = format!(
            "{} ({}, {})",
            fmt_time(self.created_at),
            self.signed_via.as_deref().unwrap_or("page"),
            ta("data-consent-version", "version", self.consent_version)
        );
        let lines = [
            ("data-petition", self.title.clone()),
            ("data-name", self.name.clone()),
            ("data-email", self.email.clone()),
            ("data-country", self.country_shown().to_owned()),
            ("data-postcode", opt(&self.postcode)),
            ("data-comment", opt(&self.comment)),
            ("data-show-name", yes_no(self.show_name)),
            ("data-newsletter", yes_no(self.newsletter)),
            ("data-state", self.state_shown()),
            ("data-signed", signed),
            (
                "data-confirmed",
                self.confirmed_at
                    .map(fmt_time)
                    .unwrap_or_else(|| yes_no(false)),
            ),
            ("data-source", opt(&self.source)),
        ];
        lines
            .iter()
            .map(|(label, value)| crate::i18n::label_line(label, value) + "\n")
            .collect()
    }
}

#[derive(Template)]
#[template(path = "pages/my_data.html")]
struct MyDataPage {
    heading: &'static str,
    message: String,
    token: String,
    data: Option<MyData>,
    unsubscribe_only: bool,
    /// The "are you sure?" step before erasing.
    confirm_erase: bool,
}

fn page(status: StatusCode, p: MyDataPage) -> Result<Response, AppError> {
    Ok((status, render(&p)?).into_response())
}

/// A page with a heading and a message only (no data, no buttons).
fn notice(
    status: StatusCode,
    heading: &'static str,
    message: String,
) -> Result<Response, AppError> {
    page(
        status,
        MyDataPage {
            heading,
            message,
            token: String::new(),
            data: None,
            unsubscribe_only: false,
            confirm_erase: false,
        },
    )
}

fn gone() -> Result<Response, AppError> {
    notice(
        StatusCode::NOT_FOUND,
        "link-invalid-heading",
        t("data-gone"),
    )
}

async fn load(state: &SigningCtx, raw: &str) -> Result<Option<(String, MyData)>, AppError> {
    let Some(link) = Link::parse(&state.links, Purpose::Withdraw, raw) else {
        return Ok(None);
    };
    let Some((id, gen)) = super::links::resolve(&state.db, &link, Purpose::Withdraw).await? else {
        return Ok(None);
    };
    let found = on_db!(&state.db, sql, by_id(id, gen))?;
    Ok(found.map(|d| (raw.to_owned(), d)))
}

/// Shows the data and the buttons; changes nothing.
#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<SigningCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some((token, data)) = load(&state, &raw).await? else {
        return gone();
    };
    page(
        StatusCode::OK,
        MyDataPage {
            heading: "data-heading",
            message: ta("data-intro", "title", &data.title),
            token,
            data: Some(data),
            unsubscribe_only: false,
            confirm_erase: false,
        },
    )
}

/// GET shows a button only: link scanners must not unsubscribe anybody.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe_get(
    State(state): State<SigningCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some((token, data)) = load(&state, &raw).await? else {
        return gone();
    };
    page(
        StatusCode::OK,
        MyDataPage {
            heading: "unsub-heading",
            message: ta("unsub-intro", "title", &data.title),
            token,
            data: None,
            unsubscribe_only: true,
            confirm_erase: false,
        },
    )
}

#[tracing::instrument(skip_all)]
pub async fn unsubscribe_post(
    State(state): State<SigningCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some((_, data)) = load(&state, &raw).await? else {
        return gone();
    };
    on_db!(&state.db, sql, unsubscribe(data.id, now_ms()))?;
    notice(
        StatusCode::OK,
        "unsub-done-heading",
        ta("unsub-done", "title", &data.title),
    )
}

/// Emails the signer a copy of their data (within the per-signature email limit).
#[tracing::instrument(skip_all)]
pub async fn copy(
    State(state): State<SigningCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some((_, data)) = load(&state, &raw).await? else {
        return gone();
    };
    let mail = Email {
        kind: crate::email::EmailKind::DataCopy,
        to: data.email.clone(),
        from_name: None,
        reply_to: None,
        subject: t("email-copy-subject"),
        text: format!("{}\n\n{}", t("email-copy-intro"), data.as_text()),
        html: None,
        payload: None,
    };
    let max = state.settings.signing.max_emails_per_signature;
    on_db!(&state.db, sql, send_copy(data.id, &mail, max, now_ms()))?;
    notice(StatusCode::OK, "data-copy-heading", t("data-copy-sent"))
}

/// Withdraws the signature (counts corrected) and erases the personal data, including the emails
/// to the signer still in the outbox; the link stops working. It cannot be undone, so the first
/// press only asks: the form comes back with `confirm=yes`.
#[tracing::instrument(skip_all)]
pub async fn erase(
    State(state): State<SigningCtx>,
    Path(raw): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let Some((token, data)) = load(&state, &raw).await? else {
        return gone();
    };
    // Read leniently: a bare POST (no form at all) is simply not confirmed.
    let confirmed = url::form_urlencoded::parse(&body).any(|(k, v)| k == "confirm" && v == "yes");
    if !confirmed {
        return page(
            StatusCode::OK,
            MyDataPage {
                heading: "data-erase-sure-heading",
                message: ta("data-erase-sure", "title", &data.title),
                token,
                data: None,
                unsubscribe_only: false,
                confirm_erase: true,
            },
        );
    }
    if let Some(link) = Link::parse(&state.links, Purpose::Withdraw, &token) {
        super::confirm::withdraw(&state.db, &link).await?;
    }
    on_db!(&state.db, sql, erase(data.id, &data.email, now_ms()))?;
    notice(
        StatusCode::OK,
        "data-erased-heading",
        ta("data-erased", "title", &data.title),
    )
}

/// Whether a pending outbox row is about the erased signature `id`: a copy of its data, or an email
/// whose parameters name the signature (or carry one of its stored link tokens, `hashes`, their
/// SHA-256). Pending emails about the same person's other signatures stay.
fn about_erased(
    kind: crate::email::EmailKind,
    payload: Option<&str>,
    id: i64,
    hashes: &[String],
) -> bool {
    use crate::email::EmailKind::*;
    if kind == DataCopy {
        return true;
    }
    if !matches!(
        kind,
        ConfirmSignature | ReminderSignature | AlreadySigned | PetitionUpdate
    ) {
        return false;
    }
    let Some(v) = payload.and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok()) else {
        return false;
    };
    let stored = v.get("withdraw").and_then(|w| w.as_str()).map(tokens::hash);
    stored.is_some_and(|t| hashes.contains(&t)) || v.get("id").and_then(|i| i.as_i64()) == Some(id)
}

crate::per_engine! {
    mod sql {
        use crate::email::Email;
        use crate::signatures::selfservice::{about_erased, MyData};

        pub async fn by_id(pool: &Pool, id: i64, gen: i64) -> Result<Option<MyData>, sqlx::Error> {
            sqlx::query_as::<DB, MyData>(
                "SELECT s.id, p.title, p.slug, s.name, s.email, s.country, s.postcode, s.comment, s.show_name, s.newsletter, \
                 s.state, s.consent_version, s.signed_via, s.source, s.created_at, s.confirmed_at, s.emails_sent \
                 FROM signatures s JOIN petitions p ON p.id = s.petition_id \
                 WHERE s.id = $1 AND s.link_gen = $2 AND s.anonymised_at IS NULL",
            )
            .bind(id).bind(gen).fetch_optional(pool).await
        }

        pub async fn unsubscribe(pool: &Pool, id: i64, now: i64) -> Result<(), sqlx::Error> {
            // Unsubscribing also stops reminders to confirm.
            sqlx::query(
                "UPDATE signatures SET newsletter_withdrawn_at = CASE WHEN newsletter THEN $2 ELSE newsletter_withdrawn_at END, \
                 newsletter = FALSE, reminders_sent = 99 WHERE id = $1",
            )
            .bind(id).bind(now).execute(pool).await?;
            Ok(())
        }

        pub async fn send_copy(pool: &Pool, id: i64, mail: &Email, max: i64, now: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query("UPDATE signatures SET emails_sent = emails_sent + 1 WHERE id = $1 AND emails_sent < $2")
                .bind(id).bind(max).execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(res.rows_affected() == 1)
        }

        pub async fn erase(pool: &Pool, id: i64, email: &str, now: i64) -> Result<(), sqlx::Error> {
            let early = same_engine!(crate::email::outbox::sql, queued_before)(pool, email).await?;
            let mut tx = pool.begin_with(BEGIN).await?;
            // On PostgreSQL, a repeat signature being written meanwhile would queue an email this
            // erasure has not seen: the row is taken first, so that batch waits (SQLite's write
            // transaction already excludes it).
            if PG {
                sqlx::query("SELECT id FROM signatures WHERE id = $1 FOR UPDATE").bind(id).execute(&mut *tx).await?;
            }
            // The outbox first, while the signature's tokens still say which emails are its own.
            let hashes: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM signature_tokens WHERE signature_id = $1")
                .bind(id).fetch_all(&mut *tx).await?;
            let pending = same_engine!(crate::email::outbox::sql, queued_since)(&mut tx, email, early).await?;
            for (row, ..) in pending.iter().filter(|(_, kind, payload, _)| about_erased(*kind, payload.as_deref(), id, &hashes)) {
                sqlx::query("DELETE FROM outbox WHERE id = $1").bind(*row).execute(&mut *tx).await?;
            }
            same_engine!(crate::email::outbox::sql, forget_sent)(&mut tx, email, false).await?;
            sqlx::query(
                "UPDATE signatures SET name = '', email = '', canonical_email = 'erased-' || id, postcode = NULL, comment = NULL, \
                 ip_hash = NULL, ip_prefix = NULL, show_name = FALSE, newsletter = FALSE, anonymised_at = $2, \
                 link_gen = link_gen + 1 WHERE id = $1",
            )
            .bind(id).bind(now).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM signature_tokens WHERE signature_id = $1").bind(id).execute(&mut *tx).await?;
            tx.commit().await
        }
    }
}
