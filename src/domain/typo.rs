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
    let domain = domain.to_ascii_lowercase();
    // Only for an address that is otherwise plausible: its own error message covers the rest.
    let odd = |c: char| c == '@' || c.is_whitespace();
    if local.is_empty() || local.contains(odd) || domain.is_empty() {
        return None;
    }
    if COMMON.contains(&domain.as_str()) {
        return None;
    }
    // Short domains are close to many others: allow one slip there, two in longer ones.
    let max = if domain.len() >= 9 { 2 } else { 1 };
    // The first of the closest, as long as it is within reach (this runs on every signature).
    // By character, on the stack: "hotmaíl.com" is one slip from "hotmail.com", not two.
    let typed = Chars::of(&domain)?;
    let (best, _) = COMMON
        .iter()
        .filter_map(|c| Some((*c, osa_within(typed.get(), Chars::of(c)?.get(), max)?)))
        .min_by_key(|(_, d)| *d)?;
    if same_name_other_country(&domain, best) {
        return None;
    }
    Some(format!("{local}@{best}"))
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
fn osa_within<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    let m = b.len();
    if m >= ROW || a.len().abs_diff(m) > max {
        return None;
    }
    let (mut before, mut prev, mut cur) = ([0usize; ROW], [0usize; ROW], [0usize; ROW]);
    for (j, d) in prev.iter_mut().enumerate().take(m + 1) {
        *d = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut lowest = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            lowest = lowest.min(d);
        }
        // A row's lowest value never falls in the rows after it.
        if lowest > max {
            return None;
        }
        (before, prev) = (prev, cur);
    }
    (prev[m] <= max).then_some(prev[m])
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
        ] {
            assert_eq!(s(typed), None, "{typed}");
        }
    }
}
