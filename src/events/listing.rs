//! The public list of events (the page and the API), each with its translations and chosen zones
//! so a reader sees it in their language, as on its own page: three statements whatever the
//! number of events, each reading only the events listed (and no translated bodies: a list shows
//! titles and summaries).

use std::collections::HashMap;

use super::model::{Event, EventText};
use crate::db::Db;
use crate::on_db;

/// Public events, soonest first, at most `limit`.
pub async fn public(db: &Db, limit: i64) -> Result<Vec<Event>, sqlx::Error> {
    let mut events = on_db!(db, super::model::sql, list(false, limit))?;
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    if ids.is_empty() {
        return Ok(events);
    }
    let mut texts: HashMap<i64, Vec<EventText>> = HashMap::new();
    for (id, text) in on_db!(db, sql, translations(&ids))? {
        texts.entry(id).or_default().push(text);
    }
    let mut zones: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for (id, label, zone) in on_db!(db, sql, zones(&ids))? {
        zones.entry(id).or_default().push((label, zone));
    }
    for e in &mut events {
        e.translations = texts.remove(&e.id).unwrap_or_default();
        e.zones = zones.remove(&e.id).unwrap_or_default();
    }
    Ok(events)
}

/// A translation with the event it belongs to.
#[derive(sqlx::FromRow)]
struct Row {
    event_id: i64,
    #[sqlx(flatten)]
    text: EventText,
}

crate::per_engine! {
    mod sql {
        use crate::events::model::EventText;

        pub async fn translations(pool: &Pool, ids: &[i64]) -> Result<Vec<(i64, EventText)>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT event_id, lang, title, summary, '' AS body_md FROM event_translations WHERE event_id IN (",
            );
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(") ORDER BY event_id, lang");
            let rows: Vec<Row> = qb.build_query_as().fetch_all(pool).await?;
            Ok(rows.into_iter().map(|r| (r.event_id, r.text)).collect())
        }

        pub async fn zones(pool: &Pool, ids: &[i64]) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT event_id, label, time_zone FROM event_zones WHERE event_id IN (",
            );
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(") ORDER BY event_id, position");
            qb.build_query_as().fetch_all(pool).await
        }
    }
}
