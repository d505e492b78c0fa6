//! An event as written in a TOML file for `chorus events save --file`, checked into a
//! [`ValidEvent`] (every problem named, so the file can be corrected in one go).

use chrono::DateTime;
use serde::Deserialize;

use super::model::{EventState, EventText};
use crate::domain::Slug;
use crate::i18n::{t, ta};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub body: String,
    #[serde(default = "default_locale")]
    pub locale: String,
    /// RFC 3339, e.g. "2036-01-15T15:00:00+01:00".
    pub starts_at: String,
    pub ends_at: String,
    /// The organisers' IANA zone, e.g. "Europe/Zurich".
    pub time_zone: String,
    /// Zones the page lists too: "America/New_York", or with a label, "Geneva=Europe/Zurich".
    #[serde(default)]
    pub show_zones: Vec<String>,
    #[serde(default)]
    pub online: bool,
    pub join_url: Option<String>,
    pub address: Option<String>,
    pub map_url: Option<String>,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub organisers: Vec<String>,
    pub capacity: Option<i64>,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    /// A petition's slug, linked from the page.
    pub petition: Option<String>,
    /// A letter campaign's slug, linked from the page.
    pub letters: Option<String>,
    #[serde(default = "default_state")]
    pub state: String,
    #[serde(default)]
    pub translations: Vec<EventText>,
    /// The recording, linked from the follow-up email after the event.
    #[serde(default)]
    pub recording_url: Option<String>,
    /// The registration form asks for the same proof of work as a petition under attack.
    #[serde(default)]
    pub pow_required: bool,
}

fn default_locale() -> String {
    "en".into()
}
fn default_state() -> String {
    "draft".into()
}

/// An event that passed every rule, ready to store.
#[derive(Debug, Clone)]
pub struct ValidEvent {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub locale: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub zones: Vec<(String, String)>,
    pub online: bool,
    pub join_url: Option<String>,
    pub address: Option<String>,
    pub map_url: Option<String>,
    pub price: String,
    pub audience: String,
    pub organisers: Vec<String>,
    pub capacity: Option<i64>,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub petition: Option<String>,
    pub letters: Option<String>,
    pub state: EventState,
    pub translations: Vec<EventText>,
    pub recording_url: Option<String>,
    pub pow_required: bool,
}

/// Limits on what a file or the staff form may hold: pages and emails stay readable, and no field
/// grows without bound.
pub const MAX_ZONES: usize = 12;
pub const MAX_ORGANISERS: usize = 20;
const MAX_NAME: usize = 200;
const MAX_TITLE: usize = 300;
const MAX_SUMMARY: usize = 1_000;
const MAX_BODY: usize = 100_000;
const MAX_LINE: usize = 500;
const MAX_URL: usize = 2_000;

/// Every problem found, each by the field it belongs to (the form shows it there, the command
/// line prints "field: problem").
pub type Problems = Vec<(&'static str, String)>;

/// A text field: at most `max` characters, no control characters (line breaks only where
/// `lines`, in Markdown and summaries).
fn text(field: &'static str, s: &str, max: usize, lines: bool, out: &mut Problems) {
    if s.chars().count() > max {
        out.push((field, ta("event-err-too-long", "max", max as i64)));
    }
    if s.chars()
        .any(|c| c.is_control() && !(lines && matches!(c, '\n' | '\r' | '\t')))
    {
        out.push((field, t("event-err-control")));
    }
}

/// An `https://` or `http://` link, stored as parsed (so what is kept is what was checked).
fn link(field: &'static str, raw: &Option<String>, out: &mut Problems) -> Option<String> {
    let s = raw.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
    match url::Url::parse(s) {
        Ok(u)
            if matches!(u.scheme(), "https" | "http")
                && u.host_str().is_some_and(|h| !h.is_empty())
                && u.username().is_empty()
                && u.password().is_none()
                && s.len() <= MAX_URL
                && !s.chars().any(char::is_control) =>
        {
            Some(u.to_string())
        }
        _ => {
            out.push((field, t("event-err-link")));
            None
        }
    }
}

fn moment(field: &'static str, raw: &str, out: &mut Problems) -> Option<i64> {
    match DateTime::parse_from_rfc3339(raw.trim()) {
        Ok(t) => Some(t.timestamp_millis()),
        Err(_) => {
            out.push((field, ta("event-err-moment", "value", raw.trim())));
            None
        }
    }
}

/// "Geneva=Europe/Zurich" → ("Geneva", zone); "America/New_York" → ("New York", zone).
pub fn zone_entry(raw: &str) -> Option<(String, String)> {
    let (label, zone) = match raw.split_once('=') {
        Some((l, z)) => (l.trim().to_owned(), z.trim()),
        None => (String::new(), raw.trim()),
    };
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    let label = if label.is_empty() {
        super::zones::city(tz.name())
    } else {
        label
    };
    Some((label, tz.name().to_owned()))
}

/// A slug to link, if any.
fn slug_of(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl EventSpec {
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The one set of rules for events, from a file or from the staff form.
    pub fn validate(&self) -> Result<ValidEvent, Problems> {
        let mut out = Problems::new();
        if let Err(e) = Slug::parse(&self.slug) {
            out.push(("slug", e));
        }
        if self.title.trim().is_empty() || self.title.chars().count() > MAX_TITLE {
            out.push(("title", t("spec-err-title")));
        }
        text("title", &self.title, MAX_TITLE, false, &mut out);
        text("summary", &self.summary, MAX_SUMMARY, true, &mut out);
        text("body", &self.body, MAX_BODY, true, &mut out);
        if let Err(e) = crate::i18n::Lang::exact(&self.locale) {
            out.push(("locale", e));
        }
        let starts_at = moment("starts_at", &self.starts_at, &mut out);
        let ends_at = moment("ends_at", &self.ends_at, &mut out);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if e <= s {
                out.push(("ends_at", t("event-err-ends")));
            }
        }
        let time_zone = self.time_zone.trim().parse::<chrono_tz::Tz>().ok();
        if time_zone.is_none() {
            out.push((
                "time_zone",
                ta("event-err-zone", "zone", self.time_zone.trim()),
            ));
        }
        if self.show_zones.len() > MAX_ZONES {
            out.push(("show_zones", ta("event-err-count", "max", MAX_ZONES as i64)));
        }
        let mut zones = Vec::new();
        for z in self.show_zones.iter().take(MAX_ZONES) {
            text("show_zones", z, MAX_NAME, false, &mut out);
            match zone_entry(z) {
                Some(entry) => zones.push(entry),
                None => out.push(("show_zones", ta("event-err-zone", "zone", z.trim()))),
            }
        }
        let join_url = link("join_url", &self.join_url, &mut out);
        let map_url = link("map_url", &self.map_url, &mut out);
        let recording_url = link("recording_url", &self.recording_url, &mut out);
        let address = self
            .address
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if let Some(a) = address {
            text("address", a, MAX_LINE, false, &mut out);
        }
        if !self.online && address.is_none() {
            out.push(("address", t("event-err-address")));
        }
        text("price", &self.price, MAX_NAME, false, &mut out);
        text("audience", &self.audience, MAX_LINE, false, &mut out);
        if self.capacity.is_some_and(|c| !(0..=1_000_000).contains(&c)) {
            out.push(("capacity", t("event-err-capacity")));
        }
        let opens = self
            .registration_opens_at
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .and_then(|r| moment("registration_opens_at", r, &mut out));
        let closes = self
            .registration_closes_at
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .and_then(|r| moment("registration_closes_at", r, &mut out));
        if let (Some(o), Some(c)) = (opens, closes) {
            if c <= o {
                out.push(("registration_closes_at", t("event-err-closes")));
            }
        }
        let state = match self.state.trim().parse::<EventState>() {
            Ok(s) => Some(s),
            Err(_) => {
                out.push((
                    "state",
                    ta("event-err-state", "states", EventState::WORDS.join(", ")),
                ));
                None
            }
        };
        if self.translations.len() > crate::i18n::LANGS.len() {
            out.push((
                "translations",
                ta("event-err-count", "max", crate::i18n::LANGS.len() as i64),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for tr in &self.translations {
            if let Err(e) = crate::i18n::Lang::exact(&tr.lang) {
                out.push(("translations", e));
            } else if !seen.insert(tr.lang.as_str()) || tr.lang == self.locale {
                out.push((
                    "translations",
                    ta("event-err-translation-twice", "lang", tr.lang.as_str()),
                ));
            }
            text("translations", &tr.title, MAX_TITLE, false, &mut out);
            text("translations", &tr.summary, MAX_SUMMARY, true, &mut out);
            text("translations", &tr.body_md, MAX_BODY, true, &mut out);
        }
        let organisers: Vec<String> = self
            .organisers
            .iter()
            .map(|o| o.trim().to_owned())
            .filter(|o| !o.is_empty())
            .collect();
        if organisers.len() > MAX_ORGANISERS {
            out.push((
                "organisers",
                ta("event-err-count", "max", MAX_ORGANISERS as i64),
            ));
        }
        for o in &organisers {
            text("organisers", o, MAX_NAME, false, &mut out);
        }
        for (field, s) in [("petition", &self.petition), ("letters", &self.letters)] {
            if let Some(s) = slug_of(s) {
                if let Err(e) = Slug::parse(&s) {
                    out.push((field, e));
                }
            }
        }
        // One problem per field is enough to show, in the order found.
        let mut fields = std::collections::HashSet::new();
        out.retain(|(field, _)| fields.insert(*field));
        match (starts_at, ends_at, state, time_zone) {
            (Some(starts_at), Some(ends_at), Some(state), Some(tz)) if out.is_empty() => {
                Ok(ValidEvent {
                    slug: self.slug.clone(),
                    title: self.title.trim().to_owned(),
                    summary: self.summary.trim().to_owned(),
                    body: self.body.replace("\r\n", "\n"),
                    locale: self.locale.clone(),
                    starts_at,
                    ends_at,
                    time_zone: tz.name().to_owned(),
                    zones,
                    online: self.online,
                    join_url,
                    address: address.map(str::to_owned),
                    map_url,
                    price: self.price.trim().to_owned(),
                    audience: self.audience.trim().to_owned(),
                    organisers,
                    capacity: self.capacity,
                    registration_opens_at: opens,
                    registration_closes_at: closes,
                    petition: slug_of(&self.petition),
                    letters: slug_of(&self.letters),
                    state,
                    translations: self.translations.clone(),
                    recording_url,
                    pow_required: self.pow_required,
                })
            }
            _ => Err(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EventSpec;

    const BASE: &str = r#"
slug = "side-event"
title = "Side event"
starts_at = "2036-01-15T15:00:00+01:00"
ends_at = "2036-01-15T16:30:00+01:00"
time_zone = "Europe/Zurich"
online = true
show_zones = ["Geneva=Europe/Zurich", "America/New_York"]
"#;

    #[test]
    fn a_valid_file_gives_moments_in_utc_and_labelled_zones() {
        let v = EventSpec::from_toml(BASE).unwrap().validate().unwrap();
        assert_eq!(v.starts_at, 2_084_018_400_000);
        assert_eq!(v.ends_at - v.starts_at, 90 * 60_000);
        assert_eq!(
            v.zones,
            [
                ("Geneva".to_owned(), "Europe/Zurich".to_owned()),
                ("New York".to_owned(), "America/New_York".to_owned())
            ]
        );
    }

    #[test]
    fn the_demo_side_event_is_valid() {
        let text = include_str!("../../data/demo/side-event.toml");
        let v = EventSpec::from_toml(text).unwrap().validate().unwrap();
        assert_eq!(v.ends_at - v.starts_at, 90 * 60_000, "1 h 30");
        assert_eq!(v.zones[0].0, "Geneva");
        assert!(v.online && v.join_url.is_some());
        // The page itself says how to invite people: the programme does not say it again.
        assert!(!v.body.contains("share this page"));
    }

    #[test]
    fn every_problem_is_named() {
        let text = BASE
            .replace("Europe/Zurich\"\nonline", "Mars/Base\"\nonline")
            .replace("16:30", "14:00")
            + "join_url = \"javascript:alert(1)\"\ncapacity = -1\nrecording_url = \"ftp://x.example\"\n";
        let errors = EventSpec::from_toml(&text).unwrap().validate().unwrap_err();
        let all: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        let all = all.join("\n");
        for field in [
            "time_zone",
            "ends_at",
            "join_url",
            "capacity",
            "recording_url",
        ] {
            assert!(all.contains(field), "{field} in {all}");
        }
        assert!(EventSpec::from_toml(&(BASE.to_owned() + "colour = \"red\"\n")).is_err());
    }

    fn fields(text: &str) -> Vec<&'static str> {
        match EventSpec::from_toml(text).unwrap().validate() {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|(f, _)| f).collect(),
        }
    }

    #[test]
    fn counts_lengths_and_control_characters_are_limited() {
        let zones: Vec<String> = (0..13).map(|_| "\"UTC\"".to_owned()).collect();
        let text = format!("{BASE}organisers = [\"{}\"]\n", "x".repeat(201)).replace(
            "show_zones = [",
            &format!("show_zones = [{}, ", zones.join(", ")),
        );
        assert_eq!(fields(&text), ["show_zones", "organisers"]);
        let many: Vec<String> = (0..21).map(|i| format!("\"Org {i}\"")).collect();
        assert_eq!(
            fields(&format!("{BASE}organisers = [{}]\n", many.join(", "))),
            ["organisers"]
        );
        for field in ["title", "price", "audience", "address"] {
            let text =
                format!("{BASE}{field} = \"a\\u0000b\"\n").replace("title = \"Side event\"\n", "");
            let text = if field == "title" {
                text
            } else {
                format!("{text}title = \"T\"\n")
            };
            assert_eq!(fields(&text), [field], "{field}");
        }
        // Markdown keeps its line breaks.
        assert!(fields(&format!("{BASE}body = \"a\\n\\nb\"\n")).is_empty());
        let twice = "[[translations]]\nlang = \"fr\"\ntitle = \"A\"\n".repeat(2);
        assert_eq!(fields(&format!("{BASE}{twice}")), ["translations"]);
    }

    #[test]
    fn links_are_http_and_kept_as_parsed() {
        for bad in [
            "javascript:alert(1)",
            "ftp://example.org/a",
            "https://user:pw@example.org/",
            "data:text/html,x",
            "https://",
        ] {
            let text = format!("{BASE}map_url = \"{bad}\"\n");
            assert_eq!(fields(&text), ["map_url"], "{bad}");
        }
        let text = format!("{BASE}join_url = \"HTTPS://Meet.Example.org/a b\"\n");
        let v = EventSpec::from_toml(&text).unwrap().validate().unwrap();
        assert_eq!(
            v.join_url.as_deref(),
            Some("https://meet.example.org/a%20b")
        );
    }
}
