//! Signer names: an accepted name has no control characters and cannot start a spreadsheet formula.
#![no_main]

use chorus::domain::PersonName;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    if let Ok(name) = PersonName::parse(raw) {
        let s = name.as_str();
        assert!(!s.is_empty() && s.chars().count() <= 255);
        assert!(!s.chars().any(char::is_control));
        assert!(!s.starts_with(['=', '+', '-', '@']));
        assert!(!name.first_name().is_empty());
    }
});
