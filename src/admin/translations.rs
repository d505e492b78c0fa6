//! The petition's text in other languages: one form per language, empty fields fall back to the
//! petition's main language.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::audit;
use super::auth::CurrentAdmin;
use super::petitions::load;
use crate::app::AppState;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::i18n::{Lang, LANGS};
use crate::on_db;
use crate::pages::render;
use crate::petitions::{self, Petition, PetitionText};

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct TranslationsPage {
    me: CurrentAdmin,
    p: Petition,
    /// (language name, the text: saved, or as just typed), every language but the main one.
    forms: Vec<(&'static str, PetitionText)>,
    /// The language whose form had a problem, and the problem.
    error: (String, String),
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
    summary: String,
    #[serde(default)]
    body_md: String,
    #[serde(default)]
    consent_text: String,
}

fn page(
    me: CurrentAdmin,
    p: Petition,
    typed: Option<PetitionText>,
    error: (String, String),
    notice: String,
) -> Result<Response, AppError> {
    let forms: Vec<_> = LANGS
        .iter()
        .filter(|(code, _)| *code != p.locale)
        .map(|&(code, name)| {
            let text = match &typed {
                Some(t) if t.lang == code => t.clone(),
                _ => p
                    .translations
                    .iter()
                    .find(|t| t.lang == code)
                    .cloned()
                    .unwrap_or_else(|| PetitionText {
                        lang: code.to_owned(),
                        ..Default::default()
                    }),
            };
            (name, text)
        })
        .collect();
    let status = if error.0.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let top_error = if forms
        .iter()
        .any(|(_, t): &(_, PetitionText)| t.lang == error.0)
    {
        String::new()
    } else {
        error.1.clone()
    };
    let page = TranslationsPage {
        me,
        p,
        forms,
        error,
        top_error,
        notice,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    page(me, p, None, Default::default(), String::new())
}

fn problem(t: &PetitionText, main: &str) -> Option<String> {
    if let Err(e) = Lang::exact(&t.lang) {
        return Some(e);
    }
    if t.lang == main {
        return Some(crate::i18n::t("admin-err-main-language"));
    }
    if t.title.chars().count() > 200 || t.summary.chars().count() > 500 {
        return Some(crate::i18n::t("admin-err-title-length"));
    }
    if t.body_md.chars().count() > 100_000 || t.consent_text.chars().count() > 2_000 {
        return Some(crate::i18n::t("admin-err-too-long"));
    }
    if [&t.title, &t.summary, &t.consent_text]
        .iter()
        .any(|s| crate::domain::has_control(s))
    {
        return Some(crate::i18n::t("admin-err-single-lines"));
    }
    None
}

/// Saves one language; a form left empty removes that translation.
pub async fn save(
    State(state): State<AppState>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<TranslationForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let text = PetitionText {
        lang: form.lang.trim().to_owned(),
        title: form.title.trim().to_owned(),
        summary: form.summary.trim().to_owned(),
        body_md: form.body_md.replace("\r\n", "\n"),
        consent_text: form.consent_text.trim().to_owned(),
    };
    if let Some(e) = problem(&text, &p.locale) {
        let lang = text.lang.clone();
        return page(me, p, Some(text), (lang, e), String::new());
    }
    on_db!(
        &state.db,
        petitions::sql,
        set_translation(p.id, &text, now_ms())
    )?;
    state.petitions.forget(&p.slug);
    petitions::pages::forget(&state, &p.slug);
    audit::record(
        &state.db,
        &me.admin.email,
        "petition.translation",
        &p.slug,
        &text.lang,
    )
    .await?;
    let p = load(&state, &slug).await?;
    let name = Lang::exact(&text.lang)
        .map(|l| l.name())
        .unwrap_or_default();
    page(
        me,
        p,
        None,
        Default::default(),
        crate::i18n::ta("admin-saved-named", "name", name),
    )
}
