//! Anti-abuse on the signing path. Nothing here refuses a signature: suspicious ones are stored
//! with a flag, answered exactly like the others, and never counted, so a bot learns nothing.

pub mod flags;
pub mod ip;
pub mod pow;
pub mod retention;
pub mod review;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use hmac::{Hmac, Mac};
use ipnet::IpNet;
use sha2::Sha256;

use crate::config::AbuseSettings;
use crate::db::Db;

/// What the HTML form adds: the honeypot field and the signed time the form was served.
#[derive(Debug, Clone, Default)]
pub struct FormProof {
    pub honeypot: String,
    pub stamp: String,
    /// The solved proof-of-work challenge, when the petition asks for one.
    pub pow: String,
}

/// Where a signature came from, as stored: never the address itself.
#[derive(Debug, Clone)]
pub struct Origin {
    pub ip_hash: String,
    pub ip_prefix: String,
    pub flag: Option<&'static str>,
}

#[derive(Clone)]
pub struct Guard(Arc<Inner>);

struct Inner {
    s: AbuseSettings,
    trusted: Vec<IpNet>,
    allow_ips: Vec<IpNet>,
    block_ips: Vec<IpNet>,
    allow_domains: HashSet<String>,
    block_domains: HashSet<String>,
    block_emails: HashSet<String>,
    secret: Vec<u8>,
    /// Recent attempts per (petition, key), newest last.
    windows: Mutex<Windows>,
    pow: pow::Pow,
}

#[derive(Default)]
struct Windows {
    seen: HashMap<(i64, String), VecDeque<i64>>,
    last_prune: i64,
}

fn lower_set(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| s.trim().to_lowercase()).collect()
}

impl Guard {
    pub fn new(s: &AbuseSettings, secret: Vec<u8>) -> Self {
        Guard(Arc::new(Inner {
            trusted: ip::parse_nets(&s.trusted_proxies),
            allow_ips: ip::parse_nets(&s.allow_ips),
            block_ips: ip::parse_nets(&s.block_ips),
            allow_domains: lower_set(&s.allow_domains),
            block_domains: lower_set(&s.block_domains),
            block_emails: lower_set(&s.block_emails),
            s: s.clone(),
            secret,
            windows: Mutex::new(Windows::default()),
            pow: pow::Pow::default(),
        }))
    }

    /// The shared secret from the database, created by the first instance that starts.
    pub async fn load_secret(db: &Db) -> Result<Vec<u8>, sqlx::Error> {
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).expect("the OS random source is unavailable");
        let value = crate::on_db!(
            db,
            sql,
            secret("ip_hash_key", &hex::encode(fresh), crate::db::now_ms())
        )?;
        Ok(hex::decode(value).unwrap_or_else(|_| fresh.to_vec()))
    }

    pub fn client_ip(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        ip::resolve(peer, forwarded_for, &self.0.trusted)
    }

    fn mac(&self, msg: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0.secret).expect("any key length");
        mac.update(msg.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..12])
    }

    pub fn pow_challenge(&self, now: i64) -> pow::Challenge {
        self.0.pow.issue(|c| self.mac(&format!("pow:{c}")), now)
    }

    /// Whether the form carries a valid, unused proof-of-work solution.
    pub fn pow_ok(&self, form: Option<&FormProof>, now: i64) -> bool {
        form.is_some_and(|f| {
            self.0
                .pow
                .verify(&f.pow, |c| self.mac(&format!("pow:{c}")), now)
        })
    }

    /// The value of the form's hidden time field: when it was served, signed.
    pub fn form_stamp(&self, now: i64) -> String {
        format!("{now}.{}", self.mac(&format!("form:{now}")))
    }

    fn too_fast(&self, stamp: &str, now: i64) -> bool {
        let min = self.0.s.min_fill_secs * 1000;
        if min <= 0 {
            return false;
        }
        let Some((t, mac)) = stamp.split_once('.') else {
            return true;
        };
        let Ok(at) = t.parse::<i64>() else {
            return true;
        };
        mac != self.mac(&format!("form:{at}")) || now - at < min || at > now + 5_000
    }

    /// Records one attempt for `key` at `now` and returns the attempts remembered for it: those of
    /// the last `keep_secs`, at most `keep_max` (enough to tell whether any window went over).
    fn record(
        w: &mut Windows,
        petition: i64,
        key: String,
        (keep_secs, keep_max): (i64, usize),
        now: i64,
    ) -> &VecDeque<i64> {
        let q = w.seen.entry((petition, key)).or_default();
        // Kept in time order (a clock stepping back is clamped), so old attempts leave from the
        // front and each request costs O(1), not a scan of every attempt in the window.
        q.push_back(q.back().map_or(now, |last| now.max(*last)));
        let horizon = now - keep_secs * 1000;
        while q.front().is_some_and(|t| *t <= horizon) || q.len() > keep_max {
            q.pop_front();
        }
        q
    }

    /// How many of the remembered attempts fall within the last `secs`.
    fn within(q: &VecDeque<i64>, secs: i64, now: i64) -> usize {
        let horizon = now - secs * 1000;
        q.len() - q.partition_point(|t| *t <= horizon)
    }

    /// The stored form of an address: its keyed hash under the current key.
    pub fn assess_key(&self, client: IpAddr, now: i64) -> String {
        let period = now / (self.0.s.ip_key_rotation_days.max(1) * 86_400_000);
        ip::keyed_hash(&self.0.secret, client, period)
    }

    /// Decides whether a signature is flagged, and how its origin is stored.
    pub fn assess(
        &self,
        petition: i64,
        client: IpAddr,
        canonical_email: &str,
        form: Option<&FormProof>,
        now: i64,
    ) -> Origin {
        let ip_hash = self.assess_key(client, now);
        let domain = canonical_email.rsplit('@').next().unwrap_or("").to_owned();
        let flag = if ip::contains(&self.0.block_ips, client) {
            Some("blocked_ip")
        } else if self.0.block_domains.contains(&domain) {
            Some("blocked_domain")
        } else if self.0.block_emails.contains(canonical_email) {
            Some("blocked_email")
        } else if form.is_some_and(|f| !f.honeypot.trim().is_empty()) {
            Some("honeypot")
        } else if form.is_some_and(|f| self.too_fast(&f.stamp, now)) {
            Some("too_fast")
        } else {
            self.rate(petition, client, &ip_hash, domain, now)
        };
        Origin {
            ip_prefix: ip::prefix(client),
            ip_hash,
            flag,
        }
    }

    fn rate(
        &self,
        petition: i64,
        client: IpAddr,
        ip_hash: &str,
        domain: String,
        now: i64,
    ) -> Option<&'static str> {
        let s = &self.0.s;
        let mut w = self.0.windows.lock().unwrap_or_else(|e| e.into_inner());
        self.prune(&mut w, now);
        let mut flag = None;
        if !ip::contains(&self.0.allow_ips, client) {
            let keep = (
                s.ip_burst_secs.max(s.ip_sustained_secs),
                s.ip_burst_max.max(s.ip_sustained_max).saturating_add(1),
            );
            let q = Self::record(&mut w, petition, format!("ip:{ip_hash}"), keep, now);
            if Self::within(q, s.ip_burst_secs, now) > s.ip_burst_max
                || Self::within(q, s.ip_sustained_secs, now) > s.ip_sustained_max
            {
                flag = Some("ip_rate");
            }
        }
        if !self.0.allow_domains.contains(&domain) {
            let keep = (s.domain_secs, s.domain_max.saturating_add(1));
            let q = Self::record(&mut w, petition, format!("domain:{domain}"), keep, now);
            if Self::within(q, s.domain_secs, now) > s.domain_max && flag.is_none() {
                flag = Some("domain_rate");
            }
        }
        flag
    }

    /// Forgets attempts older than every window, at most once a minute.
    fn prune(&self, w: &mut Windows, now: i64) {
        if now - w.last_prune < 60_000 {
            return;
        }
        w.last_prune = now;
        let s = &self.0.s;
        let longest = s.ip_burst_secs.max(s.ip_sustained_secs).max(s.domain_secs) * 1000;
        w.seen.retain(|_, q| {
            while q.front().is_some_and(|t| *t <= now - longest) {
                q.pop_front();
            }
            !q.is_empty()
        });
    }
}

crate::per_engine! {
    mod sql {
        /// The named secret, inserted with `fresh` unless another instance got there first.
        pub async fn secret(pool: &Pool, name: &str, fresh: &str, now: i64) -> Result<String, sqlx::Error> {
            sqlx::query("INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
                .bind(name).bind(fresh).bind(now).execute(pool).await?;
            sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_one(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> AbuseSettings {
        crate::config::Settings::load(None).unwrap().abuse
    }

    #[test]
    fn burst_and_sustained_limits_flag_later_attempts() {
        let g = Guard::new(&settings(), b"secret".to_vec());
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        let flags: Vec<Option<&str>> = (0..4)
            .map(|i| {
                g.assess(
                    1,
                    ip,
                    &format!("p{i}@example.net"),
                    None,
                    1_000_000 + i * 1000,
                )
                .flag
            })
            .collect();
        assert_eq!(
            flags,
            [None, Some("ip_rate"), Some("ip_rate"), Some("ip_rate")]
        );
        // Another petition, or another address, has its own window.
        assert_eq!(g.assess(2, ip, "q@example.net", None, 1_005_000).flag, None);
        let other: IpAddr = "203.0.113.1".parse().unwrap();
        assert_eq!(
            g.assess(1, other, "r@example.net", None, 1_005_000).flag,
            None
        );
    }

    #[test]
    fn windows_expire_and_memory_stays_bounded() {
        let mut s = settings();
        (s.ip_burst_max, s.ip_burst_secs) = (2, 60);
        (s.ip_sustained_max, s.ip_sustained_secs) = (3, 300);
        let g = Guard::new(&s, b"secret".to_vec());
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        let at = |i: i64, t: i64| g.assess(1, ip, &format!("p{i}@a{i}.example"), None, t).flag;
        // Two a minute pass; the fourth within five minutes is over the sustained limit.
        let start = 10_000_000;
        let minutes = [0, 1, 2, 3].map(|m| at(m, start + m * 61_000));
        assert_eq!(minutes, [None, None, None, Some("ip_rate")]);
        // Five minutes after the first attempts, the address is free again.
        assert_eq!(at(9, start + 3 * 61_000 + 300_001), None);
        // However many attempts arrive, only enough to judge the windows is remembered.
        for i in 0..10_000 {
            at(100 + i, start + 1_000_000 + i);
        }
        let w = g.0.windows.lock().unwrap();
        assert!(
            w.seen.values().all(|q| q.len() <= 31),
            "queues stay bounded"
        );
    }

    #[test]
    fn block_and_allow_lists() {
        let mut s = settings();
        s.block_ips = vec!["192.0.2.0/24".into()];
        s.block_domains = vec!["spam.example".into()];
        s.block_emails = vec!["troll@example.net".into()];
        s.allow_ips = vec!["198.51.100.0/24".into()];
        let g = Guard::new(&s, b"secret".to_vec());
        let now = 50_000_000;
        let blocked: IpAddr = "192.0.2.9".parse().unwrap();
        let shared: IpAddr = "198.51.100.9".parse().unwrap();
        assert_eq!(
            g.assess(1, blocked, "a@b.org", None, now).flag,
            Some("blocked_ip")
        );
        assert_eq!(
            g.assess(1, shared, "x@spam.example", None, now).flag,
            Some("blocked_domain")
        );
        assert_eq!(
            g.assess(1, shared, "troll@example.net", None, now).flag,
            Some("blocked_email")
        );
        // A shared network is not rate-limited; a big provider's domain neither.
        let flags: Vec<Option<&str>> = (0..40)
            .map(|i| {
                g.assess(2, shared, &format!("u{i}@gmail.com"), None, now + i)
                    .flag
            })
            .collect();
        assert!(flags.iter().all(Option::is_none), "{flags:?}");
        // Any other domain is, past its limit.
        let flags: Vec<Option<&str>> = (0..31)
            .map(|i| {
                g.assess(3, shared, &format!("u{i}@small.example"), None, now + i)
                    .flag
            })
            .collect();
        assert_eq!(flags.last().unwrap(), &Some("domain_rate"));
    }

    #[test]
    fn honeypot_and_fill_time() {
        let g = Guard::new(&settings(), b"secret".to_vec());
        let ip: IpAddr = "198.51.100.8".parse().unwrap();
        let now = 10_000_000;
        let proof = |honeypot: &str, stamp: String| FormProof {
            honeypot: honeypot.into(),
            stamp,
            pow: String::new(),
        };
        let filled = proof("http://spam", g.form_stamp(now - 10_000));
        assert_eq!(
            g.assess(1, ip, "a@x.org", Some(&filled), now).flag,
            Some("honeypot")
        );
        let fast = proof("", g.form_stamp(now - 500));
        assert_eq!(
            g.assess(2, ip, "a@x.org", Some(&fast), now).flag,
            Some("too_fast")
        );
        let forged = proof("", format!("{}.000000000000000000000000", now - 10_000));
        assert_eq!(
            g.assess(3, ip, "a@x.org", Some(&forged), now).flag,
            Some("too_fast")
        );
        let fine = proof("", g.form_stamp(now - 10_000));
        assert_eq!(g.assess(4, ip, "a@x.org", Some(&fine), now).flag, None);
    }
}
