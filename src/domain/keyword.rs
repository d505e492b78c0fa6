//! Closed sets of stored words (states, roles, kinds of email): one enum each, written and read
//! through one `as_str`/`FromStr` pair, so a typo is a compile error and a word the code does not
//! know, read from the database, is a clear decoding error rather than a silent default.

use std::fmt;

/// A stored word that names none of the values its column may hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKeyword {
    /// What the word should have been ("petition state").
    pub what: &'static str,
    pub value: String,
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownKeyword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected one of: {})",
            self.what,
            self.value,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownKeyword {}

/// Declares an enum of stored words with `as_str`, `FromStr`, `Display`, serde and sqlx (TEXT on
/// both engines) conversions that all go through the one list of words.
macro_rules! keyword {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:literal) {
            $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every stored word, in declaration order.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            /// The word stored in the database and used in URLs, forms and message ids.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::domain::UnknownKeyword;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownKeyword {
                        what: $what,
                        value: s.to_owned(),
                        expected: $name::WORDS,
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(::serde::de::Error::custom)
            }
        }

        $crate::domain::text_column!($name);

        impl<'q, DB: ::sqlx::Database> ::sqlx::Encode<'q, DB> for $name
        where
            &'q str: ::sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as ::sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<::sqlx::encode::IsNull, ::sqlx::error::BoxDynError> {
                <&'q str as ::sqlx::Encode<'q, DB>>::encode(self.as_str(), buf)
            }
        }
    };
}
pub(crate) use keyword;

/// Stores a value as TEXT on both engines: read through its `FromStr` (a stored text that does not
/// parse is a decoding error naming it) and, with `display`, written through its `Display`.
macro_rules! text_column {
    ($name:ty) => {
        impl<DB: ::sqlx::Database> ::sqlx::Type<DB> for $name
        where
            str: ::sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as ::sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as ::sqlx::Type<DB>>::compatible(ty)
            }
        }

        impl<'r, DB: ::sqlx::Database> ::sqlx::Decode<'r, DB> for $name
        where
            &'r str: ::sqlx::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as ::sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, ::sqlx::error::BoxDynError> {
                let s = <&'r str as ::sqlx::Decode<'r, DB>>::decode(value)?;
                Ok(s.parse::<$name>()?)
            }
        }
    };
    ($name:ty, display) => {
        $crate::domain::text_column!($name);

        impl<'q, DB: ::sqlx::Database> ::sqlx::Encode<'q, DB> for $name
        where
            String: ::sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as ::sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<::sqlx::encode::IsNull, ::sqlx::error::BoxDynError> {
                <String as ::sqlx::Encode<'q, DB>>::encode(self.to_string(), buf)
            }
        }
    };
}
pub(crate) use text_column;

#[cfg(test)]
mod tests {
    keyword! {
        /// A set of words for the tests below.
        enum Colour ("colour") {
            Red = "red",
            DarkBlue = "dark_blue",
        }
    }

    #[test]
    fn every_word_round_trips() {
        for c in Colour::ALL {
            assert_eq!(c.as_str().parse::<Colour>(), Ok(*c));
            assert_eq!(c.to_string(), c.as_str());
        }
        assert_eq!(Colour::WORDS, ["red", "dark_blue"]);
    }

    #[test]
    fn an_unknown_word_is_refused_with_what_was_expected() {
        let err = "Red".parse::<Colour>().unwrap_err();
        assert_eq!(err.value, "Red");
        assert_eq!(
            err.to_string(),
            r#"unknown colour "Red" (expected one of: red, dark_blue)"#
        );
    }

    #[test]
    fn serde_uses_the_stored_word() {
        assert_eq!(
            serde_json::to_string(&Colour::DarkBlue).unwrap(),
            r#""dark_blue""#
        );
        let back: Colour = serde_json::from_str(r#""dark_blue""#).unwrap();
        assert_eq!(back, Colour::DarkBlue);
        assert!(serde_json::from_str::<Colour>(r#""green""#).is_err());
    }

    /// An unknown stored word fails when the row is read, on the real driver.
    #[tokio::test]
    async fn an_unknown_stored_word_is_a_decoding_error() {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        let ok: Colour = sqlx::query_scalar("SELECT $1")
            .bind(Colour::DarkBlue)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(ok, Colour::DarkBlue);
        let err = sqlx::query_scalar::<_, Colour>("SELECT 'purple'")
            .fetch_one(&mut conn)
            .await
            .unwrap_err();
        assert!(
            err.to_string().contains(r#"unknown colour "purple""#),
            "{err}"
        );
    }
}
