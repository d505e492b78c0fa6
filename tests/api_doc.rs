//! The OpenAPI document: it validates, it lists every `/api/v1` route the server answers (and
//! nothing else), and schemathesis (PyPI) finds no server error when it fuzzes the API from it.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::*;

async fn document(app: &TestApp) -> serde_json::Value {
    let res = app.get("/api/openapi.json").await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

/// Every `"/api/v1…"` literal in the sources outside the API module would be a route the document
/// does not know about.
fn routes_registered_elsewhere() -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for line in text.lines() {
                    if line.contains(".route(\"/api/v1") {
                        out.push(format!("{}: {line}", path.display()));
                    }
                }
            }
        }
    }
    out
}

async fn document_validates_and_lists_every_route(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let doc = document(&app).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    // The webhooks' payloads, added to the generated document.
    let hooks = doc["webhooks"].as_object().unwrap();
    assert_eq!(hooks.len(), chorus::webhooks::EventType::ALL.len());
    let confirmed = &hooks["signature.confirmed"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"];
    assert_eq!(
        confirmed["properties"]["type"]["const"],
        "signature.confirmed"
    );
    assert!(confirmed["properties"]["data"]["properties"]["email"].is_object());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let check = Command::new("python3")
        .args([
            "-c",
            "import json, sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1])))",
        ])
        .arg(&file)
        .output()
        .expect("python3 runs (scripts/services installs openapi-spec-validator)");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    let paths: BTreeSet<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected: BTreeSet<&str> = [
        "/api/v1/petitions",
        "/api/v1/petitions/{slug}",
        "/api/v1/petitions/{slug}/signatures",
        "/api/v1/pow",
        "/api/v1/petitions/{slug}/counts",
        "/api/v1/petitions/{slug}/signatures.csv",
        "/api/v1/letters/{slug}",
        "/api/v1/letters/{slug}/lookup",
        "/api/v1/letters/{slug}/letters",
        "/api/v1/events",
        "/api/v1/events/{slug}",
        "/api/v1/events/{slug}/registrations",
    ]
    .into();
    assert_eq!(paths, expected);
    assert_eq!(routes_registered_elsewhere(), Vec::<String>::new());

    // Each documented path is served: a method it does not document gets 405, not the 404 of an
    // unknown route; the documented methods are not 404/405 routing misses.
    for (path, item) in doc["paths"].as_object().unwrap() {
        let url = app.url(&path.replace("{slug}", "no-such-slug"));
        let res = app.client.delete(&url).send().await.unwrap();
        assert_eq!(res.status(), 405, "{path} is routed");
        for method in item.as_object().unwrap().keys() {
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = app
                .client
                .request(m, &url)
                .json(&serde_json::json!({}))
                .send()
                .await
                .unwrap();
            assert_ne!(res.status(), 405, "{method} {path}");
        }
    }
    app.stop().await;
}

async fn schemathesis_finds_no_server_error(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("fuzz", "").await;
    let examples = std::env::var("CHORUS_SCHEMATHESIS_EXAMPLES").unwrap_or_else(|_| "25".into());
    chorus::letters::targets::import_us_congress(app.db(), None)
        .await
        .unwrap();
    let campaign: chorus::letters::CampaignSpec = toml::from_str(
        "slug = 'fuzz'\ntitle = 'Fuzz'\nstate = 'open'\ntarget_rule = 'us_congress'\nsubjects = ['S']\n\
         template = 'Dear {{ target.name }}, {{ personal_message }}'",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &campaign)
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Real slugs, so the fuzzer reaches the validation and writing code, not just the 404.
    std::fs::write(
        dir.path().join("schemathesis.toml"),
        "[parameters]\n\"path.slug\" = \"fuzz\"\n",
    )
    .unwrap();
    let out = tokio::process::Command::new("schemathesis")
        .arg("run")
        .arg(app.url("/api/openapi.json"))
        .args([
            "--checks",
            "not_a_server_error",
            "--max-examples",
            &examples,
        ])
        .args(["--generation-deterministic", "--workers", "2"])
        // Warnings (e.g. most random bodies being rejected as invalid) are expected; failures are not.
        .args(["--warnings", "off"])
        .current_dir(dir.path())
        .output()
        .await
        .expect("schemathesis runs (scripts/services installs it)");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // "540 generated, 540 passed": every generated case was checked and none failed.
    let line = report
        .lines()
        .find(|l| l.contains(" generated, "))
        .unwrap_or_else(|| panic!("no summary in:\n{report}"));
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 2, "{line}");
    assert!(numbers[0] >= 100 && numbers[0] == numbers[1], "{line}");
    app.stop().await;
}

both_engines!(
    document_validates_and_lists_every_route,
    schemathesis_finds_no_server_error
);
