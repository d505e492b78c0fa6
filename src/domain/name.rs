use super::has_control;

/// A signer's full name as they want it shown: trimmed, 1–255 characters, no links, no control
/// characters, and nothing a spreadsheet would run as a formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("err-name-empty");
        }
        if name.chars().count() > 255 {
            return Err("err-name-long");
        }
        if has_control(name) {
            return Err("err-name-chars");
        }
        if name.starts_with(['=', '+', '-', '@']) {
            return Err("err-name-formula");
        }
        let lower = name.to_lowercase();
        if lower.contains("://")
            || lower.contains("www.")
            || lower.contains("http:")
            || lower.contains("https:")
        {
            return Err("err-name-link");
        }
        Ok(PersonName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part shown publicly next to a signer's country.
    pub fn first_name(&self) -> &str {
        self.0.split_whitespace().next().unwrap_or(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_names() {
        assert_eq!(
            PersonName::parse("  Ada Lovelace ").unwrap().as_str(),
            "Ada Lovelace"
        );
        assert_eq!(
            PersonName::parse("Zoë O'Brien-Núñez").unwrap().first_name(),
            "Zoë"
        );
    }

    #[test]
    fn rejects_bad_names() {
        for bad in [
            "",
            "   ",
            "=cmd()",
            "+1",
            "-x",
            "@sum",
            "see http://x.io",
            "www.spam.com",
            "a\r\nBcc: x",
            "a\0b",
        ] {
            assert!(PersonName::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(PersonName::parse(&"a".repeat(256)).is_err());
        assert!(PersonName::parse(&"é".repeat(255)).is_ok());
    }
}
