//! Languages. Every text a supporter reads lives in Fluent files (`templates/i18n/<lang>/chorus.ftl`),
//! built into the binary. A request's language comes from `?lang=`, then the `lang` cookie (set
//! when the visitor picked one), then `Accept-Language`. It is kept in a task-local for the request,
//! so templates and error messages use it without passing it through every call; emails rendered
//! elsewhere name their language explicitly with [`Lang::scope_sync`].

pub mod format;
mod middleware;

use std::future::Future;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

pub use middleware::{choose as choose_language, remember as remember_language};

/// The languages Chorus ships: code and the language's own name (for the switcher).
pub const LANGS: [(&str, &str); 6] = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("zh-Hans", "简体中文"),
    ("pt", "Português"),
];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../templates/i18n/", $lang, "/chorus.ftl")),
            include_str!(concat!("../../templates/i18n/", $lang, "/admin.ftl")),
        ]
    };
}

/// Each language's messages: the supporter-facing file, then the staff pages and emails.
const SOURCES: [[&str; 2]; 6] = [
    sources!("en"),
    sources!("fr"),
    sources!("de"),
    sources!("es"),
    sources!("zh-Hans"),
    sources!("pt"),
];

/// Locales for month and day names in dates.
const CHRONO: [chrono::Locale; 6] = [
    chrono::Locale::en_US,
    chrono::Locale::fr_FR,
    chrono::Locale::de_DE,
    chrono::Locale::es_ES,
    chrono::Locale::zh_CN,
    chrono::Locale::pt_BR,
];

static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LANGS
        .iter()
        .map(|(code, _)| code.parse().expect("shipped language codes parse"))
        .collect()
});

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Lang::all()
        .map(|lang| {
            let mut bundle = FluentBundle::new_concurrent(vec![IDS[lang.index()].clone()]);
            // Pages are HTML and emails plain text: no bidi isolation marks around values.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(FORMATTERS[lang.index()]));
            for source in SOURCES[lang.index()] {
                let resource = FluentResource::try_new(source.to_owned())
                    .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", lang.code()));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("{}: {e:?}", lang.code()));
            }
            bundle
        })
        .collect()
});

thread_local! {
    // ICU's formatters are not `Sync`; one set per thread is cheap (the data is compiled in).
    static DECIMALS: Vec<icu_decimal::DecimalFormatter> = LANGS
        .iter()
        .map(|(code, _)| {
            let locale: icu_locale_core::Locale = code.parse().expect("shipped codes parse");
            icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled data covers the shipped languages")
        })
        .collect();
    // Lists of names: "France, Germany and Spain", "France, Allemagne ou Espagne", "法国、德国或西班牙".
    static LISTS: Vec<[icu_list::ListFormatter; 2]> = LANGS
        .iter()
        .map(|(code, _)| {
            let locale: icu_locale_core::Locale = code.parse().expect("shipped codes parse");
            let options = icu_list::options::ListFormatterOptions::default();
            let missing = "compiled data covers the shipped languages";
            [
                icu_list::ListFormatter::try_new_and((&locale).into(), options).expect(missing),
                icu_list::ListFormatter::try_new_or((&locale).into(), options).expect(missing),
            ]
        })
        .collect();
}

type Formatter<M> = fn(&FluentValue, &M) -> Option<String>;

/// Numbers in translations get the language's digit grouping ("1 234" in French) and decimal
/// separator ("2,5" in German).
fn format_number<const L: u8, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
            Some(Lang(L).num(n.value as i64))
        }
        FluentValue::Number(n) if n.value.is_finite() => Some(Lang(L).decimal(n.value)),
        _ => None,
    }
}

const FORMATTERS: [Formatter<intl_memoizer_kind::M>; 6] = [
    format_number::<0, intl_memoizer_kind::M>,
    format_number::<1, intl_memoizer_kind::M>,
    format_number::<2, intl_memoizer_kind::M>,
    format_number::<3, intl_memoizer_kind::M>,
    format_number::<4, intl_memoizer_kind::M>,
    format_number::<5, intl_memoizer_kind::M>,
];

/// The memoizer type of concurrent bundles, named through the bundle so no extra crate is needed.
mod intl_memoizer_kind {
    pub type M = <super::FluentBundle<super::FluentResource> as super::HasMemoizer>::M;
}

trait HasMemoizer {
    type M;
}
impl<R, M> HasMemoizer for fluent_bundle::bundle::FluentBundle<R, M> {
    type M = M;
}

tokio::task_local! {
    static CURRENT: Lang;
}

/// One of the shipped languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    pub const EN: Lang = Lang(0);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGS.len() as u8).map(Lang)
    }

    /// Position in [`LANGS`], for tables kept per language.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn code(self) -> &'static str {
        LANGS[self.index()].0
    }

    pub fn name(self) -> &'static str {
        LANGS[self.index()].1
    }

    /// The BCP 47 tag of what the texts are written in, for `lang` attributes: the Portuguese is
    /// Brazilian.
    pub fn tag(self) -> &'static str {
        match self.code() {
            "pt" => "pt-BR",
            code => code,
        }
    }

    /// A language tag as a URL, cookie or form gives it: "fr", "fr-CA" and "zh-CN" find French and
    /// Simplified Chinese; a language Chorus does not ship gives `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.is_empty() || tag.len() > 35 {
            return None;
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        Self::negotiate(&[id])
    }

    /// The language of a tag stored with a record (a signer's, a staff member's, a target's):
    /// usually one of the shipped codes exactly, so that is tried before parsing; English when
    /// the tag names no shipped language.
    pub fn stored(tag: &str) -> Lang {
        match LANGS.iter().position(|(code, _)| *code == tag) {
            Some(i) => Lang(i as u8),
            None => Lang::parse(tag).unwrap_or_default(),
        }
    }

    /// A shipped language given by its exact code, as staff write it in a petition or campaign.
    pub fn exact(code: &str) -> Result<Lang, String> {
        match Lang::parse(code) {
            Some(l) if l.code() == code => Ok(l),
            _ => {
                let known: Vec<&str> = LANGS.iter().map(|(c, _)| *c).collect();
                Err(ta2("err-language", "code", code, "known", known.join(", ")))
            }
        }
    }

    /// The best shipped language for an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let requested = fluent_langneg::accepted_languages::parse(header);
        Self::negotiate(&requested[..])
    }

    fn negotiate(requested: &[LanguageIdentifier]) -> Option<Lang> {
        let found = negotiate_languages(requested, &IDS[..], None, NegotiationStrategy::Filtering);
        let best = found.first()?;
        IDS.iter().position(|id| id == *best).map(|i| Lang(i as u8))
    }

    /// The language of the request being served (English outside one).
    pub fn current() -> Lang {
        CURRENT.try_with(|l| *l).unwrap_or_default()
    }

    /// Runs `f` with this as the current language.
    pub async fn scope<F: Future>(self, f: F) -> F::Output {
        CURRENT.scope(self, f).await
    }

    pub fn scope_sync<R>(self, f: impl FnOnce() -> R) -> R {
        CURRENT.sync_scope(self, f)
    }

    /// The message `id`, falling back to English, then to the id itself (so a plain sentence
    /// passed where an id is expected comes out unchanged).
    pub fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        for lang in [self, Lang::EN] {
            let bundle = &BUNDLES[lang.index()];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, lang = lang.code(), ?errors, "translation error");
                }
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// Whether this language has its own text for `id` (tests check that every language is complete).
    pub fn has(self, id: &str) -> bool {
        BUNDLES[self.index()].has_message(id)
    }

    /// A whole number with the language's grouping: "1,234,567", "1 234 567", "1.234.567".
    pub fn num(self, n: i64) -> String {
        let n = icu_decimal::input::Decimal::from(n);
        DECIMALS.with(|d| d[self.index()].format(&n).to_string())
    }

    /// A number with decimals, as this language writes it: "2.5", "2,5". Shown as rounded to at
    /// most two decimals (rates and ratios on staff pages need no more).
    pub fn decimal(self, x: f64) -> String {
        let text = format!("{}", (x * 100.0).round() / 100.0);
        match icu_decimal::input::Decimal::try_from_str(&text) {
            Ok(d) => DECIMALS.with(|f| f[self.index()].format(&d).to_string()),
            Err(_) => text,
        }
    }

    /// Names joined as this language lists them, with "and" (`or = false`) or "or".
    pub fn list<S: AsRef<str>>(self, items: &[S], or: bool) -> String {
        LISTS.with(|l| {
            l[self.index()][usize::from(or)]
                .format(items.iter().map(|s| s.as_ref()))
                .to_string()
        })
    }

    /// A date (UTC) written the language's way, e.g. "24 novembre 2026".
    pub fn date(self, ms: i64) -> String {
        self.localized(ms, "date-format")
    }

    /// A day without its year, short enough for a chart's axis, e.g. "24 nov.".
    pub fn short_date(self, ms: i64) -> String {
        self.localized(ms, "date-short-format")
    }

    /// Date and time in UTC, for event-style times the page then shows in the reader's zone.
    pub fn date_time(self, ms: i64) -> String {
        self.localized(ms, "date-time-format")
    }

    /// Date and time in the zone `tz`, with the zone's abbreviation (an event's own time).
    pub fn date_time_in(self, ms: i64, tz: chrono_tz::Tz) -> String {
        let Some(t) = chrono::DateTime::from_timestamp_millis(ms) else {
            return String::new();
        };
        let pattern = self.t("date-zoned-format");
        t.with_timezone(&tz)
            .format_localized(&pattern, CHRONO[self.index()])
            .to_string()
            .trim()
            .to_owned()
    }

    /// `ms` formatted with the strftime pattern this language gives for `pattern_id`.
    fn localized(self, ms: i64, pattern_id: &str) -> String {
        let Some(t) = chrono::DateTime::from_timestamp_millis(ms) else {
            return String::new();
        };
        let pattern = self.t(pattern_id);
        t.format_localized(&pattern, CHRONO[self.index()])
            .to_string()
            .trim()
            .to_owned()
    }
}

/// A value a template passes to a translation.
pub trait Arg {
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for i64 {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self as i64)
            }
        }
    )*};
}
number_arg!(usize, u16, u32, u64, i32);
impl Arg for f64 {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}
impl Arg for str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}
impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'_> {
        (**self).value()
    }
}

// Shorthands for templates and messages, in the current language.

pub fn t(id: &str) -> String {
    Lang::current().t(id)
}

/// The message `{prefix}-{key}` for a stored keyword (a state, role or kind), or the keyword
/// itself when there is none.
pub fn tk(prefix: &str, key: &str) -> String {
    let id = format!("{prefix}-{key}");
    let lang = Lang::current();
    if lang.has(&id) || Lang::EN.has(&id) {
        lang.t(&id)
    } else {
        key.to_owned()
    }
}

/// A message with one argument.
pub fn ta(id: &str, name: &'static str, value: impl Arg) -> String {
    tn(id, &[(name, &value)])
}

/// A message with two arguments.
pub fn ta2(id: &str, n1: &'static str, v1: impl Arg, n2: &'static str, v2: impl Arg) -> String {
    tn(id, &[(n1, &v1), (n2, &v2)])
}

/// A message with three arguments.
pub fn ta3(
    id: &str,
    n1: &'static str,
    v1: impl Arg,
    n2: &'static str,
    v2: impl Arg,
    n3: &'static str,
    v3: impl Arg,
) -> String {
    tn(id, &[(n1, &v1), (n2, &v2), (n3, &v3)])
}

/// A message with any number of arguments.
pub fn tn(id: &str, values: &[(&'static str, &dyn Arg)]) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(*name, value.value());
    }
    Lang::current().format(id, Some(&args))
}

/// A message with a count shown large, for HTML: the whole sentence is the translator's, and the
/// count, wherever the language puts it, is wrapped in `<strong>` (with a `data-testid` when
/// given). The result is escaped HTML.
pub fn tn_count(id: &str, count: i64, testid: &str, values: &[(&'static str, &dyn Arg)]) -> String {
    let mut all: Vec<(&'static str, &dyn Arg)> = vec![("count", &count)];
    all.extend_from_slice(values);
    let text = tn(id, &all);
    let escape = |s: &str| {
        askama::filters::escape(s, askama::filters::Html)
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    let shown = Lang::current().num(count);
    let attr = if testid.is_empty() {
        String::new()
    } else {
        format!(r#" data-testid="{}""#, escape(testid))
    };
    // The count is the first number in the sentence unless a translator moved another before
    // it; the number that is marked then still shows, only in the wrong size.
    match text.find(&shown) {
        Some(at) => format!(
            "{}<strong{attr}>{}</strong>{}",
            escape(&text[..at]),
            escape(&shown),
            escape(&text[at + shown.len()..])
        ),
        None => escape(&text),
    }
}

/// [`tn_count`] for templates: a count and no other argument.
pub fn tc(id: &str, count: impl Arg, testid: &str) -> String {
    tn_count(id, as_i64(&count), testid, &[])
}

/// [`tn_count`] for templates: a count and one more argument.
pub fn tc1(id: &str, count: impl Arg, testid: &str, n1: &'static str, v1: impl Arg) -> String {
    tn_count(id, as_i64(&count), testid, &[(n1, &v1)])
}

/// [`tn_count`] for templates: a count and three more arguments.
#[allow(clippy::too_many_arguments)]
pub fn tc3(
    id: &str,
    count: impl Arg,
    testid: &str,
    n1: &'static str,
    v1: impl Arg,
    n2: &'static str,
    v2: impl Arg,
    n3: &'static str,
    v3: impl Arg,
) -> String {
    tn_count(
        id,
        as_i64(&count),
        testid,
        &[(n1, &v1), (n2, &v2), (n3, &v3)],
    )
}

fn as_i64(n: &dyn Arg) -> i64 {
    match n.value() {
        FluentValue::Number(n) => n.value as i64,
        _ => 0,
    }
}

/// "Label: value" with the language's punctuation ("Nom : …" in French, "姓名：…" in Chinese), for
/// the message `label_id`.
pub fn label_line(label_id: &str, value: &str) -> String {
    ta2("label-value", "label", t(label_id), "value", value)
}

/// A list of names in the current language, joined with its word for "and".
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    Lang::current().list(items, false)
}

/// A list of names in the current language, joined with its word for "or".
pub fn list_or<S: AsRef<str>>(items: &[S]) -> String {
    Lang::current().list(items, true)
}

pub fn num(n: impl Arg) -> String {
    match n.value() {
        FluentValue::Number(n) => Lang::current().num(n.value as i64),
        other => format!("{other:?}"),
    }
}

/// The switcher's entries: (code, name, whether it is the current language).
pub fn switcher() -> Vec<(&'static str, &'static str, bool)> {
    let current = Lang::current();
    Lang::all()
        .map(|l| (l.code(), l.name(), l == current))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_tags() {
        assert_eq!(Lang::parse("fr").map(Lang::code), Some("fr"));
        assert_eq!(Lang::parse("FR-ca").map(Lang::code), Some("fr"));
        assert_eq!(Lang::parse("zh-CN").map(Lang::code), Some("zh-Hans"));
        assert_eq!(Lang::parse("pt-BR").map(Lang::code), Some("pt"));
        assert_eq!(Lang::parse("ja"), None);
        assert_eq!(Lang::parse("<script>"), None);
        let h = "ja;q=1, de-CH;q=0.9, en;q=0.5";
        assert_eq!(Lang::from_accept_language(h).map(Lang::code), Some("de"));
        assert_eq!(Lang::from_accept_language("*"), None);
        assert_eq!(Lang::stored("zh-Hans").code(), "zh-Hans");
        assert_eq!(Lang::stored("fr-CA").code(), "fr");
        assert_eq!(Lang::stored("xx"), Lang::EN);
    }

    #[test]
    fn formats_numbers_and_dates_per_language() {
        let fr = Lang::parse("fr").unwrap();
        let de = Lang::parse("de").unwrap();
        assert_eq!(Lang::EN.num(1_480_000), "1,480,000");
        assert_eq!(fr.num(1_480_000), "1\u{202f}480\u{202f}000");
        assert_eq!(de.num(1_480_000), "1.480.000");
        let ms = 1_795_996_800_000; // 2026-11-30 UTC
        assert_eq!(Lang::EN.date(ms), "November 30, 2026");
        assert_eq!(fr.date(ms), "30 novembre 2026");
        assert_eq!(de.date(ms), "30. November 2026");
    }

    #[test]
    fn every_language_has_every_message() {
        let english = SOURCES[0]
            .iter()
            .flat_map(|s| s.lines())
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && !id.starts_with('#') && !id.contains(' '))
            .collect::<Vec<_>>();
        assert!(english.len() > 50, "{}", english.len());
        for lang in Lang::all() {
            let missing: Vec<_> = english.iter().filter(|id| !lang.has(id)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
    }

    #[test]
    fn plurals_and_numbers_inside_messages() {
        let fr = Lang::parse("fr").unwrap();
        let one = fr.scope_sync(|| {
            ta2(
                "petition-count-of-goal",
                "count",
                1_i64,
                "goal",
                100_000_i64,
            )
        });
        assert_eq!(one, "1 signature sur un objectif de 100\u{202f}000");
        let many = Lang::EN
            .scope_sync(|| ta2("petition-count-of-goal", "count", 2_i64, "goal", 1_500_i64));
        assert_eq!(many, "2 signatures of a 1,500 goal");
        let marked = Lang::EN.scope_sync(|| tc("widget-signatures", 1_234_i64, "n"));
        assert_eq!(
            marked,
            r#"<strong data-testid="n">1,234</strong> signatures"#
        );
        // What surrounds the number is escaped like any other text.
        let dates = Lang::EN.scope_sync(|| {
            tc3(
                "admin-delivery-summary-dates",
                5_i64,
                "",
                "first",
                "<b>May 1",
                "last",
                "May 2",
                "countries",
                1_i64,
            )
        });
        assert!(
            dates.starts_with("<strong>5</strong> confirmed signatures"),
            "{dates}"
        );
        assert!(!dates.contains("<b>") && dates.contains("May 1"), "{dates}");
    }

    #[test]
    fn lists_and_decimals_per_language() {
        let names = ["France", "Germany", "Spain"];
        let de = Lang::parse("de").unwrap();
        let zh = Lang::parse("zh-Hans").unwrap();
        assert_eq!(Lang::EN.list(&names, false), "France, Germany, and Spain");
        assert_eq!(Lang::EN.list(&names, true), "France, Germany, or Spain");
        assert_eq!(de.list(&names, true), "France, Germany oder Spain");
        assert_eq!(zh.list(&["法国", "德国"], false), "法国和德国");
        assert_eq!(Lang::EN.decimal(2.5), "2.5");
        assert_eq!(de.decimal(2.5), "2,5");
        assert_eq!(de.decimal(1234.25), "1.234,25");
    }
}
