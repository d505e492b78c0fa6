//! Drains the outbox: claims due emails, sends them, and records the outcome.
//! Several workers (in one or many instances) can run at once; a claimed row is leased to one.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt as _;

use lettre::message::Mailbox;
use tokio::sync::watch;
use tokio::task::JoinSet;

use std::collections::{BTreeMap, HashSet};

use lettre::Address;

use super::caps::recipient_key;
use super::outbox::{self, OutboxRow};
use super::suppress;
use super::transport::Transport;
use super::verp::{day_of, Verp};
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

/// The name of the bounce-address key in `app_secrets`.
pub const VERP_KEY: &str = "verp_key";

/// The longest local part of a bounce address.
const MAX_VERP_USER: usize = 300;

/// How long an accepted email may wait before it is marked sent (with the others accepted since).
const SENT_FLUSH: Duration = Duration::from_millis(20);

/// How many claim-and-send rounds one worker runs at once (see `Worker::run`).
const ROUNDS_AT_ONCE: usize = 2;

/// Waits `for_` or until `shutdown` changes; false once its sender is gone (which stops a loop as
/// a `true` would).
async fn pause(for_: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(for_) => true,
        changed = shutdown.changed() => changed.is_ok(),
    }
}

/// Renews the lease on a round's emails still in flight, every third of the lease, until dropped.
struct Renewal(tokio::task::JoinHandle<()>);

impl Renewal {
    fn spawn(db: Db, in_flight: Arc<std::sync::Mutex<HashSet<i64>>>, lease_ms: i64) -> Self {
        let every = Duration::from_millis((lease_ms / 3).max(100) as u64);
        Renewal(tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let ids: Vec<i64> = in_flight
                    .lock()
                    .expect("in-flight set")
                    .iter()
                    .copied()
                    .collect();
                if ids.is_empty() {
                    continue;
                }
                let until = now_ms() + lease_ms;
                if let Err(e) = on_db!(&db, outbox::sql, renew(&ids, until)) {
                    tracing::warn!(error = %e, "renewing the outbox lease failed");
                }
            }
        }))
    }
}

impl Drop for Renewal {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Fills in an email stored as parameters (subject, bodies, unsubscribe URL) from its payload, at
/// send time. The capabilities that write such emails provide it.
pub type Renderer = fn(&mut OutboxRow, &RenderCtx<'_>) -> Result<(), String>;

/// What rendering at send time may use besides the row.
pub struct RenderCtx<'a> {
    /// The site's base URL, for links.
    pub base: &'a str,
    /// Derives the signers' links (`crate::secret::links`).
    pub links: &'a crate::secret::links::LinkKey,
}

pub struct Worker {
    db: Db,
    transport: Transport,
    settings: Arc<Settings>,
    from: Mailbox,
    sending: Arc<tokio::sync::Semaphore>,
    /// Held from a round's claim to the end of its checks (see `round`).
    preparing: tokio::sync::Mutex<()>,
    render: Renderer,
    /// Signs bounce addresses; its key is read from the database on the first round.
    verp: tokio::sync::OnceCell<Verp>,
    /// Derives signers' links while rendering; read from the database on the first round too.
    links: tokio::sync::OnceCell<crate::secret::links::LinkKey>,
}

impl Worker {
    pub fn new(
        db: Db,
        transport: Transport,
        settings: Arc<Settings>,
        render: Renderer,
    ) -> anyhow::Result<Self> {
        let from: Mailbox = settings
            .email_from
            .parse()
            .map_err(|e| anyhow::anyhow!("invalid email_from '{}': {e}", settings.email_from))?;
        let sending = Arc::new(tokio::sync::Semaphore::new(
            settings.worker.smtp_pool_size.max(1) as usize,
        ));
        Ok(Worker {
            db,
            transport,
            settings,
            from,
            sending,
            preparing: tokio::sync::Mutex::new(()),
            render,
            verp: tokio::sync::OnceCell::new(),
            links: tokio::sync::OnceCell::new(),
        })
    }

    /// Runs until `shutdown` turns true, finishing the emails in hand first. Periodic work other
    /// than sending runs elsewhere (`crate::jobs`), so nothing it does can hold emails up.
    ///
    /// Two rounds are under way at once, sharing the connections: while one round's last sends
    /// finish and the next is claimed, the other's emails keep every connection busy.
    pub async fn run(self, shutdown: watch::Receiver<bool>) {
        let me = Arc::new(self);
        let mut loops = JoinSet::new();
        for k in 0..ROUNDS_AT_ONCE {
            loops.spawn(me.clone().rounds(k, shutdown.clone()));
        }
        while loops.join_next().await.is_some() {}
        tracing::info!("outbox worker stopped");
    }

    /// The `k`th loop of `run`. It starts `k` steps into the polling interval, so idle loops
    /// poll in turn rather than together.
    async fn rounds(self: Arc<Self>, k: usize, mut shutdown: watch::Receiver<bool>) {
        let poll = Duration::from_millis(self.settings.worker.poll_ms);
        if !pause(poll * k as u32 / ROUNDS_AT_ONCE as u32, &mut shutdown).await {
            return;
        }
        loop {
            // A dropped sender stops the loop as a `true` would.
            if *shutdown.borrow() || shutdown.has_changed().is_err() {
                break;
            }
            // A panicking round (a bug, say in decoding a row) is logged and counted, and the
            // loop goes on: its emails come back after their lease.
            let busy = match AssertUnwindSafe(self.round()).catch_unwind().await {
                Ok(Ok(n)) => n > 0,
                Ok(Err(e)) => {
                    tracing::warn!(error = %crate::telemetry::redact(&e.to_string()), "outbox round failed");
                    false
                }
                Err(_) => {
                    tracing::error!("an outbox round panicked");
                    metrics::counter!("emails_worker_rounds_panicked_total").increment(1);
                    false
                }
            };
            if !busy && !pause(poll, &mut shutdown).await {
                break;
            }
        }
    }

    /// One claim-and-send round; returns how many emails it claimed. Each email is marked sent
    /// within a few milliseconds of its server accepting it, and the round's lease is renewed
    /// while it sends, so a worker that dies leaves only a short lease and the messages on the
    /// wire to be sent again.
    pub async fn round(&self) -> Result<usize, sqlx::Error> {
        let w = &self.settings.worker;
        let lease_ms = w.lease_secs.max(1) * 1000;
        // Claiming and the checks that count (the per-address cap) run one round at a time, in
        // the order of the claims, so the cap keeps the earliest emails; the sending overlaps.
        let preparing = self.preparing.lock().await;
        let mut rows = on_db!(
            &self.db,
            outbox::sql,
            claim(now_ms(), lease_ms, w.batch_size)
        )?;
        let n = rows.len();
        if n == 0 {
            return Ok(0);
        }
        // In id order, which `RETURNING` does not promise: the cap keeps the earliest.
        rows.sort_unstable_by_key(|r| r.id);
        // Renewed from the claim on: the checks below wait on the database, and a lapsed lease
        // would let the other round take the same emails.
        let ids = |rows: &[OutboxRow]| rows.iter().map(|r| r.id).collect::<HashSet<i64>>();
        let in_flight = Arc::new(std::sync::Mutex::new(ids(&rows)));
        let _renewal = Renewal::spawn(self.db.clone(), in_flight.clone(), lease_ms);
        let rows = self.drop_suppressed(rows).await?;
        let rows = self.cap_public(rows, lease_ms).await?;
        drop(preparing);
        *in_flight.lock().expect("in-flight set") = ids(&rows);
        let verp = self
            .verp
            .get_or_try_init(|| async {
                let key = crate::secret::shared_key(&self.db, VERP_KEY).await?;
                Ok::<_, sqlx::Error>(Verp::new(&key))
            })
            .await?;
        let links = self
            .links
            .get_or_try_init(|| crate::secret::links::LinkKey::signatures(&self.db))
            .await?;
        let render_ctx = RenderCtx {
            base: self.settings.base(),
            links,
        };
        let mut sends = JoinSet::new();
        for mut row in rows {
            // An email whose rendering panics is given up, not claimed again and again.
            let rendered = catch_unwind(AssertUnwindSafe(|| (self.render)(&mut row, &render_ctx)))
                .unwrap_or_else(|_| Err("rendering the email failed".to_owned()));
            if let Err(e) = rendered {
                let e = super::transport::SendError {
                    permanent: true,
                    message: e,
                };
                self.finish_failed(&row, e, &in_flight).await;
                continue;
            }
            let transport = self.transport.clone();
            let from = self.from.clone();
            let bounce = self.bounce_address(verp, &row);
            let permits = self.sending.clone();
            sends.spawn(async move {
                // One message per pooled connection at a time: lettre opens a new connection
                // whenever none is idle, so unbounded sends would flood the SMTP server.
                let _permit = permits.acquire_owned().await;
                let res = transport.send(&row, &from, bounce.as_ref()).await;
                (row, res)
            });
        }
        let mut sent = Vec::new();
        let mut flush_at = tokio::time::Instant::now() + SENT_FLUSH;
        loop {
            let joined = tokio::select! {
                joined = sends.join_next() => joined,
                _ = tokio::time::sleep_until(flush_at) => {
                    self.flush_sent(&mut sent, &in_flight).await;
                    flush_at = tokio::time::Instant::now() + SENT_FLUSH;
                    continue;
                }
            };
            let Some(joined) = joined else { break };
            let Ok((row, res)) = joined else { continue };
            match res {
                Ok(()) => {
                    metrics::counter!("emails_sent_total", "kind" => row.kind.clone()).increment(1);
                    sent.push(row.id);
                }
                Err(e) => self.finish_failed(&row, e, &in_flight).await,
            }
        }
        self.flush_sent(&mut sent, &in_flight).await;
        Ok(n)
    }

    /// Marks accepted emails sent. Should that fail, they stay leased and are sent again after
    /// the lease: at least once, never lost.
    async fn flush_sent(&self, sent: &mut Vec<i64>, in_flight: &std::sync::Mutex<HashSet<i64>>) {
        if sent.is_empty() {
            return;
        }
        match on_db!(&self.db, outbox::sql, mark_sent(sent, now_ms())) {
            Ok(()) => {
                let mut live = in_flight.lock().expect("in-flight set");
                for id in sent.iter() {
                    live.remove(id);
                }
            }
            Err(e) => tracing::warn!(error = %e, emails = sent.len(), "marking emails sent failed"),
        }
        sent.clear();
    }

    /// Records a failed send; an error doing so is logged and the email waits out its lease,
    /// while the other sends of the round go on.
    async fn finish_failed(
        &self,
        row: &OutboxRow,
        e: super::transport::SendError,
        in_flight: &std::sync::Mutex<HashSet<i64>>,
    ) {
        match self.record_failure(row, e).await {
            Ok(()) => {
                in_flight.lock().expect("in-flight set").remove(&row.id);
            }
            Err(e) => {
                tracing::warn!(outbox_id = row.id, error = %e, "recording a failed send failed");
                metrics::counter!("emails_unrecorded_failures_total").increment(1);
            }
        }
    }

    /// The envelope sender of `row`: a bounce address naming its recipient and kind (none for a
    /// kind this version does not know, or an address lettre refuses: the From address is used).
    fn bounce_address(&self, verp: &Verp, row: &OutboxRow) -> Option<Address> {
        let b = &self.settings.bounces;
        let kind = row.kind().ok()?;
        let mailbox = suppress::mailbox(&row.recipient, &self.settings.canonical_email);
        let tag = verp.tag(&mailbox, kind, day_of(now_ms()));
        let domain = match b.verp_domain.trim() {
            "" => self.from.email.domain(),
            d => d,
        };
        let user = format!("{}+{tag}", b.verp_local);
        // Past this, "MAIL FROM:<…>" could outgrow SMTP's 512-octet command line: such rare,
        // very long addresses keep the plain sender.
        if user.len() > MAX_VERP_USER {
            return None;
        }
        // Longer than RFC 5321's 64 octets for most addresses, which lettre's check refuses; mail
        // servers take such bounce addresses (bulk senders' VERP addresses often run longer), and
        // this one is made only of letters, digits, '+' and '-' (`verp_local` is checked).
        Address::new("x", domain)
            .ok()
            .map(|_| Address::new_dangerous(user, domain))
    }

    /// Holds back, unsent and for good, every email to a suppressed address (whatever its kind).
    async fn drop_suppressed(&self, rows: Vec<OutboxRow>) -> Result<Vec<OutboxRow>, sqlx::Error> {
        let canonicals: Vec<String> = rows
            .iter()
            .map(|r| suppress::mailbox(&r.recipient, &self.settings.canonical_email))
            .collect();
        let asked: Vec<&str> = canonicals.iter().map(String::as_str).collect();
        let found: HashSet<String> = on_db!(&self.db, suppress::sql, suppressed(&asked))?
            .into_iter()
            .collect();
        if found.is_empty() {
            return Ok(rows);
        }
        let mut kept = Vec::with_capacity(rows.len());
        for (row, address) in rows.into_iter().zip(&canonicals) {
            if found.contains(address) {
                tracing::info!(outbox_id = row.id, kind = %row.kind, "email to a suppressed address, not sent");
                metrics::counter!("emails_suppressed_total", "kind" => row.kind.clone())
                    .increment(1);
                on_db!(
                    &self.db,
                    outbox::sql,
                    mark_dropped(row.id, suppress::SUPPRESSED)
                )?;
            } else {
                kept.push(row);
            }
        }
        Ok(kept)
    }

    /// Holds back, unsent, what the public caused beyond the per-address cap: keyed by the
    /// canonical address, so dots and "+tags" reach the same limit as the inbox they reach.
    /// One transaction of up to three statements per round whatever its size; each row is counted
    /// once, on the first round that gets that far, however often it is retried.
    async fn cap_public(
        &self,
        rows: Vec<OutboxRow>,
        lease_ms: i64,
    ) -> Result<Vec<OutboxRow>, sqlx::Error> {
        let w = &self.settings.worker;
        let mut fresh: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for row in rows
            .iter()
            .filter(|r| !r.cap_counted && r.kind().is_ok_and(|k| k.is_public()))
        {
            let key = recipient_key(&row.recipient, &self.settings.canonical_email);
            fresh.entry(key).or_default().push(row.id);
        }
        if fresh.is_empty() {
            return Ok(rows);
        }
        let keys: Vec<(&str, i64)> = fresh
            .iter()
            .map(|(k, ids)| (k.as_str(), ids.len() as i64))
            .collect();
        let window = w.public_email_window_hours.max(1) * 3_600_000;
        let cap = w.max_public_emails_per_address;
        // Of each address's emails in this round, those that fit under the cap go; the rest wait
        // for nothing. (counted, over)
        let split = |totals: Vec<(String, i64)>| {
            let mut over: HashSet<i64> = HashSet::new();
            for (key, total) in totals {
                let Some(ids) = fresh.get(&key) else { continue };
                let before = total - ids.len() as i64;
                let fits = (cap - before).clamp(0, ids.len() as i64) as usize;
                over.extend(&ids[fits..]);
            }
            fresh
                .values()
                .flatten()
                .copied()
                .partition(|id| !over.contains(id))
        };
        let over: HashSet<i64> = on_db!(
            &self.db,
            outbox::sql,
            charge_cap(&keys, now_ms(), window, lease_ms, split)
        )?
        .into_iter()
        .collect();
        if over.is_empty() {
            return Ok(rows);
        }
        let (capped, kept): (Vec<OutboxRow>, Vec<OutboxRow>) =
            rows.into_iter().partition(|row| over.contains(&row.id));
        for row in capped {
            tracing::info!(outbox_id = row.id, kind = %row.kind, "email over the per-address cap, not sent");
            metrics::counter!("emails_capped_total").increment(1);
        }
        Ok(kept)
    }

    async fn record_failure(
        &self,
        row: &OutboxRow,
        e: super::transport::SendError,
    ) -> Result<(), sqlx::Error> {
        let w = &self.settings.worker;
        if e.permanent || row.attempts >= w.max_attempts {
            // The server's text may quote the address: it is stored for staff, not logged.
            tracing::warn!(outbox_id = row.id, kind = %row.kind, permanent = e.permanent, "email given up");
            metrics::counter!("emails_failed_total", "kind" => row.kind.clone()).increment(1);
            return on_db!(&self.db, outbox::sql, mark_failed(row.id, &e.message));
        }
        let shift = (row.attempts - 1).clamp(0, 12) as u32;
        let delay_ms = (w.backoff_base_secs * 1000)
            .saturating_mul(1 << shift)
            .min(3_600_000);
        tracing::info!(
            outbox_id = row.id,
            attempt = row.attempts,
            delay_ms,
            "email will be retried"
        );
        on_db!(
            &self.db,
            outbox::sql,
            mark_retry(row.id, now_ms() + delay_ms, &e.message)
        )
    }
}
