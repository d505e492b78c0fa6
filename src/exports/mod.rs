//! Exports for delivery and analysis: counts (CSV, JSON) and signatures (CSV streamed row by row in
//! constant memory, spreadsheet-formula cells neutralised), plus the SHA-256 digest of a CSV for the
//! delivery pack.

pub mod api;
pub mod download;
mod sqlite_read;
pub mod tokens;

use std::collections::BTreeMap;

use axum::body::Bytes;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;

use crate::db::Db;
use crate::http::Message;
use crate::on_db;
use crate::petitions::{DeliveryField, Petition, PetitionCounts, PetitionsCtx};

/// Which signatures to export. Dates are `YYYY-MM-DD` (UTC, inclusive) on the signing time.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SignatureFilter {
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub newsletter: Option<String>,
    /// Only signatures confirmed at or before this time (ms): fixes the list a delivery pack counts.
    #[serde(default)]
    pub as_of: Option<i64>,
}

/// The filter turned into bind values, refusing anything malformed.
#[derive(Debug, Clone)]
pub struct ParsedFilter {
    pub state: Option<String>,
    pub country: Option<String>,
    pub from_ms: i64,
    pub to_ms: i64,
    pub newsletter_only: bool,
    pub as_of: Option<i64>,
}

impl SignatureFilter {
    /// The filter checked; a problem is a message for the client.
    pub fn parse(&self) -> Result<ParsedFilter, Message> {
        let state = match self
            .state
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or("confirmed")
        {
            "all" => None,
            s @ ("confirmed" | "pending" | "held_back" | "withdrawn") => Some(s.to_owned()),
            other => {
                let allowed = "confirmed, pending, held_back, withdrawn, all";
                let problem = Message::new("err-filter-state").arg("state", other);
                return Err(problem.arg("allowed", allowed));
            }
        };
        let country = match self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(c) => Some(
                crate::domain::Country::parse(c)
                    .map_err(Message::new)?
                    .code()
                    .to_owned(),
            ),
        };
        let day = |s: &Option<String>, end: bool| -> Result<Option<i64>, Message> {
            match s.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(d) => {
                    let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                        .map_err(|_| Message::new("err-filter-date").arg("date", d))?;
                    let start = date
                        .and_hms_opt(0, 0, 0)
                        .unwrap()
                        .and_utc()
                        .timestamp_millis();
                    Ok(Some(if end { start + 86_400_000 - 1 } else { start }))
                }
            }
        };
        Ok(ParsedFilter {
            state,
            country,
            from_ms: day(&self.from, false)?.unwrap_or(i64::MIN),
            to_ms: day(&self.to, true)?.unwrap_or(i64::MAX),
            newsletter_only: matches!(
                self.newsletter.as_deref(),
                Some("on" | "true" | "1" | "yes")
            ),
            as_of: self.as_of,
        })
    }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// One signature of the export, borrowed from the database driver's row buffer.
#[derive(Debug)]
pub struct ExportRow<'a> {
    pub id: i64,
    pub name: &'a str,
    pub email: &'a str,
    pub country: &'a str,
    pub postcode: Option<&'a str>,
    pub comment: Option<&'a str>,
    pub newsletter: bool,
    pub state: &'a str,
    pub source: Option<&'a str>,
    pub consent_version: i64,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    /// Why it is held back (or was invalidated); empty for the others.
    pub flag: Option<&'a str>,
    /// Why its address is on the suppression list (a hard bounce, a complaint…); such a
    /// signature's confirmation email never arrived.
    pub suppressed: Option<&'a str>,
}

pub const HEADER: [&str; 14] = [
    "id",
    "name",
    "email",
    "country",
    "postcode",
    "comment",
    "newsletter",
    "state",
    "source",
    "consent_version",
    "signed_at",
    "confirmed_at",
    "email_suppressed",
    "held_back",
];

/// `2026-11-24T07:38:49Z`. Not `format("%Y…")`: parsing the pattern for every row was the largest
/// cost of a big export (perf).
fn time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// `time` for the export's rows, on the stack (an export writes two per row); years past 9999
/// and times out of range take `time`'s own answer.
enum Stamp {
    Short([u8; 20]),
    Long(String),
}

impl Stamp {
    fn of(ms: i64) -> Stamp {
        use chrono::{Datelike, Timelike};
        // Fields of the naive time: asked of a `DateTime`, each would apply the offset again.
        let Some(t) = chrono::DateTime::from_timestamp_millis(ms).map(|t| t.naive_utc()) else {
            return Stamp::Long(time(ms));
        };
        let Some(year) = u32::try_from(t.year()).ok().filter(|y| *y <= 9999) else {
            return Stamp::Long(time(ms));
        };
        let mut b = *b"0000-00-00T00:00:00Z";
        for (at, width, n) in [
            (0, 4, year),
            (5, 2, t.month()),
            (8, 2, t.day()),
            (11, 2, t.hour()),
            (14, 2, t.minute()),
            (17, 2, t.second()),
        ] {
            let mut n = n;
            for digit in b[at..at + width].iter_mut().rev() {
                *digit = b'0' + (n % 10) as u8;
                n /= 10;
            }
        }
        Stamp::Short(b)
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Stamp::Short(b) => b,
            Stamp::Long(s) => s.as_bytes(),
        }
    }
}

/// An integer's decimal digits, written on the stack.
fn int(buf: &mut [u8; 20], n: i64) -> &[u8] {
    use std::io::Write;
    let mut rest = &mut buf[..];
    let _ = write!(rest, "{n}");
    let len = 20 - rest.len();
    &buf[..len]
}

/// Streams the CSV in chunks of about 64 KiB; returns the number of data rows.
/// The bounded channel makes a slow reader slow the query, so memory stays flat.
pub async fn signatures_csv(
    db: &Db,
    petition_id: i64,
    filter: &ParsedFilter,
    out: mpsc::Sender<Bytes>,
) -> Result<i64, sqlx::Error> {
    let (query, params) = select(petition_id, filter);
    if let Some(file) = sqlite_read::file_of(db) {
        return sqlite_read::stream(file, query, params, out).await;
    }
    on_db!(db, sql, stream(&query, &params, out))
}

/// A bind value of the export's query.
#[derive(Debug, Clone)]
enum Param {
    Int(i64),
    Text(String),
}

/// The export's query for a filter, with `$n` placeholders (both engines read them). Only the
/// filters actually given go into the WHERE clause, so the planner can walk the primary key in
/// order instead of sorting the whole petition.
fn select(petition: i64, f: &ParsedFilter) -> (String, Vec<Param>) {
    use std::fmt::Write;
    let mut query = String::from(
        "SELECT id, name, email, country, postcode, comment, newsletter, state, source, consent_version, \
         created_at, confirmed_at, flag, \
         (SELECT reason FROM suppressions WHERE address = signatures.canonical_email) \
         FROM signatures WHERE petition_id = $1",
    );
    let mut params = vec![Param::Int(petition)];
    let mut and = |query: &mut String, column: &str, op: &str, p: Param| {
        params.push(p);
        let _ = write!(query, " AND {column} {op} ${}", params.len());
    };
    match f.state.as_deref() {
        Some("held_back") => query.push_str(" AND state = 'pending' AND flag IS NOT NULL"),
        Some("pending") => query.push_str(" AND state = 'pending' AND flag IS NULL"),
        Some(state) => and(&mut query, "state", "=", Param::Text(state.to_owned())),
        None => {}
    }
    if let Some(country) = &f.country {
        and(&mut query, "country", "=", Param::Text(country.clone()));
    }
    if f.from_ms != i64::MIN {
        and(&mut query, "created_at", ">=", Param::Int(f.from_ms));
    }
    if f.to_ms != i64::MAX {
        and(&mut query, "created_at", "<=", Param::Int(f.to_ms));
    }
    if let Some(as_of) = f.as_of {
        and(&mut query, "confirmed_at", "<=", Param::Int(as_of));
    }
    if f.newsletter_only {
        query.push_str(" AND newsletter");
    }
    query.push_str(" ORDER BY id");
    (query, params)
}

pub(crate) struct CsvChunker {
    writer: csv::Writer<Vec<u8>>,
    pub rows: i64,
}

impl CsvChunker {
    pub fn new() -> Self {
        Self::with_header(HEADER)
    }

    pub fn with_header<I: IntoIterator<Item = T>, T: AsRef<[u8]>>(header: I) -> Self {
        let mut writer = Self::writer();
        writer.write_record(header).expect("writing to memory");
        CsvChunker { writer, rows: 0 }
    }

    pub fn push_cells<I: IntoIterator<Item = T>, T: AsRef<[u8]>>(&mut self, cells: I) {
        self.writer.write_record(cells).expect("writing to memory");
        self.rows += 1;
    }

    fn writer() -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::with_capacity(70_000))
    }

    pub fn push(&mut self, r: &ExportRow<'_>) {
        let (mut id, mut version) = ([0u8; 20], [0u8; 20]);
        let signed = Stamp::of(r.created_at);
        let confirmed = r.confirmed_at.map(Stamp::of);
        let [name, email, postcode, comment, source] = [
            r.name,
            r.email,
            r.postcode.unwrap_or(""),
            r.comment.unwrap_or(""),
            r.source.unwrap_or(""),
        ]
        .map(neutralise);
        let fields: [&[u8]; 14] = [
            int(&mut id, r.id),
            name.as_bytes(),
            email.as_bytes(),
            r.country.as_bytes(),
            postcode.as_bytes(),
            comment.as_bytes(),
            if r.newsletter { b"yes" } else { b"no" },
            // Held back is neither pending nor confirmed: it counts only once staff release it.
            if r.state == "pending" && r.flag.is_some() {
                b"held_back"
            } else {
                r.state.as_bytes()
            },
            source.as_bytes(),
            int(&mut version, r.consent_version),
            signed.bytes(),
            confirmed.as_ref().map_or(&b""[..], Stamp::bytes),
            r.suppressed.unwrap_or("").as_bytes(),
            r.flag.unwrap_or("").as_bytes(),
        ];
        self.writer.write_record(fields).expect("writing to memory");
        self.rows += 1;
    }

    /// Sends what `take` gives to the reader; false when the reader has gone (stop reading rows).
    pub async fn pass_on(&mut self, out: &mpsc::Sender<Bytes>, flush_all: bool) -> bool {
        match self.take(flush_all) {
            Some(chunk) => out.send(chunk).await.is_ok(),
            None => true,
        }
    }

    /// Takes the buffered bytes once there are enough (or all of them when `flush_all`).
    pub fn take(&mut self, flush_all: bool) -> Option<Bytes> {
        let _ = self.writer.flush();
        let len = self.writer.get_ref().len();
        if len == 0 || (!flush_all && len < 64 * 1024) {
            return None;
        }
        let full = std::mem::replace(&mut self.writer, Self::writer());
        full.into_inner().ok().map(Bytes::from)
    }
}

/// What the delivery file says about one signature: only the fields the consent text names.
pub struct DeliveryFile {
    fields: Vec<DeliveryField>,
    lang: crate::i18n::Lang,
    as_of: i64,
}

impl DeliveryFile {
    /// The petition's own list of fields; headers and country names in its main language, so the
    /// file (and its digest) is the same whoever downloads it.
    pub fn new(p: &Petition, as_of: i64) -> Self {
        DeliveryFile {
            fields: p.delivery_fields.iter().collect(),
            lang: crate::i18n::Lang::stored(&p.locale),
            as_of,
        }
    }

    fn header(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| self.lang.t(&format!("delivery-col-{}", f.as_str())))
            .collect()
    }

    fn cells<'a>(&self, r: &'a DeliveryRow) -> Vec<std::borrow::Cow<'a, str>> {
        self.fields
            .iter()
            .map(|f| match f {
                DeliveryField::Name => neutralise(&r.name),
                DeliveryField::Country => crate::domain::Country::parse(&r.country)
                    .map(|c| c.name_in(self.lang).into())
                    .unwrap_or_else(|_| r.country.as_str().into()),
                DeliveryField::Postcode => neutralise(r.postcode.as_deref().unwrap_or("")),
                DeliveryField::Comment => neutralise(r.comment.as_deref().unwrap_or("")),
                // The date part; empty for a time out of range rather than a panic.
                DeliveryField::SignedAt => time(r.confirmed_at)
                    .get(..10)
                    .unwrap_or_default()
                    .to_owned()
                    .into(),
            })
            .collect()
    }
}

pub struct DeliveryRow {
    pub name: String,
    pub country: String,
    pub postcode: Option<String>,
    pub comment: Option<String>,
    pub confirmed_at: i64,
}

/// Streams the delivery file (confirmed signatures counted at `as_of`); returns its row count.
pub async fn delivery_csv(
    db: &Db,
    petition_id: i64,
    file: &DeliveryFile,
    out: mpsc::Sender<Bytes>,
) -> Result<i64, sqlx::Error> {
    on_db!(db, sql, delivery(petition_id, file, out))
}

/// Hashes a CSV as it is produced: the same bytes a download of it streams.
async fn digest_of<F>(
    produce: impl FnOnce(mpsc::Sender<Bytes>) -> F,
) -> Result<(String, i64), sqlx::Error>
where
    F: std::future::Future<Output = Result<i64, sqlx::Error>>,
{
    let (tx, mut rx) = mpsc::channel::<Bytes>(8);
    let hashing = tokio::spawn(async move {
        let mut hasher = Sha256::new();
        while let Some(chunk) = rx.recv().await {
            hasher.update(&chunk);
        }
        hex::encode(hasher.finalize())
    });
    let rows = produce(tx).await?;
    let digest = hashing
        .await
        .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    Ok((digest, rows))
}

/// The SHA-256 (hex) and row count of exactly the CSV `signatures_csv` produces for this filter.
pub async fn signatures_digest(
    db: &Db,
    petition_id: i64,
    filter: &ParsedFilter,
) -> Result<(String, i64), sqlx::Error> {
    digest_of(|tx| signatures_csv(db, petition_id, filter, tx)).await
}

/// The SHA-256 (hex) and row count of the delivery file.
pub async fn delivery_digest(
    db: &Db,
    petition_id: i64,
    file: &DeliveryFile,
) -> Result<(String, i64), sqlx::Error> {
    digest_of(|tx| delivery_csv(db, petition_id, file, tx)).await
}

#[derive(Debug, Serialize)]
pub struct CountsExport<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub target: &'a str,
    pub confirmed: i64,
    /// Not counted yet: `awaiting_confirmation` plus `held_back`.
    pub pending: i64,
    /// Waiting for the signer's click (staff exports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awaiting_confirmation: Option<i64>,
    /// Held back by the anti-abuse checks until staff release them (staff exports only: a
    /// partner's token must not learn which of its submissions the checks caught).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_back: Option<i64>,
    pub total: i64,
    pub by_country: BTreeMap<&'a str, i64>,
    pub by_day: BTreeMap<&'a str, i64>,
}

/// `held`: how many of the pending are held back, for staff; None for API tokens.
pub fn counts_json<'a>(
    p: &'a Petition,
    c: &'a PetitionCounts,
    held: Option<i64>,
) -> CountsExport<'a> {
    CountsExport {
        slug: &p.slug,
        title: &p.title,
        target: &p.target,
        confirmed: c.confirmed,
        pending: c.pending,
        awaiting_confirmation: held.map(|h| awaiting(c, h)),
        held_back: held,
        total: c.confirmed + c.pending,
        by_country: c.by_country.iter().map(|(k, v)| (k.as_str(), *v)).collect(),
        by_day: c.by_day.iter().map(|(k, v)| (k.as_str(), *v)).collect(),
    }
}

/// Pending signatures waiting for their click: the pending counter less the held-back ones (read
/// a moment apart, so never shown below zero).
fn awaiting(c: &PetitionCounts, held: i64) -> i64 {
    (c.pending - held).max(0)
}

/// Counts as CSV: one row per figure, `kind,key,count`. `pending` is what is not counted yet,
/// split in the two rows after it as on the petition's admin page.
pub fn counts_csv(p: &Petition, c: &PetitionCounts, held: i64) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(["kind", "key", "count"]);
    let _ = w.write_record(["total", "confirmed", &c.confirmed.to_string()]);
    let _ = w.write_record(["total", "pending", &c.pending.to_string()]);
    let _ = w.write_record([
        "total",
        "awaiting_confirmation",
        &awaiting(c, held).to_string(),
    ]);
    let _ = w.write_record(["total", "held_back", &held.to_string()]);
    let _ = w.write_record(["total", "all", &(c.confirmed + c.pending).to_string()]);
    for (country, n) in &c.by_country {
        let _ = w.write_record(["country", country, &n.to_string()]);
    }
    for (day, n) in &c.by_day {
        let _ = w.write_record(["day", day, &n.to_string()]);
    }
    let _ = p;
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

crate::per_engine! {
    mod sql {
        use futures_util::TryStreamExt;
        use sqlx::Row;

        use crate::exports::{CsvChunker, DeliveryFile, DeliveryRow, ExportRow, Param};

        pub async fn delivery(pool: &Pool, petition: i64, file: &DeliveryFile, out: mpsc::Sender<Bytes>) -> Result<i64, sqlx::Error> {
            let mut rows = sqlx::query_as::<DB, (String, String, Option<String>, Option<String>, i64)>(
                "SELECT name, country, postcode, comment, confirmed_at FROM signatures WHERE petition_id = $1 \
                 AND state = 'confirmed' AND confirmed_at <= $2 ORDER BY id",
            )
            .bind(petition).bind(file.as_of).fetch(pool);
            let mut csv = CsvChunker::with_header(file.header());
            while let Some((name, country, postcode, comment, confirmed_at)) = rows.try_next().await? {
                let r = DeliveryRow { name, country, postcode, comment, confirmed_at };
                csv.push_cells(file.cells(&r).iter().map(|c| c.as_bytes()));
                if !csv.pass_on(&out, false).await {
                    return Ok(csv.rows);
                }
            }
            csv.pass_on(&out, true).await;
            Ok(csv.rows)
        }

        /// Columns by position, in the order of the SELECT (looking each up by name cost more
        /// than writing it), borrowed from the row. Unchecked: the query above fixes each column's
        /// type, and checking it again for every value was a fifth of a PostgreSQL export (perf).
        fn decode(r: &<DB as sqlx::Database>::Row) -> Result<ExportRow<'_>, sqlx::Error> {
            Ok(ExportRow {
                id: r.try_get_unchecked(0)?,
                name: r.try_get_unchecked(1)?,
                email: r.try_get_unchecked(2)?,
                country: r.try_get_unchecked(3)?,
                postcode: r.try_get_unchecked(4)?,
                comment: r.try_get_unchecked(5)?,
                newsletter: r.try_get_unchecked(6)?,
                state: r.try_get_unchecked(7)?,
                source: r.try_get_unchecked(8)?,
                consent_version: r.try_get_unchecked(9)?,
                created_at: r.try_get_unchecked(10)?,
                confirmed_at: r.try_get_unchecked(11)?,
                flag: r.try_get_unchecked(12)?,
                suppressed: r.try_get_unchecked(13)?,
            })
        }

        pub async fn stream(pool: &Pool, query: &str, params: &[Param], out: mpsc::Sender<Bytes>) -> Result<i64, sqlx::Error> {
            let mut q = sqlx::query::<DB>(query);
            for p in params {
                q = match p {
                    Param::Int(n) => q.bind(*n),
                    Param::Text(t) => q.bind(t.as_str()),
                };
            }
            let mut rows = q.fetch(pool);
            let mut csv = CsvChunker::new();
            while let Some(row) = rows.try_next().await? {
                csv.push(&decode(&row)?);
                if !csv.pass_on(&out, false).await {
                    return Ok(csv.rows);
                }
            }
            csv.pass_on(&out, true).await;
            Ok(csv.rows)
        }
    }
}

/// The exports' JSON API (with an API token), with its OpenAPI entries.
pub fn api<S>() -> utoipa_axum::router::OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    PetitionsCtx: axum::extract::FromRef<S>,
    Db: axum::extract::FromRef<S>,
{
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(api::counts))
        .routes(routes!(api::signatures))
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_are_utc_to_the_second() {
        assert_eq!(super::time(1_795_996_800_999), "2026-11-30T00:00:00Z");
        assert_eq!(super::time(0), "1970-01-01T00:00:00Z");
    }

    /// The stamps written on the stack read exactly as `time` does, out of range included.
    #[test]
    fn stamps_read_as_time_does() {
        for ms in [
            0,
            1_795_996_800_999,
            -1,
            -62_135_596_800_001,
            253_402_300_799_000,
            253_402_300_800_000,
            i64::MAX,
            i64::MIN,
        ] {
            let stamp = super::Stamp::of(ms);
            assert_eq!(stamp.bytes(), super::time(ms).as_bytes(), "{ms}");
        }
        let mut buf = [0u8; 20];
        assert_eq!(super::int(&mut buf, i64::MIN), b"-9223372036854775808");
    }
}
