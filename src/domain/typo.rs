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
    let (best, distance) = COMMON
        .iter()
        .map(|c| (*c, strsim::osa_distance(&domain, c)))
        .min_by_key(|(_, d)| *d)?;
    if distance > max || same_name_other_country(&domain, best) {
        return None;
    }
    Some(format!("{local}@{best}"))
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
        ] {
            assert_eq!(s(typed).as_deref(), Some(want), "{typed}");
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
        ] {
            assert_eq!(s(typed), None, "{typed}");
        }
    }
}
