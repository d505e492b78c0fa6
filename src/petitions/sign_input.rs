//! The sign form (HTML or JSON) parsed into a signature, or every problem keyed by field.

use serde::{Deserialize, Serialize};

use super::Petition;
use crate::config::Settings;
use crate::domain::{Country, PersonName, Postcode, SignerEmail};
use crate::http::FieldErrors;

/// What the person typed, kept as typed so a rejected form comes back filled in.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SignInput {
    pub name: String,
    pub email: String,
    pub country: String,
    pub postcode: String,
    pub comment: String,
    pub show_name: bool,
    pub consent: bool,
    pub newsletter: bool,
    /// The form said the details may be passed to the organisation's own systems.
    pub sharing_notice: bool,
}

/// The HTML form: unticked checkboxes are simply absent.
#[derive(Debug, Deserialize)]
pub struct SignForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub comment: String,
    pub show_name: Option<String>,
    pub consent: Option<String>,
    pub newsletter: Option<String>,
    /// Sent (hidden) when the consent text carried the sharing notice.
    pub sharing_notice: Option<String>,
    /// The honeypot: hidden from people, filled in by naive bots.
    #[serde(default)]
    pub website: String,
    /// When the form was served (signed by the server).
    #[serde(default)]
    pub issued: String,
    /// The proof-of-work solution (filled in by /static/pow.js when the petition asks for it).
    #[serde(default)]
    pub pow: String,
    /// Where the signer came from: a share link's `src` code or an embedding partner.
    #[serde(default)]
    pub source: String,
    /// The address a suggestion for a mistyped email domain was shown for: sent back unchanged,
    /// it is taken as typed.
    #[serde(default)]
    pub email_checked: String,
}

/// A source code as recorded: letters, digits and `._:-`, at most 60 characters; anything else is dropped.
pub fn parse_source(raw: &str) -> Option<String> {
    let s = raw.trim();
    let ok = !s.is_empty()
        && s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._:-".contains(c));
    ok.then(|| s.to_owned())
}

impl From<SignForm> for SignInput {
    fn from(f: SignForm) -> Self {
        SignInput {
            name: f.name,
            email: f.email,
            country: f.country,
            postcode: f.postcode,
            comment: f.comment,
            show_name: f.show_name.is_some(),
            consent: f.consent.is_some(),
            newsletter: f.newsletter.is_some(),
            sharing_notice: f.sharing_notice.is_some(),
        }
    }
}

/// The JSON API body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignJson {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub show_name: bool,
    #[serde(default)]
    pub consent: bool,
    #[serde(default)]
    pub newsletter: bool,
    /// The signer was told, with the consent text, that their details may be passed to the
    /// organisation's own systems (the wording `consent-webhooks`). Only then do webhook
    /// endpoints allowed personal fields receive their name, email address and postcode.
    #[serde(default)]
    pub sharing_notice: bool,
}

impl From<SignJson> for SignInput {
    fn from(j: SignJson) -> Self {
        SignInput {
            name: j.name,
            email: j.email,
            country: j.country,
            postcode: j.postcode.unwrap_or_default(),
            comment: j.comment.unwrap_or_default(),
            show_name: j.show_name,
            consent: j.consent,
            newsletter: j.newsletter,
            sharing_notice: j.sharing_notice,
        }
    }
}

/// A signature that passed every rule.
#[derive(Debug, Clone)]
pub struct ValidSignature {
    pub name: PersonName,
    pub email: SignerEmail,
    pub country: Country,
    pub postcode: Option<Postcode>,
    pub comment: Option<String>,
    pub show_name: bool,
    pub newsletter: bool,
    pub sharing_notice: bool,
}

impl SignInput {
    pub fn parse(
        &self,
        petition: &Petition,
        settings: &Settings,
    ) -> Result<ValidSignature, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = PersonName::parse(&self.name)
            .map_err(|e| errors.add("name", e))
            .ok();
        let email = SignerEmail::parse(&self.email, &settings.canonical_email)
            .map_err(|e| errors.add("email", e))
            .ok();
        let country = Country::parse(&self.country)
            .map_err(|e| errors.add("country", e))
            .ok();
        if let Some(c) = country {
            if !petition.accepts_country(c.code()) {
                errors.add(
                    "country",
                    crate::i18n::ta("err-residents-only", "countries", petition.allowed_names()),
                );
            }
        }
        let postcode = match (self.postcode.trim().is_empty(), country) {
            (true, _) if petition.postcode_required => {
                errors.add("postcode", "err-postcode-empty");
                None
            }
            (true, _) | (false, None) => None,
            (false, Some(c)) => Postcode::parse(&self.postcode, c)
                .map_err(|e| errors.add("postcode", e))
                .ok(),
        };
        let comment = parse_comment(&self.comment, settings.signing.max_comment_chars)
            .map_err(|e| errors.add("comment", e))
            .ok();
        if !self.consent {
            errors.add("consent", "err-consent");
        }
        match (name, email, country, comment) {
            (Some(name), Some(email), Some(country), Some(comment)) if errors.is_empty() => {
                Ok(ValidSignature {
                    name,
                    email,
                    country,
                    postcode,
                    comment,
                    show_name: self.show_name,
                    newsletter: self.newsletter,
                    sharing_notice: self.sharing_notice,
                })
            }
            _ => Err(errors),
        }
    }
}

fn parse_comment(raw: &str, max: usize) -> Result<Option<String>, String> {
    let comment = raw.replace("\r\n", "\n");
    let comment = comment.trim();
    if comment.is_empty() {
        return Ok(None);
    }
    if comment.chars().count() > max {
        return Err(crate::i18n::ta("err-comment-long", "max", max));
    }
    if comment
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("err-comment-chars".into());
    }
    Ok(Some(comment.to_owned()))
}
