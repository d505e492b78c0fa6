//! The directory of representatives (targets): the people and offices letters are written to.
//! Imported from the shipped US Congress data or from a documented CSV; never deleted once
//! written to, only deactivated.

use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Target {
    pub id: i64,
    pub body: String,
    pub external_id: String,
    pub honorific: String,
    pub first_name: String,
    pub last_name: String,
    pub name: String,
    pub chamber: String,
    pub country: String,
    pub region: String,
    pub district: String,
    pub party: String,
    pub email: Option<String>,
    pub contact_url: Option<String>,
    pub postal_address: String,
    pub phone: String,
    pub language: String,
    pub active: bool,
    /// How a letter to a member of Congress travels when a delivery service is set up: `cwc`,
    /// `form_service`, or empty (handed to the supporter). Kept up to date by the deliveries.
    #[sqlx(default)]
    pub delivery_channel: String,
}

impl Target {
    /// "Sen. Maria Cantwell (Washington)", "Rep. Becca Balint (Vermont, at large)" for lists.
    pub fn label(&self) -> String {
        let place = match (self.region.is_empty(), self.district.is_empty()) {
            (true, _) => String::new(),
            _ if self.country == "US" => {
                format!(
                    " ({})",
                    super::places::us_place(&self.region, &self.district)
                )
            }
            (false, true) => format!(" ({})", self.region),
            (false, false) => format!(" ({}-{})", self.region, self.district),
        };
        let hon = if self.honorific.is_empty() {
            String::new()
        } else {
            format!("{} ", self.honorific)
        };
        format!("{hon}{}{place}", self.name)
    }

    pub fn has_email(&self) -> bool {
        self.email.as_deref().is_some_and(|e| !e.is_empty())
    }

    /// How a letter reaches this target: `email`, `cwc` or `form_service` (delivered for the
    /// supporter), or `contact_form` (handed to the supporter to deliver).
    pub fn delivery(&self) -> &'static str {
        match self.delivery_channel.as_str() {
            _ if self.has_email() => "email",
            "cwc" => "cwc",
            "form_service" => "form_service",
            _ => "contact_form",
        }
    }
}

/// One row of a directory import: the documented CSV columns (see docs/targets-csv.md).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TargetRow {
    pub external_id: String,
    #[serde(default)]
    pub honorific: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub chamber: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub party: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub contact_url: String,
    #[serde(default)]
    pub postal_address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub active: Option<bool>,
}

impl TargetRow {
    /// Checks one imported row; `line` numbers the message for the person importing.
    pub fn check(mut self, line: usize) -> Result<Self, String> {
        let trim = |s: &mut String| *s = s.trim().to_owned();
        for f in [
            &mut self.external_id,
            &mut self.honorific,
            &mut self.first_name,
            &mut self.last_name,
            &mut self.name,
            &mut self.chamber,
            &mut self.country,
            &mut self.region,
            &mut self.district,
            &mut self.party,
            &mut self.email,
            &mut self.contact_url,
            &mut self.postal_address,
            &mut self.phone,
            &mut self.language,
        ] {
            trim(f);
        }
        if self.external_id.is_empty() {
            return Err(line_problem(line, "targets-err-id"));
        }
        if self.name.is_empty() {
            self.name = format!("{} {}", self.first_name, self.last_name)
                .trim()
                .to_owned();
        }
        if self.name.is_empty() {
            return Err(line_problem(line, "targets-err-name"));
        }
        if self.last_name.is_empty() {
            self.last_name = self.name.rsplit(' ').next().unwrap_or_default().to_owned();
        }
        let single_line = [
            &self.external_id,
            &self.name,
            &self.honorific,
            &self.email,
            &self.phone,
            &self.contact_url,
        ];
        if single_line.iter().any(|s| crate::domain::has_control(s)) {
            return Err(line_problem(line, "targets-err-control"));
        }
        if !self.email.is_empty() && self.email.parse::<lettre::Address>().is_err() {
            return Err(line_problem(line, "targets-err-email"));
        }
        if !self.contact_url.is_empty()
            && !self.contact_url.starts_with("https://")
            && !self.contact_url.starts_with("http://")
        {
            return Err(line_problem(line, "targets-err-url"));
        }
        self.country = self.country.to_uppercase();
        if self.language.is_empty() {
            self.language = "en".into();
        }
        Ok(self)
    }
}

/// "line 3: …" in the current language.
fn line_problem(line: usize, id: &str) -> String {
    crate::i18n::ta2("paper-line", "line", line, "problem", crate::i18n::t(id))
}

/// Reads a directory CSV (header row with the documented column names; unknown columns ignored).
pub fn read_csv(reader: impl std::io::Read) -> Result<Vec<TargetRow>, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let mut rows = Vec::new();
    for (i, rec) in rdr.deserialize::<TargetRow>().enumerate() {
        let row = rec.map_err(|e| format!("line {}: {e}", i + 2))?;
        rows.push(row.check(i + 2)?);
    }
    Ok(rows)
}

pub const US_SENATE: &str = "US Senate";
pub const US_HOUSE: &str = "US House of Representatives";

/// The shipped US Congress data as two directories and the ZIP → district table.
pub struct UsCongress {
    pub senate: Vec<TargetRow>,
    pub house: Vec<TargetRow>,
    pub zips: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
struct Legislator {
    last_name: String,
    first_name: String,
    full_name: String,
    #[serde(rename = "type")]
    kind: String,
    state: String,
    district: String,
    party: String,
    address: String,
    phone: String,
    contact_form: String,
    url: String,
    bioguide_id: String,
}

#[derive(Deserialize)]
struct ZipRow {
    state_abbr: String,
    zcta: String,
    cd: String,
}

/// The shipped snapshot, built into the binary so `chorus demo` works from any directory.
pub fn shipped_us_congress() -> anyhow::Result<UsCongress> {
    read_us_congress(
        include_str!("../../data/us-congress/legislators-current.csv").as_bytes(),
        include_str!("../../data/us-congress/zccd.csv").as_bytes(),
    )
}

/// Reads `legislators-current.csv` and `zccd.csv` from `dir` (a newer copy of data/us-congress).
pub fn read_us_congress_dir(dir: &Path) -> anyhow::Result<UsCongress> {
    read_us_congress(
        std::fs::File::open(dir.join("legislators-current.csv"))?,
        std::fs::File::open(dir.join("zccd.csv"))?,
    )
}

/// The title letters use, from the English messages (letters to Congress are written in English):
/// the District of Columbia and the territories send a delegate (Puerto Rico a resident
/// commissioner) to the House.
fn honorific(senator: bool, state: &str) -> String {
    let id = match state {
        _ if senator => "honorific-us-senator",
        "PR" => "honorific-us-resident-commissioner",
        s if super::places::has_no_senators(s) => "honorific-us-delegate",
        _ => "honorific-us-representative",
    };
    crate::i18n::Lang::EN.t(id)
}

fn read_us_congress(
    legislators: impl std::io::Read,
    zccd: impl std::io::Read,
) -> anyhow::Result<UsCongress> {
    let mut senate = Vec::new();
    let mut house = Vec::new();
    let mut rdr = csv::Reader::from_reader(legislators);
    for (i, rec) in rdr.deserialize::<Legislator>().enumerate() {
        let l = rec?;
        let senator = l.kind == "sen";
        // No member has a published email address: letters go by contact form, phone or post.
        // A few rows have a malformed form URL; the member's site is the better link then.
        let contact = if l.contact_form.starts_with("https://") {
            l.contact_form
        } else {
            l.url
        };
        let row = TargetRow {
            external_id: l.bioguide_id,
            honorific: honorific(senator, &l.state),
            first_name: l.first_name,
            last_name: l.last_name,
            name: l.full_name,
            chamber: if senator { "Senate" } else { "House" }.into(),
            country: "US".into(),
            region: l.state,
            district: if senator { String::new() } else { l.district },
            party: l.party,
            contact_url: contact,
            postal_address: l.address,
            phone: l.phone,
            language: "en".into(),
            ..TargetRow::default()
        }
        .check(i + 2)
        .map_err(anyhow::Error::msg)?;
        if senator {
            senate.push(row);
        } else {
            house.push(row);
        }
    }
    let mut zips = Vec::new();
    let mut rdr = csv::Reader::from_reader(zccd);
    for rec in rdr.deserialize::<ZipRow>() {
        let z = rec?;
        zips.push((z.zcta, z.state_abbr, z.cd));
    }
    Ok(UsCongress {
        senate,
        house,
        zips,
    })
}

/// What an import did, for the command line and the audit log.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct ImportReport {
    pub inserted: u64,
    pub updated: u64,
    pub deactivated: u64,
}

crate::per_engine! {
    pub mod sql {
        use crate::letters::targets::{ImportReport, Target, TargetRow};

        pub const COLUMNS: &str = "id, body, external_id, honorific, first_name, last_name, name, chamber, country, \
            region, district, party, email, contact_url, postal_address, phone, language, active, delivery_channel";

        /// Upserts a whole directory in one transaction, keyed on (body, external id). With
        /// `deactivate_missing`, members no longer in the file are deactivated (never deleted).
        pub async fn import(pool: &Pool, body: &str, rows: &[TargetRow], deactivate_missing: bool, now: i64) -> Result<ImportReport, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let mut report = ImportReport::default();
            for r in rows {
                let existed: Option<i64> = sqlx::query_scalar("SELECT id FROM targets WHERE body = $1 AND external_id = $2")
                    .bind(body).bind(&r.external_id).fetch_optional(&mut *tx).await?;
                let empty = |s: &str| if s.is_empty() { None } else { Some(s.to_owned()) };
                sqlx::query(
                    "INSERT INTO targets (body, external_id, honorific, first_name, last_name, name, chamber, country, region, \
                     district, party, email, contact_url, postal_address, phone, language, active, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) \
                     ON CONFLICT (body, external_id) DO UPDATE SET honorific = excluded.honorific, first_name = excluded.first_name, \
                     last_name = excluded.last_name, name = excluded.name, chamber = excluded.chamber, country = excluded.country, \
                     region = excluded.region, district = excluded.district, party = excluded.party, email = excluded.email, \
                     contact_url = excluded.contact_url, postal_address = excluded.postal_address, phone = excluded.phone, \
                     language = excluded.language, active = excluded.active, updated_at = excluded.updated_at",
                )
                .bind(body).bind(&r.external_id).bind(&r.honorific).bind(&r.first_name).bind(&r.last_name).bind(&r.name)
                .bind(&r.chamber).bind(&r.country).bind(&r.region).bind(&r.district).bind(&r.party)
                .bind(empty(&r.email)).bind(empty(&r.contact_url)).bind(&r.postal_address).bind(&r.phone).bind(&r.language)
                .bind(r.active.unwrap_or(true)).bind(now)
                .execute(&mut *tx).await?;
                if existed.is_some() { report.updated += 1 } else { report.inserted += 1 }
            }
            if deactivate_missing {
                let ids: Vec<(String,)> = sqlx::query_as("SELECT external_id FROM targets WHERE body = $1 AND active")
                    .bind(body).fetch_all(&mut *tx).await?;
                for (ext,) in ids {
                    if !rows.iter().any(|r| r.external_id == ext) {
                        sqlx::query("UPDATE targets SET active = FALSE, updated_at = $3 WHERE body = $1 AND external_id = $2")
                            .bind(body).bind(&ext).bind(now).execute(&mut *tx).await?;
                        report.deactivated += 1;
                    }
                }
            }
            tx.commit().await?;
            Ok(report)
        }

        /// Replaces the ZIP → district table (it is reference data, not history).
        pub async fn replace_zips(pool: &Pool, zips: &[(String, String, String)]) -> Result<u64, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query("DELETE FROM us_zip_districts").execute(&mut *tx).await?;
            for chunk in zips.chunks(500) {
                let mut qb = sqlx::QueryBuilder::<DB>::new("INSERT INTO us_zip_districts (zip, state, district) ");
                qb.push_values(chunk, |mut b, (zip, state, cd)| {
                    b.push_bind(zip.as_str()).push_bind(state.as_str()).push_bind(cd.as_str());
                });
                qb.push(" ON CONFLICT DO NOTHING");
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(zips.len() as u64)
        }

        /// (state, district) pairs for a 5-digit ZIP, in a stable order.
        pub async fn zip_districts(pool: &Pool, zip: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
            sqlx::query_as("SELECT state, district FROM us_zip_districts WHERE zip = $1 ORDER BY state, district")
                .bind(zip).fetch_all(pool).await
        }

        /// Active members of `body`, optionally only those of one region (and district).
        pub async fn members(pool: &Pool, body: &str, region: Option<&str>, district: Option<&str>) -> Result<Vec<Target>, sqlx::Error> {
            sqlx::query_as::<DB, Target>(&format!(
                "SELECT {COLUMNS} FROM targets WHERE body = $1 AND active \
                 AND ($2 IS NULL OR region = $2) AND ($3 IS NULL OR district = $3) ORDER BY last_name, name, id"
            ))
            .bind(body).bind(region).bind(district).fetch_all(pool).await
        }

        pub async fn by_ids(pool: &Pool, ids: &[i64]) -> Result<Vec<Target>, sqlx::Error> {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new(format!("SELECT {COLUMNS} FROM targets WHERE id IN ("));
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(") ORDER BY last_name, name, id");
            qb.build_query_as::<Target>().fetch_all(pool).await
        }

        /// The campaign's fixed list of targets (active ones).
        pub async fn fixed_for(pool: &Pool, campaign_id: i64) -> Result<Vec<Target>, sqlx::Error> {
            let cols = COLUMNS.split(", ").map(|c| format!("t.{c}")).collect::<Vec<_>>().join(", ");
            sqlx::query_as::<DB, Target>(&format!(
                "SELECT {cols} FROM targets t JOIN letter_campaign_targets ct ON ct.target_id = t.id \
                 WHERE ct.campaign_id = $1 AND t.active ORDER BY t.last_name, t.name, t.id"
            ))
            .bind(campaign_id).fetch_all(pool).await
        }

        /// Targets found by "body / external id" pairs (for fixed lists in campaign specs).
        pub async fn by_external(pool: &Pool, body: &str, external_id: &str) -> Result<Option<Target>, sqlx::Error> {
            sqlx::query_as::<DB, Target>(&format!("SELECT {COLUMNS} FROM targets WHERE body = $1 AND external_id = $2"))
                .bind(body).bind(external_id).fetch_optional(pool).await
        }

        /// (body, active members, all members) for the directory page.
        pub async fn bodies(pool: &Pool) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT body, SUM(CASE WHEN active THEN 1 ELSE 0 END), COUNT(*) FROM targets GROUP BY body ORDER BY body",
            )
            .fetch_all(pool).await
        }
    }
}

/// Imports the US Congress (both chambers, ZIP → district table); from `dir` or the shipped copy.
pub async fn import_us_congress(
    db: &crate::db::Db,
    dir: Option<&Path>,
) -> anyhow::Result<(ImportReport, ImportReport, u64)> {
    let data = match dir {
        Some(d) => read_us_congress_dir(d)?,
        None => shipped_us_congress()?,
    };
    let now = crate::db::now_ms();
    let senate = crate::on_db!(db, sql, import(US_SENATE, &data.senate, true, now))?;
    let house = crate::on_db!(db, sql, import(US_HOUSE, &data.house, true, now))?;
    let zips = crate::on_db!(db, sql, replace_zips(&data.zips))?;
    Ok((senate, house, zips))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_are_checked() {
        let csv = "external_id,name,email,region\nboard-1,Ana Ruiz,ana@county.example,Essex\n";
        let rows = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(rows[0].last_name, "Ruiz");
        assert_eq!(rows[0].language, "en");
        let bad = "external_id,name,email\nx,Bo,not-an-email\n";
        assert!(read_csv(bad.as_bytes()).unwrap_err().contains("line 2"));
        let missing = "external_id,name\n,Bo\n";
        assert!(read_csv(missing.as_bytes()).is_err());
    }

    #[test]
    fn shipped_congress_data_reads() {
        let c = shipped_us_congress().unwrap();
        assert_eq!(c.senate.len(), 100);
        assert_eq!(c.house.len(), 437);
        assert!(c.zips.len() > 40_000);
    }
}
