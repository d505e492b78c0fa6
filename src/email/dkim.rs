//! DKIM (RFC 6376): every message is signed with the key the settings name, so receivers can tell
//! it comes from the sending domain. No key file, no signature. `chorus dkim keygen` writes a key
//! and prints the DNS record to publish.

use std::path::Path;

use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::HeaderName;
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use rsa::pkcs8::{DecodePrivateKey, EncodePublicKey};
use rsa::RsaPrivateKey;

use crate::config::DkimSettings;

/// The two algorithms receivers verify (RFC 6376 and RFC 8463).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    RsaSha256,
    Ed25519Sha256,
}

impl std::str::FromStr for Algorithm {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        match s.trim() {
            "" | "rsa-sha256" => Ok(Algorithm::RsaSha256),
            "ed25519-sha256" => Ok(Algorithm::Ed25519Sha256),
            other => {
                anyhow::bail!("dkim.algorithm must be rsa-sha256 or ed25519-sha256, not '{other}'")
            }
        }
    }
}

impl Algorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::RsaSha256 => "rsa-sha256",
            Algorithm::Ed25519Sha256 => "ed25519-sha256",
        }
    }
}

/// Headers that are signed. A header absent from a message is signed as absent, so nobody can
/// add it on the way (an unsubscribe link, a reply address). The MIME structure's own headers
/// (Content-Type) are written with the body by the mail builder, so the body hash covers them.
const SIGNED: [&str; 11] = [
    "From",
    "To",
    "Cc",
    "Sender",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "MIME-Version",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
];

/// Each header is named twice (oversigning, RFC 6376 §8.15): a second copy of a signed header,
/// added above the first on the way, breaks the signature instead of being shown unnoticed.
fn signed_headers() -> Vec<HeaderName> {
    SIGNED
        .iter()
        .chain(SIGNED.iter())
        .map(|h| HeaderName::new_from_ascii_str(h))
        .collect()
}

/// The signing setup from the settings, or `None` when no key file is configured.
pub fn from_settings(s: &DkimSettings) -> anyhow::Result<Option<DkimConfig>> {
    if s.key_file.as_os_str().is_empty() {
        if !s.selector.trim().is_empty() || !s.domain.trim().is_empty() {
            tracing::warn!(
                "dkim.selector or dkim.domain is set without dkim.key_file: email is not signed"
            );
        }
        return Ok(None);
    }
    let algorithm: Algorithm = s.algorithm.parse()?;
    if s.selector.trim().is_empty() || s.domain.trim().is_empty() {
        anyhow::bail!("dkim.selector and dkim.domain are needed with dkim.key_file");
    }
    let key = read_key(&s.key_file, algorithm)?;
    if let Some(mode) = loose_permissions(&s.key_file) {
        tracing::warn!(
            key_file = %s.key_file.display(),
            mode = format!("{mode:o}"),
            "the DKIM key file is readable by others than its owner"
        );
    }
    let headers = signed_headers();
    Ok(Some(DkimConfig::new(
        s.selector.trim().to_owned(),
        s.domain.trim().to_owned(),
        key,
        headers,
        DkimCanonicalization {
            header: DkimCanonicalizationType::Relaxed,
            body: DkimCanonicalizationType::Relaxed,
        },
    )))
}

/// The mode of a key file that group or others may read.
fn loose_permissions(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// RSA keys as PKCS#1 PEM (what lettre reads) or PKCS#8 PEM (converted); Ed25519 keys as the
/// base64 of the 32-byte secret.
fn read_key(path: &Path, algorithm: Algorithm) -> anyhow::Result<DkimSigningKey> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("dkim.key_file {}: {e}", path.display()))?;
    let bad = |e: &dyn std::fmt::Display| {
        anyhow::anyhow!(
            "dkim.key_file {} is not a usable {} key: {e}",
            path.display(),
            algorithm.as_str()
        )
    };
    match algorithm {
        Algorithm::RsaSha256 => {
            let pkcs1 = if text.contains("BEGIN PRIVATE KEY") {
                RsaPrivateKey::from_pkcs8_pem(&text)
                    .map_err(|e| bad(&e))?
                    .to_pkcs1_pem(LineEnding::LF)
                    .map_err(|e| bad(&e))?
                    .to_string()
            } else {
                text
            };
            DkimSigningKey::new(&pkcs1, DkimSigningAlgorithm::Rsa).map_err(|e| bad(&e))
        }
        Algorithm::Ed25519Sha256 => {
            DkimSigningKey::new(text.trim(), DkimSigningAlgorithm::Ed25519).map_err(|e| bad(&e))
        }
    }
}

/// A new key: its file contents (private) and the `p=` value of its DNS record (public).
pub struct NewKey {
    pub private: String,
    pub public: String,
    pub algorithm: Algorithm,
}

impl NewKey {
    pub fn generate(algorithm: Algorithm, bits: usize) -> anyhow::Result<NewKey> {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD;
        match algorithm {
            Algorithm::RsaSha256 => {
                // RFC 8301: verifiers may refuse keys under 2048 bits.
                if !(2048..=4096).contains(&bits) {
                    anyhow::bail!("an RSA key has 2048 to 4096 bits (2048 is usual)");
                }
                let key = RsaPrivateKey::new(&mut rand_core::OsRng, bits)?;
                let public = key.to_public_key().to_public_key_der()?;
                Ok(NewKey {
                    private: key.to_pkcs1_pem(LineEnding::LF)?.to_string(),
                    public: b64.encode(public.as_bytes()),
                    algorithm,
                })
            }
            Algorithm::Ed25519Sha256 => {
                let mut secret = [0u8; 32];
                getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("random source: {e}"))?;
                let key = ed25519_dalek::SigningKey::from_bytes(&secret);
                Ok(NewKey {
                    private: format!("{}\n", b64.encode(secret)),
                    public: b64.encode(key.verifying_key().to_bytes()),
                    algorithm,
                })
            }
        }
    }

    /// The TXT record to publish at `{selector}._domainkey.{domain}`.
    pub fn dns_record(&self) -> String {
        let k = match self.algorithm {
            Algorithm::RsaSha256 => "rsa",
            Algorithm::Ed25519Sha256 => "ed25519",
        };
        format!("v=DKIM1; k={k}; p={}", self.public)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_read_back() {
        for algorithm in [Algorithm::Ed25519Sha256, Algorithm::RsaSha256] {
            let key = NewKey::generate(algorithm, 2048).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("key");
            std::fs::write(&file, &key.private).unwrap();
            assert!(read_key(&file, algorithm).is_ok(), "{algorithm:?}");
            assert!(key.dns_record().starts_with("v=DKIM1; k="));
        }
    }

    #[test]
    fn small_rsa_keys_are_refused() {
        assert!(NewKey::generate(Algorithm::RsaSha256, 1024).is_err());
    }

    #[test]
    fn every_signed_header_is_named_twice() {
        let names: Vec<String> = signed_headers().iter().map(|h| h.to_string()).collect();
        for h in SIGNED {
            assert_eq!(names.iter().filter(|n| n.as_str() == h).count(), 2, "{h}");
        }
    }

    #[test]
    fn algorithms_are_named_as_in_the_settings() {
        for a in [Algorithm::RsaSha256, Algorithm::Ed25519Sha256] {
            assert_eq!(a.as_str().parse::<Algorithm>().unwrap(), a);
        }
        assert!("rsa-sha1".parse::<Algorithm>().is_err());
    }
}
