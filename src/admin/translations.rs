//! A petition's or a letter campaign's text in other languages: one form per language; empty fields
//! fall back to the main language, except the consent text, without which the language is not
//! offered; a form left empty removes that language.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::i18n::{t, ta, ta2, Lang, LANGS};
use crate::letters::campaign::{self, CampaignText};
use crate::on_db;
use crate::petitions::{self, PetitionText};

/// One translatable field: form name, label (message id), limit, and whether it may hold lines.
struct Spec {
    name: &'static str,
    label: &'static str,
    max: usize,
    multiline: bool,
}

const PETITION: [Spec; 6] = [
    field("title", "admin-field-title", 200, false),
    field("target", "admin-field-target", 300, false),
    field("summary", "admin-field-summary", 500, false),
    field("body_md", "admin-field-text", 100_000, true),
    field("consent_text", "admin-field-consent", 2_000, false),
    field("image_alt", "image-alt-label", 300, false),
];

const CAMPAIGN: [Spec; 3] = [
    field("title", "admin-field-title", 200, false),
    field("intro", "admin-field-intro", 100_000, true),
    field("consent_text", "admin-field-consent", 2_000, false),
];

const fn field(name: &'static str, label: &'static str, max: usize, multiline: bool) -> Spec {
    Spec {
        name,
        label,
        max,
        multiline,
    }
}

/// A field as the page shows it.
pub struct Field {
    name: &'static str,
    label: String,
    value: String,
    max: usize,
    multiline: bool,
}

/// One language's form.
pub struct LangForm {
    name: &'static str,
    lang: &'static str,
    fields: Vec<Field>,
    error: String,
}

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct TranslationsPage {
    me: CurrentAdmin,
    /// What is translated: its main title, its staff page and main language.
    title: String,
    back: String,
    main: String,
    action: String,
    forms: Vec<LangForm>,
    /// A problem that belongs to no form (an unknown or the main language).
    top_error: String,
    notice: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct TranslationForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body_md: String,
    #[serde(default)]
    consent_text: String,
    #[serde(default)]
    intro: String,
    #[serde(default)]
    image_alt: String,
}

impl TranslationForm {
    fn value(&self, name: &str) -> &str {
        match name {
            "title" => &self.title,
            "target" => &self.target,
            "summary" => &self.summary,
            "body_md" => &self.body_md,
            "consent_text" => &self.consent_text,
            "image_alt" => &self.image_alt,
            _ => &self.intro,
        }
    }
}

/// What is being translated, with every language's saved values (field name, value).
struct Subject {
    title: String,
    back: String,
    main: String,
    action: String,
    specs: &'static [Spec],
    saved: Vec<(String, Vec<(&'static str, String)>)>,
}

fn page(
    me: CurrentAdmin,
    s: Subject,
    typed: Option<&TranslationForm>,
    error: String,
    notice: String,
) -> Result<Response, AppError> {
    let typed_lang = typed.map(|f| f.lang.trim()).unwrap_or_default();
    let forms: Vec<LangForm> = LANGS
        .iter()
        .filter(|(code, _)| *code != s.main)
        .map(|&(lang, name)| {
            let saved = s.saved.iter().find(|(l, _)| l == lang).map(|(_, v)| v);
            let fields = s
                .specs
                .iter()
                .map(|spec| {
                    let value = match typed {
                        Some(f) if typed_lang == lang => f.value(spec.name).to_owned(),
                        _ => saved
                            .and_then(|v| v.iter().find(|(n, _)| *n == spec.name))
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default(),
                    };
                    Field {
                        name: spec.name,
                        label: t(spec.label),
                        value,
                        max: spec.max,
                        multiline: spec.multiline,
                    }
                })
                .collect();
            let error = if typed_lang == lang {
                error.clone()
            } else {
                String::new()
            };
            LangForm {
                name,
                lang,
                fields,
                error,
            }
        })
        .collect();
    let placed = forms.iter().any(|f| !f.error.is_empty());
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = TranslationsPage {
        me,
        title: s.title,
        back: s.back,
        main: s.main,
        action: s.action,
        forms,
        top_error: if placed { String::new() } else { error },
        notice,
    };
    Ok((status, render(&page)?).into_response())
}

/// The first problem with a submitted form, in the staff's language.
fn problem(form: &TranslationForm, main: &str, specs: &[Spec], kind: Kind) -> Option<String> {
    let lang = form.lang.trim();
    if let Err(e) = Lang::exact(lang) {
        return Some(e);
    }
    if lang == main {
        return Some(t("admin-err-main-language"));
    }
    for spec in specs {
        let value = form.value(spec.name);
        if value.chars().count() > spec.max {
            return Some(ta2(
                "admin-err-field-long",
                "field",
                t(spec.label),
                "max",
                spec.max,
            ));
        }
        if !spec.multiline && crate::domain::has_control(value) {
            return Some(ta("admin-err-field-line", "field", t(spec.label)));
        }
    }
    // A petition or campaign is offered in a language with its own consent wording or not at
    // all: people agree to words they can read, not to the main language's next to a translated
    // page.
    let has_text = specs.iter().any(|s| !form.value(s.name).trim().is_empty());
    if has_text && form.consent_text.trim().is_empty() {
        return Some(t(kind.consent_error()));
    }
    None
}

fn saved_notice(form: &TranslationForm) -> String {
    let name = Lang::exact(form.lang.trim())
        .map(|l| l.name())
        .unwrap_or_default();
    ta("admin-saved-named", "name", name)
}

/// What the page translates.
#[derive(Clone, Copy)]
enum Kind {
    Petition,
    Campaign,
}

impl Kind {
    /// The database id and the page's subject, with every saved translation.
    async fn load(self, state: &AdminCtx, slug: &str) -> Result<(i64, Subject), AppError> {
        match self {
            Kind::Petition => {
                let p = super::petitions::load(state, slug).await?;
                let saved = p
                    .translations
                    .iter()
                    .map(|t| {
                        let values = vec![
                            ("title", t.title.clone()),
                            ("target", t.target.clone()),
                            ("summary", t.summary.clone()),
                            ("body_md", t.body_md.clone()),
                            ("consent_text", t.consent_text.clone()),
                            ("image_alt", t.image_alt.clone()),
                        ];
                        (t.lang.clone(), values)
                    })
                    .collect();
                let subject = Subject {
                    title: p.title.clone(),
                    back: format!("/admin/petitions/{}", p.slug),
                    main: p.locale.clone(),
                    action: format!("/admin/petitions/{}/translations", p.slug),
                    specs: &PETITION,
                    saved,
                };
                Ok((p.id, subject))
            }
            Kind::Campaign => {
                let c = super::letters::load(state, slug).await?;
                let saved = on_db!(&state.db, campaign::sql, translations(c.id))?
                    .into_iter()
                    .map(|t| {
                        let values = vec![
                            ("title", t.title),
                            ("intro", t.intro),
                            ("consent_text", t.consent_text),
                        ];
                        (t.lang, values)
                    })
                    .collect();
                let subject = Subject {
                    title: c.title.clone(),
                    back: format!("/admin/letters/{}", c.slug),
                    main: c.locale.clone(),
                    action: format!("/admin/letters/{}/translations", c.slug),
                    specs: &CAMPAIGN,
                    saved,
                };
                Ok((c.id, subject))
            }
        }
    }

    /// Saves one language's text (an empty form removes it) and drops what caches the old one.
    async fn store(
        self,
        state: &AdminCtx,
        id: i64,
        slug: &str,
        form: &TranslationForm,
    ) -> Result<(), AppError> {
        let lang = form.lang.trim().to_owned();
        match self {
            Kind::Petition => {
                let text = PetitionText {
                    lang,
                    title: form.title.trim().to_owned(),
                    target: form.target.trim().to_owned(),
                    summary: form.summary.trim().to_owned(),
                    body_md: form.body_md.replace("\r\n", "\n"),
                    consent_text: form.consent_text.trim().to_owned(),
                    image_alt: form.image_alt.trim().to_owned(),
                };
                on_db!(
                    &state.db,
                    petitions::sql,
                    set_translation(id, &text, now_ms())
                )?;
                state.public.petitions.forget(slug);
                petitions::pages::forget(&state.public, slug);
            }
            Kind::Campaign => {
                let text = CampaignText {
                    lang,
                    title: form.title.trim().to_owned(),
                    intro: form.intro.replace("\r\n", "\n"),
                    consent_text: form.consent_text.trim().to_owned(),
                };
                on_db!(
                    &state.db,
                    campaign::sql,
                    set_translation(id, &text, now_ms())
                )?;
            }
        }
        Ok(())
    }

    /// What staff are told when a translation lacks its consent text.
    fn consent_error(self) -> &'static str {
        match self {
            Kind::Petition => "admin-err-translation-consent",
            Kind::Campaign => "admin-err-campaign-translation-consent",
        }
    }

    fn audit_action(self) -> &'static str {
        match self {
            Kind::Petition => "petition.translation",
            Kind::Campaign => "campaign.translation",
        }
    }
}

async fn show_kind(
    state: AdminCtx,
    me: CurrentAdmin,
    kind: Kind,
    slug: String,
) -> Result<Response, AppError> {
    let (_, subject) = kind.load(&state, &slug).await?;
    page(me, subject, None, String::new(), String::new())
}

async fn save_kind(
    state: AdminCtx,
    me: CurrentAdmin,
    kind: Kind,
    slug: String,
    form: TranslationForm,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let (id, subject) = kind.load(&state, &slug).await?;
    if let Some(e) = problem(&form, &subject.main, subject.specs, kind) {
        return page(me, subject, Some(&form), e, String::new());
    }
    kind.store(&state, id, &slug, &form).await?;
    let lang = form.lang.trim();
    audit::record(&state.db, &me.admin.email, kind.audit_action(), &slug, lang).await?;
    let (_, subject) = kind.load(&state, &slug).await?;
    page(me, subject, None, String::new(), saved_notice(&form))
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    show_kind(state, me, Kind::Petition, slug).await
}

#[tracing::instrument(skip_all)]
pub async fn save(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<TranslationForm>,
) -> Result<Response, AppError> {
    save_kind(state, me, Kind::Petition, slug, form).await
}

#[tracing::instrument(skip_all)]
pub async fn show_campaign(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    show_kind(state, me, Kind::Campaign, slug).await
}

#[tracing::instrument(skip_all)]
pub async fn save_campaign(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<TranslationForm>,
) -> Result<Response, AppError> {
    save_kind(state, me, Kind::Campaign, slug, form).await
}
