//! Reads that many requests repeat (the directory's filter choices, totals, pages and
//! profiles) are kept in memory and served until the data they came from changes.
//!
//! Every write to a scope bumps that scope's revision in the database, inside the writing
//! transaction; every cached read first looks the revision up (one primary-key read) and
//! serves the kept value only if it was computed at that same revision. So an instance never
//! serves a value that another instance's write has made stale, and no expiry time is needed.
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Kept values per instance; past this, values of old revisions go first, then everything.
const CAPACITY: usize = 4096;

/// What a cached value was computed from. A write bumps its scope and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Organisations, their texts, themes and relations.
    Directory,
    /// Events, their texts, speakers, sessions and recordings (not RSVPs).
    Events,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::Directory => "directory",
            Scope::Events => "events",
        }
    }
}

struct Entry {
    scope: Scope,
    revision: i64,
    value: Arc<dyn Any + Send + Sync>,
}

#[derive(Default)]
pub struct ReadCache {
    entries: Mutex<HashMap<String, Entry>>,
}

impl ReadCache {
    /// The value kept under `key` if it was computed at `revision` and is a `T`.
    pub fn get<T: Clone + 'static>(&self, scope: Scope, key: &str, revision: i64) -> Option<T> {
        let entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = entries.get(key).filter(|e| e.scope == scope && e.revision == revision)?;
        entry.value.downcast_ref::<T>().cloned()
    }

    pub fn put<T: Send + Sync + 'static>(&self, scope: Scope, key: String, revision: i64, value: T) {
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.len() >= CAPACITY && !entries.contains_key(&key) {
            entries.retain(|_, e| e.scope != scope || e.revision == revision);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert(key, Entry { scope, revision, value: Arc::new(value) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_served_only_at_its_revision_and_type() {
        let cache = ReadCache::default();
        cache.put(Scope::Directory, "k".into(), 3, vec![1u8, 2]);
        assert_eq!(cache.get::<Vec<u8>>(Scope::Directory, "k", 3), Some(vec![1, 2]));
        assert_eq!(cache.get::<Vec<u8>>(Scope::Directory, "k", 4), None);
        assert_eq!(cache.get::<String>(Scope::Directory, "k", 3), None);
        assert_eq!(cache.get::<Vec<u8>>(Scope::Directory, "other", 3), None);
    }

    #[test]
    fn a_full_cache_drops_old_revisions_first() {
        let cache = ReadCache::default();
        for i in 0..CAPACITY {
            cache.put(Scope::Directory, format!("old{i}"), 1, i);
        }
        cache.put(Scope::Directory, "fresh".into(), 2, 7usize);
        assert_eq!(cache.get::<usize>(Scope::Directory, "fresh", 2), Some(7));
        assert_eq!(cache.entries.lock().unwrap().len(), 1);
    }
}
