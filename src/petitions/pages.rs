//! Public petition pages: the list, a petition with its sign form, and the "check your email" page.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};

use super::model::Acceptance;
use super::PetitionsCtx;
use super::{chart, Petition, PetitionCounts};
use crate::db::now_ms;
use crate::domain::{country_name, Country};
use crate::http::page::render;
use crate::http::page::Meta;
use crate::http::share::Share;
use crate::http::AppError;
use crate::http::FieldErrors;
use crate::i18n::format::fmt_num;
use crate::i18n::Lang;
use crate::petitions::sign_input::SignInput;
use crate::text::percent;

/// The translation id of why a petition takes no signatures.
pub fn not_open_message(p: &Petition) -> &'static str {
    match p.acceptance(now_ms()) {
        Acceptance::NotYetOpen => "petition-not-yet-open",
        _ => "petition-closed",
    }
}

/// A public petition by slug (drafts and archived ones are not found), from the short-lived cache,
/// in the reader's language where it has a translation.
pub async fn load(state: &PetitionsCtx, slug: &str) -> Result<Arc<Petition>, AppError> {
    if crate::domain::Slug::parse(slug).is_err() {
        return Err(AppError::NotFound);
    }
    let petition = state
        .petitions
        .get(&state.db, slug, Lang::current())
        .await?
        .ok_or(AppError::NotFound)?;
    if !petition.state.is_public() {
        return Err(AppError::NotFound);
    }
    Ok(petition)
}

pub struct CountryOption {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

/// The country list, limited to `allowed` when it is not empty.
pub fn country_options(selected: &str, allowed: &[&str]) -> Vec<CountryOption> {
    let lang = Lang::current();
    Country::all(lang)
        .iter()
        .filter(|c| allowed.is_empty() || allowed.contains(&c.code()))
        .map(|c| CountryOption {
            code: c.code(),
            name: c.name_in(lang),
            selected: selected.eq_ignore_ascii_case(c.code()),
        })
        .collect()
}

/// The sign form posts to `#sign`: on a rejected form the error summary carries that id (the
/// form's box otherwise), so the browser scrolls to it and focuses it, with or without JavaScript.
#[derive(Template)]
#[template(path = "pages/petition.html")]
struct PetitionPage {
    p: Arc<Petition>,
    body_html: String,
    /// The count as a number, for the plural in the text beside it.
    count_n: i64,
    pct: i64,
    chart: String,
    /// The map of signers with its table (HTML from [`super::map::petition_map`]), or "".
    map: String,
    top_countries: Vec<(String, String)>,
    more_countries: usize,
    country_total: usize,
    recent: Vec<(String, String)>,
    form: SignInput,
    errors: FieldErrors,
    countries: Vec<CountryOption>,
    notice: &'static str,
    /// When the petition closes, as a `<time>` element shown in the reader's zone (empty if never).
    closes: String,
    share: Share,
    meta: Meta,
    /// A likely correction of a mistyped email domain ("ada@gmail.com"), or "".
    suggestion: String,
    /// The signed time the form was served (the minimum fill time is measured from it).
    issued: String,
    /// The share link's or partner's code, sent back with the form.
    source: String,
    /// Confirmed organisations (name, country, website), when the petition takes them.
    orgs: Vec<(String, String, String)>,
    /// Some webhook endpoint receives signers' details: the consent text says so.
    shared: bool,
}

/// What link previews and search engines show for a petition: its title, its summary (or the
/// start of its text, or whom it addresses), its address.
pub fn petition_meta(state: &PetitionsCtx, p: &Petition) -> Meta {
    let mut description = p.summary.trim().to_owned();
    if description.is_empty() {
        description = crate::text::plain(&p.body_md);
    }
    if description.is_empty() {
        description = crate::i18n::ta("petition-to", "target", p.target.as_str());
    }
    let meta = Meta::new(
        &p.title,
        &description,
        format!("{}/p/{}", state.settings.base(), p.slug),
    );
    match &p.image_card {
        Some(hash) => meta.with_image(
            crate::images::url(state.settings.base(), hash),
            &p.image_alt,
        ),
        None => meta,
    }
}

/// Whose details a form's consent text may say are passed on to webhook endpoints.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Sharing {
    Signers = 0,
    Organisations = 1,
}

/// Whether some webhook endpoint allowed personal fields takes the events of what this form
/// does (the form's consent text then says so, and the form records that it did).
pub(crate) async fn data_shared(state: &PetitionsCtx, who: Sharing) -> Result<bool, AppError> {
    use crate::webhooks::EventType;
    let kinds: &[EventType] = match who {
        Sharing::Signers => &[EventType::SignatureConfirmed, EventType::SignatureWithdrawn],
        Sharing::Organisations => &[EventType::OrganisationApproved],
    };
    let shared = state
        .lists
        .data_shared
        .get_or_load(&(who as i64), || async {
            crate::on_db!(&state.db, crate::webhooks::store::sql, any_personal(kinds))
        })
        .await?;
    Ok(*shared)
}

/// Loads what the page shows beyond the petition and its counts.
async fn finish(
    state: &PetitionsCtx,
    mut page: PetitionPage,
    counts: &PetitionCounts,
) -> Result<PetitionPage, AppError> {
    page.map =
        super::map::petition_map(state, &page.p, counts, super::map::Outlines::Linked).await?;
    if page.p.accepts_organisations {
        page.orgs = super::organisations::confirmed(state, page.p.id).await?;
    }
    page.shared = data_shared(state, Sharing::Signers).await?;
    Ok(page)
}

impl PetitionPage {
    fn new(
        state: &PetitionsCtx,
        p: Arc<Petition>,
        counts: Arc<PetitionCounts>,
        form: SignInput,
        errors: FieldErrors,
    ) -> Self {
        let share = Share::new(state.settings.base(), &p.slug, &p.title);
        let meta = petition_meta(state, &p);
        let top_countries = counts
            .by_country
            .iter()
            .take(5)
            .map(|(c, n)| (country_name(c).to_owned(), fmt_num(*n)))
            .collect();
        let recent = counts
            .recent
            .iter()
            .map(|(n, c)| (n.clone(), country_name(c).to_owned()))
            .collect();
        let notice = if p.is_open(now_ms()) {
            ""
        } else {
            not_open_message(&p)
        };
        PetitionPage {
            closes: p
                .closes_at
                .map(crate::i18n::format::local_time)
                .unwrap_or_default(),
            body_html: p.body_html(),
            count_n: counts.confirmed,
            pct: percent(counts.confirmed, p.goal),
            chart: chart::per_day_svg(&counts.by_day, 30),
            map: String::new(),
            top_countries,
            more_countries: counts.by_country.len().saturating_sub(5),
            country_total: counts.by_country.len(),
            recent,
            countries: country_options(&form.country, &p.allowed()),
            form,
            errors,
            notice,
            share,
            meta,
            suggestion: String::new(),
            issued: state.guard.form_stamp(now_ms()),
            source: String::new(),
            orgs: Vec::new(),
            shared: false,
            p,
        }
    }
}

/// The petition page with an empty form is the same for every visitor, so it is rendered at most
/// once per `cache_ms` (from fresh counts, so it is never older than that) and shared.
#[derive(serde::Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    src: String,
}

/// Cached pages are per language.
pub fn page_key(slug: &str) -> String {
    format!("{slug}|{}", Lang::current().code())
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    if let Some(source) = crate::petitions::sign_input::parse_source(&q.src) {
        // A share link: the form must carry its code, so this copy is rendered for the visitor.
        let counts = state.counts.get(&state.db, p.id).await?;
        let mut page = PetitionPage::new(
            &state,
            p,
            counts.clone(),
            SignInput::default(),
            FieldErrors::default(),
        );
        page.source = source;
        let page = finish(&state, page, &counts).await?;
        return Ok(render(&page)?.into_response());
    }
    let html = state
        .pages
        .get_or_load(&page_key(&p.slug), || async {
            let counts = Arc::new(state.counts.fresh(&state.db, p.id).await?);
            let form = SignInput::default();
            let page = PetitionPage::new(
                &state,
                p.clone(),
                counts.clone(),
                form,
                FieldErrors::default(),
            );
            let page = finish(&state, page, &counts).await?;
            Ok::<_, AppError>(axum::body::Bytes::from(render(&page)?.0))
        })
        .await?;
    let headers = [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")];
    Ok((headers, html.as_ref().clone()).into_response())
}

/// A sign form sent back: what was typed, its problems, and what the form carries along.
pub struct Refill {
    pub input: SignInput,
    pub errors: FieldErrors,
    pub source: String,
    pub suggestion: String,
    /// The form's stamp to keep (correcting a field is not "too fast"); a fresh one when `None`.
    pub issued: Option<String>,
}

/// The petition page with the form as it was sent, for a rejected or questioned signature.
pub async fn refilled(
    state: &PetitionsCtx,
    p: Arc<Petition>,
    form: Refill,
) -> Result<axum::response::Html<String>, AppError> {
    let counts = state.counts.get(&state.db, p.id).await?;
    let mut page = PetitionPage::new(state, p, counts.clone(), form.input, form.errors);
    page.source = form.source;
    page.suggestion = form.suggestion;
    if let Some(issued) = form.issued {
        page.issued = issued;
    }
    let page = finish(state, page, &counts).await?;
    render(&page)
}

#[derive(Template)]
#[template(path = "pages/signed.html")]
struct SignedPage {
    p: Arc<Petition>,
    share: Share,
    meta: Meta,
}

#[tracing::instrument(skip_all)]
pub async fn signed(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let share = Share::new(state.settings.base(), &p.slug, &p.title);
    let meta = petition_meta(&state, &p);
    Ok(render(&SignedPage { p, share, meta })?.into_response())
}

/// Drops every language's cached copy of a petition's page (after staff changed it).
pub fn forget(state: &PetitionsCtx, slug: &str) {
    for lang in Lang::all() {
        state.pages.forget(&format!("index|{}", lang.code()));
        state.pages.forget(&format!("{slug}|{}", lang.code()));
        for outlines in [super::map::Outlines::Linked, super::map::Outlines::Inline] {
            state
                .pages
                .forget(&super::map::map_key(slug, lang, outlines));
        }
    }
}
