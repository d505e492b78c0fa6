//! What registrants are told when staff change an event: a change of its moment, place or joining
//! link sends those holding a seat an "event updated" email with a calendar file of a higher
//! SEQUENCE; a cancellation sends everyone confirmed or waiting a METHOD:CANCEL. The emails are
//! written in the transaction that saves the event, so each change is told exactly once, and a
//! save that changes nothing tells nobody.

use super::emails::{self, Kind};
use super::model::{Event, EventState};
use super::register::Registrant;
use super::spec::ValidEvent;
use crate::config::Settings;
use crate::email::Email;
use crate::secret::tokens::Token;

/// The event as stored before a save: what the comparison needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Before {
    pub title: String,
    pub summary: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub online: bool,
    pub join_url: Option<String>,
    pub address: Option<String>,
    pub state: EventState,
}

/// Registrants are told of these: they may have to be somewhere else, or at another time.
fn moved(b: &Before, v: &ValidEvent) -> bool {
    b.starts_at != v.starts_at
        || b.ends_at != v.ends_at
        || b.online != v.online
        || b.address != v.address
        || stored_link(&b.join_url) != v.join_url
}

/// A joining link as saves now store it (parsed): links stored as typed before parsing began
/// (`https://x.org` for `https://x.org/`) are not a change to tell anyone about.
fn stored_link(link: &Option<String>) -> Option<String> {
    link.as_deref().map(|l| {
        url::Url::parse(l)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| l.to_owned())
    })
}

/// Whether the calendar files change (then their SEQUENCE goes up).
pub fn calendar_changed(b: &Before, v: &ValidEvent) -> bool {
    moved(b, v)
        || b.title != v.title
        || b.summary != v.summary
        || b.time_zone != v.time_zone
        || b.state != v.state
}

/// The email a save causes, and to whom (registration states), if any. An event that is over
/// tells nobody.
pub fn notice(b: &Before, v: &ValidEvent, now: i64) -> Option<(Kind, &'static [&'static str])> {
    let live = |s: EventState| matches!(s, EventState::Open | EventState::Closed);
    if b.ends_at <= now {
        return None;
    }
    if v.state == EventState::Cancelled && b.state != EventState::Cancelled {
        return Some((Kind::Cancelled, &["confirmed", "waiting"]));
    }
    (live(b.state) && live(v.state) && moved(b, v)).then_some((Kind::Updated, &["confirmed"]))
}

/// Writes a notice for one registrant (the event in their language, a fresh link to their page).
pub type NoticeFn<'a> = &'a (dyn Fn(&Event, &Registrant, Kind, &Token) -> Email + Send + Sync);

/// The notices' writer for these settings.
pub fn mailer(
    settings: &Settings,
) -> impl Fn(&Event, &Registrant, Kind, &Token) -> Email + Send + Sync + '_ {
    move |event: &Event, r: &Registrant, kind: Kind, manage: &Token| {
        let person = emails::Person {
            name: r.name.clone(),
            email: r.email.clone(),
            locale: r.locale.clone(),
            time_zone: r.time_zone.clone(),
        };
        let e = event.in_lang(crate::i18n::Lang::stored(&r.locale));
        emails::compose(
            kind,
            &e,
            &person,
            settings,
            &emails::Links::new(settings.base(), None, manage),
        )
    }
}

crate::per_engine! {
    pub mod sql {
        use crate::events::emails::Kind;
        use crate::events::model::{Event, EventState};
        use crate::events::notices::NoticeFn;
        use crate::events::register::Registrant;
        use crate::secret::tokens::Token;

        /// Emails `kind` to the event's registrants in `states`, each with a fresh link to their
        /// own page stored alongside.
        pub async fn tell(
            conn: &mut <DB as sqlx::Database>::Connection, event: &Event, kind: Kind, states: &[&str], now: i64,
            mail: NoticeFn<'_>,
        ) -> Result<(), sqlx::Error> {
            let list = (0..states.len()).map(|i| format!("${}", i + 2)).collect::<Vec<_>>().join(", ");
            let q = format!(
                "SELECT r.id, r.event_id, e.slug, r.name, r.email, r.locale, r.time_zone, r.state \
                 FROM event_registrations r JOIN events e ON e.id = r.event_id \
                 WHERE r.event_id = $1 AND r.anonymised_at IS NULL AND r.state IN ({list}) ORDER BY r.id"
            );
            let mut query = sqlx::query_as::<DB, Registrant>(&q).bind(event.id);
            for s in states {
                query = query.bind(*s);
            }
            let people = query.fetch_all(&mut *conn).await?;
            for r in &people {
                let manage = Token::generate();
                sqlx::query("INSERT INTO event_registration_tokens (token_hash, registration_id, purpose, created_at) VALUES ($1, $2, 'manage', $3)")
                    .bind(&manage.hash).bind(r.id).bind(now).execute(&mut *conn).await?;
                mail(event, r, kind, &manage).insert_query::<DB>(now).execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Free seats (after a raise of the capacity) go to those waiting, first come first:
        /// the same promotion a cancellation makes, once per free seat.
        pub async fn fill_seats(
            conn: &mut <DB as sqlx::Database>::Connection, event: &Event, now: i64, mail: NoticeFn<'_>,
        ) -> Result<(), sqlx::Error> {
            if !matches!(event.state, EventState::Open | EventState::Closed) || event.ends_at <= now {
                return Ok(());
            }
            let free = event.capacity.map_or(event.waiting, |c| c - event.confirmed).min(event.waiting);
            let promoted = |r: &Registrant, kind: Kind, manage: &Token| mail(event, r, kind, manage);
            for _ in 0..free.max(0) {
                same_engine!(crate::events::register::sql, promote)(conn, event.id, &Token::generate(), now, &promoted).await?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before() -> (Before, ValidEvent) {
        let v = crate::events::EventSpec::from_toml(
            r#"slug = "s"
title = "T"
starts_at = "2036-01-15T15:00:00+01:00"
ends_at = "2036-01-15T16:30:00+01:00"
time_zone = "Europe/Zurich"
online = true
join_url = "https://meet.example.org/a"
state = "open"
"#,
        )
        .unwrap()
        .validate()
        .unwrap();
        let b = Before {
            title: v.title.clone(),
            summary: v.summary.clone(),
            starts_at: v.starts_at,
            ends_at: v.ends_at,
            time_zone: v.time_zone.clone(),
            online: v.online,
            join_url: v.join_url.clone(),
            address: v.address.clone(),
            state: v.state,
        };
        (b, v)
    }

    #[test]
    fn only_a_change_that_matters_tells_registrants() {
        let (b, mut v) = before();
        assert!(!calendar_changed(&b, &v) && notice(&b, &v, 0).is_none());
        v.title = "Other".into();
        assert!(calendar_changed(&b, &v) && notice(&b, &v, 0).is_none());
        v.join_url = Some("https://meet.example.org/b".into());
        assert_eq!(notice(&b, &v, 0).map(|n| n.0), Some(Kind::Updated));
        assert!(notice(&b, &v, b.ends_at).is_none(), "over: nobody is told");
        v.state = EventState::Cancelled;
        assert_eq!(
            notice(&b, &v, 0),
            Some((Kind::Cancelled, &["confirmed", "waiting"][..]))
        );
    }

    #[test]
    fn a_link_stored_as_typed_is_no_change() {
        let (mut b, mut v) = before();
        b.join_url = Some("https://meet.example.org".into());
        v.join_url = Some("https://meet.example.org/".into());
        assert!(notice(&b, &v, 0).is_none());
        v.join_url = Some("https://meet.example.org/other".into());
        assert!(notice(&b, &v, 0).is_some());
    }
}
