//! A signer's emailed links. New links are derived from the signature's id and link generation
//! (`crate::secret::links`); links sent before that scheme are random tokens whose hashes stay
//! in `signature_tokens`, and keep working until their signature is replaced or erased.

use crate::secret::links::{LinkKey, Purpose};
use crate::secret::tokens;

/// A link as it came in, checked for shape (and, when derived, for its MAC) before any query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// The signature's id and the generation the link was made for.
    Derived { id: i64, gen: i64 },
    /// The SHA-256 (hex) of a stored random token.
    Stored(String),
}

impl Link {
    pub fn parse(key: &LinkKey, purpose: Purpose, raw: &str) -> Option<Link> {
        if let Some((id, gen)) = key.open(purpose, raw) {
            return Some(Link::Derived { id, gen });
        }
        tokens::parse(raw).map(|t| Link::Stored(tokens::hash(t)))
    }
}

fn purpose_word(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Confirm => "confirm",
        Purpose::Withdraw => "withdraw",
    }
}

/// The signature a link names and its current link generation, if the link is still live.
pub async fn resolve(
    db: &crate::db::Db,
    link: &Link,
    purpose: Purpose,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    crate::on_db!(db, sql, resolve(link, purpose_word(purpose)))
}

crate::per_engine! {
    mod sql {
        use crate::signatures::links::Link;

        pub async fn resolve(pool: &Pool, link: &Link, purpose: &str) -> Result<Option<(i64, i64)>, sqlx::Error> {
            match link {
                Link::Derived { id, gen } => {
                    sqlx::query_as("SELECT id, link_gen FROM signatures WHERE id = $1 AND link_gen = $2")
                        .bind(*id).bind(*gen).fetch_optional(pool).await
                }
                Link::Stored(hash) => {
                    sqlx::query_as(
                        "SELECT s.id, s.link_gen FROM signature_tokens t JOIN signatures s ON s.id = t.signature_id \
                         WHERE t.token_hash = $1 AND t.purpose = $2",
                    )
                    .bind(hash).bind(purpose).fetch_optional(pool).await
                }
            }
        }
    }
}
