//! Per-message bounce addresses (VERP): every message leaves with the envelope sender
//! `<local>+<tag>@<domain>`, whose tag carries the recipient's canonical address, the kind of
//! email and the day it was sent, signed with a server key. A bounce or complaint that comes back
//! to that address names who bounced without any outbox row (which may be long purged), and nobody
//! without the key can make up a tag that suppresses someone else's address.
//!
//! Tags use lowercase base32 and digits only, so a mail system that lowercases local parts does
//! not break them: `<base32(address)>-<kind code>-<day>-<mac>`.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::EmailKind;

const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
/// 10 bytes of HMAC-SHA256 (80 bits): guessing one is out of reach.
const MAC_BYTES: usize = 10;
/// Longest canonical address a tag carries (RFC 5321's limit on a path).
const MAX_ADDRESS: usize = 254;

/// Lowercase base32 (RFC 4648 alphabet), no padding.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// The bytes of lowercase (or uppercase) base32 without padding; `None` for anything else.
pub fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c.to_ascii_lowercase())? as u32;
        buffer = ((buffer << 5) | v) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// What a valid tag says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// The recipient's canonical address.
    pub address: String,
    pub kind: EmailKind,
    /// Days since the Unix epoch when the message was sent.
    pub day: i64,
}

/// Why a tag was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagError {
    /// Not the shape we write.
    Malformed,
    /// The right shape, but not signed with our key (forged or altered).
    BadSignature,
    /// Signed, but older than the configured age: a replayed old address.
    Expired,
}

/// Makes and checks tags with the server's key.
#[derive(Clone)]
pub struct Verp {
    key: std::sync::Arc<[u8]>,
}

impl Verp {
    pub fn new(key: &[u8]) -> Self {
        Verp { key: key.into() }
    }

    fn mac(&self, address: &str, kind: &str, day: i64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(format!("verp1\n{address}\n{kind}\n{day}").as_bytes());
        base32(&mac.finalize().into_bytes()[..MAC_BYTES])
    }

    /// The tag for a message of `kind` to `canonical`, sent on `day` (days since the epoch).
    pub fn tag(&self, canonical: &str, kind: EmailKind, day: i64) -> String {
        let address = canonical.to_lowercase();
        let code = kind.code();
        let mac = self.mac(&address, code, day);
        format!("{}-{code}-{day}-{mac}", base32(address.as_bytes()))
    }

    /// Reads a tag: valid only if signed with our key and sent within `max_age_days` of `today`.
    pub fn check(&self, tag: &str, today: i64, max_age_days: i64) -> Result<Tagged, TagError> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut parts = tag.split('-');
        let (Some(addr), Some(code), Some(day), Some(mac), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(TagError::Malformed);
        };
        if addr.len() > MAX_ADDRESS * 8 / 5 + 1 || day.len() > 7 {
            return Err(TagError::Malformed);
        }
        let address = unbase32(addr)
            .and_then(|b| String::from_utf8(b).ok())
            .filter(|a| a.contains('@'))
            .ok_or(TagError::Malformed)?;
        let kind = EmailKind::from_code(code).ok_or(TagError::Malformed)?;
        let day: i64 = day.parse().map_err(|_| TagError::Malformed)?;
        if !crate::secret::same(&self.mac(&address, code, day), mac) {
            return Err(TagError::BadSignature);
        }
        if day > today + 1 || today - day > max_age_days {
            return Err(TagError::Expired);
        }
        Ok(Tagged { address, kind, day })
    }
}

/// Days since the Unix epoch of `ms`.
pub fn day_of(ms: i64) -> i64 {
    ms.div_euclid(86_400_000)
}

/// The tag inside `address` if it is one of our bounce addresses (`<local>+<tag>@…`), whatever
/// the case and whether or not it is in angle brackets.
pub fn tag_in<'a>(address: &'a str, local: &str) -> Option<&'a str> {
    let address = address.trim().trim_start_matches('<').trim_end_matches('>');
    let (local_part, _domain) = address.rsplit_once('@')?;
    let (prefix, tag) = local_part.split_once('+')?;
    (prefix.eq_ignore_ascii_case(local) && !tag.is_empty()).then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_tag_round_trips_and_stays_a_lowercase_local_part() {
        let v = Verp::new(b"k");
        let t = v.tag("jane.doe@example.org", EmailKind::ConfirmSignature, 20_000);
        assert!(t
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        let got = v.check(&t.to_uppercase(), 20_001, 30).unwrap();
        assert_eq!(got.address, "jane.doe@example.org");
        assert_eq!(got.kind, EmailKind::ConfirmSignature);
        assert_eq!(
            tag_in(&format!("<Bounces+{t}@mail.example.org>"), "bounces"),
            Some(t.as_str())
        );
        assert_eq!(tag_in("someone@example.org", "bounces"), None);
    }

    #[test]
    fn forged_altered_and_old_tags_are_refused() {
        let v = Verp::new(b"k");
        let t = v.tag("jane@example.org", EmailKind::Letter, 20_000);
        assert_eq!(
            Verp::new(b"other").check(&t, 20_000, 30),
            Err(TagError::BadSignature)
        );
        // Another address under the same signature.
        let mut parts: Vec<String> = t.split('-').map(str::to_owned).collect();
        parts[0] = base32(b"victim@example.org");
        assert_eq!(
            v.check(&parts.join("-"), 20_000, 30),
            Err(TagError::BadSignature)
        );
        assert_eq!(v.check(&t, 20_031, 30), Err(TagError::Expired));
        for junk in ["", "a-b-c", "!!-cs-1-x", "a-b-c-d-e", &"a".repeat(900)] {
            assert_eq!(v.check(junk, 20_000, 30), Err(TagError::Malformed));
        }
    }

    proptest! {
        #[test]
        fn base32_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            prop_assert_eq!(unbase32(&base32(&bytes)), Some(bytes));
        }

        #[test]
        fn checking_any_text_never_panics(s in "\\PC{0,300}") {
            let _ = Verp::new(b"k").check(&s, 20_000, 30);
        }
    }
}
