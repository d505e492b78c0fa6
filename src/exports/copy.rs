//! The signature export on PostgreSQL: the server writes the CSV itself (`COPY … TO STDOUT`), each
//! cell already in its exported form (formula cells neutralised, times in UTC to the second), so
//! Chorus only passes bytes on instead of decoding and re-encoding every row. The output is the
//! same as the row-by-row writer's: CRLF line ends, cells quoted only when they must be.

use bytes::{Bytes, BytesMut};
use futures_util::TryStreamExt;
use sqlx::postgres::PgPoolCopyExt;
use tokio::sync::mpsc;

use super::{ParsedFilter, HEADER};

/// A cell as `neutralise` writes it, and NULL for an empty one (COPY writes an empty string as
/// `""` but NULL as nothing, which is what the row-by-row writer gives).
fn cell(expr: &str) -> String {
    format!(
        "NULLIF(CASE WHEN left({expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') \
         THEN '''' || {expr} ELSE {expr} END, '')"
    )
}

fn utc(expr: &str) -> String {
    format!(
        "to_char(to_timestamp({expr} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    )
}

/// A SQL string literal. The filter's values are already checked words and codes; quoting them
/// anyway keeps the statement safe whatever they hold (COPY takes no bind parameters).
fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn statement(petition: i64, f: &ParsedFilter) -> String {
    let mut sql = format!(
        "COPY (SELECT id, {name}, {email}, NULLIF(country, ''), {postcode}, {comment}, \
         CASE WHEN newsletter THEN 'yes' ELSE 'no' END, \
         CASE WHEN state = 'pending' AND flag IS NOT NULL THEN 'held_back' ELSE state END, \
         {source}, consent_version, {signed}, {confirmed}, \
         NULLIF((SELECT reason FROM suppressions WHERE address = signatures.canonical_email), ''), \
         NULLIF(flag, '') FROM signatures WHERE petition_id = {petition}",
        name = cell("name"),
        email = cell("email"),
        postcode = cell("postcode"),
        comment = cell("comment"),
        source = cell("source"),
        signed = utc("created_at"),
        confirmed = utc("confirmed_at"),
    );
    match f.state.as_deref() {
        Some("held_back") => sql.push_str(" AND state = 'pending' AND flag IS NOT NULL"),
        Some("pending") => sql.push_str(" AND state = 'pending' AND flag IS NULL"),
        Some(state) => sql.push_str(&format!(" AND state = {}", literal(state))),
        None => {}
    }
    if let Some(country) = &f.country {
        sql.push_str(&format!(" AND country = {}", literal(country)));
    }
    if f.from_ms != i64::MIN {
        sql.push_str(&format!(" AND created_at >= {}", f.from_ms));
    }
    if f.to_ms != i64::MAX {
        sql.push_str(&format!(" AND created_at <= {}", f.to_ms));
    }
    if f.newsletter_only {
        sql.push_str(" AND newsletter");
    }
    if let Some(as_of) = f.as_of {
        sql.push_str(&format!(" AND confirmed_at <= {as_of}"));
    }
    sql.push_str(" ORDER BY id) TO STDOUT WITH (FORMAT csv)");
    sql
}

/// Turns COPY's LF line ends into CRLF (line breaks inside quoted cells stay as they are) and
/// counts the rows.
#[derive(Default)]
struct LineEnds {
    quoted: bool,
    rows: i64,
}

impl LineEnds {
    fn convert(&mut self, chunk: &[u8], out: &mut BytesMut) {
        let mut start = 0;
        for (i, &b) in chunk.iter().enumerate() {
            match b {
                // A doubled quote inside a quoted cell flips twice: the state comes out right.
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => {
                    out.extend_from_slice(&chunk[start..i]);
                    out.extend_from_slice(b"\r\n");
                    start = i + 1;
                    self.rows += 1;
                }
                _ => {}
            }
        }
        out.extend_from_slice(&chunk[start..]);
    }
}

const CHUNK: usize = 64 * 1024;

/// Streams the export in chunks of about 64 KiB; returns the number of data rows.
pub async fn stream(
    pool: &sqlx::PgPool,
    petition: i64,
    f: &ParsedFilter,
    out: mpsc::Sender<Bytes>,
) -> Result<i64, sqlx::Error> {
    let mut buf = BytesMut::with_capacity(CHUNK + 4096);
    let mut header = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    header.write_record(HEADER).expect("writing to memory");
    buf.extend_from_slice(&header.into_inner().expect("writing to memory"));
    let mut lines = LineEnds::default();
    let mut copy = pool.copy_out_raw(&statement(petition, f)).await?;
    while let Some(chunk) = copy.try_next().await? {
        lines.convert(&chunk, &mut buf);
        if buf.len() >= CHUNK && out.send(buf.split().freeze()).await.is_err() {
            // The reader has gone: dropping the stream ends the COPY.
            return Ok(lines.rows);
        }
    }
    if !buf.is_empty() {
        let _ = out.send(buf.freeze()).await;
    }
    Ok(lines.rows)
}

#[cfg(test)]
mod tests {
    use super::LineEnds;

    #[test]
    fn line_ends_become_crlf_outside_quoted_cells_only() {
        let mut l = LineEnds::default();
        let mut out = bytes::BytesMut::new();
        l.convert(b"1,\"a\nb\",\"say \"\"hi\"\"\"\n2,", &mut out);
        l.convert(b"x\n", &mut out);
        assert_eq!(&out[..], b"1,\"a\nb\",\"say \"\"hi\"\"\"\r\n2,x\r\n");
        assert_eq!(l.rows, 2);
    }

    #[test]
    fn the_statement_quotes_what_it_is_given() {
        let f = super::ParsedFilter {
            state: Some("confirmed".into()),
            country: Some("G'B".into()),
            from_ms: i64::MIN,
            to_ms: i64::MAX,
            newsletter_only: false,
            as_of: Some(5),
        };
        let sql = super::statement(7, &f);
        assert!(sql.contains("petition_id = 7 AND state = 'confirmed' AND country = 'G''B'"));
        assert!(sql.ends_with("AND confirmed_at <= 5 ORDER BY id) TO STDOUT WITH (FORMAT csv)"));
    }
}
