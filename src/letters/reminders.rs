//! Reminders to letter writers who have not confirmed, built like the signers' (see
//! `signatures::reminders`): at most two, at the configured delays, in the writer's language, naming
//! who the letters are for. Confirming, deleting one's details or unsubscribing stops them; held-back
//! submissions no email reached (bot flags) never get one; each counts against the address's emails
//! from the campaign in the rolling window, and goes through the global per-address cap.
//!
//! A reminder carries a fresh confirmation link and the older one stops working: one live link per
//! pending letter set, as a repeat submission does.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::campaign::{self, LetterCampaign};
use super::{selfservice, store};
use crate::config::Settings;
use crate::db::Db;
use crate::email::Email;
use crate::i18n::{t, ta, Lang};
use crate::on_db;
use crate::secret::tokens::Token;

/// A writer due for their next reminder.
#[derive(Debug, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub campaign_id: i64,
    pub name: String,
    pub email: String,
    pub canonical_email: String,
    pub locale: String,
    pub reminders_sent: i64,
}

/// Queues the reminders due at `now` (a parameter, so the schedule can be tested); returns how
/// many were queued.
pub async fn send_due(db: &Db, settings: &Settings, now: i64) -> Result<u64, sqlx::Error> {
    let after: Vec<i64> = settings
        .reminders
        .letter_after_hours
        .iter()
        .take(2)
        .map(|h| now - h * 3_600_000)
        .collect();
    if after.is_empty() {
        return Ok(0);
    }
    let cap = (
        settings.signing.max_emails_per_signature,
        settings.signing.letter_emails_window_hours.max(1) * 3_600_000,
    );
    let due = on_db!(db, sql, due(&after, now, cap, 500))?;
    let mut campaigns: HashMap<i64, Option<LetterCampaign>> = HashMap::new();
    let mut queued = 0;
    for d in due {
        if let Entry::Vacant(e) = campaigns.entry(d.campaign_id) {
            e.insert(on_db!(db, campaign::sql, by_id(d.campaign_id))?);
        }
        let Some(Some(c)) = campaigns.get(&d.campaign_id) else {
            continue;
        };
        let lang = Lang::stored(&d.locale);
        let title = on_db!(db, campaign::sql, translation(c.id, lang.code()))?
            .map(|t| t.title)
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| c.title.clone());
        let targets: Vec<String> = on_db!(db, store::sql, letters_of(d.id))?
            .iter()
            .filter(|l| l.state == store::LetterState::Pending)
            .map(|l| l.target_label())
            .collect();
        if targets.is_empty() {
            continue;
        }
        let (confirm, data) = (Token::generate(), Token::generate());
        let email = lang.scope_sync(|| {
            let mail = reminder(
                settings.base(),
                &title,
                (&d.name, &d.email),
                &targets,
                &confirm,
            );
            selfservice::attach(mail, &data, lang.code())
        });
        // Rows are stamped with the real time: `now` only decides what is due.
        if on_db!(
            db,
            sql,
            queue(&d, (&confirm.hash, &data.hash), &email, crate::db::now_ms())
        )? {
            queued += 1;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "letter confirmation reminders queued");
    }
    Ok(queued)
}

/// The reminder: what the letters are for, to whom, and the live link.
fn reminder(
    base: &str,
    title: &str,
    (name, to): (&str, &str),
    targets: &[String],
    token: &Token,
) -> Email {
    let names: Vec<String> = targets.iter().map(|l| format!("  - {l}")).collect();
    let link = format!("{base}/letters/confirm/{}", token.secret);
    Email {
        kind: crate::email::EmailKind::ReminderLetter,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: ta("email-letters-reminder-subject", "title", title)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
        text: format!(
            "{hello}\n\n{intro}\n\n{names}\n\n{open}\n\n{link}\n\n{ignore}\n",
            hello = ta("email-hello", "name", name),
            intro = ta("email-letters-reminder-intro", "title", title),
            names = names.join("\n"),
            open = t("email-letters-open"),
            ignore = t("email-letters-ignore"),
        ),
        html: None,
        payload: None,
    }
}

/// Forgets confirmation emails older than the window: they no longer count.
pub async fn purge_log(db: &Db, settings: &Settings, now: i64) -> Result<u64, sqlx::Error> {
    let window = settings.signing.letter_emails_window_hours.max(1) * 3_600_000;
    on_db!(db, sql, purge_log(now - window))
}

crate::per_engine! {
    pub mod sql {
        use crate::letters::reminders::Due;

        /// Pending writers whose next reminder is due: `after[k]` is the latest submission time for
        /// reminder k+1. Rate-flagged ones were emailed and are reminded; bot-flagged ones not.
        pub async fn due(
            pool: &Pool, after: &[i64], now: i64, (max, window_ms): (i64, i64), limit: i64,
        ) -> Result<Vec<Due>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT s.id, s.campaign_id, s.name, s.email, s.canonical_email, s.locale, s.reminders_sent \
                 FROM letter_supporters s JOIN letter_campaigns c ON c.id = s.campaign_id \
                 WHERE s.state = 'pending' AND s.email <> '' AND c.state = 'open' \
                 AND (s.flag IS NULL OR s.flag IN ('ip_rate', 'domain_rate')) \
                 AND NOT EXISTS (SELECT 1 FROM letter_supporters u WHERE u.campaign_id = s.campaign_id \
                  AND u.canonical_email = s.canonical_email AND u.unsubscribed_at IS NOT NULL) \
                 AND (SELECT COUNT(*) FROM letter_email_log g WHERE g.campaign_id = s.campaign_id \
                  AND g.canonical_email = s.canonical_email AND g.sent_at > ",
            );
            qb.push_bind(now - window_ms).push(") < ").push_bind(max).push(" AND (");
            for (k, cutoff) in after.iter().enumerate() {
                if k > 0 {
                    qb.push(" OR ");
                }
                qb.push("(s.reminders_sent = ").push_bind(k as i64).push(" AND s.created_at <= ").push_bind(*cutoff).push(")");
            }
            qb.push(") ORDER BY s.id LIMIT ").push_bind(limit);
            qb.build_query_as().fetch_all(pool).await
        }

        /// Records the reminder, replaces the confirmation link and queues the email, once: another
        /// worker that got there first has moved `reminders_sent` on, and then nothing happens.
        pub async fn queue(
            pool: &Pool, d: &Due, (confirm_hash, data_hash): (&str, &str), email: &crate::email::Email, now: i64,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let moved = sqlx::query(
                "UPDATE letter_supporters SET reminders_sent = reminders_sent + 1, emails_sent = emails_sent + 1 \
                 WHERE id = $1 AND reminders_sent = $2 AND state = 'pending'",
            )
            .bind(d.id).bind(d.reminders_sent).execute(&mut *tx).await?;
            if moved.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query("DELETE FROM letter_tokens WHERE supporter_id = $1").bind(d.id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(confirm_hash).bind(d.id).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(data_hash).bind(d.id).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_email_log (campaign_id, canonical_email, sent_at) VALUES ($1, $2, $3)")
                .bind(d.campaign_id).bind(&d.canonical_email).bind(now).execute(&mut *tx).await?;
            email.insert_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }

        pub async fn purge_log(pool: &Pool, before: i64) -> Result<u64, sqlx::Error> {
            Ok(sqlx::query("DELETE FROM letter_email_log WHERE sent_at < $1").bind(before).execute(pool).await?.rows_affected())
        }
    }
}
