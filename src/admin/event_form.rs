//! Creating and editing events on the staff pages. The form becomes the same [`EventSpec`] a TOML
//! file does and goes through the same rules; a refused form comes back as typed, each problem by
//! its field. Times are typed as local date and time in the zone picked beside them.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDateTime, TimeZone};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::events::model::{Event, EventState};
use crate::events::EventSpec;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::t;
use crate::on_db;

/// The form as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct EventForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub time_zone: String,
    /// One zone a line: "America/New_York" or "Geneva=Europe/Zurich".
    #[serde(default)]
    pub show_zones: String,
    pub online: Option<String>,
    #[serde(default)]
    pub join_url: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub map_url: String,
    #[serde(default)]
    pub recording_url: String,
    pub pow_required: Option<String>,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub audience: String,
    /// One organiser a line.
    #[serde(default)]
    pub organisers: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub registration_opens_at: String,
    #[serde(default)]
    pub registration_closes_at: String,
    #[serde(default)]
    pub petition: String,
    #[serde(default)]
    pub letters: String,
    #[serde(default)]
    pub state: String,
    /// The translations as typed: `tr_title_fr`, `tr_summary_fr`, `tr_body_fr`… (and whatever
    /// else the form carries, unread).
    #[serde(flatten)]
    pub rest: BTreeMap<String, String>,
}

/// The parts of a translation, as the form names them.
const PARTS: [&str; 3] = ["title", "summary", "body"];

type Errors = BTreeMap<&'static str, String>;

/// A moment as the form shows it: local date and time in `tz`.
fn to_local(ms: Option<i64>, tz: chrono_tz::Tz) -> String {
    ms.and_then(|ms| tz.timestamp_millis_opt(ms).single())
        .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

/// A local date and time in `tz` as RFC 3339; empty stays empty. In the hour a clock goes back
/// the earlier of the two moments is meant; a time the clock skips is refused.
fn from_local(raw: &str, tz: chrono_tz::Tz) -> Result<Option<String>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let naive = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| crate::i18n::ta("admin-err-date-time", "value", raw))?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| Some(t.to_rfc3339()))
        .ok_or_else(|| crate::i18n::ta2("event-err-local-time", "value", raw, "zone", tz.name()))
}

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn optional(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl EventForm {
    fn from_event(e: &Event) -> Self {
        let tz = e.tz();
        EventForm {
            slug: e.slug.clone(),
            title: e.title.clone(),
            summary: e.summary.clone(),
            body: e.body_md.clone(),
            locale: e.locale.clone(),
            starts_at: to_local(Some(e.starts_at), tz),
            ends_at: to_local(Some(e.ends_at), tz),
            time_zone: e.time_zone.clone(),
            show_zones: e
                .zones
                .iter()
                .map(|(label, zone)| format!("{label}={zone}"))
                .collect::<Vec<_>>()
                .join("\n"),
            online: e.online.then(|| "on".into()),
            join_url: e.join_url.clone().unwrap_or_default(),
            address: e.address.clone().unwrap_or_default(),
            map_url: e.map_url.clone().unwrap_or_default(),
            recording_url: e.recording_url.clone().unwrap_or_default(),
            pow_required: e.pow_required.then(|| "on".into()),
            price: e.price.clone(),
            audience: e.audience.clone(),
            organisers: e.organisers.join("\n"),
            capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_opens_at: to_local(e.registration_opens_at, tz),
            registration_closes_at: to_local(e.registration_closes_at, tz),
            petition: e.petition_slug.clone().unwrap_or_default(),
            letters: e.letters_slug.clone().unwrap_or_default(),
            state: e.state.as_str().to_owned(),
            rest: e
                .translations
                .iter()
                .flat_map(|tr| {
                    [&tr.title, &tr.summary, &tr.body_md]
                        .into_iter()
                        .zip(PARTS)
                        .map(|(text, part)| (format!("tr_{part}_{}", tr.lang), text.clone()))
                })
                .collect(),
        }
    }

    /// A translation's part as typed ("" when none).
    fn tr(&self, part: &str, lang: &str) -> &str {
        self.rest
            .get(&format!("tr_{part}_{lang}"))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The languages with anything typed, as the file would hold them.
    fn translations(&self) -> Vec<crate::events::model::EventText> {
        crate::i18n::LANGS
            .iter()
            .map(|(lang, _)| crate::events::model::EventText {
                lang: (*lang).to_owned(),
                title: self.tr("title", lang).trim().to_owned(),
                summary: self.tr("summary", lang).trim().to_owned(),
                body_md: self.tr("body", lang).replace("\r\n", "\n"),
            })
            .filter(|t| {
                !(t.title.is_empty() && t.summary.is_empty() && t.body_md.trim().is_empty())
            })
            .collect()
    }

    /// The same spec a file gives, checked by the same rules.
    fn to_valid(&self) -> Result<crate::events::spec::ValidEvent, Errors> {
        let mut errors = Errors::new();
        let tz = self
            .time_zone
            .trim()
            .parse::<chrono_tz::Tz>()
            .unwrap_or(chrono_tz::UTC);
        let mut time = |field: &'static str, raw: &str, required: bool| match from_local(raw, tz) {
            Ok(None) if required => {
                errors.insert(field, t("event-err-required"));
                None
            }
            Ok(v) => v,
            Err(e) => {
                errors.insert(field, e);
                None
            }
        };
        let starts_at = time("starts_at", &self.starts_at, true);
        let ends_at = time("ends_at", &self.ends_at, true);
        let opens = time("registration_opens_at", &self.registration_opens_at, false);
        let closes = time(
            "registration_closes_at",
            &self.registration_closes_at,
            false,
        );
        let capacity = match self.capacity.trim() {
            "" => None,
            c => c.parse::<i64>().map(Some).unwrap_or_else(|_| {
                errors.insert("capacity", t("event-err-capacity"));
                None
            }),
        };
        let spec = EventSpec {
            slug: self.slug.trim().to_owned(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            locale: optional(&self.locale).unwrap_or_else(|| "en".into()),
            // A time already refused above is not refused again.
            starts_at: starts_at.unwrap_or_else(|| "2000-01-01T00:00:00Z".into()),
            ends_at: ends_at.unwrap_or_else(|| "2000-01-01T01:00:00Z".into()),
            time_zone: self.time_zone.clone(),
            show_zones: lines(&self.show_zones),
            online: self.online.is_some(),
            join_url: optional(&self.join_url),
            address: optional(&self.address),
            map_url: optional(&self.map_url),
            price: self.price.clone(),
            audience: self.audience.clone(),
            organisers: lines(&self.organisers),
            capacity,
            registration_opens_at: opens,
            registration_closes_at: closes,
            petition: optional(&self.petition),
            letters: optional(&self.letters),
            state: self.state.clone(),
            translations: self.translations(),
            recording_url: optional(&self.recording_url),
            pow_required: self.pow_required.is_some(),
        };
        match spec.validate() {
            Ok(valid) if errors.is_empty() => Ok(valid),
            Ok(_) => Err(errors),
            Err(problems) => {
                for (field, message) in problems {
                    errors.entry(field).or_insert(message);
                }
                Err(errors)
            }
        }
    }
}

#[derive(Template)]
#[template(path = "admin/event_form.html")]
struct FormPage {
    me: CurrentAdmin,
    form: EventForm,
    errors: Errors,
    /// Empty when creating.
    editing: String,
    zones: &'static [chrono_tz::Tz],
    states: &'static [EventState],
    /// (code, name) of every language.
    languages: &'static [(&'static str, &'static str)],
}

impl FormPage {
    fn err(&self, field: &str) -> &str {
        self.errors.get(field).map(String::as_str).unwrap_or("")
    }
}

/// The form: 200 when shown, 422 with each problem by its field.
fn form_page(
    me: CurrentAdmin,
    form: EventForm,
    errors: Errors,
    editing: String,
) -> Result<Response, AppError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = FormPage {
        me,
        form,
        errors,
        editing,
        zones: &chrono_tz::TZ_VARIANTS,
        states: EventState::ALL,
        languages: &crate::i18n::LANGS,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_form(me: CurrentAdmin) -> Result<Response, AppError> {
    me.require_edit()?;
    let form = EventForm {
        locale: "en".into(),
        time_zone: "UTC".into(),
        state: EventState::Draft.as_str().into(),
        ..Default::default()
    };
    form_page(me, form, Errors::new(), String::new())
}

async fn load(state: &AdminCtx, slug: &str) -> Result<Event, AppError> {
    if crate::domain::Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    on_db!(&state.db, crate::events::model::sql, by_slug(slug))?.ok_or(AppError::NotFound)
}

/// Stores the form (a creation, or an update of `existing`), audit-logged.
async fn save(
    state: &AdminCtx,
    me: CurrentAdmin,
    form: EventForm,
    existing: Option<Event>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let editing = existing
        .as_ref()
        .map(|e| e.slug.clone())
        .unwrap_or_default();
    let valid = match form.to_valid() {
        Ok(valid) => valid,
        Err(errors) => return form_page(me, form, errors, editing),
    };
    let update = existing.is_some();
    match crate::events::store(&state.db, &state.settings, &valid, update).await? {
        Ok(_) => {
            let action = if update {
                "event.update"
            } else {
                "event.create"
            };
            audit::record(
                &state.db,
                &me.admin.email,
                action,
                &valid.slug,
                &valid.title,
            )
            .await?;
            Ok(back_to("/admin/events?saved=1"))
        }
        Err((field, message)) => form_page(me, form, Errors::from([(field, message)]), editing),
    }
}

#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    save(&state, me, form, None).await
}

#[tracing::instrument(skip_all)]
pub async fn edit_form(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let e = load(&state, &slug).await?;
    form_page(me, EventForm::from_event(&e), Errors::new(), e.slug)
}

#[tracing::instrument(skip_all)]
pub async fn update(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(mut form): Form<EventForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let e = load(&state, &slug).await?;
    // The slug is the event's address and its calendar files' identity: it does not change.
    form.slug = e.slug.clone();
    save(&state, me, form, Some(e)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_are_read_in_the_picked_zone() {
        let zurich = chrono_tz::Europe::Zurich;
        assert_eq!(
            from_local("2036-01-15T15:00", zurich).unwrap().as_deref(),
            Some("2036-01-15T15:00:00+01:00")
        );
        assert_eq!(from_local(" ", zurich), Ok(None));
        assert!(from_local("15/01/2036", zurich).is_err());
        // 30 March 2036: the clocks go from 02:00 to 03:00.
        assert!(from_local("2036-03-30T02:30", zurich).is_err());
        assert_eq!(
            to_local(Some(2_084_018_400_000), zurich),
            "2036-01-15T15:00"
        );
    }
}
