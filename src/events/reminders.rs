//! Reminders before an event starts, to those holding a seat: each configured one at most once,
//! in the registrant's language and time zone, with the joining link. Someone who registered
//! after a reminder's moment does not get that one (their "you're registered" email was later).

use std::collections::HashMap;

use super::emails::{self, Kind};
use super::model::Event;
use crate::config::Settings;
use crate::db::Db;
use crate::i18n::Lang;
use crate::on_db;
use crate::secret::tokens::Token;

/// A seat whose next reminder may be due.
#[derive(Debug, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub slug: String,
    pub starts_at: i64,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub time_zone: String,
    pub confirmed_at: Option<i64>,
    pub reminders_sent: i64,
}

/// Queues the reminders due at `now` (the clock is a parameter so the schedule can be tested);
/// returns how many were queued.
pub async fn send_due(db: &Db, settings: &Settings, now: i64) -> Result<u64, sqlx::Error> {
    let mut hours: Vec<i64> = settings.reminders.event_before_hours.clone();
    hours.retain(|h| *h > 0);
    hours.sort_unstable_by(|a, b| b.cmp(a));
    hours.dedup();
    let Some(&earliest) = hours.first() else {
        return Ok(0);
    };
    let due = on_db!(
        db,
        sql,
        due(now, earliest * 3_600_000, hours.len() as i64, 500)
    )?;
    let mut events: HashMap<String, Option<Event>> = HashMap::new();
    let mut queued = 0;
    for d in due {
        // How many reminders' moments have passed: the newest of them is the one to send.
        let level = hours
            .iter()
            .filter(|h| d.starts_at - *h * 3_600_000 <= now)
            .count() as i64;
        if level <= d.reminders_sent {
            continue;
        }
        let moment = d.starts_at - hours[level as usize - 1] * 3_600_000;
        let send = d.confirmed_at.is_some_and(|c| c <= moment);
        if !events.contains_key(&d.slug) {
            let e = on_db!(db, super::model::sql, by_slug(&d.slug))?;
            events.insert(d.slug.clone(), e);
        }
        let Some(Some(event)) = events.get(&d.slug) else {
            continue;
        };
        let manage = Token::generate();
        let email = send.then(|| {
            let person = emails::Person {
                name: d.name.clone(),
                email: d.email.clone(),
                locale: d.locale.clone(),
                time_zone: d.time_zone.clone(),
            };
            let e = event.in_lang(Lang::stored(&d.locale));
            emails::compose(
                Kind::Reminder,
                &e,
                &person,
                settings,
                &emails::Links::new(settings.base(), None, &manage),
            )
        });
        // Rows are stamped with the real time: `now` only decides what is due.
        let done = on_db!(
            db,
            sql,
            record(&d, level, &manage.hash, email.as_ref(), crate::db::now_ms())
        )?;
        if done && send {
            queued += 1;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "event reminders queued");
    }
    Ok(queued)
}

crate::per_engine! {
    pub mod sql {
        use crate::events::reminders::Due;

        /// Seats at events starting within `window_ms` of `now` with reminders left to send.
        pub async fn due(pool: &Pool, now: i64, window_ms: i64, reminders: i64, limit: i64) -> Result<Vec<Due>, sqlx::Error> {
            sqlx::query_as::<DB, Due>(
                "SELECT r.id, e.slug, e.starts_at, r.name, r.email, r.locale, r.time_zone, r.confirmed_at, r.reminders_sent \
                 FROM event_registrations r JOIN events e ON e.id = r.event_id \
                 WHERE r.state = 'confirmed' AND r.anonymised_at IS NULL AND r.reminders_sent < $3 \
                 AND e.state IN ('open', 'closed') AND e.starts_at > $1 AND e.starts_at <= $1 + $2 \
                 ORDER BY r.id LIMIT $4",
            )
            .bind(now).bind(window_ms).bind(reminders).bind(limit).fetch_all(pool).await
        }

        /// Records that reminders up to `level` are done and queues the email, once: another
        /// worker that got there first has moved `reminders_sent` on, and nothing happens here.
        pub async fn record(
            pool: &Pool, d: &Due, level: i64, manage_hash: &str, email: Option<&crate::email::Email>, now: i64,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let moved = sqlx::query(
                "UPDATE event_registrations SET reminders_sent = $3, emails_sent = emails_sent + $4 \
                 WHERE id = $1 AND reminders_sent = $2 AND state = 'confirmed'",
            )
            .bind(d.id).bind(d.reminders_sent).bind(level).bind(i64::from(email.is_some())).execute(&mut *tx).await?;
            if moved.rows_affected() != 1 {
                return Ok(false);
            }
            if let Some(email) = email {
                sqlx::query("INSERT INTO event_registration_tokens (token_hash, registration_id, purpose, created_at) VALUES ($1, $2, 'manage', $3)")
                    .bind(manage_hash).bind(d.id).bind(now).execute(&mut *tx).await?;
                email.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        }
    }
}
