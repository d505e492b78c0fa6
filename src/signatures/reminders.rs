//! Reminders to signers who have not confirmed: many never click the first email, and a signature
//! counts only once confirmed. At most two, at the configured delays, in the signer's language;
//! confirming, withdrawing or unsubscribing stops them, and bot-flagged signatures (whose address
//! may not be the signer's) never get one. Each goes through the per-address cap like any email
//! the public causes.

use std::collections::HashMap;
use std::sync::Arc;

use super::emails::SignatureMail;
use crate::config::Settings;
use crate::db::Db;
use crate::i18n::Lang;
use crate::on_db;
use crate::petitions::Petition;

/// A signature due for its next reminder.
#[derive(Debug, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub reminders_sent: i64,
    pub link_gen: i64,
}

/// Queues the reminders due at `now` (the clock is a parameter so the schedule can be tested);
/// returns how many were queued.
pub async fn send_due(db: &Db, settings: &Settings, now: i64) -> Result<u64, sqlx::Error> {
    let after: Vec<i64> = settings
        .reminders
        .signature_after_hours
        .iter()
        .take(2)
        .map(|h| now - h * 3_600_000)
        .collect();
    if after.is_empty() {
        return Ok(0);
    }
    let max = settings.signing.max_emails_per_signature;
    let due = on_db!(db, sql, due(&after, now, max, 500))?;
    let mut petitions: HashMap<String, Option<Arc<Petition>>> = HashMap::new();
    let mut queued = 0;
    for d in due {
        if !petitions.contains_key(&d.slug) {
            let p = on_db!(db, crate::petitions::sql, by_slug(&d.slug))?.map(Arc::new);
            petitions.insert(d.slug.clone(), p);
        }
        let Some(Some(p)) = petitions.get(&d.slug) else {
            continue;
        };
        let lang = Lang::stored(&d.locale);
        let mut mail = SignatureMail::new(&p.in_lang(lang), &d.name);
        mail.lang = lang.code().to_owned();
        // The same links as the first email: they are derived, not issued.
        let email = mail.reminder(&d.email, d.id, d.link_gen);
        // Rows are stamped with the real time: `now` only decides what is due.
        if on_db!(db, sql, queue(&d, &email, crate::db::now_ms()))? {
            queued += 1;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "confirmation reminders queued");
    }
    Ok(queued)
}

crate::per_engine! {
    pub mod sql {
        use crate::signatures::reminders::Due;

        /// Unconfirmed signatures whose next reminder is due: `after[k]` is the latest signing time
        /// for reminder k+1. Rate-flagged ones were emailed and are reminded; bot-flagged ones not.
        pub async fn due(pool: &Pool, after: &[i64], now: i64, max_emails: i64, limit: i64) -> Result<Vec<Due>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT s.id, p.slug, s.name, s.email, s.locale, s.reminders_sent, s.link_gen FROM signatures s \
                 JOIN petitions p ON p.id = s.petition_id WHERE s.state = 'pending' AND s.confirmed_at IS NULL \
                 AND (s.flag IS NULL OR s.flag IN ('ip_rate', 'domain_rate')) AND s.email <> '' AND s.anonymised_at IS NULL \
                 AND p.state = 'open' AND (p.closes_at IS NULL OR p.closes_at > ",
            );
            // Reminders count against the emails one signature may ever cause.
            qb.push_bind(now).push(") AND s.emails_sent < ").push_bind(max_emails).push(" AND (");
            for (k, cutoff) in after.iter().enumerate() {
                if k > 0 {
                    qb.push(" OR ");
                }
                qb.push("(s.reminders_sent = ").push_bind(k as i64).push(" AND s.created_at <= ").push_bind(*cutoff).push(")");
            }
            qb.push(") ORDER BY s.id LIMIT ").push_bind(limit);
            qb.build_query_as().fetch_all(pool).await
        }

        /// Records the reminder and queues its email, once: another worker that got there first
        /// has moved `reminders_sent` on, and then nothing happens here.
        pub async fn queue(
            pool: &Pool, d: &Due, email: &crate::email::Email, now: i64,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let moved = sqlx::query(
                "UPDATE signatures SET reminders_sent = reminders_sent + 1, emails_sent = emails_sent + 1 \
                 WHERE id = $1 AND reminders_sent = $2 AND state = 'pending' AND link_gen = $3",
            )
            .bind(d.id).bind(d.reminders_sent).bind(d.link_gen).execute(&mut *tx).await?;
            if moved.rows_affected() != 1 {
                return Ok(false);
            }
            email.insert_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }
    }
}
