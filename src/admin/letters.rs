//! Staff pages for letter campaigns: create and edit (template checked on save, previewed against a
//! real target), counts per target, and per-target exports (CSV and a printable pack).

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::{now_ms, Db};
use crate::domain::{country_name, Slug};
use crate::exports::download::attachment;
use crate::exports::neutralise;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::{AppError, Message};
use crate::i18n::format::fmt_time;
use crate::letters::campaign::{self, CampaignState, TargetRule};
use crate::letters::store::{self, LetterCounts, LetterView, SupporterState};
use crate::letters::targets::{self, Target};
use crate::letters::template::{self, TargetVars};
use crate::letters::{CampaignSpec, LetterCampaign};
use crate::on_db;

/// The campaign form as typed (lists one item per line).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct CampaignForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub intro: String,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub allowed_countries: String,
    #[serde(default)]
    pub target_rule: String,
    #[serde(default)]
    pub target_body: String,
    #[serde(default)]
    pub fixed_targets: String,
    #[serde(default)]
    pub subjects: String,
    #[serde(default)]
    pub template: String,
    pub allow_edit: Option<String>,
    #[serde(default)]
    pub max_length: String,
    #[serde(default)]
    pub window_start_hour: String,
    #[serde(default)]
    pub window_end_hour: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub hourly_cap: String,
    #[serde(default)]
    pub consent_text: String,
    /// Letters to Congress: CWC topics (one per line), campaign id, test mode.
    #[serde(default)]
    pub cwc_topics: String,
    #[serde(default)]
    pub cwc_campaign_id: String,
    pub cwc_test_mode: Option<String>,
    #[serde(default)]
    pub action: String,
}

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

impl CampaignForm {
    fn from_spec(s: &CampaignSpec) -> Self {
        CampaignForm {
            slug: s.slug.clone(),
            title: s.title.clone(),
            intro: s.intro.clone(),
            state: s.state.as_str().to_owned(),
            allowed_countries: s.allowed_countries.join(", "),
            target_rule: s.target_rule.as_str().to_owned(),
            target_body: s.target_body.clone(),
            fixed_targets: s.fixed_targets.join("\n"),
            subjects: s.subjects.join("\n"),
            template: s.template.clone(),
            allow_edit: s.allow_edit.then(|| "on".into()),
            max_length: s.max_length.to_string(),
            window_start_hour: s.window_start_hour.to_string(),
            window_end_hour: s.window_end_hour.to_string(),
            time_zone: s.time_zone.clone(),
            hourly_cap: s.hourly_cap.to_string(),
            consent_text: s.consent_text.clone(),
            cwc_topics: s
                .congress
                .as_ref()
                .map(|c| c.cwc_topics.join("\n"))
                .unwrap_or_default(),
            cwc_campaign_id: s
                .congress
                .as_ref()
                .map(|c| c.cwc_campaign_id.clone())
                .unwrap_or_default(),
            cwc_test_mode: s
                .congress
                .as_ref()
                .is_some_and(|c| c.test_mode)
                .then(|| "on".into()),
            action: String::new(),
        }
    }

    fn to_spec(&self) -> Result<CampaignSpec, BTreeMap<&'static str, String>> {
        let mut errors = BTreeMap::new();
        // A word no campaign can have is reported by its field; the stand-in is never saved.
        let state = self.state.parse().unwrap_or_else(|_| {
            errors.insert("state", crate::i18n::t("campaign-err-state"));
            CampaignState::Draft
        });
        let target_rule = self.target_rule.parse().unwrap_or_else(|_| {
            errors.insert("target_rule", crate::i18n::t("campaign-err-rule"));
            TargetRule::Body
        });
        let mut num = |field: &'static str, v: &str| {
            v.trim().parse::<i64>().unwrap_or_else(|_| {
                errors.insert(field, crate::i18n::t("admin-err-whole-number"));
                0
            })
        };
        let spec = CampaignSpec {
            slug: self.slug.trim().to_owned(),
            title: self.title.trim().to_owned(),
            intro: self.intro.replace("\r\n", "\n"),
            state,
            allowed_countries: self
                .allowed_countries
                .split([',', ' '])
                .map(|c| c.trim().to_ascii_uppercase())
                .filter(|c| !c.is_empty())
                .collect(),
            target_rule,
            target_body: self.target_body.trim().to_owned(),
            fixed_targets: lines(&self.fixed_targets),
            subjects: lines(&self.subjects),
            template: self.template.replace("\r\n", "\n"),
            allow_edit: self.allow_edit.is_some(),
            max_length: num("max_length", &self.max_length),
            window_start_hour: num("window_start_hour", &self.window_start_hour),
            window_end_hour: num("window_end_hour", &self.window_end_hour),
            time_zone: self.time_zone.trim().to_owned(),
            hourly_cap: num("hourly_cap", &self.hourly_cap),
            consent_text: self.consent_text.trim().to_owned(),
            locale: "en".into(),
            translations: Vec::new(),
            cwc_topics: None,
            cwc_campaign_id: None,
            test_mode: None,
            congress: Some(crate::letters::campaign::CongressSpec {
                cwc_topics: lines(&self.cwc_topics),
                cwc_campaign_id: self.cwc_campaign_id.trim().to_owned(),
                test_mode: self.cwc_test_mode.is_some(),
            }),
        };
        // A TOML file may leave the consent text out for the default one; the form shows that
        // default, so an emptied field is a mistake to point at.
        if spec.consent_text.is_empty() {
            errors.insert("consent_text", crate::i18n::t("spec-err-consent"));
        }
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
#[template(path = "admin/letter_form.html")]
struct FormPage {
    me: CurrentAdmin,
    form: CampaignForm,
    errors: BTreeMap<&'static str, String>,
    editing: String,
    preview: String,
    preview_target: String,
    rules: &'static [&'static str],
    bodies: Vec<String>,
}

impl FormPage {
    fn err(&self, field: &str) -> &str {
        self.errors.get(field).map(String::as_str).unwrap_or("")
    }
}

/// Checking and previewing a template fills it in: CPU work (bounded by fuel and size), so on a
/// blocking thread, in the staff member's language.
async fn off_runtime<R: Send + 'static>(
    f: impl FnOnce() -> R + Send + 'static,
) -> Result<R, AppError> {
    let lang = crate::i18n::Lang::current();
    tokio::task::spawn_blocking(move || lang.scope_sync(f))
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

/// A real target the campaign would write to, for the preview (a sample when none is found).
async fn sample_target(db: &Db, form: &CampaignForm) -> Result<TargetVars, AppError> {
    let rule = form.target_rule.parse::<TargetRule>().ok();
    let body = match rule {
        Some(TargetRule::UsHouse) => targets::US_HOUSE,
        Some(TargetRule::UsSenators | TargetRule::UsCongress) => targets::US_SENATE,
        Some(TargetRule::Body) => form.target_body.trim(),
        Some(TargetRule::Fixed) | None => "",
    };
    let first: Option<Target> = if rule == Some(TargetRule::Fixed) {
        match lines(&form.fixed_targets).first().and_then(|l| {
            l.rsplit_once('/')
                .map(|(b, e)| (b.trim().to_owned(), e.trim().to_owned()))
        }) {
            Some((b, e)) => on_db!(db, targets::sql, by_external(&b, &e))?,
            None => None,
        }
    } else {
        on_db!(db, targets::sql, members(body, None, None))?
            .into_iter()
            .next()
    };
    Ok(first
        .as_ref()
        .map(TargetVars::from)
        .unwrap_or_else(template::sample_target))
}

async fn form_page(
    state: &AdminCtx,
    me: CurrentAdmin,
    form: CampaignForm,
    errors: BTreeMap<&'static str, String>,
    editing: String,
) -> Result<Response, AppError> {
    let (mut preview, mut preview_target) = (String::new(), String::new());
    if form.action == "preview" && !errors.contains_key("template") {
        let target = sample_target(&state.db, &form).await?;
        preview_target = format!("{} {}", target.title, target.name)
            .trim()
            .to_owned();
        let (source, title) = (
            form.template.replace("\r\n", "\n"),
            form.title.trim().to_owned(),
        );
        preview = off_runtime(move || {
            template::render(
                &source,
                &title,
                &target,
                &template::sample_supporter(),
                "(The supporter's story appears here.)",
            )
            .unwrap_or_else(|e| e.to_string())
        })
        .await?;
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let bodies = on_db!(&state.db, targets::sql, bodies())?
        .into_iter()
        .map(|(b, _, _)| b)
        .collect();
    let page = FormPage {
        me,
        form,
        errors,
        editing,
        preview,
        preview_target,
        rules: TargetRule::WORDS,
        bodies,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_form(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let spec: CampaignSpec = toml::from_str(
        "slug = ''\ntitle = ''\ntarget_rule = 'us_senators'\nsubjects = []\ntemplate = ''",
    )
    .map_err(|e| AppError::Internal(e.into()))?;
    let mut form = CampaignForm::from_spec(&spec);
    form.consent_text = spec.consent();
    form.template = "Dear {{ target.title }} {{ target.last_name }},\n\n\n{{ personal_message }}\n\nSincerely,\n".into();
    form_page(&state, me, form, BTreeMap::new(), String::new()).await
}

pub(super) async fn load(state: &AdminCtx, slug: &str) -> Result<LetterCampaign, AppError> {
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    on_db!(&state.db, campaign::sql, by_slug(slug))?.ok_or(AppError::NotFound)
}

/// Saves a checked form (create or update), or shows it again with every problem by its field.
async fn save(
    state: &AdminCtx,
    me: CurrentAdmin,
    form: CampaignForm,
    editing: String,
) -> Result<Response, AppError> {
    let typed = form.clone();
    let spec = match off_runtime(move || typed.to_spec()).await? {
        Ok(spec) if form.action != "preview" => spec,
        result => {
            return form_page(state, me, form, result.err().unwrap_or_default(), editing).await
        }
    };
    if editing.is_empty() && on_db!(&state.db, campaign::sql, by_slug(&spec.slug))?.is_some() {
        let errors = BTreeMap::from([("slug", crate::i18n::t("admin-err-campaign-slug"))]);
        return form_page(state, me, form, errors, editing).await;
    }
    match on_db!(&state.db, campaign::sql, save(&spec, now_ms()))? {
        Ok(_) => {
            let action = if editing.is_empty() {
                "letters.create"
            } else {
                "letters.update"
            };
            audit::record(&state.db, &me.admin.email, action, &spec.slug, &spec.title).await?;
            Ok(back_to(&format!("/admin/letters/{}", spec.slug)))
        }
        Err(unknown) => {
            let errors = BTreeMap::from([(
                "fixed_targets",
                crate::i18n::ta("admin-err-not-in-directory", "targets", unknown.join(", ")),
            )]);
            form_page(state, me, form, errors, editing).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<CampaignForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    save(&state, me, form, String::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn edit_form(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let c = load(&state, &slug).await?;
    let fixed = on_db!(&state.db, campaign::sql, fixed_names(c.id))?;
    let mut spec = CampaignSpec::from_campaign(&c, fixed);
    spec.congress = on_db!(&state.db, campaign::sql, congress_of(c.id))?;
    let form = CampaignForm::from_spec(&spec);
    form_page(&state, me, form, BTreeMap::new(), c.slug).await
}

#[tracing::instrument(skip_all)]
pub async fn update(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(mut form): Form<CampaignForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let c = load(&state, &slug).await?;
    form.slug = c.slug.clone();
    save(&state, me, form, c.slug).await
}

#[derive(Template)]
#[template(path = "admin/letters.html")]
struct ListPage {
    me: CurrentAdmin,
    campaigns: Vec<(LetterCampaign, i64)>,
    bodies: Vec<(String, i64, i64)>,
    /// Offices a letter to whom bounced: (name, body, address, when).
    bounced: Vec<(String, String, String, String)>,
}

#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AdminCtx>, me: CurrentAdmin) -> Result<Response, AppError> {
    let mut campaigns = Vec::new();
    for c in on_db!(&state.db, campaign::sql, all())? {
        let n = on_db!(&state.db, store::sql, confirmed_supporters(c.id))?;
        campaigns.push((c, n));
    }
    let bodies = on_db!(&state.db, targets::sql, bodies())?;
    let bounced = crate::bounces::bounced_targets(&state.db)
        .await?
        .into_iter()
        .map(|(name, body, email, at)| (name, body, email, fmt_time(at)))
        .collect();
    Ok(render(&ListPage {
        me,
        campaigns,
        bodies,
        bounced,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "admin/letter_campaign.html")]
struct DetailPage {
    me: CurrentAdmin,
    c: LetterCampaign,
    supporters: i64,
    rows: Vec<LetterCounts>,
    total: LetterCounts,
    /// Supporters held back by the anti-abuse guard: (id, flag, state, created, letters).
    held: Vec<(i64, String, SupporterState, String, i64)>,
    /// Letters to Congress handed to a delivery service, and where each stands.
    deliveries: Vec<crate::deliveries::store::Status>,
    /// The campaign writes to Congress but no delivery service is set up: staff are told that
    /// supporters send their letters themselves.
    no_service: bool,
}

#[tracing::instrument(skip_all)]
pub async fn detail(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let rows = on_db!(&state.db, store::sql, counts(c.id))?;
    let mut total = LetterCounts::default();
    for r in &rows {
        total.pending += r.pending;
        total.confirmed += r.confirmed;
        total.queued += r.queued;
        total.sent += r.sent;
        total.failed += r.failed;
        total.manual += r.manual;
        total.edited += r.edited;
        total.unedited += r.unedited;
    }
    let held = on_db!(&state.db, store::sql, held(c.id))?
        .into_iter()
        .map(|(id, flag, st, at, n)| (id, flag, st, fmt_time(at), n))
        .collect();
    let page = DetailPage {
        deliveries: crate::deliveries::statuses(&state.db, c.id).await?,
        no_service: c.target_rule.needs_us_address() && !state.settings.congress.any_on(),
        held,
        supporters: on_db!(&state.db, store::sql, confirmed_supporters(c.id))?,
        rows,
        total,
        me,
        c,
    };
    Ok(render(&page)?.into_response())
}

async fn letters_to(
    state: &AdminCtx,
    me: &CurrentAdmin,
    slug: &str,
    target_id: i64,
    action: &str,
) -> Result<(LetterCampaign, Vec<LetterView>), AppError> {
    me.require_personal_data()?;
    let c = load(state, slug).await?;
    let letters = on_db!(&state.db, store::sql, letters_to(c.id, target_id))?;
    let id = audit::record(
        &state.db,
        &me.admin.email,
        action,
        &c.slug,
        &format!("target={target_id}"),
    )
    .await?;
    audit::set_rows(&state.db, id, letters.len() as i64).await?;
    Ok((c, letters))
}

/// Confirmed letters to one target as CSV (formula-looking cells neutralised).
#[tracing::instrument(skip_all)]
pub async fn target_csv(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path((slug, target_id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let (c, letters) = letters_to(&state, &me, &slug, target_id, "export.letters.csv").await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "letter_id",
        "target",
        "delivery",
        "confirmed_at",
        "edited",
        "name",
        "email",
        "address",
        "city",
        "region",
        "postcode",
        "country",
        "subject",
        "letter",
    ];
    let csv_err = |e: csv::Error| AppError::Internal(e.into());
    w.write_record(header).map_err(csv_err)?;
    for l in &letters {
        let record = [
            l.id.to_string(),
            l.target_label(),
            l.delivery().to_owned(),
            l.confirmed_at.map(fmt_time).unwrap_or_default(),
            l.edited.to_string(),
            l.supporter_name.clone(),
            l.supporter_email.clone(),
            l.address.clone(),
            l.city.clone(),
            l.supporter_region.clone(),
            l.postcode.clone(),
            country_name(&l.country).to_owned(),
            l.subject.clone(),
            l.body.clone(),
        ];
        w.write_record(record.iter().map(|f| neutralise(f).into_owned()))
            .map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        format!("{}-target-{target_id}-letters.csv", c.slug),
        Body::from(bytes),
    ))
}

#[derive(Template)]
#[template(path = "admin/letter_pack.html")]
struct PackPage {
    c: LetterCampaign,
    target: String,
    postal_address: String,
    letters: Vec<(LetterView, String)>,
    generated: String,
}

/// One letter per printed page, for hand or postal delivery (print to PDF from the browser).
#[tracing::instrument(skip_all)]
pub async fn target_pack(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path((slug, target_id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let (c, letters) = letters_to(&state, &me, &slug, target_id, "export.letters.pack").await?;
    let found = on_db!(&state.db, targets::sql, by_ids(&[target_id]))?;
    let t = found.first().ok_or(AppError::NotFound)?;
    let page = PackPage {
        target: t.label(),
        postal_address: t.postal_address.clone(),
        letters: letters
            .into_iter()
            .map(|l| {
                let text = l.full_text();
                (l, text)
            })
            .collect(),
        generated: fmt_time(now_ms()),
        c,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Deserialize)]
pub struct ImportForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    csv: String,
    deactivate_missing: Option<String>,
}

/// Imports a directory pasted as CSV (the documented columns); errors name the line.
#[tracing::instrument(skip_all)]
pub async fn import_targets(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Form(form): Form<ImportForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > 200 || crate::domain::has_control(body) {
        return Err(AppError::Unprocessable("admin-err-body-name".into()));
    }
    let rows = targets::read_csv(form.csv.as_bytes()).map_err(|e| {
        AppError::Unprocessable(Message::new("admin-err-csv").arg("error", e.to_string()))
    })?;
    if rows.is_empty() {
        return Err(AppError::Unprocessable("admin-err-csv-empty".into()));
    }
    let r = on_db!(
        &state.db,
        targets::sql,
        import(body, &rows, form.deactivate_missing.is_some(), now_ms())
    )?;
    audit::record(
        &state.db,
        &me.admin.email,
        "targets.import",
        body,
        &format!(
            "{} new, {} updated, {} deactivated",
            r.inserted, r.updated, r.deactivated
        ),
    )
    .await?;
    Ok(back_to("/admin/letters"))
}

/// Turns the proof-of-work challenge on or off for a letter campaign (during an attack).
#[tracing::instrument(skip_all)]
pub async fn set_pow(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    crate::http::extract::Form(form): crate::http::extract::Form<super::review::PowForm>,
) -> Result<Response, AppError> {
    use super::review::{sql, PowTable};
    me.require_edit()?;
    let c = load(&state, &slug).await?;
    let on = form.on();
    on_db!(&state.db, sql, set_pow(PowTable::LetterCampaigns, c.id, on))?;
    let action = if on {
        "campaign.pow_on"
    } else {
        "campaign.pow_off"
    };
    crate::audit::record(&state.db, &me.admin.email, action, &c.slug, "").await?;
    Ok(super::pages::back_to(&format!("/admin/letters/{}", c.slug)))
}
