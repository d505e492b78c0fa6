//! The delivery job: claims due deliveries under a lease (renewed while they are on the wire),
//! sends each to the address checked after resolution, and records the outcome. A delivery is
//! marked delivered only after a 2xx, so a crash sends it again, with the same webhook-id, once the
//! lease ends: at least once. Redirects are not followed; each attempt has a deadline and reads at
//! most a little of the answer.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use super::address;
use super::store::{sql, Due, Outcome};
use crate::config::{Settings, WebhooksSettings};
use crate::db::{now_ms, Db};
use crate::on_db;

/// What is kept of an endpoint's answer for the log.
const ANSWER_LIMIT: usize = 1024;
const ERROR_CHARS: usize = 200;

/// Renews the lease on the round's deliveries still in flight, every third of the lease.
struct Renewal(tokio::task::JoinHandle<()>);

impl Renewal {
    fn spawn(db: Db, in_flight: Arc<Mutex<HashSet<i64>>>, lease_ms: i64) -> Self {
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
                if let Err(e) = on_db!(&db, sql, renew(&ids, now_ms() + lease_ms)) {
                    tracing::warn!(error = %e, "renewing the webhook lease failed");
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

/// Sends due deliveries until none is due and none is on the wire; returns how many it claimed.
/// Each slot a finished send frees is claimed again at once (and new events are looked for every
/// `poll_ms` meanwhile), so an endpoint that hangs until its timeout holds only its own
/// `per_endpoint` slots while every other endpoint's deliveries go on.
pub async fn round(db: &Db, settings: &Arc<Settings>) -> Result<usize, sqlx::Error> {
    let w = &settings.webhooks;
    let lease_ms = w.lease_secs.max(1) * 1000;
    let slots = usize::try_from(w.batch_size.max(1)).unwrap_or(1);
    let poll = Duration::from_millis(w.poll_ms.max(10));
    let in_flight = Arc::new(Mutex::new(HashSet::new()));
    let _renewal = Renewal::spawn(db.clone(), in_flight.clone(), lease_ms);
    let mut sends = JoinSet::new();
    let mut claimed = 0;
    loop {
        let free = slots.saturating_sub(sends.len());
        if free > 0 {
            let limit = i64::try_from(free).unwrap_or(1);
            match on_db!(
                db,
                sql,
                claim(now_ms(), lease_ms, limit, w.per_endpoint.max(1))
            ) {
                Ok(due) => {
                    claimed += due.len();
                    in_flight
                        .lock()
                        .expect("in-flight set")
                        .extend(due.iter().map(|d| d.id));
                    for d in due {
                        let w = w.clone();
                        sends.spawn(async move {
                            let outcome = attempt(&d, &w).await;
                            (d, outcome)
                        });
                    }
                }
                // Nothing on the wire: the job's own backoff takes over.
                Err(e) if sends.is_empty() => return Err(e),
                // Sends on the wire still get their outcome recorded; claiming is tried again.
                Err(e) => tracing::warn!(error = %e, "claiming webhook deliveries failed"),
            }
        }
        if sends.is_empty() {
            return Ok(claimed);
        }
        tokio::select! {
            joined = sends.join_next() => {
                if let Some(Ok((d, outcome))) = joined {
                    finish(db, settings, &d, outcome, &in_flight).await;
                }
            }
            _ = tokio::time::sleep(poll) => {}
        }
    }
}

/// Records an attempt's outcome; a delivery recorded is no longer renewed, one left unrecorded
/// waits out its lease and goes again.
async fn finish(
    db: &Db,
    settings: &Settings,
    d: &Due,
    outcome: Outcome,
    in_flight: &Mutex<HashSet<i64>>,
) {
    let w = &settings.webhooks;
    let now = now_ms();
    let outcome = with_retry(d, outcome, w, now);
    let base = settings.base().to_owned();
    let notice = move |to: &str, lang: &str, url: &str| super::notice::paused(to, lang, url, &base);
    match on_db!(
        db,
        sql,
        record(d, &outcome, now, w.pause_after.max(1), &notice)
    ) {
        Ok(()) => {
            in_flight.lock().expect("in-flight set").remove(&d.id);
        }
        Err(e) => {
            tracing::warn!(delivery = d.id, error = %e, "recording a webhook attempt failed")
        }
    }
    metrics::counter!("webhook_attempts_total", "outcome" => if outcome.ok { "ok" } else { "failed" }).increment(1);
}

/// Sets when a failed attempt is tried again: doubling from `backoff_base_secs`, at most an hour,
/// and never after `max_attempts`.
fn with_retry(d: &Due, mut o: Outcome, w: &WebhooksSettings, now: i64) -> Outcome {
    if o.ok || d.attempts >= w.max_attempts.max(1) {
        return o;
    }
    let shift = (d.attempts - 1).clamp(0, 12) as u32;
    let delay = (w.backoff_base_secs.max(0) * 1000)
        .saturating_mul(1 << shift)
        .min(3_600_000);
    o.retry_at = Some(now + delay);
    o
}

/// Sends one delivery: resolve and check the address, sign, post, read a little of the answer.
async fn attempt(d: &Due, w: &WebhooksSettings) -> Outcome {
    let started = Instant::now();
    let failed = |status: Option<i64>, error: String| Outcome {
        status,
        error: Some(error.chars().take(ERROR_CHARS).collect()),
        duration_ms: started.elapsed().as_millis() as i64,
        ok: false,
        retry_at: None,
    };
    let target = match address::resolve(&d.url, w.allow_private).await {
        Ok(t) => t,
        Err(refused) => return failed(None, refused.log_word().into()),
    };
    let timestamp = now_ms() / 1000;
    let Some(signature) = super::sign::signature(&d.secret, &d.msg_id, timestamp, &d.body) else {
        return failed(None, "unusable secret".into());
    };
    let timeout = Duration::from_millis(w.timeout_ms.max(100));
    let mut client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // A proxy from the environment would resolve the name itself, after our check.
        .no_proxy()
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(concat!("Chorus-Webhooks/", env!("CARGO_PKG_VERSION")));
    if let Some((name, addrs)) = &target.pinned {
        // Connect to the addresses checked, not to what a second lookup would say.
        client = client.resolve_to_addrs(name, addrs);
    }
    let client = match client.build() {
        Ok(c) => c,
        Err(e) => return failed(None, format!("client: {e}")),
    };
    let sent = client
        .post(target.url)
        .header("content-type", "application/json")
        .header("webhook-id", &d.msg_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(d.body.clone())
        .send()
        .await;
    let mut res = match sent {
        Ok(r) => r,
        Err(e) if e.is_timeout() => return failed(None, "timed out".into()),
        Err(e) if e.is_connect() => return failed(None, "could not connect".into()),
        Err(_) => return failed(None, "network error".into()),
    };
    let status = res.status();
    // Read at most ANSWER_LIMIT bytes (within the same deadline), then drop the connection.
    let mut answer = Vec::new();
    while answer.len() < ANSWER_LIMIT {
        match res.chunk().await {
            Ok(Some(chunk)) => answer.extend_from_slice(&chunk),
            _ => break,
        }
    }
    answer.truncate(ANSWER_LIMIT);
    if status.is_success() {
        return Outcome {
            status: Some(status.as_u16() as i64),
            error: None,
            duration_ms: started.elapsed().as_millis() as i64,
            ok: true,
            retry_at: None,
        };
    }
    let text = String::from_utf8_lossy(&answer);
    let text: String = text.chars().filter(|c| !c.is_control()).collect();
    failed(Some(status.as_u16() as i64), text)
}
