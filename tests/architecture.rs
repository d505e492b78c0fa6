//! The module graph says what each part may touch: the foundation (configuration, database, HTTP
//! plumbing, domain types, languages, email transport, jobs) imports no capability and not the
//! composition root (`app`, `api_doc`, `cli`). Read from the `crate::` paths in `src/`, so a new
//! import that breaks the shape fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Parts every other part may build on.
const FOUNDATION: &[&str] = &[
    "config",
    "db",
    "http",
    "domain",
    "i18n",
    "telemetry",
    "text",
    "cache",
    "email",
    "jobs",
    "secret",
];

/// Top-level module → the top-level modules its files name through `crate::`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let first = rel.components().next().unwrap().as_os_str();
            let module = first.to_string_lossy().trim_end_matches(".rs").to_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let names = out.entry(module.clone()).or_default();
            for used in crate_paths(&text) {
                if used != module {
                    names.insert(used);
                }
            }
        }
    }
    out
}

/// The first segment of every `crate::` path, including grouped ones (`crate::{a, b::c}`).
fn crate_paths(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        // Not `$crate::` inside macros, which names the crate itself.
        if text[..at].ends_with('$') {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            for item in inner.split(',') {
                let head = item.trim().split("::").next().unwrap_or("");
                found.push(head.to_owned());
            }
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            found.push(rest[..end].to_owned());
        }
    }
    found.retain(|m| !m.is_empty() && m.chars().next().unwrap().is_ascii_lowercase());
    // Macros exported at the crate root belong to `db`.
    for m in found.iter_mut() {
        if m == "per_engine" || m == "on_db" {
            *m = "db".into();
        }
    }
    found
}

#[test]
fn the_foundation_imports_no_capability() {
    let graph = graph();
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        if !FOUNDATION.contains(&module.as_str()) {
            continue;
        }
        for used in uses {
            if !FOUNDATION.contains(&used.as_str()) {
                wrong.push(format!("{module} → {used}"));
            }
        }
    }
    assert!(wrong.is_empty(), "foundation imports upward: {wrong:#?}");
}

#[test]
fn the_lowest_capabilities_stand_on_the_foundation_alone() {
    // Anti-abuse and staff accounts: every other capability may use them, so they use none.
    let graph = graph();
    for low in ["abuse", "users"] {
        let above: Vec<&String> = graph[low]
            .iter()
            .filter(|m| !FOUNDATION.contains(&m.as_str()))
            .collect();
        assert!(above.is_empty(), "{low} imports {above:?}");
    }
}

#[test]
fn deliveries_build_on_letters_and_letters_never_on_deliveries() {
    // One direction only: delivery to Congress reads the letters' store; the composition root
    // hands it its state, so it never names `app`.
    let graph = graph();
    let deliveries = &graph["deliveries"];
    assert!(deliveries.contains("letters"), "{deliveries:?}");
    for root in ["app", "api_doc", "cli", "demo", "seed", "admin"] {
        assert!(!deliveries.contains(root), "deliveries imports {root}");
    }
    assert!(
        !graph["letters"].contains("deliveries"),
        "letters imports deliveries"
    );
}
