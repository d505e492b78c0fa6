//! The suppression list: mailboxes that hard-bounced, complained, soft-bounced too often in a row,
//! or that staff added. The drainer sends them nothing, whatever the kind of email; the pages that
//! cause emails answer as before.

use serde::Serialize;

use crate::config::CanonicalEmailRules;

/// The mailbox an address reaches, as the list keys it: the address itself in lower case, except
/// on providers the canonical rules name (e.g. Gmail), which deliver dotted and `+tag` forms to one
/// mailbox. Elsewhere `a+x@` may be another mailbox, or none: its bounce must not silence `a@`.
pub fn mailbox(address: &str, rules: &CanonicalEmailRules) -> String {
    let lower = address.trim().to_lowercase();
    let Some((_, domain)) = lower.rsplit_once('@') else {
        return lower;
    };
    let domain = rules.aliases.get(domain).map_or(domain, String::as_str);
    if rules.ignore_dots.iter().any(|d| d == domain) {
        super::caps::canonical(&lower, rules)
    } else {
        lower
    }
}

crate::domain::keyword! {
    /// Why an address is suppressed.
    pub enum Reason ("suppression reason") {
        HardBounce = "hard_bounce",
        Complaint = "complaint",
        SoftBounces = "soft_bounces",
        Manual = "manual",
    }
}

crate::domain::keyword! {
    /// Where the report that suppressed an address came from.
    pub enum Source ("suppression source") {
        Mailbox = "mailbox",
        Postmark = "postmark",
        Staff = "staff",
    }
}

/// Recorded on an outbox row held back because its address is suppressed (state "failed": never
/// sent, never retried).
pub const SUPPRESSED: &str = "not sent: the address is on the suppression list";

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Suppression {
    pub address: String,
    pub reason: Reason,
    pub kind: String,
    pub source: Source,
    pub detail: String,
    pub created_at: i64,
}

crate::per_engine! {
    pub mod sql {
        use crate::email::suppress::Suppression;

        /// Those of `addresses` (canonical) that are suppressed.
        pub async fn suppressed(pool: &Pool, addresses: &[&str]) -> Result<Vec<String>, sqlx::Error> {
            if addresses.is_empty() {
                return Ok(Vec::new());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("SELECT address FROM suppressions WHERE address IN (");
            let mut list = qb.separated(", ");
            for a in addresses {
                list.push_bind(*a);
            }
            qb.push(")");
            qb.build_query_scalar().fetch_all(pool).await
        }

        /// Suppressions newest first, those whose address contains `search` (empty: all).
        pub async fn list(pool: &Pool, search: &str, limit: i64) -> Result<Vec<Suppression>, sqlx::Error> {
            // LIKE's wildcards in the search are taken literally.
            let pattern = format!(
                "%{}%",
                search.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
            );
            sqlx::query_as::<DB, Suppression>(
                "SELECT address, reason, kind, source, detail, created_at FROM suppressions \
                 WHERE address LIKE $1 ESCAPE '\\' ORDER BY created_at DESC, address LIMIT $2",
            )
            .bind(pattern).bind(limit).fetch_all(pool).await
        }

        /// Puts an address on the list (an address already there keeps its first reason).
        pub async fn add(pool: &Pool, s: &Suppression) -> Result<bool, sqlx::Error> {
            let done = sqlx::query(
                "INSERT INTO suppressions (address, reason, kind, source, detail, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (address) DO NOTHING",
            )
            .bind(&s.address).bind(s.reason.as_str()).bind(&s.kind).bind(s.source.as_str())
            .bind(&s.detail).bind(s.created_at).execute(pool).await?;
            Ok(done.rows_affected() == 1)
        }

        /// Takes an address off the list, with its count of soft bounces; true if it was there.
        pub async fn lift(pool: &Pool, address: &str) -> Result<Option<Suppression>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let gone = sqlx::query_as::<DB, Suppression>(
                "DELETE FROM suppressions WHERE address = $1 RETURNING address, reason, kind, source, detail, created_at",
            )
            .bind(address).fetch_optional(&mut *tx).await?;
            sqlx::query("DELETE FROM soft_bounces WHERE address = $1").bind(address).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(gone)
        }
    }
}
