//! Concurrency through the real router: many requests at once, as a busy server sees them.

use crate::common::{get, TestDb};

/// Under load, page data resolves late and Leptos redoes render passes; nothing a pass leaves
/// behind may be read after it is disposed (this once panicked in `<Title>`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_page_loads_all_succeed() {
    let t = TestDb::with_demo().await;
    tadamun::seed::synthetic::load(&t.db, 3000, 3).await.expect("synthetic data");
    let router = t.router();
    let paths = [
        "/", "/organisations", "/ar/organisations?country=PS", "/organisations?q=youth+peace",
        "/organisations/ccivs", "/fr/organisations/icsgp", "/organisations/synthetic-17", "/es/organisations?page=3",
    ];
    for round in 0..3 {
        let tasks: Vec<_> = (0..64)
            .map(|i| {
                let router = router.clone();
                let path = paths[(i + round) % paths.len()];
                tokio::spawn(async move { (path, get(&router, path).await.status) })
            })
            .collect();
        for task in tasks {
            let (path, status) = task.await.expect("request task must not panic");
            assert_eq!(status, 200, "{path}");
        }
    }
    t.finish().await;
}
