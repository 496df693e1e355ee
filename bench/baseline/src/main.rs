//! `tadamun-baseline DATABASE_URL ADDRESS`: serves the benchmark's yardstick (see lib.rs).
use app::db::Db;

// The same allocator as Tadamun, so only the rendering differs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(addr)) = (args.next(), args.next()) else {
        eprintln!("usage: tadamun-baseline DATABASE_URL ADDRESS");
        std::process::exit(2);
    };
    let fail = |e: String| -> ! {
        eprintln!("tadamun-baseline: {e}");
        std::process::exit(1)
    };
    let db = Db::connect(&url, 8).await.unwrap_or_else(|e| fail(e.to_string()));
    let options = tadamun::router::leptos_options().unwrap_or_else(|e| fail(e));
    let exe = std::env::current_exe().unwrap_or_default();
    let bundle = tadamun::assets::bundle(&options, &exe).unwrap_or_else(|e| fail(e));
    let app = tadamun_baseline::router(db, tadamun_baseline::Head::new(&bundle), &format!("http://{addr}"));
    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap_or_else(|e| fail(format!("cannot listen on {addr}: {e}")));
    let _ = axum::serve(listener, app).await;
}
