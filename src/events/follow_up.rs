//! The follow-up after an event: `events.follow_up_after` after it ends, those who held a seat
//! get thanks, the recording when there is one and the linked campaign's page, once each, in
//! their language. Not for cancelled events, nor to registrants who unsubscribed.

use std::collections::HashMap;

use super::messages;
use super::model::Event;
use crate::config::Settings;
use crate::db::Db;
use crate::email::{Email, EmailKind};
use crate::i18n::{t, ta, Lang};
use crate::on_db;
use crate::secret::tokens::Token;

/// A seat whose follow-up may be due.
#[derive(Debug, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub recording_url: Option<String>,
}

/// Follow-ups are not sent for events that ended longer ago than this before `now`: turning the
/// feature on does not write to the registrants of every past event.
const STALE_MS: i64 = 7 * 86_400_000;

/// The follow-up's words (the event already in the registrant's language).
pub fn body(event: &Event, recording: Option<&str>, base: &str) -> String {
    let title = event.title.as_str();
    let mut lines = vec![ta("event-follow-up-thanks", "title", title)];
    if let Some(url) = recording {
        lines.extend([
            String::new(),
            t("event-follow-up-recording"),
            url.to_owned(),
        ]);
    }
    if let Some(p) = &event.petition_slug {
        lines.extend([
            String::new(),
            t("event-follow-up-petition"),
            format!("{base}/p/{p}"),
        ]);
    }
    if let Some(l) = &event.letters_slug {
        lines.extend([
            String::new(),
            t("event-follow-up-letters"),
            format!("{base}/l/{l}"),
        ]);
    }
    // Markdown: one line per paragraph line, links as written.
    lines.join("  \n")
}

/// Queues the follow-ups due at `now` (the clock is a parameter so the schedule can be tested);
/// returns how many were queued.
pub async fn send_due(db: &Db, settings: &Settings, now: i64) -> Result<u64, sqlx::Error> {
    let Some(after) = settings.events.follow_up_ms() else {
        return Ok(0);
    };
    let due = on_db!(db, sql, due(now - after, now - after - STALE_MS, 500))?;
    let mut events: HashMap<String, Option<Event>> = HashMap::new();
    let mut queued = 0;
    for d in due {
        if !events.contains_key(&d.slug) {
            let e = on_db!(db, super::model::sql, by_slug(&d.slug))?;
            events.insert(d.slug.clone(), e);
        }
        let Some(Some(event)) = events.get(&d.slug) else {
            continue;
        };
        let token = Token::generate();
        let lang = Lang::stored(&d.locale);
        let e = event.in_lang(lang);
        let mail: Email = lang.scope_sync(|| {
            messages::compose(
                EmailKind::EventFollowUp,
                settings,
                &e,
                &ta("event-follow-up-subject", "title", e.title.as_str()),
                &body(&e, d.recording_url.as_deref(), settings.base()),
                (&d.name, &d.email),
                Some(&token),
            )
        });
        // Rows are stamped with the real time: `now` only decides what is due.
        if on_db!(
            db,
            sql,
            record(d.id, &token.hash, &mail, crate::db::now_ms())
        )? {
            queued += 1;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "event follow-ups queued");
    }
    Ok(queued)
}

crate::per_engine! {
    pub mod sql {
        use crate::events::follow_up::Due;

        /// Seats at events that ended between `stale` and `ended`, not followed up yet.
        pub async fn due(pool: &Pool, ended: i64, stale: i64, limit: i64) -> Result<Vec<Due>, sqlx::Error> {
            sqlx::query_as::<DB, Due>(
                "SELECT r.id, e.slug, r.name, r.email, r.locale, e.recording_url \
                 FROM event_registrations r JOIN events e ON e.id = r.event_id \
                 WHERE r.state = 'confirmed' AND r.anonymised_at IS NULL AND r.email <> '' AND r.follow_up_at IS NULL \
                 AND r.messages_off_at IS NULL AND e.state IN ('open', 'closed') AND e.ends_at <= $1 AND e.ends_at > $2 \
                 ORDER BY r.id LIMIT $3",
            )
            .bind(ended).bind(stale).bind(limit).fetch_all(pool).await
        }

        /// Marks the follow-up done and queues it, once: another worker that got there first has
        /// set `follow_up_at`, and nothing happens here.
        pub async fn record(pool: &Pool, id: i64, hash: &str, mail: &crate::email::Email, now: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let moved = sqlx::query("UPDATE event_registrations SET follow_up_at = $2 WHERE id = $1 AND follow_up_at IS NULL AND state = 'confirmed'")
                .bind(id).bind(now).execute(&mut *tx).await?;
            if moved.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query("INSERT INTO event_registration_tokens (token_hash, registration_id, purpose, created_at) VALUES ($1, $2, 'manage', $3)")
                .bind(hash).bind(id).bind(now).execute(&mut *tx).await?;
            mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }
    }
}
