//! One round of delivery: claim confirmed letters to Congress (inside each campaign's window and
//! per-office cap), then send each due one through the first channel that reaches its office:
//! CWC when the office is on the chamber's list, then the congress-forms server, else hand it back
//! to the supporter. A send is leased before it starts: if the process dies before its answer is
//! recorded, the lease ends and the letter is sent again with the same DeliveryId.

use secrecy::ExposeSecret;

use super::cwc::{self, Chamber, Constituent};
use super::emails::{self, Channel};
use super::store::{Back, CampaignCwc, Due, Office, NOT_CONSTITUENT, NOT_IN_OFFICE};
use super::{forms, offices, Outcome};
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::letters::campaign::TargetRule;
use crate::letters::store::LetterView;
use crate::letters::targets::US_HOUSE;
use crate::on_db;
use crate::secret::tokens::Token;

/// Letters claimed, and deliveries sent, per round.
const ROUND: i64 = 50;

/// How long a letter waiting for its chamber's office list waits before it is looked at again.
const WAIT_MS: i64 = 60_000;

/// The topic given to CWC when a campaign names none (one of the Library of Congress policy
/// areas CWC accepts).
const DEFAULT_TOPIC: &str = "Government Operations and Politics";

/// Where one letter goes.
#[derive(Debug, PartialEq, Eq)]
enum Route {
    Cwc(Chamber, String),
    Forms,
    /// No channel reaches the office.
    Hand,
    /// The member does not represent the supporter: CWC and the offices' forms are for
    /// constituents only, so the supporter sends it.
    Outside,
    /// The member is no longer in office.
    Retired,
    /// The chamber's CWC list has not been fetched yet: wait for it rather than guess.
    Wait,
}

/// Returns how many deliveries were attempted.
pub async fn run(db: &Db, settings: &Settings, http: &reqwest::Client) -> anyhow::Result<usize> {
    if on_db!(db, super::store::sql, any_to_claim())? {
        on_db!(
            db,
            super::store::sql,
            claim(now_ms(), ROUND, new_delivery_id)
        )?;
    }
    let due = on_db!(db, super::store::sql, due(now_ms(), ROUND))?;
    let mut tried = 0;
    for d in due {
        let Some((letter, office)) = on_db!(db, super::store::sql, letter(d.letter_id))? else {
            continue;
        };
        // The route is worked out once, at the first lease, and kept: a retry after a crash
        // goes where the first try went, with the same DeliveryId, even if the office lists or
        // the settings changed in between.
        let route = match kept(&d) {
            // A member who has left office (gone from the directory's current list) gets nothing
            // sent, whatever was chosen before: the supporter is told and has the letter.
            _ if !office.active => Route::Retired,
            Some(r) => r,
            None if represents(db, &letter, &office).await? => route(db, settings, &office).await?,
            None => Route::Outside,
        };
        if route == Route::Wait {
            on_db!(db, super::store::sql, later(&d, now_ms() + WAIT_MS))?;
            continue;
        }
        // Every try so far was leased and never answered (the process died each time): no more
        // tries, whatever the cause, or a crash loop would send without end.
        if d.attempts >= settings.worker.max_attempts.max(1) {
            let channel = match route {
                Route::Cwc(..) => Some(Channel::Cwc),
                Route::Forms => Some(Channel::FormService),
                Route::Hand | Route::Outside | Route::Retired | Route::Wait => None,
            };
            let reason = format!("no answer recorded after {} attempts", d.attempts);
            hand_back(db, &d, &letter, &office, (reason, channel, "")).await?;
            continue;
        }
        let lease = now_ms() + settings.congress.lease_secs.max(1) * 1000;
        let kept = match &route {
            Route::Cwc(_, code) => (Channel::Cwc.code(), code.as_str()),
            Route::Forms => (Channel::FormService.code(), office.bioguide_id.as_str()),
            Route::Hand | Route::Outside | Route::Retired | Route::Wait => ("", ""),
        };
        if !on_db!(db, super::store::sql, lease(&d, lease, kept))? {
            continue;
        }
        tried += 1;
        deliver(db, settings, http, &d, &letter, &office, route).await?;
    }
    Ok(tried)
}

/// 32 upper-case hexadecimal digits, random.
fn new_delivery_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the system's random source works");
    hex::encode_upper(bytes)
}

/// The route recorded at an earlier lease, if any.
fn kept(d: &Due) -> Option<Route> {
    match d.channel.as_str() {
        "cwc" => {
            let chamber = match d.office_code.get(..1) {
                Some("H") => Chamber::House,
                Some("S") => Chamber::Senate,
                _ => return None,
            };
            Some(Route::Cwc(chamber, d.office_code.clone()))
        }
        "form_service" => Some(Route::Forms),
        _ => None,
    }
}

/// Whether the letter's office represents its writer (see `letters::lookup::represents`).
async fn represents(db: &Db, l: &LetterView, office: &Office) -> Result<bool, sqlx::Error> {
    let from_zip = office
        .target_rule
        .parse::<TargetRule>()
        .is_ok_and(TargetRule::needs_us_address);
    crate::letters::lookup::represents(
        db,
        (&office.body, &office.region, &office.district),
        (&l.country, &l.supporter_region, &l.postcode),
        from_zip,
    )
    .await
}

async fn route(db: &Db, settings: &Settings, office: &Office) -> anyhow::Result<Route> {
    let c = &settings.congress;
    let chamber = if office.body == US_HOUSE {
        Chamber::House
    } else {
        Chamber::Senate
    };
    let cwc_on = match chamber {
        Chamber::House => c.house_on(),
        Chamber::Senate => c.senate_on(),
    };
    if cwc_on {
        if on_db!(db, super::store::sql, list_fetched(chamber.code()))?.is_none() {
            return Ok(Route::Wait);
        }
        let code = offices::office_code(
            chamber,
            &office.bioguide_id,
            &office.region,
            &office.district,
        );
        if let Some(code) = code {
            if on_db!(db, super::store::sql, has_office(chamber.code(), &code))? {
                return Ok(Route::Cwc(chamber, code));
            }
        }
    }
    Ok(if c.forms_on() {
        Route::Forms
    } else {
        Route::Hand
    })
}

fn constituent(l: &LetterView) -> Constituent {
    let (first_name, last_name) = cwc::split_name(&l.supporter_name);
    Constituent {
        prefix: l.supporter_prefix.clone(),
        first_name,
        last_name,
        address: l.address.clone(),
        city: l.city.clone(),
        state: l.supporter_region.clone(),
        zip: l.postcode.clone(),
        email: l.supporter_email.clone(),
        phone: l.supporter_phone.clone(),
    }
}

/// The supporter's details a service's answer could echo.
fn personal(l: &LetterView) -> [&str; 6] {
    [
        &l.supporter_name,
        &l.supporter_email,
        &l.address,
        &l.city,
        &l.postcode,
        &l.supporter_phone,
    ]
}

fn topics(cfg: &CampaignCwc) -> Vec<String> {
    let list: Vec<String> = cfg
        .cwc_topics
        .split([',', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    if list.is_empty() {
        vec![DEFAULT_TOPIC.to_owned()]
    } else {
        list
    }
}

async fn send_cwc(
    settings: &Settings,
    http: &reqwest::Client,
    chamber: Chamber,
    test_mode: bool,
    xml: String,
) -> Outcome {
    let c = &settings.congress;
    let (base, key, path) = match (chamber, test_mode) {
        (Chamber::House, false) => (&c.house_cwc_url, &c.house_cwc_api_key, "/v2/message"),
        (Chamber::House, true) => (&c.house_cwc_url, &c.house_cwc_api_key, "/v2/validate"),
        (Chamber::Senate, false) => (
            &c.senate_cwc_url,
            &c.senate_cwc_api_key,
            "/api/production-messages/",
        ),
        (Chamber::Senate, true) => (
            &c.senate_cwc_url,
            &c.senate_cwc_api_key,
            "/api/testing-messages/",
        ),
    };
    let sent = http
        .post(format!("{}{path}", base.trim_end_matches('/')))
        .query(&[("apikey", key.expose_secret())])
        .header(reqwest::header::CONTENT_TYPE, "application/xml")
        .body(xml)
        .send()
        .await;
    let res = match sent {
        Ok(r) => r,
        Err(e) => return super::network(e),
    };
    let status = res.status();
    match super::answer_text(res).await {
        Ok(body) => super::by_status(status, &body).unwrap_or(Outcome::Sent),
        Err(reason) => super::by_status(status, "").unwrap_or(Outcome::Retry(reason)),
    }
}

async fn send_form(
    settings: &Settings,
    http: &reqwest::Client,
    l: &LetterView,
    office: &Office,
    cfg: &CampaignCwc,
    campaign_tag: &str,
) -> Result<Outcome, Route> {
    let base = settings.congress.forms_url.as_str();
    let required = match forms::required(http, base, &office.bioguide_id).await {
        Ok(Some(r)) => r,
        // The server does not fill this member's form.
        Ok(None) => return Err(Route::Hand),
        Err(o) => return Ok(o),
    };
    let topics = topics(cfg);
    let letter = forms::Letter {
        subject: &l.subject,
        text: &l.body,
        topics: &topics,
    };
    match forms::fill(&required, &constituent(l), &letter) {
        // Test mode: the form is checked but never filled, so no office hears of it.
        Ok(_) if cfg.test_mode => Ok(Outcome::Sent),
        Ok(fields) => {
            Ok(forms::fill_out(http, base, &office.bioguide_id, &fields, campaign_tag).await)
        }
        Err(field) => Ok(Outcome::GiveUp(format!(
            "the form needs {field}, which the supporter did not give"
        ))),
    }
}

async fn deliver(
    db: &Db,
    settings: &Settings,
    http: &reqwest::Client,
    d: &Due,
    l: &LetterView,
    office: &Office,
    route: Route,
) -> anyhow::Result<()> {
    let cfg = on_db!(db, super::store::sql, campaign_cwc(l.campaign_id))?;
    let campaign_id = if cfg.cwc_campaign_id.trim().is_empty() {
        office.campaign_slug.clone()
    } else {
        cfg.cwc_campaign_id.trim().to_owned()
    };
    let (outcome, channel, code) = match &route {
        Route::Cwc(chamber, code) => {
            let topics = topics(&cfg);
            let date = chrono::Utc::now().format("%Y%m%d").to_string();
            let c = constituent(l);
            let xml = cwc::Message {
                delivery_id: &d.delivery_id,
                delivery_date: &date,
                campaign_id: &campaign_id,
                office_code: code,
                constituent: &c,
                subject: &l.subject,
                topics: &topics,
                text: &l.body,
            }
            .to_xml(&settings.congress);
            let o = match xml {
                Ok(xml) => send_cwc(settings, http, *chamber, cfg.test_mode, xml).await,
                // Sending again would not help: the supporter delivers it.
                Err(e) => Outcome::GiveUp(format!("the message could not be written: {e}")),
            };
            (o, Some(Channel::Cwc), code.clone())
        }
        Route::Forms => match send_form(settings, http, l, office, &cfg, &campaign_id).await {
            Ok(o) => (o, Some(Channel::FormService), office.bioguide_id.clone()),
            Err(_) => (
                Outcome::GiveUp(String::new()),
                None,
                office.bioguide_id.clone(),
            ),
        },
        Route::Outside => (Outcome::GiveUp(NOT_CONSTITUENT.into()), None, String::new()),
        Route::Retired => (Outcome::GiveUp(NOT_IN_OFFICE.into()), None, String::new()),
        Route::Hand | Route::Wait => (Outcome::GiveUp(String::new()), None, String::new()),
    };
    // A service's words may echo the supporter's details: they are cut short and redacted
    // before they are logged or kept. Our own fixed reasons are kept word for word (they are
    // compared later, and hold nothing of the supporter's).
    let outcome = match outcome {
        Outcome::Retry(r) => Outcome::Retry(super::kept_reason(&r, &personal(l))),
        Outcome::GiveUp(r) => Outcome::GiveUp(super::kept_reason(&r, &personal(l))),
        Outcome::Sent => Outcome::Sent,
    };
    let now = now_ms();
    let data = Token::generate();
    let who = (office.supporter_id, data.hash.as_str());
    let lang = l.supporter_locale.as_str();
    let channel_code = channel.map(Channel::code).unwrap_or("");
    let attempts = d.attempts + 1;
    match (outcome, channel) {
        (Outcome::Sent, Some(ch)) if cfg.test_mode => {
            on_db!(
                db,
                super::store::sql,
                tested(d.letter_id, ch.code(), &code, now)
            )?;
            tracing::info!(
                letter = d.letter_id,
                channel = ch.code(),
                "letter sent in test mode"
            );
            metrics::counter!("deliveries_total", "channel" => ch.code(), "outcome" => "tested")
                .increment(1);
        }
        (Outcome::Sent, Some(ch)) => {
            let mail = emails::receipt(l, &office.campaign_title, ch);
            let mail = crate::letters::selfservice::attach(mail, &data, lang);
            on_db!(
                db,
                super::store::sql,
                sent(d.letter_id, ch.code(), &code, now, &mail, who)
            )?;
            tracing::info!(
                letter = d.letter_id,
                channel = ch.code(),
                "letter delivered"
            );
            metrics::counter!("deliveries_total", "channel" => ch.code(), "outcome" => "sent")
                .increment(1);
        }
        (Outcome::Retry(reason), _) if attempts < settings.worker.max_attempts.max(1) => {
            let base = settings.worker.backoff_base_secs.max(0) * 1000;
            let wait = base
                .saturating_mul(1i64 << (attempts.clamp(1, 12) - 1))
                .min(3_600_000);
            on_db!(
                db,
                super::store::sql,
                retry(d.letter_id, &reason, now + wait)
            )?;
            tracing::warn!(letter = d.letter_id, channel = channel_code, %reason, "delivery will be retried");
        }
        (outcome, channel) => {
            let reason = match outcome {
                Outcome::Retry(r) | Outcome::GiveUp(r) => r,
                Outcome::Sent => String::new(),
            };
            hand_back(db, d, l, office, (reason, channel, &code)).await?;
        }
    }
    Ok(())
}

/// Not delivered by a service: the letter goes back to the supporter, with `reason` kept for
/// staff. `channel`: the service that refused it, if one was tried.
async fn hand_back(
    db: &Db,
    d: &Due,
    l: &LetterView,
    office: &Office,
    (reason, channel, code): (String, Option<Channel>, &str),
) -> anyhow::Result<()> {
    let now = now_ms();
    let data = Token::generate();
    let who = (office.supporter_id, data.hash.as_str());
    let channel_code = channel.map(Channel::code).unwrap_or("");
    let failed = channel.is_some();
    let back = Back {
        state: if failed { "failed" } else { "hand" },
        channel: channel_code,
        office_code: code,
        reason: &reason,
    };
    let why = match () {
        _ if failed => emails::Why::Failed,
        _ if reason == NOT_CONSTITUENT => emails::Why::Outside,
        _ if reason == NOT_IN_OFFICE => emails::Why::Retired,
        _ => emails::Why::Unreached,
    };
    let mail = emails::hand(l, &office.campaign_title, why);
    let mail = crate::letters::selfservice::attach(mail, &data, l.supporter_locale.as_str());
    on_db!(
        db,
        super::store::sql,
        back(d.letter_id, &back, now, &mail, who)
    )?;
    tracing::info!(letter = d.letter_id, channel = channel_code, failed, %reason, "letter handed to the supporter");
    metrics::counter!("deliveries_total", "channel" => channel_code, "outcome" => back.state)
        .increment(1);
    Ok(())
}
