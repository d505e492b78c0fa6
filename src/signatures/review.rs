//! Fraud review: where a petition's recent signatures come from, bulk invalidation by filter, and
//! the release of held-back signatures, each with a preview that counts exactly what it will change.

use serde::Deserialize;

/// How many of a petition's signatures are held back: pending, not counted, until staff release
/// them (the part of the pending counter that is not waiting for a click).
pub async fn held_count(db: &crate::db::Db, petition: i64) -> Result<i64, sqlx::Error> {
    crate::on_db!(db, sql, preview(petition, &ParsedFilter::default(), true))
}

/// Which signatures to look at (all given parts must match).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReviewFilter {
    /// "203.0.113.0/24" as shown on the review page.
    #[serde(default)]
    pub ip_prefix: String,
    #[serde(default)]
    pub domain: String,
    /// "YYYY-MM-DDTHH:MM" (UTC), inclusive.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub country: String,
    /// A share link's or partner's source code.
    #[serde(default)]
    pub source: String,
    /// Why signatures were held back ("ip_rate", "honeypot", …).
    #[serde(default)]
    pub reason: String,
    /// One signature, by id (the release button on a held-back row).
    #[serde(default)]
    pub id: String,
}

/// The filter checked: times parsed, at least one part given.
#[derive(Debug, Clone, Default)]
pub struct ParsedFilter {
    pub ip_prefix: Option<String>,
    pub domain_pattern: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub country: Option<String>,
    pub source: Option<String>,
    pub reason: Option<String>,
    pub id: Option<i64>,
}

fn time(s: &str) -> Result<Option<i64>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map(|t| Some(t.and_utc().timestamp_millis()))
        .map_err(|_| crate::i18n::ta("admin-err-date-time", "value", s))
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

impl ReviewFilter {
    pub fn parse(&self) -> Result<ParsedFilter, String> {
        let fields = [
            &self.ip_prefix,
            &self.domain,
            &self.from,
            &self.to,
            &self.country,
            &self.source,
            &self.reason,
            &self.id,
        ];
        if fields
            .iter()
            .any(|f| crate::domain::has_control(f) || f.chars().count() > 200)
        {
            return Err(crate::i18n::t("review-err-chars"));
        }
        let f = ParsedFilter {
            ip_prefix: opt(&self.ip_prefix),
            domain_pattern: opt(&self.domain)
                .map(|d| format!("%@{}", d.trim_start_matches('@').to_lowercase())),
            from: time(&self.from)?,
            to: time(&self.to)?.map(|t| t + 59_999),
            country: opt(&self.country).map(|c| c.to_uppercase()),
            source: opt(&self.source),
            reason: opt(&self.reason),
            id: match opt(&self.id) {
                None => None,
                Some(id) => Some(id.parse().map_err(|_| crate::i18n::t("review-err-chars"))?),
            },
        };
        if f.ip_prefix.is_none()
            && f.domain_pattern.is_none()
            && f.from.is_none()
            && f.to.is_none()
            && f.country.is_none()
            && f.source.is_none()
            && f.reason.is_none()
            && f.id.is_none()
        {
            return Err(crate::i18n::t("review-err-empty"));
        }
        Ok(f)
    }
}

/// What the review page shows for the last hour.
#[derive(Debug, Default)]
pub struct Overview {
    pub last_hour: i64,
    /// Signatures per hour over the previous 24 hours.
    pub usual_per_hour: f64,
    pub prefixes: Vec<(String, i64)>,
    pub domains: Vec<(String, i64)>,
    pub flags: Vec<(String, i64)>,
}

/// One held-back signature as the review page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeldBack {
    pub id: i64,
    /// Who, so staff can tell one person from a bot (the page is for staff who may see personal data).
    pub name: String,
    pub country: String,
    pub created_at: i64,
    pub flag: String,
    /// Whether the signer clicked the confirmation link (it counts as soon as it is released).
    pub clicked: bool,
    pub source: Option<String>,
    pub ip_prefix: Option<String>,
    pub domain: String,
}

/// What a release changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Released {
    pub total: i64,
    /// Of which the signer had already confirmed: they count from now on.
    pub counted: i64,
    /// Of which got their first confirmation email now (bot-flagged ones were never emailed).
    pub emailed: i64,
}

/// (id, state, country, confirmed_at, flag) of a signature an invalidation matched.
pub type Matched = (i64, String, String, Option<i64>, Option<String>);

/// What an invalidation removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    pub total: i64,
    /// Of which were counted (confirmed and not flagged).
    pub counted: i64,
}

crate::per_engine! {
    pub mod sql {
        use std::collections::BTreeMap;

        use crate::signatures::review::{HeldBack, Matched, Overview, ParsedFilter, Released, Removed};
        use crate::signatures::confirm::day_of;

        fn push_filter<'a>(qb: &mut sqlx::QueryBuilder<'a, DB>, petition: i64, f: &'a ParsedFilter, held_only: bool) {
            qb.push(" WHERE petition_id = ").push_bind(petition);
            if held_only {
                qb.push(" AND state = 'pending' AND flag IS NOT NULL");
            } else {
                qb.push(" AND state IN ('pending', 'confirmed')");
            }
            if let Some(s) = &f.source {
                qb.push(" AND source = ").push_bind(s.as_str());
            }
            if let Some(r) = &f.reason {
                qb.push(" AND flag = ").push_bind(r.as_str());
            }
            if let Some(id) = f.id {
                qb.push(" AND id = ").push_bind(id);
            }
            if let Some(p) = &f.ip_prefix {
                qb.push(" AND ip_prefix = ").push_bind(p.as_str());
            }
            if let Some(d) = &f.domain_pattern {
                qb.push(" AND canonical_email LIKE ").push_bind(d.as_str());
            }
            if let Some(t) = f.from {
                qb.push(" AND created_at >= ").push_bind(t);
            }
            if let Some(t) = f.to {
                qb.push(" AND created_at <= ").push_bind(t);
            }
            if let Some(c) = &f.country {
                qb.push(" AND country = ").push_bind(c.as_str());
            }
        }

        /// How many signatures an invalidation (or, with `held_only`, a release) with this filter
        /// would change now.
        pub async fn preview(pool: &Pool, petition: i64, f: &ParsedFilter, held_only: bool) -> Result<i64, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new("SELECT COUNT(*) FROM signatures");
            push_filter(&mut qb, petition, f, held_only);
            qb.build_query_scalar().fetch_one(pool).await
        }

        /// Held-back signatures per petition (those with any).
        pub async fn held_counts(pool: &Pool) -> Result<Vec<(i64, i64)>, sqlx::Error> {
            sqlx::query_as("SELECT petition_id, COUNT(*) FROM signatures WHERE state = 'pending' AND flag IS NOT NULL GROUP BY petition_id")
                .fetch_all(pool).await
        }

        /// The most recent held-back signatures, for the review page.
        pub async fn held_back(pool: &Pool, petition: i64, limit: i64) -> Result<Vec<HeldBack>, sqlx::Error> {
            let domain = if PG { "split_part(canonical_email, '@', 2)" } else { "substr(canonical_email, instr(canonical_email, '@') + 1)" };
            sqlx::query_as::<DB, HeldBack>(&format!(
                "SELECT id, name, country, created_at, flag, confirmed_at IS NOT NULL AS clicked, source, ip_prefix, {domain} AS domain \
                 FROM signatures WHERE petition_id = $1 AND state = 'pending' AND flag IS NOT NULL ORDER BY id DESC LIMIT $2"
            ))
            .bind(petition).bind(limit).fetch_all(pool).await
        }

        /// Releases the matching held-back signatures in one transaction: those the signer
        /// confirmed count at once (every counter corrected); the others become ordinary pending
        /// signatures, and those never emailed (bot flags) get their confirmation email now.
        pub async fn release(
            pool: &Pool, petition: &crate::petitions::Petition, f: &ParsedFilter, now: i64, max_emails: i64,
        ) -> Result<Released, sqlx::Error> {
            use crate::signatures::emails::SignatureMail;
            let mut tx = pool.begin_with(BEGIN).await?;
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT id, country, confirmed_at, flag, email, name, locale, emails_sent FROM signatures",
            );
            push_filter(&mut qb, petition.id, f, true);
            if PG {
                qb.push(" FOR UPDATE");
            }
            type Row = (i64, String, Option<i64>, String, String, String, String, i64);
            let rows: Vec<Row> = qb.build_query_as().fetch_all(&mut *tx).await?;
            let mut released = Released::default();
            // Signatures that count from now on are confirmed for webhooks too.
            let kind = crate::webhooks::EventType::SignatureConfirmed;
            let hooked: i64 = sqlx::query_scalar(crate::webhooks::WANTED)
                .bind(kind.as_str()).fetch_one(&mut *tx).await?;
            let mut countries: BTreeMap<&str, i64> = BTreeMap::new();
            let mut days: BTreeMap<String, i64> = BTreeMap::new();
            for (id, country, confirmed_at, flag, email, name, locale, sent) in &rows {
                released.total += 1;
                let counts = confirmed_at.is_some();
                sqlx::query(
                    "UPDATE signatures SET flag = NULL, released_flag = flag, released_at = $2, \
                     state = CASE WHEN $3 THEN 'confirmed' ELSE state END WHERE id = $1",
                )
                .bind(*id).bind(now).bind(counts).execute(&mut *tx).await?;
                if let Some(at) = confirmed_at {
                    if hooked > 0 {
                        let (source, postcode, shown): (Option<String>, Option<String>, bool) =
                            sqlx::query_as("SELECT source, postcode, sharing_notice FROM signatures WHERE id = $1")
                                .bind(*id).fetch_one(&mut *tx).await?;
                        let facts = (*id, petition.slug.clone(), country.clone(), locale.clone(), source, name.clone(), email.clone(), postcode, shown);
                        crate::signatures::confirm::signature_event(kind, &facts, now)
                            .fan_out_query::<DB>(now).execute(&mut *tx).await?;
                    }
                    released.counted += 1;
                    *countries.entry(country.as_str()).or_default() += 1;
                    *days.entry(day_of(*at)).or_default() += 1;
                } else if crate::abuse::flags::is_bot(Some(flag)) && *sent < max_emails && !email.is_empty() {
                    // Its links were never sent: new ones (a new generation), in the signer's language.
                    sqlx::query("DELETE FROM signature_tokens WHERE signature_id = $1").bind(*id).execute(&mut *tx).await?;
                    let gen: i64 = sqlx::query_scalar(
                        "UPDATE signatures SET emails_sent = emails_sent + 1, link_gen = link_gen + 1 WHERE id = $1 RETURNING link_gen",
                    )
                    .bind(*id).fetch_one(&mut *tx).await?;
                    let mut mail = SignatureMail::new(petition, name);
                    mail.lang = locale.clone();
                    mail.confirmation(email, *id, gen).insert_query::<DB>(now).execute(&mut *tx).await?;
                    released.emailed += 1;
                }
            }
            if released.counted > 0 {
                sqlx::query("UPDATE petition_counts SET confirmed = confirmed + $2, pending = pending - $2 WHERE petition_id = $1")
                    .bind(petition.id).bind(released.counted).execute(&mut *tx).await?;
            }
            for (country, n) in countries {
                sqlx::query(
                    "INSERT INTO petition_country_counts (petition_id, country, confirmed) VALUES ($1, $2, $3) \
                     ON CONFLICT (petition_id, country) DO UPDATE SET confirmed = petition_country_counts.confirmed + $3",
                )
                .bind(petition.id).bind(country).bind(n).execute(&mut *tx).await?;
            }
            for (day, n) in days {
                sqlx::query(
                    "INSERT INTO petition_day_counts (petition_id, day, confirmed) VALUES ($1, $2, $3) \
                     ON CONFLICT (petition_id, day) DO UPDATE SET confirmed = petition_day_counts.confirmed + $3",
                )
                .bind(petition.id).bind(day).bind(n).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(released)
        }

        /// Marks the matching signatures withdrawn (flag "invalidated") and corrects every counter,
        /// in one transaction.
        pub async fn invalidate(pool: &Pool, petition: i64, f: &ParsedFilter, now: i64) -> Result<Removed, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let mut qb = sqlx::QueryBuilder::<DB>::new("SELECT id, state, country, confirmed_at, flag FROM signatures");
            push_filter(&mut qb, petition, f, false);
            if PG {
                qb.push(" FOR UPDATE");
            }
            let rows: Vec<Matched> = qb.build_query_as().fetch_all(&mut *tx).await?;
            let mut removed = Removed::default();
            let mut pending = 0_i64;
            let mut countries: BTreeMap<&str, i64> = BTreeMap::new();
            let mut days: BTreeMap<String, i64> = BTreeMap::new();
            for (_, state, country, confirmed_at, flag) in &rows {
                removed.total += 1;
                match (state.as_str(), confirmed_at, flag) {
                    ("confirmed", Some(at), None) => {
                        removed.counted += 1;
                        *countries.entry(country.as_str()).or_default() += 1;
                        *days.entry(day_of(*at)).or_default() += 1;
                    }
                    ("pending", _, _) => pending += 1,
                    _ => {}
                }
            }
            for chunk in rows.chunks(1000) {
                let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE signatures SET state = 'withdrawn', flag = 'invalidated', withdrawn_at = ");
                qb.push_bind(now).push(" WHERE id IN (");
                let mut list = qb.separated(", ");
                for (id, ..) in chunk {
                    list.push_bind(*id);
                }
                qb.push(")");
                qb.build().execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE petition_counts SET confirmed = confirmed - $2, pending = pending - $3 WHERE petition_id = $1")
                .bind(petition).bind(removed.counted).bind(pending).execute(&mut *tx).await?;
            for (country, n) in countries {
                sqlx::query("UPDATE petition_country_counts SET confirmed = confirmed - $3 WHERE petition_id = $1 AND country = $2")
                    .bind(petition).bind(country).bind(n).execute(&mut *tx).await?;
            }
            for (day, n) in days {
                sqlx::query("UPDATE petition_day_counts SET confirmed = confirmed - $3 WHERE petition_id = $1 AND day = $2")
                    .bind(petition).bind(day).bind(n).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(removed)
        }

        /// The last hour against the 24 hours before it, by address range, domain and flag.
        pub async fn overview(pool: &Pool, petition: i64, now: i64) -> Result<Overview, sqlx::Error> {
            let hour = now - 3_600_000;
            let domain = if PG { "split_part(canonical_email, '@', 2)" } else { "substr(canonical_email, instr(canonical_email, '@') + 1)" };
            let last_hour: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signatures WHERE petition_id = $1 AND created_at >= $2")
                .bind(petition).bind(hour).fetch_one(pool).await?;
            let before: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM signatures WHERE petition_id = $1 AND created_at >= $2 AND created_at < $3",
            )
            .bind(petition).bind(hour - 24 * 3_600_000).bind(hour).fetch_one(pool).await?;
            let prefixes = sqlx::query_as(
                "SELECT COALESCE(ip_prefix, '(unknown)'), COUNT(*) AS n FROM signatures WHERE petition_id = $1 AND created_at >= $2 \
                 GROUP BY ip_prefix ORDER BY n DESC LIMIT 10",
            )
            .bind(petition).bind(hour).fetch_all(pool).await?;
            let domains = sqlx::query_as(&format!(
                "SELECT {domain} AS d, COUNT(*) AS n FROM signatures WHERE petition_id = $1 AND created_at >= $2 \
                 GROUP BY d ORDER BY n DESC LIMIT 10"
            ))
            .bind(petition).bind(hour).fetch_all(pool).await?;
            let flags = sqlx::query_as(
                "SELECT flag, COUNT(*) AS n FROM signatures WHERE petition_id = $1 AND state = 'pending' AND flag IS NOT NULL \
                 GROUP BY flag ORDER BY n DESC",
            )
            .bind(petition).fetch_all(pool).await?;
            Ok(Overview { last_hour, usual_per_hour: before as f64 / 24.0, prefixes, domains, flags })
        }
    }
}
