//! Registering for an event, confirming by email, and cancelling. Every change of a
//! registration's state and the event's counters is one transaction that first holds the event's
//! row, so seats are given in confirmation order and the capacity holds under any concurrency:
//! the seat itself is taken by one conditional UPDATE of the event's counter.

use serde::{Deserialize, Serialize};

use super::emails::{self, Kind};
use super::model::{Event, RegistrationState};
use super::EventsCtx;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::domain::{Country, PersonName, SignerEmail};
use crate::email::Email;
use crate::http::{AppError, FieldErrors};
use crate::on_db;
use crate::secret::tokens::{self, Token};

/// The anti-abuse windows are per petition id; events count apart from petitions (positive ids)
/// and letter campaigns (negative ids).
const GUARD_SCOPE: i64 = -(1 << 40);

/// What the person typed, kept as typed so a rejected form comes back filled in.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationJson {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub consent: bool,
    #[serde(default)]
    pub newsletter: bool,
    /// The registrant's IANA zone; the event's when absent or unknown.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// The HTML form: unticked boxes are absent.
#[derive(Debug, Deserialize)]
pub struct RegistrationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organisation: String,
    pub consent: Option<String>,
    pub newsletter: Option<String>,
    /// Filled in by the page's script from the browser.
    #[serde(default)]
    pub time_zone: String,
    /// The honeypot.
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub issued: String,
    /// The proof-of-work solution (filled in by /static/pow.js when the event asks for it).
    #[serde(default)]
    pub pow: String,
    /// "widget" when posted from the embeddable widget.
    #[serde(default)]
    pub source: String,
}

impl From<&RegistrationForm> for RegistrationJson {
    fn from(f: &RegistrationForm) -> Self {
        RegistrationJson {
            name: f.name.clone(),
            email: f.email.clone(),
            country: f.country.clone(),
            organisation: Some(f.organisation.clone()),
            consent: f.consent.is_some(),
            newsletter: f.newsletter.is_some(),
            time_zone: Some(f.time_zone.clone()),
        }
    }
}

/// A registration that passed every rule.
#[derive(Debug)]
pub struct Valid {
    pub name: PersonName,
    pub email: SignerEmail,
    pub country: Country,
    pub organisation: Option<String>,
    pub newsletter: bool,
    pub time_zone: String,
}

impl RegistrationJson {
    pub fn parse(&self, event: &Event, settings: &Settings) -> Result<Valid, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = PersonName::parse(&self.name)
            .map_err(|e| errors.add("name", e))
            .ok();
        let email = SignerEmail::parse(&self.email, &settings.canonical_email)
            .map_err(|e| errors.add("email", e))
            .ok();
        let country = Country::parse(&self.country)
            .map_err(|e| errors.add("country", e))
            .ok();
        let organisation = self
            .organisation
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty());
        if organisation.is_some_and(|o| o.chars().count() > 200 || o.chars().any(char::is_control))
        {
            errors.add("organisation", "event-err-organisation");
        }
        if !self.consent {
            errors.add("consent", "event-err-consent");
        }
        // An unknown zone is not the person's mistake: their emails use the event's.
        let time_zone = self
            .time_zone
            .as_deref()
            .and_then(|z| z.trim().parse::<chrono_tz::Tz>().ok())
            .map(|z| z.name().to_owned())
            .unwrap_or_else(|| event.time_zone.clone());
        match (name, email, country) {
            (Some(name), Some(email), Some(country)) if errors.is_empty() => Ok(Valid {
                name,
                email,
                country,
                organisation: organisation.map(str::to_owned),
                newsletter: self.newsletter,
                time_zone,
            }),
            _ => Err(errors),
        }
    }
}

/// Why a registration was not taken.
#[derive(Debug)]
pub enum RegisterError {
    Invalid(FieldErrors),
    Closed(&'static str),
    Failed(AppError),
}

/// Where a registration comes from.
pub struct Origin<'a> {
    pub client: std::net::IpAddr,
    pub via: &'static str,
    pub form: Option<&'a crate::abuse::FormProof>,
}

/// One registration to store, with both emails' tokens and its confirmation email.
pub struct NewRegistration<'a> {
    pub event_id: i64,
    pub valid: &'a Valid,
    pub locale: String,
    pub flag: Option<&'static str>,
    pub ip_hash: String,
    pub via: &'static str,
    pub confirm: Token,
    pub manage: Token,
    pub mail: Email,
}

/// Validates and stores one registration. New and repeated ones give the same answer, so nobody
/// learns from it whether an address registered.
pub async fn register(
    ctx: &EventsCtx,
    event: &Event,
    input: &RegistrationJson,
    origin: Origin<'_>,
) -> Result<(), RegisterError> {
    let now = now_ms();
    if let Some(message) = super::model::closed_message(event, now) {
        return Err(RegisterError::Closed(message));
    }
    let valid = input
        .parse(event, &ctx.settings)
        .map_err(RegisterError::Invalid)?;
    let mut assessed = ctx.guard.assess(
        GUARD_SCOPE - event.id,
        origin.client,
        valid.email.canonical(),
        origin.form,
        now,
    );
    // The same proof of work as the sign form, tied to this event and used once on any instance.
    // Asked even of a rate-flagged one: tripping a rate limit must not be a way around it.
    if !crate::abuse::flags::is_bot(assessed.flag)
        && pow_required(&ctx.db, event.id).await.map_err(fail)?
    {
        let solved = ctx.guard.pow_ok(origin.form, &pow_scope(&event.slug), now);
        if !crate::abuse::claim_pow(&ctx.db, solved)
            .await
            .map_err(fail)?
        {
            assessed.flag = Some("no_pow");
        }
    }
    if let Some(reason) = assessed.flag {
        tracing::info!(event = event.id, reason, "registration flagged");
        metrics::counter!("event_registrations_flagged_total", "reason" => reason).increment(1);
    }
    let lang = crate::i18n::Lang::current();
    let (confirm, manage) = (Token::generate(), Token::generate());
    let person = emails::Person {
        name: valid.name.as_str().to_owned(),
        email: valid.email.as_str().to_owned(),
        locale: lang.code().to_owned(),
        time_zone: valid.time_zone.clone(),
    };
    let mail = emails::compose(
        Kind::Confirm,
        event,
        &person,
        &ctx.settings,
        &emails::Links::new(ctx.settings.base(), Some(&confirm), &manage),
    );
    let new = NewRegistration {
        event_id: event.id,
        valid: &valid,
        locale: person.locale,
        flag: assessed.flag,
        ip_hash: assessed.ip_hash,
        via: origin.via,
        confirm,
        manage,
        mail,
    };
    let s = &ctx.settings;
    let cap = (
        s.worker.max_public_emails_per_address,
        s.worker.public_email_window_hours.max(1) * 3_600_000,
    );
    on_db!(
        &ctx.db,
        sql,
        submit(&new, now, s.signing.max_emails_per_signature, cap)
    )
    .map_err(|e| RegisterError::Failed(e.into()))?;
    metrics::counter!("event_registrations_submitted_total").increment(1);
    Ok(())
}

fn fail(e: sqlx::Error) -> RegisterError {
    RegisterError::Failed(e.into())
}

/// What a proof-of-work solution for an event is tied to (petitions use their slug, letter
/// campaigns "l:slug"; no slug has a colon).
pub fn pow_scope(slug: &str) -> String {
    format!("e:{slug}")
}

/// Whether the event's registration form asks for a proof of work.
pub async fn pow_required(db: &Db, event: i64) -> Result<bool, sqlx::Error> {
    on_db!(db, sql, pow_required(event))
}

/// A registrant, as their emails need them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Registrant {
    pub id: i64,
    pub event_id: i64,
    pub slug: String,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub time_zone: String,
    pub state: RegistrationState,
}

/// What a click on an emailed link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done now: the registration is in this state.
    Done(RegistrationState, String),
    /// Nothing changed: the registration was already so (or can no longer change).
    Unchanged(RegistrationState, String),
    Invalid,
}

/// Makes the email for a registrant whose registration just changed (with a fresh link to their
/// own page, stored with the change).
pub type MailFn<'a> = &'a (dyn Fn(&Registrant, Kind, &Token) -> Email + Send + Sync);

/// The function that writes the emails a confirmation or cancellation causes.
fn mailer(
    event: Event,
    settings: std::sync::Arc<Settings>,
) -> impl Fn(&Registrant, Kind, &Token) -> Email + Send + Sync {
    move |r: &Registrant, kind: Kind, manage: &Token| {
        let person = emails::Person {
            name: r.name.clone(),
            email: r.email.clone(),
            locale: r.locale.clone(),
            time_zone: r.time_zone.clone(),
        };
        emails::compose(
            kind,
            &event,
            &person,
            &settings,
            &emails::Links::new(settings.base(), None, manage),
        )
    }
}

async fn event_of(
    db: &Db,
    token: &str,
    purpose: &str,
) -> Result<Option<(Registrant, Event)>, sqlx::Error> {
    let Some(token) = tokens::parse(token) else {
        return Ok(None);
    };
    let Some(r) = on_db!(db, sql, registrant(&tokens::hash(token), purpose))? else {
        return Ok(None);
    };
    let Some(e) = on_db!(db, super::model::sql, by_slug(&r.slug))? else {
        return Ok(None);
    };
    Ok(Some((r, e)))
}

/// The registration and its event behind a link, for the page shown before the button.
pub async fn lookup(
    db: &Db,
    token: &str,
    purpose: &str,
) -> Result<Option<(Registrant, Event)>, sqlx::Error> {
    event_of(db, token, purpose).await
}

/// Confirms a registration: a seat if one is left, else the waiting list.
pub async fn confirm(ctx: &EventsCtx, token: &str) -> Result<Outcome, sqlx::Error> {
    let Some((r, event)) = event_of(&ctx.db, token, "confirm").await? else {
        return Ok(Outcome::Invalid);
    };
    let mail = mailer(
        event.in_lang(crate::i18n::Lang::stored(&r.locale)),
        ctx.settings.clone(),
    );
    let manage = Token::generate();
    on_db!(&ctx.db, sql, confirm(&r, &manage, now_ms(), &mail))
}

/// Cancels a registration; a seat it held goes to the first one waiting, who is emailed.
pub async fn cancel(ctx: &EventsCtx, token: &str) -> Result<Outcome, sqlx::Error> {
    let Some((r, event)) = event_of(&ctx.db, token, "manage").await? else {
        return Ok(Outcome::Invalid);
    };
    let settings = ctx.settings.clone();
    // The promoted person's email is in their own language.
    let mail = move |p: &Registrant, kind: Kind, manage: &Token| {
        let e = event.in_lang(crate::i18n::Lang::stored(&p.locale));
        mailer(e, settings.clone())(p, kind, manage)
    };
    let manage = Token::generate();
    on_db!(&ctx.db, sql, cancel(&r, &manage, now_ms(), &mail))
}

/// Erases a registration: cancelled as above (its seat goes to the first one waiting), then its
/// personal data and links are removed; the counts stay.
pub async fn erase(ctx: &EventsCtx, token: &str) -> Result<Outcome, sqlx::Error> {
    let Some((r, event)) = event_of(&ctx.db, token, "manage").await? else {
        return Ok(Outcome::Invalid);
    };
    let settings = ctx.settings.clone();
    let mail = move |p: &Registrant, kind: Kind, manage: &Token| {
        let e = event.in_lang(crate::i18n::Lang::stored(&p.locale));
        mailer(e, settings.clone())(p, kind, manage)
    };
    let manage = Token::generate();
    on_db!(&ctx.db, sql, erase(&r, &manage, now_ms(), &mail))
}

/// Whether a queued outbox row is about the registration being erased: a copy of data to its
/// address, or an email carrying one of its link tokens (`hashes`, as stored). Queued emails about
/// the same person's other registrations stay.
pub fn about_registration(
    kind: crate::email::EmailKind,
    payload: Option<&str>,
    text: &str,
    hashes: &[String],
) -> bool {
    if kind == crate::email::EmailKind::DataCopy {
        return true;
    }
    let in_payload = super::messages::token_in(payload).map(|t| tokens::hash(&t));
    super::messages::token_hashes_in(text)
        .into_iter()
        .chain(in_payload)
        .any(|h| hashes.contains(&h))
}

/// Emails the registrant behind a link a copy of what is kept about them (within the
/// per-registration email limit); false when the link does not work.
pub async fn copy(ctx: &EventsCtx, token: &str) -> Result<bool, sqlx::Error> {
    let Some((r, event)) = event_of(&ctx.db, token, "manage").await? else {
        return Ok(false);
    };
    let Some(d) = on_db!(&ctx.db, sql, details(r.id))? else {
        return Ok(false);
    };
    let lang = crate::i18n::Lang::stored(&r.locale);
    let event = event.in_lang(lang);
    let mail = lang.scope_sync(|| {
        let t = crate::i18n::t;
        let lines = [
            (t("event-copy-event"), event.title.clone()),
            (t("field-name"), d.name.clone()),
            (t("field-email"), d.email.clone()),
            (
                t("field-country"),
                crate::domain::country_name(&d.country).to_owned(),
            ),
            (
                t("event-field-organisation"),
                d.organisation.clone().unwrap_or_default(),
            ),
            (t("event-time-zone"), d.time_zone.clone()),
            (
                t("event-copy-state"),
                crate::i18n::tk("event-state", d.state.as_str()),
            ),
            (
                t("event-copy-registered"),
                crate::i18n::format::fmt_time(d.created_at),
            ),
        ];
        let data: Vec<String> = lines.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        Email {
            kind: crate::email::EmailKind::DataCopy,
            to: d.email.clone(),
            from_name: None,
            reply_to: None,
            subject: t("email-copy-subject"),
            text: format!("{}\n\n{}\n", t("event-copy-intro"), data.join("\n")),
            html: None,
            payload: None,
        }
    });
    let max = ctx.settings.signing.max_emails_per_signature;
    on_db!(&ctx.db, sql, send_copy(r.id, &mail, max, now_ms()))?;
    Ok(true)
}

/// What a registrant's own page shows of their data.
pub async fn details(
    db: &Db,
    id: i64,
) -> Result<Option<super::model::RegistrationRow>, sqlx::Error> {
    on_db!(db, sql, details(id))
}

crate::per_engine! {
    pub mod sql {
        use crate::events::emails::Kind;
        use crate::events::model::RegistrationState;
        use crate::events::register::{MailFn, NewRegistration, Outcome, Registrant};
        use crate::secret::tokens::Token;

        const REGISTRANT: &str = "SELECT r.id, r.event_id, e.slug, r.name, r.email, r.locale, r.time_zone, r.state \
             FROM event_registrations r JOIN events e ON e.id = r.event_id";

        pub async fn pow_required(pool: &Pool, event: i64) -> Result<bool, sqlx::Error> {
            sqlx::query_scalar("SELECT pow_required FROM events WHERE id = $1").bind(event).fetch_one(pool).await
        }

        pub async fn registrant(pool: &Pool, hash: &str, purpose: &str) -> Result<Option<Registrant>, sqlx::Error> {
            sqlx::query_as::<DB, Registrant>(&format!(
                "{REGISTRANT} JOIN event_registration_tokens t ON t.registration_id = r.id WHERE t.token_hash = $1 AND t.purpose = $2"
            ))
            .bind(hash).bind(purpose).fetch_optional(pool).await
        }

        async fn add_token(conn: &mut <DB as sqlx::Database>::Connection, id: i64, hash: &str, purpose: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("INSERT INTO event_registration_tokens (token_hash, registration_id, purpose, created_at) VALUES ($1, $2, $3, $4)")
                .bind(hash).bind(id).bind(purpose).bind(now).execute(&mut *conn).await?;
            Ok(())
        }

        /// Holds the event's row until the transaction ends: every change of its registrations'
        /// states goes through here first, so they happen one after another.
        async fn hold_event(conn: &mut <DB as sqlx::Database>::Connection, event: i64) -> Result<(), sqlx::Error> {
            // SQLite's BEGIN IMMEDIATE already holds the database.
            if PG {
                sqlx::query("SELECT id FROM events WHERE id = $1 FOR UPDATE").bind(event).execute(&mut *conn).await?;
            }
            Ok(())
        }

        pub async fn submit(
            pool: &Pool, n: &NewRegistration<'_>, now: i64, max_emails: i64, (cap, window_ms): (i64, i64),
        ) -> Result<(), sqlx::Error> {
            let v = n.valid;
            let bot = crate::abuse::flags::is_bot(n.flag);
            let mut tx = pool.begin_with(BEGIN).await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO event_registrations (event_id, name, email, canonical_email, country, organisation, consent, \
                 newsletter, time_zone, locale, state, flag, ip_hash, signed_via, emails_sent, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, TRUE, $7, $8, $9, 'pending', $10, $11, $12, $13, $14) \
                 ON CONFLICT (event_id, canonical_email) DO NOTHING RETURNING id",
            )
            .bind(n.event_id).bind(v.name.as_str()).bind(v.email.as_str()).bind(v.email.canonical()).bind(v.country.code())
            .bind(&v.organisation).bind(v.newsletter).bind(&v.time_zone).bind(&n.locale).bind(n.flag).bind(&n.ip_hash)
            .bind(n.via).bind(i64::from(!bot)).bind(now)
            .fetch_optional(&mut *tx).await?;
            if let Some(id) = id {
                add_token(&mut tx, id, &n.confirm.hash, "confirm", now).await?;
                add_token(&mut tx, id, &n.manage.hash, "manage", now).await?;
                if !bot {
                    n.mail.insert_query::<DB>(now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                return Ok(());
            }
            // The same address again: the same answer, and at most a few emails ever.
            let (id, state, sent, held): (i64, RegistrationState, i64, Option<String>) = sqlx::query_as(
                "SELECT id, state, emails_sent, flag FROM event_registrations WHERE event_id = $1 AND canonical_email = $2",
            )
            .bind(n.event_id).bind(v.email.canonical()).fetch_one(&mut *tx).await?;
            // A seat or a place on the list is kept; a bot's repeat must not replace the owner's
            // data or cost them a live link.
            let replaceable = matches!(state, RegistrationState::Pending | RegistrationState::Cancelled);
            let replaces_bot = crate::abuse::flags::is_bot(held.as_deref());
            if !replaceable || (bot && !replaces_bot) || sent >= max_emails {
                return Ok(());
            }
            // No room left under the per-address cap: the email would be dropped, and the owner's
            // working link would die for nothing.
            let key = crate::email::caps::key_of_canonical(v.email.canonical());
            let used: Option<i64> = sqlx::query_scalar("SELECT sent FROM mail_caps WHERE recipient_key = $1 AND window_start > $2")
                .bind(&key).bind(now - window_ms).fetch_optional(&mut *tx).await?;
            if used.is_some_and(|u| u >= cap) {
                return Ok(());
            }
            // Only while still pending or cancelled: a confirmation that committed since the read
            // above (PostgreSQL reads committed data) keeps its seat, and the counters stay true.
            let reset = sqlx::query(
                "UPDATE event_registrations SET state = 'pending', name = $2, email = $3, country = $4, organisation = $5, \
                 newsletter = $6, time_zone = $7, locale = $8, flag = $9, ip_hash = $10, created_at = $11, \
                 emails_sent = emails_sent + $12, confirmed_at = NULL, cancelled_at = NULL, seat = NULL \
                 WHERE id = $1 AND state IN ('pending', 'cancelled')",
            )
            .bind(id).bind(v.name.as_str()).bind(v.email.as_str()).bind(v.country.code()).bind(&v.organisation)
            .bind(v.newsletter).bind(&v.time_zone).bind(&n.locale).bind(n.flag).bind(&n.ip_hash).bind(now)
            .bind(i64::from(!bot)).execute(&mut *tx).await?;
            if reset.rows_affected() != 1 {
                return Ok(());
            }
            // The newest submission's link is the only one that works.
            sqlx::query("DELETE FROM event_registration_tokens WHERE registration_id = $1").bind(id).execute(&mut *tx).await?;
            add_token(&mut tx, id, &n.confirm.hash, "confirm", now).await?;
            add_token(&mut tx, id, &n.manage.hash, "manage", now).await?;
            if !bot {
                n.mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(())
        }

        pub async fn confirm(pool: &Pool, r: &Registrant, manage: &Token, now: i64, mail: MailFn<'_>) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            hold_event(&mut tx, r.event_id).await?;
            // Confirmations are taken until the event ends, unless it was cancelled or is a draft.
            let moved = sqlx::query(
                "UPDATE event_registrations SET confirmed_at = $2 WHERE id = $1 AND state = 'pending' \
                 AND event_id IN (SELECT id FROM events WHERE state IN ('open', 'closed') AND ends_at > $2)",
            )
            .bind(r.id).bind(now).execute(&mut *tx).await?;
            if moved.rows_affected() != 1 {
                let state: RegistrationState = sqlx::query_scalar("SELECT state FROM event_registrations WHERE id = $1")
                    .bind(r.id).fetch_one(&mut *tx).await?;
                return Ok(Outcome::Unchanged(state, r.slug.clone()));
            }
            // The seat: one conditional statement on the event's counter.
            let seat: Option<i64> = sqlx::query_scalar(
                "UPDATE events SET confirmed = confirmed + 1, seats_given = seats_given + 1 \
                 WHERE id = $1 AND (capacity IS NULL OR confirmed < capacity) RETURNING seats_given",
            )
            .bind(r.event_id).fetch_optional(&mut *tx).await?;
            let (state, kind) = match seat {
                Some(seat) => {
                    sqlx::query("UPDATE event_registrations SET state = 'confirmed', seat = $2 WHERE id = $1")
                        .bind(r.id).bind(seat).execute(&mut *tx).await?;
                    (RegistrationState::Confirmed, Kind::Registered)
                }
                None => {
                    sqlx::query("UPDATE event_registrations SET state = 'waiting' WHERE id = $1").bind(r.id).execute(&mut *tx).await?;
                    sqlx::query("UPDATE events SET waiting = waiting + 1 WHERE id = $1").bind(r.event_id).execute(&mut *tx).await?;
                    (RegistrationState::Waiting, Kind::Waiting)
                }
            };
            add_token(&mut tx, r.id, &manage.hash, "manage", now).await?;
            mail(r, kind, manage).insert_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Outcome::Done(state, r.slug.clone()))
        }

        pub async fn cancel(pool: &Pool, r: &Registrant, manage: &Token, now: i64, mail: MailFn<'_>) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            hold_event(&mut tx, r.event_id).await?;
            let before: RegistrationState = sqlx::query_scalar("SELECT state FROM event_registrations WHERE id = $1")
                .bind(r.id).fetch_one(&mut *tx).await?;
            if before == RegistrationState::Cancelled {
                return Ok(Outcome::Unchanged(before, r.slug.clone()));
            }
            release(&mut tx, r, before, manage, now, mail).await?;
            tx.commit().await?;
            Ok(Outcome::Done(RegistrationState::Cancelled, r.slug.clone()))
        }

        /// Cancels the registration and gives back what it held (its seat to the first waiting).
        async fn release(
            conn: &mut <DB as sqlx::Database>::Connection, r: &Registrant, before: RegistrationState,
            manage: &Token, now: i64, mail: MailFn<'_>,
        ) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE event_registrations SET state = 'cancelled', cancelled_at = $2, seat = NULL WHERE id = $1")
                .bind(r.id).bind(now).execute(&mut *conn).await?;
            match before {
                RegistrationState::Confirmed => {
                    sqlx::query("UPDATE events SET confirmed = confirmed - 1 WHERE id = $1").bind(r.event_id).execute(&mut *conn).await?;
                    promote(conn, r.event_id, manage, now, mail).await?;
                }
                RegistrationState::Waiting => {
                    sqlx::query("UPDATE events SET waiting = waiting - 1 WHERE id = $1").bind(r.event_id).execute(&mut *conn).await?;
                }
                _ => {}
            }
            Ok(())
        }

        pub async fn erase(pool: &Pool, r: &Registrant, manage: &Token, now: i64, mail: MailFn<'_>) -> Result<Outcome, sqlx::Error> {
            let early = same_engine!(crate::email::outbox::sql, queued_before)(pool, &r.email).await?;
            let mut tx = pool.begin_with(BEGIN).await?;
            hold_event(&mut tx, r.event_id).await?;
            let before: RegistrationState = sqlx::query_scalar("SELECT state FROM event_registrations WHERE id = $1")
                .bind(r.id).fetch_one(&mut *tx).await?;
            if before != RegistrationState::Cancelled {
                release(&mut tx, r, before, manage, now, mail).await?;
            }
            forget_emails(&mut tx, r.id, (&r.email, early)).await?;
            sqlx::query(
                "UPDATE event_registrations SET name = '', email = '', canonical_email = 'erased-' || id, organisation = NULL, \
                 ip_hash = '', anonymised_at = $2 WHERE id = $1",
            )
            .bind(r.id).bind(now).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM event_registration_tokens WHERE registration_id = $1").bind(r.id).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Outcome::Done(RegistrationState::Cancelled, r.slug.clone()))
        }

        /// Removes the registration's emails from the outbox, as the signatures' erasure does: those
        /// still queued that carry one of its links (or a copy of data to its address), and every
        /// email already sent to its address (history that only holds the address). Run while its
        /// tokens and address are still there.
        /// `early`: the address and what `queued_before` read of the queue to it before the
        /// transaction began.
        async fn forget_emails(
            conn: &mut <DB as sqlx::Database>::Connection, id: i64, (early_to, early): (&str, crate::email::outbox::EarlyRead),
        ) -> Result<(), sqlx::Error> {
            let email: String = sqlx::query_scalar("SELECT email FROM event_registrations WHERE id = $1")
                .bind(id).fetch_one(&mut *conn).await?;
            if email.is_empty() {
                return Ok(());
            }
            let hashes: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM event_registration_tokens WHERE registration_id = $1")
                .bind(id).fetch_all(&mut *conn).await?;
            // The early read is of the address the registrant had when the link was opened.
            let early = if early_to.eq_ignore_ascii_case(&email) { early } else { Default::default() };
            let pending = same_engine!(crate::email::outbox::sql, queued_since)(&mut *conn, &email, early).await?;
            for (row, kind, payload, text) in &pending {
                if crate::events::register::about_registration(*kind, payload.as_deref(), text, &hashes) {
                    sqlx::query("DELETE FROM outbox WHERE id = $1").bind(*row).execute(&mut *conn).await?;
                }
            }
            same_engine!(crate::email::outbox::sql, forget_sent)(&mut *conn, &email, false).await?;
            Ok(())
        }

        /// Emails the registrant a copy of their data, within the per-registration email limit.
        pub async fn send_copy(pool: &Pool, id: i64, mail: &crate::email::Email, max: i64, now: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query("UPDATE event_registrations SET emails_sent = emails_sent + 1 WHERE id = $1 AND emails_sent < $2")
                .bind(id).bind(max).execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(res.rows_affected() == 1)
        }

        pub async fn details(pool: &Pool, id: i64) -> Result<Option<crate::events::model::RegistrationRow>, sqlx::Error> {
            sqlx::query_as(
                "SELECT id, name, email, country, organisation, newsletter, state, time_zone, locale, created_at, confirmed_at, seat \
                 FROM event_registrations WHERE id = $1",
            )
            .bind(id).fetch_optional(pool).await
        }

        /// Gives a free seat to the first one waiting (in confirmation order) and emails them;
        /// nobody once the event is cancelled, a draft, or over.
        pub async fn promote(
            conn: &mut <DB as sqlx::Database>::Connection, event: i64, manage: &Token, now: i64, mail: MailFn<'_>,
        ) -> Result<(), sqlx::Error> {
            // The rows say who waits (the first in confirmation order); the counters follow them.
            let first: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM event_registrations WHERE event_id = $1 AND state = 'waiting' ORDER BY confirmed_at, id LIMIT 1",
            )
            .bind(event).fetch_optional(&mut *conn).await?;
            let Some(id) = first else { return Ok(()) };
            let seat: Option<i64> = sqlx::query_scalar(
                "UPDATE events SET confirmed = confirmed + 1, seats_given = seats_given + 1, waiting = waiting - 1 \
                 WHERE id = $1 AND (capacity IS NULL OR confirmed < capacity) \
                 AND state IN ('open', 'closed') AND ends_at > $2 RETURNING seats_given",
            )
            .bind(event).bind(now).fetch_optional(&mut *conn).await?;
            let Some(seat) = seat else { return Ok(()) };
            sqlx::query("UPDATE event_registrations SET state = 'confirmed', seat = $2 WHERE id = $1")
                .bind(id).bind(seat).execute(&mut *conn).await?;
            let p: Registrant = sqlx::query_as::<DB, Registrant>(&format!("{REGISTRANT} WHERE r.id = $1"))
                .bind(id).fetch_one(&mut *conn).await?;
            add_token(conn, id, &manage.hash, "manage", now).await?;
            mail(&p, Kind::Promoted, manage).insert_query::<DB>(now).execute(&mut *conn).await?;
            Ok(())
        }
    }
}
