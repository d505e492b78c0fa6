//! A letter campaign: who may write, to which targets, with which template, and how fast letters go out.

use chrono::Timelike;
use serde::{Deserialize, Serialize};

use super::template;
use crate::domain::{country_name, Countries, Country, Slug};

crate::domain::keyword! {
    /// Whether a campaign takes letters: drafts are hidden, closed ones show but take none.
    pub enum CampaignState ("campaign state") {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
    }
}

crate::domain::keyword! {
    /// How a campaign finds the targets a supporter writes to.
    pub enum TargetRule ("target rule") {
        /// The supporter's two US senators (by state).
        UsSenators = "us_senators",
        /// The supporter's US House member (by ZIP code / district).
        UsHouse = "us_house",
        /// The supporter's senators and House member.
        UsCongress = "us_congress",
        /// Every active member of one body in the directory.
        Body = "body",
        /// A fixed list of targets.
        Fixed = "fixed",
    }
}

impl TargetRule {
    /// Whether targets are found from the supporter's US address.
    pub fn needs_us_address(self) -> bool {
        matches!(
            self,
            TargetRule::UsSenators | TargetRule::UsHouse | TargetRule::UsCongress
        )
    }
}

/// A stored word from a TOML file, refused with the form's message for that field.
fn word_or<'de, D, T>(d: D, message: &'static str) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
{
    let word = String::deserialize(d)?;
    word.parse()
        .map_err(|_| serde::de::Error::custom(crate::i18n::t(message)))
}

fn state_word<'de, D: serde::Deserializer<'de>>(d: D) -> Result<CampaignState, D::Error> {
    word_or(d, "campaign-err-state")
}

fn rule_word<'de, D: serde::Deserializer<'de>>(d: D) -> Result<TargetRule, D::Error> {
    word_or(d, "campaign-err-rule")
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct LetterCampaign {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub intro_md: String,
    pub state: CampaignState,
    pub allowed_countries: Countries,
    pub target_rule: TargetRule,
    pub target_body: String,
    pub subjects: String,
    pub template: String,
    pub allow_edit: bool,
    pub max_length: i64,
    pub window_start_hour: i64,
    pub window_end_hour: i64,
    pub time_zone: String,
    pub hourly_cap: i64,
    pub consent_text: String,
    pub locale: String,
    /// Senders must solve a proof-of-work challenge (staff turn it on during an attack).
    pub pow_required: bool,
}

impl LetterCampaign {
    /// What a proof-of-work solution for this campaign is tied to (petitions use their slug; a
    /// colon never appears in a slug, so the two cannot be confused).
    pub fn pow_scope(&self) -> String {
        format!("l:{}", self.slug)
    }

    pub fn is_open(&self) -> bool {
        self.state == CampaignState::Open
    }

    pub fn allowed(&self) -> Vec<&'static str> {
        self.allowed_countries.codes()
    }

    pub fn accepts_country(&self, code: &str) -> bool {
        self.allowed_countries.accepts(code)
    }

    pub fn allowed_names(&self) -> String {
        let names: Vec<&str> = self.allowed().iter().map(|c| country_name(c)).collect();
        crate::i18n::list_and(&names)
    }

    /// Subject lines the supporter may choose from (one per line when stored).
    pub fn subject_list(&self) -> Vec<&str> {
        self.subjects
            .lines()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Whether targets are found from the supporter's US address.
    pub fn needs_us_address(&self) -> bool {
        self.target_rule.needs_us_address()
    }

    pub fn intro_html(&self) -> String {
        crate::text::markdown(&self.intro_md)
    }

    /// Whether letters may be handed to the outbox at `now_ms`, by the campaign's local hours.
    pub fn in_window(&self, now_ms: i64) -> bool {
        let (start, end) = (self.window_start_hour, self.window_end_hour);
        if start <= 0 && end >= 24 {
            return true;
        }
        let tz: chrono_tz::Tz = self.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let Some(utc) = chrono::DateTime::from_timestamp_millis(now_ms) else {
            return false;
        };
        let hour = i64::from(utc.with_timezone(&tz).hour());
        if start <= end {
            (start..end).contains(&hour)
        } else {
            // A window over midnight, e.g. 22 to 6.
            hour >= start || hour < end
        }
    }
}

pub const CAMPAIGN_COLUMNS: &str = "id, slug, title, intro_md, state, allowed_countries, target_rule, \
    target_body, subjects, template, allow_edit, max_length, window_start_hour, window_end_hour, time_zone, hourly_cap, \
    consent_text, locale, pow_required";

fn default_state() -> CampaignState {
    CampaignState::Draft
}
fn default_max_length() -> i64 {
    5000
}
fn default_end_hour() -> i64 {
    24
}
fn default_tz() -> String {
    "UTC".into()
}
fn default_cap() -> i64 {
    30
}
fn default_locale() -> String {
    "en".into()
}

/// The consent sentence of a campaign that gives none, in the campaign's own language.
pub fn default_consent(locale: &str) -> String {
    crate::i18n::Lang::stored(locale).t("letter-consent-default")
}

/// The campaign's title, introduction and consent text in another language (`[[translations]]`
/// in TOML). A language is offered only with its own consent text.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CampaignText {
    pub lang: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub intro: String,
    #[serde(default)]
    pub consent_text: String,
}

impl CampaignText {
    /// Whether it says anything (an empty one removes the language).
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty()
            && self.intro.trim().is_empty()
            && self.consent_text.trim().is_empty()
    }
}

/// A saved translation, as pages show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SavedText {
    pub title: String,
    pub intro_md: String,
    pub consent_text: String,
}

/// A campaign as staff write it (TOML file or the admin form).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignSpec {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub intro: String,
    #[serde(default = "default_state", deserialize_with = "state_word")]
    pub state: CampaignState,
    #[serde(default)]
    pub allowed_countries: Vec<String>,
    #[serde(deserialize_with = "rule_word")]
    pub target_rule: TargetRule,
    #[serde(default)]
    pub target_body: String,
    /// "body/external id" of each target, for the `fixed` rule.
    #[serde(default)]
    pub fixed_targets: Vec<String>,
    pub subjects: Vec<String>,
    pub template: String,
    #[serde(default)]
    pub allow_edit: bool,
    #[serde(default = "default_max_length")]
    pub max_length: i64,
    #[serde(default)]
    pub window_start_hour: i64,
    #[serde(default = "default_end_hour")]
    pub window_end_hour: i64,
    #[serde(default = "default_tz")]
    pub time_zone: String,
    #[serde(default = "default_cap")]
    pub hourly_cap: i64,
    /// Empty: the default sentence in the campaign's language (see `consent`).
    #[serde(default)]
    pub consent_text: String,
    #[serde(default = "default_locale")]
    pub locale: String,
    /// Saved translations are kept unless given again; one with no title and no intro is removed.
    #[serde(default)]
    pub translations: Vec<CampaignText>,
    /// Delivery to Congress; when absent, what was saved before is kept.
    #[serde(default)]
    pub congress: Option<CongressSpec>,
    /// The same three settings may stand at the top of the file too; they win over `[congress]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwc_topics: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwc_campaign_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_mode: Option<bool>,
}

impl CampaignSpec {
    /// The Congress settings the file gives, from `[congress]` and the top-level keys together;
    /// `None` when it gives none (what was saved is kept).
    pub fn congress_settings(&self) -> Option<CongressSpec> {
        let top =
            self.cwc_topics.is_some() || self.cwc_campaign_id.is_some() || self.test_mode.is_some();
        if self.congress.is_none() && !top {
            return None;
        }
        let mut c = self.congress.clone().unwrap_or_default();
        if let Some(topics) = &self.cwc_topics {
            c.cwc_topics.clone_from(topics);
        }
        if let Some(id) = &self.cwc_campaign_id {
            c.cwc_campaign_id.clone_from(id);
        }
        if let Some(test) = self.test_mode {
            c.test_mode = test;
        }
        Some(c)
    }
}

/// How a campaign's letters are described to Communicating with Congress (CWC).
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CongressSpec {
    /// Library of Congress policy areas (CWC's topic list); none: "Government Operations and Politics".
    #[serde(default)]
    pub cwc_topics: Vec<String>,
    /// The campaign's name at CWC; empty: the slug.
    #[serde(default)]
    pub cwc_campaign_id: String,
    /// Deliveries go to CWC's validation and testing endpoints only.
    #[serde(default)]
    pub test_mode: bool,
}

impl CongressSpec {
    fn is_valid(&self) -> bool {
        let line = |s: &str| s.chars().count() <= 100 && !crate::domain::has_control(s);
        self.cwc_topics.len() <= 10
            && self.cwc_topics.iter().all(|t| line(t) && !t.contains(','))
            && line(&self.cwc_campaign_id)
    }
}

impl CampaignSpec {
    /// Every problem with the spec, by field, in plain words (empty when it can be saved).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.congress_settings().is_some_and(|c| !c.is_valid()) {
            out.push(("congress", crate::i18n::t("campaign-err-congress")));
        }
        if let Err(e) = Slug::parse(&self.slug) {
            out.push(("slug", e.to_string()));
        }
        if self.title.trim().is_empty() || self.title.chars().count() > 200 {
            out.push(("title", crate::i18n::t("campaign-err-title")));
        }
        for c in &self.allowed_countries {
            if Country::parse(c).is_err() {
                out.push((
                    "allowed_countries",
                    crate::i18n::ta("spec-err-country", "code", c.as_str()),
                ));
            }
        }
        if self.target_rule.needs_us_address()
            && !self.allowed_countries.is_empty()
            && self.allowed_countries.iter().any(|c| c != "US")
        {
            out.push(("allowed_countries", crate::i18n::t("campaign-err-us-only")));
        }
        if self.target_rule == TargetRule::Body && self.target_body.trim().is_empty() {
            out.push(("target_body", crate::i18n::t("campaign-err-body")));
        }
        if self.target_rule == TargetRule::Fixed && self.fixed_targets.is_empty() {
            out.push(("fixed_targets", crate::i18n::t("campaign-err-fixed")));
        }
        let subjects: Vec<&String> = self
            .subjects
            .iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if subjects.is_empty() {
            out.push(("subjects", crate::i18n::t("campaign-err-subjects")));
        }
        if subjects
            .iter()
            .any(|s| crate::domain::has_control(s) || s.chars().count() > 200)
        {
            out.push(("subjects", crate::i18n::t("campaign-err-subject-lines")));
        }
        if let Err(e) = template::check(&self.template) {
            out.push(("template", e));
        }
        if !(100..=20_000).contains(&self.max_length) {
            out.push(("max_length", crate::i18n::t("campaign-err-max-length")));
        }
        if !(0..=23).contains(&self.window_start_hour)
            || !(1..=24).contains(&self.window_end_hour)
            || self.window_start_hour == self.window_end_hour
        {
            out.push(("window_start_hour", crate::i18n::t("campaign-err-window")));
        }
        if self.time_zone.parse::<chrono_tz::Tz>().is_err() {
            out.push((
                "time_zone",
                crate::i18n::ta("campaign-err-time-zone", "zone", self.time_zone.as_str()),
            ));
        }
        if !(1..=100_000).contains(&self.hourly_cap) {
            out.push(("hourly_cap", crate::i18n::t("campaign-err-cap")));
        }
        if let Err(e) = crate::i18n::Lang::exact(&self.locale) {
            out.push(("locale", e));
        }
        for t in &self.translations {
            if let Err(e) = crate::i18n::Lang::exact(&t.lang) {
                out.push(("translations", e));
            }
            if t.title.chars().count() > 200 {
                out.push((
                    "translations",
                    crate::i18n::t("campaign-err-translation-title"),
                ));
            }
            // As on the staff form: no language is offered without its own consent wording.
            if !t.is_empty() && t.consent_text.trim().is_empty() {
                out.push((
                    "translations",
                    crate::i18n::ta(
                        "spec-err-campaign-translation-consent",
                        "lang",
                        t.lang.as_str(),
                    ),
                ));
            }
        }
        out
    }

    /// The consent sentence supporters tick: the one given, else the default in the campaign's
    /// language (a sentence in another language would not be informed consent).
    pub fn consent(&self) -> String {
        match self.consent_text.trim() {
            "" => default_consent(&self.locale),
            given => given.to_owned(),
        }
    }

    fn subjects_joined(&self) -> String {
        self.subjects
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// "body/external id" pairs of the fixed list.
    pub fn fixed_pairs(&self) -> Vec<(&str, &str)> {
        self.fixed_targets
            .iter()
            .filter_map(|s| s.rsplit_once('/'))
            .map(|(b, e)| (b.trim(), e.trim()))
            .collect()
    }

    pub fn from_campaign(c: &LetterCampaign, fixed: Vec<String>) -> Self {
        CampaignSpec {
            slug: c.slug.clone(),
            title: c.title.clone(),
            intro: c.intro_md.clone(),
            state: c.state,
            allowed_countries: c.allowed().iter().map(|s| s.to_string()).collect(),
            target_rule: c.target_rule,
            target_body: c.target_body.clone(),
            fixed_targets: fixed,
            subjects: c.subject_list().iter().map(|s| s.to_string()).collect(),
            template: c.template.clone(),
            allow_edit: c.allow_edit,
            max_length: c.max_length,
            window_start_hour: c.window_start_hour,
            window_end_hour: c.window_end_hour,
            time_zone: c.time_zone.clone(),
            hourly_cap: c.hourly_cap,
            consent_text: c.consent_text.clone(),
            locale: c.locale.clone(),
            translations: Vec::new(),
            congress: None,
            cwc_topics: None,
            cwc_campaign_id: None,
            test_mode: None,
        }
    }
}

crate::per_engine! {
    pub mod sql {
        use crate::letters::campaign::{CampaignSpec, CampaignText, LetterCampaign, SavedText};

        use crate::letters::campaign::CAMPAIGN_COLUMNS as COLUMNS;

        /// The campaign's CWC settings, if any were saved.
        pub async fn congress_of(pool: &Pool, campaign_id: i64) -> Result<Option<crate::letters::campaign::CongressSpec>, sqlx::Error> {
            let row: Option<(String, String, bool)> = sqlx::query_as(
                "SELECT cwc_topics, cwc_campaign_id, test_mode FROM letter_campaign_congress WHERE campaign_id = $1",
            )
            .bind(campaign_id).fetch_optional(pool).await?;
            Ok(row.map(|(topics, id, test_mode)| crate::letters::campaign::CongressSpec {
                cwc_topics: topics.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect(),
                cwc_campaign_id: id,
                test_mode,
            }))
        }

        pub async fn by_slug(pool: &Pool, slug: &str) -> Result<Option<LetterCampaign>, sqlx::Error> {
            sqlx::query_as::<DB, LetterCampaign>(&format!("SELECT {COLUMNS} FROM letter_campaigns WHERE slug = $1"))
                .bind(slug).fetch_optional(pool).await
        }

        pub async fn by_id(pool: &Pool, id: i64) -> Result<Option<LetterCampaign>, sqlx::Error> {
            sqlx::query_as::<DB, LetterCampaign>(&format!("SELECT {COLUMNS} FROM letter_campaigns WHERE id = $1"))
                .bind(id).fetch_optional(pool).await
        }

        /// The campaign's text in `lang`, if it is offered in it: a translation saved without its
        /// own consent text is not, so its page stays whole in the main language.
        pub async fn translation(pool: &Pool, id: i64, lang: &str) -> Result<Option<SavedText>, sqlx::Error> {
            sqlx::query_as::<DB, SavedText>(
                "SELECT title, intro_md, consent_text FROM letter_campaign_translations \
                 WHERE campaign_id = $1 AND lang = $2 AND TRIM(consent_text) <> ''",
            )
            .bind(id).bind(lang).fetch_optional(pool).await
        }

        /// Every translation of one campaign, offered or not (for staff): each language's text.
        pub async fn translations(pool: &Pool, id: i64) -> Result<Vec<CampaignText>, sqlx::Error> {
            let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT lang, title, intro_md, consent_text FROM letter_campaign_translations \
                 WHERE campaign_id = $1 ORDER BY lang",
            )
            .bind(id).fetch_all(pool).await?;
            Ok(rows
                .into_iter()
                .map(|(lang, title, intro, consent_text)| CampaignText { lang, title, intro, consent_text })
                .collect())
        }

        /// Saves one language's text, or removes the language when it is all empty.
        pub async fn set_translation(pool: &Pool, id: i64, t: &CampaignText, now: i64) -> Result<(), sqlx::Error> {
            put_translation(&mut *pool.acquire().await?, id, t, now).await
        }

        async fn put_translation(
            conn: &mut <DB as sqlx::Database>::Connection,
            id: i64,
            t: &CampaignText,
            now: i64,
        ) -> Result<(), sqlx::Error> {
            if t.is_empty() {
                sqlx::query("DELETE FROM letter_campaign_translations WHERE campaign_id = $1 AND lang = $2")
                    .bind(id).bind(&t.lang).execute(&mut *conn).await?;
                return Ok(());
            }
            sqlx::query(
                "INSERT INTO letter_campaign_translations (campaign_id, lang, title, intro_md, consent_text, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (campaign_id, lang) DO UPDATE SET title = excluded.title, \
                 intro_md = excluded.intro_md, consent_text = excluded.consent_text, updated_at = excluded.updated_at",
            )
            .bind(id).bind(&t.lang).bind(t.title.trim()).bind(&t.intro).bind(t.consent_text.trim()).bind(now)
            .execute(&mut *conn).await?;
            Ok(())
        }

        /// Every campaign's title in `lang` (for the list of campaigns): (campaign id, title), of
        /// the campaigns offered in it.
        pub async fn titles_in(pool: &Pool, lang: &str) -> Result<Vec<(i64, String)>, sqlx::Error> {
            sqlx::query_as("SELECT campaign_id, title FROM letter_campaign_translations WHERE lang = $1 AND TRIM(consent_text) <> ''")
                .bind(lang).fetch_all(pool).await
        }

        pub async fn all(pool: &Pool) -> Result<Vec<LetterCampaign>, sqlx::Error> {
            sqlx::query_as::<DB, LetterCampaign>(&format!("SELECT {COLUMNS} FROM letter_campaigns ORDER BY id DESC"))
                .fetch_all(pool).await
        }

        pub async fn public(pool: &Pool) -> Result<Vec<LetterCampaign>, sqlx::Error> {
            sqlx::query_as::<DB, LetterCampaign>(&format!(
                "SELECT {COLUMNS} FROM letter_campaigns WHERE state = 'open' ORDER BY id DESC LIMIT 50"
            ))
            .fetch_all(pool).await
        }

        /// "body/external id" of each target on the campaign's fixed list.
        pub async fn fixed_names(pool: &Pool, id: i64) -> Result<Vec<String>, sqlx::Error> {
            let rows: Vec<(String, String)> = sqlx::query_as(
                "SELECT t.body, t.external_id FROM targets t JOIN letter_campaign_targets ct ON ct.target_id = t.id \
                 WHERE ct.campaign_id = $1 ORDER BY t.body, t.external_id",
            )
            .bind(id).fetch_all(pool).await?;
            Ok(rows.into_iter().map(|(b, e)| format!("{b}/{e}")).collect())
        }

        /// Inserts or updates (by slug) a campaign and its fixed list. Unknown fixed targets are
        /// reported back, and nothing is saved.
        pub async fn save(pool: &Pool, spec: &CampaignSpec, now: i64) -> Result<Result<i64, Vec<String>>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let mut target_ids = Vec::new();
            let mut unknown = Vec::new();
            for (body, ext) in spec.fixed_pairs() {
                let id: Option<i64> = sqlx::query_scalar("SELECT id FROM targets WHERE body = $1 AND external_id = $2")
                    .bind(body).bind(ext).fetch_optional(&mut *tx).await?;
                match id {
                    Some(id) => target_ids.push(id),
                    None => unknown.push(format!("{body}/{ext}")),
                }
            }
            if !unknown.is_empty() {
                return Ok(Err(unknown));
            }
            let subjects = spec.subjects_joined();
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO letter_campaigns (slug, title, intro_md, state, allowed_countries, target_rule, target_body, \
                 subjects, template, allow_edit, max_length, window_start_hour, window_end_hour, time_zone, hourly_cap, \
                 consent_text, locale, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) \
                 ON CONFLICT (slug) DO UPDATE SET title = excluded.title, intro_md = excluded.intro_md, state = excluded.state, \
                 allowed_countries = excluded.allowed_countries, target_rule = excluded.target_rule, \
                 target_body = excluded.target_body, subjects = excluded.subjects, template = excluded.template, \
                 allow_edit = excluded.allow_edit, max_length = excluded.max_length, \
                 window_start_hour = excluded.window_start_hour, window_end_hour = excluded.window_end_hour, \
                 time_zone = excluded.time_zone, hourly_cap = excluded.hourly_cap, consent_text = excluded.consent_text, \
                 locale = excluded.locale, updated_at = excluded.updated_at RETURNING id",
            )
            .bind(&spec.slug).bind(spec.title.trim()).bind(&spec.intro).bind(spec.state)
            .bind(spec.allowed_countries.iter().map(|c| c.trim().to_uppercase()).collect::<Vec<_>>().join(","))
            .bind(spec.target_rule).bind(spec.target_body.trim()).bind(&subjects).bind(&spec.template)
            .bind(spec.allow_edit).bind(spec.max_length).bind(spec.window_start_hour).bind(spec.window_end_hour)
            .bind(&spec.time_zone).bind(spec.hourly_cap).bind(spec.consent()).bind(&spec.locale).bind(now)
            .fetch_one(&mut *tx).await?;
            sqlx::query("DELETE FROM letter_campaign_targets WHERE campaign_id = $1").bind(id).execute(&mut *tx).await?;
            for t in target_ids {
                sqlx::query("INSERT INTO letter_campaign_targets (campaign_id, target_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id).bind(t).execute(&mut *tx).await?;
            }
            for t in &spec.translations {
                put_translation(&mut tx, id, t, now).await?;
            }
            if let Some(c) = &spec.congress_settings() {
                let topics: Vec<&str> = c.cwc_topics.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
                sqlx::query(
                    "INSERT INTO letter_campaign_congress (campaign_id, cwc_topics, cwc_campaign_id, test_mode) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (campaign_id) DO UPDATE SET cwc_topics = excluded.cwc_topics, \
                     cwc_campaign_id = excluded.cwc_campaign_id, test_mode = excluded.test_mode",
                )
                .bind(id).bind(topics.join(",")).bind(c.cwc_campaign_id.trim()).bind(c.test_mode)
                .execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Ok(id))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign(start: i64, end: i64, tz: &str) -> LetterCampaign {
        LetterCampaign {
            id: 1,
            slug: "x".into(),
            title: "x".into(),
            intro_md: String::new(),
            state: CampaignState::Open,
            allowed_countries: Countries::parse("US").unwrap(),
            target_rule: TargetRule::UsSenators,
            target_body: String::new(),
            subjects: "a\nb".into(),
            template: String::new(),
            allow_edit: false,
            max_length: 5000,
            window_start_hour: start,
            window_end_hour: end,
            time_zone: tz.into(),
            hourly_cap: 30,
            consent_text: "ok".into(),
            locale: "en".into(),
            pow_required: false,
        }
    }

    #[test]
    fn sending_window_uses_local_hours() {
        // 2026-11-23 14:00 UTC is 09:00 in New York (EST, UTC-5).
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-23T14:00:00Z")
            .unwrap()
            .timestamp_millis();
        assert!(campaign(9, 17, "America/New_York").in_window(t));
        assert!(!campaign(10, 17, "America/New_York").in_window(t));
        assert!(campaign(0, 24, "UTC").in_window(t));
        assert!(campaign(22, 10, "America/New_York").in_window(t));
        assert!(!campaign(22, 6, "America/New_York").in_window(t));
        assert_eq!(campaign(0, 24, "UTC").subject_list(), vec!["a", "b"]);
    }

    #[test]
    fn campaign_states_and_target_rules_round_trip_through_their_stored_words() {
        assert_eq!(CampaignState::WORDS, ["draft", "open", "closed"]);
        for s in CampaignState::ALL {
            assert_eq!(s.as_str().parse::<CampaignState>(), Ok(*s));
        }
        assert_eq!(
            TargetRule::WORDS,
            ["us_senators", "us_house", "us_congress", "body", "fixed"]
        );
        for r in TargetRule::ALL {
            assert_eq!(r.as_str().parse::<TargetRule>(), Ok(*r));
            assert_eq!(r.needs_us_address(), r.as_str().starts_with("us_"));
        }
        let err = "senators".parse::<TargetRule>().unwrap_err();
        assert!(err
            .to_string()
            .contains(r#"unknown target rule "senators""#));
        assert!("Open".parse::<CampaignState>().is_err());
    }

    #[test]
    fn a_campaign_file_with_an_unknown_rule_is_refused_with_the_rule_message() {
        let err = toml::from_str::<CampaignSpec>(
            "slug = 'x'\ntitle = 'x'\ntarget_rule = 'mayor'\nsubjects = []\ntemplate = ''",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains(&crate::i18n::t("campaign-err-rule")),
            "{err}"
        );
    }

    #[test]
    fn congress_settings_read_at_the_top_of_the_file_or_in_their_table() {
        let base = "slug = 'x'\ntitle = 'x'\ntarget_rule = 'us_senators'\nsubjects = ['s']\ntemplate = 't'\n";
        let top: CampaignSpec = toml::from_str(&format!(
            "{base}cwc_topics = ['Health']\ncwc_campaign_id = 'c1'\ntest_mode = true\n"
        ))
        .unwrap();
        let c = top.congress_settings().unwrap();
        assert_eq!(
            (c.cwc_topics, c.cwc_campaign_id, c.test_mode),
            (vec!["Health".to_owned()], "c1".to_owned(), true)
        );
        let table: CampaignSpec =
            toml::from_str(&format!("{base}[congress]\ncwc_topics = ['Health']\n")).unwrap();
        assert_eq!(table.congress_settings().unwrap().cwc_topics, ["Health"]);
        let none: CampaignSpec = toml::from_str(base).unwrap();
        assert!(none.congress_settings().is_none());
    }
}
