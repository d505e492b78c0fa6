//! Parse-don't-validate types for everything that comes from outside.

mod countries;
mod country;
mod email;
mod keyword;
mod name;
mod postcode;
mod slug;
pub mod typo;

pub use countries::{Countries, UnknownCountry};
pub use country::{country_name, Country};
pub use email::SignerEmail;
pub use keyword::UnknownKeyword;
pub(crate) use keyword::{keyword, text_column};
pub use name::PersonName;
pub use postcode::Postcode;
pub use slug::Slug;

/// True for characters that never belong in a single-line field (CR, LF, NUL, other controls),
/// and for noncharacters, which are never text either.
pub(crate) fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() || is_noncharacter(c))
}

/// U+FFFE, U+FFFF, the last two code points of every plane and U+FDD0–U+FDEF: never text, and
/// the first two cannot appear in an XML document at all (letters to Congress travel as XML).
pub(crate) fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    #[test]
    fn noncharacters_and_controls_are_refused() {
        for bad in [
            "a\u{FFFE}",
            "\u{FFFF}",
            "\u{FDD0}x",
            "\u{10FFFF}",
            "a\u{1}b",
            "\u{7F}",
        ] {
            assert!(super::has_control(bad), "{bad:?}");
        }
        assert!(!super::has_control("Grâce Hopper \u{FFFD} 北京"));
    }
}
