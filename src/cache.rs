//! A small time-to-live cache for data that pages read on every view (petitions, counts), so a
//! busy page costs no database work yet is never older than the TTL. When an entry expires under
//! load, one request reloads it and the others wait for that one (single flight).

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

type Entries<K, V> = HashMap<K, (Instant, Arc<V>)>;

pub struct TtlCache<K, V> {
    ttl: Duration,
    entries: Arc<Mutex<Entries<K, V>>>,
    /// Keys being loaded, and how to wake those waiting for them.
    loading: Arc<Mutex<HashMap<K, Arc<Notify>>>>,
}

impl<K, V> Clone for TtlCache<K, V> {
    fn clone(&self) -> Self {
        TtlCache {
            ttl: self.ttl,
            entries: self.entries.clone(),
            loading: self.loading.clone(),
        }
    }
}

/// Ends a load (finished, failed or cancelled): the key is free and its waiters wake.
struct Loading<'a, K: Hash + Eq> {
    loading: &'a Mutex<HashMap<K, Arc<Notify>>>,
    key: K,
    notify: Arc<Notify>,
}

impl<K: Hash + Eq> Drop for Loading<'_, K> {
    fn drop(&mut self) {
        self.loading.lock().unwrap().remove(&self.key);
        self.notify.notify_waiters();
    }
}

impl<K: Hash + Eq + Clone, V> TtlCache<K, V> {
    pub fn new(ttl: Duration) -> Self {
        TtlCache {
            ttl,
            entries: Arc::default(),
            loading: Arc::default(),
        }
    }

    fn fresh(&self, key: &K) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap();
        let (at, v) = entries.get(key)?;
        (at.elapsed() < self.ttl).then(|| v.clone())
    }

    /// The cached value if fresh, else what `load` returns (which is then cached). Of concurrent
    /// callers missing the same key, one loads and the others wait for it; should its load fail
    /// or be cancelled, each waiter loads for itself.
    pub async fn get_or_load<E, F, Fut>(&self, key: &K, load: F) -> Result<Arc<V>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(v) = self.fresh(key) {
            return Ok(v);
        }
        let (waiting, _leading) = {
            let mut loading = self.loading.lock().unwrap();
            match loading.get(key) {
                Some(notify) => {
                    // Registered before the lock is released, so the leader's wake-up cannot be
                    // missed.
                    let mut waiting = Box::pin(notify.clone().notified_owned());
                    waiting.as_mut().enable();
                    (Some(waiting), None)
                }
                None => {
                    let notify = Arc::new(Notify::new());
                    loading.insert(key.clone(), notify.clone());
                    let leading = Loading {
                        loading: &self.loading,
                        key: key.clone(),
                        notify,
                    };
                    (None, Some(leading))
                }
            }
        };
        if let Some(waiting) = waiting {
            waiting.await;
            if let Some(v) = self.fresh(key) {
                return Ok(v);
            }
        }
        // Stamp with the time the read started, so the value is never older than the TTL.
        let started = Instant::now();
        let v = Arc::new(load().await?);
        let mut entries = self.entries.lock().unwrap();
        if entries.len() > 10_000 {
            entries.retain(|_, (at, _)| at.elapsed() < self.ttl);
        }
        entries.insert(key.clone(), (started, v.clone()));
        Ok(v)
    }

    pub fn forget(&self, key: &K) {
        self.entries.lock().unwrap().remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_load_for_concurrent_misses() {
        let cache: TtlCache<u8, usize> = TtlCache::new(Duration::from_secs(60));
        let loads = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let (cache, loads) = (cache.clone(), loads.clone());
                tokio::spawn(async move {
                    cache
                        .get_or_load(&1, || async {
                            loads.fetch_add(1, Ordering::SeqCst);
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            Ok::<_, ()>(7)
                        })
                        .await
                })
            })
            .collect();
        for t in tasks {
            assert_eq!(*t.await.unwrap().unwrap(), 7);
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn waiters_load_themselves_when_the_leader_fails() {
        let cache: TtlCache<u8, usize> = TtlCache::new(Duration::from_secs(60));
        let gate = Arc::new(tokio::sync::Barrier::new(2));
        let leader = {
            let (cache, gate) = (cache.clone(), gate.clone());
            tokio::spawn(async move {
                cache
                    .get_or_load(&1, || async {
                        gate.wait().await;
                        tokio::time::sleep(Duration::from_millis(30)).await;
                        Err::<usize, &str>("down")
                    })
                    .await
            })
        };
        gate.wait().await;
        // The leader is loading: this one waits, then loads after the failure.
        let waiter = cache.get_or_load(&1, || async { Ok::<_, &str>(9) }).await;
        assert_eq!(leader.await.unwrap().unwrap_err(), "down");
        assert_eq!(*waiter.unwrap(), 9);
    }
}
