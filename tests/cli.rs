//! The `chorus` binary as an operator uses it: environment configuration, migrations, accounts,
//! petitions from TOML files, and the demo (which must survive being run twice).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn chorus(db_url: &str, dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
    cmd.current_dir(dir)
        .env("DATABASE_URL", db_url)
        .env("CHORUS_LISTEN", "127.0.0.1:0")
        .env("CHORUS_OUTBOX_DIR", dir.join("mailbox"))
        .env("RUST_LOG", "warn")
        .env_remove("CHORUS_SMTP_URL")
        .env_remove("CHORUS_BASE_URL");
    cmd
}

fn run(mut cmd: Command, stdin: &str) -> (bool, String) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

async fn migrate_admin_and_petitions(engine: Engine) {
    let db = TestDb::new(engine).await;
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = chorus(&db.url, dir.path());
    cmd.arg("migrate");
    let (ok, out) = run(cmd, "");
    assert!(ok, "{out}");
    let engine_name = if engine == Engine::Sqlite {
        "sqlite"
    } else {
        "postgres"
    };
    assert!(
        out.contains(&format!("migrations applied ({engine_name})")),
        "{out}"
    );

    let mut cmd = chorus(&db.url, dir.path());
    cmd.args([
        "admin",
        "create",
        "--email",
        "Staff@Example.org",
        "--role",
        "campaigner",
    ]);
    let (ok, out) = run(cmd, "a long enough password\n");
    assert!(
        ok && out.contains("created account staff@example.org (campaigner)"),
        "{out}"
    );
    assert!(!out.contains("shown once"));
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["admin", "create", "--email", "staff@example.org"]);
    let (ok, out) = run(cmd, "");
    assert!(
        ok && out.contains("updated account") && out.contains("password (shown once): "),
        "{out}"
    );
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["admin", "create", "--email", "x@example.org"]);
    let (ok, out) = run(cmd, "short\n");
    assert!(!ok && out.contains("at least 12 characters"), "{out}");

    let file = dir.path().join("p.toml");
    std::fs::write(&file, "slug = \"cli-made\"\ntitle = \"Made by CLI\"\ntarget = \"County Board\"\nstate = \"open\"\nconsent_text = \"v1\"\n").unwrap();
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["petition", "create", "--file"]).arg(&file);
    let (ok, out) = run(cmd, "");
    assert!(ok && out.contains("created petition cli-made"), "{out}");
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["petition", "create", "--file"]).arg(&file);
    let (ok, out) = run(cmd, "");
    assert!(!ok && out.contains("use `chorus petition update`"), "{out}");
    std::fs::write(&file, "slug = \"cli-made\"\ntitle = \"Made by CLI, edited\"\ntarget = \"County Board\"\nstate = \"closed\"\nconsent_text = \"v2\"\n").unwrap();
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["petition", "update", "--file"]).arg(&file);
    let (ok, out) = run(cmd, "");
    assert!(ok, "{out}");
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["petition", "list"]);
    let (ok, out) = run(cmd, "");
    assert!(
        ok && out.contains("cli-made\tclosed\tMade by CLI, edited"),
        "{out}"
    );
    std::fs::write(
        &file,
        "slug = \"Bad Slug\"\ntitle = \"x\"\ntarget = \"y\"\n",
    )
    .unwrap();
    let mut cmd = chorus(&db.url, dir.path());
    cmd.args(["petition", "create", "--file"]).arg(&file);
    let (ok, out) = run(cmd, "");
    assert!(!ok && out.contains("not a valid slug"), "{out}");

    // The consent text changed, so signatures from now on record version 2.
    let version = scalar_on(
        &db.url,
        "SELECT consent_version FROM petitions WHERE slug = 'cli-made'",
    )
    .await;
    assert_eq!(version, 2);
    let hash = text_on(
        &db.url,
        "SELECT password_hash FROM admins WHERE email = 'staff@example.org'",
    )
    .await;
    assert!(hash.starts_with("$argon2id$"), "{hash}");
}

/// `chorus demo` seeds, serves and stops cleanly on SIGTERM; a second run on the same database works.
async fn demo_runs_twice(engine: Engine) {
    let db = TestDb::new(engine).await;
    let dir = tempfile::tempdir().unwrap();
    for round in 0..2 {
        let mut child = chorus(&db.url, dir.path())
            .arg("demo")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut url = None;
        let mut password = None;
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            let Some(Ok(line)) = lines.next() else { break };
            if let Some(rest) = line.trim().strip_prefix("petition: ") {
                url.get_or_insert(rest.to_owned());
            }
            if let Some((_, pw)) = line.split_once("password (new each run): ") {
                password = Some(pw.to_owned());
            }
            if line.starts_with("Press Ctrl+C") {
                break;
            }
        }
        let url = url.unwrap_or_else(|| panic!("round {round}: the demo printed no petition URL"));
        assert_eq!(password.expect("admin password printed").len(), 20);
        let client = reqwest::Client::new();
        let page = client.get(&url).send().await.unwrap();
        assert_eq!(page.status(), 200);
        assert!(
            page.text()
                .await
                .unwrap()
                .contains("<strong>340</strong> signatures"),
            "demo signatures are seeded once"
        );
        // Signing works and the email lands in the outbox folder as an .eml file.
        let api = url.replace("/p/", "/api/v1/petitions/") + "/signatures";
        let res = client
            .post(&api)
            .json(&signer(&format!("demo{round}@example.com")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 202);
        let outbox = dir.path().join("mailbox");
        let wait = Instant::now() + Duration::from_secs(10);
        loop {
            let emls = std::fs::read_dir(&outbox)
                .map(|d| {
                    d.flatten()
                        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                        .count()
                })
                .unwrap_or(0);
            if emls == round + 1 {
                break;
            }
            assert!(
                Instant::now() < wait,
                "expected {} .eml files, found {emls}",
                round + 1
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = child.wait().unwrap();
        assert!(exit.success(), "round {round}: demo exited with {exit}");
    }
}

both_engines!(migrate_admin_and_petitions, demo_runs_twice);
