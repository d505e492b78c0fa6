//! Creating, editing (with Markdown preview), opening, closing and delivering petitions, and the
//! per-petition page with counts by country, area and day.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::{is_unique_violation, now_ms};
use crate::domain::country_name;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::{AppError, Message};
use crate::i18n::format::fmt_num;
use crate::i18n::format::fmt_time;
use crate::on_db;
use crate::petitions::spec::delivery_fields_error;
use crate::petitions::{self, DeliveryFields, Petition, PetitionSpec, PetitionState};
use crate::text::percent;

/// The edit form as typed.
#[derive(Debug, Default, Deserialize)]
pub struct PetitionForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub opens_at: String,
    #[serde(default)]
    pub closes_at: String,
    #[serde(default)]
    pub allowed_countries: String,
    pub postcode_required: Option<String>,
    #[serde(default)]
    pub consent_text: String,
    #[serde(default)]
    pub delivery_fields: String,
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub action: String,
}

fn to_input_time(ms: Option<i64>) -> String {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

/// `datetime-local` values are taken as UTC.
fn from_input_time(s: &str) -> Result<Option<String>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map(|t| Some(t.and_utc().to_rfc3339()))
        .map_err(|_| crate::i18n::ta("admin-err-date-time", "value", s))
}

impl PetitionForm {
    fn from_petition(p: &Petition) -> Self {
        PetitionForm {
            slug: p.slug.clone(),
            title: p.title.clone(),
            target: p.target.clone(),
            summary: p.summary.clone(),
            body: p.body_md.clone(),
            goal: p.goal.to_string(),
            opens_at: to_input_time(p.opens_at),
            closes_at: to_input_time(p.closes_at),
            allowed_countries: p.allowed_countries.stored(),
            postcode_required: p.postcode_required.then(|| "on".into()),
            consent_text: p.consent_text.clone(),
            delivery_fields: p.delivery_fields.for_form(),
            locale: p.locale.clone(),
            action: String::new(),
        }
    }

    fn to_spec(
        &self,
        state: PetitionState,
    ) -> Result<PetitionSpec, BTreeMap<&'static str, String>> {
        let mut errors = BTreeMap::new();
        let goal = self.goal.trim().parse::<i64>().unwrap_or_else(|_| {
            errors.insert("goal", crate::i18n::t("admin-err-goal-number"));
            1
        });
        // Left empty: the default (name and country), like a TOML file without the key.
        let delivery_fields = match DeliveryFields::parse(&self.delivery_fields) {
            Ok(f) if f.is_empty() => DeliveryFields::default(),
            Ok(f) => f,
            Err(_) => {
                errors.insert("delivery_fields", delivery_fields_error());
                DeliveryFields::default()
            }
        };
        let mut time = |field: &'static str, v: &str| {
            from_input_time(v).unwrap_or_else(|e| {
                errors.insert(field, e);
                None
            })
        };
        let opens_at = time("opens_at", &self.opens_at);
        let closes_at = time("closes_at", &self.closes_at);
        let spec = PetitionSpec {
            slug: self.slug.trim().to_owned(),
            title: self.title.trim().to_owned(),
            target: self.target.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            body: self.body.replace("\r\n", "\n"),
            goal,
            state,
            opens_at,
            closes_at,
            allowed_countries: self
                .allowed_countries
                .split([',', ' '])
                .map(|c| c.trim().to_ascii_uppercase())
                .filter(|c| !c.is_empty())
                .collect(),
            postcode_required: self.postcode_required.is_some(),
            consent_text: self.consent_text.trim().to_owned(),
            delivery_fields,
            locale: if self.locale.trim().is_empty() {
                "en".into()
            } else {
                self.locale.trim().to_owned()
            },
            translations: Vec::new(),
            image: None,
            image_alt: None,
        };
        for (field, message) in spec.problems() {
            errors.entry(field).or_insert(message);
        }
        if errors.is_empty() {
            Ok(spec)
        } else {
            Err(errors)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/petition_form.html")]
struct FormPage {
    me: CurrentAdmin,
    form: PetitionForm,
    errors: BTreeMap<&'static str, String>,
    /// Empty when creating.
    editing: String,
    preview: String,
}

impl FormPage {
    fn err(&self, field: &str) -> &str {
        self.errors.get(field).map(String::as_str).unwrap_or("")
    }
}

/// The form page: 200 when showing it or its preview, 422 with each problem by its field.
fn form_page(
    me: CurrentAdmin,
    form: PetitionForm,
    errors: BTreeMap<&'static str, String>,
    editing: String,
) -> Result<Response, AppError> {
    let preview = if form.action == "preview" {
        crate::text::markdown(&form.body)
    } else {
        String::new()
    };
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
        preview,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_form(me: CurrentAdmin) -> Result<Response, AppError> {
    me.require_edit()?;
    let form = PetitionForm {
        goal: "1000".into(),
        consent_text: petitions::spec::default_consent(),
        delivery_fields: "name, country".into(),
        locale: "en".into(),
        ..Default::default()
    };
    form_page(me, form, BTreeMap::new(), String::new())
}

#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<PetitionForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let spec = match form.to_spec(PetitionState::Draft) {
        Ok(spec) if form.action != "preview" => spec,
        result => return form_page(me, form, result.err().unwrap_or_default(), String::new()),
    };
    match on_db!(&state.db, petitions::sql, insert(&spec, now_ms())) {
        Ok(_) => {
            audit::record(
                &state.db,
                &me.admin.email,
                "petition.create",
                &spec.slug,
                &spec.title,
            )
            .await?;
            Ok(back_to(&format!("/admin/petitions/{}", spec.slug)))
        }
        Err(e) if is_unique_violation(&e) => {
            let errors = BTreeMap::from([("slug", crate::i18n::t("admin-err-petition-slug"))]);
            form_page(me, form, errors, String::new())
        }
        Err(e) => Err(e.into()),
    }
}

/// Any petition by slug, drafts and archived ones included (staff see them all).
pub(super) async fn load(state: &AdminCtx, slug: &str) -> Result<Petition, AppError> {
    if crate::domain::Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    on_db!(&state.db, petitions::sql, by_slug(slug))?.ok_or(AppError::NotFound)
}

#[tracing::instrument(skip_all)]
pub async fn edit_form(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    form_page(me, PetitionForm::from_petition(&p), BTreeMap::new(), p.slug)
}

#[tracing::instrument(skip_all)]
pub async fn update(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(mut form): Form<PetitionForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    form.slug = p.slug.clone();
    match form.to_spec(p.state) {
        Ok(spec) if form.action != "preview" => {
            on_db!(&state.db, petitions::sql, update(&spec, now_ms()))?;
            state.public.petitions.forget(&spec.slug);
            crate::petitions::pages::forget(&state.public, &spec.slug);
            audit::record(
                &state.db,
                &me.admin.email,
                "petition.update",
                &spec.slug,
                &spec.title,
            )
            .await?;
            Ok(back_to(&format!("/admin/petitions/{}", spec.slug)))
        }
        result => form_page(me, form, result.err().unwrap_or_default(), p.slug),
    }
}

#[derive(Deserialize)]
pub struct StateChange {
    #[serde(default)]
    to: String,
    /// "yes" from the confirmation step; closing and archiving act only with it.
    #[serde(default)]
    confirm: String,
}

#[tracing::instrument(skip_all)]
pub async fn change_state(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(change): Form<StateChange>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let to = change.to.parse::<PetitionState>().ok();
    let Some(to) = to.filter(|to| transitions(p.state).iter().any(|(t, _)| t == to)) else {
        return Err(AppError::Conflict(
            Message::new("admin-err-transition")
                .arg("from", crate::i18n::tk("admin-state", p.state.as_str()))
                .arg("to", crate::i18n::tk("admin-state", &change.to)),
        ));
    };
    // Closing stops signatures at once; archiving takes the page down.
    let consequence = match to {
        PetitionState::Closed => Some("admin-sure-close"),
        PetitionState::Archived => Some("admin-sure-archive"),
        _ => None,
    };
    if let (Some(id), false) = (consequence, change.confirm == "yes") {
        let back = format!("/admin/petitions/{}", p.slug);
        let step = super::pages::ConfirmStep {
            message: crate::i18n::ta(id, "title", p.title.as_str()),
            action: format!("{back}/state"),
            fields: vec![("to", to.as_str().to_owned())],
            button: crate::i18n::t(if to == PetitionState::Closed {
                "admin-action-close"
            } else {
                "admin-action-archive"
            }),
            back,
            me,
        };
        return Ok(crate::http::page::render(&step)?.into_response());
    }
    on_db!(&state.db, sql, set_state(p.id, to, now_ms()))?;
    state.public.petitions.forget(&p.slug);
    crate::petitions::pages::forget(&state.public, &p.slug);
    audit::record(
        &state.db,
        &me.admin.email,
        &format!("petition.{to}"),
        &p.slug,
        &format!("from {}", p.state),
    )
    .await?;
    Ok(back_to(&format!("/admin/petitions/{}", p.slug)))
}

/// The states a petition may move to from `state`, with the message ids of their button labels.
fn transitions(state: PetitionState) -> Vec<(PetitionState, &'static str)> {
    use PetitionState::*;
    let mut out = match state {
        Draft => vec![(Open, "admin-action-open")],
        Open => vec![(Closed, "admin-action-close")],
        Closed => vec![
            (Open, "admin-action-reopen"),
            (Delivered, "admin-action-deliver"),
        ],
        Delivered | Archived => vec![],
    };
    if state != Archived {
        out.push((Archived, "admin-action-archive"));
    }
    out
}

pub struct Line {
    pub label: String,
    pub count: String,
}

/// A source code's signatures: how many confirmed, how many still wait for the click, and the
/// share of those who signed that confirmed (held-back ones count as not confirmed yet).
pub struct SourceLine {
    pub label: String,
    pub confirmed: String,
    pub waiting: String,
    pub rate: String,
}

#[derive(Template)]
#[template(path = "admin/petition.html")]
struct DetailPage {
    me: CurrentAdmin,
    p: Petition,
    public_state: String,
    confirmed: i64,
    pending: i64,
    held: i64,
    pct: i64,
    countries: Vec<Line>,
    areas: Vec<Line>,
    sources: Vec<SourceLine>,
    days: Vec<Line>,
    chart: String,
    created: String,
    actions: Vec<(PetitionState, &'static str)>,
    /// Confirmed organisations waiting for staff before they are listed.
    orgs: Vec<crate::petitions::organisations::OrgReview>,
}

#[tracing::instrument(skip_all)]
pub async fn detail(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let c = state.public.counts.get(&state.db, p.id).await?;
    let held = crate::signatures::review::held_count(&state.db, p.id).await?;
    let areas = on_db!(&state.db, sql, areas(p.id))?
        .into_iter()
        .map(|(country, area, n)| Line {
            label: format!("{} {}", country_name(&country), area),
            count: fmt_num(n),
        })
        .collect();
    let sources = on_db!(&state.db, sql, sources(p.id))?
        .into_iter()
        .map(|(source, confirmed, waiting, held)| SourceLine {
            label: source.unwrap_or_else(|| crate::i18n::t("admin-source-direct")),
            confirmed: fmt_num(confirmed),
            waiting: fmt_num(waiting),
            rate: crate::i18n::ta(
                "percent",
                "pct",
                percent(confirmed, confirmed + waiting + held),
            ),
        })
        .collect();
    let orgs = on_db!(
        &state.db,
        crate::petitions::organisations::sql,
        awaiting_review(p.id)
    )?;
    let page = DetailPage {
        orgs,
        sources,
        public_state: p.public_state(now_ms()).as_str().to_owned(),
        confirmed: c.confirmed,
        pending: (c.pending - held).max(0),
        held,
        pct: percent(c.confirmed, p.goal),
        countries: c
            .by_country
            .iter()
            .map(|(k, n)| Line {
                label: country_name(k).to_owned(),
                count: fmt_num(*n),
            })
            .collect(),
        areas,
        days: c
            .by_day
            .iter()
            .rev()
            .map(|(d, n)| Line {
                label: d.clone(),
                count: fmt_num(*n),
            })
            .collect(),
        chart: petitions::chart_svg(&c.by_day, 60),
        created: fmt_time(p.created_at),
        actions: transitions(p.state),
        me,
        p,
    };
    Ok(render(&page)?.into_response())
}

crate::per_engine! {
    mod sql {
        pub async fn set_state(pool: &Pool, id: i64, to: crate::petitions::PetitionState, now: i64) -> Result<(), sqlx::Error> {
            // Closing stamps the closing time (the confirmation grace period runs from it).
            sqlx::query(
                "UPDATE petitions SET state = $2, updated_at = $3, \
                 closes_at = CASE WHEN $2 = 'closed' AND (closes_at IS NULL OR closes_at > $3) THEN $3 \
                                  WHEN $2 = 'open' AND closes_at IS NOT NULL AND closes_at <= $3 THEN NULL \
                                  ELSE closes_at END WHERE id = $1",
            )
            .bind(id).bind(to).bind(now).execute(pool).await?;
            Ok(())
        }

        /// Confirmed signatures by source (share channel, partner widget, paper batch).
        /// Per source code: (source, confirmed, waiting for the click, held back).
        pub async fn sources(pool: &Pool, petition: i64) -> Result<Vec<(Option<String>, i64, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT source, CAST(SUM(CASE WHEN state = 'confirmed' THEN 1 ELSE 0 END) AS BIGINT) AS n, \
                 CAST(SUM(CASE WHEN state = 'pending' AND flag IS NULL THEN 1 ELSE 0 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN state = 'pending' AND flag IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) \
                 FROM signatures WHERE petition_id = $1 AND state IN ('confirmed', 'pending') \
                 GROUP BY source ORDER BY n DESC LIMIT 30",
            )
            .bind(petition).fetch_all(pool).await
        }

        /// Confirmed signatures by country and postcode area (its first three characters).
        pub async fn areas(pool: &Pool, petition: i64) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT country, substr(postcode, 1, 3) AS area, COUNT(*) AS n FROM signatures \
                 WHERE petition_id = $1 AND state = 'confirmed' AND postcode IS NOT NULL \
                 GROUP BY country, substr(postcode, 1, 3) ORDER BY n DESC LIMIT 50",
            )
            .bind(petition).fetch_all(pool).await
        }
    }
}
