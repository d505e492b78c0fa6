//! Partner sites: the widget's embed code, and the sites whose browsers may call the petition's
//! API (CORS), one origin per line.

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
use crate::petitions::Origins;
use crate::petitions::Petition;

#[derive(Template)]
#[template(path = "admin/partners.html")]
struct PartnersPage {
    me: CurrentAdmin,
    p: Petition,
    origins: String,
    embed: String,
    error: String,
    notice: String,
}

#[derive(Deserialize)]
pub struct PartnersForm {
    #[serde(default)]
    origins: String,
    organisations: Option<String>,
}

fn page(
    state: &AdminCtx,
    me: CurrentAdmin,
    p: Petition,
    origins: String,
    error: String,
    notice: String,
) -> Result<Response, AppError> {
    let embed = format!(
        "<script src=\"{}/static/widget.js\" data-chorus-petition=\"{}\" data-partner=\"YOUR-ORGANISATION\" async></script>",
        state.settings.base(),
        p.slug
    );
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((
        status,
        render(&PartnersPage {
            me,
            p,
            origins,
            embed,
            error,
            notice,
        })?,
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    let origins = p.cors_origins.to_string();
    page(&state, me, p, origins, String::new(), String::new())
}

#[tracing::instrument(skip_all)]
pub async fn save(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path(slug): Path<String>,
    Form(form): Form<PartnersForm>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    let p = load(&state, &slug).await?;
    let origins = match Origins::parse_lines(&form.origins) {
        Ok(o) if o.len() <= Origins::MAX => o,
        Ok(_) => {
            let error = crate::i18n::ta("admin-err-origins", "invalid", "");
            return page(&state, me, p, form.origins, error, String::new());
        }
        Err(bad) => {
            let bad: Vec<&str> = bad.iter().map(|b| b.0.as_str()).collect();
            let error = crate::i18n::ta("admin-err-origins", "invalid", bad.join(", "));
            return page(&state, me, p, form.origins, error, String::new());
        }
    };
    on_db!(
        &state.db,
        sql,
        set_origins(p.id, &origins, form.organisations.is_some())
    )?;
    crate::petitions::pages::forget(&state.public, &p.slug);
    state.public.petitions.forget(&p.slug);
    audit::record(
        &state.db,
        &me.admin.email,
        "petition.cors",
        &p.slug,
        &origins.to_string(),
    )
    .await?;
    let p = load(&state, &slug).await?;
    let origins = origins.to_string();
    page(
        &state,
        me,
        p,
        origins,
        String::new(),
        crate::i18n::t("admin-saved"),
    )
}

crate::per_engine! {
    mod sql {
        pub async fn set_origins(pool: &Pool, id: i64, origins: &crate::petitions::Origins, organisations: bool) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE petitions SET cors_origins = $2, accepts_organisations = $3 WHERE id = $1")
                .bind(id).bind(origins).bind(organisations).execute(pool).await?;
            Ok(())
        }
    }
}
