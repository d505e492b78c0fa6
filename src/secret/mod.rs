//! Secrets: link tokens, and comparing secrets (MACs, CSRF tokens) without leaking, through the
//! time taken, how many leading characters of a guess were right.

pub mod tokens;

use subtle::ConstantTimeEq;

/// Whether `a` and `b` are equal, in time that depends on their lengths only.
pub fn same(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_only_when_identical() {
        assert!(super::same("3f2a", "3f2a"));
        assert!(!super::same("3f2a", "3f2b"));
        assert!(!super::same("3f2a", "3f2"));
        assert!(!super::same("", "x"));
        assert!(super::same("", ""));
    }
}
