use std::collections::HashMap;
use std::sync::LazyLock;

use isocountry::CountryCode;

use crate::i18n::Lang;

/// An ISO 3166-1 alpha-2 country code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country(CountryCode);

/// Country names per shipped language, from Unicode CLDR (`data/countries`, made by
/// `scripts/gen-countries`), in the order of [`crate::i18n::LANGS`].
const NAME_FILES: [&str; 6] = [
    include_str!("../../data/countries/en.tsv"),
    include_str!("../../data/countries/fr.tsv"),
    include_str!("../../data/countries/de.tsv"),
    include_str!("../../data/countries/es.tsv"),
    include_str!("../../data/countries/zh-Hans.tsv"),
    include_str!("../../data/countries/pt.tsv"),
];

static NAMES: LazyLock<Vec<HashMap<&'static str, &'static str>>> = LazyLock::new(|| {
    NAME_FILES
        .iter()
        .map(|file| {
            file.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .collect()
});

/// Every country per language, in that language's alphabetical order (so "Émirats arabes unis"
/// sorts among the E's in French, and Chinese follows pinyin).
static SORTED: LazyLock<Vec<Vec<Country>>> = LazyLock::new(|| {
    Lang::all()
        .map(|lang| {
            let mut all: Vec<Country> = CountryCode::iter().map(|c| Country(*c)).collect();
            let locale: icu_locale_core::Locale = lang.code().parse().expect("shipped codes parse");
            match icu_collator::Collator::try_new((&locale).into(), Default::default()) {
                Ok(collator) => {
                    all.sort_by(|a, b| collator.compare(a.name_in(lang), b.name_in(lang)))
                }
                Err(_) => all.sort_by_key(|c| c.name_in(lang)),
            }
            all
        })
        .collect()
});

impl Country {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() != 2 {
            return Err("err-country");
        }
        CountryCode::for_alpha2(&code)
            .map(Country)
            .map_err(|_| "err-country")
    }

    pub fn code(&self) -> &'static str {
        self.0.alpha2()
    }

    /// The everyday name in the current language.
    pub fn name(&self) -> &'static str {
        self.name_in(Lang::current())
    }

    /// The name in `lang`, then in English, then ISO's own.
    pub fn name_in(&self, lang: Lang) -> &'static str {
        let code = self.code();
        NAMES[lang.index()]
            .get(code)
            .or_else(|| NAMES[Lang::EN.index()].get(code))
            .copied()
            .unwrap_or(self.0.name())
    }

    /// Every country, sorted by name in `lang`, for the sign form's select.
    pub fn all(lang: Lang) -> &'static [Country] {
        &SORTED[lang.index()]
    }
}

/// The display name of a stored alpha-2 code in the current language, or the code itself if unknown.
pub fn country_name(code: &str) -> &str {
    match Country::parse(code) {
        Ok(c) => c.name(),
        Err(_) => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes() {
        assert_eq!(Country::parse(" gb ").unwrap().code(), "GB");
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("GBR").is_err());
        assert_eq!(Country::parse("GB").unwrap().name(), "United Kingdom");
        assert_eq!(country_name("FR"), "France");
        assert_eq!(country_name("??"), "??");
    }

    #[test]
    fn names_and_order_follow_the_language() {
        let fr = Lang::parse("fr").unwrap();
        let zh = Lang::parse("zh-Hans").unwrap();
        let de = Country::parse("DE").unwrap();
        assert_eq!(de.name_in(fr), "Allemagne");
        assert_eq!(de.name_in(zh), "德国");
        assert_eq!(fr.scope_sync(|| country_name("GB")), "Royaume-Uni");
        for lang in Lang::all() {
            let all = Country::all(lang);
            assert!(all.len() > 240, "{}", lang.code());
            // Every ISO code has a name of its own in every language, none left as ISO's English.
            let missing: Vec<_> = all
                .iter()
                .filter(|c| !NAMES[lang.index()].contains_key(c.code()))
                .map(|c| c.code())
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
        // French order puts É with E, not after Z.
        let names: Vec<&str> = Country::all(fr).iter().map(|c| c.name_in(fr)).collect();
        let uae = names
            .iter()
            .position(|n| *n == "Émirats arabes unis")
            .unwrap();
        let spain = names.iter().position(|n| *n == "Espagne").unwrap();
        let zambia = names.iter().position(|n| *n == "Zambie").unwrap();
        assert!(uae < spain && spain < zambia, "{uae} {spain} {zambia}");
        // Chinese follows pinyin: Afghanistan (Āfùhàn) before China (Zhōngguó), the other way
        // round from code-point order.
        let names: Vec<&str> = Country::all(zh).iter().map(|c| c.name_in(zh)).collect();
        let afghanistan = names.iter().position(|n| *n == "阿富汗").unwrap();
        let china = names.iter().position(|n| *n == "中国").unwrap();
        assert!(afghanistan < china, "{afghanistan} {china}");
    }
}
