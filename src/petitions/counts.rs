//! Confirmed counts read from the maintained counter tables, cached briefly in memory so a
//! busy petition page costs no database work, yet is never more than `cache_ms` old.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::db::Db;
use crate::on_db;

#[derive(Debug, Clone, Default, Serialize)]
pub struct PetitionCounts {
    pub confirmed: i64,
    pub pending: i64,
    /// (ISO code, confirmed), largest first.
    pub by_country: Vec<(String, i64)>,
    /// ("YYYY-MM-DD", confirmed), oldest first.
    pub by_day: Vec<(String, i64)>,
    /// (first name, ISO code) of the latest signers who chose to be shown.
    #[serde(skip)]
    pub recent: Vec<(String, String)>,
}

type Entries = HashMap<i64, (Instant, Arc<PetitionCounts>)>;

#[derive(Clone)]
pub struct CountsCache {
    ttl: Duration,
    entries: Arc<Mutex<Entries>>,
}

impl CountsCache {
    pub fn new(ttl: Duration) -> Self {
        CountsCache {
            ttl,
            entries: Arc::default(),
        }
    }

    pub async fn get(&self, db: &Db, petition_id: i64) -> Result<Arc<PetitionCounts>, sqlx::Error> {
        if let Some((at, counts)) = self.entries.lock().unwrap().get(&petition_id) {
            if at.elapsed() < self.ttl {
                return Ok(counts.clone());
            }
        }
        let fetched_at = Instant::now();
        let counts = Arc::new(on_db!(db, sql, load(petition_id))?);
        self.entries
            .lock()
            .unwrap()
            .insert(petition_id, (fetched_at, counts.clone()));
        Ok(counts)
    }
}

crate::per_engine! {
    mod sql {
        use crate::petitions::PetitionCounts;

        pub async fn load(pool: &Pool, petition: i64) -> Result<PetitionCounts, sqlx::Error> {
            let (confirmed, pending): (i64, i64) =
                sqlx::query_as("SELECT confirmed, pending FROM petition_counts WHERE petition_id = $1")
                    .bind(petition).fetch_optional(pool).await?.unwrap_or((0, 0));
            let by_country = sqlx::query_as(
                "SELECT country, confirmed FROM petition_country_counts WHERE petition_id = $1 AND confirmed > 0 \
                 ORDER BY confirmed DESC, country",
            )
            .bind(petition).fetch_all(pool).await?;
            let by_day = sqlx::query_as(
                "SELECT day, confirmed FROM petition_day_counts WHERE petition_id = $1 ORDER BY day",
            )
            .bind(petition).fetch_all(pool).await?;
            let recent: Vec<(String, String)> = sqlx::query_as(
                "SELECT name, country FROM signatures WHERE petition_id = $1 AND state = 'confirmed' AND show_name \
                 ORDER BY confirmed_at DESC LIMIT 8",
            )
            .bind(petition).fetch_all(pool).await?;
            let recent = recent
                .into_iter()
                .map(|(name, country)| (name.split_whitespace().next().unwrap_or("").to_owned(), country))
                .collect();
            Ok(PetitionCounts { confirmed, pending, by_country, by_day, recent })
        }
    }
}
