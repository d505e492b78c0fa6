//! Finds a supporter's targets for a campaign. A ZIP code that spans districts or states is never
//! guessed: the supporter picks from the candidates.

use serde::Serialize;

use super::campaign::LetterCampaign;
use super::targets::{self, Target, US_HOUSE, US_SENATE};
use crate::db::Db;
use crate::domain::{Country, Postcode};
use crate::on_db;

/// One candidate when a ZIP code is ambiguous: `value` goes back in the `district` field.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Debug)]
pub enum Resolution {
    /// The targets, and the supporter's US state when it was found from the ZIP code.
    Targets(Vec<Target>, Option<String>),
    Choose(Vec<Choice>),
    /// A problem with the postcode (unknown ZIP, no members found).
    Postcode(&'static str),
}

pub async fn resolve(
    db: &Db,
    campaign: &LetterCampaign,
    country: Country,
    postcode: Option<&Postcode>,
    picked: &str,
) -> Result<Resolution, sqlx::Error> {
    match campaign.target_rule.as_str() {
        "body" => {
            let t = on_db!(db, targets::sql, members(&campaign.target_body, None, None))?;
            Ok(Resolution::Targets(t, None))
        }
        "fixed" => Ok(Resolution::Targets(
            on_db!(db, targets::sql, fixed_for(campaign.id))?,
            None,
        )),
        rule => {
            if country.code() != "US" {
                return Ok(Resolution::Postcode("err-zip-us"));
            }
            let Some(zip) = postcode.map(|p| &p.as_str()[..5]) else {
                return Ok(Resolution::Postcode("err-zip-empty"));
            };
            let rows = on_db!(db, targets::sql, zip_districts(zip))?;
            if rows.is_empty() {
                return Ok(Resolution::Postcode("err-zip-unknown"));
            }
            by_zip(db, rule, rows, picked.trim()).await
        }
    }
}

async fn by_zip(
    db: &Db,
    rule: &str,
    rows: Vec<(String, String)>,
    picked: &str,
) -> Result<Resolution, sqlx::Error> {
    let senators = rule != "us_house";
    let house = rule != "us_senators";
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
                let mut choices = Vec::with_capacity(candidates.len());
                for c in &candidates {
                    let members =
                        members_for(db, &c.0, c.1.as_deref(), senators && c.1.is_none(), house)
                            .await?;
                    let names: Vec<String> = members
                        .iter()
                        .map(|t| format!("{} {}", t.honorific, t.name).trim().to_owned())
                        .collect();
                    let place = match &c.1 {
                        Some(d) if d == "0" => format!("{} (at large)", c.0),
                        Some(d) => format!("{}, district {d}", c.0),
                        None => c.0.clone(),
                    };
                    choices.push(Choice {
                        value: value(c),
                        label: format!("{place}: {}", names.join(", ")),
                    });
                }
                return Ok(Resolution::Choose(choices));
            }
        }
    }
    let (state, district) = candidates.remove(0);
    let found = members_for(db, &state, district.as_deref(), senators, house).await?;
    if found.is_empty() {
        return Ok(Resolution::Postcode("err-zip-nobody"));
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
