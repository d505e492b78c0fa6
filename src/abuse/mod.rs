//! Anti-abuse on the signing path. Nothing here refuses a signature: suspicious ones are stored
//! with a flag ("held back"), answered exactly like the others, and not counted until staff
//! release them, so a bot learns nothing.

pub mod flags;
pub mod pow;
pub mod retention;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use hmac::{Hmac, Mac};
use ipnet::IpNet;
use sha2::Sha256;

use crate::config::AbuseSettings;
use crate::db::Db;
use crate::http::ip;

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
    allow_ips: Vec<IpNet>,
    block_ips: Vec<IpNet>,
    allow_domains: HashSet<String>,
    block_domains: HashSet<String>,
    block_emails: HashSet<String>,
    secret: Vec<u8>,
    /// Recent attempts per (petition, key), newest last.
    windows: Mutex<Windows>,
    pow: pow::Pow,
    /// Names this process's rows in the shared rate table.
    instance: String,
}

#[derive(Default)]
struct Windows {
    seen: HashMap<(i64, String), VecDeque<i64>>,
    /// When each (petition, keyed hash of a canonical address) was last assessed: a person who
    /// sends the form again (a correction) is one signer, not another attempt from the address.
    signers: HashMap<(i64, String), i64>,
    last_prune: i64,
    /// This instance's attempts per (scope, key, bucket) not yet written to the database.
    unsent: HashMap<(i64, String, i64), i64>,
    /// Other instances' attempts per (scope, key): (bucket, hits), as last read.
    others: HashMap<(i64, String), Vec<(i64, i64)>>,
    /// Completed exchanges with the database (tests wait on it).
    syncs: u64,
}

/// How long a served form's stamp is good for.
const STAMP_LIFE_MS: i64 = 86_400_000;

/// Shared windows are kept in buckets of this many milliseconds.
const BUCKET_MS: i64 = 5_000;

fn lower_set(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| s.trim().to_lowercase()).collect()
}

impl Guard {
    pub fn new(s: &AbuseSettings, secret: Vec<u8>) -> Self {
        Guard(Arc::new(Inner {
            allow_ips: ip::parse_nets(&s.allow_ips),
            block_ips: ip::parse_nets(&s.block_ips),
            allow_domains: lower_set(&s.allow_domains),
            block_domains: lower_set(&s.block_domains),
            block_emails: lower_set(&s.block_emails),
            s: s.clone(),
            secret,
            windows: Mutex::new(Windows::default()),
            pow: pow::Pow::default(),
            instance: {
                let mut id = [0u8; 8];
                getrandom::fill(&mut id).expect("the OS random source is unavailable");
                hex::encode(id)
            },
        }))
    }

    /// Exchanges rate-limit hits with the other instances every `every`, until the guard is
    /// dropped or the database closes. Each instance writes its own rows, so the signing path
    /// costs no database write; the limits hold across instances to within one exchange.
    pub fn spawn_sync(&self, db: Db, every: std::time::Duration) {
        let weak = Arc::downgrade(&self.0);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let Some(inner) = weak.upgrade() else { return };
                match Guard(inner).sync(&db, crate::db::now_ms()).await {
                    Ok(()) => {}
                    Err(sqlx::Error::PoolClosed) => return,
                    Err(e) => tracing::warn!(error = %e, "sharing rate limits failed"),
                }
            }
        });
    }

    /// One exchange: writes this instance's new hits, reads everyone else's, forgets old buckets.
    pub async fn sync(&self, db: &Db, now: i64) -> Result<(), sqlx::Error> {
        let unsent = {
            let mut w = self.0.windows.lock().unwrap_or_else(|e| e.into_inner());
            std::mem::take(&mut w.unsent)
        };
        let horizon = now - self.longest_ms() - BUCKET_MS;
        let hits: Vec<(i64, &str, i64, i64)> = unsent
            .iter()
            .map(|((scope, key, bucket), n)| (*scope, key.as_str(), *bucket, *n))
            .collect();
        let read = crate::on_db!(db, sql, exchange(&self.0.instance, &hits, horizon));
        let mut w = self.0.windows.lock().unwrap_or_else(|e| e.into_inner());
        let rows = match read {
            Ok(rows) => rows,
            Err(e) => {
                // Kept for the next exchange rather than lost.
                for (k, n) in unsent {
                    *w.unsent.entry(k).or_default() += n;
                }
                return Err(e);
            }
        };
        w.others.clear();
        for (scope, key, bucket, n) in rows {
            w.others.entry((scope, key)).or_default().push((bucket, n));
        }
        w.syncs += 1;
        Ok(())
    }

    /// How many exchanges with the database have completed.
    pub fn syncs(&self) -> u64 {
        self.0
            .windows
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .syncs
    }

    fn longest_ms(&self) -> i64 {
        let s = &self.0.s;
        s.ip_burst_secs.max(s.ip_sustained_secs).max(s.domain_secs) * 1000
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

    fn mac(&self, msg: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0.secret).expect("any key length");
        mac.update(msg.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..12])
    }

    pub fn pow_challenge(&self, petition: &str, now: i64) -> pow::Challenge {
        self.0
            .pow
            .issue(petition, |c| self.mac(&format!("pow:{c}")), now)
    }

    /// The solved challenge (and its expiry) when the form carries a valid proof-of-work solution
    /// for `petition`, not used before on this instance.
    pub fn pow_ok(
        &self,
        form: Option<&FormProof>,
        petition: &str,
        now: i64,
    ) -> Option<(String, i64)> {
        form.and_then(|f| {
            self.0
                .pow
                .verify(&f.pow, petition, |c| self.mac(&format!("pow:{c}")), now)
        })
    }

    /// The value of the form's hidden time field: when it was served, signed.
    pub fn form_stamp(&self, now: i64) -> String {
        format!("{now}.{}", self.mac(&format!("form:{now}")))
    }

    /// The stamp for a form that comes back with errors: the one it was first served with, so a
    /// person who fixes a field within seconds is not taken for a bot, unless that is older than a
    /// day (or not ours), when the form gets a fresh one.
    pub fn carry_stamp(&self, stamp: &str, now: i64) -> String {
        match self.stamp_time(stamp) {
            Some(at) if now - at < STAMP_LIFE_MS && at <= now => stamp.to_owned(),
            _ => self.form_stamp(now),
        }
    }

    /// When a genuine stamp was issued.
    fn stamp_time(&self, stamp: &str) -> Option<i64> {
        let (t, mac) = stamp.split_once('.')?;
        let at = t.parse::<i64>().ok()?;
        crate::secret::same(mac, &self.mac(&format!("form:{at}"))).then_some(at)
    }

    fn too_fast(&self, stamp: &str, now: i64) -> bool {
        let min = self.0.s.min_fill_secs * 1000;
        if min <= 0 {
            return false;
        }
        match self.stamp_time(stamp) {
            Some(at) => now - at < min || at > now + 5_000,
            None => true,
        }
    }

    /// Records one attempt for `key` at `now` and returns the attempts remembered for it: those of
    /// the last `keep_secs`, at most `keep_max` (enough to tell whether any window went over).
    fn record(
        w: &mut Windows,
        petition: i64,
        key: String,
        (keep_secs, keep_max): (i64, usize),
        now: i64,
        repeat: bool,
    ) -> &VecDeque<i64> {
        if repeat {
            return w.seen.entry((petition, key)).or_default();
        }
        // Bounded even if the database is unreachable for a while: past the bound, this
        // instance's own window still holds; only the sharing of the excess is lost.
        let bucket = (petition, key.clone(), now - now.rem_euclid(BUCKET_MS));
        if w.unsent.len() < 100_000 || w.unsent.contains_key(&bucket) {
            *w.unsent.entry(bucket).or_default() += 1;
        }
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

    /// Other instances' attempts for `key` in buckets that overlap the last `secs`.
    fn others_within(w: &Windows, petition: i64, key: &str, secs: i64, now: i64) -> usize {
        let horizon = now - secs * 1000;
        w.others.get(&(petition, key.to_owned())).map_or(0, |b| {
            b.iter()
                .filter(|(bucket, _)| bucket + BUCKET_MS > horizon)
                .map(|(_, n)| *n as usize)
                .sum()
        })
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
        } else if form.is_some_and(|f| {
            self.stamp_time(&f.stamp)
                .is_some_and(|at| now - at > STAMP_LIFE_MS)
        }) {
            // A stamp fetched once must not serve a bot for ever (a form that comes back with
            // errors gets a fresh one, see `carry_stamp`).
            Some("stale_form")
        } else {
            self.rate(petition, client, &ip_hash, (canonical_email, domain), now)
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
        (canonical_email, domain): (&str, String),
        now: i64,
    ) -> Option<&'static str> {
        let s = &self.0.s;
        let ip_window = !ip::contains(&self.0.allow_ips, client);
        let domain_window = !self.0.allow_domains.contains(&domain);
        if !ip_window && !domain_window {
            // Shared networks and big providers: no window to keep, so nothing to compute.
            return None;
        }
        // Keyed, so nobody can choose an address that looks like another's repeat.
        let signer = self.mac(&format!("signer:{canonical_email}"));
        let mut w = self.0.windows.lock().unwrap_or_else(|e| e.into_inner());
        self.prune(&mut w, now);
        let longest = self.longest_ms();
        if w.signers.len() >= 200_000 {
            // Bounded under a flood of new addresses: forgetting only counts a correction again.
            w.signers.clear();
        }
        let repeat = w
            .signers
            .insert((petition, signer), now)
            .is_some_and(|t| now - t < longest);
        let mut flag = None;
        if ip_window {
            let keep = (
                s.ip_burst_secs.max(s.ip_sustained_secs),
                s.ip_burst_max.max(s.ip_sustained_max).saturating_add(1),
            );
            let key = format!("ip:{ip_hash}");
            let (burst, sustained) = {
                let q = Self::record(&mut w, petition, key.clone(), keep, now, repeat);
                (
                    Self::within(q, s.ip_burst_secs, now),
                    Self::within(q, s.ip_sustained_secs, now),
                )
            };
            if burst + Self::others_within(&w, petition, &key, s.ip_burst_secs, now)
                > s.ip_burst_max
                || sustained + Self::others_within(&w, petition, &key, s.ip_sustained_secs, now)
                    > s.ip_sustained_max
            {
                flag = Some("ip_rate");
            }
        }
        if domain_window {
            let keep = (s.domain_secs, s.domain_max.saturating_add(1));
            let key = format!("domain:{domain}");
            let n = Self::within(
                Self::record(&mut w, petition, key.clone(), keep, now, repeat),
                s.domain_secs,
                now,
            ) + Self::others_within(&w, petition, &key, s.domain_secs, now);
            if n > s.domain_max && flag.is_none() {
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
        let longest = self.longest_ms();
        w.signers.retain(|_, t| *t > now - longest);
        w.seen.retain(|_, q| {
            while q.front().is_some_and(|t| *t <= now - longest) {
                q.pop_front();
            }
            !q.is_empty()
        });
    }
}

/// Records a solved proof of work as used, for forms outside the signing batch (letters,
/// organisations); false when there is none or it was used before, on any instance.
pub async fn claim_pow(db: &Db, solved: Option<(String, i64)>) -> Result<bool, sqlx::Error> {
    match solved {
        Some((challenge, expires)) => crate::on_db!(db, sql, claim_pow(&challenge, expires)),
        None => Ok(false),
    }
}

/// Forgets proof-of-work solutions past their expiry (they could not be used again anyway).
pub async fn purge_used_pow(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    crate::on_db!(db, sql, purge_pow(now))
}

crate::per_engine! {
    mod sql {
        pub async fn claim_pow(pool: &Pool, challenge: &str, expires: i64) -> Result<bool, sqlx::Error> {
            let res = sqlx::query("INSERT INTO pow_used (challenge, expires_at) VALUES ($1, $2) ON CONFLICT (challenge) DO NOTHING")
                .bind(challenge).bind(expires).execute(pool).await?;
            Ok(res.rows_affected() == 1)
        }

        pub async fn purge_pow(pool: &Pool, now: i64) -> Result<u64, sqlx::Error> {
            Ok(sqlx::query("DELETE FROM pow_used WHERE expires_at < $1").bind(now).execute(pool).await?.rows_affected())
        }

        /// Adds `hits` (scope, key, bucket, n) to this instance's rows, drops buckets older than
        /// `horizon`, and returns the other instances' hits since then: the busiest 20,000 keys and
        /// buckets, so a flood of one-off keys (random domains) cannot make every exchange huge.
        pub async fn exchange(
            pool: &Pool, instance: &str, hits: &[(i64, &str, i64, i64)], horizon: i64,
        ) -> Result<Vec<(i64, String, i64, i64)>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            for chunk in hits.chunks(1000) {
                let mut qb = sqlx::QueryBuilder::<DB>::new("INSERT INTO rate_hits (instance, scope, key, bucket, hits) ");
                qb.push_values(chunk, |mut b, (scope, key, bucket, n)| {
                    b.push_bind(instance).push_bind(*scope).push_bind(*key).push_bind(*bucket).push_bind(*n);
                });
                qb.push(" ON CONFLICT (instance, scope, key, bucket) DO UPDATE SET hits = rate_hits.hits + excluded.hits");
                qb.build().execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM rate_hits WHERE bucket < $1").bind(horizon).execute(&mut *tx).await?;
            let rows = sqlx::query_as(
                "SELECT scope, key, bucket, CAST(SUM(hits) AS BIGINT) FROM rate_hits WHERE instance <> $1 AND bucket >= $2 \
                 GROUP BY scope, key, bucket ORDER BY SUM(hits) DESC LIMIT 20000",
            )
            .bind(instance).bind(horizon).fetch_all(&mut *tx).await?;
            tx.commit().await?;
            Ok(rows)
        }

        /// The named secret, inserted with `fresh` unless another instance got there first.
        pub async fn secret(pool: &Pool, name: &str, fresh: &str, now: i64) -> Result<String, sqlx::Error> {
            sqlx::query("INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
                .bind(name).bind(fresh).bind(now).execute(pool).await?;
            sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_one(pool).await
        }
    }
}

/// Anti-abuse and retention jobs: used proof-of-work solutions expire, personal data past its
/// retention is anonymised or deleted.
pub fn jobs() -> Vec<crate::jobs::Job> {
    use crate::jobs::Job;
    vec![
        Job::new(
            "abuse.pow_purge",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                purge_used_pow(&ctx.db, crate::db::now_ms()).await?;
                Ok(())
            },
        ),
        Job::new(
            "retention.signatures",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                let (sigs, mails) = retention::run(&ctx.db, &ctx.settings).await?;
                if sigs + mails > 0 {
                    tracing::info!(sigs, mails, "personal data anonymised");
                }
                Ok(())
            },
        ),
        Job::new(
            "retention.letters",
            crate::jobs::EVERY_MINUTE,
            |ctx| async move {
                let o = retention::run_others(&ctx.db, &ctx.settings).await?;
                if o != Default::default() {
                    tracing::info!(
                        deleted = o.deleted,
                        anonymised = o.anonymised,
                        "letters and organisation sign-ons past retention"
                    );
                }
                Ok(())
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> AbuseSettings {
        crate::config::Settings::load(None).unwrap().abuse
    }

    #[test]
    fn burst_and_sustained_limits_flag_later_attempts() {
        let mut s = settings();
        s.ip_burst_max = 1;
        let g = Guard::new(&s, b"secret".to_vec());
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
    fn defaults_let_a_household_sign_and_hold_back_a_burst() {
        let g = Guard::new(&settings(), b"secret".to_vec());
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        let flags: Vec<Option<&str>> = (0..20)
            .map(|i| {
                g.assess(
                    1,
                    ip,
                    &format!("p{i}@example.net"),
                    None,
                    1_000_000 + i * 100,
                )
                .flag
            })
            .collect();
        assert!(flags[..5].iter().all(Option::is_none), "{flags:?}");
        assert!(
            flags[5..].iter().all(|f| *f == Some("ip_rate")),
            "{flags:?}"
        );
    }

    #[test]
    fn a_correction_is_not_another_signer() {
        let g = Guard::new(&settings(), b"secret".to_vec());
        let ip: IpAddr = "198.51.100.9".parse().unwrap();
        let at = |e: &str, i: i64| g.assess(1, ip, e, None, 1_000_000 + i * 100).flag;
        // Two people each send the form twice, then three more sign: five signers, none held back.
        let emails = [
            "a@x.org", "a@x.org", "b@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org",
        ];
        let flags: Vec<_> = emails
            .iter()
            .enumerate()
            .map(|(i, e)| at(e, i as i64))
            .collect();
        assert!(flags.iter().all(Option::is_none), "{flags:?}");
        assert_eq!(
            at("f@x.org", 10),
            Some("ip_rate"),
            "the sixth signer in a minute"
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
