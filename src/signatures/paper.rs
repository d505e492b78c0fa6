//! Paper signatures gathered at events, entered by staff in batches (CSV with a header row:
//! `name,email,country,postcode,signed_on`). They are confirmed by the person who collected them,
//! marked with their batch as source, and deduplicated against online signatures by canonical email.

use serde::Serialize;

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::domain::{Country, PersonName, Postcode, SignerEmail};
use crate::on_db;

#[derive(Debug, Clone)]
pub struct PaperRow {
    pub name: String,
    pub email: String,
    pub canonical: String,
    pub country: String,
    pub postcode: Option<String>,
    pub signed_at: i64,
}

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct PaperReport {
    pub rows: u64,
    pub added: u64,
    /// Already signed (online or in an earlier batch) under the same email.
    pub duplicates: u64,
}

#[derive(serde::Deserialize)]
struct Raw {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    postcode: String,
    #[serde(default)]
    signed_on: String,
}

/// Every row checked; on any problem, all problems by line (nothing is imported).
pub fn parse(csv_text: &str, settings: &Settings) -> Result<Vec<PaperRow>, Vec<String>> {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(csv_text.as_bytes());
    for (i, rec) in rdr.deserialize::<Raw>().enumerate() {
        let line = i + 2;
        let r = match rec {
            Ok(r) => r,
            Err(e) => {
                problems.push(crate::i18n::ta2(
                    "paper-line",
                    "line",
                    line,
                    "problem",
                    e.to_string(),
                ));
                continue;
            }
        };
        let mut bad = |m: &str| {
            problems.push(crate::i18n::ta2(
                "paper-line",
                "line",
                line,
                "problem",
                crate::i18n::t(m),
            ))
        };
        let name = PersonName::parse(&r.name).map_err(&mut bad).ok();
        let country = Country::parse(&r.country).map_err(&mut bad).ok();
        let email = if r.email.is_empty() {
            None
        } else {
            SignerEmail::parse(&r.email, &settings.canonical_email)
                .map_err(&mut bad)
                .ok()
        };
        let postcode = match (r.postcode.is_empty(), country) {
            (false, Some(c)) => Postcode::parse(&r.postcode, c).map_err(&mut bad).ok(),
            _ => None,
        };
        let signed_at = if r.signed_on.is_empty() {
            Some(now_ms())
        } else {
            chrono::NaiveDate::parse_from_str(&r.signed_on, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|t| t.and_utc().timestamp_millis())
                .or_else(|| {
                    bad("paper-err-signed-on");
                    None
                })
        };
        if let (Some(name), Some(country), Some(signed_at)) = (name, country, signed_at) {
            let (email, canonical) = match email {
                Some(e) => (e.as_str().to_owned(), e.canonical().to_owned()),
                // Without an email there is nothing to deduplicate on: each row is its own.
                None => (
                    String::new(),
                    format!("paper-{}", crate::secret::tokens::Token::generate().hash),
                ),
            };
            rows.push(PaperRow {
                name: name.as_str().to_owned(),
                email,
                canonical,
                country: country.code().to_owned(),
                postcode: postcode.map(|p| p.as_str().to_owned()),
                signed_at,
            });
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(crate::i18n::t("paper-err-empty"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// Adds a batch as confirmed signatures with `source` "paper:<label>", then corrects the counts.
pub async fn import(
    db: &Db,
    petition_id: i64,
    consent_version: i64,
    label: &str,
    rows: &[PaperRow],
) -> Result<PaperReport, sqlx::Error> {
    let source = format!("paper:{label}");
    let mut added = 0;
    for chunk in rows.chunks(1000) {
        added += on_db!(
            db,
            sql,
            insert(petition_id, consent_version, &source, chunk)
        )?;
    }
    super::bulk::recount(db, petition_id).await?;
    Ok(PaperReport {
        rows: rows.len() as u64,
        added,
        duplicates: rows.len() as u64 - added,
    })
}

crate::per_engine! {
    pub mod sql {
        use crate::signatures::paper::PaperRow;

        pub async fn insert(pool: &Pool, petition: i64, consent_version: i64, source: &str, rows: &[PaperRow]) -> Result<u64, sqlx::Error> {
            // Links start at the time of insertion (`crate::secret::links`).
            let now = crate::db::now_ms();
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "INSERT INTO signatures (petition_id, name, email, canonical_email, country, postcode, show_name, \
                 newsletter, consent_version, state, emails_sent, source, signed_via, created_at, confirmed_at, link_gen) ",
            );
            qb.push_values(rows, |mut b, r| {
                b.push_bind(petition).push_bind(&r.name).push_bind(&r.email).push_bind(&r.canonical)
                    .push_bind(&r.country).push_bind(&r.postcode).push_bind(false).push_bind(false)
                    .push_bind(consent_version).push_bind("confirmed").push_bind(0_i64).push_bind(source)
                    .push_bind("paper").push_bind(r.signed_at).push_bind(r.signed_at).push_bind(now);
            });
            qb.push(" ON CONFLICT (petition_id, canonical_email) DO NOTHING");
            Ok(qb.build().execute(pool).await?.rows_affected())
        }

        /// (source, signatures) of each paper batch, newest label last.
        pub async fn batches(pool: &Pool, petition: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT source, COUNT(*) FROM signatures WHERE petition_id = $1 AND source LIKE 'paper:%' \
                 AND state = 'confirmed' GROUP BY source ORDER BY MIN(id)",
            )
            .bind(petition).fetch_all(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_checked_by_line() {
        let settings = Settings::load(None).unwrap();
        let ok = "name,email,country,postcode,signed_on\nAda Lovelace,ADA@example.org,GB,sw1a 1aa,2026-11-20\nNo Email,,FR,,\n";
        let rows = parse(ok, &settings).unwrap();
        assert_eq!(rows[0].canonical, "ada@example.org");
        assert_eq!(rows[0].postcode.as_deref(), Some("SW1A 1AA"));
        assert!(rows[1].canonical.starts_with("paper-"));
        let bad = "name,email,country\n=cmd,x,ZZ\nFine Name,,GB\n";
        let problems = parse(bad, &settings).unwrap_err();
        assert!(
            problems.iter().all(|p| p.starts_with("line 2")),
            "{problems:?}"
        );
        assert_eq!(problems.len(), 3);
    }
}
