//! Server-rendered SVG maps of where signers are: the world by country, or the US by state for a
//! petition open to the US only. The outlines are shipped in `data/maps` (made once by
//! `scripts/gen-maps` from Natural Earth and US Census Bureau data), so the number of shapes is
//! fixed whatever the counts hold; codes not in the shipped data are simply not drawn.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

use askama::Template;

use super::PetitionsCtx;
use super::{Petition, PetitionCounts};
use crate::domain::country_name;
use crate::http::assets::Versioned;
use crate::http::AppError;
use crate::i18n::format::fmt_num;
use crate::i18n::Lang;
use crate::on_db;

/// Shades besides "no signatures": enough to tell many from few, few enough to tell apart.
const SHADES: u32 = 5;

struct Shape {
    code: &'static str,
    /// Empty for countries: their name comes from CLDR in the reader's language.
    name: &'static str,
    d: &'static str,
}

fn shapes(file: &'static str, named: bool) -> Vec<Shape> {
    file.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (code, rest) = l.split_once('\t')?;
            let (name, d) = if named {
                rest.split_once('\t')?
            } else {
                ("", rest)
            };
            Some(Shape { code, name, d })
        })
        .collect()
}

static WORLD: LazyLock<Vec<Shape>> =
    LazyLock::new(|| shapes(include_str!("../../data/maps/world.tsv"), false));
static US_STATES: LazyLock<Vec<Shape>> =
    LazyLock::new(|| shapes(include_str!("../../data/maps/us-states.tsv"), true));

/// ZIP code (ZCTA) to USPS state code, from the shipped congressional district table. A few ZIP
/// areas cross a state line; the first state listed is taken, which is right for most addresses.
static ZIP_STATES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut zips = HashMap::new();
    for line in include_str!("../../data/us-congress/zccd.csv")
        .lines()
        .skip(1)
    {
        let mut cols = line.split(',');
        if let (Some(_), Some(state), Some(zip)) = (cols.next(), cols.next(), cols.next()) {
            zips.entry(zip).or_insert(state);
        }
    }
    zips
});

/// The USPS state of a US postcode ("02139", "02139-4307"), if the ZIP is known.
pub fn zip_state(postcode: &str) -> Option<&'static str> {
    let digits: String = postcode
        .chars()
        .filter(char::is_ascii_digit)
        .take(5)
        .collect();
    ZIP_STATES.get(digits.as_str()).copied()
}

/// Whether a petition's allowed countries are the US alone (so a map by state says more).
pub fn us_only(allowed: &[&str]) -> bool {
    matches!(allowed, [only] if only.eq_ignore_ascii_case("US"))
}

/// The shade class (0 = none) of `n` signatures when the most anywhere is `max`: on a log scale,
/// so one country with thousands does not leave all others looking empty.
fn shade(n: i64, max: i64) -> u32 {
    if n <= 0 || max <= 0 {
        return 0;
    }
    let f = ((n as f64).ln_1p() / (max as f64).ln_1p() * SHADES as f64).ceil() as u32;
    f.clamp(1, SHADES)
}

/// How a map's outlines reach the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Outlines {
    /// Referenced from the outline file ([`outline_file`]), fetched once and cached: the public
    /// page only carries the shaded places (the outlines were 51 KB of every page view).
    Linked,
    /// Written into the page, every place with its title: the delivery pack, which is printed or
    /// saved as one file.
    Inline,
}

impl Outlines {
    fn code(self) -> &'static str {
        match self {
            Outlines::Linked => "linked",
            Outlines::Inline => "inline",
        }
    }
}

/// The world by country, shaded by `by_country` (ISO code, confirmed).
pub fn world_svg(by_country: &[(String, i64)], outlines: Outlines) -> String {
    let label = crate::i18n::t("map-world-label");
    render(&WORLD_FILE, &label, outlines, by_country, |s| {
        country_name(s.code)
    })
}

/// The US by state, shaded by `by_state` (USPS code, confirmed).
pub fn us_svg(by_state: &[(String, i64)], outlines: Outlines) -> String {
    let label = crate::i18n::t("map-us-label");
    render(&US_FILE, &label, outlines, by_state, |s| s.name)
}

fn render(
    file: &'static OutlineFile,
    label: &str,
    outlines: Outlines,
    counts: &[(String, i64)],
    name: impl Fn(&'static Shape) -> &'static str,
) -> String {
    let by_code: HashMap<&str, i64> = counts.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let max = counts
        .iter()
        .filter(|(c, _)| !c.is_empty())
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    let lang = Lang::current();
    let linked = outlines == Outlines::Linked;
    let mut svg = String::with_capacity(if linked { 4096 } else { 64 * 1024 });
    let _ = write!(
        svg,
        r#"<svg class="map" viewBox="{}" role="img" aria-label="{}" data-testid="map">"#,
        file.view_box,
        escape(label)
    );
    let url = file.file.url();
    if linked {
        // Every place unshaded, then the places with signers over it.
        let _ = write!(svg, r##"<use class="base" href="{url}#all"/>"##);
    }
    for s in file.shapes.iter() {
        let n = by_code.get(s.code).copied().unwrap_or(0);
        if linked && n <= 0 {
            continue;
        }
        let title = lang.format("map-shape-title", Some(&fluent_args(name(s), &fmt_num(n))));
        // Codes are two ASCII capitals from the shipped file; names and titles are escaped.
        let (class, code, title) = (shade(n, max), s.code, escape(&title));
        let _ = if linked {
            write!(
                svg,
                r##"<use class="m{class}" data-code="{code}" href="{url}#{code}"><title>{title}</title></use>"##
            )
        } else {
            write!(
                svg,
                r#"<path class="m{class}" data-code="{code}" d="{}"><title>{title}</title></path>"#,
                s.d
            )
        };
    }
    svg.push_str("</svg>");
    svg
}

/// The shipped outlines as one SVG file of paths named by code (and `all` for the whole map).
pub struct OutlineFile {
    shapes: &'static [Shape],
    view_box: &'static str,
    file: Versioned,
}

impl OutlineFile {
    fn new(name: &str, shapes: &'static [Shape], view_box: &'static str) -> Self {
        // The view box and plain colours only serve someone opening the file itself: a `<use>`
        // of one place takes neither, and the page's styles win over the group's colours.
        let mut body = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}"><g id="all" fill="#e4e7eb" stroke="#fff" stroke-width=".5">"##
        );
        for s in shapes {
            let _ = write!(body, r#"<path id="{}" d="{}"/>"#, s.code, s.d);
        }
        body.push_str("</g></svg>");
        let file = Versioned::new(&format!("/static/maps/{name}.svg"), body);
        OutlineFile {
            shapes,
            view_box,
            file,
        }
    }
}

static WORLD_FILE: LazyLock<OutlineFile> =
    LazyLock::new(|| OutlineFile::new("world", &WORLD, "0 0 1000 435"));
static US_FILE: LazyLock<OutlineFile> =
    LazyLock::new(|| OutlineFile::new("us-states", &US_STATES, "-60 10 1020 600"));

/// `GET /static/maps/{file}`: the outline file the public maps link to.
pub async fn outline_file(
    axum::extract::Path(file): axum::extract::Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Result<axum::response::Response, AppError> {
    let f: &OutlineFile = match file.as_str() {
        "world.svg" => &WORLD_FILE,
        "us-states.svg" => &US_FILE,
        _ => return Err(AppError::NotFound),
    };
    Ok(f.file.response("image/svg+xml", query.as_deref()))
}

fn fluent_args<'a>(name: &'a str, count: &'a str) -> fluent_bundle::FluentArgs<'a> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", name);
    args.set("count", count);
    args
}

/// Text for SVG markup: Fluent may wrap arguments in isolation marks, which are harmless; the
/// five markup characters are not.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The map with its table (the same figures, for screen readers and anyone who wants numbers).
#[derive(Template)]
#[template(path = "pages/map.html")]
struct MapFragment {
    svg: String,
    caption: &'static str,
    place_heading: &'static str,
    rows: Vec<(String, String)>,
}

/// A petition's map and table as HTML, rendered at most once per page-cache period per language
/// (a US-only petition's states are read from its signatures, so this bounds that query too).
pub async fn petition_map(
    state: &PetitionsCtx,
    p: &Petition,
    counts: &PetitionCounts,
    outlines: Outlines,
) -> Result<String, AppError> {
    if counts.confirmed <= 0 {
        return Ok(String::new());
    }
    let key = map_key(&p.slug, Lang::current(), outlines);
    let html = state
        .pages
        .get_or_load(&key, || async {
            let fragment = if us_only(&p.allowed()) {
                let states = state
                    .lists
                    .us_states
                    .get_or_load(&p.id, || async { on_db!(&state.db, sql, us_states(p.id)) })
                    .await?;
                // Signers whose ZIP code is not in the shipped table are counted, not placed: said
                // so, or the table would add up to less than the petition's count.
                let placed: i64 = states.iter().map(|(_, n)| n).sum();
                let us = counts.by_country.iter().find(|(c, _)| c == "US");
                let unplaced = us.map_or(0, |(_, n)| n - placed).max(0);
                let states = few_together(&states);
                let name = |code: &str| match code {
                    "" => crate::i18n::ta("map-us-few", "count", MIN_PER_STATE),
                    _ => US_STATES
                        .iter()
                        .find(|s| s.code == code)
                        .map_or(code.to_owned(), |s| s.name.to_owned()),
                };
                MapFragment {
                    svg: us_svg(&states, outlines),
                    caption: "map-us-table",
                    place_heading: "map-col-state",
                    rows: states
                        .iter()
                        .map(|(c, n)| (name(c), fmt_num(*n)))
                        .chain(
                            (unplaced > 0)
                                .then(|| (crate::i18n::t("map-us-unplaced"), fmt_num(unplaced))),
                        )
                        .collect(),
                }
            } else {
                MapFragment {
                    svg: world_svg(&counts.by_country, outlines),
                    caption: "map-world-table",
                    place_heading: "admin-col-country",
                    rows: counts
                        .by_country
                        .iter()
                        .map(|(c, n)| (country_name(c).to_owned(), fmt_num(*n)))
                        .collect(),
                }
            };
            Ok::<_, AppError>(axum::body::Bytes::from(
                crate::http::page::render(&fragment)?.0,
            ))
        })
        .await?;
    Ok(String::from_utf8_lossy(&html).into_owned())
}

/// States with at least this many signers are shown; fewer would let a reader who watches the
/// recent-signers list tell where a named person lives.
pub const MIN_PER_STATE: i64 = 5;

/// The states shown one by one, then (as "") the signers of states below [`MIN_PER_STATE`].
fn few_together(states: &[(String, i64)]) -> Vec<(String, i64)> {
    let few: i64 = states
        .iter()
        .filter(|(_, n)| *n < MIN_PER_STATE)
        .map(|(_, n)| n)
        .sum();
    let mut out: Vec<(String, i64)> = states
        .iter()
        .filter(|(_, n)| *n >= MIN_PER_STATE)
        .cloned()
        .collect();
    if few > 0 {
        out.push((String::new(), few));
    }
    out
}

/// The page-cache key of a petition's map in one language.
pub fn map_key(slug: &str, lang: Lang, outlines: Outlines) -> String {
    format!("map|{slug}|{}|{}", lang.code(), outlines.code())
}

crate::per_engine! {
    pub mod sql {
        /// Confirmed US signatures per state, from their ZIP codes (those without a known ZIP
        /// are left out). Read once per page-cache period, not per view.
        pub async fn us_states(pool: &Pool, petition: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
            let rows: Vec<(String, i64)> = sqlx::query_as(
                "SELECT SUBSTR(COALESCE(postcode, ''), 1, 5), COUNT(*) FROM signatures \
                 WHERE petition_id = $1 AND state = 'confirmed' AND country = 'US' GROUP BY 1",
            )
            .bind(petition)
            .fetch_all(pool)
            .await?;
            let mut by_state = std::collections::BTreeMap::<&str, i64>::new();
            for (zip, n) in &rows {
                if let Some(state) = zip_state(zip) {
                    *by_state.entry(state).or_default() += n;
                }
            }
            let mut out: Vec<(String, i64)> =
                by_state.into_iter().map(|(s, n)| (s.to_owned(), n)).collect();
            out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_outlines_are_complete_and_small() {
        assert!(WORLD.len() > 170);
        // Each shape is under the code the sign form saves (not a withdrawn one such as ZR or TP).
        for s in WORLD.iter().filter(|s| s.code != "XK") {
            assert!(
                crate::domain::Country::parse(s.code).is_ok(),
                "{} is not a code the form offers",
                s.code
            );
        }
        assert_eq!(US_STATES.len(), 51);
        for s in WORLD.iter().chain(US_STATES.iter()) {
            assert!(s.code.len() == 2 && s.code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(s.d.starts_with('M') && s.d.ends_with('z'));
            assert!(!s.d.contains(['<', '>', '"', '&']));
        }
    }

    #[test]
    fn shades_grow_with_counts_and_zero_is_unshaded() {
        assert_eq!(shade(0, 100), 0);
        assert_eq!(shade(1, 1), SHADES);
        assert_eq!(shade(100, 100), SHADES);
        assert!(shade(1, 100) < shade(50, 100));
        assert_eq!(shade(1, 1_000_000), 1);
    }

    #[test]
    fn one_path_per_shape_with_titles() {
        let counts = [("FR".into(), 3), ("ZZ".into(), 1)];
        let svg = world_svg(&counts, Outlines::Inline);
        assert_eq!(svg.matches("<path").count(), WORLD.len());
        assert!(svg.contains(r#"class="m5" data-code="FR""#));
        assert!(svg.contains(r#"class="m0" data-code="DE""#));
        // Linked: the whole map once from the file, then only the places with signers.
        let svg = world_svg(&counts, Outlines::Linked);
        let url = WORLD_FILE.file.url();
        assert!(svg.contains(&format!(r#"<use class="base" href="{url}#all"/>"#)));
        assert!(svg.contains(&format!(
            r#"<use class="m5" data-code="FR" href="{url}#FR">"#
        )));
        assert_eq!(svg.matches("<use").count(), 2);
        assert!(!svg.contains("<path") && svg.len() < 1024);
        // The file holds every outline under its code, and its URL changes with it.
        let body = std::str::from_utf8(WORLD_FILE.file.body()).unwrap();
        assert_eq!(body.matches("<path id=").count(), WORLD.len());
        assert!(body.contains(r#"<path id="FR" d="M"#));
        assert!(url.starts_with("/static/maps/world.svg?v=") && url.len() == 41);
        assert_eq!(zip_state("02139-4307"), Some("MA"));
        assert_eq!(zip_state("abc"), None);
        assert!(us_only(&["US"]) && !us_only(&["US", "CA"]) && !us_only(&[]));
    }

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(
            escape(r#"<b a="1">&'"#),
            "&lt;b a=&quot;1&quot;&gt;&amp;&#39;"
        );
    }
}
