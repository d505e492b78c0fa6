//! Entering paper signatures in batches: paste (or type) one line per person; every problem is
//! shown by line with the text kept, and a batch that imports reports how many were new.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::CurrentAdmin;
use super::petitions::load;
use super::AdminCtx;
use crate::audit;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::on_db;
use crate::petitions::Petition;
use crate::signatures::paper;

#[derive(Template)]
#[template(path = "admin/paper.html")]
struct PaperPage {
    me: CurrentAdmin,
    p: Petition,
    label: String,
    csv: String,
    problems: Vec<String>,
    notice: String,
    batches: Vec<(String, i64)>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PaperForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    csv: String,
}

async fn page(
    state: &AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    form: PaperForm,
    problems: Vec<String>,
    notice: String,
) -> Result<Response, AppError> {
    let batches = on_db!(&state.db, paper::sql, batches(p.id))?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = PaperPage {
        me,
        p,
        label: form.label,
        csv: form.csv,
        problems,
        notice,
        batches,
    };
    Ok((status, render(&page)?).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let form = PaperForm {
        label: String::new(),
        csv: "name,email,country,postcode,signed_on\n".into(),
    };
    page(&state, me, p, form, Vec::new(), String::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn import(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<PaperForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let label = form.label.trim().to_owned();
    if label.is_empty() || label.chars().count() > 100 || crate::domain::has_control(&label) {
        let problems = vec![crate::i18n::t("admin-err-batch-name")];
        return page(&state, me, p, form, problems, String::new()).await;
    }
    let rows = match paper::parse(&form.csv, &state.settings) {
        Ok(rows) => rows,
        Err(problems) => return page(&state, me, p, form, problems, String::new()).await,
    };
    let report = paper::import(&state.db, p.id, p.consent_version, &label, &rows).await?;
    let id = audit::record(
        &state.db,
        &me.admin.email,
        "signatures.paper",
        &p.slug,
        &format!(
            "batch={label} rows={} duplicates={}",
            report.rows, report.duplicates
        ),
    )
    .await?;
    audit::set_rows(&state.db, id, report.added as i64).await?;
    crate::petitions::pages::forget(&state.public, &p.slug);
    let notice = crate::i18n::tn(
        "admin-paper-added",
        &[
            ("batch", &label),
            ("added", &report.added),
            ("rows", &report.rows),
            ("duplicates", &report.duplicates),
        ],
    );
    page(&state, me, p, PaperForm::default(), Vec::new(), notice).await
}
