//! Link tokens derived from what they point at: an HMAC of the row's id, the link's purpose and
//! the row's link generation under a key every instance shares. Nothing is stored per link, so
//! writing a signature costs no token rows; bumping the generation kills every older link.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The `app_secrets` name of the signature links' key.
pub const SIGNATURE_LINKS: &str = "signature_links";

/// Bytes of MAC kept: 128 bits, far beyond guessing over HTTP.
const MAC_LEN: usize = 16;
/// id (8) + generation (4) + MAC.
const RAW_LEN: usize = 8 + 4 + MAC_LEN;
/// Hex characters of a token: distinct from the 64 of stored random tokens.
pub const TOKEN_LEN: usize = RAW_LEN * 2;

/// What a link lets its holder do; part of the MAC, so one purpose's link never works for another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Withdraw,
}

impl Purpose {
    fn tag(self) -> &'static [u8] {
        match self {
            Purpose::Confirm => b"confirm",
            Purpose::Withdraw => b"withdraw",
        }
    }
}

/// The key links are derived with.
#[derive(Clone)]
pub struct LinkKey(Hmac<Sha256>);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(..)")
    }
}

impl LinkKey {
    pub fn new(key: &[u8]) -> Self {
        LinkKey(Hmac::new_from_slice(key).expect("HMAC takes keys of any length"))
    }

    /// Loads (or creates, on first use) the signature links' key.
    pub async fn signatures(db: &crate::db::Db) -> Result<Self, sqlx::Error> {
        Ok(LinkKey::new(&super::shared_key(db, SIGNATURE_LINKS).await?))
    }

    fn mac(&self, purpose: Purpose, head: &[u8]) -> Hmac<Sha256> {
        let mut m = self.0.clone();
        m.update(purpose.tag());
        m.update(b"\0");
        m.update(head);
        m
    }

    /// The link token for row `id` at generation `gen`.
    pub fn token(&self, purpose: Purpose, id: i64, gen: i64) -> String {
        let mut raw = [0u8; RAW_LEN];
        raw[..8].copy_from_slice(&id.to_be_bytes());
        raw[8..12].copy_from_slice(&(gen as u32).to_be_bytes());
        let mac = self.mac(purpose, &raw[..12]).finalize().into_bytes();
        raw[12..].copy_from_slice(&mac[..MAC_LEN]);
        hex::encode(raw)
    }

    /// The (id, generation) a token names, if this key made it for this purpose. The MAC is
    /// compared in constant time.
    pub fn open(&self, purpose: Purpose, token: &str) -> Option<(i64, i64)> {
        if token.len() != TOKEN_LEN {
            return None;
        }
        let mut raw = [0u8; RAW_LEN];
        hex::decode_to_slice(token, &mut raw).ok()?;
        self.mac(purpose, &raw[..12])
            .verify_truncated_left(&raw[12..])
            .ok()?;
        let id = i64::from_be_bytes(raw[..8].try_into().ok()?);
        let gen = u32::from_be_bytes(raw[8..12].try_into().ok()?);
        Some((id, i64::from(gen)))
    }
}

#[cfg(test)]
mod tests {
    use super::{LinkKey, Purpose, TOKEN_LEN};

    #[test]
    fn tokens_open_only_with_their_key_purpose_and_bytes() {
        let key = LinkKey::new(b"k1");
        let t = key.token(Purpose::Confirm, 42, 3);
        assert_eq!(t.len(), TOKEN_LEN);
        assert_ne!(t.len(), 64, "must not look like a stored random token");
        assert_eq!(key.open(Purpose::Confirm, &t), Some((42, 3)));
        assert_eq!(key.open(Purpose::Withdraw, &t), None);
        assert_eq!(LinkKey::new(b"k2").open(Purpose::Confirm, &t), None);
        // Another generation is another token; a changed id fails the MAC.
        assert_ne!(key.token(Purpose::Confirm, 42, 4), t);
        let forged = format!("{:016x}{}", 43, &t[16..]);
        assert_eq!(key.open(Purpose::Confirm, &forged), None);
        assert_eq!(key.open(Purpose::Confirm, "zz"), None);
        assert_eq!(key.open(Purpose::Confirm, &"g".repeat(TOKEN_LEN)), None);
    }
}
