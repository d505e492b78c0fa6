//! Retention: personal data of signatures is anonymised a set time after their petition closes or
//! is delivered; the counters are separate rows and stay as they are.

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

/// Anonymises what is due; returns (signatures, emails) anonymised.
pub async fn run(db: &Db, settings: &Settings) -> Result<(u64, u64), sqlx::Error> {
    let now = now_ms();
    let cutoff = now - settings.retention.anonymise_after_days * 86_400_000;
    on_db!(db, sql, anonymise(cutoff, now))
}

crate::per_engine! {
    mod sql {
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
