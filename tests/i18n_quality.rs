//! The message files read as if written in each language: every count is a placeable with the
//! language's plural forms, no English is left in the other languages, and each language uses the
//! words of its glossary (docs/glossary/<lang>.md).

use std::collections::BTreeMap;

use chorus::i18n::{tn, Arg, Lang};

const FILES: [&str; 2] = ["chorus.ftl", "admin.ftl"];

fn dir(lang: &str) -> String {
    format!("{}/templates/i18n/{lang}", env!("CARGO_MANIFEST_DIR"))
}

/// A language's messages: id → source text (the value with its selectors), in file order.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let id = regex::Regex::new(r"^([A-Za-z][A-Za-z0-9_-]*) = ?(.*)$").unwrap();
    let mut out = BTreeMap::new();
    for file in FILES {
        let text = std::fs::read_to_string(format!("{}/{file}", dir(lang))).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some(c) = id.captures(line) {
                out.insert(c[1].to_owned(), c[2].to_owned());
                current = Some(c[1].to_owned());
            } else if line.is_empty() || line.starts_with('#') {
                current = None;
            } else if let Some(id) = &current {
                let value = out.get_mut(id).unwrap();
                value.push('\n');
                value.push_str(line);
            }
        }
    }
    out
}

/// The variables a message selects a plural form on.
fn selectors(source: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\{ *\$([a-z_]+) *->").unwrap();
    let mut found: Vec<String> = re.captures_iter(source).map(|c| c[1].to_owned()).collect();
    found.dedup();
    found
}

fn variables(source: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\$([a-z_]+)").unwrap();
    let mut found: Vec<String> = re.captures_iter(source).map(|c| c[1].to_owned()).collect();
    found.sort();
    found.dedup();
    found
}

/// Variables that are numbers in the code, given a number here too so that plural rules apply.
const NUMBERS: [&str; 17] = [
    "count",
    "goal",
    "pending",
    "held",
    "rows",
    "added",
    "duplicates",
    "counted",
    "emailed",
    "cap",
    "more",
    "countries",
    "max",
    "pct",
    "rate",
    "version",
    "status",
];

/// Renders `id` in `lang` with `n` for every variable English selects on, and a fixed value for
/// the rest.
fn render(lang: Lang, id: &str, source: &str, n: i64) -> String {
    let chosen = selectors(&messages("en")[id]);
    let values: Vec<(&'static str, Box<dyn Arg>)> = variables(source)
        .into_iter()
        .map(|v| {
            let value: Box<dyn Arg> = if chosen.contains(&v) {
                Box::new(n)
            } else if NUMBERS.contains(&v.as_str()) {
                Box::new(70_i64)
            } else {
                Box::new(format!("<{v}>"))
            };
            (&*Box::leak(v.into_boxed_str()), value)
        })
        .collect();
    let args: Vec<(&'static str, &dyn Arg)> = values.iter().map(|(k, v)| (*k, &**v)).collect();
    lang.scope_sync(|| tn(id, &args))
}

/// Every message that shows a count has the count inside it and a plural selector in English; each
/// renders with 1 and with 5 in every language, showing the number and no missing variable.
#[test]
fn every_count_message_has_plural_forms() {
    let english = messages("en");
    let counted: Vec<(&String, &String)> = english
        .iter()
        .filter(|(_, source)| !selectors(source).is_empty())
        .collect();
    assert!(counted.len() >= 35, "{}", counted.len());

    // A number shown next to a noun is selected on, in English already.
    let bare = regex::Regex::new(r"\{ \$(count|rows|more|cap|max) \}").unwrap();
    let mut problems = Vec::new();
    for (id, source) in &english {
        for var in bare.captures_iter(source) {
            if !selectors(source).contains(&var[1].to_owned())
                && !["template-err-size", "image-err-pixels", "map-shape-title"]
                    .contains(&id.as_str())
            {
                problems.push(format!("en {id}: ${} without plural forms", &var[1]));
            }
        }
    }

    let literal_one = regex::Regex::new(r"\[one\][^\n]*[^0-9.,{]1[^0-9]").unwrap();
    for lang in Lang::all() {
        let own = messages(lang.code());
        for (id, source) in &counted {
            let text = &own[*id];
            if literal_one.is_match(text) {
                problems.push(format!(
                    "{} {id}: a literal 1 instead of the count",
                    lang.code()
                ));
            }
            // Chinese has one form; every other language selects on what English selects on.
            if lang.code() != "zh-Hans"
                && selectors(source).contains(&"count".to_owned())
                && !selectors(text).contains(&"count".to_owned())
            {
                problems.push(format!("{} {id}: no plural forms for $count", lang.code()));
            }
            for n in [1, 5] {
                let shown = render(lang, id, text, n);
                // "Here is your letter": a single one may go without its number.
                let implicit =
                    n == 1 && ["email-again-intro", "email-pack-intro"].contains(&id.as_str());
                if !implicit && !shown.contains(&n.to_string()) {
                    problems.push(format!(
                        "{} {id} with {n}: no number in {shown:?}",
                        lang.code()
                    ));
                }
                if shown.contains("{$") || shown.contains("{ $") || shown.contains("{???}") {
                    problems.push(format!(
                        "{} {id}: a variable is missing: {shown:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The plural form follows the number, language by language.
#[test]
fn plural_forms_follow_the_number() {
    let cases = [
        ("en", "widget-signatures", "1 signature", "5 signatures"),
        (
            "en",
            "admin-invalidate-n",
            "Invalidate 1 signature",
            "Invalidate 5 signatures",
        ),
        (
            "en",
            "admin-update-send",
            "Send to 1 signer",
            "Send to 5 signers",
        ),
        ("fr", "widget-signatures", "1 signature", "5 signatures"),
        (
            "fr",
            "admin-invalidate-n",
            "Invalider 1 signature",
            "Invalider 5 signatures",
        ),
        (
            "de",
            "widget-signatures",
            "1 Unterschrift",
            "5 Unterschriften",
        ),
        ("es", "index-signatures", "1 firma", "5 firmas"),
        ("pt", "widget-signatures", "1 assinatura", "5 assinaturas"),
        (
            "pt",
            "admin-update-send",
            "Enviar para 1 signatário",
            "Enviar para 5 signatários",
        ),
        ("zh-Hans", "widget-signatures", "1 个签名", "5 个签名"),
    ];
    for (code, id, one, five) in cases {
        let lang = Lang::parse(code).unwrap();
        let source = &messages(code)[id];
        assert_eq!(render(lang, id, source, 1), one, "{code} {id}");
        assert_eq!(render(lang, id, source, 5), five, "{code} {id}");
    }
    // French counts 0 as singular, English does not.
    let fr = Lang::parse("fr").unwrap();
    assert_eq!(
        render(
            fr,
            "widget-signatures",
            &messages("fr")["widget-signatures"],
            0
        ),
        "0 signature"
    );
    let en = &messages("en")["widget-signatures"];
    assert_eq!(render(Lang::EN, "widget-signatures", en, 0), "0 signatures");
}

/// The text of a message as a reader sees it: no placeables, selector keys or HTML entities.
fn visible(source: &str) -> String {
    let selector = regex::Regex::new(r"\{\s*\$[a-z_]+\s*->|\[[a-z]+\]|\*|%[-A-Za-z]").unwrap();
    let placeable = regex::Regex::new(r"\{[^{}]*\}").unwrap();
    let text = selector.replace_all(source, " ");
    placeable.replace_all(&text, " ").replace('}', " ")
}

/// Common English words that have no business in a French, German, Spanish, Portuguese or Chinese
/// text; each language may keep a few (a loan word, a product name).
const ENGLISH: [&str; 52] = [
    "the",
    "and",
    "with",
    "your",
    "you",
    "please",
    "this",
    "that",
    "from",
    "for",
    "not",
    "are",
    "here",
    "click",
    "sign",
    "signed",
    "signature",
    "signatures",
    "petition",
    "petitions",
    "letter",
    "letters",
    "confirm",
    "confirmed",
    "send",
    "sent",
    "save",
    "saved",
    "cancel",
    "update",
    "updates",
    "campaign",
    "campaigns",
    "country",
    "countries",
    "supporter",
    "thank",
    "thanks",
    "yes",
    "back",
    "share",
    "more",
    "email",
    "emails",
    "page",
    "button",
    "address",
    "target",
    "goal",
    "preview",
    "delete",
    "erase",
];

/// Names that stay as they are in every language: the official system that delivers messages to
/// Congress, and the Library of Congress topic sent when a campaign names none.
const PROPER_NAMES: &[&str] = &[
    "Communicating with Congress",
    "Government Operations and Politics",
];

fn allowed(lang: &str) -> &'static [&'static str] {
    match lang {
        // French writes "signature" and "page" too; German "Petition"; Portuguese and German
        // "e-mail" is not "email".
        "fr" => &["signature", "signatures", "page", "pages"],
        "de" => &["petition", "petitions"],
        // "se for você": a form of "ser".
        "pt" => &["for"],
        _ => &[],
    }
}

#[test]
fn no_english_words_left_in_other_languages() {
    let word = regex::Regex::new(r"\p{L}[\p{L}_'’-]*").unwrap();
    let mut left = Vec::new();
    for lang in Lang::all().filter(|l| *l != Lang::EN) {
        for (id, source) in messages(lang.code()) {
            if id.ends_with("-format") {
                continue;
            }
            let mut text = visible(&source);
            for name in PROPER_NAMES {
                text = text.replace(name, "");
            }
            for w in word.find_iter(&text) {
                let w = w.as_str().to_lowercase();
                // The paper form's hint names the CSV columns, which are typed as they are.
                let column = id == "admin-paper-hint" && ["email", "country"].contains(&w.as_str());
                if ENGLISH.contains(&w.as_str())
                    && !allowed(lang.code()).contains(&w.as_str())
                    && !column
                {
                    left.push(format!("{} {id}: {w}", lang.code()));
                }
            }
        }
    }
    assert!(left.is_empty(), "English left: {left:#?}");
}
/// Each glossary's table lists, per term, the words the language's files use and the variants
/// they must not use ("| petition | pétition | |"); the files follow it.
#[test]
fn message_files_follow_their_glossary() {
    let mut problems = Vec::new();
    for lang in Lang::all().filter(|l| *l != Lang::EN) {
        let path = format!(
            "{}/docs/glossary/{}.md",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let glossary = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let rows: Vec<Vec<String>> = glossary
            .lines()
            .filter(|l| l.starts_with('|') && !l.starts_with("|-") && !l.starts_with("| English"))
            .map(|l| {
                l.trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().to_owned())
                    .collect()
            })
            .collect();
        assert!(rows.len() >= 10, "{path}: {} terms", rows.len());
        let text: String = messages(lang.code())
            .values()
            .map(|v| visible(v) + "\n")
            .collect();
        let lower = text.to_lowercase();
        for row in &rows {
            let [english, used, avoid] = &row[..] else {
                panic!("{path}: a row has three cells: {row:?}");
            };
            // The chosen word is really used (the first form given, before any "/").
            let chosen = used.split('/').next().unwrap().trim().to_lowercase();
            if !chosen.is_empty() && !lower.contains(&chosen) {
                problems.push(format!(
                    "{}: {english}: {chosen:?} is not used",
                    lang.code()
                ));
            }
            for bad in avoid.split(',').map(str::trim).filter(|b| !b.is_empty()) {
                if contains_word(&text, bad) {
                    problems.push(format!("{}: {english}: {bad:?} is used", lang.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Whether `text` has `word` as a whole word (case-insensitive; "Mail" is not in "E-Mail");
/// Chinese has no spaces, so a
/// Chinese term is looked for anywhere.
fn contains_word(text: &str, word: &str) -> bool {
    if !word.is_ascii() && word.chars().all(|c| !c.is_alphabetic() || c > '\u{2e80}') {
        return text.contains(word);
    }
    let re = regex::Regex::new(&format!(
        r"(?i)(^|[^\p{{L}}-]){}($|[^\p{{L}}-])",
        regex::escape(word)
    ))
    .unwrap();
    re.is_match(text)
}
