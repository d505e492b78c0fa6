//! US places as supporters read them: state names from data/us-congress/states.csv, "Vermont, at
//! large" rather than "VT-0", and which places have a House delegate and no senators.

use std::collections::HashMap;
use std::sync::LazyLock;

static STATES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    let mut rdr =
        csv::Reader::from_reader(include_str!("../../data/us-congress/states.csv").as_bytes());
    for (code, name) in rdr.deserialize::<(String, String)>().flatten() {
        out.insert(code, name);
    }
    out
});

/// The state's name for a USPS code; the code itself when unknown (never empty).
pub fn state_name(code: &str) -> &str {
    STATES.get(code).map(String::as_str).unwrap_or(code)
}

/// (code, name) of every state, DC and territory, by name, for the address form.
pub fn us_states() -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&str, &str)> = STATES
        .iter()
        .map(|(c, n)| (c.as_str(), n.as_str()))
        .collect();
    all.sort_by(|a, b| a.1.cmp(b.1));
    all
}

/// The District of Columbia and the territories: one delegate in the House, no senators.
pub fn has_no_senators(code: &str) -> bool {
    matches!(code, "DC" | "PR" | "GU" | "VI" | "AS" | "MP")
}

/// "Vermont, at large", "New York, district 10", or "Vermont" without a district.
pub fn us_place(state: &str, district: &str) -> String {
    let name = state_name(state);
    match district {
        "" => name.to_owned(),
        "0" if has_no_senators(state) => name.to_owned(),
        "0" => crate::i18n::ta("place-at-large", "state", name),
        d => crate::i18n::ta2("place-district", "state", name, "district", d),
    }
}

/// Whether a contact address is a real form and not just the member's site (the import falls back
/// to the site when the directory has no usable form): a site's address has no path or query.
pub fn is_contact_form(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    match rest.find(['/', '?']) {
        None => false,
        Some(i) => !matches!(&rest[i..], "/" | ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_forms() {
        assert_eq!(state_name("VT"), "Vermont");
        assert_eq!(state_name("DC"), "District of Columbia");
        assert_eq!(STATES.len(), 56);
        assert!(is_contact_form("https://www.sanders.senate.gov/contact/"));
        assert!(is_contact_form(
            "https://www.warren.senate.gov/?p=email_senator"
        ));
        assert!(!is_contact_form("https://norton.house.gov"));
        assert!(!is_contact_form("https://alsobrooks.senate.gov/"));
    }
}
