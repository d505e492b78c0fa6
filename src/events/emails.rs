//! The emails of events, written when the change that causes them is committed, in the
//! registrant's language with times in their zone. The "you're registered" email carries the
//! joining link and the invitation (`.ics`), whose text rides in the outbox row's payload until
//! the worker attaches it.

use serde::{Deserialize, Serialize};

use super::model::Event;
use crate::config::Settings;
use crate::email::outbox::{Attachment, OutboxRow};
use crate::email::{Email, EmailKind};
use crate::i18n::{t, ta, Lang};
use crate::secret::tokens::Token;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Confirm,
    Registered,
    Waiting,
    Promoted,
    Reminder,
    /// The moment, place or joining link changed.
    Updated,
    Cancelled,
}

impl Kind {
    fn email_kind(self) -> EmailKind {
        match self {
            Kind::Confirm => EmailKind::EventConfirm,
            Kind::Registered => EmailKind::EventRegistered,
            Kind::Waiting => EmailKind::EventWaiting,
            Kind::Promoted => EmailKind::EventPromoted,
            Kind::Reminder => EmailKind::EventReminder,
            Kind::Updated => EmailKind::EventUpdated,
            Kind::Cancelled => EmailKind::EventCancelled,
        }
    }

    /// Emails to someone holding a seat: they carry the joining link.
    fn seated(self) -> bool {
        matches!(
            self,
            Kind::Registered | Kind::Promoted | Kind::Reminder | Kind::Updated
        )
    }

    /// Emails that carry a calendar file: an invitation, its update, or its cancellation.
    fn attaches(self) -> bool {
        matches!(
            self,
            Kind::Registered | Kind::Promoted | Kind::Updated | Kind::Cancelled
        )
    }
}

/// Whom an email goes to.
pub struct Person {
    pub name: String,
    pub email: String,
    pub locale: String,
    /// Their IANA zone: the times in their emails.
    pub time_zone: String,
}

/// The links an email carries.
pub struct Links {
    pub confirm: Option<String>,
    pub own_page: String,
    pub cancel: String,
}

impl Links {
    pub fn new(base: &str, confirm: Option<&Token>, manage: &Token) -> Links {
        Links {
            confirm: confirm.map(|c| format!("{base}/events/confirm/{}", c.secret)),
            own_page: format!("{base}/events/me/{}", manage.secret),
            cancel: format!("{base}/events/me/{}/cancel", manage.secret),
        }
    }
}

/// What an event email's payload holds: the calendar file to attach.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    ics: String,
    method: String,
}

/// Subjects carry the title: never let a line break reach a header.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The start as the person reads it: in their zone, and in the event's when that differs.
pub fn when(event: &Event, zone: &str) -> String {
    let lang = Lang::current();
    let home = event.tz();
    let own: chrono_tz::Tz = zone.parse().unwrap_or(home);
    let mut text = lang.date_time_in(event.starts_at, own);
    if own != home {
        text = format!("{text} ({})", lang.date_time_in(event.starts_at, home));
    }
    text
}

/// The organiser's name and address for calendar invitations: the sender of every email.
fn organiser(settings: &Settings) -> (String, String) {
    match settings.email_from.parse::<lettre::message::Mailbox>() {
        Ok(m) => (m.name.unwrap_or_default(), m.email.to_string()),
        Err(_) => (String::new(), settings.email_from.clone()),
    }
}

/// Writes one email of `kind` to `person` about `event` (already in their language).
pub fn compose(
    kind: Kind,
    event: &Event,
    person: &Person,
    settings: &Settings,
    links: &Links,
) -> Email {
    Lang::stored(&person.locale).scope_sync(|| {
        let title = event.title.as_str();
        let time = when(event, &person.time_zone);
        let subject = match kind {
            Kind::Confirm => ta("event-mail-confirm-subject", "title", title),
            Kind::Registered => ta("event-mail-registered-subject", "title", title),
            Kind::Waiting => ta("event-mail-waiting-subject", "title", title),
            Kind::Promoted => ta("event-mail-promoted-subject", "title", title),
            Kind::Updated => ta("event-mail-updated-subject", "title", title),
            Kind::Cancelled => ta("event-mail-cancelled-subject", "title", title),
            Kind::Reminder => crate::i18n::ta2(
                "event-mail-reminder-subject",
                "title",
                title,
                "time",
                time.as_str(),
            ),
        };
        let intro = match kind {
            Kind::Confirm => "event-mail-confirm-intro",
            Kind::Registered => "event-mail-registered-intro",
            Kind::Waiting => "event-mail-waiting-intro",
            Kind::Promoted => "event-mail-promoted-intro",
            Kind::Reminder => "event-mail-reminder-intro",
            Kind::Updated => "event-mail-updated-intro",
            Kind::Cancelled => "event-mail-cancelled-intro",
        };
        let mut lines = vec![
            ta("event-mail-hello", "name", person.name.as_str()),
            String::new(),
            ta(intro, "title", title),
            String::new(),
        ];
        if let Some(confirm) = &links.confirm {
            lines.extend([confirm.clone(), String::new()]);
        }
        lines.push(ta("event-mail-when", "time", time.as_str()));
        if let Some(address) = &event.address {
            lines.push(ta("event-mail-address", "address", address.as_str()));
        }
        if kind.seated() {
            if let Some(join) = &event.join_url {
                lines.extend([String::new(), t("event-mail-join"), join.clone()]);
            }
        }
        let attach = kind.attaches();
        // Updates and cancellations say what their file does in their own words.
        if matches!(kind, Kind::Registered | Kind::Promoted) {
            lines.extend([String::new(), t("event-mail-calendar")]);
        }
        lines.extend([
            String::new(),
            t("event-mail-own-page"),
            links.own_page.clone(),
        ]);
        if kind != Kind::Cancelled {
            lines.extend([String::new(), t("event-mail-cancel"), links.cancel.clone()]);
        }
        if kind == Kind::Confirm {
            lines.extend([String::new(), t("event-mail-ignore")]);
        }
        let payload = attach.then(|| {
            let (name, address) = organiser(settings);
            let invite = super::ics::Invitation {
                organiser_name: if name.is_empty() { "Chorus" } else { &name },
                organiser_email: &address,
                attendee_name: &person.name,
                attendee_email: &person.email,
                join_url: event.join_url.as_deref(),
            };
            let ics =
                super::ics::calendar(event, settings.base(), crate::db::now_ms(), Some(&invite));
            // The MIME part says what the file does: what its own METHOD says.
            let method = super::ics::method(&ics).to_owned();
            serde_json::to_string(&Payload { ics, method }).unwrap_or_default()
        });
        Email {
            kind: kind.email_kind(),
            to: person.email.clone(),
            from_name: None,
            reply_to: None,
            subject: one_line(&subject),
            text: lines.join("\n"),
            html: None,
            payload,
        }
    })
}

/// Attaches the calendar file of an event email at send time; `None` for other kinds.
pub fn finish(row: &mut OutboxRow) -> Option<Result<(), String>> {
    let kind = row.kind().ok()?;
    if !matches!(
        kind,
        EmailKind::EventConfirm
            | EmailKind::EventRegistered
            | EmailKind::EventWaiting
            | EmailKind::EventPromoted
            | EmailKind::EventReminder
            | EmailKind::EventUpdated
            | EmailKind::EventCancelled
    ) {
        return None;
    }
    let Some(payload) = row.payload.as_deref() else {
        return Some(Ok(()));
    };
    Some(match serde_json::from_str::<Payload>(payload) {
        Ok(p) => {
            row.attachment = Some(Attachment {
                filename: "invite.ics".into(),
                content_type: format!("text/calendar; charset=utf-8; method={}", p.method),
                body: p.ics,
            });
            Ok(())
        }
        Err(e) => Err(format!("bad payload: {e}")),
    })
}
