//! The browser origins a petition's partners may call its API from, kept in one column one per
//! line ("https://partner.example") and read back as this type.

use std::fmt;

/// Each origin parsed (`https://host[:port]`, lower case), each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins(Vec<String>);

/// A line that is not an origin, cut to 80 characters to be shown back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadOrigin(pub String);

impl fmt::Display for BadOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a browser origin: {:?}", self.0)
    }
}

impl std::error::Error for BadOrigin {}

/// A browser origin as partners give it: `https://host[:port]`, nothing after.
fn parse_origin(raw: &str) -> Option<String> {
    let s = raw.trim().trim_end_matches('/');
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && s.len() <= 200
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    ok.then(|| s.to_ascii_lowercase())
}

impl Origins {
    /// At most this many per petition.
    pub const MAX: usize = 100;

    /// One origin per line, blanks skipped; every line that is not one, when some are not.
    pub fn parse_lines(text: &str) -> Result<Self, Vec<BadOrigin>> {
        let mut good: Vec<String> = Vec::new();
        let mut bad = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match parse_origin(line) {
                Some(o) if good.contains(&o) => {}
                Some(o) => good.push(o),
                None => bad.push(BadOrigin(line.chars().take(80).collect())),
            }
        }
        if bad.is_empty() {
            Ok(Origins(good))
        } else {
            Err(bad)
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a browser on `origin` (as its `Origin` header says) may call the API.
    pub fn allows(&self, origin: &str) -> bool {
        self.0.iter().any(|o| o.eq_ignore_ascii_case(origin.trim()))
    }
}

impl std::str::FromStr for Origins {
    type Err = BadOrigin;
    fn from_str(stored: &str) -> Result<Self, Self::Err> {
        Origins::parse_lines(stored).map_err(|mut bad| bad.remove(0))
    }
}

/// One per line: the stored form, also what staff edit.
impl fmt::Display for Origins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl serde::Serialize for Origins {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter())
    }
}

crate::domain::text_column!(Origins, display);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_parse_once_each_and_refuse_paths() {
        let o =
            Origins::parse_lines("https://A.example/\n\n http://b.example:8080\nhttps://a.example")
                .unwrap();
        assert_eq!(o.to_string(), "https://a.example\nhttp://b.example:8080");
        assert!(o.allows("https://a.example") && !o.allows("https://c.example"));
        let bad = Origins::parse_lines("https://a.example/path\nftp://x").unwrap_err();
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[0].0, "https://a.example/path");
        assert!("".parse::<Origins>().unwrap().is_empty());
    }
}
