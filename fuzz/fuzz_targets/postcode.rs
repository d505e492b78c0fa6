//! Postal codes for every country: parsing never panics, and accepted codes are short, ASCII,
//! upper-case and single-spaced (code downstream slices them by bytes, e.g. a US ZIP's first five).
#![no_main]

use chorus::domain::{Country, Postcode};
use chorus::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str)| {
    let countries = Country::all(Lang::EN);
    let country = countries[input.0 as usize % countries.len()];
    if let Ok(code) = Postcode::parse(input.1, country) {
        let s = code.as_str();
        assert!(s.len() <= 12);
        assert!(s.is_ascii(), "non-ASCII postcode accepted: {s:?}");
        assert_eq!(s, s.to_uppercase());
        assert!(!s.contains("  ") && s.trim() == s);
    }
});
