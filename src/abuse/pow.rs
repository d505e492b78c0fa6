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
    /// A challenge good for one petition: its slug is in the salt, which the challenge hashes.
    pub fn issue(&self, petition: &str, mac: impl Fn(&str) -> String, now: i64) -> Challenge {
        let mut bytes = [0u8; 12];
        getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
        let mut n = [0u8; 8];
        getrandom::fill(&mut n).expect("the OS random source is unavailable");
        let number = u64::from_le_bytes(n) % (MAX_NUMBER + 1);
        let salt = format!(
            "{}?expires={}&petition={petition}",
            hex::encode(bytes),
            now + LIFETIME_MS
        );
        let challenge = sha256_hex(&format!("{salt}{number}"));
        Challenge {
            algorithm: "SHA-256".into(),
            signature: mac(&challenge),
            challenge,
            salt,
            maxnumber: MAX_NUMBER,
        }
    }

    /// Checks a solution from the form field (base64 JSON) for `petition`; returns the solved
    /// challenge and when it expires, or None for anything wrong, or reused on this instance (the
    /// signing batch makes it single-use across instances).
    pub fn verify(
        &self,
        field: &str,
        petition: &str,
        mac: impl Fn(&str) -> String,
        now: i64,
    ) -> Option<(String, i64)> {
        use base64::Engine;
        let json = base64::engine::general_purpose::STANDARD
            .decode(field.trim())
            .ok()?;
        let s = serde_json::from_slice::<Solution>(&json).ok()?;
        let (_, params) = s.salt.split_once('?')?;
        let mut expires = None;
        let mut for_petition = None;
        for pair in params.split('&') {
            match pair.split_once('=') {
                Some(("expires", t)) => expires = t.parse::<i64>().ok(),
                Some(("petition", p)) => for_petition = Some(p),
                _ => {}
            }
        }
        let expires = expires.filter(|t| *t >= now)?;
        let genuine = s.algorithm == "SHA-256"
            && s.number <= MAX_NUMBER
            && for_petition == Some(petition)
            && crate::secret::same(&mac(&s.challenge), &s.signature)
            && sha256_hex(&format!("{}{}", s.salt, s.number)) == s.challenge;
        if !genuine {
            return None;
        }
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        used.retain(|_, exp| *exp >= now);
        used.insert(s.challenge.clone(), expires)
            .is_none()
            .then_some((s.challenge, expires))
    }
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PowQuery {
    /// The slug of the petition the solution will sign: a solution is good for that one only.
    #[serde(default)]
    petition: String,
    /// Or the slug of the letter campaign it will send letters to.
    #[serde(default)]
    campaign: String,
    /// Or the slug of the event it will register for.
    #[serde(default)]
    event: String,
}

/// A fresh proof-of-work challenge for the sign form (petitions under attack require one).
#[utoipa::path(get, path = "/api/v1/pow", operation_id = "pow_challenge", tag = "petitions",
    params(PowQuery),
    responses((status = 200, description = "A challenge (ALTCHA scheme)", body = crate::abuse::pow::Challenge),
        (status = 400, description = "No petition named")))]
#[tracing::instrument(skip_all)]
pub async fn pow_challenge(
    axum::extract::State(guard): axum::extract::State<super::Guard>,
    axum::extract::Query(q): axum::extract::Query<PowQuery>,
) -> Result<axum::response::Response, crate::http::AppError> {
    let parse = |s: &str| {
        crate::domain::Slug::parse(s).map_err(|_| {
            crate::http::AppError::BadRequest(crate::http::Message::new("err-slug").arg("slug", s))
        })
    };
    // A campaign's solutions are tied to "l:slug" (no slug has a colon), a petition's to its slug.
    // An event's to "e:slug".
    let scope = if !q.event.is_empty() {
        format!("e:{}", parse(&q.event)?.as_str())
    } else if q.campaign.is_empty() {
        parse(&q.petition)?.as_str().to_owned()
    } else {
        format!("l:{}", parse(&q.campaign)?.as_str())
    };
    let c = guard.pow_challenge(&scope, crate::db::now_ms());
    use axum::response::IntoResponse;
    Ok((
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        axum::Json(c),
    )
        .into_response())
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
        let c = pow.issue("p1", mac, 1_000);
        let answer = solve(&c);
        assert!(
            pow.verify(&answer, "p2", mac, 2_000).is_none(),
            "for another petition"
        );
        assert_eq!(
            pow.verify(&answer, "p1", mac, 2_000).map(|v| v.0),
            Some(c.challenge)
        );
        assert!(
            pow.verify(&answer, "p1", mac, 2_000).is_none(),
            "a solution is used once"
        );
        let c = pow.issue("p1", mac, 1_000);
        let answer = solve(&c);
        assert!(
            pow.verify(&answer, "p1", mac, 1_000 + LIFETIME_MS + 1)
                .is_none(),
            "expired"
        );
        assert!(
            pow.verify(&answer, "p1", |s: &str| format!("other:{s}"), 2_000)
                .is_none(),
            "forged MAC"
        );
        assert!(pow.verify("bm90IGpzb24=", "p1", mac, 2_000).is_none());
        assert!(pow.verify("", "p1", mac, 2_000).is_none());
    }
}
