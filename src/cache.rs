//! A small time-to-live cache for data that pages read on every view (petitions, counts), so a
//! busy page costs no database work yet is never older than the TTL.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

type Entries<K, V> = HashMap<K, (Instant, Arc<V>)>;

pub struct TtlCache<K, V> {
    ttl: Duration,
    entries: Arc<Mutex<Entries<K, V>>>,
}

impl<K, V> Clone for TtlCache<K, V> {
    fn clone(&self) -> Self {
        TtlCache {
            ttl: self.ttl,
            entries: self.entries.clone(),
        }
    }
}

impl<K: Hash + Eq + Clone, V> TtlCache<K, V> {
    pub fn new(ttl: Duration) -> Self {
        TtlCache {
            ttl,
            entries: Arc::default(),
        }
    }

    /// The cached value if fresh, else what `load` returns (which is then cached).
    pub async fn get_or_load<E, F, Fut>(&self, key: &K, load: F) -> Result<Arc<V>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some((at, v)) = self.entries.lock().unwrap().get(key) {
            if at.elapsed() < self.ttl {
                return Ok(v.clone());
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
