//! Webhooks out: owners register endpoints; events (a signature confirmed or withdrawn, a letter
//! sent, an organisation approved, a petition milestone) are delivered to them as JSON, signed per
//! the Standard Webhooks specification, by a leased, retried, at-least-once job (`deliver`).
//!
//! Why this capability stands on the foundation alone: the capabilities that emit
//! events (signatures, petitions, letters, deliveries, admin) call [`Event::fan_out_query`] inside
//! their own transaction, so an event is recorded if and only if its change commits. They import
//! this module; it imports none of them back, so the module graph stays acyclic. For the same
//! reason its staff pages live with the other staff pages (`admin::webhooks`, as API tokens do),
//! since `admin` sits on top of every capability.

pub mod address;
pub mod deliver;
pub mod notice;
pub mod schema;
pub mod sign;
pub mod store;

use serde_json::{Map, Value};
use sqlx::{Database, Encode, Type};

use crate::config::Settings;

crate::domain::keyword! {
    /// What happened, as named in a payload's `type` and chosen per endpoint.
    pub enum EventType ("webhook event type") {
        SignatureConfirmed = "signature.confirmed",
        SignatureWithdrawn = "signature.withdrawn",
        /// With the channel it left by (`email`, `cwc`, `forms`, `hand`).
        LetterSent = "letter.sent",
        OrganisationApproved = "organisation.approved",
        PetitionMilestone = "petition.milestone",
    }
}

/// The payloads' `version`: raised when a field changes meaning or goes away (new fields may be
/// added without it).
pub const PAYLOAD_VERSION: i64 = 1;

/// `event.registration.confirmed` is reserved for the events capability, which will emit it.
pub const RESERVED_TYPES: &[&str] = &["event.registration.confirmed"];

/// Counts the endpoints that take an event type (bound as `$1`): emitters skip building payloads
/// when none does.
pub const WANTED: &str = "SELECT COUNT(*) FROM webhook_subscriptions WHERE event_type = $1";

/// One event, with its two bodies: without personal fields, and with them for the endpoints
/// allowed to receive them. Written once; every attempt sends the same bytes.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventType,
    /// Prefix of the webhook-ids of its deliveries (`msg_<random>_`, then the endpoint id).
    msg_prefix: String,
    plain: String,
    full: String,
}

impl Event {
    /// `data` carries no personal field; `personal` (name, email, postcode…) is merged into it
    /// only for endpoints allowed to receive them.
    pub fn new(
        kind: EventType,
        at_ms: i64,
        data: Map<String, Value>,
        personal: Map<String, Value>,
    ) -> Self {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
        let mut full = data.clone();
        full.extend(personal);
        Event {
            kind,
            msg_prefix: format!("msg_{}_", hex::encode(bytes)),
            plain: body(kind, at_ms, data),
            full: body(kind, at_ms, full),
        }
    }

    /// Keeps the personal fields only if the person was `shown` the sharing notice when they
    /// acted (the consent text saying their details may be passed on): an endpoint allowed
    /// personal fields then gets them; otherwise every endpoint gets the body without them.
    #[must_use]
    pub fn told(mut self, shown: bool) -> Self {
        if !shown {
            self.full.clone_from(&self.plain);
        }
        self
    }

    /// The INSERT of one delivery per endpoint that takes this event (none when none does), to run
    /// on the emitter's transaction so the event commits with the change that caused it.
    pub fn fan_out_query<'q, DB: Database>(
        &'q self,
        now: i64,
    ) -> sqlx::query::Query<'q, DB, DB::Arguments<'q>>
    where
        &'q str: Encode<'q, DB> + Type<DB>,
        String: Encode<'q, DB> + Type<DB>,
        i64: Encode<'q, DB> + Type<DB>,
    {
        sqlx::query(
            "INSERT INTO webhook_deliveries (endpoint_id, msg_id, event_type, body, state, attempts, next_attempt_at, created_at) \
             SELECT id, $1 || CAST(id AS TEXT), $2, CASE WHEN personal THEN $3 ELSE $4 END, 'pending', 0, $5, $5 \
             FROM webhook_endpoints WHERE id IN (SELECT endpoint_id FROM webhook_subscriptions WHERE event_type = $6)",
        )
        .bind(self.msg_prefix.as_str())
        .bind(self.kind.as_str())
        .bind(self.full.as_str())
        .bind(self.plain.as_str())
        .bind(now)
        .bind(self.kind.as_str())
    }
}

/// `{"type", "timestamp", "version", "data"}`, as the Standard Webhooks payload structure has it.
fn body(kind: EventType, at_ms: i64, data: Map<String, Value>) -> String {
    let at = chrono::DateTime::from_timestamp_millis(at_ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    serde_json::json!({
        "type": kind.as_str(),
        "timestamp": at,
        "version": PAYLOAD_VERSION,
        "data": data,
    })
    .to_string()
}

/// Builds a JSON object from pairs: `obj([("petition", slug.into()), …])`.
pub fn obj<const N: usize>(pairs: [(&str, Value); N]) -> Map<String, Value> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// The background jobs: delivering, and forgetting old deliveries.
pub fn jobs(settings: &Settings) -> Vec<crate::jobs::Job> {
    let every = std::time::Duration::from_millis(settings.webhooks.poll_ms.max(10));
    vec![
        crate::jobs::Job::new("webhooks.deliver", every, |ctx| async move {
            // Runs until nothing is due or on the wire, refilling slots as sends finish.
            deliver::round(&ctx.db, &ctx.settings).await?;
            Ok(())
        }),
        crate::jobs::Job::new(
            "webhooks.purge",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                let keep = ctx.settings.webhooks.keep_days.max(1) * 86_400_000;
                let before = crate::db::now_ms() - keep;
                crate::on_db!(&ctx.db, store::sql, purge(before))?;
                Ok(())
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_fields_go_only_into_the_full_body() {
        let e = Event::new(
            EventType::SignatureConfirmed,
            1_700_000_000_000,
            obj([("petition", "trees".into())]),
            obj([("email", "a@example.org".into())]),
        );
        let plain: Value = serde_json::from_str(&e.plain).unwrap();
        let full: Value = serde_json::from_str(&e.full).unwrap();
        assert_eq!(plain["type"], "signature.confirmed");
        assert_eq!(plain["version"], 1);
        assert_eq!(plain["timestamp"], "2023-11-14T22:13:20.000Z");
        assert_eq!(plain["data"]["petition"], "trees");
        assert!(plain["data"].get("email").is_none());
        assert_eq!(full["data"]["email"], "a@example.org");
        assert!(e.msg_prefix.starts_with("msg_") && e.msg_prefix.len() == 37);
        let untold = e.told(false);
        assert_eq!(
            untold.full, untold.plain,
            "not told: no personal field for anyone"
        );
    }

    #[test]
    fn event_types_round_trip() {
        for k in EventType::ALL {
            assert_eq!(k.as_str().parse::<EventType>(), Ok(*k));
        }
    }
}
