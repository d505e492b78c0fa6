//! Sign-in throttling in fixed windows, per account and per client address. An attempt is counted
//! BEFORE the password (or code) is checked, in one atomic statement per key, so guesses sent in
//! parallel cannot all slip under the limit; a success then gives its attempt back.

use crate::db::{now_ms, Db};
use crate::http::AppError;
use crate::on_db;

/// Counts one attempt under each `(key, limit)`. False when any key is now over its limit: the
/// caller must refuse without checking anything.
pub async fn reserve(db: &Db, window_minutes: i64, keys: &[(&str, i64)]) -> Result<bool, AppError> {
    let now = now_ms();
    let window_start = now - window_minutes * 60_000;
    for (key, limit) in keys {
        // Keys carry what the client typed: bounded, so a request cannot store kilobytes.
        let key = bounded(key);
        let n = on_db!(db, sql, count_attempt(key, now, window_start))?;
        if n > *limit {
            // Refused: later keys (the account's) are not written at all.
            return Ok(false);
        }
    }
    Ok(true)
}

/// At most 300 bytes of a key (an email address has at most 254), cut on a character boundary.
fn bounded(key: &str) -> &str {
    let mut end = key.len().min(300);
    while !key.is_char_boundary(end) {
        end -= 1;
    }
    &key[..end]
}

/// Forgets windows that ended (the worker calls this with the oldest start still in use).
pub async fn purge(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    on_db!(db, sql, purge(before))
}

/// Forgets an account's (or code step's) failures after a success.
pub async fn clear(db: &Db, key: &str) -> Result<(), AppError> {
    Ok(on_db!(db, sql, clear(bounded(key)))?)
}

/// Gives back one reserved attempt (a client address's, after a success).
pub async fn release(db: &Db, key: &str) -> Result<(), AppError> {
    Ok(on_db!(db, sql, release(bounded(key)))?)
}

crate::per_engine! {
    mod sql {
        /// Adds one to the key's count in the current window (starting a new window when the old
        /// one ended) and returns the new count, atomically on both engines.
        pub async fn count_attempt(pool: &Pool, key: &str, now: i64, window_start: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar(
                "INSERT INTO login_throttle (key, failures, window_start) VALUES ($1, 1, $2) \
                 ON CONFLICT (key) DO UPDATE SET \
                 failures = CASE WHEN login_throttle.window_start >= $3 THEN login_throttle.failures + 1 ELSE 1 END, \
                 window_start = CASE WHEN login_throttle.window_start >= $3 THEN login_throttle.window_start ELSE $2 END \
                 RETURNING failures",
            )
            .bind(key).bind(now).bind(window_start).fetch_one(pool).await
        }

        pub async fn purge(pool: &Pool, before: i64) -> Result<u64, sqlx::Error> {
            Ok(sqlx::query("DELETE FROM login_throttle WHERE window_start < $1").bind(before).execute(pool).await?.rows_affected())
        }

        pub async fn clear(pool: &Pool, key: &str) -> Result<(), sqlx::Error> {
            sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(key).execute(pool).await?;
            Ok(())
        }

        pub async fn release(pool: &Pool, key: &str) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE login_throttle SET failures = failures - 1 WHERE key = $1 AND failures > 0")
                .bind(key).execute(pool).await?;
            Ok(())
        }
    }
}
