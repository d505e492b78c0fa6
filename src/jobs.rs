//! Background jobs that fail alone: each capability hands the scheduler its periodic jobs, and each
//! job runs in its own task with its own interval, backoff, metrics and failure log. A job that
//! errors or panics delays only its own next run; the outbox drainer and the other jobs go on.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::config::Settings;
use crate::db::Db;

/// The interval of housekeeping jobs.
pub const EVERY_MINUTE: Duration = Duration::from_secs(60);

/// What a job may use.
#[derive(Clone)]
pub struct JobCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
}

type RunFn =
    dyn Fn(JobCtx) -> Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>> + Send + Sync;

/// One periodic job: a stable name (for logs and metrics), its interval, and what it does.
pub struct Job {
    pub name: &'static str,
    pub every: Duration,
    run: Arc<RunFn>,
}

impl Job {
    pub fn new<F, Fut>(name: &'static str, every: Duration, run: F) -> Self
    where
        F: Fn(JobCtx) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        Job {
            name,
            every,
            run: Arc::new(move |ctx| Box::pin(run(ctx))),
        }
    }
}

/// After `failures` failures in a row: the interval doubled that many times (at most 32×), never
/// more than ten minutes unless the interval itself is longer.
pub fn backoff(every: Duration, failures: u32) -> Duration {
    if failures == 0 {
        return every;
    }
    let grown = every.saturating_mul(1 << failures.min(5));
    grown.min(every.max(Duration::from_secs(600)))
}

/// Runs every job until `shutdown` turns true; each finishes the run in hand first.
pub async fn run(ctx: JobCtx, jobs: Vec<Job>, shutdown: watch::Receiver<bool>) {
    let mut tasks = JoinSet::new();
    for job in jobs {
        tasks.spawn(run_one(ctx.clone(), job, shutdown.clone()));
    }
    while tasks.join_next().await.is_some() {}
    tracing::info!("background jobs stopped");
}

async fn run_one(ctx: JobCtx, job: Job, mut shutdown: watch::Receiver<bool>) {
    let mut failures = 0u32;
    loop {
        // A job first runs one interval after start, so an instance's start-up (or a test's
        // set-up) never races with it.
        tokio::select! {
            _ = tokio::time::sleep(backoff(job.every, failures)) => {}
            changed = shutdown.changed() => if changed.is_err() { return },
        }
        if *shutdown.borrow() {
            return;
        }
        // Its own task, so a panic is one failed run, not a dead scheduler.
        let outcome = tokio::spawn((job.run)(ctx.clone())).await;
        let error = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(crate::telemetry::redact(&format!("{e:#}"))),
            Err(e) => Some(format!("the job panicked: {e}")),
        };
        match error {
            None => {
                failures = 0;
                metrics::counter!("jobs_runs_total", "job" => job.name, "outcome" => "ok")
                    .increment(1);
                metrics::gauge!("jobs_last_success_seconds", "job" => job.name)
                    .set(crate::db::now_ms() as f64 / 1000.0);
            }
            Some(error) => {
                failures = failures.saturating_add(1);
                metrics::counter!("jobs_runs_total", "job" => job.name, "outcome" => "failed")
                    .increment(1);
                tracing::warn!(job = job.name, failures, %error, "background job failed");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stops_growing() {
        let s = Duration::from_millis(200);
        assert_eq!(backoff(s, 0), s);
        assert_eq!(backoff(s, 1), Duration::from_millis(400));
        assert_eq!(backoff(s, 5), Duration::from_millis(6400));
        assert_eq!(backoff(s, 30), Duration::from_millis(6400));
        let m = Duration::from_secs(60);
        assert_eq!(backoff(m, 30), Duration::from_secs(600));
        let h = Duration::from_secs(7200);
        assert_eq!(backoff(h, 3), h, "never beyond ten minutes or the interval");
    }
}
