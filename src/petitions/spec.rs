//! A petition as written in a TOML file for `chorus petition create|update --file`.

use chrono::DateTime;
use serde::Deserialize;

use crate::domain::{Country, Slug};
use crate::petitions::{DeliveryFields, PetitionState};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PetitionSpec {
    pub slug: String,
    pub title: String,
    pub target: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub body: String,
    #[serde(default = "default_goal")]
    pub goal: i64,
    #[serde(default = "default_state", deserialize_with = "state_word")]
    pub state: PetitionState,
    /// RFC 3339, e.g. "2026-12-01T00:00:00Z".
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    /// ISO codes; empty means everyone may sign.
    #[serde(default)]
    pub allowed_countries: Vec<String>,
    #[serde(default)]
    pub postcode_required: bool,
    #[serde(default = "default_consent")]
    pub consent_text: String,
    #[serde(default = "default_locale")]
    pub locale: String,
    /// What the delivery file gives the target: only what the consent text names
    /// (default name and country).
    #[serde(default)]
    pub delivery_fields: DeliveryFields,
    /// The text in other languages: `[[translations]]` with `lang`, `title`, `target`,
    /// `summary`, `body_md` and `consent_text`; empty fields fall back to the main language.
    #[serde(default)]
    pub translations: Vec<crate::petitions::model::PetitionText>,
    /// An image file (JPEG, PNG or WebP), relative to the TOML file; re-encoded like an upload.
    #[serde(default)]
    pub image: Option<String>,
    /// What the image shows, in the main language (`image_alt` in `[[translations]]` for others).
    #[serde(default)]
    pub image_alt: Option<String>,
}

fn default_goal() -> i64 {
    1000
}
fn default_state() -> PetitionState {
    PetitionState::Draft
}

/// A state word from the file, refused with the list of valid ones.
fn state_word<'de, D: serde::Deserializer<'de>>(d: D) -> Result<PetitionState, D::Error> {
    let word = String::deserialize(d)?;
    word.parse().map_err(|_| {
        serde::de::Error::custom(crate::i18n::ta(
            "spec-err-state",
            "states",
            PetitionState::WORDS.join(", "),
        ))
    })
}
fn default_locale() -> String {
    "en".into()
}
pub fn default_consent() -> String {
    "I agree that my name and country are passed to the petition's target, and that my details are kept until the petition is delivered.".into()
}

/// The fields a delivery file can hold, in the order it holds them.
impl PetitionSpec {
    pub fn from_toml(text: &str) -> anyhow::Result<Self> {
        let mut spec: PetitionSpec = toml::from_str(text)?;
        spec.check()?;
        spec.allowed_countries = spec
            .allowed_countries
            .iter()
            .map(|c| c.trim().to_ascii_uppercase())
            .collect();
        Ok(spec)
    }

    pub fn check(&self) -> anyhow::Result<()> {
        match self.problems().into_iter().next() {
            Some((field, message)) => anyhow::bail!("{field}: {message}"),
            None => Ok(()),
        }
    }

    /// Every problem, by field, for forms that show each next to its input.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Err(e) = Slug::parse(&self.slug) {
            out.push(("slug", e));
        }
        if self.title.trim().is_empty() || self.title.chars().count() > 300 {
            out.push(("title", crate::i18n::t("spec-err-title")));
        }
        if self.target.trim().is_empty() {
            out.push(("target", crate::i18n::t("spec-err-target")));
        }
        if self.goal <= 0 {
            out.push(("goal", crate::i18n::t("spec-err-goal")));
        }
        if self.consent_text.trim().is_empty() {
            out.push(("consent_text", crate::i18n::t("spec-err-consent")));
        }
        for c in &self.allowed_countries {
            if Country::parse(c).is_err() {
                out.push((
                    "allowed_countries",
                    crate::i18n::ta("spec-err-country", "code", c.as_str()),
                ));
            }
        }
        if self.delivery_fields.is_empty() {
            out.push(("delivery_fields", delivery_fields_error()));
        }
        if let Err(e) = crate::i18n::Lang::exact(&self.locale) {
            out.push(("locale", e));
        }
        for t in &self.translations {
            if let Err(e) = crate::i18n::Lang::exact(&t.lang) {
                out.push(("translations", e));
            }
            // As on the staff form: no language is offered without its own consent wording.
            if t.consent_text.trim().is_empty() {
                out.push((
                    "translations",
                    crate::i18n::ta("spec-err-translation-consent", "lang", t.lang.as_str()),
                ));
            }
        }
        if let Err(e) = self.opens_at_checked() {
            out.push(("opens_at", e.to_string()));
        }
        if let Err(e) = self.closes_at_checked() {
            out.push(("closes_at", e.to_string()));
        }
        out
    }

    fn opens_at_checked(&self) -> anyhow::Result<Option<i64>> {
        parse_time(self.opens_at.as_deref())
    }
    fn closes_at_checked(&self) -> anyhow::Result<Option<i64>> {
        parse_time(self.closes_at.as_deref())
    }
    pub fn opens_at_ms(&self) -> Option<i64> {
        self.opens_at_checked().ok().flatten()
    }
    pub fn closes_at_ms(&self) -> Option<i64> {
        self.closes_at_checked().ok().flatten()
    }
}

fn parse_time(s: Option<&str>) -> anyhow::Result<Option<i64>> {
    s.map(|s| {
        DateTime::parse_from_rfc3339(s)
            .map(|t| t.timestamp_millis())
            .map_err(|e| anyhow::anyhow!("'{s}' is not an RFC 3339 time: {e}"))
    })
    .transpose()
}

/// "Name, country" as typed (or a stored list) to the field keys: trimmed, lower-case, each once.
/// The staff-facing message for a list of delivery fields that is empty or names an unknown one.
pub fn delivery_fields_error() -> String {
    crate::i18n::ta(
        "spec-err-delivery-fields",
        "fields",
        crate::petitions::DeliveryField::WORDS.join(", "),
    )
}
