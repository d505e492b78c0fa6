//! Confirmed counts read from the maintained counter tables, cached briefly in memory so a
//! busy petition page costs no database work, yet is never more than `cache_ms` old.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::Petition;
use crate::cache::TtlCache;
use crate::db::Db;
use crate::i18n::Lang;
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

/// Lists on the public page that are read from rows, not counters: kept per petition (whatever
/// the reader's language or share code), so views cannot multiply their queries.
#[derive(Clone)]
pub struct PageLists {
    /// Confirmed US signatures per state: a GROUP BY over the petition's rows, refreshed at most
    /// once a minute.
    pub us_states: TtlCache<i64, Vec<(String, i64)>>,
    /// Approved organisations: (name, country code, website).
    pub organisations: TtlCache<i64, Vec<(String, String, String)>>,
    /// Whether a webhook endpoint allowed personal fields takes the events of a form (keyed by
    /// `pages::Sharing`).
    pub data_shared: TtlCache<i64, bool>,
}

impl PageLists {
    pub fn new(cache: Duration) -> Self {
        PageLists {
            us_states: TtlCache::new(cache.max(Duration::from_secs(60))),
            organisations: TtlCache::new(cache),
            data_shared: TtlCache::new(cache),
        }
    }
}

/// Counts per petition id, at most `cache_ms` old.
#[derive(Clone)]
pub struct CountsCache(TtlCache<i64, PetitionCounts>);

impl CountsCache {
    pub fn new(ttl: Duration) -> Self {
        CountsCache(TtlCache::new(ttl))
    }

    pub async fn get(&self, db: &Db, petition_id: i64) -> Result<Arc<PetitionCounts>, sqlx::Error> {
        self.0
            .get_or_load(&petition_id, || self.fresh(db, petition_id))
            .await
    }

    /// Drops a petition's counts this instance just changed (staff review), so they show at once.
    pub fn forget(&self, petition_id: i64) {
        self.0.forget(&petition_id);
    }

    /// Straight from the counter tables (for caches built on top of this one).
    pub async fn fresh(&self, db: &Db, petition_id: i64) -> Result<PetitionCounts, sqlx::Error> {
        on_db!(db, sql, load(petition_id))
    }
}

/// Petitions by slug (including "no such petition"), at most `cache_ms` old, each ready in every
/// shipped language: the translated copies are made once per load, not on every request.
#[derive(Clone)]
pub struct PetitionCache(TtlCache<String, Option<Vec<Arc<Petition>>>>);

impl PetitionCache {
    pub fn new(ttl: Duration) -> Self {
        PetitionCache(TtlCache::new(ttl))
    }

    /// The petition as a reader of `lang` sees it (see [`Petition::in_lang`]).
    pub async fn get(
        &self,
        db: &Db,
        slug: &str,
        lang: Lang,
    ) -> Result<Option<Arc<Petition>>, sqlx::Error> {
        let hit = self
            .0
            .get_or_load(&slug.to_owned(), || async {
                let found = on_db!(db, super::sql, by_slug(slug))?.map(Arc::new);
                Ok::<_, sqlx::Error>(found.map(|p| Lang::all().map(|l| p.in_lang(l)).collect()))
            })
            .await?;
        Ok(hit
            .as_ref()
            .as_ref()
            .map(|by_lang| by_lang[lang.index()].clone()))
    }

    /// Drops a petition this instance just changed, so its own pages show the change at once.
    pub fn forget(&self, slug: &str) {
        self.0.forget(&slug.to_owned());
    }
}

crate::per_engine! {
    mod sql {
        use crate::petitions::PetitionCounts;

        /// Everything in one statement, so a networked database costs one round trip: rows tagged
        /// 0 (totals), 1 (a country), 2 (a day) and 3 (a recent signer), ordered here.
        pub async fn load(pool: &Pool, petition: i64) -> Result<PetitionCounts, sqlx::Error> {
            let rows: Vec<(i32, String, String, i64, i64)> = sqlx::query_as(
                "SELECT 0, '', '', confirmed, pending FROM petition_counts WHERE petition_id = $1 \
                 UNION ALL SELECT 1, country, '', confirmed, 0 FROM petition_country_counts \
                 WHERE petition_id = $1 AND confirmed > 0 \
                 UNION ALL SELECT 2, day, '', confirmed, 0 FROM petition_day_counts WHERE petition_id = $1 \
                 UNION ALL SELECT * FROM (SELECT 3, name, country, COALESCE(confirmed_at, 0), 0 FROM signatures \
                 WHERE petition_id = $1 AND state = 'confirmed' AND show_name ORDER BY confirmed_at DESC LIMIT 8) r",
            )
            .bind(petition).fetch_all(pool).await?;
            let mut c = PetitionCounts::default();
            let mut recent = Vec::new();
            for (part, a, b, n, m) in rows {
                match part {
                    0 => (c.confirmed, c.pending) = (n, m),
                    1 => c.by_country.push((a, n)),
                    2 => c.by_day.push((a, n)),
                    _ => recent.push((n, a, b)),
                }
            }
            c.by_country.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
            c.by_day.sort();
            recent.sort_by_key(|r| std::cmp::Reverse(r.0));
            c.recent = recent
                .into_iter()
                .map(|(_, name, country)| (name.split_whitespace().next().unwrap_or("").to_owned(), country))
                .collect();
            Ok(c)
        }
    }
}
