//! Bulk paths that bypass HTTP: seeding confirmed signatures (demo, benchmarks, paper batches)
//! and rebuilding the counters from the signature rows (repair and consistency checks).

use crate::db::Db;
use crate::on_db;

#[derive(Debug, Clone)]
pub struct BulkSignature {
    pub name: String,
    pub email: String,
    pub country: String,
    pub postcode: Option<String>,
    pub show_name: bool,
    pub confirmed_at: i64,
}

/// Inserts confirmed signatures in multi-row statements (duplicates by email are skipped),
/// then rebuilds the petition's counters. Returns how many rows were new.
pub async fn insert_confirmed(
    db: &Db,
    petition_id: i64,
    consent_version: i64,
    rows: &[BulkSignature],
) -> Result<u64, sqlx::Error> {
    let mut added = 0;
    for chunk in rows.chunks(2000) {
        added += on_db!(db, sql, insert_chunk(petition_id, consent_version, chunk))?;
    }
    recount(db, petition_id).await?;
    refresh_statistics(db).await;
    Ok(added)
}

/// Inserts pending signatures and returns a confirmation link token for each one inserted
/// (benchmarks of the confirm path).
pub async fn insert_pending_with_tokens(
    db: &Db,
    petition_id: i64,
    rows: &[BulkSignature],
) -> Result<Vec<String>, sqlx::Error> {
    let key = crate::secret::links::LinkKey::signatures(db).await?;
    let mut tokens = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(2000) {
        for (id, gen) in on_db!(db, sql, insert_pending_chunk(petition_id, chunk))? {
            tokens.push(key.token(crate::secret::links::Purpose::Confirm, id, gen));
        }
    }
    recount(db, petition_id).await?;
    Ok(tokens)
}

/// Fresh planner statistics after a bulk load, as PostgreSQL's manual advises. Until autovacuum
/// first reached a table loaded all at once, the planner took it for almost empty and joined the
/// confirm batch by scanning every pending signature once per link (600 confirmations/s instead
/// of 10,000). SQLite plans these statements from the primary key alone.
/// A failure only costs speed until autovacuum analyzes the table: it is logged, not returned.
pub async fn refresh_statistics(db: &Db) {
    if let Db::Postgres(pool) = db {
        if let Err(e) = sqlx::query("ANALYZE signatures").execute(pool).await {
            tracing::warn!(error = %e, "ANALYZE after a bulk load failed");
        }
    }
}

/// Rebuilds total, per-country and per-day counters of one petition from its signatures.
pub async fn recount(db: &Db, petition_id: i64) -> Result<(), sqlx::Error> {
    on_db!(db, sql, recount(petition_id))
}

crate::per_engine! {
    mod sql {
        use crate::signatures::bulk::BulkSignature;

        pub async fn insert_chunk(pool: &Pool, petition: i64, consent_version: i64, rows: &[BulkSignature]) -> Result<u64, sqlx::Error> {
            // Links start at the time of insertion (`crate::secret::links`).
            let now = crate::db::now_ms();
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "INSERT INTO signatures (petition_id, name, email, canonical_email, country, postcode, show_name, \
                 newsletter, consent_version, state, emails_sent, source, created_at, confirmed_at, link_gen) ",
            );
            qb.push_values(rows, |mut b, r| {
                b.push_bind(petition).push_bind(&r.name).push_bind(&r.email).push_bind(r.email.to_lowercase())
                    .push_bind(&r.country).push_bind(&r.postcode).push_bind(r.show_name).push_bind(false)
                    .push_bind(consent_version).push_bind("confirmed").push_bind(0_i64).push_bind("bulk")
                    .push_bind(r.confirmed_at).push_bind(r.confirmed_at).push_bind(now);
            });
            qb.push(" ON CONFLICT (petition_id, canonical_email) DO NOTHING");
            Ok(qb.build().execute(pool).await?.rows_affected())
        }

        pub async fn insert_pending_chunk(pool: &Pool, petition: i64, rows: &[BulkSignature]) -> Result<Vec<(i64, i64)>, sqlx::Error> {
            let now = crate::db::now_ms();
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "INSERT INTO signatures (petition_id, name, email, canonical_email, country, postcode, show_name, \
                 newsletter, consent_version, state, emails_sent, source, created_at, link_gen) ",
            );
            qb.push_values(rows, |mut b, r| {
                b.push_bind(petition).push_bind(&r.name).push_bind(&r.email).push_bind(r.email.to_lowercase())
                    .push_bind(&r.country).push_bind(&r.postcode).push_bind(r.show_name).push_bind(false)
                    .push_bind(1_i64).push_bind("pending").push_bind(1_i64).push_bind("bulk").push_bind(r.confirmed_at)
                    .push_bind(now);
            });
            qb.push(" ON CONFLICT (petition_id, canonical_email) DO NOTHING RETURNING id, link_gen");
            qb.build_query_as().fetch_all(pool).await
        }

        pub async fn recount(pool: &Pool, petition: i64) -> Result<(), sqlx::Error> {
            let day = if PG {
                "to_char(to_timestamp(confirmed_at / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
            } else {
                "strftime('%Y-%m-%d', confirmed_at / 1000, 'unixepoch')"
            };
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query(
                "UPDATE petition_counts SET \
                 confirmed = (SELECT COUNT(*) FROM signatures WHERE petition_id = $1 AND state = 'confirmed'), \
                 pending = (SELECT COUNT(*) FROM signatures WHERE petition_id = $1 AND state = 'pending') \
                 WHERE petition_id = $1",
            )
            .bind(petition).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM petition_country_counts WHERE petition_id = $1").bind(petition).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO petition_country_counts (petition_id, country, confirmed) SELECT petition_id, country, COUNT(*) \
                 FROM signatures WHERE petition_id = $1 AND state = 'confirmed' GROUP BY petition_id, country",
            )
            .bind(petition).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM petition_day_counts WHERE petition_id = $1").bind(petition).execute(&mut *tx).await?;
            sqlx::query(&format!(
                "INSERT INTO petition_day_counts (petition_id, day, confirmed) SELECT petition_id, {day}, COUNT(*) \
                 FROM signatures WHERE petition_id = $1 AND state = 'confirmed' GROUP BY petition_id, {day}"
            ))
            .bind(petition).execute(&mut *tx).await?;
            tx.commit().await
        }
    }
}
