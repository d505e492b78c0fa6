//! An event as written in a TOML file for `chorus events save --file`, checked into a
//! [`ValidEvent`] (every problem named, so the file can be corrected in one go).

use chrono::DateTime;
use serde::Deserialize;

use super::model::{EventState, EventText};
use crate::domain::Slug;

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

/// An `https://` or `http://` link, or a problem.
fn link(field: &str, raw: &Option<String>, errors: &mut Vec<String>) -> Option<String> {
    let s = raw.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && s.len() <= 2000 => Some(s.to_owned()),
        _ => {
            errors.push(format!("{field}: not an http(s) link"));
            None
        }
    }
}

fn moment(field: &str, raw: &str, errors: &mut Vec<String>) -> Option<i64> {
    match DateTime::parse_from_rfc3339(raw.trim()) {
        Ok(t) => Some(t.timestamp_millis()),
        Err(_) => {
            errors.push(format!(
                "{field}: not an RFC 3339 time (e.g. 2036-01-15T15:00:00+01:00)"
            ));
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

impl EventSpec {
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    pub fn validate(&self) -> Result<ValidEvent, Vec<String>> {
        let mut errors = Vec::new();
        if let Err(e) = Slug::parse(&self.slug) {
            errors.push(format!("slug: {e}"));
        }
        if self.title.trim().is_empty() || self.title.len() > 300 {
            errors.push("title: required, at most 300 characters".into());
        }
        if crate::i18n::Lang::exact(&self.locale).is_err() {
            errors.push(format!("locale: unknown language \"{}\"", self.locale));
        }
        let starts_at = moment("starts_at", &self.starts_at, &mut errors);
        let ends_at = moment("ends_at", &self.ends_at, &mut errors);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if e <= s {
                errors.push("ends_at: must be after starts_at".into());
            }
        }
        if self.time_zone.parse::<chrono_tz::Tz>().is_err() {
            errors.push(format!(
                "time_zone: not an IANA zone: \"{}\"",
                self.time_zone
            ));
        }
        let mut zones = Vec::new();
        for z in &self.show_zones {
            match zone_entry(z) {
                Some(entry) => zones.push(entry),
                None => errors.push(format!("show_zones: not an IANA zone: \"{z}\"")),
            }
        }
        let join_url = link("join_url", &self.join_url, &mut errors);
        let map_url = link("map_url", &self.map_url, &mut errors);
        let recording_url = link("recording_url", &self.recording_url, &mut errors);
        let address = self
            .address
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if !self.online && address.is_none() {
            errors.push("address: an event not online needs an address".into());
        }
        if self.capacity.is_some_and(|c| c < 0) {
            errors.push("capacity: must be 0 or more (leave it out for no limit)".into());
        }
        let opens = self
            .registration_opens_at
            .as_deref()
            .and_then(|r| moment("registration_opens_at", r, &mut errors));
        let closes = self
            .registration_closes_at
            .as_deref()
            .and_then(|r| moment("registration_closes_at", r, &mut errors));
        let state = match self.state.parse::<EventState>() {
            Ok(s) => Some(s),
            Err(_) => {
                errors.push(format!("state: one of {}", EventState::WORDS.join(", ")));
                None
            }
        };
        for t in &self.translations {
            if crate::i18n::Lang::exact(&t.lang).is_err() {
                errors.push(format!("translations: unknown language \"{}\"", t.lang));
            }
        }
        let organisers: Vec<String> = self
            .organisers
            .iter()
            .map(|o| o.trim().to_owned())
            .filter(|o| !o.is_empty())
            .collect();
        let slug_of = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        match (starts_at, ends_at, state) {
            (Some(starts_at), Some(ends_at), Some(state)) if errors.is_empty() => Ok(ValidEvent {
                slug: self.slug.clone(),
                title: self.title.trim().to_owned(),
                summary: self.summary.trim().to_owned(),
                body: self.body.clone(),
                locale: self.locale.clone(),
                starts_at,
                ends_at,
                time_zone: self
                    .time_zone
                    .parse::<chrono_tz::Tz>()
                    .map(|t| t.name().to_owned())
                    .unwrap_or_default(),
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
            }),
            _ => Err(errors),
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
        let all = errors.join("\n");
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
}
