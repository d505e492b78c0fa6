//! A self-hosted proof-of-work challenge (the ALTCHA scheme: no third party, no tracking). The
//! browser searches for the number whose SHA-256 with the salt is the challenge; finding it costs
//! a person a moment and a bot farm real money. The server only checks one hash and a MAC.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Largest secret number: about 25,000 hashes on average, well under a second on a phone.
pub const MAX_NUMBER: u64 = 50_000;
/// How long a challenge may be solved and used.
const LIFETIME_MS: i64 = 10 * 60_000;

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Challenge {
    pub algorithm: String,
    pub challenge: String,
    pub salt: String,
    pub maxnumber: u64,
    pub signature: String,
}

/// What the browser sends back (base64 of this JSON in the form's `pow` field).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Solution {
    pub algorithm: String,
    pub challenge: String,
    pub salt: String,
    pub number: u64,
    pub signature: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// Issues and checks challenges; a solved challenge is accepted once.
#[derive(Clone, Default)]
pub struct Pow {
    used: Arc<Mutex<HashMap<String, i64>>>,
}

impl Pow {
    pub fn issue(&self, mac: impl Fn(&str) -> String, now: i64) -> Challenge {
        let mut bytes = [0u8; 12];
        getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
        let mut n = [0u8; 8];
        getrandom::fill(&mut n).expect("the OS random source is unavailable");
        let number = u64::from_le_bytes(n) % (MAX_NUMBER + 1);
        let salt = format!("{}?expires={}", hex::encode(bytes), now + LIFETIME_MS);
        let challenge = sha256_hex(&format!("{salt}{number}"));
        Challenge {
            algorithm: "SHA-256".into(),
            signature: mac(&challenge),
            challenge,
            salt,
            maxnumber: MAX_NUMBER,
        }
    }

    /// Checks a solution from the form field (base64 JSON); false for anything wrong or reused.
    pub fn verify(&self, field: &str, mac: impl Fn(&str) -> String, now: i64) -> bool {
        use base64::Engine;
        let Ok(json) = base64::engine::general_purpose::STANDARD.decode(field.trim()) else {
            return false;
        };
        let Ok(s) = serde_json::from_slice::<Solution>(&json) else {
            return false;
        };
        let expires = s
            .salt
            .split_once("?expires=")
            .and_then(|(_, t)| t.parse::<i64>().ok());
        let fresh = expires.is_some_and(|t| t >= now);
        let genuine = s.algorithm == "SHA-256"
            && s.number <= MAX_NUMBER
            && crate::secret::same(&mac(&s.challenge), &s.signature)
            && sha256_hex(&format!("{}{}", s.salt, s.number)) == s.challenge;
        if !(fresh && genuine) {
            return false;
        }
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        used.retain(|_, exp| *exp >= now);
        used.insert(s.challenge, expires.unwrap_or(now)).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn mac(s: &str) -> String {
        format!("mac:{s}")
    }

    fn solve(c: &Challenge) -> String {
        let number = (0..=c.maxnumber)
            .find(|n| sha256_hex(&format!("{}{n}", c.salt)) == c.challenge)
            .unwrap();
        let s = Solution {
            algorithm: c.algorithm.clone(),
            challenge: c.challenge.clone(),
            salt: c.salt.clone(),
            number,
            signature: c.signature.clone(),
        };
        base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&s).unwrap())
    }

    #[test]
    fn solved_once_accepted_once() {
        let pow = Pow::default();
        let c = pow.issue(mac, 1_000);
        let answer = solve(&c);
        assert!(pow.verify(&answer, mac, 2_000));
        assert!(!pow.verify(&answer, mac, 2_000), "a solution is used once");
        let c = pow.issue(mac, 1_000);
        let answer = solve(&c);
        assert!(
            !pow.verify(&answer, mac, 1_000 + LIFETIME_MS + 1),
            "expired"
        );
        assert!(
            !pow.verify(&answer, |s: &str| format!("other:{s}"), 2_000),
            "forged MAC"
        );
        assert!(!pow.verify("bm90IGpzb24=", mac, 2_000));
        assert!(!pow.verify("", mac, 2_000));
    }
}
