//! The one seam where SQLite and PostgreSQL differ.
//!
//! Queries are written once inside [`per_engine!`], which stamps the same module out for each engine
//! with concrete types (`DB`, `Pool`, `PG`), so no code above this layer knows which engine it runs on.

pub mod batcher;

use std::str::FromStr;
use std::time::Duration;

use secrecy::ExposeSecret;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, PgPool, SqlitePool};

use crate::config::Settings;

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Writes a module once for both engines: `$name::sqlite` and `$name::postgres`.
/// Inside, `DB` is the sqlx database type, `Pool` its pool, and `PG` tells the two apart where the
/// SQL must differ (row locking, upsert syntax is shared).
#[macro_export]
macro_rules! per_engine {
    ($vis:vis mod $name:ident { $($body:tt)* }) => {
        // `$` handed on as a token, so the inner `same_engine!` can have metavariables of its own.
        $crate::per_engine!(@with ($) $vis mod $name { $($body)* });
    };
    (@with ($d:tt) $vis:vis mod $name:ident { $($body:tt)* }) => {
        $vis mod $name {
            #[allow(dead_code, unused_imports)]
            pub mod sqlite {
                use super::super::*;
                pub type DB = sqlx::Sqlite;
                pub type Pool = sqlx::SqlitePool;
                pub const PG: bool = false;
                /// Takes the write lock at once: a transaction that reads before it writes would
                /// otherwise fail with "database is locked" when another writer got in between.
                pub const BEGIN: &str = "BEGIN IMMEDIATE";
                /// The same engine's function of another per-engine module, to call inside one
                /// transaction: `same_engine!(path::to::sql, function)(conn, …)`.
                #[allow(unused_macros)]
                macro_rules! same_engine {
                    ($d($d m:ident)::+, $d f:ident) => { $d($d m)::+::sqlite::$d f };
                }
                $($body)*
            }
            #[allow(dead_code, unused_imports)]
            pub mod postgres {
                use super::super::*;
                pub type DB = sqlx::Postgres;
                pub type Pool = sqlx::PgPool;
                pub const PG: bool = true;
                pub const BEGIN: &str = "BEGIN";
                /// The same engine's function of another per-engine module, to call inside one
                /// transaction: `same_engine!(path::to::sql, function)(conn, …)`.
                #[allow(unused_macros)]
                macro_rules! same_engine {
                    ($d($d m:ident)::+, $d f:ident) => { $d($d m)::+::postgres::$d f };
                }
                $($body)*
            }
        }
    };
}

/// Calls `$module::<engine>::$func(pool, args…)` on whichever engine `$db` is.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $($module:ident)::+ , $func:ident ( $($arg:expr),* $(,)? )) => {{
        use ::tracing::Instrument as _;
        // Named by the query function only: arguments may be personal data.
        let span = ::tracing::debug_span!(
            "query",
            name = concat!(stringify!($($module)::+), "::", stringify!($func))
        );
        match $db {
            $crate::db::Db::Sqlite(pool) => {
                $($module)::+::sqlite::$func(pool, $($arg),*).instrument(span).await
            }
            $crate::db::Db::Postgres(pool) => {
                $($module)::+::postgres::$func(pool, $($arg),*).instrument(span).await
            }
        }
    }};
}

/// The page cache of each SQLite writer connection (KiB).
const WRITER_CACHE_KIB: i64 = 32 * 1024;

/// A PostgreSQL connection idle this long is pinged before it is handed out.
const PING_AFTER_IDLE: Duration = Duration::from_secs(1);

impl Db {
    pub async fn connect(settings: &Settings) -> anyhow::Result<Self> {
        Self::open(settings, settings.database.max_connections, false).await
    }

    /// The group-commit writers' own pool, one connection each. Each batch size is a different
    /// multi-row statement and every connection caches the statements it ran, so spreading
    /// batches over the whole pool multiplied that memory by its size. On SQLite the writers get
    /// a larger page cache: with the default 2 MB, inserts read B-tree pages back from the file.
    pub async fn connect_writers(settings: &Settings) -> anyhow::Result<Self> {
        Self::open(settings, 2, true).await
    }

    async fn open(settings: &Settings, size: u32, writers: bool) -> anyhow::Result<Self> {
        let url = settings.database_url.expose_secret();
        let s = &settings.database;
        let acquire = Duration::from_millis(s.acquire_timeout_ms);
        if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_millis(s.busy_timeout_ms));
            let opts = match writers.then_some(WRITER_CACHE_KIB) {
                // Statement journals in memory, not in temporary files; checkpoints less often,
                // so a page that many batches change is copied back to the database once.
                Some(kib) => opts
                    .pragma("cache_size", format!("-{kib}"))
                    .pragma("temp_store", "memory")
                    // No checkpoint inside a writer's commit (a batch would wait for it): the
                    // background checkpointer (`spawn_checkpointer`) copies the WAL back instead.
                    .pragma("wal_autocheckpoint", "0"),
                None => opts,
            };
            let pool = SqlitePoolOptions::new()
                // A connection to a local file does not go stale; the check was one more round
                // trip to the connection's thread for every acquire (each request, each batch).
                .test_before_acquire(false)
                .max_connections(size)
                .acquire_timeout(acquire)
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            let mut opts = PgPoolOptions::new()
                .max_connections(size)
                .acquire_timeout(acquire);
            // sqlx pings every connection on every acquire by default: a round trip that each
            // query waits for (sqlx pings again on release, off the request's path). Readers
            // check only a connection idle long enough for the server or a proxy to have dropped
            // it; one that breaks in use fails its query (`is_unavailable`) and is closed. The
            // writers keep the check: one ping per batch, next to its commit, spares a whole
            // batch of signers a 503 after a database restart.
            if !writers {
                opts = opts
                    .test_before_acquire(false)
                    .before_acquire(|conn, meta| {
                        Box::pin(async move {
                            if meta.idle_for >= PING_AFTER_IDLE {
                                conn.ping().await?;
                            }
                            Ok(true)
                        })
                    });
            }
            let pool = opts.connect(url).await?;
            Ok(Db::Postgres(pool))
        }
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(p) => sqlx::migrate!("migrations/sqlite").run(p).await?,
            Db::Postgres(p) => sqlx::migrate!("migrations/postgres").run(p).await?,
        }
        Ok(())
    }

    /// On SQLite, copies the WAL back into the database file every `every` from a connection of
    /// this pool, PASSIVE (never blocking a writer or reader), so the writers' commits never run
    /// a checkpoint themselves and the WAL stays bounded. Stops when the pool is closed. Nothing
    /// to do on PostgreSQL, which checkpoints on its own.
    pub fn spawn_checkpointer(&self, every: Duration) {
        let Db::Sqlite(pool) = self else { return };
        let pool = pool.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .execute(&pool)
                    .await
                {
                    Ok(_) => {}
                    Err(sqlx::Error::PoolClosed) => return,
                    Err(e) => tracing::warn!(error = %e, "WAL checkpoint failed"),
                }
                if pool.is_closed() {
                    return;
                }
            }
        });
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        let q = "SELECT 1";
        let res = match self {
            Db::Sqlite(p) => sqlx::query(q).execute(p).await.map(|_| ()),
            Db::Postgres(p) => sqlx::query(q).execute(p).await.map(|_| ()),
        };
        res.is_ok()
    }

    pub fn engine(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}

/// A multi-row statement's rows padded with `None` up to the next power of two. Each row count is
/// a statement of its own, prepared on first use and kept in the connection's statement cache;
/// batch sizes vary with the load, so unpadded they were prepared anew at nearly every batch.
/// Padded, there are a handful of shapes; the padding rows are filtered out in the statement
/// (`SELECT * FROM (VALUES …) AS v WHERE column1 IS NOT NULL`).
pub fn padded<T: Copy>(rows: &[T]) -> impl Iterator<Item = Option<T>> + '_ {
    let pad = rows.len().next_power_of_two() - rows.len();
    rows.iter()
        .copied()
        .map(Some)
        .chain(std::iter::repeat_n(None, pad))
}

/// Milliseconds since the Unix epoch: every timestamp column holds this.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Whether an error is a unique-constraint violation (on either engine).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

/// Whether an error means the database cannot be reached, is going away or is too busy, so the
/// caller should be told to retry, not that the request or the code is wrong: a pool timeout, a
/// broken connection, PostgreSQL ending the session (connection exceptions, class 08, which
/// includes the errors a pooler such as PgBouncer reports as 08P01; shutdown or restart,
/// 57P01-57P03; too many connections, 53300), or SQLite still finding the database locked after
/// its busy timeout (SQLITE_BUSY, SQLITE_LOCKED and their extended codes: with `BEGIN IMMEDIATE`
/// that is the whole database, never one row). A statement timeout (57014) is not here: it may be
/// one row's lock wait, and a batch that meets it is better written again row by row.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(e) => {
            let Some(code) = e.code() else { return false };
            if e.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                // Extended result codes carry the primary code in their low byte.
                return code.parse::<i32>().is_ok_and(|c| matches!(c & 0xff, 5 | 6));
            }
            code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03" | "53300")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn padding_leaves_a_few_shapes() {
        let shapes: std::collections::BTreeSet<usize> = (1..=256)
            .map(|n| {
                let rows: Vec<usize> = (0..n).collect();
                let padded: Vec<Option<usize>> = super::padded(&rows).collect();
                // The rows first and in order, then only padding.
                assert!(padded
                    .iter()
                    .take(n)
                    .copied()
                    .eq(rows.iter().copied().map(Some)));
                assert!(padded[n..].iter().all(Option::is_none));
                padded.len()
            })
            .collect();
        assert_eq!(
            shapes.into_iter().collect::<Vec<_>>(),
            [1, 2, 4, 8, 16, 32, 64, 128, 256]
        );
    }
}
