//! Public petition pages: the list, a petition with its sign form, and the "check your email" page.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

use super::model::Acceptance;
use super::{chart, Petition, PetitionCounts};
use crate::abuse::FormProof;
use crate::app::AppState;
use crate::db::now_ms;
use crate::domain::{country_name, Country};
use crate::http::client_ip::ClientIp;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::page::Meta;
use crate::http::AppError;
use crate::i18n::format::fmt_num;
use crate::i18n::Lang;
use crate::on_db;
use crate::signatures::input::SignForm;
use crate::signatures::{self, FieldErrors, SignContext, SignError, SignInput};
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
pub async fn load(state: &AppState, slug: &str) -> Result<Arc<Petition>, AppError> {
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

struct IndexItem {
    slug: String,
    title: String,
    target: String,
    summary: String,
    count: i64,
    pct: i64,
    state: String,
    /// The translation id of the state's name.
    state_key: String,
    /// The image at page/list size (its hash) and its description.
    image: Option<String>,
    image_alt: String,
    /// Takes signatures now: the list shows a Sign button.
    open: bool,
}

#[derive(Template)]
#[template(path = "pages/index.html")]
struct IndexPage {
    meta: Meta,
    items: Vec<IndexItem>,
    /// Open letter campaigns: (slug, title, the start of the introduction as plain text).
    letters: Vec<(String, String, String)>,
}

/// The index, rendered at most once per page-cache period per language (one request renders it,
/// the others wait for that one).
pub async fn index(State(state): State<AppState>) -> Result<Response, AppError> {
    let key = format!("index|{}", Lang::current().code());
    let html = state
        .pages
        .get_or_load(&key, || async {
            Ok::<_, AppError>(axum::body::Bytes::from(render_index(&state).await?.0))
        })
        .await?;
    let headers = [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")];
    Ok((headers, html.as_ref().clone()).into_response())
}

async fn render_index(state: &AppState) -> Result<axum::response::Html<String>, AppError> {
    let petitions = on_db!(&state.db, super::sql, public(100))?;
    let lang = Lang::current();
    let translated = on_db!(&state.db, super::sql, translations_in(lang.code()))?;
    let ids: Vec<i64> = petitions.iter().map(|p| p.id).collect();
    // Every petition's count in one query.
    let confirmed: std::collections::HashMap<i64, i64> =
        on_db!(&state.db, index_sql, confirmed_of(&ids))?
            .into_iter()
            .collect();
    let now = now_ms();
    let mut items = Vec::with_capacity(petitions.len());
    for p in petitions {
        let count = confirmed.get(&p.id).copied().unwrap_or(0);
        items.push(IndexItem {
            count,
            pct: percent(count, p.goal),
            state: p.public_state(now).as_str().to_owned(),
            state_key: format!("state-{}", p.public_state(now)),
            image: p.image_page.clone(),
            image_alt: p.image_alt.clone(),
            open: p.is_open(now),
            slug: p.slug,
            title: p.title,
            target: p.target,
            summary: p.summary,
        });
        if p.locale != lang.code() {
            let item = items.last_mut().expect("just pushed");
            if let Some((_, title, target, summary, alt)) =
                translated.iter().find(|(id, ..)| *id == p.id)
            {
                for (own, shown) in [
                    (title, &mut item.title),
                    (target, &mut item.target),
                    (summary, &mut item.summary),
                    (alt, &mut item.image_alt),
                ] {
                    if !own.trim().is_empty() {
                        shown.clone_from(own);
                    }
                }
            }
        }
    }
    let titles = on_db!(
        &state.db,
        crate::letters::campaign::sql,
        titles_in(lang.code())
    )?;
    let intros = on_db!(&state.db, index_sql, campaign_intros_in(lang.code()))?;
    let letters = on_db!(&state.db, crate::letters::campaign::sql, public())?
        .into_iter()
        .map(|c| {
            let own = titles
                .iter()
                .find(|(id, t)| *id == c.id && !t.trim().is_empty());
            let title = match own {
                Some((_, t)) if c.locale != lang.code() => t.clone(),
                _ => c.title,
            };
            let own_intro = intros
                .iter()
                .find(|(id, i)| *id == c.id && !i.trim().is_empty());
            let intro = match own_intro {
                Some((_, i)) if c.locale != lang.code() => i.as_str(),
                _ => c.intro_md.as_str(),
            };
            (c.slug, title, clip_plain(intro, 280))
        })
        .collect();
    let meta = Meta::new(
        &crate::i18n::t("index-title"),
        &crate::i18n::t("index-description"),
        format!("{}/", state.settings.base()),
    );
    render(&IndexPage {
        meta,
        items,
        letters,
    })
}

/// The start of some Markdown as plain text, cut at a word with an ellipsis.
fn clip_plain(md: &str, max: usize) -> String {
    let text = crate::text::plain(md);
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((end, _)) => {
            let cut = text[..end].rfind(' ').unwrap_or(end);
            format!("{}…", text[..cut].trim_end())
        }
        None => text.to_owned(),
    }
}

crate::per_engine! {
    mod index_sql {
        /// Confirmed counts of the given petitions: (petition id, confirmed).
        pub async fn confirmed_of(pool: &Pool, ids: &[i64]) -> Result<Vec<(i64, i64)>, sqlx::Error> {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("SELECT petition_id, confirmed FROM petition_counts WHERE petition_id IN (");
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(")");
            qb.build_query_as().fetch_all(pool).await
        }

        /// Every letter campaign's introduction in one language: (campaign id, introduction).
        pub async fn campaign_intros_in(pool: &Pool, lang: &str) -> Result<Vec<(i64, String)>, sqlx::Error> {
            sqlx::query_as("SELECT campaign_id, intro_md FROM letter_campaign_translations WHERE lang = $1")
                .bind(lang).fetch_all(pool).await
        }
    }
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
    count: String,
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
}

/// The channel links to share a petition (each carries its `src` code, so staff see which ones
/// bring signatures) and what the Web Share button shares.
pub struct Share {
    pub links: Vec<(&'static str, String)>,
    pub url: String,
    pub title: String,
}

impl Share {
    pub fn new(state: &AppState, slug: &str, title: &str) -> Share {
        Share::of_page(state, &format!("/p/{slug}"), "petition-share-text", title)
    }

    /// Share links to the page at `path`, with the message `text_id` (which takes `$title`).
    pub fn of_page(state: &AppState, path: &str, text_id: &str, title: &str) -> Share {
        let page = format!("{}{path}", state.settings.base());
        let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
        let url = |channel: &str| format!("{page}?src=share-{channel}");
        let text = enc(&crate::i18n::ta(text_id, "title", title));
        let links = vec![
            (
                "petition-share-email",
                format!("mailto:?subject={text}&body={}", enc(&url("email"))),
            ),
            (
                "WhatsApp",
                format!("https://wa.me/?text={text}%20{}", enc(&url("whatsapp"))),
            ),
            (
                "X",
                format!(
                    "https://x.com/intent/post?text={text}&url={}",
                    enc(&url("x"))
                ),
            ),
            (
                "Facebook",
                format!(
                    "https://www.facebook.com/sharer/sharer.php?u={}",
                    enc(&url("facebook"))
                ),
            ),
        ];
        Share {
            links,
            url: url("native"),
            title: title.to_owned(),
        }
    }
}

/// What link previews and search engines show for a petition: its title, its summary (or the
/// start of its text, or whom it addresses), its address.
pub fn petition_meta(state: &AppState, p: &Petition) -> Meta {
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

/// Loads what the page shows beyond the petition and its counts.
async fn finish(
    state: &AppState,
    mut page: PetitionPage,
    counts: &PetitionCounts,
) -> Result<PetitionPage, AppError> {
    page.map = super::map::petition_map(state, &page.p, counts).await?;
    if page.p.accepts_organisations {
        page.orgs = super::organisations::confirmed(state, page.p.id).await?;
    }
    Ok(page)
}

impl PetitionPage {
    fn new(
        state: &AppState,
        p: Arc<Petition>,
        counts: Arc<PetitionCounts>,
        form: SignInput,
        errors: FieldErrors,
    ) -> Self {
        let share = Share::new(state, &p.slug, &p.title);
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
            count: fmt_num(counts.confirmed),
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

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    if let Some(source) = crate::signatures::input::parse_source(&q.src) {
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

pub async fn sign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Form(form): Form<SignForm>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let proof = FormProof {
        honeypot: form.website.clone(),
        stamp: form.issued.clone(),
        pow: form.pow.clone(),
    };
    let source = crate::signatures::input::parse_source(&form.source);
    // The address the suggestion was shown for: a different address is checked afresh.
    let email_checked = form.email_checked.trim() == form.email.trim();
    let input: SignInput = form.into();
    let suggestion = crate::signatures::typo::email_suggestion(&input.email).unwrap_or_default();
    let form_source = source.clone().unwrap_or_default();
    let widget = source.as_deref().is_some_and(|s| s.starts_with("widget:"));
    let ctx = SignContext {
        client,
        via: if widget { "widget" } else { "page" },
        form: Some(&proof),
        source,
    };
    // A likely typo in the email's domain: the form comes back once with "Did you mean …?" (and
    // any other problem); sent again, the address is taken as typed.
    if !suggestion.is_empty() && !email_checked && p.is_open(now_ms()) {
        let errors = input.parse(&p, &state.settings).err().unwrap_or_default();
        let counts = state.counts.get(&state.db, p.id).await?;
        let mut page = PetitionPage::new(&state, p, counts.clone(), input, errors);
        page.source = form_source;
        page.suggestion = suggestion;
        page.issued = state.guard.carry_stamp(&proof.stamp, now_ms());
        let page = finish(&state, page, &counts).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    match signatures::sign(&state, &p, &input, ctx).await {
        Ok(()) if widget => {
            Ok(Redirect::to(&format!("/p/{}/widget?thanks=1", p.slug)).into_response())
        }
        Ok(()) => Ok(Redirect::to(&format!("/p/{}/signed", p.slug)).into_response()),
        Err(SignError::Invalid(errors)) => {
            let counts = state.counts.get(&state.db, p.id).await?;
            let mut page = PetitionPage::new(&state, p, counts.clone(), input, errors);
            page.source = form_source;
            page.suggestion = suggestion;
            // The form keeps the time it was first served: correcting a field is not "too fast".
            page.issued = state.guard.carry_stamp(&proof.stamp, now_ms());
            let page = finish(&state, page, &counts).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
        Err(SignError::NotOpen(_)) => {
            let counts = state.counts.get(&state.db, p.id).await?;
            let page = PetitionPage::new(&state, p, counts.clone(), input, FieldErrors::default());
            let page = finish(&state, page, &counts).await?;
            Ok((StatusCode::CONFLICT, render(&page)?).into_response())
        }
        Err(SignError::Failed(e)) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "pages/signed.html")]
struct SignedPage {
    p: Arc<Petition>,
    share: Share,
    meta: Meta,
}

pub async fn signed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let share = Share::new(&state, &p.slug, &p.title);
    let meta = petition_meta(&state, &p);
    Ok(render(&SignedPage { p, share, meta })?.into_response())
}

/// Drops every language's cached copy of a petition's page (after staff changed it).
pub fn forget(state: &AppState, slug: &str) {
    for lang in Lang::all() {
        state.pages.forget(&format!("index|{}", lang.code()));
        state.pages.forget(&format!("{slug}|{}", lang.code()));
        state.pages.forget(&super::map::map_key(slug, lang));
    }
}
