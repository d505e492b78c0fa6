//! Secret tokens for links in emails: 256 bits from the OS, only the SHA-256 is stored.

use sha2::{Digest, Sha256};

pub struct Token {
    /// Goes into the link; never stored or logged.
    pub secret: String,
    pub hash: String,
}

impl Token {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
        let secret = hex::encode(bytes);
        let hash = hash(&secret);
        Token { secret, hash }
    }
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A token from a URL, if it has the shape we issue (so junk never reaches the database).
pub fn parse(raw: &str) -> Option<&str> {
    (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_hexdigit())).then_some(raw)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_unique_and_hashed() {
        let a = super::Token::generate();
        let b = super::Token::generate();
        assert_ne!(a.secret, b.secret);
        assert_eq!(a.secret.len(), 64);
        assert_eq!(super::hash(&a.secret), a.hash);
        assert_ne!(a.hash, a.secret);
        assert!(super::parse(&a.secret).is_some());
        assert!(super::parse("../../etc").is_none());
    }
}
