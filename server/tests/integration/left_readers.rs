//! A reader who goes away while a page renders. The request is dropped, with its reactive owner
//! and its context, but a page's resources run their server functions in tasks of their own,
//! which go on: whatever such a function reads from the request after its first await is
//! gone by then. The event page read the site's address and the session after its query, and
//! every reader who left mid-render logged two errors that say the router is wired wrongly
//! ("AppState missing", "no session layer"), under load by the hundred; the events list and
//! calendar did the same with the session until it was read first.
use crate::common::{events::MONTHLY_CALL, router_with, TestDb};
use axum::body::Body;
use axum::http::Request;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;
use tower::ServiceExt;
use tracing_subscriber::layer::SubscriberExt;

/// Counts the error events logged while it is the default subscriber.
struct CountErrors(Arc<AtomicUsize>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountErrors {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if *event.metadata().level() == tracing::Level::ERROR {
            eprintln!("ERROR EVENT {} {:?}", event.metadata().target(), event.fields().map(|f| f.name()).collect::<Vec<_>>());
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

#[tokio::test]
async fn a_reader_who_leaves_mid_render_logs_no_error() {
    let t = TestDb::with_demo().await;
    // Every request renders (no kept page), as a signed-in reader's would.
    let settings = tadamun::router::Settings { page_cache: Duration::ZERO, ..Default::default() };
    let router = router_with(t.db.clone(), &settings);
    let errors = Arc::new(AtomicUsize::new(0));
    // The test's runtime has one thread, so the resources' tasks log through this too.
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(CountErrors(errors.clone())));

    // The event page (its resources: the event, the reader's RSVP), a profile (the
    // organisation, its events), the directory (results, filter choices), the home page, the
    // events list and calendar, and a form page.
    // A task that panics is not an error event: counted by a panic hook instead.
    let panics = Arc::new(AtomicUsize::new(0));
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook({
        let panics = panics.clone();
        Box::new(move |info| {
            panics.fetch_add(1, Ordering::SeqCst);
            eprintln!("{info}");
        })
    });
    for page in [
        format!("/events/{MONTHLY_CALL}"),
        "/organisations/ccivs".to_string(),
        "/organisations?country=PS".to_string(),
        "/".to_string(),
        "/ar/events".to_string(),
        "/events?view=calendar&month=2024-03".to_string(),
        "/log-in".to_string(),
    ] {
        eprintln!("PAGE {page}");
        let whole = crate::common::get(&router, &page).await;
        assert_eq!(whole.status, 200, "{page} renders when the reader stays");
        // Leave after a growing number of steps, so that some readers leave while the page's
        // queries are under way, whenever on this machine that is.
        let mut left_mid_render = 0;
        for steps in 0..300 {
            let request = Request::get(page.as_str()).body(Body::empty()).expect("request");
            let mut response = Box::pin(router.clone().oneshot(request));
            let mut done = false;
            for _ in 0..steps {
                done = std::future::poll_fn(|cx| Poll::Ready(response.as_mut().poll(cx).is_ready())).await;
                if done {
                    break;
                }
                tokio::task::yield_now().await;
            }
            if !done {
                left_mid_render += 1;
            }
            drop(response);
            // The abandoned resources' tasks finish meanwhile.
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert!(left_mid_render > 0, "{page}: readers left before their page was done: {left_mid_render}");
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    std::panic::set_hook(previous_hook);
    assert_eq!(errors.load(Ordering::SeqCst), 0, "errors logged for readers who left");
    assert_eq!(panics.load(Ordering::SeqCst), 0, "panics for readers who left");
    t.finish().await;
}
