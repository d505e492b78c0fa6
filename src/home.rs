//! The front page: the public petitions and the open letter campaigns, in the reader's language.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::db::now_ms;
use crate::http::page::{render, Meta};
use crate::http::AppError;
use crate::i18n::Lang;
use crate::on_db;
use crate::petitions::PetitionsCtx;
use crate::text::percent;

/// `GET /`
pub fn router<S>() -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
    PetitionsCtx: axum::extract::FromRef<S>,
{
    axum::Router::new().route("/", axum::routing::get(index))
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
#[tracing::instrument(skip_all)]
pub async fn index(State(state): State<PetitionsCtx>) -> Result<Response, AppError> {
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

async fn render_index(state: &PetitionsCtx) -> Result<axum::response::Html<String>, AppError> {
    let petitions = on_db!(&state.db, crate::petitions::sql, public(100))?;
    let lang = Lang::current();
    let translated = on_db!(
        &state.db,
        crate::petitions::sql,
        translations_in(lang.code())
    )?;
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
