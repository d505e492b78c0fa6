//! The supporter's pages: details → their representatives and letters → "check your email" →
//! confirmation, which shows how each letter is delivered.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::input::LetterInput;
use super::lookup::Choice;
use super::store::{self, LetterView, SupporterState};
use super::LettersCtx;
use super::{campaign, Draft, LetterCampaign, Step};
use crate::abuse::FormProof;
use crate::db::now_ms;
use crate::domain::Slug;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::http::FieldErrors;
use crate::on_db;
use crate::petitions::pages::{country_options, CountryOption};
use crate::secret::tokens;

/// A campaign that supporters may see (not a draft).
pub async fn load(state: &LettersCtx, slug: &str) -> Result<LetterCampaign, AppError> {
    if Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    let mut c = match on_db!(&state.db, campaign::sql, by_slug(slug))? {
        Some(c) if c.state != campaign::CampaignState::Draft => c,
        _ => return Err(AppError::NotFound),
    };
    // The visitor's language when the campaign is offered in it (consent text included), else
    // the whole page in its main language.
    let lang = crate::i18n::Lang::current().code();
    if lang != c.locale {
        if let Some(t) = on_db!(&state.db, campaign::sql, translation(c.id, lang))? {
            if !t.title.trim().is_empty() {
                c.title = t.title;
            }
            if !t.intro_md.trim().is_empty() {
                c.intro_md = t.intro_md;
            }
            c.consent_text = t.consent_text;
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
    /// The honeypot and the signed time the form was first served, carried to the last step.
    proof: FormProof,
    /// Link previews, on the campaign's own page (not on a form sent back).
    meta: Option<crate::http::page::Meta>,
    /// US states for the address (empty when the campaign takes no US addresses).
    states: Vec<(&'static str, &'static str)>,
    /// "Did you mean …?" for a likely typo in the email's domain.
    suggestion: String,
}

impl DetailsPage {
    fn new(
        c: LetterCampaign,
        (mut form, proof): (LetterInput, FormProof),
        errors: FieldErrors,
        choices: Vec<Choice>,
    ) -> Self {
        // A campaign for one country's residents has only one answer to "country".
        if let [only] = c.allowed()[..] {
            if form.country.trim().is_empty() {
                form.country = only.to_owned();
            }
        }
        DetailsPage {
            states: if c.accepts_country("US") {
                super::places::us_states()
            } else {
                Vec::new()
            },
            intro_html: c.intro_html(),
            countries: country_options(&form.country, &c.allowed()),
            c,
            form,
            errors,
            choices,
            proof,
            meta: None,
            suggestion: String::new(),
        }
    }
}

struct LetterBox {
    target_id: i64,
    label: String,
    /// How the letter travels (see `Target::delivery`).
    delivery: &'static str,
    /// The office's contact form, shown when the supporter sends the letter themselves.
    contact_url: Option<String>,
    body: String,
    /// The supporter changed the text: "Change my details" carries it back.
    edited: bool,
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
    proof: FormProof,
    /// Whether the letters are sent by email (else made ready for the supporter to deliver).
    by_email: bool,
    notice: Option<String>,
    /// The supporter's name and address as they appear below each letter.
    address: String,
    /// A letter goes through a delivery service: the form asks how to address the supporter.
    congress: bool,
    /// A letter goes through CWC, which takes none without a form of address.
    prefix_required: bool,
    /// An office's contact form requires a phone number.
    phone_required: bool,
    /// CWC is why the form of address is required (else an office's contact form).
    prefix_cwc: bool,
    prefixes: &'static [&'static str],
    /// Some webhook endpoint receives supporters' details: the consent text says so.
    shared: bool,
    /// The first and last name a delivery service will get, shown so the supporter can correct them.
    name_split: Option<(String, String)>,
}

impl WritePage {
    fn new(
        c: LetterCampaign,
        (form, proof): (LetterInput, FormProof),
        draft: &Draft,
        errors: FieldErrors,
        by_email: bool,
    ) -> Self {
        let s = &draft.supporter;
        let address = super::store::signed_letter(
            "",
            s.name.as_str(),
            &s.address,
            &s.city,
            &draft.region,
            s.postcode.as_ref().map(|p| p.as_str()).unwrap_or_default(),
            s.country.code(),
        );
        WritePage {
            shared: false,
            congress: draft
                .letters
                .iter()
                .any(|l| matches!(l.target.delivery(), "cwc" | "form_service")),
            prefix_required: draft.needs_prefix
                || draft.letters.iter().any(|l| l.target.delivery() == "cwc"),
            phone_required: draft.needs_phone,
            prefix_cwc: draft.letters.iter().any(|l| l.target.delivery() == "cwc"),
            name_split: draft
                .letters
                .iter()
                .any(|l| matches!(l.target.delivery(), "cwc" | "form_service"))
                .then(|| super::input::split_name(s.name.as_str())),
            prefixes: &super::input::PREFIXES,
            by_email,
            notice: draft.notice.clone(),
            address: address.trim().to_owned(),
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
                    delivery: l.target.delivery(),
                    contact_url: l
                        .target
                        .contact_url
                        .clone()
                        .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                    body: l.body.clone(),
                    edited: l.body != l.rendered,
                })
                .collect(),
            max_length: c.max_length,
            c,
            form,
            errors,
            proof,
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let proof = FormProof {
        stamp: state.guard.form_stamp(now_ms()),
        ..FormProof::default()
    };
    let mut description = crate::text::plain(&c.intro_md);
    if description.is_empty() {
        description = crate::i18n::t("index-letters");
    }
    let meta = crate::http::page::Meta::new(
        &c.title,
        &description,
        format!("{}/l/{}", state.settings.base(), c.slug),
    );
    let mut page = DetailsPage::new(
        c,
        (LetterInput::default(), proof),
        FieldErrors::default(),
        Vec::new(),
    );
    page.meta = Some(meta);
    Ok(render(&page)?.into_response())
}

type Typed = (LetterInput, FormProof);

fn closed(c: LetterCampaign, form: Typed) -> Result<Response, AppError> {
    let page = DetailsPage::new(c, form, FieldErrors::default(), Vec::new());
    Ok((StatusCode::CONFLICT, render(&page)?).into_response())
}

/// Renders the step a submission reached; `Sent` redirects to "check your email".
async fn step_response(
    state: &LettersCtx,
    c: LetterCampaign,
    form: Typed,
    step: Step,
) -> Result<Response, AppError> {
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
            let by_email = super::words::delivers_by_email(&state.db, &c).await?;
            let mut page = WritePage::new(c, form, &draft, errors, by_email);
            let kinds = [crate::webhooks::EventType::LetterSent];
            page.shared =
                crate::on_db!(&state.db, crate::webhooks::store::sql, any_personal(&kinds))?;
            Ok((status, render(&page)?).into_response())
        }
        Step::Sent => Ok(Redirect::to(&format!("/l/{}/sent", c.slug)).into_response()),
        Step::NotEmailed => {
            Ok(Redirect::to(&format!("/l/{}/sent?email=none", c.slug)).into_response())
        }
    }
}

/// Step 1 → 2: find the representatives and show the letters.
#[tracing::instrument(skip_all)]
pub async fn write(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    // The address a suggestion was shown for: a different address is checked afresh.
    let checked = pairs
        .iter()
        .find(|(k, _)| k == "email_checked")
        .map(|(_, v)| v.trim().to_owned());
    let form = LetterInput::from_pairs(pairs);
    if !c.is_open() {
        return closed(c, form);
    }
    let step = super::prepare(&state, &c, &form.0).await?;
    let typed = form.0.email.trim().to_owned();
    // A likely typo in the email's domain: the details come back once with "Did you mean …?"
    // (and any other problem); sent again, the address is taken as typed.
    if let Some(suggestion) = crate::domain::typo::email_suggestion(&typed) {
        if checked.as_deref() != Some(typed.as_str()) {
            let (errors, choices) = match step {
                Step::Details(errors, choices) => (errors, choices),
                _ => (FieldErrors::default(), Vec::new()),
            };
            let mut page = DetailsPage::new(c, form, errors, choices);
            page.suggestion = suggestion;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    }
    step_response(&state, c, form, step).await
}

/// Back from the letters to the details form, filled in ("Change my details").
#[tracing::instrument(skip_all)]
pub async fn details(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let form = LetterInput::from_pairs(pairs);
    if !c.is_open() {
        return closed(c, form);
    }
    let page = DetailsPage::new(c, form, FieldErrors::default(), Vec::new());
    Ok(render(&page)?.into_response())
}

/// The "Copy" buttons beside letters (see the script).
pub async fn copy_script() -> Response {
    crate::http::assets::script(include_str!("../../templates/static/copy.js"))
}

/// Step 2 → sent.
#[tracing::instrument(skip_all)]
pub async fn send(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let form = LetterInput::from_pairs(pairs);
    if !c.is_open() {
        return closed(c, form);
    }
    let step = super::send(&state, &c, &form.0, client, Some(&form.1)).await?;
    step_response(&state, c, form, step).await
}

#[derive(Template)]
#[template(path = "pages/letter_sent.html")]
struct SentPage {
    c: LetterCampaign,
    by_email: bool,
    /// No email went out (the address reached its cap): the page says so rather than promise one.
    emailed: bool,
}

#[derive(serde::Deserialize)]
pub struct SentQuery {
    #[serde(default)]
    email: String,
}

#[tracing::instrument(skip_all)]
pub async fn sent(
    State(state): State<LettersCtx>,
    Path(slug): Path<String>,
    axum::extract::Query(q): axum::extract::Query<SentQuery>,
) -> Result<Response, AppError> {
    let c = load(&state, &slug).await?;
    let by_email = super::words::delivers_by_email(&state.db, &c).await?;
    let page = SentPage {
        c,
        by_email,
        emailed: q.email != "none",
    };
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "pages/letter_confirm.html")]
struct ConfirmPage {
    title: String,
    slug: String,
    pending: bool,
    action: String,
    letters: Vec<(LetterView, String)>,
    /// Where the supporter deletes their details.
    erase: String,
    by_email: bool,
    /// Once confirmed: ask others to write too.
    share: Option<crate::http::share::Share>,
}

/// An unknown link, or one replaced by a newer submission: only the newest link works.
fn invalid_link() -> Response {
    let page = crate::http::page::ErrorPage {
        status: 404,
        message: crate::i18n::t("link-invalid"),
    };
    (StatusCode::NOT_FOUND, Html(page.render_string())).into_response()
}

async fn confirm_page(
    state: &LettersCtx,
    token: &str,
    confirm: bool,
) -> Result<Response, AppError> {
    let Some(hash) = tokens::parse(token).map(tokens::hash) else {
        return Ok(invalid_link());
    };
    let Some((supporter, campaign_id, status)) = on_db!(&state.db, store::sql, by_token(&hash))?
    else {
        return Ok(invalid_link());
    };
    let c = on_db!(&state.db, campaign::sql, by_id(campaign_id))?.ok_or(AppError::NotFound)?;
    let mut pending = status == SupporterState::Pending;
    if pending && confirm {
        // The letters the supporter delivers themselves go to their inbox too, with the change.
        let page = format!("{}/letters/confirm/{token}", state.settings.base());
        let before = on_db!(&state.db, store::sql, letters_of(supporter))?;
        let title = supporter_title(state, &c, &before).await?;
        let data = tokens::Token::generate();
        let pack = before.first().and_then(|first| {
            let lang = crate::i18n::Lang::stored(&first.supporter_locale);
            let congress = state.settings.congress.any_on();
            lang.scope_sync(|| super::words::pack_email(&title, &before, &page, congress))
                .map(|m| super::selfservice::attach(m, &data, lang.code()))
        });
        let pack = pack.as_ref().map(|m| (m, data.hash.as_str()));
        // False when the campaign closed in the meantime (or another click got there first).
        if on_db!(
            &state.db,
            store::sql,
            confirm(supporter, now_ms(), pack, state.settings.congress.any_on())
        )? {
            metrics::counter!("letters_confirmed_total").increment(1);
        }
        pending = on_db!(&state.db, store::sql, by_token(&hash))?
            .is_some_and(|r| r.2 == SupporterState::Pending);
    }
    if pending && !c.is_open() {
        return Err(AppError::Conflict("letter-closed-confirm".into()));
    }
    // Before the button too: the supporter sees exactly which letters, to whom, they confirm.
    let letters = on_db!(&state.db, store::sql, letters_of(supporter))?
        .into_iter()
        .map(|l| {
            let text = l.full_text();
            (l, text)
        })
        .collect();
    let by_email = super::words::delivers_by_email(&state.db, &c).await?;
    let share = (!pending).then(|| {
        crate::http::share::Share::of_page(
            state.settings.base(),
            &format!("/l/{}", c.slug),
            "letter-share-text",
            &c.title,
        )
    });
    let page = ConfirmPage {
        share,
        by_email,
        title: c.title,
        slug: c.slug,
        pending,
        action: format!("/letters/confirm/{token}"),
        erase: format!("/letters/erase/{token}"),
        letters,
    };
    Ok(render(&page)?.into_response())
}

/// The campaign's title in the supporter's language when it has a translation.
async fn supporter_title(
    state: &LettersCtx,
    c: &LetterCampaign,
    letters: &[LetterView],
) -> Result<String, AppError> {
    let lang = letters
        .first()
        .map(|l| crate::i18n::Lang::stored(&l.supporter_locale).code())
        .unwrap_or("en");
    Ok(on_db!(&state.db, campaign::sql, translation(c.id, lang))?
        .map(|t| t.title)
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| c.title.clone()))
}

/// Shows a button: mail scanners follow links, and a GET must not send letters.
#[tracing::instrument(skip_all)]
pub async fn confirm_get(
    State(state): State<LettersCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &token, false).await
}

#[tracing::instrument(skip_all)]
pub async fn confirm_post(
    State(state): State<LettersCtx>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &token, true).await
}

#[derive(Template)]
#[template(path = "pages/link.html")]
struct LinkPage {
    heading: &'static str,
    message: String,
    action: String,
    button: &'static str,
    slug: String,
}

/// GET on the erasure address (a reload, a shared link) leads back to the link's page; it never acts.
pub async fn erase_get(Path(token): Path<String>) -> axum::response::Redirect {
    match tokens::parse(&token) {
        Some(t) => axum::response::Redirect::to(&format!("/letters/confirm/{t}")),
        None => axum::response::Redirect::to("/"),
    }
}

/// The "are you sure?" step before the confirmation page's erasure (a form, no JavaScript).
#[derive(Template)]
#[template(path = "pages/letter_erase_sure.html")]
struct EraseSurePage {
    message: String,
    action: String,
    back: String,
}

/// Erasure by the confirmation link (POST only): everything held for the address in the campaign
/// (see `selfservice::sql::erase`). The first press only asks; the form comes back confirmed.
#[tracing::instrument(skip_all)]
pub async fn erase_post(
    State(state): State<LettersCtx>,
    Path(token): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let Some(hash) = tokens::parse(&token).map(tokens::hash) else {
        return Ok(invalid_link());
    };
    let Some((supporter, campaign_id, _)) = on_db!(&state.db, store::sql, by_token(&hash))? else {
        return Ok(invalid_link());
    };
    let c = on_db!(&state.db, campaign::sql, by_id(campaign_id))?.ok_or(AppError::NotFound)?;
    if !super::selfservice::confirmed(&body) {
        let page = EraseSurePage {
            message: crate::i18n::ta("letter-erase-sure", "title", c.title.as_str()),
            action: format!("/letters/erase/{token}"),
            back: format!("/letters/confirm/{token}"),
        };
        return Ok(render(&page)?.into_response());
    }
    super::selfservice::erase_all(&state, supporter).await?;
    tracing::info!(campaign = c.id, "letter supporter erased");
    let page = LinkPage {
        heading: "letter-erased-heading",
        message: crate::i18n::ta("letter-erased", "title", c.title.as_str()),
        action: String::new(),
        button: "",
        slug: String::new(),
    };
    Ok(render(&page)?.into_response())
}
