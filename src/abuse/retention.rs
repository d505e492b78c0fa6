//! Retention: personal data of signatures is anonymised a set time after their petition closes or
//! is delivered; the counters are separate rows and stay as they are. Letters and organisation
//! sign-ons follow the same rules: never confirmed, deleted after the pending period; otherwise
//! anonymised once their campaign or petition has been closed for the retention period.

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

/// Anonymises what is due; returns (signatures, emails) anonymised.
pub async fn run(db: &Db, settings: &Settings) -> Result<(u64, u64), sqlx::Error> {
    let now = now_ms();
    let cutoff = now - settings.retention.anonymise_after_days * 86_400_000;
    on_db!(db, sql, anonymise(cutoff, now))
}

/// What the letters and organisations run removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Others {
    /// Unconfirmed letter supporters and organisation sign-ons deleted.
    pub deleted: u64,
    /// Letter supporters and organisation contacts anonymised.
    pub anonymised: u64,
}

/// Deletes unconfirmed letters and organisation sign-ons past the pending period (like pending
/// signatures) and anonymises those of campaigns and petitions closed past the retention period.
pub async fn run_others(db: &Db, settings: &Settings) -> Result<Others, sqlx::Error> {
    let now = now_ms();
    let pending = now - settings.signing.pending_retention_days * 86_400_000;
    let closed = now - settings.retention.anonymise_after_days * 86_400_000;
    on_db!(db, sql, others(pending, closed))
}

crate::per_engine! {
    mod sql {
        use crate::abuse::retention::Others;

        pub async fn others(pool: &Pool, pending: i64, closed: i64) -> Result<Others, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let stale = "SELECT id FROM letter_supporters WHERE state = 'pending' AND created_at < $1";
            sqlx::query(&format!("DELETE FROM letters WHERE state = 'pending' AND supporter_id IN ({stale})"))
                .bind(pending).execute(&mut *tx).await?;
            sqlx::query(&format!("DELETE FROM letter_tokens WHERE supporter_id IN ({stale})"))
                .bind(pending).execute(&mut *tx).await?;
            let supporters = sqlx::query(
                "DELETE FROM letter_supporters WHERE state = 'pending' AND created_at < $1 \
                 AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.supporter_id = letter_supporters.id)",
            )
            .bind(pending).execute(&mut *tx).await?;
            let orgs = sqlx::query("DELETE FROM organisation_signatures WHERE state = 'pending' AND created_at < $1")
                .bind(pending).execute(&mut *tx).await?;

            let campaigns = "SELECT id FROM letter_campaigns WHERE state = 'closed' AND updated_at < $1";
            sqlx::query(&format!(
                "UPDATE letters SET body = '', canonical_email = 'anonymised-' || id \
                 WHERE body <> '' AND campaign_id IN ({campaigns})"
            ))
            .bind(closed).execute(&mut *tx).await?;
            sqlx::query(&format!(
                "DELETE FROM letter_tokens WHERE supporter_id IN (SELECT id FROM letter_supporters WHERE campaign_id IN ({campaigns}))"
            ))
            .bind(closed).execute(&mut *tx).await?;
            sqlx::query(&format!(
                "DELETE FROM letter_data_tokens WHERE supporter_id IN (SELECT id FROM letter_supporters WHERE campaign_id IN ({campaigns}))"
            ))
            .bind(closed).execute(&mut *tx).await?;
            let letters = sqlx::query(&format!(
                "UPDATE letter_supporters SET name = '', email = '', canonical_email = 'anonymised-' || id, address = '', \
                 city = '', postcode = '', personal_message = '', prefix = '', phone = '', ip_hash = NULL, ip_prefix = NULL \
                 WHERE email <> '' AND campaign_id IN ({campaigns})"
            ))
            .bind(closed).execute(&mut *tx).await?;
            // The organisation's name, country and website were public; its contact was not.
            let contacts = sqlx::query(
                "UPDATE organisation_signatures SET contact_name = '', contact_email = '', canonical_email = 'anonymised-' || id, \
                 ip_hash = NULL, ip_prefix = NULL WHERE contact_email <> '' AND petition_id IN (SELECT id FROM petitions \
                 WHERE state IN ('closed', 'delivered', 'archived') AND COALESCE(closes_at, updated_at) < $1)",
            )
            .bind(closed).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Others {
                deleted: supporters.rows_affected() + orgs.rows_affected(),
                anonymised: letters.rows_affected() + contacts.rows_affected(),
            })
        }

        pub async fn anonymise(pool: &Pool, cutoff: i64, now: i64) -> Result<(u64, u64), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let sigs = sqlx::query(
                "UPDATE signatures SET name = '', email = '', canonical_email = 'anonymised-' || id, postcode = NULL, \
                 comment = NULL, ip_hash = NULL, ip_prefix = NULL, show_name = FALSE, anonymised_at = $2 \
                 WHERE anonymised_at IS NULL AND petition_id IN (SELECT id FROM petitions WHERE \
                 state IN ('closed', 'delivered', 'archived') AND COALESCE(closes_at, updated_at) < $1)",
            )
            .bind(cutoff).bind(now).execute(&mut *tx).await?;
            // Sent and failed emails keep no addresses or contents past the same period.
            let mails = sqlx::query(
                "UPDATE outbox SET recipient = '', from_name = NULL, reply_to = NULL, subject = '', text_body = '', \
                 html_body = NULL, payload = NULL WHERE state IN ('sent', 'failed') AND created_at < $1 AND recipient <> ''",
            )
            .bind(cutoff).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok((sigs.rows_affected(), mails.rows_affected()))
        }
    }
}
