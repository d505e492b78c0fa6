//! Group commit: one task per database collects the requests waiting for it and writes them in one
//! transaction, so many requests share one durable commit. A batch that a row of it broke is
//! retried one request at a time, so one bad row never fails or loses its neighbours; a batch that
//! the database could not take (down, saturated) fails at once for all, without waiting out the
//! pool's timeout once per request.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use tokio::sync::{mpsc, oneshot};

use super::Db;

/// Why a write did not happen, for the caller to answer (the HTTP layer maps it to a status).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// The database is down or saturated, or the writer stopped: try again later.
    #[error("the database is unavailable")]
    Unavailable,
    /// The row collides with one written meanwhile (a unique constraint).
    #[error("the change conflicts with another")]
    Conflict,
    /// The row breaks a rule of the schema (a check, not-null or foreign key constraint).
    #[error("the change breaks a rule of the data")]
    Invalid,
    /// Anything else; the cause is in the log.
    #[error("the change could not be saved")]
    Failed,
}

impl WriteError {
    pub fn of(e: &sqlx::Error) -> Self {
        use sqlx::error::ErrorKind;
        match e {
            e if super::is_unavailable(e) => WriteError::Unavailable,
            sqlx::Error::Database(d) => match d.kind() {
                ErrorKind::UniqueViolation => WriteError::Conflict,
                ErrorKind::ForeignKeyViolation
                | ErrorKind::NotNullViolation
                | ErrorKind::CheckViolation => WriteError::Invalid,
                _ => WriteError::Failed,
            },
            _ => WriteError::Failed,
        }
    }
}

/// Writes a batch in one transaction; returns one output per input, in order.
pub type BatchFn<In, Out> = Arc<
    dyn Fn(Db, Arc<Vec<In>>) -> BoxFuture<'static, Result<Vec<Out>, sqlx::Error>> + Send + Sync,
>;

struct Job<In, Out> {
    input: In,
    reply: oneshot::Sender<Result<Out, WriteError>>,
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
    pub async fn submit(&self, input: In) -> Result<Out, WriteError> {
        let (reply, done) = oneshot::channel();
        self.tx
            .send(Job { input, reply })
            .await
            .map_err(|_| WriteError::Unavailable)?;
        done.await.unwrap_or(Err(WriteError::Unavailable))
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
            Ok(_) => {
                tracing::error!(
                    writer = name,
                    "a batch returned the wrong number of results"
                );
                for job in jobs.drain(..) {
                    let _ = job.reply.send(Err(WriteError::Failed));
                }
            }
            Err(e) if WriteError::of(&e) == WriteError::Unavailable => {
                // Row by row would wait out the same outage once per request.
                tracing::warn!(writer = name, error = %crate::telemetry::redact(&e.to_string()), size = jobs.len(), "batch failed: database unavailable");
                for job in jobs.drain(..) {
                    let _ = job.reply.send(Err(WriteError::Unavailable));
                }
            }
            Err(e) => {
                tracing::warn!(writer = name, error = %crate::telemetry::redact(&e.to_string()), size = jobs.len(), "batch failed; writing one by one");
                for job in jobs.drain(..) {
                    let one = Arc::new(vec![job.input.clone()]);
                    let res = match write(db.clone(), one).await {
                        Ok(mut outs) if outs.len() == 1 => Ok(outs.remove(0)),
                        Ok(_) => Err(WriteError::Failed),
                        Err(e) => {
                            tracing::error!(writer = name, error = %crate::telemetry::redact(&e.to_string()), "write failed");
                            Err(WriteError::of(&e))
                        }
                    };
                    let _ = job.reply.send(res);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    async fn memory_db() -> Db {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)")
            .execute(&pool)
            .await
            .unwrap();
        Db::Sqlite(pool)
    }

    /// An outage fails the batch at once: each request is tried once, not once more alone.
    #[tokio::test]
    async fn an_outage_is_not_retried_row_by_row() {
        let tried = Arc::new(Mutex::new(0usize));
        let seen = tried.clone();
        let write: BatchFn<i64, ()> = Arc::new(move |_db, inputs| {
            *seen.lock().unwrap() += inputs.len();
            Box::pin(async { Err(sqlx::Error::PoolTimedOut) })
        });
        let b = Batcher::spawn("test", memory_db().await, 8, write);
        let all = futures_util::future::join_all((0..5).map(|i| b.submit(i))).await;
        assert!(all.iter().all(|r| *r == Err(WriteError::Unavailable)));
        assert_eq!(*tried.lock().unwrap(), 5);
    }

    /// A row that breaks a constraint fails alone, as a conflict or as invalid; the rest commit.
    #[tokio::test]
    async fn constraint_errors_are_typed_and_fail_alone() {
        let write: BatchFn<Option<i64>, ()> = Arc::new(|db, inputs| {
            Box::pin(async move {
                let Db::Sqlite(pool) = db else { unreachable!() };
                let mut tx = pool.begin().await?;
                for x in inputs.iter() {
                    sqlx::query("INSERT INTO t (x) VALUES ($1)")
                        .bind(*x)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(vec![(); inputs.len()])
            })
        });
        let b = Batcher::spawn("test", memory_db().await, 8, write);
        let all = futures_util::future::join_all(
            [Some(1), Some(2), Some(1), None, Some(3)].map(|x| b.submit(x)),
        )
        .await;
        assert_eq!(
            all,
            vec![
                Ok(()),
                Ok(()),
                Err(WriteError::Conflict),
                Err(WriteError::Invalid),
                Ok(())
            ]
        );
    }
}
