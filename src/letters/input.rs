//! The supporter's letter form (HTML or JSON) as typed, and its checked form.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::campaign::LetterCampaign;
use crate::abuse::FormProof;
use crate::config::Settings;
use crate::domain::{has_control, Country, PersonName, Postcode, SignerEmail};
use crate::http::FieldErrors;

/// What the supporter typed, kept as typed so a rejected form comes back filled in.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub country: String,
    /// The US state (USPS code) of a US address; optional when the ZIP code gives it.
    #[serde(default)]
    pub state: String,
    /// The supporter's pick when their ZIP code spans districts or states ("NY-10", "NY").
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub personal_message: String,
    /// Index into the campaign's subject lines.
    #[serde(default)]
    pub subject: usize,
    /// Edited letter text by target id (only when the campaign allows editing).
    #[serde(default)]
    pub bodies: BTreeMap<i64, String>,
    #[serde(default)]
    pub consent: bool,
    /// The supporter was told, with the consent text, that their details may be passed to the
    /// organisation's own systems (the wording `consent-webhooks`). Only then do webhook
    /// endpoints allowed personal fields receive their name and email address.
    #[serde(default)]
    pub sharing_notice: bool,
    /// How to address the supporter (`Mr.`, `Mrs.`, `Ms.`, `Mx.`, `Dr.`, `Rev.`): Communicating
    /// with Congress requires it for letters it delivers.
    #[serde(default)]
    pub prefix: String,
    /// Optional; some offices' contact forms require one.
    #[serde(default)]
    pub phone: String,
}

/// "Grace Brewster Hopper" → ("Grace Brewster", "Hopper"): split at the last space, as CWC and the
/// offices' forms get it. A single word is the last name too, so neither is empty.
pub fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    match name.rsplit_once(' ') {
        Some((first, last)) => (first.trim().to_owned(), last.trim().to_owned()),
        None => (name.to_owned(), name.to_owned()),
    }
}

/// The forms of address offices of Congress take.
pub const PREFIXES: [&str; 6] = ["Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Rev."];

impl LetterInput {
    /// From the HTML form's pairs: `body_<target id>` fields carry edited letters; the honeypot
    /// (`website`) and the signed time the form was served (`issued`) come back apart.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> (Self, FormProof) {
        let mut input = LetterInput::default();
        let mut proof = FormProof::default();
        for (k, v) in pairs {
            match k.as_str() {
                "website" => proof.honeypot = v,
                "issued" => proof.stamp = v,
                "pow" => proof.pow = v,
                "name" => input.name = v,
                "email" => input.email = v,
                "address" => input.address = v,
                "city" => input.city = v,
                "postcode" => input.postcode = v,
                "country" => input.country = v,
                "state" => input.state = v,
                "district" => input.district = v,
                "personal_message" => input.personal_message = v,
                "subject" => input.subject = v.trim().parse().unwrap_or(usize::MAX),
                "consent" => input.consent = true,
                "sharing_notice" => input.sharing_notice = true,
                "prefix" => input.prefix = v,
                "phone" => input.phone = v,
                other => {
                    if let Some(id) = other.strip_prefix("body_").and_then(|i| i.parse().ok()) {
                        input.bodies.insert(id, v);
                    }
                }
            }
        }
        (input, proof)
    }
}

/// The supporter's details, checked.
#[derive(Debug, Clone)]
pub struct Supporter {
    pub name: PersonName,
    pub email: SignerEmail,
    pub address: String,
    pub city: String,
    pub postcode: Option<Postcode>,
    pub country: Country,
    /// The US state (USPS code) the supporter gave, or empty.
    pub state: String,
    pub personal_message: String,
    /// One of `PREFIXES`, or empty.
    pub prefix: String,
    /// Digits and `+ - ( ) .` spaces, or empty.
    pub phone: String,
}

fn line(
    raw: &str,
    field: &'static str,
    empty: &str,
    max: usize,
    errors: &mut FieldErrors,
) -> String {
    let v = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if v.is_empty() {
        errors.add(field, empty);
    } else if v.chars().count() > max {
        errors.add(field, crate::i18n::ta("err-too-long", "max", max));
    } else if has_control(raw.trim()) {
        errors.add(field, "err-chars");
    }
    v
}

/// The form of address and the phone number, on the letters' step where they are asked.
pub fn check_contact(s: &Supporter, errors: &mut FieldErrors) {
    if !s.prefix.is_empty() && !PREFIXES.contains(&s.prefix.as_str()) {
        errors.add("prefix", "err-prefix");
    }
    let digits = s.phone.chars().filter(char::is_ascii_digit).count();
    if !s.phone.is_empty()
        && (!(7..=15).contains(&digits)
            || s.phone.chars().count() > 25
            || !s
                .phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c)))
    {
        errors.add("phone", "err-phone");
    }
}

/// Multi-line text: CRLF to LF, no control characters except newlines and tabs, no
/// noncharacters (a letter to Congress travels as XML, which cannot carry U+FFFE or U+FFFF).
pub fn clean_text(raw: &str, max: usize) -> Result<String, String> {
    let text = super::template::normalise(raw);
    if text.chars().count() > max {
        return Err(crate::i18n::ta("err-too-long", "max", max));
    }
    if text
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || crate::domain::is_noncharacter(c))
    {
        return Err(crate::i18n::t("err-chars"));
    }
    Ok(text)
}

impl LetterInput {
    /// Checks who is writing and from where; the letters themselves are checked later.
    pub fn supporter(
        &self,
        campaign: &LetterCampaign,
        settings: &Settings,
    ) -> Result<Supporter, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = PersonName::parse(&self.name)
            .map_err(|e| errors.add("name", e))
            .ok();
        let email = SignerEmail::parse(&self.email, &settings.canonical_email)
            .map_err(|e| errors.add("email", e))
            .ok();
        let address = line(
            &self.address,
            "address",
            "err-address-empty",
            200,
            &mut errors,
        );
        let city = line(&self.city, "city", "err-city-empty", 100, &mut errors);
        let country = Country::parse(&self.country)
            .map_err(|e| errors.add("country", e))
            .ok();
        if let Some(c) = country {
            if !campaign.accepts_country(c.code()) {
                errors.add(
                    "country",
                    crate::i18n::ta(
                        "err-campaign-residents",
                        "countries",
                        campaign.allowed_names(),
                    ),
                );
            }
        }
        // Only a US address has a state; an unknown code is refused rather than printed.
        let state = self.state.trim().to_uppercase();
        let state = match country {
            Some(c) if c.code() == "US" && !state.is_empty() => {
                if super::places::state_name(&state) == state {
                    errors.add("state", "err-state");
                }
                state
            }
            _ => String::new(),
        };
        let postcode = match country {
            _ if self.postcode.trim().is_empty() => {
                if campaign.needs_us_address() {
                    errors.add("postcode", "err-zip-empty");
                }
                None
            }
            None => None,
            Some(c) => Postcode::parse(&self.postcode, c)
                .map_err(|e| errors.add("postcode", e))
                .ok(),
        };
        let personal_message = clean_text(&self.personal_message, 2_000)
            .map_err(|e| errors.add("personal_message", e))
            .unwrap_or_default();
        // Checked with the letters (`check_contact`), where the fields are.
        let prefix = self.prefix.trim().to_owned();
        let phone = self.phone.split_whitespace().collect::<Vec<_>>().join(" ");
        match (name, email, country) {
            (Some(name), Some(email), Some(country)) if errors.is_empty() => Ok(Supporter {
                prefix,
                phone,
                name,
                email,
                address,
                city,
                postcode,
                country,
                state,
                personal_message,
            }),
            _ => Err(errors),
        }
    }
}
