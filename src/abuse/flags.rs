//! What a flag means for the emails a held-back submission may cause.

/// Flags that mark automated or blocked senders: such a submission is stored and answered like
/// any other, but causes no email (a bot must not be able to mail anyone through us). Rate flags
/// (`ip_rate`, `domain_rate`) may hit real people behind one address, so they still get theirs.
pub fn is_bot(flag: Option<&str>) -> bool {
    matches!(
        flag,
        Some(
            "honeypot"
                | "too_fast"
                | "stale_form"
                | "no_pow"
                | "blocked_ip"
                | "blocked_domain"
                | "blocked_email"
        )
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn rate_flags_are_not_bot_flags() {
        assert!(super::is_bot(Some("honeypot")));
        assert!(super::is_bot(Some("blocked_email")));
        assert!(!super::is_bot(Some("ip_rate")));
        assert!(!super::is_bot(Some("domain_rate")));
        assert!(!super::is_bot(None));
    }
}
