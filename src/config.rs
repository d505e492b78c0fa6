//! Typed settings: `config/default.toml` (embedded), an optional file, then environment variables.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

const DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub database_url: SecretString,
    pub listen: String,
    /// Where Prometheus metrics are served, apart from the public listener; empty: nowhere.
    pub metrics_listen: String,
    /// How long a client may take to send a request's headers (seconds).
    pub header_read_timeout_secs: u64,
    pub base_url: String,
    pub smtp_url: SecretString,
    pub email_from: String,
    pub outbox_dir: PathBuf,
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    pub database: DatabaseSettings,
    pub signing: SigningSettings,
    pub canonical_email: CanonicalEmailRules,
    pub worker: WorkerSettings,
    pub counts: CountsSettings,
    pub admin: AdminSettings,
    pub abuse: AbuseSettings,
    pub retention: RetentionSettings,
    pub updates: UpdatesSettings,
    pub reminders: RemindersSettings,
    pub events: EventsSettings,
    pub dkim: DkimSettings,
    pub bounces: BouncesSettings,
    pub congress: CongressSettings,
    pub webhooks: WebhooksSettings,
}

/// Webhooks out (see README "Webhooks").
#[derive(Debug, Clone, Deserialize)]
pub struct WebhooksSettings {
    /// Lets endpoints use http and private, loopback or link-local addresses (tests, intranets).
    pub allow_private: bool,
    /// How often the delivery job looks for due deliveries (ms).
    pub poll_ms: u64,
    /// One attempt (connect, send, answer) may take this long (ms) before it counts as failed.
    pub timeout_ms: u64,
    /// How long a delivery being sent is leased; renewed while it is on the wire.
    pub lease_secs: i64,
    /// Deliveries on the wire at once, across all endpoints.
    pub batch_size: i64,
    /// Deliveries on the wire at once to one endpoint: a slow one holds no more slots than this.
    pub per_endpoint: i64,
    /// Attempts before a delivery is given up on.
    pub max_attempts: i64,
    /// The first retry waits this long (s), each next one twice as long (at most an hour).
    pub backoff_base_secs: i64,
    /// Failed attempts in a row after which an endpoint is paused and owners are told.
    pub pause_after: i64,
    /// Delivered and given-up deliveries (their bodies may hold personal fields) and their log
    /// are deleted after this many days.
    pub keep_days: i64,
}

/// Bounce addresses (VERP), bounce and complaint intake, and the suppression list.
#[derive(Debug, Clone, Deserialize)]
pub struct BouncesSettings {
    /// Local part of every envelope sender: `<verp_local>+<tag>@<verp_domain>`.
    pub verp_local: String,
    /// Domain of the envelope sender; empty: the domain of `email_from`.
    pub verp_domain: String,
    /// A bounce naming a message older than this (days) is ignored: an old bounce address
    /// replayed later cannot suppress anyone.
    pub tag_max_age_days: i64,
    /// Soft bounces in a row that suppress an address.
    pub soft_bounce_limit: i64,
    /// A soft bounce more than this many days after the previous one starts the count again.
    pub soft_bounce_window_days: i64,
    /// A maildir the bounce mailbox is delivered to (new/ is read, handled messages go to cur/);
    /// empty: none.
    pub maildir: PathBuf,
    /// A mailbox read over IMAP with implicit TLS, `imaps://user:password@host:993/INBOX`
    /// (password percent-encoded); unseen messages are read and marked seen. Empty: none.
    pub imap_url: SecretString,
    /// The IMAP password, read from this file when the URL has none (a mounted secret).
    pub imap_password_file: PathBuf,
    /// Extra certificate authorities (PEM) the IMAP server's certificate may chain to, besides
    /// the public ones: a private CA or a self-signed server.
    pub imap_ca_file: PathBuf,
    /// How often the mailboxes are read (ms).
    pub poll_ms: u64,
    /// Handled messages are deleted from the mailbox after this many days.
    pub keep_handled_days: i64,
    /// Basic-auth credentials Postmark's bounce and spam-complaint webhook must send to
    /// `/hooks/postmark`; an empty password turns the endpoint off.
    pub postmark_user: String,
    pub postmark_password: SecretString,
}

impl BouncesSettings {
    pub fn postmark_on(&self) -> bool {
        !self.postmark_password.expose_secret().is_empty()
    }

    pub fn imap_on(&self) -> bool {
        !self.imap_url.expose_secret().trim().is_empty()
    }
}

/// The IMAP bounce mailbox: where it is and how to log in, from `imap_url` (and
/// `imap_password_file`).
#[derive(Debug)]
pub struct ImapMailbox {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: SecretString,
    pub folder: String,
}

impl BouncesSettings {
    /// Reads the settings; the errors never quote the URL, which holds the password.
    pub fn imap_mailbox(&self) -> anyhow::Result<ImapMailbox> {
        let s = self;
        let url = url::Url::parse(s.imap_url.expose_secret().trim()).map_err(|e| {
            anyhow::anyhow!("bounces.imap_url is not a URL ({e}); expected imaps://user:password@host:993/INBOX")
        })?;
        match url.scheme() {
            "imaps" => {}
            "imap" => anyhow::bail!(
                "bounces.imap_url must start with imaps:// (implicit TLS): plain IMAP would send the password in the clear"
            ),
            _ => anyhow::bail!("bounces.imap_url must start with imaps://"),
        }
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .context("bounces.imap_url has no host")?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
        };
        let user = decode(url.username()).context("bounces.imap_url: the user is not UTF-8")?;
        anyhow::ensure!(!user.is_empty(), "bounces.imap_url has no user");
        let password = match url.password() {
            Some(p) => decode(p).context("bounces.imap_url: the password is not UTF-8")?,
            None if !s.imap_password_file.as_os_str().is_empty() => {
                password_from(&s.imap_password_file)?
            }
            None => anyhow::bail!(
                "bounces.imap_url has no password, and bounces.imap_password_file is not set"
            ),
        };
        let folder = decode(url.path().trim_start_matches('/'))
            .context("bounces.imap_url: the mailbox name is not UTF-8")?;
        Ok(ImapMailbox {
            host,
            port: url.port().unwrap_or(993),
            user,
            password: password.into(),
            folder: if folder.is_empty() {
                "INBOX".into()
            } else {
                folder
            },
        })
    }
}

fn password_from(path: &Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "bounces.imap_password_file {} is unreadable",
            path.display()
        )
    })?;
    let password = text.trim_end_matches(['\r', '\n']).to_owned();
    anyhow::ensure!(!password.is_empty(), "bounces.imap_password_file is empty");
    Ok(password)
}

/// DKIM signing of every message (no key file: no signature).
#[derive(Debug, Clone, Deserialize)]
pub struct DkimSettings {
    /// RSA as PKCS#1 or PKCS#8 PEM; Ed25519 as the base64 of its 32-byte secret.
    pub key_file: PathBuf,
    pub selector: String,
    pub domain: String,
    /// `rsa-sha256` or `ed25519-sha256`.
    pub algorithm: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RemindersSettings {
    /// Hours after signing when an unconfirmed signer is reminded (at most two are used).
    pub signature_after_hours: Vec<i64>,
    /// Hours after submitting when an unconfirmed letter writer is reminded (at most two are used).
    pub letter_after_hours: Vec<i64>,
    /// Hours before an event starts when its registrants are reminded (each reminder once).
    pub event_before_hours: Vec<i64>,
}

/// Events' messages to their registrants.
#[derive(Debug, Clone, Deserialize)]
pub struct EventsSettings {
    /// How long after an event ends its follow-up goes out: "30m", "2h", "1d"; "" or "0": never.
    pub follow_up_after: String,
    /// Messages staff may send to one event's registrants in 24 hours.
    pub messages_per_day: i64,
}

impl EventsSettings {
    /// `follow_up_after` in milliseconds; `None` when there is no follow-up (or it cannot be read,
    /// which `Settings::check` refuses at start-up).
    pub fn follow_up_ms(&self) -> Option<i64> {
        let raw = self.follow_up_after.trim();
        if raw.is_empty() || raw == "0" {
            return None;
        }
        let split = raw.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = raw[..split].parse().ok()?;
        let unit = match raw[split..].trim() {
            "m" | "min" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => return None,
        };
        (n > 0 && n <= 90 * 24 * 60).then_some(n * unit)
    }
}

/// Delivery of letters to the US Congress. An empty URL or key turns that channel off.
#[derive(Debug, Clone, Deserialize)]
pub struct CongressSettings {
    pub house_cwc_url: String,
    pub house_cwc_api_key: SecretString,
    pub senate_cwc_url: String,
    pub senate_cwc_api_key: SecretString,
    pub delivery_agent: String,
    pub delivery_agent_ack_email: String,
    pub delivery_agent_contact_name: String,
    pub delivery_agent_contact_email: String,
    pub delivery_agent_contact_phone: String,
    pub organization: String,
    pub organization_contact_email: String,
    pub forms_url: String,
    /// How long one call to a delivery service may take before it counts as a network failure.
    pub timeout_ms: u64,
    /// How long a delivery being sent is leased; after a crash it is sent again once this passes.
    pub lease_secs: i64,
}

impl CongressSettings {
    pub fn house_on(&self) -> bool {
        !self.house_cwc_url.trim().is_empty() && !self.house_cwc_api_key.expose_secret().is_empty()
    }

    pub fn senate_on(&self) -> bool {
        !self.senate_cwc_url.trim().is_empty()
            && !self.senate_cwc_api_key.expose_secret().is_empty()
    }

    pub fn forms_on(&self) -> bool {
        !self.forms_url.trim().is_empty()
    }

    /// Whether letters to Congress are delivered by us (through a service, or handed back to the
    /// supporter by email when no service reaches the office) rather than made ready at once.
    pub fn any_on(&self) -> bool {
        self.house_on() || self.senate_on() || self.forms_on()
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct UpdatesSettings {
    pub per_minute: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AbuseSettings {
    pub trusted_proxies: Vec<String>,
    pub ip_burst_max: usize,
    pub ip_burst_secs: i64,
    pub ip_sustained_max: usize,
    pub ip_sustained_secs: i64,
    pub domain_max: usize,
    pub domain_secs: i64,
    pub allow_ips: Vec<String>,
    pub allow_domains: Vec<String>,
    pub block_ips: Vec<String>,
    pub block_domains: Vec<String>,
    pub block_emails: Vec<String>,
    pub min_fill_secs: i64,
    pub ip_key_rotation_days: i64,
    pub share_every_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RetentionSettings {
    pub anonymise_after_days: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AdminSettings {
    pub idle_timeout_minutes: i64,
    pub absolute_timeout_hours: i64,
    pub max_concurrent_hashes: usize,
    pub login_failures_per_account: i64,
    pub login_failures_per_ip: i64,
    pub login_window_minutes: i64,
    /// Every staff account must set up two-factor sign-in before it can do anything else.
    pub require_two_factor: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    pub max_connections: u32,
    pub busy_timeout_ms: u64,
    pub acquire_timeout_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SigningSettings {
    pub max_batch: usize,
    pub pending_retention_days: i64,
    pub confirm_grace_hours: i64,
    pub max_emails_per_signature: i64,
    pub max_comment_chars: usize,
    /// The window (hours) in which one address may cause `max_emails_per_signature` letter
    /// confirmation emails per campaign; older ones no longer count.
    pub letter_emails_window_hours: i64,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct CanonicalEmailRules {
    pub ignore_dots: Vec<String>,
    pub aliases: HashMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct WorkerSettings {
    pub poll_ms: u64,
    pub batch_size: i64,
    pub lease_secs: i64,
    pub backoff_base_secs: i64,
    pub max_attempts: i64,
    pub smtp_pool_size: u32,
    pub max_public_emails_per_address: i64,
    pub public_email_window_hours: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CountsSettings {
    pub cache_ms: u64,
}

impl Settings {
    /// Defaults, then `file` if given, then `CHORUS_*` variables and `DATABASE_URL`.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            builder = builder.add_source(config::File::from(path).required(true));
        }
        builder = builder.add_source(
            config::Environment::with_prefix("CHORUS")
                .prefix_separator("_")
                .separator("__")
                .list_separator(",")
                .with_list_parse_key("canonical_email.ignore_dots")
                .with_list_parse_key("abuse.trusted_proxies")
                .with_list_parse_key("abuse.allow_ips")
                .with_list_parse_key("abuse.allow_domains")
                .with_list_parse_key("abuse.block_ips")
                .with_list_parse_key("abuse.block_domains")
                .with_list_parse_key("abuse.block_emails")
                .with_list_parse_key("reminders.signature_after_hours")
                .with_list_parse_key("reminders.letter_after_hours")
                .with_list_parse_key("reminders.event_before_hours")
                .try_parsing(true),
        );
        if let Ok(url) = std::env::var("DATABASE_URL") {
            builder = builder.set_override("database_url", url)?;
        }
        let settings: Settings = builder.build()?.try_deserialize()?;
        settings.check()?;
        Ok(settings)
    }

    /// Refuses settings that cannot work or would be unsafe (run by `load` and at start-up).
    pub fn check(&self) -> anyhow::Result<()> {
        let url = self.database_url.expose_secret();
        if !(url.starts_with("sqlite:")
            || url.starts_with("postgres:")
            || url.starts_with("postgresql:"))
        {
            anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres://");
        }
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://")) {
            anyhow::bail!("base_url must be an absolute http(s) URL");
        }
        let metrics = self.metrics_listen.trim();
        if !metrics.is_empty() && metrics == self.listen.trim() && !metrics.ends_with(":0") {
            anyhow::bail!(
                "metrics_listen must be another address than listen: metrics are not public"
            );
        }
        if !(1..=30).contains(&self.header_read_timeout_secs) {
            anyhow::bail!("header_read_timeout_secs must be between 1 and 30");
        }
        check_smtp_url(self.smtp_url.expose_secret())?;
        let after = self.events.follow_up_after.trim();
        if !(after.is_empty() || after == "0") && self.events.follow_up_ms().is_none() {
            anyhow::bail!(
                "events.follow_up_after must be like \"30m\", \"2h\" or \"1d\" (or empty)"
            );
        }
        let local = &self.bounces.verp_local;
        if local.is_empty()
            || local.len() > 20
            || !local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            anyhow::bail!("bounces.verp_local must be 1-20 letters, digits, '-' or '_'");
        }
        let domain = self.bounces.verp_domain.trim();
        if !domain.is_empty() && lettre::Address::new("bounces", domain).is_err() {
            anyhow::bail!("bounces.verp_domain must be a mail domain, e.g. bounces.example.org");
        }
        let hook = self.bounces.postmark_password.expose_secret();
        if !hook.is_empty() && hook.chars().count() < 16 {
            // The endpoint is public: only a long random password keeps guessing out of reach.
            anyhow::bail!("bounces.postmark_password must be at least 16 characters");
        }
        if self.bounces.imap_on() {
            self.bounces.imap_mailbox()?;
        }
        for cidr in self
            .abuse
            .trusted_proxies
            .iter()
            .chain(&self.abuse.allow_ips)
            .chain(&self.abuse.block_ips)
        {
            crate::http::ip::parse_net(cidr).map_err(|e| {
                anyhow::anyhow!("abuse: '{cidr}' is not an address or CIDR range: {e}")
            })?;
        }
        Ok(())
    }

    pub fn smtp_url(&self) -> Option<&str> {
        let url = self.smtp_url.expose_secret().trim();
        (!url.is_empty()).then_some(url)
    }

    /// `base_url` without a trailing slash, for building links.
    pub fn base(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }
}

/// Refuses an SMTP URL that would send its password where it can be read: credentials need TLS
/// from the first byte (`smtps://`) or STARTTLS that is required (`tls=required`); with
/// `tls=opportunistic` anyone on the path can strip the STARTTLS offer. A relay on this machine
/// (loopback) is exempt. Errors never quote the URL, which holds the password.
fn check_smtp_url(raw: &str) -> anyhow::Result<()> {
    let Ok(url) = url::Url::parse(raw.trim()) else {
        return Ok(());
    };
    if url.username().is_empty() && url.password().is_none() {
        return Ok(());
    }
    let loopback = match url.host() {
        // `smtp:` is not a special scheme to the URL parser: an IPv4 address arrives as a name.
        Some(url::Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost")
                || d.parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    let tls_required = url.scheme() == "smtps"
        || url
            .query_pairs()
            .any(|(k, v)| k == "tls" && v == "required");
    if !tls_required && !loopback {
        anyhow::bail!(
            "smtp_url (CHORUS_SMTP_URL) has a user name and password but does not require TLS: \
             add ?tls=required (STARTTLS) or use smtps://, so the password never crosses the network in clear"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_delays_read_as_written() {
        let at = |raw: &str| {
            EventsSettings {
                follow_up_after: raw.into(),
                messages_per_day: 3,
            }
            .follow_up_ms()
        };
        assert_eq!(at("30m"), Some(30 * 60_000));
        assert_eq!(at("2h"), Some(2 * 3_600_000));
        assert_eq!(at(" 1d "), Some(86_400_000));
        for off in ["", "0"] {
            assert_eq!(at(off), None);
        }
        for bad in ["2", "h", "2 weeks", "-1h", "0h"] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }

    #[test]
    fn file_overrides_defaults_and_secrets_stay_hidden() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("chorus.toml");
        std::fs::write(
            &file,
            "smtp_url = \"smtp://mailer:hunter2-secret@mail.example.org:587?tls=required\"\n\
             database_url = \"postgres://chorus:db-secret-pw@localhost/chorus\"\n\
             [worker]\nbatch_size = 7\n",
        )
        .unwrap();
        let s = Settings::load(Some(&file)).unwrap();
        assert_eq!(s.worker.batch_size, 7);
        assert_eq!(s.worker.poll_ms, 200, "untouched defaults remain");
        assert_eq!(
            s.smtp_url(),
            Some("smtp://mailer:hunter2-secret@mail.example.org:587?tls=required")
        );
        let debug = format!("{s:?}");
        assert!(!debug.contains("hunter2-secret"), "{debug}");
        assert!(!debug.contains("db-secret-pw"), "{debug}");
    }

    #[test]
    fn smtp_credentials_need_required_tls() {
        let refused = [
            "smtp://user:pass@mail.example.org:587",
            "smtp://user:pass@mail.example.org:587?tls=opportunistic",
            "smtp://user@mail.example.org",
            "smtp://user:pass@192.0.2.1:25?tls=none",
        ];
        for url in refused {
            let err = check_smtp_url(url).unwrap_err().to_string();
            assert!(
                err.contains("smtp_url") && err.contains("tls=required"),
                "{err}"
            );
            assert!(
                !err.contains("pass@"),
                "the password is never quoted: {err}"
            );
        }
        let accepted = [
            "",
            "smtp://mail.example.org:25",
            "smtp://user:pass@mail.example.org:587?tls=required",
            "smtp://user:pass@mail.example.org:587?ca_file=/ca.pem&tls=required",
            "smtps://user:pass@mail.example.org:465",
            "smtp://user:pass@127.0.0.1:2525",
            "smtp://user:pass@localhost:25",
            "smtp://user:pass@[::1]:25",
        ];
        for url in accepted {
            assert!(check_smtp_url(url).is_ok(), "{url} refused");
        }
        // At start-up, through the environment as operators set it.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("clear.toml");
        std::fs::write(&file, "smtp_url = \"smtp://u:p@mail.example.org:587\"\n").unwrap();
        let err = Settings::load(Some(&file)).unwrap_err().to_string();
        assert!(err.contains("smtp_url"), "{err}");
    }

    #[test]
    fn bad_values_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("bad.toml");
        std::fs::write(&file, "database_url = \"mysql://x\"\n").unwrap();
        assert!(Settings::load(Some(&file)).is_err());
        std::fs::write(&file, "[bounces]\npostmark_password = \"short\"\n").unwrap();
        let err = Settings::load(Some(&file)).unwrap_err().to_string();
        assert!(err.contains("postmark_password"), "{err}");
        std::fs::write(&file, "[bounces]\nverp_local = \"a+b\"\n").unwrap();
        assert!(Settings::load(Some(&file)).is_err());
        std::fs::write(&file, "[bounces]\nverp_domain = \"not a domain\"\n").unwrap();
        assert!(Settings::load(Some(&file)).is_err());
    }

    #[test]
    fn the_imap_mailbox_needs_tls_and_a_password_and_never_shows_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("imap.toml");
        let load = |url: &str, extra: &str| {
            std::fs::write(&file, format!("[bounces]\nimap_url = \"{url}\"\n{extra}")).unwrap();
            Settings::load(Some(&file))
        };
        let err = load("imap://u:s3cret-pw@mail.example.org/INBOX", "")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("imaps://") && !err.contains("s3cret-pw"),
            "{err}"
        );
        let err = load("imaps://u@mail.example.org/", "")
            .unwrap_err()
            .to_string();
        assert!(err.contains("password"), "{err}");
        assert!(load("imaps://:pw@mail.example.org/", "").is_err());
        assert!(
            load("not a url s3cret-pw", "").is_err_and(|e| !e.to_string().contains("s3cret-pw"))
        );
        let s = load(
            "imaps://bounce%40example.org:p%40ss@mail.example.org/Bounces%20In",
            "",
        )
        .unwrap();
        let m = s.bounces.imap_mailbox().unwrap();
        assert_eq!(
            (m.host.as_str(), m.port, m.user.as_str(), m.folder.as_str()),
            ("mail.example.org", 993, "bounce@example.org", "Bounces In")
        );
        let secret = dir.path().join("pw");
        std::fs::write(&secret, "from-a-file\n").unwrap();
        let s = load(
            "imaps://u@mail.example.org:1993",
            &format!("imap_password_file = \"{}\"\n", secret.display()),
        )
        .unwrap();
        let m = s.bounces.imap_mailbox().unwrap();
        assert_eq!((m.port, m.folder.as_str()), (1993, "INBOX"));
        assert!(!format!("{:?}", s.bounces).contains("s3cret"));
    }
}
