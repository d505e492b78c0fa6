//! Coalition sign-on: organisations sign a petition through their contact person, who confirms by
//! email like any signer; confirmed organisations are listed on the page and counted apart.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::pages::{country_options, load, CountryOption};
use crate::app::AppState;
use crate::db::now_ms;
use crate::domain::{has_control, Country, PersonName, SignerEmail};
use crate::email::Email;
use crate::http::extract::Form;
use crate::http::AppError;
use crate::i18n::{t, ta, ta2};
use crate::on_db;
use crate::pages::render;
use crate::signatures::{tokens, FieldErrors};

#[derive(Debug, Default, Deserialize)]
pub struct OrgForm {
    #[serde(default)]
    pub org_name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    pub consent: Option<String>,
}

struct ValidOrg {
    org_name: String,
    country: Country,
    website: String,
    contact: PersonName,
    email: SignerEmail,
}

impl OrgForm {
    fn parse(&self, state: &AppState) -> Result<ValidOrg, FieldErrors> {
        let mut errors = FieldErrors::default();
        let org = self.org_name.trim();
        if org.is_empty()
            || org.chars().count() > 200
            || has_control(org)
            || org.starts_with(['=', '+', '-', '@'])
        {
            errors.add("org_name", "err-org-name");
        }
        let country = Country::parse(&self.country)
            .map_err(|e| errors.add("country", e))
            .ok();
        let website = self.website.trim();
        if !website.is_empty()
            && (!(website.starts_with("https://") || website.starts_with("http://"))
                || website.len() > 200
                || website.chars().any(|c| c.is_whitespace() || c.is_control()))
        {
            errors.add("website", "err-org-website");
        }
        let contact = PersonName::parse(&self.name)
            .map_err(|e| errors.add("name", e))
            .ok();
        let email = SignerEmail::parse(&self.email, &state.settings.canonical_email)
            .map_err(|e| errors.add("email", e))
            .ok();
        if self.consent.is_none() {
            errors.add("consent", "err-org-consent");
        }
        match (country, contact, email) {
            (Some(country), Some(contact), Some(email)) if errors.is_empty() => Ok(ValidOrg {
                org_name: org.to_owned(),
                country,
                website: website.to_owned(),
                contact,
                email,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Template)]
#[template(path = "pages/organisations.html")]
struct OrgPage {
    p: std::sync::Arc<super::Petition>,
    form: OrgForm,
    errors: FieldErrors,
    countries: Vec<CountryOption>,
    orgs: Vec<(String, String, String)>,
    sent: bool,
}

/// Confirmed organisations of a petition: (name, country name, website).
pub async fn confirmed(
    state: &AppState,
    petition: i64,
) -> Result<Vec<(String, String, String)>, AppError> {
    Ok(on_db!(&state.db, sql, confirmed(petition))?
        .into_iter()
        .map(|(n, c, w)| (n, crate::domain::country_name(&c).to_owned(), w))
        .collect())
}

async fn page(
    state: &AppState,
    slug: &str,
    form: OrgForm,
    errors: FieldErrors,
    sent: bool,
) -> Result<Response, AppError> {
    let p = load(state, slug).await?;
    if !p.accepts_organisations {
        return Err(AppError::NotFound);
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let orgs = confirmed(state, p.id).await?;
    let countries = country_options(&form.country, &[]);
    Ok((
        status,
        render(&OrgPage {
            p,
            form,
            errors,
            countries,
            orgs,
            sent,
        })?,
    )
        .into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    page(
        &state,
        &slug,
        OrgForm::default(),
        FieldErrors::default(),
        false,
    )
    .await
}

pub async fn sign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Form(form): Form<OrgForm>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    if !p.accepts_organisations || !p.is_open(now_ms()) {
        return Err(AppError::Conflict(crate::i18n::t("org-closed")));
    }
    let v = match form.parse(&state) {
        Ok(v) => v,
        Err(errors) => return page(&state, &slug, form, errors, false).await,
    };
    let token = tokens::Token::generate();
    let mail = Email {
        kind: "confirm_organisation",
        to: v.email.as_str().to_owned(),
        from_name: None,
        reply_to: None,
        subject: ta2(
            "email-org-subject",
            "org",
            v.org_name.as_str(),
            "title",
            p.title.as_str(),
        )
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect(),
        text: format!(
            "{}\n\n{}\n\n{}/organisations/confirm/{}\n\n{}\n",
            ta("email-hello", "name", v.contact.as_str()),
            ta2(
                "email-org",
                "org",
                v.org_name.as_str(),
                "title",
                p.title.as_str()
            ),
            state.settings.base(),
            token.secret,
            t("email-org-ignore"),
        ),
        html: None,
        payload: None,
    };
    let row = (
        v.org_name.as_str(),
        v.country.code(),
        v.website.as_str(),
        v.contact.as_str(),
        v.email.as_str(),
        v.email.canonical(),
        token.hash.as_str(),
    );
    on_db!(&state.db, sql, insert(p.id, row, &mail, now_ms()))?;
    page(
        &state,
        &slug,
        OrgForm::default(),
        FieldErrors::default(),
        true,
    )
    .await
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

async fn confirm_page(state: &AppState, raw: &str, act: bool) -> Result<Response, AppError> {
    let hash = tokens::parse(raw)
        .map(tokens::hash)
        .ok_or(AppError::NotFound)?;
    let (org, slug, title, pending) =
        on_db!(&state.db, sql, by_token(&hash))?.ok_or(AppError::NotFound)?;
    let page = if pending && !act {
        LinkPage {
            heading: "org-confirm-heading",
            message: ta2("org-confirm", "org", org.as_str(), "title", title.as_str()),
            action: format!("/organisations/confirm/{raw}"),
            button: "org-confirm-button",
            slug,
        }
    } else {
        if pending {
            on_db!(&state.db, sql, confirm(&hash, now_ms()))?;
            crate::petitions::pages::forget(state, &slug);
        }
        LinkPage {
            heading: "org-thanks-heading",
            message: ta2("org-listed", "org", org.as_str(), "title", title.as_str()),
            action: String::new(),
            button: "",
            slug,
        }
    };
    Ok(render(&page)?.into_response())
}

pub async fn confirm_get(
    State(state): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &t, false).await
}

pub async fn confirm_post(
    State(state): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &t, true).await
}

type OrgRow<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
);

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::petitions::organisations::OrgRow;

        /// A repeat (same contact email for the same petition) changes nothing and sends nothing.
        pub async fn insert(pool: &Pool, petition: i64, r: OrgRow<'_>, mail: &Email, now: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query(
                "INSERT INTO organisation_signatures (petition_id, org_name, country, website, contact_name, contact_email, \
                 canonical_email, token_hash, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9) \
                 ON CONFLICT (petition_id, canonical_email) DO NOTHING",
            )
            .bind(petition).bind(r.0).bind(r.1).bind(r.2).bind(r.3).bind(r.4).bind(r.5).bind(r.6).bind(now)
            .execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        pub async fn by_token(pool: &Pool, hash: &str) -> Result<Option<(String, String, String, bool)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT o.org_name, p.slug, p.title, o.state = 'pending' FROM organisation_signatures o \
                 JOIN petitions p ON p.id = o.petition_id WHERE o.token_hash = $1",
            )
            .bind(hash).fetch_optional(pool).await
        }

        pub async fn confirm(pool: &Pool, hash: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE organisation_signatures SET state = 'confirmed', confirmed_at = $2 WHERE token_hash = $1 AND state = 'pending'")
                .bind(hash).bind(now).execute(pool).await?;
            Ok(())
        }

        pub async fn confirmed(pool: &Pool, petition: i64) -> Result<Vec<(String, String, String)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT org_name, country, website FROM organisation_signatures WHERE petition_id = $1 AND state = 'confirmed' \
                 ORDER BY org_name LIMIT 1000",
            )
            .bind(petition).fetch_all(pool).await
        }
    }
}
