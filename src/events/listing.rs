//! The public list of events (the page and the API), each with its translations and chosen zones
//! so a reader sees it in their language, as on its own page: three statements whatever the
//! number of events.

use std::collections::HashMap;

use super::model::{Event, EventText};
use crate::db::Db;
use crate::on_db;

/// Public events, soonest first, at most `limit`.
pub async fn public(db: &Db, limit: i64) -> Result<Vec<Event>, sqlx::Error> {
    let mut events = on_db!(db, super::model::sql, list(false, limit))?;
    let mut texts: HashMap<i64, Vec<EventText>> = HashMap::new();
    for (id, text) in on_db!(db, sql, translations())? {
        texts.entry(id).or_default().push(text);
    }
    let mut zones: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for (id, label, zone) in on_db!(db, sql, zones())? {
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

        pub async fn translations(pool: &Pool) -> Result<Vec<(i64, EventText)>, sqlx::Error> {
            let rows = sqlx::query_as::<DB, Row>(
                "SELECT t.event_id, t.lang, t.title, t.summary, t.body_md FROM event_translations t \
                 JOIN events e ON e.id = t.event_id WHERE e.state <> 'draft' ORDER BY t.event_id, t.lang",
            )
            .fetch_all(pool).await?;
            Ok(rows.into_iter().map(|r| (r.event_id, r.text)).collect())
        }

        pub async fn zones(pool: &Pool) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT z.event_id, z.label, z.time_zone FROM event_zones z JOIN events e ON e.id = z.event_id \
                 WHERE e.state <> 'draft' ORDER BY z.event_id, z.position",
            )
            .fetch_all(pool).await
        }
    }
}
