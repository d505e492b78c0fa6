//! Link tokens derived from what they point at: an HMAC of the row's id, the link's purpose and
//! the row's link generation under a key every instance shares. Nothing is stored per link, so
//! writing a signature costs no token rows; bumping the generation kills every older link. A row
//! starts at the generation of its creation time (ms), so when an id is handed out again (SQLite
//! reuses the highest id after a delete; a restored backup rewinds a sequence) the links of the
//! row that had it before open nothing.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The `app_secrets` name of the signature links' key.
pub const SIGNATURE_LINKS: &str = "signature_links";

/// Bytes of MAC kept: 128 bits, far beyond guessing over HTTP.
const MAC_LEN: usize = 16;
/// Bytes of the generation: 48 bits hold a time in ms for the next 8,000 years.
const GEN_LEN: usize = 6;
/// id (8) + generation + MAC.
const RAW_LEN: usize = 8 + GEN_LEN + MAC_LEN;
const HEAD: usize = 8 + GEN_LEN;
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
        raw[8..HEAD].copy_from_slice(&gen.to_be_bytes()[8 - GEN_LEN..]);
        let mac = self.mac(purpose, &raw[..HEAD]).finalize().into_bytes();
        raw[HEAD..].copy_from_slice(&mac[..MAC_LEN]);
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
        self.mac(purpose, &raw[..HEAD])
            .verify_truncated_left(&raw[HEAD..])
            .ok()?;
        let id = i64::from_be_bytes(raw[..8].try_into().ok()?);
        let mut gen = [0u8; 8];
        gen[8 - GEN_LEN..].copy_from_slice(&raw[8..HEAD]);
        Some((id, i64::from_be_bytes(gen)))
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
        // A generation that is a creation time in ms survives the round trip.
        let at = 1_764_000_000_123;
        let t2 = key.token(Purpose::Withdraw, 42, at);
        assert_eq!(key.open(Purpose::Withdraw, &t2), Some((42, at)));
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
