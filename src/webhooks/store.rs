//! Endpoints, deliveries and attempts: what staff manage and what the delivery job leases.

use serde::Serialize;

use super::EventType;

crate::domain::keyword! {
    /// Whether an endpoint gets its deliveries, or waits for an owner to resume it.
    pub enum EndpointState ("webhook endpoint state") {
        Active = "active",
        Paused = "paused",
    }
}

/// An endpoint as staff see it (never its secret).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Endpoint {
    pub id: i64,
    pub url: String,
    /// The event types it receives (its subscription rows).
    #[sqlx(skip)]
    pub events: Vec<EventType>,
    pub personal: bool,
    pub state: EndpointState,
    pub failures: i64,
    pub paused_at: Option<i64>,
    pub created_by: String,
    pub created_at: i64,
}

impl Endpoint {
    pub fn event_list(&self) -> Vec<&'static str> {
        self.events.iter().map(|t| t.as_str()).collect()
    }

    pub fn paused(&self) -> bool {
        self.state == EndpointState::Paused
    }
}

/// One line of an endpoint's delivery log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub id: i64,
    pub msg_id: String,
    pub event_type: String,
    pub state: String,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub delivered_at: Option<i64>,
}

/// One attempt, for the log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttemptRow {
    pub delivery_id: i64,
    pub at: i64,
    pub status: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// A delivery claimed by the job, with where and how to send it. Not `Debug`: it holds the
/// endpoint's secret, which no log may print.
#[derive(Clone, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub endpoint_id: i64,
    pub msg_id: String,
    pub body: String,
    pub attempts: i64,
    pub url: String,
    pub secret: String,
}

/// How an attempt ended, as the job records it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
    /// Answered 2xx.
    pub ok: bool,
    /// When to try again; None gives the delivery up.
    pub retry_at: Option<i64>,
}

const ENDPOINT_COLS: &str = "id, url, personal, state, failures, paused_at, created_by, created_at";

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::webhooks::store::{AttemptRow, DeliveryRow, Due, Endpoint, Outcome, ENDPOINT_COLS};
        use crate::webhooks::EventType;

        pub async fn create(
            pool: &Pool, url: &str, events: &[EventType], personal: bool, secret: &str, by: &str, now: i64,
        ) -> Result<i64, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO webhook_endpoints (url, personal, secret, state, failures, created_by, created_at) \
                 VALUES ($1, $2, $3, 'active', 0, $4, $5) RETURNING id",
            )
            .bind(url).bind(personal).bind(secret).bind(by).bind(now)
            .fetch_one(&mut *tx).await?;
            for kind in events {
                sqlx::query("INSERT INTO webhook_subscriptions (endpoint_id, event_type) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id).bind(*kind).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(id)
        }

        /// Fills each endpoint's event types from its subscription rows.
        async fn with_events(pool: &Pool, mut list: Vec<Endpoint>) -> Result<Vec<Endpoint>, sqlx::Error> {
            let rows: Vec<(i64, EventType)> =
                sqlx::query_as("SELECT endpoint_id, event_type FROM webhook_subscriptions ORDER BY event_type")
                    .fetch_all(pool).await?;
            for e in &mut list {
                e.events = rows.iter().filter(|(id, _)| *id == e.id).map(|(_, t)| *t).collect();
            }
            Ok(list)
        }

        pub async fn all(pool: &Pool) -> Result<Vec<Endpoint>, sqlx::Error> {
            let list = sqlx::query_as::<DB, Endpoint>(&format!("SELECT {ENDPOINT_COLS} FROM webhook_endpoints ORDER BY id"))
                .fetch_all(pool).await?;
            with_events(pool, list).await
        }

        pub async fn one(pool: &Pool, id: i64) -> Result<Option<Endpoint>, sqlx::Error> {
            let found = sqlx::query_as::<DB, Endpoint>(&format!("SELECT {ENDPOINT_COLS} FROM webhook_endpoints WHERE id = $1"))
                .bind(id).fetch_optional(pool).await?;
            Ok(with_events(pool, found.into_iter().collect()).await?.pop())
        }

        /// Whether any endpoint allowed personal fields takes one of `kinds` (the forms whose
        /// actions cause those events then say so).
        pub async fn any_personal(pool: &Pool, kinds: &[EventType]) -> Result<bool, sqlx::Error> {
            if kinds.is_empty() {
                return Ok(false);
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT COUNT(*) FROM webhook_endpoints e JOIN webhook_subscriptions s ON s.endpoint_id = e.id \
                 WHERE e.personal AND s.event_type IN (",
            );
            let mut list = qb.separated(", ");
            for kind in kinds {
                list.push_bind(kind.as_str());
            }
            qb.push(")");
            let n: i64 = qb.build_query_scalar().fetch_one(pool).await?;
            Ok(n > 0)
        }

        /// Resumes a paused endpoint: what waited for it is sent from now on.
        pub async fn resume(pool: &Pool, id: i64) -> Result<bool, sqlx::Error> {
            let res = sqlx::query(
                "UPDATE webhook_endpoints SET state = 'active', failures = 0, paused_at = NULL WHERE id = $1 AND state = 'paused'",
            )
            .bind(id).execute(pool).await?;
            Ok(res.rows_affected() > 0)
        }

        /// Removes an endpoint with its deliveries and log.
        pub async fn delete(pool: &Pool, id: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query("DELETE FROM webhook_attempts WHERE endpoint_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM webhook_deliveries WHERE endpoint_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM webhook_subscriptions WHERE endpoint_id = $1").bind(id).execute(&mut *tx).await?;
            let res = sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1").bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(res.rows_affected() > 0)
        }

        pub async fn deliveries(pool: &Pool, endpoint: i64, limit: i64) -> Result<Vec<DeliveryRow>, sqlx::Error> {
            sqlx::query_as::<DB, DeliveryRow>(
                "SELECT id, msg_id, event_type, state, attempts, last_status, last_error, created_at, delivered_at \
                 FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2",
            )
            .bind(endpoint).bind(limit).fetch_all(pool).await
        }

        pub async fn attempts(pool: &Pool, endpoint: i64, limit: i64) -> Result<Vec<AttemptRow>, sqlx::Error> {
            sqlx::query_as::<DB, AttemptRow>(
                "SELECT delivery_id, at, status, error, duration_ms FROM webhook_attempts \
                 WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2",
            )
            .bind(endpoint).bind(limit).fetch_all(pool).await
        }

        /// Sends a delivery again, with its webhook-id and body unchanged (the receiver may
        /// recognise it); it waits if its endpoint is paused.
        pub async fn replay(pool: &Pool, endpoint: i64, delivery: i64, now: i64) -> Result<bool, sqlx::Error> {
            let res = sqlx::query(
                "UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = $3, locked_until = NULL \
                 WHERE id = $2 AND endpoint_id = $1 AND (state <> 'pending' OR locked_until IS NULL)",
            )
            .bind(endpoint).bind(delivery).bind(now).execute(pool).await?;
            Ok(res.rows_affected() > 0)
        }

        /// Deletes finished deliveries created before `before`, with their attempts. Deliveries
        /// still waiting then (an endpoint paused for that long) are given up first: their bodies
        /// may hold personal data, which is kept no longer than any other delivery's.
        pub async fn purge(pool: &Pool, before: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query(
                "UPDATE webhook_deliveries SET state = 'failed', last_error = 'expired: not delivered in time', locked_until = NULL \
                 WHERE state = 'pending' AND created_at < $1 AND (locked_until IS NULL OR locked_until < $2)",
            )
            .bind(before).bind(crate::db::now_ms()).execute(&mut *tx).await?;
            let old = "SELECT id FROM webhook_deliveries WHERE state <> 'pending' AND created_at < $1";
            sqlx::query(&format!("DELETE FROM webhook_attempts WHERE delivery_id IN ({old})"))
                .bind(before).execute(&mut *tx).await?;
            sqlx::query(&format!("DELETE FROM webhook_deliveries WHERE id IN ({old})"))
                .bind(before).execute(&mut *tx).await?;
            tx.commit().await
        }

        /// Claims up to `limit` due deliveries of active endpoints for `lease_ms`, fairly: an
        /// endpoint never has more than `per_endpoint` on the wire (leased ones count), and each
        /// endpoint's next delivery comes before any endpoint's following one, so a slow or
        /// failing endpoint holds its own slots and nobody else's.
        pub async fn claim(
            pool: &Pool, now: i64, lease_ms: i64, limit: i64, per_endpoint: i64,
        ) -> Result<Vec<Due>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            if PG {
                // One claimer at a time across instances, so the per-endpoint count is not
                // exceeded by two claiming at once (a window query cannot take row locks).
                sqlx::query("SELECT pg_advisory_xact_lock(7302003)").execute(&mut *tx).await?;
            }
            let ids: Vec<i64> = sqlx::query_scalar(
                "WITH busy AS (SELECT endpoint_id, COUNT(*) AS n FROM webhook_deliveries \
                   WHERE state = 'pending' AND locked_until IS NOT NULL AND locked_until >= $1 GROUP BY endpoint_id), \
                 ranked AS (SELECT d.id, d.endpoint_id, ROW_NUMBER() OVER (PARTITION BY d.endpoint_id ORDER BY d.id) AS r \
                   FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
                   WHERE d.state = 'pending' AND e.state = 'active' AND d.next_attempt_at <= $1 \
                   AND (d.locked_until IS NULL OR d.locked_until < $1)) \
                 SELECT ranked.id FROM ranked LEFT JOIN busy ON busy.endpoint_id = ranked.endpoint_id \
                 WHERE ranked.r + COALESCE(busy.n, 0) <= $3 ORDER BY ranked.r, ranked.id LIMIT $2",
            )
            .bind(now).bind(limit).bind(per_endpoint).fetch_all(&mut *tx).await?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE webhook_deliveries SET attempts = attempts + 1, locked_until = ");
            qb.push_bind(now + lease_ms).push(" WHERE id IN (");
            let mut list = qb.separated(", ");
            for id in &ids {
                list.push_bind(*id);
            }
            qb.push(")");
            qb.build().execute(&mut *tx).await?;
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT d.id, d.endpoint_id, d.msg_id, d.body, d.attempts, e.url, e.secret \
                 FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id IN (",
            );
            let mut list = qb.separated(", ");
            for id in &ids {
                list.push_bind(*id);
            }
            qb.push(") ORDER BY d.id");
            let due = qb.build_query_as::<Due>().fetch_all(&mut *tx).await?;
            tx.commit().await?;
            Ok(due)
        }

        /// Extends the lease of deliveries still on the wire.
        pub async fn renew(pool: &Pool, ids: &[i64], until: i64) -> Result<(), sqlx::Error> {
            if ids.is_empty() {
                return Ok(());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE webhook_deliveries SET locked_until = ");
            qb.push_bind(until).push(" WHERE state = 'pending' AND locked_until IS NOT NULL AND id IN (");
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(")");
            qb.build().execute(pool).await?;
            Ok(())
        }

        /// Records an attempt and its consequences in one transaction: the delivery delivered,
        /// retried or given up; the endpoint's failures in a row, and when they reach
        /// `pause_after`, the endpoint paused with `notice(owner, language, url)` emailed to every owner.
        pub async fn record(
            pool: &Pool, d: &Due, o: &Outcome, now: i64, pause_after: i64,
            notice: &(dyn Fn(&str, &str, &str) -> Email + Sync),
        ) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query(
                "INSERT INTO webhook_attempts (delivery_id, endpoint_id, at, status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(d.id).bind(d.endpoint_id).bind(now).bind(o.status).bind(o.error.as_deref()).bind(o.duration_ms)
            .execute(&mut *tx).await?;
            if o.ok {
                sqlx::query(
                    "UPDATE webhook_deliveries SET state = 'delivered', locked_until = NULL, last_status = $2, last_error = NULL, \
                     delivered_at = $3 WHERE id = $1",
                )
                .bind(d.id).bind(o.status).bind(now).execute(&mut *tx).await?;
                sqlx::query("UPDATE webhook_endpoints SET failures = 0 WHERE id = $1 AND failures <> 0")
                    .bind(d.endpoint_id).execute(&mut *tx).await?;
                tx.commit().await?;
                return Ok(());
            }
            let (state, next) = match o.retry_at {
                Some(at) => ("pending", at),
                None => ("failed", now),
            };
            sqlx::query(
                "UPDATE webhook_deliveries SET state = $2, next_attempt_at = $3, locked_until = NULL, last_status = $4, \
                 last_error = $5 WHERE id = $1",
            )
            .bind(d.id).bind(state).bind(next).bind(o.status).bind(o.error.as_deref()).execute(&mut *tx).await?;
            // Paused by this very attempt (the row said active and reached the limit now), so
            // owners are told once.
            let paused: Option<String> = sqlx::query_scalar(
                "UPDATE webhook_endpoints SET failures = failures + 1, \
                 state = CASE WHEN state = 'active' AND failures + 1 >= $2 THEN 'paused' ELSE state END, \
                 paused_at = CASE WHEN state = 'active' AND failures + 1 >= $2 THEN $3 ELSE paused_at END \
                 WHERE id = $1 RETURNING CASE WHEN paused_at = $3 THEN url ELSE NULL END",
            )
            .bind(d.endpoint_id).bind(pause_after).bind(now).fetch_optional(&mut *tx).await?.flatten();
            if let Some(url) = paused {
                let owners: Vec<(String, String)> = sqlx::query_as(
                    "SELECT email, lang FROM admins WHERE role = 'owner' AND NOT disabled ORDER BY id",
                )
                .fetch_all(&mut *tx).await?;
                for (to, lang) in owners {
                    notice(&to, &lang, &url).insert_query::<DB>(now).execute(&mut *tx).await?;
                }
                tracing::warn!(endpoint = d.endpoint_id, "webhook endpoint paused after failures in a row");
            }
            tx.commit().await?;
            Ok(())
        }
    }
}
