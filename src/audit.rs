//! The audit log: every admin action and export, with who, when, what and how many rows.

use serde::Serialize;

use crate::db::{now_ms, Db};
use crate::on_db;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub row_count: Option<i64>,
}

/// Records an action; returns its id so an export can add its row count when done.
pub async fn record(
    db: &Db,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<i64, sqlx::Error> {
    on_db!(db, sql, insert(actor, action, subject, detail, now_ms()))
}

pub async fn set_rows(db: &Db, id: i64, rows: i64) -> Result<(), sqlx::Error> {
    on_db!(db, sql, set_rows(id, rows))
}

pub async fn recent(db: &Db, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
    on_db!(db, sql, recent(limit))
}

crate::per_engine! {
    mod sql {
        use crate::audit::Entry;

        pub async fn insert(pool: &Pool, actor: &str, action: &str, subject: &str, detail: &str, now: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(now).bind(actor).bind(action).bind(subject).bind(detail).fetch_one(pool).await
        }

        pub async fn set_rows(pool: &Pool, id: i64, rows: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE audit_log SET row_count = $2 WHERE id = $1").bind(id).bind(rows).execute(pool).await?;
            Ok(())
        }

        pub async fn recent(pool: &Pool, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
            sqlx::query_as::<DB, Entry>(
                "SELECT id, at, actor, action, subject, detail, row_count FROM audit_log ORDER BY id DESC LIMIT $1",
            )
            .bind(limit).fetch_all(pool).await
        }
    }
}
