//! The fraud review page: where the last hour's signatures came from against the usual rate, and
//! bulk invalidation by filter, previewed first; the invalidation must match the preview.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::petitions::load;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::on_db;
use crate::petitions::Petition;
use crate::signatures::review::{self, HeldBack, Overview, ReviewFilter};

#[derive(Template)]
#[template(path = "admin/review.html")]
struct ReviewPage {
    me: CurrentAdmin,
    p: Petition,
    o: Overview,
    spike: String,
    filter: ReviewFilter,
    error: String,
    /// The number of signatures the filter matches now (after a preview): to invalidate, and of
    /// them held back, to release.
    preview: Option<(i64, i64)>,
    notice: String,
    held: Vec<HeldBack>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(flatten)]
    filter: ReviewFilter,
    #[serde(default)]
    action: String,
    /// The previewed count the staff member agreed to remove (or release).
    #[serde(default)]
    expected: String,
    #[serde(default)]
    expected_release: String,
}

async fn page(
    state: &AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    filter: ReviewFilter,
    status: StatusCode,
    (error, preview, notice): (String, Option<(i64, i64)>, String),
) -> Result<Response, AppError> {
    let o = on_db!(&state.db, review::sql, overview(p.id, now_ms()))?;
    let held = on_db!(&state.db, review::sql, held_back(p.id, 50))?;
    let spike = if o.usual_per_hour > 0.0 {
        let ratio = (o.last_hour as f64 / o.usual_per_hour * 10.0).round() / 10.0;
        crate::i18n::ta("admin-spike", "ratio", ratio)
    } else if o.last_hour > 0 {
        crate::i18n::t("admin-spike-new")
    } else {
        String::new()
    };
    let page = ReviewPage {
        me,
        p,
        o,
        spike,
        filter,
        error,
        preview,
        notice,
        held,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    page(
        &state,
        me,
        p,
        ReviewFilter::default(),
        StatusCode::OK,
        Default::default(),
    )
    .await
}

#[derive(Deserialize)]
pub struct PowForm {
    #[serde(default)]
    on: String,
}

impl PowForm {
    pub fn on(&self) -> bool {
        self.on == "1"
    }
}

/// Turns the proof-of-work challenge on or off for a petition.
#[tracing::instrument(skip_all)]
pub async fn set_pow(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<PowForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let on = form.on();
    on_db!(&state.db, sql, set_pow(PowTable::Petitions, p.id, on))?;
    state.public.petitions.forget(&p.slug);
    crate::petitions::pages::forget(&state.public, &p.slug);
    let action = if on {
        "petition.pow_on"
    } else {
        "petition.pow_off"
    };
    audit::record(&state.db, &me.admin.email, action, &p.slug, "").await?;
    Ok(super::pages::back_to(&format!(
        "/admin/petitions/{}/review",
        p.slug
    )))
}

crate::per_engine! {
    pub(super) mod sql {
        /// Turns the proof-of-work check on or off for a petition or (`letter_campaigns`) a campaign.
        pub async fn set_pow(pool: &Pool, table: PowTable, id: i64, on: bool) -> Result<(), sqlx::Error> {
            let table = match table {
                PowTable::Petitions => "petitions",
                PowTable::LetterCampaigns => "letter_campaigns",
            };
            sqlx::query(&format!("UPDATE {table} SET pow_required = $2 WHERE id = $1")).bind(id).bind(on).execute(pool).await?;
            Ok(())
        }
    }
}

/// What can ask for a proof of work.
#[derive(Clone, Copy)]
pub enum PowTable {
    Petitions,
    LetterCampaigns,
}

#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    me.require_personal_data()?;
    let p = load(&state, &slug).await?;
    let parsed = match form.filter.parse() {
        Ok(f) => f,
        Err(e) => {
            return page(
                &state,
                me,
                p,
                form.filter,
                StatusCode::UNPROCESSABLE_ENTITY,
                (e, None, String::new()),
            )
            .await;
        }
    };
    let matching = on_db!(&state.db, review::sql, preview(p.id, &parsed, false))?;
    let held = on_db!(&state.db, review::sql, preview(p.id, &parsed, true))?;
    let (wanted, agreed) = match form.action.as_str() {
        "invalidate" => (matching, &form.expected),
        "release" => (held, &form.expected_release),
        _ => (-1, &form.expected),
    };
    // A release button on one row needs no preview: the row is what it shows.
    let one = parsed.id.is_some() && form.action == "release";
    if wanted < 0 || (!one && agreed.trim().parse::<i64>().ok() != Some(wanted)) {
        // A preview, or the matching set changed since the preview: show the current numbers again.
        let notice = if wanted >= 0 {
            crate::i18n::t("admin-err-preview-changed")
        } else {
            String::new()
        };
        return page(
            &state,
            me,
            p,
            form.filter,
            StatusCode::OK,
            (String::new(), Some((matching, held)), notice),
        )
        .await;
    }
    if form.action == "release" {
        return release(state, me, p, form.filter, parsed).await;
    }
    let removed = on_db!(&state.db, review::sql, invalidate(p.id, &parsed, now_ms()))?;
    let detail = format!("{} counted={}", described(&form.filter), removed.counted);
    let notice = crate::i18n::ta2(
        "admin-invalidated",
        "count",
        removed.total,
        "counted",
        removed.counted,
    );
    let action = ("signatures.invalidate", detail, removed.total);
    finish(state, me, p, action, notice).await
}

/// The filter as written to the audit log.
fn described(f: &ReviewFilter) -> String {
    format!(
        "id={} ip_prefix={} domain={} from={} to={} country={} source={} reason={}",
        f.id, f.ip_prefix, f.domain, f.from, f.to, f.country, f.source, f.reason
    )
}

/// After an invalidation or a release: the audit entry with its row count, the counts and page
/// shown fresh at once, and the review page with the notice.
async fn finish(
    state: AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    (action, detail, rows): (&str, String, i64),
    notice: String,
) -> Result<Response, AppError> {
    let id = audit::record(&state.db, &me.admin.email, action, &p.slug, &detail).await?;
    audit::set_rows(&state.db, id, rows).await?;
    state.public.counts.forget(p.id);
    crate::petitions::pages::forget(&state.public, &p.slug);
    page(
        &state,
        me,
        p,
        ReviewFilter::default(),
        StatusCode::OK,
        (String::new(), None, notice),
    )
    .await
}

async fn release(
    state: AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    filter: ReviewFilter,
    parsed: review::ParsedFilter,
) -> Result<Response, AppError> {
    let max = state.settings.signing.max_emails_per_signature;
    let r = on_db!(&state.db, review::sql, release(&p, &parsed, now_ms(), max))?;
    let detail = format!(
        "{} counted={} emailed={}",
        described(&filter),
        r.counted,
        r.emailed
    );
    let notice = crate::i18n::ta3(
        "admin-released",
        "count",
        r.total,
        "counted",
        r.counted,
        "emailed",
        r.emailed,
    );
    finish(
        state,
        me,
        p,
        ("signatures.release", detail, r.total),
        notice,
    )
    .await
}
