//! Messages to an event's registrants: staff's own words (Markdown) and the follow-up after the
//! event. Each email carries the registrant's own link and a one-click unsubscribe (RFC 8058,
//! through the outbox's `list_unsubscribe` like the petition updates); a message is stored with
//! its emails in one transaction, once per request key, within the per-event daily limit.

use serde::{Deserialize, Serialize};

use super::model::Event;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::email::outbox::OutboxRow;
use crate::email::{Email, EmailKind};
use crate::i18n::{t, ta, Lang};
use crate::on_db;
use crate::secret::tokens::{self, Token};

/// What the worker needs to add the List-Unsubscribe header: the registrant's own link token.
#[derive(Serialize, Deserialize)]
struct Payload {
    event_manage: String,
}

/// The one-click unsubscribe address of a registrant's link token.
pub fn unsubscribe_url(base: &str, secret: &str) -> String {
    format!("{base}/events/me/{secret}/unsubscribe")
}

/// At send time: sets the one-click unsubscribe URL of a message to registrants; `None` for other
/// kinds.
pub fn finish(row: &mut OutboxRow, base: &str) -> Option<Result<(), String>> {
    let kind = row.kind().ok()?;
    if !matches!(kind, EmailKind::EventMessage | EmailKind::EventFollowUp) {
        return None;
    }
    // A test to staff has no link of its own.
    let Some(payload) = row.payload.as_deref() else {
        return Some(Ok(()));
    };
    Some(match serde_json::from_str::<Payload>(payload) {
        Ok(p) => {
            row.list_unsubscribe = Some(unsubscribe_url(base, &p.event_manage));
            Ok(())
        }
        Err(e) => Err(format!("bad payload: {e}")),
    })
}

/// The link token a message's payload carries (to find a registrant's queued emails), if any.
pub fn token_in(payload: Option<&str>) -> Option<String> {
    let p: Payload = serde_json::from_str(payload?).ok()?;
    tokens::parse(&p.event_manage).map(str::to_owned)
}

/// Every link token in an event email's text (`/events/me/…`, `/events/confirm/…`), hashed as
/// stored: what tells a registrant's emails apart from the same person's other registrations.
pub fn token_hashes_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["/events/me/", "/events/confirm/"] {
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            if let Some(secret) = tokens::parse(&rest[..end]) {
                found.push(tokens::hash(secret));
            }
        }
    }
    found
}

/// Whom a message goes to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub locale: String,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One email to a registrant (or, without a token, a test to staff): `lines` before the staff's
/// Markdown `body_md`, then the footer with their own link and the unsubscribe link. The event is
/// already in the recipient's language; the words around are written in it too.
pub fn compose(
    kind: EmailKind,
    settings: &Settings,
    event: &Event,
    subject: &str,
    body_md: &str,
    to: (&str, &str),
    token: Option<&Token>,
) -> Email {
    let base = settings.base();
    let (name, address) = to;
    let footer: Vec<String> = match token {
        Some(token) => vec![
            ta("event-mail-why", "title", event.title.as_str()),
            t("event-mail-own-page"),
            format!("{base}/events/me/{}", token.secret),
            t("event-mail-unsubscribe"),
            unsubscribe_url(base, &token.secret),
        ],
        None => vec![t("event-mail-test-footer")],
    };
    let hello = ta("event-mail-hello", "name", name);
    let html_footer: Vec<String> = footer
        .iter()
        .map(|l| {
            if l.starts_with("http") {
                format!("<a href=\"{0}\">{0}</a>", escape(l))
            } else {
                escape(l)
            }
        })
        .collect();
    Email {
        kind,
        to: address.to_owned(),
        from_name: None,
        reply_to: None,
        subject: subject
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
        text: format!(
            "{hello}\n\n{}\n\n-- \n{}\n",
            body_md.trim(),
            footer.join("\n")
        ),
        html: Some(format!(
            "<p>{}</p>{}<hr><p style=\"font-size:.9em;color:#555\">{}</p>",
            escape(&hello),
            crate::text::markdown(body_md),
            html_footer.join("<br>")
        )),
        payload: token.map(|t| {
            serde_json::to_string(&Payload {
                event_manage: t.secret.clone(),
            })
            .expect("plain strings serialise")
        }),
    }
}

/// A message as staff wrote it.
pub struct Draft<'a> {
    pub subject: &'a str,
    pub body_md: &'a str,
    pub include_waiting: bool,
}

/// What pressing "send" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// Queued to this many registrants.
    Queued(i64),
    /// This request was sent before: nothing more.
    Repeated,
    /// The event had its messages for the last 24 hours.
    Limit,
}

/// The emails of one message, each registrant's in their language with a fresh own link.
pub type ComposeFn<'a> = &'a (dyn Fn(&Recipient, &Token) -> Email + Send + Sync);

/// Sends a message to the event's confirmed registrants (and waiting ones if asked), spread at
/// the updates' rate; once per `key`, at most `settings.events.messages_per_day` per event a day.
pub async fn send(
    db: &Db,
    settings: &Settings,
    event: &Event,
    draft: &Draft<'_>,
    key: &str,
    sent_by: &str,
) -> Result<Sent, sqlx::Error> {
    let compose_for = |r: &Recipient, token: &Token| {
        let lang = Lang::stored(&r.locale);
        let e = event.in_lang(lang);
        lang.scope_sync(|| {
            compose(
                EmailKind::EventMessage,
                settings,
                &e,
                draft.subject,
                draft.body_md,
                (&r.name, &r.email),
                Some(token),
            )
        })
    };
    let gap = 60_000 / settings.updates.per_minute.max(1);
    let limit = settings.events.messages_per_day.max(0);
    on_db!(
        db,
        sql,
        send(
            event.id,
            draft,
            (key, sent_by),
            (limit, gap),
            now_ms(),
            &compose_for
        )
    )
}

/// How many registrants a message would reach now.
pub async fn count(db: &Db, event: i64, include_waiting: bool) -> Result<i64, sqlx::Error> {
    on_db!(db, sql, count(event, include_waiting))
}

/// Messages sent about an event, newest first: (subject, recipients, sent at).
pub async fn history(db: &Db, event: i64) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    on_db!(db, sql, history(event))
}

/// Stops messages about the event to the registrant behind a link (one click).
pub async fn unsubscribe(db: &Db, registration: i64) -> Result<(), sqlx::Error> {
    on_db!(db, sql, unsubscribe(registration, now_ms()))
}

crate::per_engine! {
    pub mod sql {
        use crate::events::messages::{ComposeFn, Draft, Recipient, Sent};
        use crate::secret::tokens::Token;

        const WHO: &str = "FROM event_registrations WHERE event_id = $1 AND anonymised_at IS NULL AND email <> '' \
             AND messages_off_at IS NULL AND (state = 'confirmed' OR (state = 'waiting' AND $2))";

        pub async fn count(pool: &Pool, event: i64, waiting: bool) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar(&format!("SELECT COUNT(*) {WHO}")).bind(event).bind(waiting).fetch_one(pool).await
        }

        pub async fn send(
            pool: &Pool, event: i64, d: &Draft<'_>, (key, by): (&str, &str), (limit, gap): (i64, i64), now: i64,
            compose: ComposeFn<'_>,
        ) -> Result<Sent, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            // One send at a time per event, so the daily limit holds (SQLite's BEGIN IMMEDIATE
            // already holds the database).
            if PG {
                sqlx::query("SELECT id FROM events WHERE id = $1 FOR UPDATE").bind(event).execute(&mut *tx).await?;
            }
            let done: Option<i64> = sqlx::query_scalar("SELECT id FROM event_messages WHERE request_key = $1")
                .bind(key).fetch_optional(&mut *tx).await?;
            if done.is_some() {
                return Ok(Sent::Repeated);
            }
            let today: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM event_messages WHERE event_id = $1 AND created_at > $2")
                .bind(event).bind(now - 86_400_000).fetch_one(&mut *tx).await?;
            if today >= limit {
                return Ok(Sent::Limit);
            }
            let who: Vec<Recipient> = sqlx::query_as::<DB, Recipient>(&format!("SELECT id, name, email, locale {WHO} ORDER BY id"))
                .bind(event).bind(d.include_waiting).fetch_all(&mut *tx).await?;
            for (i, r) in who.iter().enumerate() {
                let token = Token::generate();
                let mail = compose(r, &token);
                sqlx::query("INSERT INTO event_registration_tokens (token_hash, registration_id, purpose, created_at) VALUES ($1, $2, 'manage', $3)")
                    .bind(&token.hash).bind(r.id).bind(now).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO outbox (kind, recipient, subject, text_body, html_body, payload, state, attempts, next_attempt_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $8)",
                )
                .bind(mail.kind.as_str()).bind(&mail.to).bind(&mail.subject).bind(&mail.text).bind(&mail.html).bind(&mail.payload)
                .bind(now + i as i64 * gap).bind(now).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO event_messages (event_id, request_key, subject, body_md, include_waiting, sent_by, recipients, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(event).bind(key).bind(d.subject).bind(d.body_md).bind(d.include_waiting).bind(by).bind(who.len() as i64).bind(now)
            .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Sent::Queued(who.len() as i64))
        }

        pub async fn history(pool: &Pool, event: i64) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
            sqlx::query_as("SELECT subject, recipients, created_at FROM event_messages WHERE event_id = $1 ORDER BY id DESC")
                .bind(event).fetch_all(pool).await
        }

        pub async fn unsubscribe(pool: &Pool, id: i64, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE event_registrations SET messages_off_at = COALESCE(messages_off_at, $2) WHERE id = $1")
                .bind(id).bind(now).execute(pool).await?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::token_hashes_in;
    use crate::secret::tokens::Token;

    #[test]
    fn link_tokens_are_found_in_an_emails_text() {
        let (a, b) = (Token::generate(), Token::generate());
        let text = format!(
            "Hello\nhttps://x.example/events/me/{}/cancel\nhttps://x.example/events/confirm/{}\n",
            a.secret, b.secret
        );
        assert_eq!(token_hashes_in(&text), [a.hash, b.hash]);
        assert!(token_hashes_in("https://x.example/events/me/").is_empty());
    }
}
