//! The module graph says what each part may touch: the foundation (configuration, database, HTTP
//! plumbing, domain types, languages, email transport, jobs) imports no capability; nothing imports
//! the composition root (`app`, `api_doc`, `cli`, …); capabilities import each other without
//! cycles. Read from the `crate::` paths in `src/`, so a new import that breaks the shape fails here.

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

/// Composition roots: they wire everything together, and nothing imports them.
const ROOTS: &[&str] = &["app", "api_doc", "cli", "main", "lib", "demo", "seed"];

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
    // Anti-abuse, staff accounts and the audit log: every other capability may use them, so they
    // use none.
    let graph = graph();
    for low in ["abuse", "users", "audit"] {
        let above: Vec<&String> = graph[low]
            .iter()
            .filter(|m| !FOUNDATION.contains(&m.as_str()))
            .collect();
        assert!(above.is_empty(), "{low} imports {above:?}");
    }
}

#[test]
fn nothing_imports_the_composition_root() {
    let graph = graph();
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        if ROOTS.contains(&module.as_str()) {
            continue;
        }
        for used in uses {
            if ROOTS.contains(&used.as_str()) {
                wrong.push(format!("{module} → {used}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports of the composition root: {wrong:#?}"
    );
}

/// Pairs of capabilities that can reach each other through their imports.
fn cycles(edges: &BTreeMap<&str, Vec<&str>>) -> Vec<String> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(m) = todo.pop() {
            for &n in edges.get(m).into_iter().flatten() {
                if seen.insert(n) {
                    todo.push(n);
                }
            }
        }
        seen
    };
    let mut found = Vec::new();
    for &a in edges.keys() {
        for &b in &reach(a) {
            if a < b && reach(b).contains(a) {
                found.push(format!("{a} ⇄ {b}"));
            }
        }
    }
    found
}

#[test]
fn capabilities_import_each_other_without_cycles() {
    let graph = graph();
    let capability = |m: &str| !FOUNDATION.contains(&m) && !ROOTS.contains(&m);
    let edges: BTreeMap<&str, Vec<&str>> = graph
        .iter()
        .filter(|(m, _)| capability(m))
        .map(|(m, uses)| {
            let to = uses.iter().map(String::as_str).filter(|u| capability(u));
            (m.as_str(), to.collect())
        })
        .collect();
    // The check itself finds a cycle when there is one.
    let looped = BTreeMap::from([("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]);
    assert_eq!(cycles(&looped), ["a ⇄ b", "a ⇄ c", "b ⇄ c"]);
    let found = cycles(&edges);
    assert!(
        found.is_empty(),
        "capability cycles: {found:#?}\nedges: {edges:#?}"
    );
}

#[test]
fn grouped_and_nested_paths_are_read() {
    let text =
        "use crate::{db::Db, http::AppError};\nlet x = crate::petitions::pages::load;\n$crate::db";
    assert_eq!(crate_paths(text), ["db", "http", "petitions"]);
}

/// Handlers and queries are traced (so a trace shows where a request spent its time), and no
/// traced argument can carry personal data: every span records no arguments.
#[test]
fn traced_functions_record_no_arguments() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    let (mut traced, mut wrong) = (0, Vec::new());
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for line in text.lines().filter(|l| l.contains("#[tracing::instrument")) {
                traced += 1;
                if !line.contains("skip_all") {
                    wrong.push(format!("{}: {}", path.display(), line.trim()));
                }
            }
        }
    }
    assert!(traced > 50, "handlers are traced ({traced} found)");
    assert!(wrong.is_empty(), "spans that record arguments: {wrong:#?}");
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

#[test]
fn webhooks_import_none_of_the_capabilities_that_emit_events() {
    // Emitters record events through `webhooks::Event` in their own transactions; webhooks
    // importing any of them back would make a cycle.
    let graph = graph();
    let above: Vec<&String> = graph["webhooks"]
        .iter()
        .filter(|m| !FOUNDATION.contains(&m.as_str()) && m.as_str() != "audit")
        .collect();
    assert!(above.is_empty(), "webhooks imports {above:?}");
    for emitter in ["signatures", "petitions", "letters", "deliveries"] {
        assert!(
            graph[emitter].contains("webhooks"),
            "{emitter} emits events"
        );
    }
}
