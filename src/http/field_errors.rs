//! Form problems keyed by field, each a translated message, shown next to the field that caused it.

use std::collections::BTreeMap;

use serde::Serialize;

/// Problems by field name, each with one or more messages.
#[derive(Debug, Default, Clone, Serialize)]
pub struct FieldErrors(pub BTreeMap<&'static str, Vec<String>>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        // Domain rules give message ids; other messages pass through unchanged.
        let message = crate::i18n::t(&message.into());
        self.0.entry(field).or_default().push(message);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// (field, first message) in the order the fields appear on the form.
    pub fn ordered(&self) -> Vec<(&'static str, &str)> {
        const ORDER: [&str; 15] = [
            "org_name",
            "website",
            "name",
            "email",
            "address",
            "city",
            "state",
            "country",
            "postcode",
            "district",
            "personal_message",
            "comment",
            "subject",
            "body",
            "consent",
        ];
        let rank = |f: &str| ORDER.iter().position(|o| *o == f).unwrap_or(ORDER.len());
        let mut out: Vec<(&'static str, &str)> = self
            .0
            .iter()
            .filter_map(|(f, m)| m.first().map(|m| (*f, m.as_str())))
            .collect();
        out.sort_by_key(|(f, _)| rank(f));
        out
    }

    /// The first message for a field, or "" (for templates).
    pub fn get(&self, field: &str) -> &str {
        self.0
            .get(field)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }
}
