//! Logging setup: `RUST_LOG` filters, defaulting to info without per-query noise.

use std::sync::LazyLock;

use regex::Regex;
use tracing_subscriber::EnvFilter;

pub const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_http=info";

pub fn init() {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s@<>()'\x22,;:]+@[^\s@<>()'\x22,;:]+").expect("static regex"));
static IPV4: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})\.[0-9]{1,3}\b").expect("static regex")
});
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[0-9a-f]{64}\b").expect("static regex"));

/// Error text made fit for logs: database and SMTP errors may quote the values they refused
/// (an email address in a unique-key message, say). Addresses and tokens are masked, IPv4
/// addresses cut to their /24.
pub fn redact(text: &str) -> String {
    let text = EMAIL.replace_all(text, "<email>");
    let text = TOKEN.replace_all(&text, "<token>");
    IPV4.replace_all(&text, "$1.x").into_owned()
}

/// This process's peak resident memory in KiB (Linux), for benchmarks.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_personal_data() {
        let e = "duplicate key: Key (petition_id, canonical_email)=(1, ada+x@example.com) exists; \
                 peer 203.0.113.77; token 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let r = super::redact(e);
        assert!(!r.contains("ada") && !r.contains("example.com"), "{r}");
        assert!(r.contains("203.0.113.x") && !r.contains(".77"), "{r}");
        assert!(r.contains("<token>") && r.contains("<email>"), "{r}");
    }
}
