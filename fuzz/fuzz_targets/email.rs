//! Signer email addresses: any input parses or is refused; an accepted one has a stable canonical
//! form. (The canonical form is a de-duplication key, not always an address itself: "a.+x@b.org"
//! becomes "a.@b.org".)
#![no_main]

use chorus::config::CanonicalEmailRules;
use chorus::domain::SignerEmail;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    let rules = CanonicalEmailRules {
        ignore_dots: vec!["gmail.com".into()],
        aliases: [("googlemail.com".to_owned(), "gmail.com".to_owned())].into(),
    };
    if let Ok(email) = SignerEmail::parse(raw, &rules) {
        assert!(!email.as_str().chars().any(char::is_control));
        let canonical = email.canonical();
        assert_eq!(canonical, canonical.to_lowercase());
        assert!(!canonical.split('@').next().unwrap_or("").contains('+'));
        if let Ok(again) = SignerEmail::parse(canonical, &rules) {
            assert_eq!(again.canonical(), canonical);
        }
    }
});
