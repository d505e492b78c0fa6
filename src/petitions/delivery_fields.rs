//! What the delivery file gives the target: a set of columns the consent text names, kept in one
//! column as comma-joined words ("name,country") and read back as this type.

use std::fmt;

crate::domain::keyword! {
    /// One column of the delivery file, in the file's order.
    pub enum DeliveryField ("delivery field") {
        Name = "name",
        Country = "country",
        Postcode = "postcode",
        Comment = "comment",
        SignedAt = "signed_at",
    }
}

/// The chosen columns, each once, in the file's fixed order whatever order they were given in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryFields(Vec<DeliveryField>);

impl DeliveryFields {
    /// Words separated by commas or spaces, any case; blanks are skipped. Empty is allowed here
    /// (the spec's checks refuse it with a message).
    pub fn parse(list: &str) -> Result<Self, crate::domain::UnknownKeyword> {
        let chosen = list
            .split([',', ' '])
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase().parse::<DeliveryField>())
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::of(&chosen))
    }

    fn of(chosen: &[DeliveryField]) -> Self {
        DeliveryFields(
            DeliveryField::ALL
                .iter()
                .copied()
                .filter(|f| chosen.contains(f))
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = DeliveryField> + '_ {
        self.0.iter().copied()
    }

    /// "name, country": what staff read and edit.
    pub fn for_form(&self) -> String {
        self.0
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Name and country: what a petition gives when its file or form does not say.
impl Default for DeliveryFields {
    fn default() -> Self {
        DeliveryFields(vec![DeliveryField::Name, DeliveryField::Country])
    }
}

impl std::str::FromStr for DeliveryFields {
    type Err = crate::domain::UnknownKeyword;
    fn from_str(stored: &str) -> Result<Self, Self::Err> {
        DeliveryFields::parse(stored)
    }
}

/// "name,country": the stored form.
impl fmt::Display for DeliveryFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, field) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(field.as_str())?;
        }
        Ok(())
    }
}

impl serde::Serialize for DeliveryFields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter())
    }
}

/// A TOML list of words (`delivery_fields = ["name", "postcode"]`).
impl<'de> serde::Deserialize<'de> for DeliveryFields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let words = Vec::<DeliveryField>::deserialize(d)?;
        Ok(DeliveryFields::of(&words))
    }
}

crate::domain::text_column!(DeliveryFields, display);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_the_file_order_once_each() {
        let f = DeliveryFields::parse("Postcode, name  name,").unwrap();
        assert_eq!(f.to_string(), "name,postcode");
        assert_eq!(f.for_form(), "name, postcode");
        assert_eq!(DeliveryFields::default().to_string(), "name,country");
        assert!(DeliveryFields::parse("").unwrap().is_empty());
        let err = DeliveryFields::parse("name,email").unwrap_err();
        assert_eq!(err.value, "email");
    }

    #[test]
    fn a_toml_list_reads_as_fields_and_an_unknown_word_is_refused() {
        #[derive(serde::Deserialize)]
        struct Spec {
            delivery_fields: DeliveryFields,
        }
        let s: Spec = toml::from_str(r#"delivery_fields = ["comment", "name"]"#).unwrap();
        assert_eq!(s.delivery_fields.to_string(), "name,comment");
        let err = toml::from_str::<Spec>(r#"delivery_fields = ["email"]"#)
            .err()
            .unwrap();
        assert!(err.to_string().contains("unknown delivery field"), "{err}");
    }
}
