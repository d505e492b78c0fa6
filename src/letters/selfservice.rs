//! The letter writer's own page, reached by the my-data link in every email about their letters:
//! what is held for their address in the campaign, a copy by email, erasure (asked twice, without
//! JavaScript), and unsubscribing from the campaign's reminders and updates (one click, RFC 8058).
//! Each email carries its own link; only the hashes are stored, and erasure deletes them all.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{Map, Value};

use super::store::LetterView;
use super::LettersCtx;
use super::{campaign, store};
use crate::db::now_ms;
use crate::email::outbox::OutboxRow;
use crate::email::{Email, EmailKind};
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::format::fmt_time;
use crate::i18n::{t, ta, tk, Lang};
use crate::on_db;
use crate::secret::tokens::{self, Token};

/// Payload keys of an email that carries a my-data link: the worker adds the link and the
/// List-Unsubscribe header when it sends, so the body never has to be built around it.
const TOKEN_KEY: &str = "letter_data";
const LANG_KEY: &str = "letter_lang";

/// Gives a letter email its my-data link (`token`, whose hash the caller stores with the email),
/// in the writer's language `lang`. Keeps whatever else the payload holds.
pub fn attach(mut email: Email, token: &Token, lang: &str) -> Email {
    let mut map: Map<String, Value> = email
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .unwrap_or_default();
    map.insert(TOKEN_KEY.into(), token.secret.clone().into());
    map.insert(LANG_KEY.into(), lang.into());
    email.payload = Some(Value::Object(map).to_string());
    email
}

/// The my-data token an outbox payload carries, if any.
fn token_in(payload: Option<&str>) -> Option<(String, String)> {
    let v: Value = serde_json::from_str(payload?).ok()?;
    let token = tokens::parse(v.get(TOKEN_KEY)?.as_str()?)?.to_owned();
    let lang = v.get(LANG_KEY).and_then(Value::as_str).unwrap_or("en");
    Some((token, lang.to_owned()))
}

/// At send time: adds the my-data link to a writer's email and sets its one-click unsubscribe URL.
/// `None` when the row is not such an email.
pub fn finish(row: &mut OutboxRow, base: &str) -> Option<()> {
    // Letter emails to the writer (never the letter to its target, which has no such payload).
    if !row.kind().is_ok_and(EmailKind::is_to_letter_writer) {
        return None;
    }
    let (token, lang) = token_in(row.payload.as_deref())?;
    let url = format!("{base}/letters/my-data/{token}");
    let words = Lang::stored(&lang).scope_sync(|| t("letter-data-footer"));
    row.text_body
        .push_str(&format!("\n\n-- \n{words}\n{url}\n"));
    if let Some(html) = row.html_body.as_mut() {
        let words = words
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        html.push_str(&format!("<p>{words} <a href=\"{url}\">{url}</a></p>"));
    }
    row.list_unsubscribe = Some(format!("{base}/letters/unsubscribe/{token}"));
    Some(())
}

/// What is held about one submission of the address in the campaign.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Writer {
    pub id: i64,
    pub campaign_id: i64,
    pub name: String,
    pub email: String,
    pub address: String,
    pub city: String,
    pub region: String,
    pub postcode: String,
    pub country: String,
    pub personal_message: String,
    pub state: crate::letters::store::SupporterState,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub unsubscribed_at: Option<i64>,
}

impl Writer {
    /// The country's name in the reader's language, not its code.
    pub fn country_shown(&self) -> &str {
        crate::domain::country_name(&self.country)
    }

    pub fn state_shown(&self) -> String {
        tk("letter-writer-state", self.state.as_str())
    }

    pub fn submitted(&self) -> String {
        fmt_time(self.created_at)
    }

    pub fn confirmed(&self) -> String {
        self.confirmed_at
            .map(fmt_time)
            .unwrap_or_else(|| t("data-no"))
    }
}

/// A letter's delivery in the reader's language.
pub fn letter_state(l: &LetterView) -> String {
    tk("letter-state", l.delivery())
}

fn as_text(title: &str, writers: &[Writer], letters: &[LetterView]) -> String {
    let line = |label: &str, value: &str| crate::i18n::label_line(label, value) + "\n";
    let mut out = line("data-campaign", title);
    for w in writers {
        let place = [w.city.as_str(), w.region.as_str(), w.postcode.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let address = format!("{}, {}, {}", w.address, place, w.country_shown());
        let message = if w.personal_message.is_empty() {
            "-"
        } else {
            &w.personal_message
        };
        out.push('\n');
        for (label, value) in [
            ("data-name", w.name.as_str()),
            ("data-email", w.email.as_str()),
            ("data-address", address.as_str()),
            ("data-message", message),
            ("data-state", &w.state_shown()),
            ("data-submitted", &w.submitted()),
            ("data-confirmed", &w.confirmed()),
        ] {
            out.push_str(&line(label, value));
        }
    }
    for l in letters {
        out.push_str(&format!(
            "\n{} ({})\n{}\n{}\n",
            ta("letter-to", "target", l.target_label()),
            letter_state(l),
            ta("letter-subject-line", "subject", l.subject.as_str()),
            l.body
        ));
    }
    out
}

#[derive(Template)]
#[template(path = "pages/letter_my_data.html")]
struct DataPage {
    heading: &'static str,
    message: String,
    token: String,
    writers: Vec<Writer>,
    letters: Vec<LetterView>,
    /// The "are you sure?" step before erasing.
    confirm_erase: bool,
    unsubscribe_only: bool,
    unsubscribed: bool,
}

fn page(status: StatusCode, p: DataPage) -> Result<Response, AppError> {
    Ok((status, render(&p)?).into_response())
}

fn notice(heading: &'static str, message: String) -> DataPage {
    DataPage {
        heading,
        message,
        token: String::new(),
        writers: Vec::new(),
        letters: Vec::new(),
        confirm_erase: false,
        unsubscribe_only: false,
        unsubscribed: false,
    }
}

fn gone() -> Result<Response, AppError> {
    page(
        StatusCode::NOT_FOUND,
        notice("link-invalid-heading", t("data-gone")),
    )
}

/// What a valid link leads to: the token, the campaign's title in the reader's language, and
/// every submission of the address in that campaign.
struct Found {
    token: String,
    title: String,
    writers: Vec<Writer>,
}

async fn load(state: &LettersCtx, raw: &str) -> Result<Option<Found>, AppError> {
    let Some(token) = tokens::parse(raw) else {
        return Ok(None);
    };
    let Some(id) = on_db!(&state.db, sql, by_token(&tokens::hash(token)))? else {
        return Ok(None);
    };
    let writers = on_db!(&state.db, sql, writers(id))?;
    let Some(first) = writers.first() else {
        return Ok(None);
    };
    let Some(c) = on_db!(&state.db, campaign::sql, by_id(first.campaign_id))? else {
        return Ok(None);
    };
    let lang = Lang::current().code();
    let translated = on_db!(&state.db, campaign::sql, translation(c.id, lang))?
        .map(|t| t.title)
        .filter(|t| !t.trim().is_empty());
    Ok(Some(Found {
        token: token.to_owned(),
        title: translated.unwrap_or(c.title),
        writers,
    }))
}

async fn letters_of(state: &LettersCtx, writers: &[Writer]) -> Result<Vec<LetterView>, AppError> {
    let mut all = Vec::new();
    for w in writers {
        all.extend(on_db!(&state.db, store::sql, letters_of(w.id))?);
    }
    Ok(all)
}

/// Shows the data and the buttons; changes nothing.
#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<LettersCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some(f) = load(&state, &raw).await? else {
        return gone();
    };
    let letters = letters_of(&state, &f.writers).await?;
    let unsubscribed = f.writers.iter().any(|w| w.unsubscribed_at.is_some());
    page(
        StatusCode::OK,
        DataPage {
            heading: "data-heading",
            message: ta("letter-data-intro", "title", f.title.as_str()),
            token: f.token,
            writers: f.writers,
            letters,
            confirm_erase: false,
            unsubscribe_only: false,
            unsubscribed,
        },
    )
}

/// GET shows a button only: link scanners must not unsubscribe anybody.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe_get(
    State(state): State<LettersCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some(f) = load(&state, &raw).await? else {
        return gone();
    };
    let mut p = notice(
        "unsub-heading",
        ta("letter-unsub-intro", "title", f.title.as_str()),
    );
    p.token = f.token;
    p.unsubscribe_only = true;
    page(StatusCode::OK, p)
}

/// One-click unsubscribe (also what mail providers POST, from anywhere): no more reminders or
/// updates from this campaign to this address.
#[tracing::instrument(skip_all)]
pub async fn unsubscribe_post(
    State(state): State<LettersCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some(f) = load(&state, &raw).await? else {
        return gone();
    };
    on_db!(&state.db, sql, unsubscribe(f.writers[0].id, now_ms()))?;
    page(
        StatusCode::OK,
        notice(
            "unsub-done-heading",
            ta("letter-unsub-done", "title", f.title.as_str()),
        ),
    )
}

/// Emails the writer a copy of their data, within the per-address limit of the campaign.
#[tracing::instrument(skip_all)]
pub async fn copy(
    State(state): State<LettersCtx>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some(f) = load(&state, &raw).await? else {
        return gone();
    };
    let letters = letters_of(&state, &f.writers).await?;
    let newest = &f.writers[f.writers.len() - 1];
    let data = Token::generate();
    let mail = Email {
        kind: EmailKind::LetterDataCopy,
        to: newest.email.clone(),
        from_name: None,
        reply_to: None,
        subject: t("email-copy-subject"),
        text: format!(
            "{}\n\n{}",
            t("email-copy-intro"),
            as_text(&f.title, &f.writers, &letters)
        ),
        html: None,
        payload: None,
    };
    let mail = attach(mail, &data, Lang::current().code());
    let s = &state.settings.signing;
    let window = s.letter_emails_window_hours.max(1) * 3_600_000;
    let sent = on_db!(
        &state.db,
        sql,
        send_copy(
            newest.id,
            &data.hash,
            &mail,
            (s.max_emails_per_signature, window),
            now_ms()
        )
    )?;
    // The page says only what is true: over the address's cap, no copy leaves.
    if !sent {
        return page(
            StatusCode::TOO_MANY_REQUESTS,
            notice("data-copy-capped-heading", t("data-copy-capped")),
        );
    }
    page(
        StatusCode::OK,
        notice("data-copy-heading", t("data-copy-sent")),
    )
}

/// Erases everything held for the address in the campaign. It cannot be undone, so the first
/// press only asks: the form comes back with `confirm=yes`.
#[tracing::instrument(skip_all)]
pub async fn erase(
    State(state): State<LettersCtx>,
    Path(raw): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let Some(f) = load(&state, &raw).await? else {
        return gone();
    };
    if !confirmed(&body) {
        let mut p = notice(
            "data-erase-sure-heading",
            ta("letter-erase-sure", "title", f.title.as_str()),
        );
        p.token = f.token;
        p.confirm_erase = true;
        return page(StatusCode::OK, p);
    }
    erase_all(&state, f.writers[0].id).await?;
    page(
        StatusCode::OK,
        notice(
            "letter-erased-heading",
            ta("letter-erased", "title", f.title.as_str()),
        ),
    )
}

/// Whether a form body says `confirm=yes`; read leniently, a bare POST is simply not confirmed.
pub fn confirmed(body: &[u8]) -> bool {
    url::form_urlencoded::parse(body).any(|(k, v)| k == "confirm" && v == "yes")
}

/// Erases every submission of the supporter's address in their campaign (see `sql::erase`).
pub async fn erase_all(state: &LettersCtx, supporter_id: i64) -> Result<(), AppError> {
    let n = on_db!(&state.db, sql, erase(supporter_id))?;
    tracing::info!(submissions = n, "letter writer erased");
    metrics::counter!("letters_erased_total").increment(1);
    Ok(())
}

/// Whether a pending outbox row is one of the erased writer's own emails: a copy of their data, or
/// an email carrying one of their my-data links (`hashes`).
fn about_erased(kind: EmailKind, payload: Option<&str>, hashes: &[String]) -> bool {
    if kind == EmailKind::LetterDataCopy {
        return true;
    }
    kind.is_to_letter_writer()
        && token_in(payload).is_some_and(|(t, _)| hashes.contains(&tokens::hash(&t)))
}

/// Pages and the one-click unsubscribe, which mail providers post from anywhere.
pub fn open_routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    super::LettersCtx: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/letters/my-data/{token}", get(show))
        .route(
            "/letters/unsubscribe/{token}",
            get(unsubscribe_get).post(unsubscribe_post),
        )
}

/// The forms, which refuse posts from other sites (the caller adds that layer).
pub fn form_routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    super::LettersCtx: axum::extract::FromRef<S>,
    crate::http::client_ip::Proxies: axum::extract::FromRef<S>,
{
    Router::new()
        .route(
            "/letters/my-data/{token}/copy",
            get(crate::http::page::to_form_page).post(copy),
        )
        .route(
            "/letters/my-data/{token}/erase",
            get(crate::http::page::to_form_page).post(erase),
        )
}

crate::per_engine! {
    pub mod sql {
        use crate::email::{Email, EmailKind};
        use crate::letters::selfservice::{about_erased, Writer};

        /// The supporter a my-data link belongs to, unless erased.
        pub async fn by_token(pool: &Pool, hash: &str) -> Result<Option<i64>, sqlx::Error> {
            sqlx::query_scalar(
                "SELECT s.id FROM letter_data_tokens k JOIN letter_supporters s ON s.id = k.supporter_id \
                 WHERE k.token_hash = $1 AND s.email <> ''",
            )
            .bind(hash).fetch_optional(pool).await
        }

        /// Every submission of the supporter's address in their campaign, oldest first.
        pub async fn writers(pool: &Pool, supporter_id: i64) -> Result<Vec<Writer>, sqlx::Error> {
            sqlx::query_as::<DB, Writer>(
                "SELECT s.id, s.campaign_id, s.name, s.email, s.address, s.city, s.region, s.postcode, s.country, \
                 s.personal_message, s.state, s.created_at, s.confirmed_at, s.unsubscribed_at FROM letter_supporters s \
                 JOIN letter_supporters me ON me.campaign_id = s.campaign_id AND me.canonical_email = s.canonical_email \
                 WHERE me.id = $1 AND s.email <> '' ORDER BY s.id",
            )
            .bind(supporter_id).fetch_all(pool).await
        }

        /// Stops reminders and updates of the campaign to the address (every submission of it).
        pub async fn unsubscribe(pool: &Pool, supporter_id: i64, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query(
                "UPDATE letter_supporters SET unsubscribed_at = COALESCE(unsubscribed_at, $2) WHERE id IN \
                 (SELECT s.id FROM letter_supporters s JOIN letter_supporters me ON me.campaign_id = s.campaign_id \
                  AND me.canonical_email = s.canonical_email WHERE me.id = $1)",
            )
            .bind(supporter_id).bind(now).execute(pool).await?;
            Ok(())
        }

        /// Queues the copy unless the address has had `max` emails from the campaign in the window.
        pub async fn send_copy(
            pool: &Pool, supporter_id: i64, token_hash: &str, mail: &Email, (max, window_ms): (i64, i64), now: i64,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let (campaign_id, canonical): (i64, String) =
                sqlx::query_as("SELECT campaign_id, canonical_email FROM letter_supporters WHERE id = $1")
                    .bind(supporter_id).fetch_one(&mut *tx).await?;
            let sent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM letter_email_log WHERE campaign_id = $1 AND canonical_email = $2 AND sent_at > $3",
            )
            .bind(campaign_id).bind(&canonical).bind(now - window_ms).fetch_one(&mut *tx).await?;
            if sent >= max {
                return Ok(false);
            }
            sqlx::query("INSERT INTO letter_email_log (campaign_id, canonical_email, sent_at) VALUES ($1, $2, $3)")
                .bind(campaign_id).bind(&canonical).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(token_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
            mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }

        /// A my-data link for an email queued elsewhere.
        pub async fn add_token(pool: &Pool, supporter_id: i64, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(token_hash).bind(supporter_id).bind(now).execute(pool).await?;
            Ok(())
        }

        /// Erasure, in one transaction, of every submission of the address in the campaign. Letters
        /// not handed over (pending, confirmed, queued but unsent) are deleted with their emails, so
        /// they are no longer counted: they will never be delivered. Letters that left (sent or
        /// failed) or were handed to the writer for their own delivery stay counted, without words
        /// or sender. A submission with no letter left is deleted outright; the others keep only
        /// their campaign, state, region and country. Every link stops working, the writer's own
        /// emails are deleted (pending or not), and the per-address email log is forgotten.
        /// Returns how many submissions were erased.
        pub async fn erase(pool: &Pool, supporter_id: i64) -> Result<usize, sqlx::Error> {
            const SUBMISSIONS: &str = "SELECT s.id, s.campaign_id, s.canonical_email, s.email FROM letter_supporters s \
                 JOIN letter_supporters me ON me.campaign_id = s.campaign_id AND me.canonical_email = s.canonical_email \
                 WHERE me.id = $1 AND s.email <> ''";
            // The queue to each spelling of the address, read before the write lock is taken.
            // Keyed by the address lower-cased as SQLite's `lower()` does (ASCII only).
            let mut early: std::collections::HashMap<String, crate::email::outbox::EarlyRead> = Default::default();
            let before: Vec<(i64, i64, String, String)> = sqlx::query_as(SUBMISSIONS).bind(supporter_id).fetch_all(pool).await?;
            for (.., email) in before {
                if let std::collections::hash_map::Entry::Vacant(slot) = early.entry(email.to_ascii_lowercase()) {
                    let read = same_engine!(crate::email::outbox::sql, queued_before)(pool, &email).await?;
                    slot.insert(read);
                }
            }
            let mut tx = pool.begin_with(BEGIN).await?;
            let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(SUBMISSIONS).bind(supporter_id).fetch_all(&mut *tx).await?;
            // Every link of every submission: an email to one spelling of the address may carry
            // the link of another submission.
            let mut hashes: Vec<String> = Vec::new();
            for (id, ..) in &rows {
                let more: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM letter_data_tokens WHERE supporter_id = $1")
                    .bind(id).fetch_all(&mut *tx).await?;
                hashes.extend(more);
            }
            for (id, campaign_id, canonical, email) in &rows {
                // A spelling first seen inside the transaction is read whole.
                let read = early.get(&email.to_ascii_lowercase()).cloned().unwrap_or_default();
                let pending = same_engine!(crate::email::outbox::sql, queued_since)(&mut tx, email, read).await?;
                let unsent: Vec<i64> = sqlx::query_scalar(
                    "SELECT l.outbox_id FROM letters l JOIN outbox o ON o.id = l.outbox_id \
                     WHERE l.supporter_id = $1 AND l.state = 'queued' AND o.state = 'pending'",
                )
                .bind(id).fetch_all(&mut *tx).await?;
                // A letter waiting for a Congress delivery service has no outbox row: it goes too
                // (its delivery row with it), so nothing of it is sent after the erasure.
                sqlx::query(
                    "DELETE FROM letters WHERE supporter_id = $1 AND (state IN ('pending', 'confirmed') \
                     OR (state = 'queued' AND EXISTS (SELECT 1 FROM outbox o WHERE o.id = letters.outbox_id AND o.state = 'pending')) \
                     OR (state = 'queued' AND EXISTS (SELECT 1 FROM congress_deliveries d WHERE d.letter_id = letters.id AND d.state = 'waiting')))",
                )
                .bind(id).execute(&mut *tx).await?;
                // A service's refusal may quote the supporter's details back.
                sqlx::query(
                    "UPDATE congress_deliveries SET reason = NULL \
                     WHERE letter_id IN (SELECT id FROM letters WHERE supporter_id = $1)",
                )
                .bind(id).execute(&mut *tx).await?;
                let own = pending.iter().filter(|(_, kind, payload, _)| about_erased(*kind, payload.as_deref(), &hashes));
                for row in unsent.iter().copied().chain(own.map(|r| r.0)) {
                    sqlx::query("DELETE FROM outbox WHERE id = $1").bind(row).execute(&mut *tx).await?;
                }
                // The writer's emails that left or were given up on hold only the address: gone too.
                same_engine!(crate::email::outbox::sql, forget_sent)(&mut tx, email, true).await?;
                sqlx::query("UPDATE letters SET body = '', canonical_email = 'erased-' || id WHERE supporter_id = $1")
                    .bind(id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM letter_tokens WHERE supporter_id = $1").bind(id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM letter_data_tokens WHERE supporter_id = $1").bind(id).execute(&mut *tx).await?;
                let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM letters WHERE supporter_id = $1")
                    .bind(id).fetch_one(&mut *tx).await?;
                if left == 0 {
                    sqlx::query("DELETE FROM letter_supporters WHERE id = $1").bind(id).execute(&mut *tx).await?;
                } else {
                    sqlx::query(
                        "UPDATE letter_supporters SET name = '', email = '', canonical_email = 'erased-' || id, address = '', \
                         city = '', postcode = '', personal_message = '', prefix = '', phone = '', ip_hash = NULL, ip_prefix = NULL WHERE id = $1",
                    )
                    .bind(id).execute(&mut *tx).await?;
                }
                sqlx::query("DELETE FROM letter_email_log WHERE campaign_id = $1 AND canonical_email = $2")
                    .bind(campaign_id).bind(canonical).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(rows.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_rides_in_the_payload_and_keeps_what_was_there() {
        let token = Token::generate();
        let email = Email {
            kind: EmailKind::LetterConfirm,
            to: "a@example.org".into(),
            from_name: None,
            reply_to: None,
            subject: "s".into(),
            text: "t".into(),
            html: None,
            payload: Some(r#"{"other":1}"#.into()),
        };
        let email = attach(email, &token, "fr");
        let v: Value = serde_json::from_str(email.payload.as_deref().unwrap()).unwrap();
        assert_eq!(v["other"], 1);
        assert_eq!(
            token_in(email.payload.as_deref()),
            Some((token.secret.clone(), "fr".into()))
        );
        assert!(about_erased(
            EmailKind::LetterConfirm,
            email.payload.as_deref(),
            std::slice::from_ref(&token.hash)
        ));
        assert!(!about_erased(
            EmailKind::ConfirmSignature,
            email.payload.as_deref(),
            &[token.hash]
        ));
        assert!(token_in(Some(r#"{"letter_data":"../x"}"#)).is_none());
    }
}
