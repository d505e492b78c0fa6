//! Every message is DKIM-signed with the configured key, and an independent verifier (dkimpy,
//! given the DNS record `chorus dkim keygen` printed) accepts it; a changed message fails.

mod common;

use std::process::Command;

use common::*;

/// Runs `chorus dkim keygen` and returns the TXT record it printed (quoted strings joined).
fn keygen(dir: &std::path::Path, algorithm: &str) -> (std::path::PathBuf, String) {
    let key = dir.join(format!("{algorithm}.key"));
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .current_dir(dir)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/k.db?mode=rwc", dir.display()),
        )
        .env("RUST_LOG", "warn")
        .args([
            "dkim",
            "keygen",
            "--algorithm",
            algorithm,
            "--selector",
            "s1",
        ])
        .args(["--domain", "chorus.test", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = text
        .lines()
        .find(|l| l.starts_with("s1._domainkey.chorus.test. IN TXT "))
        .unwrap_or_else(|| panic!("no record printed: {text}"));
    let record: String = line
        .split('"')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .concat();
    assert!(record.starts_with("v=DKIM1; k="), "{record}");
    // The key file is the owner's alone, and is never overwritten.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "key file mode {mode:o}");
    }
    let again = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .current_dir(dir)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/k.db?mode=rwc", dir.display()),
        )
        .args(["dkim", "keygen", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(!again.status.success(), "an existing key was overwritten");
    (key, record)
}

/// What dkimpy says of `raw` when `s1._domainkey.chorus.test` holds `record`.
fn verify(raw: &str, record: &str, dir: &std::path::Path) -> String {
    let file = dir.join("message.eml");
    std::fs::write(&file, raw).unwrap();
    let script = r#"
import sys, dkim
raw = open(sys.argv[1], 'rb').read()
record = sys.argv[2].encode()
def dns(name, timeout=5):
    return record if name == b's1._domainkey.chorus.test.' else None
print('valid' if dkim.verify(raw, dnsfunc=dns) else 'invalid')
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&file)
        .arg(record)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

async fn messages_are_signed(engine: Engine) {
    let dir = tempfile::tempdir().unwrap();
    for algorithm in ["rsa-sha256", "ed25519-sha256"] {
        let (key, record) = keygen(dir.path(), algorithm);
        let app = TestApp::spawn_with(engine, |s| {
            s.dkim.key_file = key.clone();
            s.dkim.selector = "s1".into();
            s.dkim.domain = "chorus.test".into();
            s.dkim.algorithm = algorithm.into();
        })
        .await;
        app.create_petition("dkim", "").await;
        let to = unique_email("dkim");
        let res = app
            .post_json("/api/v1/petitions/dkim/signatures", &signer(&to))
            .await;
        assert_eq!(res.status(), 202);
        let mail = wait_for_mails(&to, 1).await.remove(0);
        let signature = mail
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("DKIM-Signature"))
            .map(|(_, v)| v.clone())
            .expect("a DKIM-Signature header");
        assert!(signature.contains("d=chorus.test"), "{signature}");
        assert!(signature.contains("s=s1"), "{signature}");
        assert!(signature.contains(&format!("a={algorithm}")), "{signature}");
        assert!(signature.contains("c=relaxed/relaxed"), "{signature}");
        // The Message-ID is on the sender's domain, not the machine's name.
        let id = mail
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Message-ID"))
            .map(|(_, v)| v.clone())
            .unwrap();
        assert!(id.trim().ends_with("@chorus.test>"), "{id}");
        assert_eq!(
            verify(&mail.raw, &record, dir.path()),
            "valid",
            "{algorithm}"
        );
        // A second From added above the signed one (oversigning) no longer verifies.
        let added = format!("From: Someone Else <boss@chorus.test>\r\n{}", mail.raw);
        assert_eq!(
            verify(&added, &record, dir.path()),
            "invalid",
            "{algorithm}"
        );
        // A changed subject no longer verifies.
        let forged = mail.raw.replacen(&mail.subject, "Something else", 1);
        assert_ne!(forged, mail.raw);
        assert_eq!(
            verify(&forged, &record, dir.path()),
            "invalid",
            "{algorithm}"
        );
        app.stop().await;
    }
}

async fn no_key_no_signature(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("nodkim", "").await;
    let to = unique_email("nodkim");
    let res = app
        .post_json("/api/v1/petitions/nodkim/signatures", &signer(&to))
        .await;
    assert_eq!(res.status(), 202);
    let mail = wait_for_mails(&to, 1).await.remove(0);
    assert!(!mail
        .headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("DKIM-Signature")));
    app.stop().await;
}

both_engines!(messages_are_signed, no_key_no_signature);

/// `chorus dkim keygen` with no arguments writes an RSA key beside it and prints the record.
#[test]
fn keygen_without_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .current_dir(dir.path())
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/k.db?mode=rwc", dir.path().display()),
        )
        .env("RUST_LOG", "warn")
        .args(["dkim", "keygen"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key = std::fs::read_to_string(dir.path().join("dkim-chorus.key")).unwrap();
    assert!(key.contains("BEGIN RSA PRIVATE KEY"), "{key}");
    assert!(
        text.contains("chorus._domainkey.") && text.contains("k=rsa; p="),
        "{text}"
    );
}
