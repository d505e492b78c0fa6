use std::sync::LazyLock;

use regex::Regex;

use super::Country;

/// A postal code normalised (trimmed, uppercase, single spaces) and checked against its country's format.
/// Formats spell digits `[0-9]`: `\d` would also match Arabic-Indic or fullwidth digits, which are
/// several bytes each, and code that slices a US ZIP by bytes would then panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Postcode(String);

static FORMATS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("US", r"^[0-9]{5}(-[0-9]{4})?$"),
        (
            "CA",
            r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$",
        ),
        (
            "GB",
            r"^([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)$",
        ),
        ("DE", r"^[0-9]{5}$"),
        ("FR", r"^[0-9]{5}$"),
        ("AU", r"^[0-9]{4}$"),
        ("IN", r"^[1-9][0-9]{2} ?[0-9]{3}$"),
        ("BR", r"^[0-9]{5}-?[0-9]{3}$"),
        ("JP", r"^[0-9]{3}-?[0-9]{4}$"),
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

    #[test]
    fn digits_of_other_scripts_are_refused() {
        for (c, p) in [
            ("US", "\u{ff11}\u{ff12}\u{ff13}\u{ff14}\u{ff15}"),
            ("US", "\u{663}\u{660}\u{661}\u{666}\u{665}"),
            ("DE", "\u{967}\u{966}\u{967}\u{967}\u{96b}"),
            ("JP", "\u{ff11}00-0001"),
            ("NL", "\u{ff11}012 AB"),
        ] {
            assert!(!ok(c, p), "{c} {p} accepted");
        }
    }

    proptest! {
        #[test]
        fn non_ascii_digits_never_pass(
            s in "[\u{660}-\u{669}\u{6f0}-\u{6f9}\u{966}-\u{96f}\u{ff10}-\u{ff19}0-9 -]{1,12}",
            c in "(US|GB|CA|DE|FR|AU|IN|BR|JP|NL)",
        ) {
            if let Ok(p) = Postcode::parse(&s, Country::parse(&c).unwrap()) {
                prop_assert!(p.as_str().is_ascii(), "{} accepted for {}", p.as_str(), c);
            }
        }

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
