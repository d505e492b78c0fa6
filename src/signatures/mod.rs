//! Signing a petition: parsing the form, the batched writer, confirmation and withdrawal.

pub mod api;
pub mod bulk;
pub mod confirm;
pub mod emails;
pub mod form;
pub mod links;
pub mod pages;
pub mod paper;
pub mod reminders;
pub mod review;
pub mod selfservice;
pub mod writer;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::FromRef;
use axum::routing::get;
use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::abuse::Guard;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::http::client_ip::Proxies;
use crate::http::FieldErrors;
use crate::on_db;
use crate::petitions::sign_input::SignInput;
use crate::petitions::PetitionsCtx;

pub use confirm::ConfirmWriter;

crate::domain::keyword! {
    /// Where a signature is: waiting for its email link, counted, or taken back by its signer.
    /// (Held back is a pending signature with a flag, not a state of its own.)
    pub enum SignatureState ("signature state") {
        Pending = "pending",
        Confirmed = "confirmed",
        Withdrawn = "withdrawn",
    }
}
pub use writer::{NewSignature, SignWriter};

/// What signing, confirming and the signers' own links use.
#[derive(Clone)]
pub struct SigningCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub writer: SignWriter,
    pub confirmer: ConfirmWriter,
    pub guard: Guard,
    /// Derives and checks the signers' emailed links.
    pub links: crate::secret::links::LinkKey,
}

/// Pages a signer reaches from an email that only show something.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    SigningCtx: FromRef<S>,
{
    Router::new()
        .route(
            "/unsubscribe/{token}",
            get(selfservice::unsubscribe_get).post(selfservice::unsubscribe_post),
        )
        .route("/my-data/{token}", get(selfservice::show))
}

/// The sign form and the emailed links' forms (refused when posted from another site).
pub fn forms<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    SigningCtx: FromRef<S>,
    PetitionsCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    use crate::http::page::to_form_page;
    Router::new()
        .route("/p/{slug}/sign", get(to_form_page).post(form::sign))
        .route(
            "/confirm/{token}",
            get(pages::confirm_get).post(pages::confirm_post),
        )
        .route(
            "/withdraw/{token}",
            get(pages::withdraw_get).post(pages::withdraw_post),
        )
        .route(
            "/my-data/{token}/copy",
            get(to_form_page).post(selfservice::copy),
        )
        .route(
            "/my-data/{token}/erase",
            get(to_form_page).post(selfservice::erase),
        )
}

/// Signing through the JSON API, with its OpenAPI entry and the partners' CORS preflight.
pub fn api<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    SigningCtx: FromRef<S>,
    PetitionsCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(api::sign))
        // CORS preflights for partner sites: protocol plumbing, not part of the documented API.
        .route(
            "/api/v1/petitions/{slug}/signatures",
            axum::routing::options(api::preflight),
        )
}

/// Deletes signatures never confirmed within the retention period and corrects the pending counts.
pub async fn purge_stale_pending(db: &Db, settings: &Settings) -> Result<u64, sqlx::Error> {
    let cutoff = now_ms() - settings.signing.pending_retention_days * 86_400_000;
    on_db!(db, sql, purge_pending(cutoff))
}

crate::per_engine! {
    mod sql {
        pub async fn purge_pending(pool: &Pool, cutoff: i64) -> Result<u64, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let petitions: Vec<i64> = sqlx::query_scalar(
                "DELETE FROM signatures WHERE state = 'pending' AND created_at < $1 RETURNING petition_id",
            )
            .bind(cutoff)
            .fetch_all(&mut *tx)
            .await?;
            let mut per_petition: BTreeMap<i64, i64> = BTreeMap::new();
            for p in &petitions {
                *per_petition.entry(*p).or_default() += 1;
            }
            for (petition, n) in per_petition {
                sqlx::query("UPDATE petition_counts SET pending = pending - $2 WHERE petition_id = $1")
                    .bind(petition).bind(n).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(petitions.len() as u64)
        }
    }
}

/// Why a submission was not taken.
#[derive(Debug)]
pub enum SignError {
    Invalid(FieldErrors),
    NotOpen(&'static str),
    Failed(crate::http::AppError),
}

/// Where a signature comes from: the client, the channel and (for the HTML form) its proofs.
pub struct SignContext<'a> {
    pub client: std::net::IpAddr,
    pub via: &'static str,
    pub form: Option<&'a crate::abuse::FormProof>,
    pub source: Option<String>,
}

/// Validates and commits one signature. New and repeated signatures give the same result, so
/// nobody can learn from the response whether an address has signed.
pub async fn sign(
    state: &SigningCtx,
    petition: &crate::petitions::Petition,
    input: &SignInput,
    ctx: SignContext<'_>,
) -> Result<(), SignError> {
    use crate::petitions::pages::not_open_message;
    if !petition.is_open(now_ms()) {
        return Err(SignError::NotOpen(not_open_message(petition)));
    }
    let valid = input
        .parse(petition, &state.settings)
        .map_err(SignError::Invalid)?;
    let now = now_ms();
    let mut origin = state.guard.assess(
        petition.id,
        ctx.client,
        valid.email.canonical(),
        ctx.form,
        now,
    );
    let mut pow = None;
    // Asked even of a rate-flagged signature: tripping a rate limit must not be a way around it.
    if !crate::abuse::flags::is_bot(origin.flag) && petition.pow_required {
        pow = state.guard.pow_ok(ctx.form, &petition.slug, now);
        if pow.is_none() {
            origin.flag = Some("no_pow");
        }
    }
    if let Some(reason) = origin.flag {
        // No personal data: the petition and the reason are enough to act on.
        tracing::info!(petition = petition.id, reason, "signature flagged");
        metrics::counter!("signatures_flagged_total", "reason" => reason).increment(1);
    }
    let mail = emails::SignatureMail::new(petition, valid.name.as_str());
    let sig = NewSignature {
        petition_id: petition.id,
        name: valid.name,
        email: valid.email,
        country: valid.country,
        postcode: valid.postcode,
        comment: valid.comment,
        show_name: valid.show_name,
        newsletter: valid.newsletter,
        consent_version: petition.consent_version,
        sharing_notice: valid.sharing_notice,
        source: ctx.source,
        flag: origin.flag,
        ip_hash: origin.ip_hash,
        ip_prefix: origin.ip_prefix,
        signed_via: ctx.via,
        locale: crate::i18n::Lang::current().code().to_owned(),
        pow,
        mail,
    };
    state.writer.submit(sig).await.map_err(SignError::Failed)?;
    metrics::counter!("signatures_submitted_total").increment(1);
    Ok(())
}

/// The signatures' background jobs: unconfirmed ones past their time are removed, reminders go out.
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::Job;
    vec![
        Job::new(
            "signatures.purge_pending",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                purge_stale_pending(&ctx.db, &ctx.settings).await?;
                Ok(())
            },
        ),
        Job::new(
            "signatures.reminders",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                reminders::send_due(&ctx.db, &ctx.settings, now_ms()).await?;
                Ok(())
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::SignatureState;

    #[test]
    fn signature_states_round_trip_through_their_stored_words() {
        assert_eq!(SignatureState::WORDS, ["pending", "confirmed", "withdrawn"]);
        for s in SignatureState::ALL {
            assert_eq!(s.as_str().parse::<SignatureState>(), Ok(*s));
        }
        let err = "held_back".parse::<SignatureState>().unwrap_err();
        assert!(err
            .to_string()
            .contains(r#"unknown signature state "held_back""#));
    }
}
