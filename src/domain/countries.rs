//! A list of countries kept in one column as comma-joined codes ("FR,DE"): read and written as
//! this type, so every code in it parsed, and a code nobody can parse is an error where it is read.

use std::fmt;

use super::Country;

/// The countries a petition or campaign accepts; empty means everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Countries(Vec<Country>);

/// A stored list with a code that is not an ISO 3166-1 alpha-2 country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCountry(pub String);

impl fmt::Display for UnknownCountry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown country code {:?} in a stored list", self.0)
    }
}

impl std::error::Error for UnknownCountry {}

impl Countries {
    /// Codes separated by commas (as stored); blanks are skipped.
    pub fn parse(stored: &str) -> Result<Self, UnknownCountry> {
        stored
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| Country::parse(c).map_err(|_| UnknownCountry(c.to_owned())))
            .collect::<Result<Vec<_>, _>>()
            .map(Countries)
    }

    pub fn codes(&self) -> Vec<&'static str> {
        self.0.iter().map(Country::code).collect()
    }

    /// Whether a signer from `code` may take part (every country when the list is empty).
    pub fn accepts(&self, code: &str) -> bool {
        self.0.is_empty() || self.0.iter().any(|c| c.code() == code)
    }

    /// "FR,DE": the stored form, also what staff edit.
    pub fn stored(&self) -> String {
        self.codes().join(",")
    }
}

impl serde::Serialize for Countries {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.stored())
    }
}

impl std::str::FromStr for Countries {
    type Err = UnknownCountry;
    fn from_str(stored: &str) -> Result<Self, Self::Err> {
        Countries::parse(stored)
    }
}

super::text_column!(Countries);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_list_reads_as_countries_and_writes_back_the_same() {
        let list = Countries::parse("FR, de,,").unwrap();
        assert_eq!(list.codes(), ["FR", "DE"]);
        assert_eq!(list.stored(), "FR,DE");
        assert!(list.accepts("DE") && !list.accepts("US"));
        assert!(Countries::parse("").unwrap().accepts("US"));
        assert_eq!(Countries::parse("FR,XX"), Err(UnknownCountry("XX".into())));
    }

    #[tokio::test]
    async fn an_unknown_stored_code_is_a_decoding_error() {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        let ok: Countries = sqlx::query_scalar("SELECT 'US,CA'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(ok.codes(), ["US", "CA"]);
        let err = sqlx::query_scalar::<_, Countries>("SELECT 'US,ZZ'")
            .fetch_one(&mut conn)
            .await
            .unwrap_err();
        assert!(
            err.to_string().contains(r#"unknown country code "ZZ""#),
            "{err}"
        );
    }
}
