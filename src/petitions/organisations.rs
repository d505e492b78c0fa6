//! Coalition sign-on: organisations sign a petition through their contact person, who confirms by
//! email like any signer (behind the same anti-abuse guard); confirmed organisations are listed on
//! the page, counted apart, once staff approve them.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::pages::{country_options, load, CountryOption};
use super::PetitionsCtx;
use crate::abuse::FormProof;
use crate::db::now_ms;
use crate::domain::{has_control, Country, PersonName, SignerEmail};
use crate::email::Email;
use crate::http::client_ip::ClientIp;
use crate::http::extract::Form;
use crate::http::page::render;
use crate::http::AppError;
use crate::http::FieldErrors;
use crate::i18n::{t, ta, ta2};
use crate::on_db;
use crate::secret::tokens;

crate::domain::keyword! {
    /// Whether an organisation's contact has confirmed the sign-on by its emailed link.
    pub enum OrgState ("organisation sign-on state") {
        Pending = "pending",
        Confirmed = "confirmed",
    }
}

crate::domain::keyword! {
    /// Staff's decision on a confirmed organisation: approved ones are listed and counted.
    pub enum OrgDecision ("organisation review") {
        Approved = "approved",
        Rejected = "rejected",
    }
}

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
    /// Sent (hidden) when the consent text carried the sharing notice.
    pub sharing_notice: Option<String>,
    /// The honeypot (named apart from the real `website` field), the signed time the form was
    /// served, and the proof-of-work solution when the petition asks for one.
    #[serde(default)]
    pub homepage: String,
    #[serde(default)]
    pub issued: String,
    #[serde(default)]
    pub pow: String,
}

struct ValidOrg {
    org_name: String,
    country: Country,
    website: String,
    contact: PersonName,
    email: SignerEmail,
}

impl OrgForm {
    fn parse(&self, state: &PetitionsCtx) -> Result<ValidOrg, FieldErrors> {
        let mut errors = FieldErrors::default();
        let org = self.org_name.trim();
        // The name goes into emails and onto the public page: the same rules as a person's name
        // (no links, no control characters, no spreadsheet formulas).
        match PersonName::parse(org) {
            Err("err-name-link") => errors.add("org_name", "err-org-link"),
            Err(_) => errors.add("org_name", "err-org-name"),
            Ok(_) if org.chars().count() > 200 || has_control(org) => {
                errors.add("org_name", "err-org-name")
            }
            Ok(_) => {}
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
    issued: String,
    /// Some webhook endpoint receives approved organisations' contact details: the consent says so.
    shared: bool,
}

/// Confirmed organisations that staff approved: (name, country name, website).
pub async fn confirmed(
    state: &PetitionsCtx,
    petition: i64,
) -> Result<Vec<(String, String, String)>, AppError> {
    let rows = state
        .lists
        .organisations
        .get_or_load(&petition, || async {
            on_db!(&state.db, sql, confirmed(petition))
        })
        .await?;
    Ok(rows
        .iter()
        .map(|(n, c, w)| {
            (
                n.clone(),
                crate::domain::country_name(c).to_owned(),
                w.clone(),
            )
        })
        .collect())
}

async fn page(
    state: &PetitionsCtx,
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
    let shared = super::pages::data_shared(state, super::pages::Sharing::Organisations).await?;
    Ok((
        status,
        render(&OrgPage {
            issued: form_stamp(state, &form),
            p,
            form,
            errors,
            countries,
            orgs,
            sent,
            shared,
        })?,
    )
        .into_response())
}

/// The form's time stamp: kept when the form comes back with errors (it was served earlier).
fn form_stamp(state: &PetitionsCtx, form: &OrgForm) -> String {
    if form.issued.is_empty() {
        state.guard.form_stamp(now_ms())
    } else {
        form.issued.clone()
    }
}

#[tracing::instrument(skip_all)]
pub async fn show(
    State(state): State<PetitionsCtx>,
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

#[tracing::instrument(skip_all)]
pub async fn sign(
    State(state): State<PetitionsCtx>,
    Path(slug): Path<String>,
    ClientIp(client): ClientIp,
    Form(form): Form<OrgForm>,
) -> Result<Response, AppError> {
    let p = load(&state, &slug).await?;
    if !p.accepts_organisations || !p.is_open(now_ms()) {
        return Err(AppError::Conflict("org-closed".into()));
    }
    let v = match form.parse(&state) {
        Ok(v) => v,
        Err(errors) => return page(&state, &slug, form, errors, false).await,
    };
    // The same guard as signing, in the petition's windows. A flagged sign-on is stored and
    // answered like any other; a bot's causes no email, and none is listed before staff approve.
    let now = now_ms();
    let proof = FormProof {
        honeypot: form.homepage.clone(),
        stamp: form.issued.clone(),
        pow: form.pow.clone(),
    };
    let mut origin = state
        .guard
        .assess(p.id, client, v.email.canonical(), Some(&proof), now);
    if origin.flag.is_none()
        && p.pow_required
        && !crate::abuse::claim_pow(&state.db, state.guard.pow_ok(Some(&proof), &p.slug, now))
            .await?
    {
        origin.flag = Some("no_pow");
    }
    if let Some(reason) = origin.flag {
        tracing::info!(petition = p.id, reason, "organisation sign-on flagged");
        metrics::counter!("organisations_flagged_total", "reason" => reason).increment(1);
    }
    let token = tokens::Token::generate();
    let mail = contact_email(
        crate::email::EmailKind::ConfirmOrganisation,
        v.email.as_str(),
        ("email-org-subject", "email-org"),
        (v.org_name.as_str(), p.title.as_str(), v.contact.as_str()),
        format!(
            "{}/organisations/confirm/{}",
            state.settings.base(),
            token.secret
        ),
        Some(t("email-org-ignore")),
    );
    let row = NewOrg {
        org_name: v.org_name.as_str(),
        country: v.country,
        website: v.website.as_str(),
        contact: &v.contact,
        email: &v.email,
        token_hash: token.hash.as_str(),
        flag: origin.flag,
        ip_hash: origin.ip_hash.as_str(),
        ip_prefix: origin.ip_prefix.as_str(),
        locale: crate::i18n::Lang::current().code(),
        max_emails: state.settings.signing.max_emails_per_signature,
        sharing_notice: form.sharing_notice.is_some(),
    };
    on_db!(&state.db, sql, insert(p.id, &row, &mail, now))?;
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

async fn confirm_page(state: &PetitionsCtx, raw: &str, act: bool) -> Result<Response, AppError> {
    let hash = tokens::parse(raw)
        .map(tokens::hash)
        .ok_or(AppError::NotFound)?;
    let (org, slug, title, pending, approved) =
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
        }
        // Listed only once staff approve; a rejection is not announced.
        let listed = if approved { "org-listed" } else { "org-review" };
        LinkPage {
            heading: "org-thanks-heading",
            message: ta2(listed, "org", org.as_str(), "title", title.as_str()),
            action: String::new(),
            button: "",
            slug,
        }
    };
    Ok(render(&page)?.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn confirm_get(
    State(state): State<PetitionsCtx>,
    Path(t): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &t, false).await
}

#[tracing::instrument(skip_all)]
pub async fn confirm_post(
    State(state): State<PetitionsCtx>,
    Path(t): Path<String>,
) -> Result<Response, AppError> {
    confirm_page(&state, &t, true).await
}

/// One organisation sign-on as submitted.
pub struct NewOrg<'a> {
    pub org_name: &'a str,
    pub country: Country,
    pub website: &'a str,
    pub contact: &'a PersonName,
    /// Also gives the canonical form one organisation per address is kept by.
    pub email: &'a SignerEmail,
    pub token_hash: &'a str,
    pub flag: Option<&'static str>,
    pub ip_hash: &'a str,
    pub ip_prefix: &'a str,
    pub locale: &'a str,
    pub max_emails: i64,
    /// The consent text carried the sharing notice (webhooks then get the contact's details).
    pub sharing_notice: bool,
}

/// A confirmed organisation waiting for staff, or one they decided on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrgReview {
    pub id: i64,
    pub org_name: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub flag: Option<String>,
    pub locale: String,
}

/// An email to an organisation's contact, in the current language: a greeting, one sentence
/// naming the organisation and the petition (message ids: subject, body), a link, and an optional
/// closing line. Names were checked on the way in; control characters never reach a header anyway.
pub(crate) fn contact_email(
    kind: crate::email::EmailKind,
    to: &str,
    (subject_id, body_id): (&str, &str),
    (org, title, contact): (&str, &str, &str),
    link: String,
    closing: Option<String>,
) -> Email {
    let mut text = format!(
        "{}\n\n{}\n\n{link}\n",
        ta("email-hello", "name", contact),
        ta2(body_id, "org", org, "title", title),
    );
    if let Some(c) = closing {
        text.push_str(&format!("\n{c}\n"));
    }
    Email {
        kind,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: ta2(subject_id, "org", org, "title", title)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
        text,
        html: None,
        payload: None,
    }
}

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::petitions::organisations::{NewOrg, OrgReview};

        /// A repeat while pending replaces the details and the link (only the newest works) and
        /// sends it again, up to the cap; otherwise a repeat changes nothing. A bot's first
        /// sign-on (see `abuse::flags`) is stored but emails nobody.
        pub async fn insert(pool: &Pool, petition: i64, r: &NewOrg<'_>, mail: &Email, now: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let lock = if PG { " FOR UPDATE" } else { "" };
            let existing: Option<(i64, crate::petitions::organisations::OrgState, i64)> = sqlx::query_as(&format!(
                "SELECT id, state, emails_sent FROM organisation_signatures WHERE petition_id = $1 AND canonical_email = $2{lock}"
            ))
            .bind(petition).bind(r.email.canonical()).fetch_optional(&mut *tx).await?;
            let bot = crate::abuse::flags::is_bot(r.flag);
            let send = match existing {
                None => {
                    let res = sqlx::query(
                        "INSERT INTO organisation_signatures (petition_id, org_name, country, website, contact_name, contact_email, \
                         canonical_email, token_hash, state, created_at, emails_sent, flag, ip_hash, ip_prefix, locale, sharing_notice) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11, $12, $13, $14, $15) \
                         ON CONFLICT (petition_id, canonical_email) DO NOTHING",
                    )
                    .bind(petition).bind(r.org_name).bind(r.country.code()).bind(r.website).bind(r.contact.as_str()).bind(r.email.as_str())
                    .bind(r.email.canonical()).bind(r.token_hash).bind(now).bind(if bot { 0_i64 } else { 1 }).bind(r.flag)
                    .bind(r.ip_hash).bind(r.ip_prefix).bind(r.locale).bind(r.sharing_notice)
                    .execute(&mut *tx).await?;
                    res.rows_affected() == 1 && !bot
                }
                // Replaced only with a new link on its way: a bot or a sender past the cap must
                // not kill the link the contact already has.
                Some((id, crate::petitions::organisations::OrgState::Pending, sent)) if !bot && sent < r.max_emails => {
                    sqlx::query(
                        "UPDATE organisation_signatures SET org_name = $2, country = $3, website = $4, contact_name = $5, \
                         contact_email = $6, token_hash = $7, created_at = $8, flag = $9, ip_hash = $10, \
                         ip_prefix = $11, locale = $12, emails_sent = emails_sent + 1, sharing_notice = $13 WHERE id = $1",
                    )
                    .bind(id).bind(r.org_name).bind(r.country.code()).bind(r.website).bind(r.contact.as_str()).bind(r.email.as_str())
                    .bind(r.token_hash).bind(now).bind(r.flag).bind(r.ip_hash).bind(r.ip_prefix).bind(r.locale).bind(r.sharing_notice)
                    .execute(&mut *tx).await?;
                    true
                }
                Some(_) => false,
            };
            if send {
                mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        /// (organisation, petition slug, title, pending, approved) for a link.
        pub async fn by_token(pool: &Pool, hash: &str) -> Result<Option<(String, String, String, bool, bool)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT o.org_name, p.slug, p.title, o.state = 'pending', COALESCE(o.review = 'approved', FALSE) \
                 FROM organisation_signatures o JOIN petitions p ON p.id = o.petition_id WHERE o.token_hash = $1",
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
                 AND review = 'approved' ORDER BY org_name LIMIT 1000",
            )
            .bind(petition).fetch_all(pool).await
        }

        /// Confirmed organisations staff have not decided on yet, oldest first.
        pub async fn awaiting_review(pool: &Pool, petition: i64) -> Result<Vec<OrgReview>, sqlx::Error> {
            sqlx::query_as::<DB, OrgReview>(
                "SELECT id, org_name, country, website, contact_name, contact_email, flag, locale FROM organisation_signatures \
                 WHERE petition_id = $1 AND state = 'confirmed' AND review IS NULL ORDER BY id LIMIT 200",
            )
            .bind(petition).fetch_all(pool).await
        }

        /// Records the decision on a waiting organisation, with its email (if any) in the same
        /// transaction; returns the organisation when this call decided.
        pub async fn review(
            pool: &Pool, petition: i64, id: i64, decision: crate::petitions::organisations::OrgDecision, mail: impl Fn(&OrgReview) -> Option<Email>, now: i64,
        ) -> Result<Option<OrgReview>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let row: Option<OrgReview> = sqlx::query_as::<DB, OrgReview>(
                "UPDATE organisation_signatures SET review = $3, reviewed_at = $4 WHERE petition_id = $1 AND id = $2 \
                 AND state = 'confirmed' AND review IS NULL \
                 RETURNING id, org_name, country, website, contact_name, contact_email, flag, locale",
            )
            .bind(petition).bind(id).bind(decision).bind(now).fetch_optional(&mut *tx).await?;
            if let Some(email) = row.as_ref().and_then(&mail) {
                email.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            if let (Some(r), crate::petitions::organisations::OrgDecision::Approved) = (&row, decision) {
                let slug: String = sqlx::query_scalar("SELECT slug FROM petitions WHERE id = $1")
                    .bind(petition).fetch_one(&mut *tx).await?;
                let shown: bool = sqlx::query_scalar("SELECT sharing_notice FROM organisation_signatures WHERE id = $1")
                    .bind(r.id).fetch_one(&mut *tx).await?;
                let data = crate::webhooks::obj([
                    ("petition", slug.into()),
                    ("organisation_id", r.id.into()),
                    ("organisation", r.org_name.as_str().into()),
                    ("country", r.country.as_str().into()),
                    ("website", r.website.as_str().into()),
                ]);
                let personal = crate::webhooks::obj([
                    ("contact_name", r.contact_name.as_str().into()),
                    ("contact_email", r.contact_email.as_str().into()),
                ]);
                crate::webhooks::Event::new(crate::webhooks::EventType::OrganisationApproved, now, data, personal)
                    .told(shown)
                    .fan_out_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(row)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{OrgDecision, OrgState};

    #[test]
    fn sign_on_states_and_decisions_round_trip_through_their_stored_words() {
        assert_eq!(OrgState::WORDS, ["pending", "confirmed"]);
        assert_eq!(OrgDecision::WORDS, ["approved", "rejected"]);
        for s in OrgState::ALL {
            assert_eq!(s.as_str().parse::<OrgState>(), Ok(*s));
        }
        for d in OrgDecision::ALL {
            assert_eq!(d.as_str().parse::<OrgDecision>(), Ok(*d));
        }
        let err = "approve".parse::<OrgDecision>().unwrap_err();
        assert!(err
            .to_string()
            .contains(r#"unknown organisation review "approve""#));
    }
}
