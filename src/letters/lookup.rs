//! Finds a supporter's targets for a campaign. A ZIP code that spans districts or states is never
//! guessed: the supporter picks from the candidates.

use serde::Serialize;

use super::campaign::{LetterCampaign, TargetRule};
use super::targets::{self, Target, US_HOUSE, US_SENATE};
use crate::db::Db;
use crate::domain::{Country, Postcode};
use crate::on_db;

/// One candidate when a ZIP code is ambiguous: `value` goes back in the `district` field.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// What the supporter is asked: "state", "district" or "state_district".
    pub kind: &'static str,
}

#[derive(Debug)]
pub enum Resolution {
    /// The targets, and the supporter's US state when it was found from the ZIP code.
    Targets(Vec<Target>, Option<String>),
    Choose(Vec<Choice>),
    /// A problem with the postcode (unknown ZIP, no members found), as a message id or text.
    Postcode(String),
}

pub async fn resolve(
    db: &Db,
    campaign: &LetterCampaign,
    country: Country,
    postcode: Option<&Postcode>,
    picked: &str,
    state: &str,
) -> Result<Resolution, sqlx::Error> {
    match campaign.target_rule {
        TargetRule::Body => {
            let t = on_db!(db, targets::sql, members(&campaign.target_body, None, None))?;
            Ok(Resolution::Targets(t, None))
        }
        TargetRule::Fixed => Ok(Resolution::Targets(
            on_db!(db, targets::sql, fixed_for(campaign.id))?,
            None,
        )),
        rule @ (TargetRule::UsSenators | TargetRule::UsHouse | TargetRule::UsCongress) => {
            if country.code() != "US" {
                return Ok(Resolution::Postcode("err-zip-us".into()));
            }
            let Some(zip) = postcode.map(|p| &p.as_str()[..5]) else {
                return Ok(Resolution::Postcode("err-zip-empty".into()));
            };
            let mut rows = on_db!(db, targets::sql, zip_districts(zip))?;
            if rows.is_empty() {
                return Ok(Resolution::Postcode("err-zip-unknown".into()));
            }
            // The state the supporter gave narrows a ZIP code that crosses state lines.
            let state = state.trim();
            if !state.is_empty() {
                if !rows.iter().any(|(s, _)| s == state) {
                    return Ok(Resolution::Postcode(crate::i18n::ta(
                        "err-zip-state",
                        "state",
                        super::places::state_name(state),
                    )));
                }
                rows.retain(|(s, _)| s == state);
            }
            by_zip(db, rule, rows, picked.trim()).await
        }
    }
}

async fn by_zip(
    db: &Db,
    rule: TargetRule,
    rows: Vec<(String, String)>,
    picked: &str,
) -> Result<Resolution, sqlx::Error> {
    let senators = rule != TargetRule::UsHouse;
    let house = rule != TargetRule::UsSenators;
    // Candidates: districts when a House member is needed, otherwise states.
    let mut candidates: Vec<(String, Option<String>)> = if house {
        rows.into_iter().map(|(s, d)| (s, Some(d))).collect()
    } else {
        let mut states: Vec<String> = rows.into_iter().map(|(s, _)| s).collect();
        states.dedup();
        states.into_iter().map(|s| (s, None)).collect()
    };
    let value = |(s, d): &(String, Option<String>)| match d {
        Some(d) => format!("{s}-{d}"),
        None => s.clone(),
    };
    if candidates.len() > 1 {
        match candidates.iter().position(|c| value(c) == picked) {
            Some(i) => candidates = vec![candidates.swap_remove(i)],
            None => {
                let states = candidates.iter().any(|c| c.0 != candidates[0].0);
                let kind = match (states, house) {
                    (true, false) => "state",
                    (true, true) => "state_district",
                    (false, _) => "district",
                };
                let mut choices = Vec::with_capacity(candidates.len());
                for c in &candidates {
                    let members =
                        members_for(db, &c.0, c.1.as_deref(), senators && c.1.is_none(), house)
                            .await?;
                    let names: Vec<String> = members
                        .iter()
                        .map(|t| format!("{} {}", t.honorific, t.name).trim().to_owned())
                        .collect();
                    let place = super::places::us_place(&c.0, c.1.as_deref().unwrap_or(""));
                    choices.push(Choice {
                        value: value(c),
                        label: crate::i18n::ta2(
                            "letter-choice",
                            "place",
                            place,
                            "members",
                            crate::i18n::list_and(&names),
                        ),
                        kind,
                    });
                }
                return Ok(Resolution::Choose(choices));
            }
        }
    }
    let (state, district) = candidates.remove(0);
    let found = members_for(db, &state, district.as_deref(), senators, house).await?;
    if senators && !house && super::places::has_no_senators(&state) {
        return Ok(Resolution::Postcode(no_senators(db, &state).await?));
    }
    if found.is_empty() {
        return Ok(Resolution::Postcode("err-zip-nobody".into()));
    }
    Ok(Resolution::Targets(found, Some(state)))
}

async fn members_for(
    db: &Db,
    state: &str,
    district: Option<&str>,
    senators: bool,
    house: bool,
) -> Result<Vec<Target>, sqlx::Error> {
    let mut out = Vec::new();
    if senators {
        out.extend(on_db!(
            db,
            targets::sql,
            members(US_SENATE, Some(state), None)
        )?);
    }
    if let (true, Some(d)) = (house, district) {
        out.extend(on_db!(
            db,
            targets::sql,
            members(US_HOUSE, Some(state), Some(d))
        )?);
    }
    Ok(out)
}

/// "The District of Columbia has no senators…", naming its delegate to the House.
pub async fn no_senators(db: &Db, state: &str) -> Result<String, sqlx::Error> {
    let delegates = on_db!(db, targets::sql, members(US_HOUSE, Some(state), None))?;
    let place = super::places::state_name(state);
    Ok(match delegates.first() {
        Some(d) => crate::i18n::ta2(
            "letter-no-senators",
            "place",
            place,
            "delegate",
            format!("{} {}", d.honorific, d.name).trim(),
        ),
        None => crate::i18n::ta("letter-no-senators-nobody", "place", place),
    })
}

/// Whether a member of Congress represents the supporter: a senator of the supporter's state, or
/// the House member of their district. CWC and the offices' forms take constituents' letters only,
/// so a letter to anyone else is handed to the supporter to send. `from_zip`: the member was found
/// from this supporter's ZIP code (and their pick when it spans districts), so any district of the
/// ZIP code in their state will do; otherwise (a whole body, a fixed list) the ZIP code must lie in
/// the member's district alone, never guessed.
pub async fn represents(
    db: &Db,
    member: (&str, &str, &str),
    supporter: (&str, &str, &str),
    from_zip: bool,
) -> Result<bool, sqlx::Error> {
    let (body, region, district) = member;
    let (country, state, postcode) = supporter;
    if country != "US" || (body != US_SENATE && body != US_HOUSE) {
        return Ok(false);
    }
    let rows = match postcode.get(..5) {
        Some(zip) => on_db!(db, targets::sql, zip_districts(zip))?,
        None => Vec::new(),
    };
    // A supporter who gave no state has the one their ZIP code lies in, if it lies in one.
    let state = match state.trim() {
        "" if !rows.is_empty() && rows.iter().all(|(s, _)| *s == rows[0].0) => rows[0].0.as_str(),
        s => s,
    };
    if state.is_empty() || region != state {
        return Ok(false);
    }
    // The ZIP code must lie in the state given: a typed (or mistaken) state alone is no proof.
    if !rows.iter().any(|(s, _)| s == state) {
        return Ok(false);
    }
    if body == US_SENATE {
        return Ok(true);
    }
    let mut districts = rows.iter().filter(|(s, _)| s == state).map(|(_, d)| d);
    Ok(if from_zip {
        districts.any(|d| d == district)
    } else {
        let all: Vec<&String> = districts.collect();
        !all.is_empty() && all.iter().all(|d| *d == district)
    })
}
