//! Letters to representatives: the directory, campaigns, the supporter's flow (details → letters →
//! confirm by email) and throttled delivery through the outbox.

pub mod api;
pub mod campaign;
pub mod dispatch;
pub mod formfields;
pub mod input;
pub mod lookup;
pub mod pages;
pub mod places;
pub mod reminders;
pub mod rules;
pub mod selfservice;
pub mod store;
pub mod targets;
pub mod template;
pub mod words;

use std::sync::Arc;

use axum::extract::FromRef;
use axum::routing::get;
use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::abuse::Guard;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::domain::country_name;
use crate::email::Email;
use crate::http::client_ip::Proxies;
use crate::http::AppError;
use crate::http::FieldErrors;
use crate::i18n::{t, ta};
use crate::on_db;
use crate::secret::tokens::Token;

pub use campaign::{CampaignSpec, LetterCampaign};
use input::{clean_text, LetterInput, Supporter};
use lookup::{Choice, Resolution};
use store::{NewLetter, NewSubmission, Submitted};
use targets::Target;
use template::{SupporterVars, TargetVars};

/// What the letter campaigns' pages, API and the writers' own links use.
#[derive(Clone)]
pub struct LettersCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub guard: Guard,
}

/// The campaign pages and the writers' links that only show something.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    LettersCtx: FromRef<S>,
{
    Router::new()
        .route("/l/{slug}", get(pages::show))
        .route("/l/{slug}/sent", get(pages::sent))
        .route("/static/copy.js", get(pages::copy_script))
        .merge(selfservice::open_routes())
}

/// The letter forms (refused when posted from another site).
pub fn forms<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    LettersCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    use crate::http::page::to_form_page;
    Router::new()
        .route("/l/{slug}/write", get(to_form_page).post(pages::write))
        .route("/l/{slug}/send", get(to_form_page).post(pages::send))
        .route("/l/{slug}/details", get(to_form_page).post(pages::details))
        .route(
            "/letters/confirm/{token}",
            get(pages::confirm_get).post(pages::confirm_post),
        )
        .route(
            "/letters/erase/{token}",
            get(pages::erase_get).post(pages::erase_post),
        )
        .merge(selfservice::form_routes())
}

/// The letters' JSON API, with its OpenAPI entries.
pub fn api<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    LettersCtx: FromRef<S>,
    Proxies: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(api::show))
        .routes(routes!(api::lookup))
        .routes(routes!(api::submit))
}

/// One personalised letter, before it is sent.
#[derive(Debug, Clone)]
pub struct DraftLetter {
    pub target: Target,
    /// The text from the template; the supporter's edit (if allowed) is compared with it.
    pub rendered: String,
    /// What the supporter sees and sends.
    pub body: String,
}

#[derive(Debug)]
pub struct Draft {
    pub supporter: Supporter,
    pub region: String,
    pub letters: Vec<DraftLetter>,
    /// Something the supporter should know about their representatives (e.g. no senators).
    pub notice: Option<String>,
    /// An office's contact form, filled by the forms service, requires a phone number / a form
    /// of address.
    pub needs_phone: bool,
    pub needs_prefix: bool,
}

/// Where a submission stands.
#[derive(Debug)]
pub enum Step {
    /// Back to the details form, with problems and (for an ambiguous ZIP code) choices.
    Details(FieldErrors, Vec<Choice>),
    /// The letters to review; problems with them, if any.
    Letters(Box<Draft>, FieldErrors),
    /// Committed: the supporter is asked to confirm by email.
    Sent,
    /// Committed or unchanged, but no email could go out (the address reached its cap): the
    /// answer must not claim one did.
    NotEmailed,
}

fn supporter_vars(s: &Supporter, region: &str) -> SupporterVars {
    SupporterVars {
        name: s.name.as_str().to_owned(),
        first_name: s.name.first_name().to_owned(),
        address: s.address.clone(),
        city: s.city.clone(),
        region: region.to_owned(),
        postcode: s
            .postcode
            .as_ref()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        country: country_name(s.country.code()).to_owned(),
    }
}

/// Details → targets → personalised letters.
pub async fn prepare(
    state: &LettersCtx,
    campaign: &LetterCampaign,
    input: &LetterInput,
) -> Result<Step, AppError> {
    let supporter = match input.supporter(campaign, &state.settings) {
        Ok(s) => s,
        Err(errors) => return Ok(Step::Details(errors, Vec::new())),
    };
    let found = lookup::resolve(
        &state.db,
        campaign,
        supporter.country,
        supporter.postcode.as_ref(),
        &input.district,
        &supporter.state,
    )
    .await?;
    let (mut targets, region) = match found {
        Resolution::Targets(t, region) => (t, region.unwrap_or_else(|| supporter.state.clone())),
        Resolution::Choose(choices) => {
            let mut errors = FieldErrors::default();
            if !input.district.is_empty() {
                errors.add("district", "err-district");
            }
            return Ok(Step::Details(errors, choices));
        }
        Resolution::Postcode(message) => {
            let mut errors = FieldErrors::default();
            errors.add("postcode", message);
            return Ok(Step::Details(errors, Vec::new()));
        }
    };
    if targets.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("postcode", "err-nobody");
        return Ok(Step::Details(errors, Vec::new()));
    }
    // A member on a fixed list or a whole body who does not represent this supporter gets no
    // letter through a delivery service (they carry constituents' letters only): the preview
    // says the supporter sends it, as the deliveries will.
    if !campaign.target_rule.needs_us_address() {
        let postcode = supporter.postcode.as_ref().map_or("", |p| p.as_str());
        for t in targets
            .iter_mut()
            .filter(|t| !t.delivery_channel.is_empty())
        {
            let member = (t.body.as_str(), t.region.as_str(), t.district.as_str());
            let who = (supporter.country.code(), region.as_str(), postcode);
            if !lookup::represents(&state.db, member, who, false).await? {
                t.delivery_channel.clear();
            }
        }
    }
    let notice = if campaign.target_rule == campaign::TargetRule::UsCongress
        && places::has_no_senators(&region)
    {
        Some(lookup::no_senators(&state.db, &region).await?)
    } else {
        None
    };
    let vars = supporter_vars(&supporter, &region);
    // Filling in templates is CPU work (bounded by fuel and size): off the async runtime.
    let (source, title) = (campaign.template.clone(), campaign.title.clone());
    let message = supporter.personal_message.clone();
    let all: Vec<TargetVars> = targets.iter().map(TargetVars::from).collect();
    let lang = crate::i18n::Lang::current();
    let rendered = tokio::task::spawn_blocking(move || {
        lang.scope_sync(|| {
            all.iter()
                .map(|t| template::render(&source, &title, t, &vars, &message))
                .collect::<Result<Vec<String>, _>>()
        })
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    let rendered = match rendered {
        Ok(r) => r,
        Err(e) => {
            // The campaign's template, not the supporter, is at fault: a clear answer, no 500.
            let too_long = matches!(e, template::RenderError::TooLong);
            tracing::warn!(campaign = campaign.id, too_long, "letter template failed");
            return Err(AppError::Unprocessable("err-letter-render".into()));
        }
    };
    let mut letters = Vec::with_capacity(targets.len());
    for (target, rendered) in targets.into_iter().zip(rendered) {
        let body = match input.bodies.get(&target.id) {
            Some(edited) if campaign.allow_edit => template::normalise(edited),
            _ => rendered.clone(),
        };
        letters.push(DraftLetter {
            target,
            rendered,
            body,
        });
    }
    let by_form: Vec<&str> = letters
        .iter()
        .filter(|l| l.target.delivery() == "form_service")
        .map(|l| l.target.external_id.as_str())
        .collect();
    let needs = formfields::required(&state.settings, &by_form).await;
    Ok(Step::Letters(
        Box::new(Draft {
            supporter,
            region,
            letters,
            notice,
            needs_phone: needs.contains("$PHONE"),
            needs_prefix: needs.contains("$NAME_PREFIX"),
        }),
        FieldErrors::default(),
    ))
}

/// The whole flow: details, letters, consent, the anti-abuse guard, then one transaction. Every
/// outcome (new, repeat, flagged, over the email cap) gives the same answer.
pub async fn send(
    state: &LettersCtx,
    campaign: &LetterCampaign,
    input: &LetterInput,
    client: std::net::IpAddr,
    form: Option<&crate::abuse::FormProof>,
) -> Result<Step, AppError> {
    let draft = match prepare(state, campaign, input).await? {
        Step::Letters(draft, _) => draft,
        other => return Ok(other),
    };
    let mut errors = FieldErrors::default();
    let subjects = campaign.subject_list();
    let subject = subjects.get(input.subject).copied().unwrap_or_else(|| {
        errors.add("subject", "err-subject");
        ""
    });
    let max = usize::try_from(campaign.max_length).unwrap_or(5000);
    for l in &draft.letters {
        match clean_text(&l.body, max) {
            Ok(text) if text.is_empty() => errors.add("body", "err-letter-empty"),
            Ok(_) => {}
            Err(e) => errors.add(
                "body",
                crate::i18n::ta2("err-letter-to", "target", l.target.label(), "problem", e),
            ),
        }
    }
    if !input.consent {
        errors.add("consent", "err-letter-consent");
    }
    input::check_contact(&draft.supporter, &mut errors);
    // Communicating with Congress takes no letter without a form of address.
    if draft.supporter.prefix.is_empty()
        && draft.letters.iter().any(|l| l.target.delivery() == "cwc")
    {
        errors.add("prefix", "err-prefix-needed");
    } else if draft.supporter.prefix.is_empty() && draft.needs_prefix {
        errors.add("prefix", "err-prefix-form");
    }
    if draft.supporter.phone.is_empty() && draft.needs_phone {
        errors.add("phone", "err-phone-needed");
    }
    if !errors.is_empty() {
        return Ok(Step::Letters(draft, errors));
    }
    let token = Token::generate();
    let data = Token::generate();
    let by_email = words::delivers_by_email(&state.db, campaign).await?;
    let s = &draft.supporter;
    // Letter campaigns keep their own rate windows, apart from petitions' (ids never collide).
    let mut origin = state
        .guard
        .assess(-campaign.id, client, s.email.canonical(), form, now_ms());
    if !crate::abuse::flags::is_bot(origin.flag) && campaign.pow_required {
        // Missing, wrong, or used before (on any instance): held back like a bot's.
        let solved = state.guard.pow_ok(form, &campaign.pow_scope(), now_ms());
        if !crate::abuse::claim_pow(&state.db, solved).await? {
            origin.flag = Some("no_pow");
        }
    }
    if let Some(reason) = origin.flag {
        // No personal data: the campaign and the reason are enough to act on.
        tracing::info!(campaign = campaign.id, reason, "letters flagged");
        metrics::counter!("letters_flagged_total", "reason" => reason).increment(1);
    }
    let submission = NewSubmission {
        campaign_id: campaign.id,
        name: s.name.clone(),
        email: s.email.clone(),
        address: s.address.clone(),
        city: s.city.clone(),
        region: draft.region.clone(),
        postcode: s.postcode.clone(),
        country: s.country,
        personal_message: s.personal_message.clone(),
        prefix: s.prefix.clone(),
        phone: s.phone.clone(),
        sharing_notice: input.sharing_notice,
        // The supporter's language: their emails are written in it.
        locale: crate::i18n::Lang::current().code().to_owned(),
        letters: draft
            .letters
            .iter()
            .map(|l| NewLetter {
                target_id: l.target.id,
                subject: subject.to_owned(),
                edited: l.body != l.rendered,
                body: l.body.clone(),
            })
            .collect(),
        confirm_email: selfservice::attach(
            confirm_email(
                state.settings.base(),
                &campaign.title,
                (s.name.as_str(), s.email.as_str()),
                &draft
                    .letters
                    .iter()
                    .map(|l| l.target.label())
                    .collect::<Vec<_>>(),
                &token,
                by_email,
            ),
            &data,
            crate::i18n::Lang::current().code(),
        ),
        token_hash: token.hash,
        data_token_hash: data.hash,
        email_window_ms: state.settings.signing.letter_emails_window_hours.max(1) * 3_600_000,
        flag: origin.flag,
        ip_hash: origin.ip_hash,
        ip_prefix: origin.ip_prefix,
        max_emails: state.settings.signing.max_emails_per_signature,
        max_public: state.settings.worker.max_public_emails_per_address,
        public_window_ms: state.settings.worker.public_email_window_hours.max(1) * 3_600_000,
    };
    let outcome = on_db!(&state.db, store::sql, submit(&submission, now_ms()))?;
    tracing::info!(campaign = campaign.id, outcome = ?outcome, "letters submitted");
    metrics::counter!("letters_submitted_total").increment(1);
    // A bot is told what a person would be told; a person is told only what is true.
    let bot = crate::abuse::flags::is_bot(origin.flag);
    Ok(match outcome {
        Submitted::Pending { emailed: true, .. } => Step::Sent,
        _ if bot => Step::Sent,
        Submitted::Pending { emailed: false, .. } => Step::NotEmailed,
        Submitted::Unchanged => match again(state, campaign, s.email.canonical()).await? {
            words::Again::Emailed => Step::Sent,
            words::Again::Capped | words::Again::NotWritten => Step::NotEmailed,
        },
    })
}

/// Every letter of this submission was written before: the address gets its letters again (within
/// the caps), in the language of the page it submitted from.
async fn again(
    state: &LettersCtx,
    campaign: &LetterCampaign,
    canonical: &str,
) -> Result<words::Again, AppError> {
    let w = &state.settings.worker;
    let data = Token::generate();
    let caps = words::AgainCaps {
        max_per_campaign: state.settings.signing.max_emails_per_signature,
        campaign_window_ms: state.settings.signing.letter_emails_window_hours.max(1) * 3_600_000,
        max_public: w.max_public_emails_per_address,
        window_ms: w.public_email_window_hours.max(1) * 3_600_000,
        data_token_hash: data.hash.clone(),
    };
    let title = campaign.title.as_str();
    let lang = crate::i18n::Lang::current().code();
    let outcome = on_db!(
        &state.db,
        words::sql,
        again(campaign.id, canonical, &caps, now_ms(), |letters| {
            words::again_email(title, letters).map(|m| selfservice::attach(m, &data, lang))
        })
    )?;
    tracing::info!(campaign = campaign.id, outcome = ?outcome, "letters written before");
    Ok(outcome)
}

/// Checks and saves a campaign spec; every problem is reported at once.
pub async fn save_campaign(db: &crate::db::Db, spec: &CampaignSpec) -> anyhow::Result<i64> {
    let problems = spec.problems();
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(|(f, m)| format!("{f}: {m}")).collect();
        anyhow::bail!("the campaign cannot be saved:\n{}", lines.join("\n"));
    }
    match on_db!(db, campaign::sql, save(spec, now_ms()))? {
        Ok(id) => Ok(id),
        Err(unknown) => anyhow::bail!("unknown fixed targets: {}", unknown.join(", ")),
    }
}

/// The confirmation email: who the letters go to, and the link. `by_email`: the letters are sent
/// by us (otherwise they are made ready for the supporter to deliver).
pub fn confirm_email(
    base: &str,
    title: &str,
    (name, to): (&str, &str),
    targets: &[String],
    token: &Token,
    by_email: bool,
) -> Email {
    let names: Vec<String> = targets.iter().map(|l| format!("  - {l}")).collect();
    let link = format!("{base}/letters/confirm/{}", token.secret);
    Email {
        kind: crate::email::EmailKind::LetterConfirm,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: ta("email-letters-subject", "title", title),
        text: format!(
            "{hello}\n\n{intro}\n\n{names}\n\n{open}\n\n{link}\n\n{ignore}\n",
            hello = ta("email-hello", "name", name),
            intro = ta(
                &words::word("email-letters-intro", &by_email),
                "title",
                title
            ),
            names = names.join("\n"),
            open = t(&words::word("email-letters-open", &by_email)),
            ignore = t("email-letters-ignore"),
        ),
        html: None,
        payload: None,
    }
}

/// The letters' background jobs: confirmed letters join the outbox as soon as their window allows
/// (and are announced to webhooks once the outbox has sent them);
/// unconfirmed writers are reminded; per-address email counts past their window are forgotten.
pub fn jobs(settings: &crate::config::Settings) -> Vec<crate::jobs::Job> {
    let every = std::time::Duration::from_millis(settings.worker.poll_ms.max(10));
    use crate::jobs::{Job, EVERY_MINUTE};
    vec![
        Job::new("letters.dispatch", every, |ctx| async move {
            dispatch::run(&ctx.db).await?;
            Ok(())
        }),
        Job::new("letters.sent", every, |ctx| async move {
            dispatch::announce_sent(&ctx.db).await?;
            Ok(())
        }),
        Job::new("letters.reminders", EVERY_MINUTE, |ctx| async move {
            reminders::send_due(&ctx.db, &ctx.settings, crate::db::now_ms()).await?;
            Ok(())
        }),
        Job::new("letters.email_log_purge", EVERY_MINUTE, |ctx| async move {
            reminders::purge_log(&ctx.db, &ctx.settings, crate::db::now_ms()).await?;
            Ok(())
        }),
    ]
}
