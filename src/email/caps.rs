//! The global per-address cap on emails the public can cause (confirmations of signatures,
//! letters and organisations, "already signed", reminders): a stranger typing someone's address
//! into every form of every petition reaches that inbox a bounded number of times a day.

use sha2::{Digest, Sha256};

use crate::config::CanonicalEmailRules;

/// Recorded on an outbox row held back by the cap (its state is "failed": never sent, never retried).
pub const OVER_CAP: &str = "not sent: over the per-address limit for emails the public can cause";

/// The stored key of an address: the SHA-256 of its canonical form (never the address itself).
pub fn recipient_key(address: &str, rules: &CanonicalEmailRules) -> String {
    key_of_canonical(&canonical(address, rules))
}

/// The canonical form of an address (the trimmed lowercase address if it does not parse).
pub fn canonical(address: &str, rules: &CanonicalEmailRules) -> String {
    crate::domain::SignerEmail::parse(address, rules)
        .map(|e| e.canonical().to_owned())
        .unwrap_or_else(|_| address.trim().to_lowercase())
}

/// The key of an address already in canonical form.
pub fn key_of_canonical(canonical: &str) -> String {
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

crate::per_engine! {
    pub mod sql {

        /// Adds `n` emails for each key (keys distinct) and returns each key's total in its current
        /// window; a window older than `window_ms` starts again at `now`.
        pub async fn add(conn: &mut <DB as sqlx::Database>::Connection, keys: &[(&str, i64)], now: i64, window_ms: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new("INSERT INTO mail_caps (recipient_key, window_start, sent) ");
            qb.push_values(keys, |mut b, (key, n)| {
                b.push_bind(*key).push_bind(now).push_bind(*n);
            });
            qb.push(" ON CONFLICT (recipient_key) DO UPDATE SET sent = CASE WHEN mail_caps.window_start <= ");
            qb.push_bind(now - window_ms);
            qb.push(" THEN excluded.sent ELSE mail_caps.sent + excluded.sent END, window_start = CASE WHEN mail_caps.window_start <= ");
            qb.push_bind(now - window_ms);
            qb.push(" THEN excluded.window_start ELSE mail_caps.window_start END RETURNING recipient_key, sent");
            qb.build_query_as().fetch_all(conn).await
        }

        /// Forgets windows that have ended.
        pub async fn purge(pool: &Pool, before: i64) -> Result<u64, sqlx::Error> {
            Ok(sqlx::query("DELETE FROM mail_caps WHERE window_start < $1").bind(before).execute(pool).await?.rows_affected())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_of_one_inbox_share_a_key() {
        let rules = crate::config::Settings::load(None).unwrap().canonical_email;
        let a = recipient_key("Jane.Doe+x@gmail.com", &rules);
        assert_eq!(a, recipient_key("janedoe@googlemail.com", &rules));
        assert_ne!(a, recipient_key("jane.doe@example.org", &rules));
    }
}
