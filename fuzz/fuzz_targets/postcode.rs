//! Postal codes for every country: accepted codes are short, upper-case and single-spaced.
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
        assert_eq!(s, s.to_uppercase());
        assert!(!s.contains("  ") && s.trim() == s);
    }
});
