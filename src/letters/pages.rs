//! The supporter's pages: details → their representatives and letters → "check your email" →
//! confirmation, which shows how each letter is delivered.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::input::LetterInput;
use super::lookup::Choice;
use super::store::{self, LetterView};
use super::{campaign, Draft, LetterCampaign, Step};
use crate::app::AppState;
use crate::db::now_ms;
use crate::domain::Slug;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::on_db;
use crate::pages::render;
use crate::petitions::pages::{country_options, CountryOption};
use crate::signatures::{tokens, FieldErrors};

/// A campaign that supporters may see (not a draft).
pub async fn load(state: &AppState, slug: &str) -> Result<LetterCampaign, AppError> {
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    let mut c = match on_db!(&state.db, campaign::sql, by_slug(slug))? {
        Some(c) if c.state != "draft" => c,
        _ => return Err(AppError::NotFound),
    };
    // The visitor's language when the campaign has it, else its main language.
    let lang = crate::i18n::Lang::current().code();
    if lang != c.locale {
        if let Some((title, intro)) = on_db!(&state.db, campaign::sql, translation(c.id, lang))? {
            if !title.trim().is_empty() {
                c.title = title;
            }
            if !intro.trim().is_empty() {
                c.intro_md = intro;
            }
        }
    }
    Ok(c)
}

#[derive(Template)]
#[template(path = "pages/letter_details.html")]
struct DetailsPage {
    c: LetterCampaign,
    intro_html: String,
    form: LetterInput,
    errors: FieldErrors,
    choices: Vec<Choice>,
    countries: Vec<CountryOption>,
    /// Link previews, on the campaign's own page (not on a form sent back).
    meta: Option<crate::pages::Meta>,
}

impl DetailsPage {
    fn new(
        c: LetterCampaign,
        form: LetterInput,
        errors: FieldErrors,
        choices: Vec<Choice>,
    ) -> Self {
        DetailsPage {
            intro_html: c.intro_html(),
            countries: country_options(&form.country, &c.allowed()),
            c,
            form,
            errors,
            choices,
            meta: None,
        }
    }
}

struct LetterBox {
    target_id: i64,
    label: String,
    by_email: bool,
    body: String,
}

#[derive(Template)]
#[template(path = "pages/letter_write.html")]
struct WritePage {
    c: LetterCampaign,
    form: LetterInput,
    errors: FieldErrors,
    subjects: Vec<(usize, String)>,
    letters: Vec<LetterBox>,
    max_length: i64,
}

impl WritePage {
    fn new(c: LetterCampaign, form: LetterInput, draft: &Draft, errors: FieldErrors) -> Self {
        WritePage {
            subjects: c
                .subject_list()
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.to_string()))
                .collect(),
            letters: draft
                .letters
                .iter()
                .map(|l| LetterBox {
                    target_id: l.target.id,
                    label: l.target.label(),
                    by_email: l.target.has_email(),
                    body: l.body.clone(),
                })
                .collect(),
            max_length: c.max_length,
            c,
            form,
            errors,
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let mut description = crate::text::plain(&c.intro_md);
    if description.is_empty() {
        description = crate::i18n::t("index-letters");
    }
    let meta = crate::pages::Meta::new(
        &c.title,
        &description,
        format!("{}/l/{}", state.settings.base(), c.slug),
    );
    let mut page = DetailsPage::new(
        c,
        LetterInput::default(),
        FieldErrors::default(),
        Vec::new(),
    );
    page.meta = Some(meta);
    Ok(render(&page)?.into_response())
}

fn closed(c: LetterCampaign, form: LetterInput) -> Result<Response, AppError> {
    let page = DetailsPage::new(c, form, FieldErrors::default(), Vec::new());
    Ok((StatusCode::CONFLICT, render(&page)?).into_response())
}

/// Renders the step a submission reached; `Sent` redirects to "check your email".
fn step_response(c: LetterCampaign, form: LetterInput, step: Step) -> Result<Response, AppError> {
    match step {
        Step::Details(errors, choices) => {
            let status = if errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let page = DetailsPage::new(c, form, errors, choices);
            Ok((status, render(&page)?).into_response())
        }
        Step::Letters(draft, errors) => {
            let status = if errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let page = WritePage::new(c, form, &draft, errors);
            Ok((status, render(&page)?).into_response())
        }
        Step::Sent => Ok(Redirect::to(&format!("/l/{}/sent", c.slug)).into_response()),
    }
}

/// Step 1 → 2: find the representatives and show the letters.
pub async fn write(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let form = LetterInput::from_pairs(pairs);
    if !c.is_open() {
        return closed(c, form);
    }
    let step = super::prepare(&state, &c, &form).await?;
    step_response(c, form, step)
}

/// Step 2 → sent.
pub async fn send(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let form = LetterInput::from_pairs(pairs);
    if !c.is_open() {
        return closed(c, form);
    }
    let step = super::send(&state, &c, &form).await?;
    step_response(c, form, step)
}

#[derive(Template)]
#[template(path = "pages/letter_sent.html")]
struct SentPage {
    c: LetterCampaign,
}

pub async fn sent(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    Ok(render(&SentPage { c })?.into_response())
}

#[derive(Template)]
#[template(path = "pages/letter_confirm.html")]
struct ConfirmPage {
    title: String,
    slug: String,
    pending: bool,
    action: String,
    letters: Vec<(LetterView, String)>,
}

async fn confirm_page(state: &AppState, token: &str, confirm: bool) -> Result<Response, AppError> {
    let hash = tokens::parse(token)
        .map(tokens::hash)
        .ok_or(AppError::NotFound)?;
    let (supporter, campaign_id, status) =
        on_db!(&state.db, store::sql, by_token(&hash))?.ok_or(AppError::NotFound)?;
    let c = on_db!(&state.db, campaign::sql, by_id(campaign_id))?.ok_or(AppError::NotFound)?;
    let mut pending = status == "pending";
    if confirm && pending {
        on_db!(&state.db, store::sql, confirm(supporter, now_ms()))?;
        metrics::counter!("letters_confirmed_total").increment(1);
        pending = false;
    }
    let letters = if pending {
        Vec::new()
    } else {
        on_db!(&state.db, store::sql, letters_of(supporter))?
            .into_iter()
            .map(|l| {
                let text = l.full_text();
                (l, text)
            })
            .collect()
    };
    let page = ConfirmPage {
        title: c.title,
        slug: c.slug,
        pending,
        action: format!("/letters/confirm/{token}"),
        letters,
    };
    Ok(render(&page)?.into_response())
}

/// Shows a button: mail scanners follow links, and a GET must not send letters.
pub async fn confirm_get(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &token, false).await
}

pub async fn confirm_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &token, true).await
}
