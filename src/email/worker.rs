//! Drains the outbox: claims due emails, sends them, and records the outcome.
//! Several workers (in one or many instances) can run at once; a claimed row is leased to one.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use tokio::sync::watch;
use tokio::task::JoinSet;

use std::collections::{BTreeMap, HashSet};

use super::caps::{is_public_kind, recipient_key};
use super::outbox::{self, OutboxRow};
use super::transport::Transport;
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;

pub struct Worker {
    db: Db,
    transport: Transport,
    settings: Arc<Settings>,
    from: Mailbox,
    sending: Arc<tokio::sync::Semaphore>,
}

impl Worker {
    pub fn new(db: Db, transport: Transport, settings: Arc<Settings>) -> anyhow::Result<Self> {
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
        })
    }

    /// Runs until `shutdown` turns true, finishing the emails in hand first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let poll = Duration::from_millis(self.settings.worker.poll_ms);
        let mut last_maintenance = tokio::time::Instant::now() - Duration::from_secs(3600);
        loop {
            if *shutdown.borrow() {
                break;
            }
            let busy = match self.round().await {
                Ok(n) => n > 0,
                Err(e) => {
                    tracing::warn!(error = %crate::telemetry::redact(&e.to_string()), "outbox round failed");
                    false
                }
            };
            if last_maintenance.elapsed() > Duration::from_secs(60) {
                last_maintenance = tokio::time::Instant::now();
                if let Err(e) =
                    crate::signatures::purge_stale_pending(&self.db, &self.settings).await
                {
                    tracing::warn!(error = %e, "purging stale signatures failed");
                }
                if let Err(e) =
                    crate::signatures::reminders::send_due(&self.db, &self.settings, now_ms()).await
                {
                    tracing::warn!(error = %e, "queuing reminders failed");
                }
                if let Err(e) =
                    crate::letters::reminders::send_due(&self.db, &self.settings, now_ms()).await
                {
                    tracing::warn!(error = %e, "queuing letter reminders failed");
                }
                if let Err(e) =
                    crate::letters::reminders::purge_log(&self.db, &self.settings, now_ms()).await
                {
                    tracing::warn!(error = %e, "purging letter email counts failed");
                }
                if let Err(e) = crate::petitions::updates::milestones(&self.db).await {
                    tracing::warn!(error = %crate::telemetry::redact(&e.to_string()), "milestone check failed");
                }
                let window = self.settings.worker.public_email_window_hours.max(1) * 3_600_000;
                if let Err(e) = on_db!(&self.db, super::caps::sql, purge(now_ms() - window)) {
                    tracing::warn!(error = %e, "purging per-address email counts failed");
                }
                let login_window = self.settings.admin.login_window_minutes.max(1) * 60_000;
                if let Err(e) =
                    crate::admin::throttle::purge(&self.db, now_ms() - login_window).await
                {
                    tracing::warn!(error = %e, "purging sign-in throttle windows failed");
                }
                if let Err(e) = crate::abuse::purge_used_pow(&self.db, now_ms()).await {
                    tracing::warn!(error = %e, "purging used proof-of-work solutions failed");
                }
                match crate::abuse::retention::run(&self.db, &self.settings).await {
                    Ok((0, 0)) => {}
                    Ok((sigs, mails)) => tracing::info!(sigs, mails, "personal data anonymised"),
                    Err(e) => tracing::warn!(error = %e, "retention run failed"),
                }
                match crate::abuse::retention::run_others(&self.db, &self.settings).await {
                    Ok(o) if o == Default::default() => {}
                    Ok(o) => tracing::info!(
                        deleted = o.deleted,
                        anonymised = o.anonymised,
                        "letters and organisation sign-ons past retention"
                    ),
                    Err(e) => tracing::warn!(error = %e, "retention of letters failed"),
                }
            }
            if !busy {
                tokio::select! {
                    _ = tokio::time::sleep(poll) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
        tracing::info!("outbox worker stopped");
    }

    /// One claim-and-send round; returns how many emails it handled.
    pub async fn round(&self) -> Result<usize, sqlx::Error> {
        let w = &self.settings.worker;
        // Confirmed letters join the outbox first, within their campaign's window and cap.
        let letters = crate::letters::dispatch::run(&self.db).await?;
        let rows = on_db!(
            &self.db,
            outbox::sql,
            claim(now_ms(), w.lease_secs * 1000, w.batch_size)
        )?;
        let n = rows.len();
        let rows = self.cap_public(rows).await?;
        let mut sends = JoinSet::new();
        for mut row in rows {
            if let Err(e) = self.render(&mut row) {
                self.record_failure(
                    &row,
                    super::transport::SendError {
                        permanent: true,
                        message: e,
                    },
                )
                .await?;
                continue;
            }
            let transport = self.transport.clone();
            let from = self.from.clone();
            let permits = self.sending.clone();
            sends.spawn(async move {
                // One message per pooled connection at a time: lettre opens a new connection
                // whenever none is idle, so unbounded sends would flood the SMTP server.
                let _permit = permits.acquire_owned().await;
                let res = transport.send(&row, &from).await;
                (row, res)
            });
        }
        let mut sent = Vec::with_capacity(n);
        while let Some(joined) = sends.join_next().await {
            let Ok((row, res)) = joined else { continue };
            match res {
                Ok(()) => {
                    metrics::counter!("emails_sent_total", "kind" => row.kind.clone()).increment(1);
                    sent.push(row.id);
                }
                Err(e) => self.record_failure(&row, e).await?,
            }
        }
        on_db!(&self.db, outbox::sql, mark_sent(&sent, now_ms()))?;
        Ok(n + letters)
    }

    /// Holds back, unsent, what the public caused beyond the per-address cap: keyed by the
    /// canonical address, so dots and "+tags" reach the same limit as the inbox they reach.
    /// Two statements per round whatever its size; each row is counted once, on the first round
    /// that gets that far, however often it is retried.
    async fn cap_public(&self, rows: Vec<OutboxRow>) -> Result<Vec<OutboxRow>, sqlx::Error> {
        let w = &self.settings.worker;
        let mut fresh: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for row in rows
            .iter()
            .filter(|r| !r.cap_counted && is_public_kind(&r.kind))
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
        let totals = on_db!(&self.db, super::caps::sql, add(&keys, now_ms(), window))?;
        // Counted now: should sending fail, the retry is not counted again.
        let counted: Vec<i64> = fresh.values().flatten().copied().collect();
        on_db!(&self.db, outbox::sql, mark_counted(&counted))?;
        let mut over: HashSet<i64> = HashSet::new();
        for (key, total) in totals {
            let Some(ids) = fresh.get(&key) else { continue };
            // Those of this round that fit under the cap go; the rest wait for nothing.
            let before = total - ids.len() as i64;
            let fits =
                (w.max_public_emails_per_address - before).clamp(0, ids.len() as i64) as usize;
            over.extend(&ids[fits..]);
        }
        if over.is_empty() {
            return Ok(rows);
        }
        let mut kept = Vec::with_capacity(rows.len());
        for row in rows {
            if over.contains(&row.id) {
                tracing::info!(outbox_id = row.id, kind = %row.kind, "email over the per-address cap, not sent");
                metrics::counter!("emails_capped_total").increment(1);
                on_db!(
                    &self.db,
                    outbox::sql,
                    mark_dropped(row.id, super::caps::OVER_CAP)
                )?;
            } else {
                kept.push(row);
            }
        }
        Ok(kept)
    }

    /// Fills in subject and bodies of an email stored as parameters.
    fn render(&self, row: &mut OutboxRow) -> Result<(), String> {
        // A letter writer's email: its words are final; the my-data link and header are added.
        if crate::letters::selfservice::finish(row, self.settings.base()).is_some() {
            return Ok(());
        }
        let Some(payload) = row.payload.as_deref() else {
            return Ok(());
        };
        if row.kind == "petition_update" {
            // Rendered when enqueued; the payload only carries the recipient's unsubscribe token.
            let p: crate::petitions::updates::UpdatePayload =
                serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
            row.list_unsubscribe = Some(format!(
                "{}/unsubscribe/{}",
                self.settings.base(),
                p.withdraw
            ));
            return Ok(());
        }
        match crate::signatures::emails::render(&row.kind, payload, self.settings.base()) {
            Some(Ok(r)) => {
                row.subject = r.subject;
                row.text_body = r.text;
                row.html_body = Some(r.html);
                row.list_unsubscribe = Some(r.unsubscribe);
                Ok(())
            }
            Some(Err(e)) => Err(format!("could not render: {e}")),
            None => Err(format!("no template for email kind '{}'", row.kind)),
        }
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
