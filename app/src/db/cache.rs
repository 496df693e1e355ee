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

/// Kept values per instance; past this, values of old revisions go first, then the half least
/// recently used. (Emptying it all, as it once did, let a run of distinct searches throw out
/// the directory's filter counts and lists with them, and every reader then waited on their
/// SQL at once: bench/README.md, "Why only the filtered directory was slow".)
const CAPACITY: usize = 4096;

/// What a cached value was computed from. A write bumps its scope and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Organisations, their texts, themes and relations.
    Directory,
    /// Events, their texts, speakers, sessions and recordings (not RSVPs).
    Events,
    /// Actions, their texts, organisers and reported counts (not signatures).
    Actions,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::Directory => "directory",
            Scope::Events => "events",
            Scope::Actions => "actions",
        }
    }
}

struct Entry {
    scope: Scope,
    revision: i64,
    value: Arc<dyn Any + Send + Sync>,
    /// `Entries::clock` when it was last put or served.
    used: u64,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    /// Counts puts and hits: which entries were used least recently.
    clock: u64,
}

impl Entries {
    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }
}

#[derive(Default)]
pub struct ReadCache {
    entries: Mutex<Entries>,
}

impl ReadCache {
    fn entries(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The value kept under `key` if it was computed at `revision` and is a `T`.
    pub fn get<T: Clone + 'static>(&self, scope: Scope, key: &str, revision: i64) -> Option<T> {
        let mut entries = self.entries();
        let now = entries.tick();
        let entry = entries.map.get_mut(key).filter(|e| e.scope == scope && e.revision == revision)?;
        let value = entry.value.downcast_ref::<T>().cloned()?;
        entry.used = now;
        Some(value)
    }

    pub fn put<T: Send + Sync + 'static>(&self, scope: Scope, key: String, revision: i64, value: T) {
        let mut entries = self.entries();
        let now = entries.tick();
        let map = &mut entries.map;
        if map.len() >= CAPACITY && !map.contains_key(&key) {
            map.retain(|_, e| e.scope != scope || e.revision == revision);
            if map.len() >= CAPACITY {
                let mut used: Vec<u64> = map.values().map(|e| e.used).collect();
                let half = used.len() / 2;
                let oldest_kept = *used.select_nth_unstable(half).1;
                map.retain(|_, e| e.used >= oldest_kept);
            }
        }
        map.insert(key, Entry { scope, revision, value: Arc::new(value), used: now });
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
        assert_eq!(cache.entries().map.len(), 1);
    }

    #[test]
    fn a_cache_full_of_current_values_drops_the_least_recently_used_half() {
        let cache = ReadCache::default();
        cache.put(Scope::Directory, "filters".into(), 1, 0usize);
        for i in 0..CAPACITY - 1 {
            cache.put(Scope::Directory, format!("search{i}"), 1, i);
        }
        // Read while the searches came in: the filter lists every page shows.
        assert_eq!(cache.get::<usize>(Scope::Directory, "filters", 1), Some(0));
        cache.put(Scope::Directory, "one more search".into(), 1, 1usize);
        assert_eq!(cache.entries().map.len(), CAPACITY / 2 + 1);
        assert_eq!(cache.get::<usize>(Scope::Directory, "filters", 1), Some(0), "recently used: kept");
        assert_eq!(cache.get::<usize>(Scope::Directory, "search0", 1), None, "the oldest search went");
        assert_eq!(cache.get::<usize>(Scope::Directory, &format!("search{}", CAPACITY - 2), 1), Some(CAPACITY - 2));
        assert_eq!(cache.get::<usize>(Scope::Directory, "one more search", 1), Some(1));
    }
}
