//! Group commit: one task per database collects the requests waiting for it and writes them in one
//! transaction, so many requests share one durable commit. A batch that fails is retried one
//! request at a time, so one bad row never fails or loses its neighbours.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use tokio::sync::{mpsc, oneshot};

use super::Db;
use crate::http::AppError;

/// Writes a batch in one transaction; returns one output per input, in order.
pub type BatchFn<In, Out> = Arc<
    dyn Fn(Db, Arc<Vec<In>>) -> BoxFuture<'static, Result<Vec<Out>, sqlx::Error>> + Send + Sync,
>;

struct Job<In, Out> {
    input: In,
    reply: oneshot::Sender<Result<Out, String>>,
}

pub struct Batcher<In, Out> {
    tx: mpsc::Sender<Job<In, Out>>,
}

impl<In, Out> Clone for Batcher<In, Out> {
    fn clone(&self) -> Self {
        Batcher {
            tx: self.tx.clone(),
        }
    }
}

impl<In: Clone + Send + Sync + 'static, Out: Send + 'static> Batcher<In, Out> {
    pub fn spawn(name: &'static str, db: Db, max_batch: usize, write: BatchFn<In, Out>) -> Self {
        let (tx, rx) = mpsc::channel(16_384);
        tokio::spawn(run(name, db, rx, max_batch.max(1), write));
        Batcher { tx }
    }

    /// Resolves once the input is durably committed (or has failed on its own).
    pub async fn submit(&self, input: In) -> Result<Out, AppError> {
        let (reply, done) = oneshot::channel();
        self.tx
            .send(Job { input, reply })
            .await
            .map_err(|_| AppError::Unavailable("writer stopped".into()))?;
        match done.await {
            Ok(Ok(out)) => Ok(out),
            Ok(Err(e)) => Err(AppError::Unavailable(e)),
            Err(_) => Err(AppError::Unavailable("writer dropped the request".into())),
        }
    }
}

async fn run<In: Clone + Send + Sync + 'static, Out: Send + 'static>(
    name: &'static str,
    db: Db,
    mut rx: mpsc::Receiver<Job<In, Out>>,
    max_batch: usize,
    write: BatchFn<In, Out>,
) {
    let mut jobs = Vec::with_capacity(max_batch);
    while rx.recv_many(&mut jobs, max_batch).await > 0 {
        metrics::histogram!("write_batch_size", "writer" => name).record(jobs.len() as f64);
        let inputs: Vec<In> = jobs.iter().map(|j| j.input.clone()).collect();
        match write(db.clone(), Arc::new(inputs)).await {
            Ok(outs) if outs.len() == jobs.len() => {
                for (job, out) in jobs.drain(..).zip(outs) {
                    let _ = job.reply.send(Ok(out));
                }
            }
            result => {
                if let Err(e) = result {
                    tracing::warn!(writer = name, error = %crate::telemetry::redact(&e.to_string()), size = jobs.len(), "batch failed; writing one by one");
                }
                for job in jobs.drain(..) {
                    let one = Arc::new(vec![job.input.clone()]);
                    let res = match write(db.clone(), one).await {
                        Ok(mut outs) if outs.len() == 1 => Ok(outs.remove(0)),
                        Ok(_) => Err("the write returned no result".to_owned()),
                        Err(e) => {
                            tracing::error!(writer = name, error = %crate::telemetry::redact(&e.to_string()), "write failed");
                            Err("the change could not be saved".to_owned())
                        }
                    };
                    let _ = job.reply.send(res);
                }
            }
        }
    }
}
