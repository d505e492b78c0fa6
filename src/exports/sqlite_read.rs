//! The signature export on SQLite, read on a blocking thread through its own read-only
//! connection: each row is read in place from SQLite's buffers and written straight into the
//! CSV. Through sqlx every value was copied and every row handed from its worker thread to the
//! runtime, which cost more than the query itself (perf: locks, wake-ups and allocation).

use std::path::PathBuf;

use axum::body::Bytes;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, Row};
use tokio::sync::mpsc;

use super::{CsvChunker, ExportRow, Param};
use crate::db::Db;

/// The database file behind a SQLite pool; None for PostgreSQL and in-memory databases (another
/// connection would not see their rows), which take the sqlx path.
pub(super) fn file_of(db: &Db) -> Option<PathBuf> {
    let Db::Sqlite(pool) = db else { return None };
    let path = pool.connect_options().get_filename().to_owned();
    path.is_file().then_some(path)
}

/// Streams the CSV of `query` in chunks of about 64 KiB; returns the number of data rows. The
/// bounded channel makes a slow reader slow the query, so memory stays flat.
pub(super) async fn stream(
    file: PathBuf,
    query: String,
    params: Vec<Param>,
    out: mpsc::Sender<Bytes>,
) -> Result<i64, sqlx::Error> {
    // The pool used to bound how many exports read at once; each now holds a blocking thread and
    // a read snapshot for as long as its client reads, so they take a permit instead.
    static EXPORTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);
    let _permit = EXPORTS
        .acquire()
        .await
        .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    tokio::task::spawn_blocking(move || read(&file, &query, &params, &out))
        .await
        .map_err(|e| sqlx::Error::Protocol(e.to_string()))?
        .map_err(|e| sqlx::Error::Io(std::io::Error::other(e)))
}

fn read(
    file: &std::path::Path,
    query: &str,
    params: &[Param],
    out: &mpsc::Sender<Bytes>,
) -> rusqlite::Result<i64> {
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mut stmt = conn.prepare(query)?;
    for (i, p) in params.iter().enumerate() {
        match p {
            Param::Int(n) => stmt.raw_bind_parameter(i + 1, n)?,
            Param::Text(t) => stmt.raw_bind_parameter(i + 1, t)?,
        }
    }
    // One statement is one read transaction: the file is a snapshot, whatever is written meanwhile.
    let mut rows = stmt.raw_query();
    let mut csv = CsvChunker::new();
    while let Some(row) = rows.next()? {
        csv.push(&decode(row)?);
        // A narrow filter may read many rows per chunk: notice a reader gone between chunks too.
        if csv.rows % 4096 == 0 && out.is_closed() {
            return Ok(csv.rows);
        }
        if let Some(chunk) = csv.take(false) {
            if out.blocking_send(chunk).is_err() {
                return Ok(csv.rows);
            }
        }
    }
    if let Some(chunk) = csv.take(true) {
        let _ = out.blocking_send(chunk);
    }
    Ok(csv.rows)
}

/// Columns by position, in the order of the SELECT.
fn decode<'a>(r: &'a Row<'_>) -> rusqlite::Result<ExportRow<'a>> {
    Ok(ExportRow {
        id: r.get(0)?,
        name: text(r, 1)?,
        email: text(r, 2)?,
        country: text(r, 3)?,
        postcode: maybe_text(r, 4)?,
        comment: maybe_text(r, 5)?,
        newsletter: r.get(6)?,
        state: text(r, 7)?,
        source: maybe_text(r, 8)?,
        consent_version: r.get(9)?,
        created_at: r.get(10)?,
        confirmed_at: r.get(11)?,
        flag: maybe_text(r, 12)?,
        suppressed: maybe_text(r, 13)?,
    })
}

fn text<'a>(r: &'a Row<'_>, i: usize) -> rusqlite::Result<&'a str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn maybe_text<'a>(r: &'a Row<'_>, i: usize) -> rusqlite::Result<Option<&'a str>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => text(r, i).map(Some),
    }
}
