//! Offices' contact forms through a congress-forms server (EFF's open-source form filler):
//! `retrieve-form-elements` says which fields a member's form requires, `fill-out-form` fills it.
//! The supporter's details are mapped onto those field names; a field we cannot fill truthfully
//! sends the letter back to the supporter rather than inventing a value.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{json, Value};

use super::cwc::Constituent;
use super::Outcome;

/// One field a member's form requires.
#[derive(Debug, Clone, Deserialize)]
pub struct Required {
    pub value: String,
    #[serde(default)]
    pub maxlength: Option<usize>,
    /// A map from label to value, a list of values, or the name of a list the server knows.
    #[serde(default)]
    pub options_hash: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct MemberForm {
    #[serde(default)]
    required_actions: Vec<Required>,
    #[serde(default)]
    defunct: Option<bool>,
}

/// What the letter says, for the form.
pub struct Letter<'a> {
    pub subject: &'a str,
    pub text: &'a str,
    /// The campaign's topics, matched against the form's topic list.
    pub topics: &'a [String],
}

/// The allowed values of a field with options (labels and values alike).
fn options(o: &Value) -> Vec<(String, String)> {
    match o {
        Value::Object(m) => m
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k.trim().to_owned(), v.to_owned())))
            .collect(),
        Value::Array(a) => a
            .iter()
            .filter_map(|v| v.as_str().map(|v| (v.to_owned(), v.to_owned())))
            .collect(),
        _ => Vec::new(),
    }
}

/// Picks the value whose label or value matches `wanted` (case and punctuation aside).
fn pick(opts: &[(String, String)], wanted: &str) -> Option<String> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let w = norm(wanted);
    if w.is_empty() {
        return None;
    }
    opts.iter()
        .find(|(label, value)| norm(label) == w || norm(value) == w)
        .map(|(_, v)| v.clone())
}

/// The form's fields filled from the supporter and the letter, or the first required field that
/// cannot be filled truthfully (its name, e.g. `$PHONE`).
pub fn fill(
    required: &[Required],
    c: &Constituent,
    l: &Letter<'_>,
) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for r in required {
        let opts = r.options_hash.as_ref().map(options).unwrap_or_default();
        let plain = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        let value = match r.value.as_str() {
            "$NAME_FIRST" => plain(&c.first_name),
            "$NAME_LAST" => plain(&c.last_name),
            "$NAME_FULL" => plain(format!("{} {}", c.first_name, c.last_name).trim()),
            "$ADDRESS_STREET" => plain(&c.address),
            "$ADDRESS_CITY" => plain(&c.city),
            "$ADDRESS_ZIP5" => plain(c.zip.get(..5).unwrap_or(&c.zip)),
            "$ADDRESS_STATE_POSTAL_ABBREV" | "$ADDRESS_STATE" if opts.is_empty() => plain(&c.state),
            "$ADDRESS_STATE_POSTAL_ABBREV" | "$ADDRESS_STATE" => pick(&opts, &c.state),
            "$EMAIL" => plain(&c.email),
            "$PHONE" => plain(&c.phone),
            "$NAME_PREFIX" if opts.is_empty() => plain(&c.prefix),
            "$NAME_PREFIX" => pick(&opts, &c.prefix),
            "$SUBJECT" => plain(l.subject),
            "$MESSAGE" => plain(l.text),
            "$TOPIC" => l
                .topics
                .iter()
                .find_map(|t| pick(&opts, t))
                // No topic of the campaign on the office's list: its "other" choice, if it has one.
                .or_else(|| {
                    opts.iter()
                        .find(|(label, _)| label.to_lowercase().contains("other"))
                        .map(|(_, v)| v.clone())
                }),
            _ => None,
        };
        let Some(mut value) = value else {
            return Err(r.value.clone());
        };
        if let Some(max) = r.maxlength.filter(|m| *m > 0) {
            if value.chars().count() > max {
                // A shortened subject is still the subject; a shortened letter is not the letter.
                if r.value != "$SUBJECT" {
                    return Err(r.value.clone());
                }
                value = value.chars().take(max).collect();
            }
        }
        out.insert(r.value.clone(), value);
    }
    Ok(out)
}

/// Asks the server which fields `bio_id`'s form requires. `Ok(None)`: the server does not know
/// the member (or their form no longer works).
pub async fn required(
    http: &reqwest::Client,
    base: &str,
    bio_id: &str,
) -> Result<Option<Vec<Required>>, Outcome> {
    let url = format!("{}/retrieve-form-elements", base.trim_end_matches('/'));
    let res = http
        .post(url)
        .json(&json!({ "bio_ids": [bio_id] }))
        .send()
        .await
        .map_err(super::network)?;
    let status = res.status();
    let body = super::answer_text(res).await.map_err(Outcome::Retry)?;
    if let Some(o) = super::by_status(status, &body) {
        return Err(o);
    }
    let mut forms: BTreeMap<String, MemberForm> = serde_json::from_str(&body)
        .map_err(|_| Outcome::GiveUp("the form service's answer was not understood".into()))?;
    Ok(forms
        .remove(bio_id)
        .filter(|f| f.defunct != Some(true))
        .map(|f| f.required_actions))
}

/// Fills the form; success, captcha needed (the supporter is gone: hand delivery), or an error.
pub async fn fill_out(
    http: &reqwest::Client,
    base: &str,
    bio_id: &str,
    fields: &BTreeMap<String, String>,
    campaign_tag: &str,
) -> Outcome {
    #[derive(Deserialize)]
    struct Answer {
        status: String,
        #[serde(default)]
        message: Option<String>,
    }
    let url = format!("{}/fill-out-form", base.trim_end_matches('/'));
    let sent = http
        .post(url)
        .json(&json!({ "bio_id": bio_id, "fields": fields, "campaign_tag": campaign_tag }))
        .send()
        .await;
    let res = match sent {
        Ok(r) => r,
        Err(e) => return super::network(e),
    };
    let status = res.status();
    let body = match super::answer_text(res).await {
        Ok(b) => b,
        Err(reason) => return Outcome::Retry(reason),
    };
    if let Some(o) = super::by_status(status, &body) {
        return o;
    }
    match serde_json::from_str::<Answer>(&body) {
        Ok(a) if a.status == "success" => Outcome::Sent,
        Ok(a) if a.status == "captcha_needed" => Outcome::GiveUp("captcha needed".into()),
        Ok(a) => Outcome::GiveUp(super::scrub(&a.message.unwrap_or(a.status))),
        Err(_) => Outcome::GiveUp("the form service's answer was not understood".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(value: &str, options: Option<Value>) -> Required {
        Required {
            value: value.into(),
            maxlength: None,
            options_hash: options,
        }
    }

    #[test]
    fn fields_map_from_the_supporter_and_never_invent() {
        let c = Constituent {
            prefix: "Dr.".into(),
            first_name: "Grace".into(),
            last_name: "Hopper".into(),
            state: "VT".into(),
            zip: "05401-1234".into(),
            ..Constituent::default()
        };
        let topics = vec!["Health Care".to_owned()];
        let l = Letter {
            subject: "Care",
            text: "Dear Senator",
            topics: &topics,
        };
        let form = vec![
            req(
                "$NAME_PREFIX",
                Some(json!({" Mr. ": "Mr.", " Dr. ": "Dr."})),
            ),
            req("$NAME_LAST", None),
            req("$ADDRESS_ZIP5", None),
            req("$ADDRESS_STATE", Some(json!(["VT", "WA"]))),
            req(
                "$TOPIC",
                Some(
                    json!({"Health Care & Social Issues": "HC", "Health Care": "HC2", "*Other*": "O"}),
                ),
            ),
            req("$MESSAGE", None),
        ];
        let f = fill(&form, &c, &l).unwrap();
        assert_eq!(f["$NAME_PREFIX"], "Dr.");
        assert_eq!(f["$ADDRESS_ZIP5"], "05401");
        assert_eq!(f["$ADDRESS_STATE"], "VT");
        assert_eq!(f["$TOPIC"], "HC2");
        assert_eq!(f["$MESSAGE"], "Dear Senator");
        // No phone given: the form is not filled with a made-up one.
        assert_eq!(fill(&[req("$PHONE", None)], &c, &l).unwrap_err(), "$PHONE");
        let mut short = req("$MESSAGE", None);
        short.maxlength = Some(3);
        assert_eq!(fill(&[short], &c, &l).unwrap_err(), "$MESSAGE");
    }
}
