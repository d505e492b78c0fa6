//! Confirming and withdrawing through emailed links. Each is one guarded UPDATE plus the
//! counter changes in the same transaction, so concurrent clicks move a count exactly once.

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done now.
    Done { slug: String, title: String },
    /// Done before: nothing changed.
    AlreadyDone { slug: String, title: String },
    /// The petition no longer accepts confirmations.
    Closed { slug: String, title: String },
    /// Unknown or wrong-purpose token.
    Invalid,
}

/// What a link points at, for the page shown before the POST.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LinkTarget {
    pub slug: String,
    pub title: String,
    pub state: String,
}

pub async fn confirm(db: &Db, settings: &Settings, token: &str) -> Result<Outcome, sqlx::Error> {
    let hash = super::tokens::hash(token);
    let now = now_ms();
    let cutoff = now - settings.signing.confirm_grace_hours * 3_600_000;
    on_db!(db, sql, confirm(&hash, now, cutoff))
}

pub async fn withdraw(db: &Db, token: &str) -> Result<Outcome, sqlx::Error> {
    let hash = super::tokens::hash(token);
    on_db!(db, sql, withdraw(&hash, now_ms()))
}

pub async fn lookup(
    db: &Db,
    token: &str,
    purpose: &str,
) -> Result<Option<LinkTarget>, sqlx::Error> {
    let hash = super::tokens::hash(token);
    on_db!(db, sql, lookup(&hash, purpose))
}

/// The UTC day ("YYYY-MM-DD") a timestamp falls on: the key of the per-day counters.
pub fn day_of(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .date_naive()
        .to_string()
}

crate::per_engine! {
    mod sql {
        use crate::signatures::confirm::{day_of, LinkTarget, Outcome};

        pub async fn lookup(pool: &Pool, hash: &str, purpose: &str) -> Result<Option<LinkTarget>, sqlx::Error> {
            sqlx::query_as::<DB, LinkTarget>(
                "SELECT p.slug, p.title, s.state FROM signature_tokens t JOIN signatures s ON s.id = t.signature_id \
                 JOIN petitions p ON p.id = s.petition_id WHERE t.token_hash = $1 AND t.purpose = $2",
            )
            .bind(hash).bind(purpose).fetch_optional(pool).await
        }

        pub async fn confirm(pool: &Pool, hash: &str, now: i64, cutoff: i64) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin().await?;
            let row: Option<(i64, String)> = sqlx::query_as(
                "UPDATE signatures SET state = 'confirmed', confirmed_at = $2 WHERE state = 'pending' \
                 AND id = (SELECT signature_id FROM signature_tokens WHERE token_hash = $1 AND purpose = 'confirm') \
                 AND petition_id IN (SELECT id FROM petitions WHERE state IN ('open', 'closed', 'delivered') \
                                     AND (closes_at IS NULL OR closes_at > $3)) \
                 RETURNING petition_id, country",
            )
            .bind(hash).bind(now).bind(cutoff).fetch_optional(&mut *tx).await?;
            let Some((petition, country)) = row else {
                drop(tx);
                return Ok(match lookup(pool, hash, "confirm").await? {
                    None => Outcome::Invalid,
                    Some(t) if t.state == "confirmed" => Outcome::AlreadyDone { slug: t.slug, title: t.title },
                    Some(t) if t.state == "withdrawn" => Outcome::Invalid,
                    Some(t) => Outcome::Closed { slug: t.slug, title: t.title },
                });
            };
            sqlx::query("UPDATE petition_counts SET confirmed = confirmed + 1, pending = pending - 1 WHERE petition_id = $1")
                .bind(petition).execute(&mut *tx).await?;
            add_country_day(&mut tx, petition, &country, &day_of(now), 1).await?;
            let (slug, title): (String, String) = sqlx::query_as("SELECT slug, title FROM petitions WHERE id = $1")
                .bind(petition).fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(Outcome::Done { slug, title })
        }

        pub async fn withdraw(pool: &Pool, hash: &str, now: i64) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin().await?;
            let row: Option<(i64, String, Option<i64>)> = sqlx::query_as(
                "UPDATE signatures SET state = 'withdrawn', withdrawn_at = $2 WHERE state IN ('pending', 'confirmed') \
                 AND id = (SELECT signature_id FROM signature_tokens WHERE token_hash = $1 AND purpose = 'withdraw') \
                 RETURNING petition_id, country, confirmed_at",
            )
            .bind(hash).bind(now).fetch_optional(&mut *tx).await?;
            let Some((petition, country, confirmed_at)) = row else {
                drop(tx);
                return Ok(match lookup(pool, hash, "withdraw").await? {
                    Some(t) => Outcome::AlreadyDone { slug: t.slug, title: t.title },
                    None => Outcome::Invalid,
                });
            };
            match confirmed_at {
                Some(at) => {
                    sqlx::query("UPDATE petition_counts SET confirmed = confirmed - 1 WHERE petition_id = $1")
                        .bind(petition).execute(&mut *tx).await?;
                    add_country_day(&mut tx, petition, &country, &day_of(at), -1).await?;
                }
                None => {
                    sqlx::query("UPDATE petition_counts SET pending = pending - 1 WHERE petition_id = $1")
                        .bind(petition).execute(&mut *tx).await?;
                }
            }
            let (slug, title): (String, String) = sqlx::query_as("SELECT slug, title FROM petitions WHERE id = $1")
                .bind(petition).fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(Outcome::Done { slug, title })
        }

        async fn add_country_day(conn: &mut <DB as sqlx::Database>::Connection, petition: i64, country: &str, day: &str, delta: i64) -> Result<(), sqlx::Error> {
            sqlx::query(
                "INSERT INTO petition_country_counts (petition_id, country, confirmed) VALUES ($1, $2, $3) \
                 ON CONFLICT (petition_id, country) DO UPDATE SET confirmed = petition_country_counts.confirmed + $3",
            )
            .bind(petition).bind(country).bind(delta).execute(&mut *conn).await?;
            sqlx::query(
                "INSERT INTO petition_day_counts (petition_id, day, confirmed) VALUES ($1, $2, $3) \
                 ON CONFLICT (petition_id, day) DO UPDATE SET confirmed = petition_day_counts.confirmed + $3",
            )
            .bind(petition).bind(day).bind(delta).execute(&mut *conn).await?;
            Ok(())
        }
    }
}
