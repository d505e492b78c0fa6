//! Postal codes for every country: accepted codes are short, upper-case and single-spaced.
#![no_main]

use std::sync::LazyLock;

use chorus::domain::{Country, Postcode};
use libfuzzer_sys::fuzz_target;

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(Country::all);

fuzz_target!(|input: (u8, &str)| {
    let country = COUNTRIES[input.0 as usize % COUNTRIES.len()];
    if let Ok(code) = Postcode::parse(input.1, country) {
        let s = code.as_str();
        assert!(s.len() <= 12);
        assert_eq!(s, s.to_uppercase());
        assert!(!s.contains("  ") && s.trim() == s);
    }
});
