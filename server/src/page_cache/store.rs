//! The pages kept, and which request renders a page for the others.
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// Pages kept per instance; past this, the expired go first, then the oldest.
pub(super) const CAPACITY: usize = 1024;
/// The bytes of the pages kept per instance (their brotli copies are a fifth of that or less).
const BUDGET: usize = 64 * 1024 * 1024;

pub(super) struct Pages {
    pub(super) keep_for: Duration,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    pages: HashMap<String, Arc<Kept>>,
    /// The pages each being rendered by one request, for the others to wait for; the sender
    /// is dropped, which wakes them, when that request ends.
    rendering: HashMap<String, watch::Sender<()>>,
}

pub(super) struct Kept {
    stored: Instant,
    revisions: Vec<(String, i64)>,
    pub(super) status: StatusCode,
    /// With the policy that allows the page's scripts by hash (`by_hash`).
    pub(super) headers: HeaderMap,
    pub(super) body: Bytes,
    /// The body in brotli, made for the first reader whose browser takes it.
    pub(super) brotli: OnceLock<Bytes>,
}

impl Kept {
    pub(super) fn new(revisions: Vec<(String, i64)>, status: StatusCode, headers: HeaderMap, body: Bytes) -> Kept {
        Kept { stored: Instant::now(), revisions, status, headers, body, brotli: OnceLock::new() }
    }
}

/// What the cache has for a request.
pub(super) enum Found {
    /// Young enough; or too old (under twice the time, at the same revisions) while another
    /// request renders it again.
    Page(Arc<Kept>),
    /// Being rendered by another request, and nothing to give meanwhile.
    Rendering(watch::Receiver<()>),
    /// This request is to render it, for the others too.
    Render(Rendering),
}

/// Held by the request that renders a page for keeping. When it ends, however it ends (the
/// page kept, not keepable, or the reader gone), the requests waiting for it look again.
pub(super) struct Rendering {
    pages: Arc<Pages>,
    key: String,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        self.pages.inner().rendering.remove(&self.key);
    }
}

impl Pages {
    pub(super) fn new(keep_for: Duration) -> Pages {
        Pages { keep_for, inner: Mutex::default() }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn find(self: &Arc<Self>, key: &str, revisions: &[(String, i64)], now: Instant) -> Found {
        let mut inner = self.inner();
        let kept = inner.pages.get(key).filter(|kept| kept.revisions == revisions);
        let aged = kept.map(|kept| (now.saturating_duration_since(kept.stored), kept.clone()));
        if let Some((age, kept)) = &aged {
            if *age < self.keep_for {
                return Found::Page(kept.clone());
            }
        }
        let old = aged.filter(|(age, _)| *age < self.keep_for * 2).map(|(_, kept)| kept);
        if let Some(rendering) = inner.rendering.get(key) {
            return match old {
                Some(kept) => Found::Page(kept),
                None => Found::Rendering(rendering.subscribe()),
            };
        }
        inner.rendering.insert(key.to_string(), watch::channel(()).0);
        Found::Render(Rendering { pages: self.clone(), key: key.to_string() })
    }

    pub(super) fn put(&self, key: String, kept: Arc<Kept>) {
        let mut inner = self.inner();
        let pages = &mut inner.pages;
        pages.remove(&key);
        let now = Instant::now();
        let full = |pages: &HashMap<String, Arc<Kept>>| {
            pages.len() >= CAPACITY || pages.values().map(|p| p.body.len()).sum::<usize>() + kept.body.len() > BUDGET
        };
        if full(pages) {
            pages.retain(|_, p| now.saturating_duration_since(p.stored) < self.keep_for * 2);
        }
        // Still full of young pages (someone asking for many addresses at once): the oldest
        // go, one by one, so the pages most readers ask for stay kept.
        while full(pages) {
            let Some(oldest) = pages.iter().min_by_key(|(_, p)| p.stored).map(|(k, _)| k.clone()) else { break };
            pages.remove(&oldest);
        }
        pages.insert(key, kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(stored: Instant, revision: i64) -> Arc<Kept> {
        let mut kept = Kept::new(vec![("directory".into(), revision)], StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"<p>page</p>"));
        kept.stored = stored;
        Arc::new(kept)
    }

    /// What `find` found, in a word. A `Render` is dropped at once: that request has ended.
    fn found(pages: &Arc<Pages>, key: &str, revision: i64, at: Instant) -> &'static str {
        match pages.find(key, &[("directory".into(), revision)], at) {
            Found::Page(kept) if at.saturating_duration_since(kept.stored) < pages.keep_for => "fresh",
            Found::Page(_) => "old",
            Found::Rendering(_) => "wait",
            Found::Render(_) => "render",
        }
    }

    fn cache() -> Arc<Pages> {
        Arc::new(Pages::new(Duration::from_secs(2)))
    }

    #[test]
    fn a_page_is_served_at_its_revisions_while_young() {
        let pages = cache();
        let now = Instant::now();
        pages.put("k".into(), page(now, 7));
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(1)), "fresh");
        assert_eq!(found(&pages, "k", 8, now), "render", "a write to the data");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(2)), "render", "too old");
        assert_eq!(found(&pages, "other", 7, now), "render");
    }

    #[test]
    fn one_request_at_a_time_renders_a_page_and_the_others_wait_or_get_the_old_one() {
        let pages = cache();
        let now = Instant::now();
        let Found::Render(rendering) = pages.find("new", &[("directory".into(), 1)], now) else { panic!("the first renders") };
        assert_eq!(found(&pages, "new", 1, now), "wait", "nothing to give yet");
        drop(rendering);
        assert_eq!(found(&pages, "new", 1, now), "render", "once it ends, however it ended, another may");

        pages.put("k".into(), page(now, 7));
        let later = now + Duration::from_secs(3);
        let Found::Render(_rendering) = pages.find("k", &[("directory".into(), 7)], later) else { panic!("too old: renders") };
        assert_eq!(found(&pages, "k", 7, later), "old", "given the old page meanwhile");
        assert_eq!(found(&pages, "k", 8, later), "wait", "not at other revisions");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(4)), "wait", "nor twice too old");
        assert_eq!(found(&pages, "k", 7, now + Duration::from_secs(1)), "fresh");
    }

    #[test]
    fn a_full_cache_makes_room() {
        let pages = cache();
        let old = Instant::now() - Duration::from_secs(5);
        for i in 0..CAPACITY {
            pages.put(format!("old{i}"), page(old, 1));
        }
        pages.put("new".into(), page(Instant::now(), 1));
        assert_eq!(pages.inner().pages.len(), 1, "the expired went first");
        assert_eq!(found(&pages, "new", 1, Instant::now()), "fresh");
    }

    #[test]
    fn a_cache_full_of_young_pages_drops_the_oldest_not_everything() {
        let pages = cache();
        let start = Instant::now();
        for i in 0..CAPACITY {
            pages.put(format!("young{i}"), page(start + Duration::from_micros(i as u64), 1));
        }
        pages.put("one more".into(), page(start + Duration::from_secs(1), 1));
        let inner = pages.inner();
        assert_eq!(inner.pages.len(), CAPACITY);
        assert!(!inner.pages.contains_key("young0"), "the oldest went");
        assert!(inner.pages.contains_key("young1") && inner.pages.contains_key("one more"));
    }
}
