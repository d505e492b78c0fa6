//! An event as stored, its states, and its queries.

use serde::Serialize;

crate::domain::keyword! {
    /// Where an event is: drafts are not public; registration is taken only while open.
    pub enum EventState ("event state") {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
        Cancelled = "cancelled",
    }
}

crate::domain::keyword! {
    /// Where a registration is: waiting for its email link, holding a seat, on the waiting list
    /// (confirmed when the event was full), or cancelled by its registrant.
    pub enum RegistrationState ("registration state") {
        Pending = "pending",
        Confirmed = "confirmed",
        Waiting = "waiting",
        Cancelled = "cancelled",
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Event {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body_md: String,
    pub locale: String,
    pub starts_at: i64,
    pub ends_at: i64,
    /// The organisers' IANA zone.
    pub time_zone: String,
    pub online: bool,
    /// Never on a public page or in the API: confirmed registrants only.
    #[serde(skip)]
    pub join_url: Option<String>,
    pub address: Option<String>,
    pub map_url: Option<String>,
    pub price: String,
    pub audience: String,
    pub capacity: Option<i64>,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub petition_slug: Option<String>,
    pub letters_slug: Option<String>,
    pub state: EventState,
    pub sequence: i64,
    pub image_page: Option<String>,
    pub image_card: Option<String>,
    pub image_alt: String,
    /// Seats taken.
    pub confirmed: i64,
    pub waiting: i64,
    pub created_at: i64,
    pub updated_at: i64,
    /// Linked from the follow-up after the event.
    #[serde(skip)]
    pub recording_url: Option<String>,
    /// The registration form asks for the sign form's proof of work.
    pub pow_required: bool,
    /// (label, IANA zone) the page lists beside the event's own zone.
    #[sqlx(skip)]
    pub zones: Vec<(String, String)>,
    #[sqlx(skip)]
    pub organisers: Vec<String>,
    #[sqlx(skip)]
    #[serde(skip)]
    pub translations: Vec<EventText>,
}

/// An event's text in one language; empty fields fall back to the main language.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventText {
    pub lang: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body_md: String,
}

/// Why registration is refused right now (a message id).
pub fn closed_message(e: &Event, now: i64) -> Option<&'static str> {
    if e.state == EventState::Cancelled {
        return Some("event-cancelled");
    }
    if e.state != EventState::Open || now >= e.starts_at {
        return Some("event-registration-closed");
    }
    if e.registration_opens_at.is_some_and(|t| now < t) {
        return Some("event-registration-not-yet");
    }
    if e.registration_closes_at.is_some_and(|t| now >= t) {
        return Some("event-registration-closed");
    }
    None
}

impl Event {
    /// The organisers' zone (a stored zone is checked when saved; UTC should it ever be unknown).
    pub fn tz(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }

    pub fn is_public(&self) -> bool {
        self.state != EventState::Draft
    }

    /// Seats left, or `None` without a limit.
    pub fn seats_left(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.confirmed).max(0))
    }

    pub fn body_html(&self) -> String {
        crate::text::markdown(&self.body_md)
    }

    /// The event as a reader of `lang` sees it: its translation where there is one.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> Event {
        let mut e = self.clone();
        if let Some(t) = self
            .translations
            .iter()
            .find(|t| t.lang == lang.code() && lang.code() != self.locale)
        {
            for (own, main) in [
                (&t.title, &mut e.title),
                (&t.summary, &mut e.summary),
                (&t.body_md, &mut e.body_md),
            ] {
                if !own.trim().is_empty() {
                    *main = own.clone();
                }
            }
        }
        e
    }
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    pub created: bool,
    /// The calendar files' SEQUENCE now.
    pub sequence: i64,
}

/// The columns of [`Event`], for every query that reads one.
pub const COLUMNS: &str = "e.id, e.slug, e.title, e.summary, e.body_md, e.locale, e.starts_at, e.ends_at, \
     e.time_zone, e.online, e.join_url, e.address, e.map_url, e.price, e.audience, e.capacity, \
     e.registration_opens_at, e.registration_closes_at, p.slug AS petition_slug, l.slug AS letters_slug, \
     e.state, e.sequence, e.image_page, e.image_card, e.image_alt, e.confirmed, e.waiting, e.created_at, \
     e.updated_at, e.recording_url, e.pow_required FROM events e LEFT JOIN petitions p ON p.id = e.petition_id \
     LEFT JOIN letter_campaigns l ON l.id = e.letter_campaign_id";

crate::per_engine! {
    pub mod sql {
        use crate::events::model::{Event, EventText, Saved, COLUMNS};
        use crate::events::notices::{calendar_changed, notice, Before, NoticeFn};
        use crate::events::spec::ValidEvent;

        /// An event by slug, with its zones, organisers and translations.
        pub async fn by_slug(pool: &Pool, slug: &str) -> Result<Option<Event>, sqlx::Error> {
            let q = format!("SELECT {COLUMNS} WHERE e.slug = $1");
            let Some(mut e) = sqlx::query_as::<DB, Event>(&q).bind(slug).fetch_optional(pool).await? else {
                return Ok(None);
            };
            e.zones = sqlx::query_as("SELECT label, time_zone FROM event_zones WHERE event_id = $1 ORDER BY position")
                .bind(e.id).fetch_all(pool).await?;
            e.organisers = sqlx::query_scalar("SELECT name FROM event_organisers WHERE event_id = $1 ORDER BY position")
                .bind(e.id).fetch_all(pool).await?;
            e.translations = sqlx::query_as::<DB, EventText>(
                "SELECT lang, title, summary, body_md FROM event_translations WHERE event_id = $1 ORDER BY lang",
            )
            .bind(e.id).fetch_all(pool).await?;
            Ok(Some(e))
        }

        /// Events, soonest first: the public ones, or with `all` drafts too.
        pub async fn list(pool: &Pool, all: bool, limit: i64) -> Result<Vec<Event>, sqlx::Error> {
            let filter = if all { "" } else { "WHERE e.state <> 'draft'" };
            let q = format!("SELECT {COLUMNS} {filter} ORDER BY e.starts_at, e.id LIMIT $1");
            sqlx::query_as::<DB, Event>(&q).bind(limit).fetch_all(pool).await
        }

        /// Creates (or, with `update`, updates by slug) an event. A change its calendar files show
        /// raises their SEQUENCE; a change of its moment, place or link, or its cancellation, is
        /// told to its registrants, and seats a higher capacity frees go to those waiting, all in
        /// this one transaction. A problem is named by its field.
        pub async fn save(
            pool: &Pool, v: &ValidEvent, now: i64, update: bool, mail: NoticeFn<'_>,
        ) -> Result<Result<Saved, (&'static str, String)>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let mut linked = [None, None];
            for (i, (slug, table)) in [(&v.petition, "petitions"), (&v.letters, "letter_campaigns")].into_iter().enumerate() {
                let Some(slug) = slug else { continue };
                let id: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE slug = $1"))
                    .bind(slug).fetch_optional(&mut *tx).await?;
                match id {
                    Some(id) => linked[i] = Some(id),
                    None if i == 0 => return Ok(Err(("petition", crate::i18n::ta("event-err-no-petition", "slug", slug.as_str())))),
                    None => return Ok(Err(("letters", crate::i18n::ta("event-err-no-letters", "slug", slug.as_str())))),
                }
            }
            // Held until the end, so two saves of one event are compared one after the other.
            let lock = if PG { " FOR UPDATE" } else { "" };
            let before: Option<Before> = sqlx::query_as(&format!(
                "SELECT title, summary, starts_at, ends_at, time_zone, online, join_url, address, state FROM events WHERE slug = $1{lock}"
            ))
            .bind(&v.slug).fetch_optional(&mut *tx).await?;
            let taken = || Ok(Err(("slug", crate::i18n::t("event-err-slug-taken"))));
            if before.is_some() && !update {
                return taken();
            }
            let bump = before.as_ref().is_some_and(|b| calendar_changed(b, v));
            // `WHERE $23`: a creation never overwrites an event saved meanwhile under its slug.
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO events (slug, title, summary, body_md, locale, starts_at, ends_at, time_zone, online, join_url, \
                 address, map_url, price, audience, capacity, registration_opens_at, registration_closes_at, petition_id, \
                 letter_campaign_id, state, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21) \
                 ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary, body_md = excluded.body_md, \
                 locale = excluded.locale, starts_at = excluded.starts_at, ends_at = excluded.ends_at, time_zone = excluded.time_zone, \
                 online = excluded.online, join_url = excluded.join_url, address = excluded.address, map_url = excluded.map_url, \
                 price = excluded.price, audience = excluded.audience, capacity = excluded.capacity, \
                 registration_opens_at = excluded.registration_opens_at, registration_closes_at = excluded.registration_closes_at, \
                 petition_id = excluded.petition_id, letter_campaign_id = excluded.letter_campaign_id, state = excluded.state, \
                 sequence = events.sequence + $22, updated_at = excluded.updated_at WHERE $23 RETURNING id",
            )
            .bind(&v.slug).bind(&v.title).bind(&v.summary).bind(&v.body).bind(&v.locale).bind(v.starts_at).bind(v.ends_at)
            .bind(&v.time_zone).bind(v.online).bind(&v.join_url).bind(&v.address).bind(&v.map_url).bind(&v.price)
            .bind(&v.audience).bind(v.capacity).bind(v.registration_opens_at).bind(v.registration_closes_at)
            .bind(linked[0]).bind(linked[1]).bind(v.state.as_str()).bind(now).bind(i64::from(bump)).bind(update)
            .fetch_optional(&mut *tx).await?;
            let Some(id) = id else { return taken() };
            sqlx::query("UPDATE events SET recording_url = $2, pow_required = $3 WHERE id = $1")
                .bind(id).bind(&v.recording_url).bind(v.pow_required).execute(&mut *tx).await?;
            for table in ["event_zones", "event_organisers", "event_translations"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE event_id = $1")).bind(id).execute(&mut *tx).await?;
            }
            for (i, (label, zone)) in v.zones.iter().enumerate() {
                sqlx::query("INSERT INTO event_zones (event_id, position, label, time_zone) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(i as i64).bind(label).bind(zone).execute(&mut *tx).await?;
            }
            for (i, name) in v.organisers.iter().enumerate() {
                sqlx::query("INSERT INTO event_organisers (event_id, position, name) VALUES ($1, $2, $3)")
                    .bind(id).bind(i as i64).bind(name).execute(&mut *tx).await?;
            }
            for t in &v.translations {
                sqlx::query("INSERT INTO event_translations (event_id, lang, title, summary, body_md, updated_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(id).bind(&t.lang).bind(&t.title).bind(&t.summary).bind(&t.body_md).bind(now).execute(&mut *tx).await?;
            }
            let q = format!("SELECT {COLUMNS} WHERE e.id = $1");
            let mut event = sqlx::query_as::<DB, Event>(&q).bind(id).fetch_one(&mut *tx).await?;
            event.translations = v.translations.clone();
            if let Some((kind, states)) = before.as_ref().and_then(|b| notice(b, v, now)) {
                same_engine!(crate::events::notices::sql, tell)(&mut tx, &event, kind, states, now, mail).await?;
            }
            same_engine!(crate::events::notices::sql, fill_seats)(&mut tx, &event, now, mail).await?;
            tx.commit().await?;
            Ok(Ok(Saved { created: before.is_none(), sequence: event.sequence }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{EventState, RegistrationState};

    #[test]
    fn states_round_trip_through_their_stored_words() {
        assert_eq!(EventState::WORDS, ["draft", "open", "closed", "cancelled"]);
        assert_eq!(
            RegistrationState::WORDS,
            ["pending", "confirmed", "waiting", "cancelled"]
        );
        for s in RegistrationState::ALL {
            assert_eq!(s.as_str().parse::<RegistrationState>(), Ok(*s));
        }
        assert!("full".parse::<EventState>().is_err());
    }
}

/// One registration as staff see it (lists, CSV, check-in).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub country: String,
    pub organisation: Option<String>,
    pub newsletter: bool,
    pub state: RegistrationState,
    pub time_zone: String,
    pub locale: String,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub seat: Option<i64>,
}

crate::per_engine! {
    pub mod staff_sql {
        use crate::events::model::RegistrationRow;

        /// An event's registrations (not flagged as bots), seats first in their order, then the
        /// waiting list in its order, then the rest.
        pub async fn registrations(pool: &Pool, event: i64) -> Result<Vec<RegistrationRow>, sqlx::Error> {
            sqlx::query_as::<DB, RegistrationRow>(
                "SELECT id, name, email, country, organisation, newsletter, state, time_zone, locale, created_at, confirmed_at, seat \
                 FROM event_registrations WHERE event_id = $1 AND anonymised_at IS NULL \
                 ORDER BY CASE state WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, \
                 seat, confirmed_at, id",
            )
            .bind(event).fetch_all(pool).await
        }

        /// Registrations waiting for their email link, per event.
        pub async fn pending(pool: &Pool) -> Result<Vec<(i64, i64)>, sqlx::Error> {
            sqlx::query_as("SELECT event_id, COUNT(*) FROM event_registrations WHERE state = 'pending' GROUP BY event_id")
                .fetch_all(pool).await
        }
    }
}
