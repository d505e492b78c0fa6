use validator::ValidateEmail;

use super::has_control;
use crate::config::CanonicalEmailRules;

/// A signer's email address: syntax checked, domain lowercased and IDNA-normalised.
/// `canonical()` is the form used to detect that two addresses reach the same mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignerEmail {
    address: String,
    canonical: String,
}

const INVALID: &str = "err-email-invalid";

impl SignerEmail {
    pub fn parse(raw: &str, rules: &CanonicalEmailRules) -> Result<Self, &'static str> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("err-email-empty");
        }
        if raw.len() > 254 || has_control(raw) || raw.chars().any(char::is_whitespace) {
            return Err(INVALID);
        }
        let (local, domain) = raw.rsplit_once('@').ok_or(INVALID)?;
        if local.is_empty()
            || local.len() > 64
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
        {
            return Err(INVALID);
        }
        let domain = idna::domain_to_ascii(domain).map_err(|_| INVALID)?;
        if domain.is_empty() || !domain.contains('.') {
            return Err(INVALID);
        }
        let address = format!("{local}@{domain}");
        if !address.validate_email() {
            return Err(INVALID);
        }
        let canonical = canonicalise(local, &domain, rules);
        if canonical.starts_with('@') {
            return Err(INVALID);
        }
        Ok(SignerEmail { address, canonical })
    }

    pub fn as_str(&self) -> &str {
        &self.address
    }

    pub fn canonical(&self) -> &str {
        &self.canonical
    }
}

fn canonicalise(local: &str, domain: &str, rules: &CanonicalEmailRules) -> String {
    let domain = rules
        .aliases
        .get(domain)
        .map(String::as_str)
        .unwrap_or(domain);
    let mut local = local.to_lowercase();
    if let Some(plus) = local.find('+') {
        local.truncate(plus);
    }
    if rules.ignore_dots.iter().any(|d| d == domain) {
        local.retain(|c| c != '.');
    }
    format!("{local}@{domain}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> CanonicalEmailRules {
        CanonicalEmailRules {
            ignore_dots: vec!["gmail.com".into()],
            aliases: [("googlemail.com".to_string(), "gmail.com".to_string())].into(),
        }
    }

    fn canon(s: &str) -> String {
        SignerEmail::parse(s, &rules())
            .unwrap()
            .canonical()
            .to_owned()
    }

    #[test]
    fn canonical_rules() {
        assert_eq!(canon("Jane.Doe+petition@GMail.com"), "janedoe@gmail.com");
        assert_eq!(canon("jane.doe@googlemail.com"), "janedoe@gmail.com");
        assert_eq!(canon("Jane.Doe+x@Example.ORG"), "jane.doe@example.org");
        assert_eq!(canon("bob@bücher.de"), "bob@xn--bcher-kva.de");
        assert_eq!(
            SignerEmail::parse("Bob@Bücher.DE", &rules())
                .unwrap()
                .as_str(),
            "Bob@xn--bcher-kva.de"
        );
    }

    #[test]
    fn rejects_bad_addresses() {
        for bad in [
            "",
            "plain",
            "a@b",
            "@x.org",
            "a@",
            "a b@x.org",
            "a@x.org\r\nBcc: y@z.org",
            "a@@x.org",
            "a@x..org",
        ] {
            assert!(
                SignerEmail::parse(bad, &rules()).is_err(),
                "{bad:?} was accepted"
            );
        }
    }

    proptest! {
        #[test]
        fn canonical_is_idempotent(local in "[a-zA-Z0-9._]{1,20}(\\+[a-z0-9]{0,8})?", domain in "(gmail\\.com|googlemail\\.com|example\\.org|Mail\\.Example\\.com)") {
            let raw = format!("{local}@{domain}");
            if let Ok(email) = SignerEmail::parse(&raw, &rules()) {
                let (l, d) = email.canonical().rsplit_once('@').unwrap();
                prop_assert_eq!(canonicalise(l, d, &rules()), email.canonical());
                prop_assert!(!email.canonical().contains('+'));
                prop_assert_eq!(email.canonical().to_lowercase(), email.canonical());
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,80}") {
            let _ = SignerEmail::parse(&s, &rules());
        }
    }
}
