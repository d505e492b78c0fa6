use std::sync::LazyLock;

use regex::Regex;

use super::Country;

/// A postal code normalised (trimmed, uppercase, single spaces) and checked against its country's format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Postcode(String);

static FORMATS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("US", r"^\d{5}(-\d{4})?$"),
        (
            "CA",
            r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$",
        ),
        ("GB", r"^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$"),
        ("DE", r"^\d{5}$"),
        ("FR", r"^\d{5}$"),
        ("AU", r"^\d{4}$"),
        ("IN", r"^[1-9]\d{2} ?\d{3}$"),
        ("BR", r"^\d{5}-?\d{3}$"),
        ("JP", r"^\d{3}-?\d{4}$"),
    ]
    .into_iter()
    .map(|(c, re)| (c, Regex::new(re).expect("static postcode regex")))
    .collect()
});

static GENERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]?$").unwrap());

impl Postcode {
    pub fn parse(raw: &str, country: Country) -> Result<Self, &'static str> {
        let norm = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        if norm.is_empty() {
            return Err("err-postcode-empty");
        }
        let re = FORMATS
            .iter()
            .find(|(c, _)| *c == country.code())
            .map(|(_, re)| re)
            .unwrap_or(&GENERIC);
        if norm.len() <= 12 && re.is_match(&norm) {
            Ok(Postcode(norm))
        } else {
            Err("err-postcode-format")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(country: &str, code: &str) -> bool {
        Postcode::parse(code, Country::parse(country).unwrap()).is_ok()
    }

    #[test]
    fn formats_per_country() {
        let good = [
            ("US", "10001"),
            ("US", "10001-1234"),
            ("CA", "k1a 0b1"),
            ("GB", "SW1A 1AA"),
            ("GB", "m1 1ae"),
            ("DE", "10115"),
            ("FR", "75008"),
            ("AU", "2000"),
            ("IN", "110001"),
            ("BR", "01310-100"),
            ("JP", "100-0001"),
            ("NL", "1012 AB"),
            ("CH", "8001"),
        ];
        for (c, p) in good {
            assert!(ok(c, p), "{c} {p} rejected");
        }
        let bad = [
            ("US", "1000"),
            ("US", "ABCDE"),
            ("CA", "W1A 0B1"),
            ("GB", "12345"),
            ("DE", "1011"),
            ("FR", "7500"),
            ("AU", "20000"),
            ("IN", "011001"),
            ("BR", "0131010"),
            ("JP", "1000-001"),
            ("NL", "<script>"),
        ];
        for (c, p) in bad {
            assert!(!ok(c, p), "{c} {p} accepted");
        }
        assert_eq!(
            Postcode::parse(" sw1a   1aa ", Country::parse("GB").unwrap())
                .unwrap()
                .as_str(),
            "SW1A 1AA"
        );
    }

    proptest! {
        #[test]
        fn us_zip_roundtrip(n in 0u32..100000) {
            let zip = format!("{n:05}");
            let p = Postcode::parse(&zip, Country::parse("US").unwrap()).unwrap();
            prop_assert_eq!(p.as_str(), zip.as_str());
        }

        #[test]
        fn accepted_codes_are_clean(s in "\\PC{0,20}", c in "(US|GB|CA|DE|FR|AU|IN|BR|JP|NL)") {
            if let Ok(p) = Postcode::parse(&s, Country::parse(&c).unwrap()) {
                prop_assert!(p.as_str().chars().all(|ch| ch.is_ascii_alphanumeric() || ch == ' ' || ch == '-'));
            }
        }
    }
}
