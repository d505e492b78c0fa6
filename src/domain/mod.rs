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

/// True for characters that never belong in a single-line field (CR, LF, NUL, other controls).
pub(crate) fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}
