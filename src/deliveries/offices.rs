//! The offices each CWC service takes messages for, fetched once a day, and each member's office
//! code: derived from the state and district for the House, from the state and the senator's
//! class for the Senate (the shipped directory data carries both).

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use super::cwc::{self, Chamber};
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

const DAY_MS: i64 = 24 * 3_600_000;

/// How often each member's channel is worked out again (besides after each list refresh), so
/// members imported since and changed settings show soon.
const SYNC_MS: i64 = 10 * 60_000;

/// How long after a failed fetch of an office list the next one is tried, so a service that is
/// down is not asked again on every run of the job.
const RETRY_MS: i64 = 5 * 60_000;

/// When the jobs last worked things out (ms, 0: never in this process).
#[derive(Debug, Default)]
pub struct Marks {
    /// Each member's channel.
    pub synced: AtomicI64,
    /// A fetch of an office list that failed.
    pub failed: AtomicI64,
}

/// Refreshes each configured chamber's list when it is a day old (or was never fetched), but not
/// within `RETRY_MS` of a failed fetch; and each member's channel after a refresh or when it was
/// last worked out `SYNC_MS` ago.
pub async fn refresh(
    db: &Db,
    settings: &Settings,
    http: &reqwest::Client,
    marks: &Marks,
) -> anyhow::Result<()> {
    let last_sync = &marks.synced;
    let outcome = if now_ms() - marks.failed.load(Ordering::Relaxed) < RETRY_MS {
        Ok(false)
    } else {
        let outcome = refresh_due(db, settings, http).await;
        if outcome.is_err() {
            marks.failed.store(now_ms(), Ordering::Relaxed);
        }
        outcome
    };
    let refreshed = *outcome.as_ref().unwrap_or(&false);
    if refreshed || now_ms() - last_sync.load(Ordering::Relaxed) > SYNC_MS {
        sync_channels(db, settings).await?;
        last_sync.store(now_ms(), Ordering::Relaxed);
    }
    outcome.map(|_| ())
}

/// Works out how a letter to each member of Congress would travel now, for the supporter's
/// preview and the API: CWC when the member's office is on its chamber's list, else the forms
/// service when one is set up, else handed to the supporter.
pub async fn sync_channels(db: &Db, settings: &Settings) -> anyhow::Result<()> {
    let c = &settings.congress;
    let mut lists: HashMap<&str, Vec<String>> = HashMap::new();
    for (chamber, on) in [
        (Chamber::House, c.house_on()),
        (Chamber::Senate, c.senate_on()),
    ] {
        if on {
            lists.insert(
                chamber.code(),
                on_db!(db, super::store::sql, offices(chamber.code()))?,
            );
        }
    }
    let members = on_db!(db, super::store::sql, members())?;
    let mut changes = Vec::new();
    for (id, body, bioguide, state, district, now) in &members {
        let chamber = if body == crate::letters::targets::US_HOUSE {
            Chamber::House
        } else {
            Chamber::Senate
        };
        let on_cwc = lists.get(chamber.code()).is_some_and(|list| {
            office_code(chamber, bioguide, state, district).is_some_and(|code| list.contains(&code))
        });
        let channel = match () {
            _ if on_cwc => "cwc",
            _ if c.forms_on() => "form_service",
            _ => "",
        };
        if now != channel {
            changes.push((*id, channel));
        }
    }
    if !changes.is_empty() {
        on_db!(db, super::store::sql, set_channels(&changes))?;
    }
    Ok(())
}

/// Refreshes each configured chamber's list when it is a day old (or was never fetched); true
/// when one was fetched.
pub async fn refresh_due(
    db: &Db,
    settings: &Settings,
    http: &reqwest::Client,
) -> anyhow::Result<bool> {
    let mut refreshed = false;
    let c = &settings.congress;
    let mut failed = Vec::new();
    for (chamber, on) in [
        (Chamber::House, c.house_on()),
        (Chamber::Senate, c.senate_on()),
    ] {
        if !on {
            continue;
        }
        let fetched = on_db!(db, super::store::sql, list_fetched(chamber.code()))?;
        if fetched.is_some_and(|at| now_ms() - at < DAY_MS) {
            continue;
        }
        match fetch(settings, http, chamber).await {
            Ok(codes) => {
                on_db!(
                    db,
                    super::store::sql,
                    replace_offices(chamber.code(), &codes, now_ms())
                )?;
                refreshed = true;
                tracing::info!(
                    chamber = chamber.code(),
                    offices = codes.len(),
                    "CWC office list refreshed"
                );
            }
            Err(e) => failed.push(format!("{}: {e}", chamber.code())),
        }
    }
    if !failed.is_empty() {
        anyhow::bail!("CWC office list not refreshed ({})", failed.join("; "));
    }
    Ok(refreshed)
}

async fn fetch(
    settings: &Settings,
    http: &reqwest::Client,
    chamber: Chamber,
) -> anyhow::Result<Vec<String>> {
    use secrecy::ExposeSecret;
    let c = &settings.congress;
    let (base, key, path) = match chamber {
        Chamber::House => (&c.house_cwc_url, &c.house_cwc_api_key, "/v2/offices"),
        Chamber::Senate => (
            &c.senate_cwc_url,
            &c.senate_cwc_api_key,
            "/api/active_offices/",
        ),
    };
    let url = format!("{}{path}", base.trim_end_matches('/'));
    let res = http
        .get(url)
        .query(&[("apikey", key.expose_secret())])
        .send()
        .await
        // The URL carries the key: never in a message.
        .map_err(|e| anyhow::anyhow!("{}", e.without_url()))?;
    let status = res.status();
    let body = super::answer_text(res).await.map_err(anyhow::Error::msg)?;
    if !status.is_success() {
        anyhow::bail!("HTTP {}", status.as_u16());
    }
    Ok(cwc::parse_offices(&body)?)
}

/// A member's CWC office code, from their directory entry.
pub fn office_code(
    chamber: Chamber,
    bioguide_id: &str,
    state: &str,
    district: &str,
) -> Option<String> {
    match chamber {
        Chamber::House => cwc::house_office(state, district),
        Chamber::Senate => cwc::senate_office(state, *senate_classes().get(bioguide_id)?),
    }
}

/// Each senator's class, by bioguide id, from the shipped directory data.
fn senate_classes() -> &'static HashMap<String, u8> {
    static CLASSES: OnceLock<HashMap<String, u8>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Row {
            bioguide_id: String,
            senate_class: String,
        }
        let data = include_str!("../../data/us-congress/legislators-current.csv");
        csv::Reader::from_reader(data.as_bytes())
            .deserialize::<Row>()
            .flatten()
            .filter_map(|r| Some((r.bioguide_id, r.senate_class.trim().parse().ok()?)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senators_have_a_class_and_house_members_a_district_code() {
        // Maria Cantwell, Washington, class 1.
        assert_eq!(
            office_code(Chamber::Senate, "C000127", "WA", "").as_deref(),
            Some("SWA01")
        );
        assert_eq!(office_code(Chamber::Senate, "X999999", "WA", ""), None);
        assert_eq!(
            office_code(Chamber::House, "B001318", "VT", "0").as_deref(),
            Some("HVT00")
        );
        assert_eq!(senate_classes().len(), 100);
    }
}
