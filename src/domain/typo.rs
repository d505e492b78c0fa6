//! Likely typos in the domain of an email address ("gmial.com"), caught before the confirmation
//! email bounces. Only a suggestion: the person may keep what they typed.

/// Domains most signers use; a typed domain close to one of them is probably a slip.
const COMMON: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.co.uk",
    "yahoo.es",
    "yahoo.de",
    "yahoo.com.br",
    "hotmail.com",
    "hotmail.fr",
    "hotmail.co.uk",
    "hotmail.es",
    "hotmail.de",
    "hotmail.it",
    "outlook.com",
    "outlook.fr",
    "outlook.de",
    "outlook.es",
    "live.com",
    "live.fr",
    "live.co.uk",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "gmx.com",
    "web.de",
    "t-online.de",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "laposte.net",
    "sfr.fr",
    "btinternet.com",
    "sky.com",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "yandex.ru",
    "mail.ru",
    "fastmail.com",
    "zoho.com",
    "comcast.net",
    "verizon.net",
    "att.net",
];

/// The address with its domain corrected ("ada@gmail.com" for "ada@gmial.com"), when the domain
/// is not a common one but is within a small edit distance of one.
pub fn email_suggestion(raw: &str) -> Option<String> {
    let (local, domain) = raw.trim().rsplit_once('@')?;
    let mut domain = domain.to_ascii_lowercase();
    // Browsers send an email field's accented domain as punycode ("hotmaíl.com" arrives as
    // "xn--hotmal-7va.com"): compare what the person typed. Longer ones are out of reach anyway.
    if domain.contains("xn--") && domain.len() <= 2 * ROW {
        domain = idna::domain_to_unicode(&domain).0;
    }
    // Only for an address that is otherwise plausible: its own error message covers the rest. A
    // local part with control or direction characters is not shown back.
    let odd = |c: char| {
        c == '@'
            || c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if local.is_empty() || local.contains(odd) || domain.is_empty() {
        return None;
    }
    if COMMON.contains(&domain.as_str()) {
        return None;
    }
    // Short domains are close to many others: allow one slip there, two in longer ones.
    let max = if domain.len() >= 9 { 2 } else { 1 };
    // A typed domain that is ASCII is compared by byte; otherwise by character, so that
    // "hotmaíl.com" is one slip from "hotmail.com", not two. This runs on every signature: the
    // comparison allocates nothing.
    let best = if domain.is_ascii() {
        closest(domain.len(), max, |c| {
            osa_within(domain.as_bytes(), c.as_bytes(), max)
        })?
    } else {
        let typed = Chars::of(&domain)?;
        closest(typed.1, max, |c| {
            osa_within(typed.get(), Chars::of(c)?.get(), max)
        })?
    };
    if same_name_other_country(&domain, best) {
        return None;
    }
    Some(format!("{local}@{best}"))
}

/// The first of the common domains closest to a typed one of `len` characters, as long as it is
/// within `max` edits by `distance`. Every common domain is ASCII, so its length is its count of
/// characters, and a length too far off rules it out at once.
fn closest(
    len: usize,
    max: usize,
    distance: impl Fn(&str) -> Option<usize>,
) -> Option<&'static str> {
    COMMON
        .iter()
        .filter(|c| c.len().abs_diff(len) <= max)
        .filter_map(|c| Some((*c, distance(c)?)))
        .min_by_key(|(_, d)| *d)
        .map(|(c, _)| c)
}

/// Longer domains are no slip of a common one (the longest has 14 characters).
const ROW: usize = 32;

/// A short string's characters, on the stack.
struct Chars([char; ROW], usize);

impl Chars {
    fn of(s: &str) -> Option<Chars> {
        let mut out = Chars(['\0'; ROW], 0);
        for c in s.chars() {
            *out.0.get_mut(out.1)? = c;
            out.1 += 1;
        }
        Some(out)
    }

    fn get(&self) -> &[char] {
        &self.0[..self.1]
    }
}

/// The optimal string alignment distance (edits and swaps of neighbours) between `a` and a short
/// `b`, or None once it must exceed `max`. No allocation, and most pairs stop at their lengths.
fn osa_within<T: PartialEq + Copy + Into<u32>>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    let m = b.len();
    // Both fit a row, so no distance reaches a byte's limit whatever `max` a caller passes.
    if m >= ROW || a.len() >= ROW || a.len().abs_diff(m) > max {
        return None;
    }
    // Each character one string has and the other lacks takes an edit of its own: a cheap bound
    // that rules out nearly every pair before the table ("example.org" and "gmail.com" differ
    // in e, x, p and r).
    let (sa, sb) = (seen(a), seen(b));
    if (sa & !sb).count_ones().max((sb & !sa).count_ones()) as usize > max {
        return None;
    }
    // Distances stay below `ROW`, so a byte holds them and a row is cheap to pass on.
    let (mut before, mut prev, mut cur) = ([0u8; ROW], [0u8; ROW], [0u8; ROW]);
    for (j, d) in (0u8..).zip(prev.iter_mut().take(m + 1)) {
        *d = j;
    }
    for (i, row) in (1..=a.len()).zip(1u8..) {
        cur[0] = row;
        let mut lowest = row;
        for j in 1..=m {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            lowest = lowest.min(d);
        }
        // A row's lowest value never falls in the rows after it.
        if usize::from(lowest) > max {
            return None;
        }
        (before, prev) = (prev, cur);
    }
    let d = usize::from(prev[m]);
    (d <= max).then_some(d)
}

/// Which characters a string has, folded onto 64 bits. Two characters sharing a bit only make the
/// bound above weaker, never wrong.
fn seen<T: Copy + Into<u32>>(s: &[T]) -> u64 {
    s.iter().fold(0, |m, &c| m | 1 << (c.into() % 64))
}

/// "hotmail.be" is a real domain, not a slip for "hotmail.de": the same name under another
/// country's domain is left alone ("hotmail.co" is still a slip for "hotmail.com").
fn same_name_other_country(typed: &str, common: &str) -> bool {
    let country = |tld: &str| tld.len() == 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    match (typed.rsplit_once('.'), common.rsplit_once('.')) {
        (Some((name, tld)), Some((common_name, common_tld))) => {
            name == common_name && country(tld) && country(common_tld)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::email_suggestion as s;

    #[test]
    fn suggests_common_domains_for_slips() {
        for (typed, want) in [
            ("ada@gmail.con", "ada@gmail.com"),
            ("ada@gmial.com", "ada@gmail.com"),
            ("ada@GMAL.COM", "ada@gmail.com"),
            ("ada@hotmial.com", "ada@hotmail.com"),
            ("ada@yaho.com", "ada@yahoo.com"),
            ("ada@outlok.com", "ada@outlook.com"),
            ("Ada.L@gmaill.com", "Ada.L@gmail.com"),
            ("ada@hotmail.co", "ada@hotmail.com"),
            ("ada@hotmaíl.com", "ada@hotmail.com"),
            ("ada@xn--hotmal-7va.com", "ada@hotmail.com"),
            ("ada@xn--gmal-zna.com", "ada@gmail.com"),
        ] {
            assert_eq!(s(typed).as_deref(), Some(want), "{typed}");
        }
    }

    #[test]
    fn measures_edits_and_swaps() {
        fn d(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
            super::osa_within(a, b, max)
        }
        assert_eq!(d(b"gmail.com", b"gmail.com", 2), Some(0));
        assert_eq!(d(b"gmial.com", b"gmail.com", 2), Some(1));
        assert_eq!(d(b"gmal.com", b"gmail.com", 2), Some(1));
        assert_eq!(d(b"gmaill.com", b"gmail.com", 2), Some(1));
        assert_eq!(d(b"gmaiil.con", b"gmail.com", 2), Some(2));
        assert_eq!(d(b"ca", b"abc", 3), Some(3));
        assert_eq!(d(b"gmx.de", b"web.de", 2), None);
        assert_eq!(d(b"example.org", b"gmail.com", 2), None);
        assert_eq!(d(b"averyveryverylongdomain.example", b"gmail.com", 2), None);
        // Every common domain fits the distance's row.
        assert!(super::COMMON.iter().all(|c| super::Chars::of(c).is_some()));
    }

    /// The shortcuts (lengths, the characters bound, stopping at a row) never change an answer:
    /// every pair of common domains and slips of them, against the whole table.
    #[test]
    fn shortcuts_agree_with_the_whole_table() {
        fn whole(a: &[u8], b: &[u8]) -> usize {
            let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in t.iter_mut().enumerate() {
                row[0] = i;
            }
            for (j, d) in t[0].iter_mut().enumerate() {
                *d = j;
            }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut d = (t[i - 1][j] + 1)
                        .min(t[i][j - 1] + 1)
                        .min(t[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d = d.min(t[i - 2][j - 2] + 1);
                    }
                    t[i][j] = d;
                }
            }
            t[a.len()][b.len()]
        }
        let mut typed: Vec<String> = super::COMMON.iter().map(|c| c.to_string()).collect();
        for c in super::COMMON {
            typed.push(c.replacen('a', "", 1));
            typed.push(c.replacen('o', "oo", 1));
            typed.push(c.replacen(".c", "c.", 1));
            typed.push(c.replacen('m', "n", 2));
        }
        for a in &typed {
            for b in super::COMMON {
                for max in 0..=3 {
                    let d = whole(a.as_bytes(), b.as_bytes());
                    let want = (d <= max).then_some(d);
                    assert_eq!(
                        super::osa_within(a.as_bytes(), b.as_bytes(), max),
                        want,
                        "{a} {b} {max}"
                    );
                }
            }
        }
        // By character: accented letters, and characters that share a bit of the set ('í' and
        // '-' are both 45 modulo 64, 'a' and '!' both 33).
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        for (a, b, want) in [
            ("hotmaíl.com", "hotmail.com", Some(1)),
            ("gmaíl.com", "gmail.com", Some(1)),
            ("hotma-l.com", "hotmaíl.com", Some(1)),
            ("gm!il.com", "gmail.com", Some(1)),
            ("gm!!l.com", "gmail.com", Some(2)),
            ("íííííí.com", "gmail.com", None),
        ] {
            assert_eq!(super::osa_within(&chars(a), &chars(b), 2), want, "{a} {b}");
        }
    }

    #[test]
    fn leaves_real_and_unknown_domains_alone() {
        for typed in [
            "ada@gmail.com",
            "ada@me.com",
            "ada@hey.com",
            "ada@example.org",
            "ada@hotmail.be",
            "ada@live.de",
            "ada@university.edu",
            "no-at-sign",
            "@gmial.com",
            "ada@",
            "ada@@gmial.com",
            "a da@gmial.com",
            "ada\u{202e}@gmial.com",
            "ada\u{7}@gmial.com",
        ] {
            assert_eq!(s(typed), None, "{typed}");
        }
    }
}
