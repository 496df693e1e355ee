//! A letter shared widely: its page read over `READERS` keep-alive connections at once while
//! signatures are confirmed at `RATE` a second. Tadamun's own server (its router, page cache,
//! listener and limits) serves on a loopback port in this process; the writes go through its
//! own signing code (`app::actions::queries::confirm_signature`), on SQLite with
//! `synchronous=FULL`.
//!
//! First the same reads alone (the yardstick, in the same run), then the reads while writing.
//! Prints one line: reads alone (req/s, p50, p99 ms), reads while writing (req/s, p50, p99 ms),
//! writes (confirmed/s, p50, p99 ms, confirmed, errors), the oldest figure a reader saw (ms
//! behind the signatures confirmed), and the confirmed signatures counted by the page at the
//! end against those the writers were told were saved (must be equal).
//! Usage: tadamun-signature-load DATABASE_URL [SECONDS] [READERS] [RATE]
// A benchmark: it prints its figures, and any failure ends the run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
use app::actions::queries::{confirm_signature, insert_action, sign, NewAction, Signer};
use app::actions::{ActionKind, ActionStatus, ActionText, SignatoryKind, Signatories};
use app::db::Db;
use app::i18n::Locale;
use axum::Router;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const PUBLIC_URL: &str = "http://bench.test";

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| {
        eprintln!("usage: tadamun-signature-load DATABASE_URL [SECONDS] [READERS] [RATE]");
        std::process::exit(2)
    });
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let readers: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(64);
    let rate: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(500);
    let db = Db::connect(&url, 16).await.expect("connect");
    db.migrate().await.expect("migrate");
    let now = app::now();
    let slug = format!("bench-letter-{now}");
    add_letter(&db, &slug, now).await;

    // Signed beforehand, not timed: what is measured is confirming, as signers open their mail.
    let wanted = usize::try_from(rate * seconds + rate).unwrap_or(usize::MAX);
    let tokens = Arc::new(pending_signatures(&db, &slug, wanted, now).await);

    let router = serve(router(db.clone())).await;
    let page = format!("/actions/{slug}");
    let alone = read(router, &page, readers, Duration::from_secs(seconds.div_ceil(2).max(2))).await;

    let confirmed_at: Arc<Mutex<Vec<Instant>>> = Arc::new(Mutex::new(Vec::new()));
    let writes = tokio::spawn(confirm_at_rate(db.clone(), tokens, rate, Duration::from_secs(seconds), confirmed_at.clone()));
    let sampler = tokio::spawn(oldest_figure(router, page.clone(), Duration::from_secs(seconds), confirmed_at.clone()));
    let busy = read(router, &page, readers, Duration::from_secs(seconds)).await;
    let (write_latencies, errors) = writes.await.expect("writers");
    let behind_ms = sampler.await.expect("sampler");

    // Past the page cache, the page counts every signature the writers were told was saved.
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    let shown = figure(&mut Connection::open(router).await, &page).await;
    let told = confirmed_at.lock().unwrap().len();
    let (in_db,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures s JOIN actions a ON a.id = s.action_id WHERE a.slug = $1 AND s.status = 'confirmed'")
        .bind(&slug)
        .fetch_one(&db.pool)
        .await
        .expect("count");
    let write_seconds = seconds as f64;
    let (w50, w99) = percentiles(write_latencies.clone());
    println!(
        "{:.0} {:.1} {:.1} {:.0} {:.1} {:.1} {:.0} {:.1} {:.1} {} {} {} {} {} {}",
        alone.0, alone.1, alone.2, busy.0, busy.1, busy.2,
        write_latencies.len() as f64 / write_seconds, w50, w99, told, errors, behind_ms, shown, told, in_db
    );
}

async fn add_letter(db: &Db, slug: &str, now: i64) {
    let letter = NewAction {
        slug: slug.to_string(),
        kind: ActionKind::SignOnLetter,
        status: ActionStatus::Open,
        signatories: Signatories::Both,
        opens_at: None,
        closes_at: None,
        timezone: "Asia/Hebron".into(),
        goal: Some(100_000),
        adopted_on: String::new(),
        original_language: "en".into(),
        texts: vec![ActionText { language: "en".into(), title: "A letter shared widely (benchmark)".into(), body: "We, the undersigned, ask.".into(), ..ActionText::default() }],
        organisers: Vec::new(),
        events: Vec::new(),
        themes: Vec::new(),
        reported: Vec::new(),
    };
    let mut tx = db.begin_write().await.expect("begin");
    insert_action(&mut tx, &letter, now).await.expect("letter");
    tx.commit().await.expect("commit");
}

/// `n` guest signatures waiting for their signers, each named and shown; their links' tokens.
async fn pending_signatures(db: &Db, slug: &str, n: usize, now: i64) -> Vec<String> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let (db, next, slug) = (db.clone(), next.clone(), slug.to_string());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let signer = Signer {
                    kind: SignatoryKind::Individual,
                    name: format!("Signer {i}"),
                    country: ["PS", "FR", "ZA", "BR", "JO"][i % 5].into(),
                    contact: String::new(),
                    email: format!("signer-{now}-{i}@example.org"),
                    comment: String::new(),
                    show_name: i % 2 == 0,
                    user_id: None,
                    locale: Locale::en,
                };
                sign(&db, &slug, &signer, PUBLIC_URL, now).await.expect("signed");
            }
        }));
    }
    for task in tasks {
        task.await.expect("signing");
    }
    // Each mail holds the link; the token is its end.
    let texts: Vec<(String,)> = sqlx::query_as("SELECT text_body FROM mail_queue WHERE recipient LIKE $1")
        .bind(format!("signer-{now}-%"))
        .fetch_all(&db.pool)
        .await
        .expect("mails");
    let tokens: Vec<String> = texts.iter().filter_map(|(t,)| t.split("token=").nth(1).map(|rest| rest.chars().take_while(char::is_ascii_hexdigit).collect())).collect();
    assert_eq!(tokens.len(), n, "a link for every signature");
    tokens
}

fn router(db: Db) -> Router {
    let mut leptos_options = tadamun::router::leptos_options().expect("leptos options");
    leptos_options.hash_files = false;
    let bundle = app::ui::Bundle::unhashed(&leptos_options.site_pkg_dir, &leptos_options.output_name);
    let state = app::state::AppState { leptos_options, db, public_url: PUBLIC_URL.into(), sign_ups_per_address: 6, mails_per_address: 20, bundle };
    tadamun::router::build(state, &tadamun::router::Settings { secure_cookies: false, ..Default::default() })
}

/// Serves `app` on a loopback port with Tadamun's own listener; its address.
async fn serve(app: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let bounds = tadamun::listen::Bounds { header_read: Duration::from_secs(10), max_connections: 4096, per_address: 4096 };
    tokio::spawn(tadamun::listen::serve(listener, app, bounds, std::future::pending()));
    addr
}

/// One keep-alive HTTP/1.1 connection, as a reader's browser holds one.
struct Connection(BufReader<TcpStream>);

impl Connection {
    async fn open(addr: SocketAddr) -> Connection {
        Connection(BufReader::new(TcpStream::connect(addr).await.expect("connect")))
    }

    /// GETs `path`; the body (uncompressed: no `Accept-Encoding` is sent).
    async fn get(&mut self, path: &str) -> String {
        let request = format!("GET {path} HTTP/1.1\r\nHost: bench.test\r\nAccept: text/html\r\n\r\n");
        self.0.get_mut().write_all(request.as_bytes()).await.expect("send");
        let mut line = String::new();
        self.0.read_line(&mut line).await.expect("status");
        assert!(line.starts_with("HTTP/1.1 200"), "{path}: {line}");
        let (mut length, mut chunked) = (None, false);
        loop {
            line.clear();
            self.0.read_line(&mut line).await.expect("header");
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let lower = header.to_ascii_lowercase();
            if let Some(n) = lower.strip_prefix("content-length:") {
                length = n.trim().parse::<usize>().ok();
            }
            chunked |= lower.starts_with("transfer-encoding:") && lower.contains("chunked");
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                line.clear();
                self.0.read_line(&mut line).await.expect("chunk size");
                let size = usize::from_str_radix(line.trim(), 16).expect("chunk size");
                let mut chunk = vec![0; size + 2];
                self.0.read_exact(&mut chunk).await.expect("chunk");
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else {
            body.resize(length.expect("a length"), 0);
            self.0.read_exact(&mut body).await.expect("body");
        }
        String::from_utf8_lossy(&body).into_owned()
    }
}

/// The number of signatures the page shows.
async fn figure(connection: &mut Connection, path: &str) -> usize {
    let page = connection.get(path).await;
    let after = page.split("data-figure=\"signatures\"").nth(1).expect("the figure");
    after.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect::<String>().parse().expect("a number")
}

/// `readers` reading `path` over and over for `time`: requests a second, p50 and p99 in ms.
async fn read(addr: SocketAddr, path: &str, readers: usize, time: Duration) -> (f64, f64, f64) {
    let deadline = Instant::now() + time;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..readers {
        let path = path.to_string();
        tasks.push(tokio::spawn(async move {
            let mut connection = Connection::open(addr).await;
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                connection.get(&path).await;
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("reader"));
    }
    let rps = latencies.len() as f64 / started.elapsed().as_secs_f64();
    let (p50, p99) = percentiles(latencies);
    (rps, p50, p99)
}

/// Confirms a signature every `1 / rate` seconds for `time`, each in its own task (an open
/// loop: a slow write does not hold back the next). Each latency counts from when the write
/// was due, so waiting for a turn counts too. Returns the latencies and the errors.
async fn confirm_at_rate(db: Db, tokens: Arc<Vec<String>>, rate: u64, time: Duration, confirmed_at: Arc<Mutex<Vec<Instant>>>) -> (Vec<Duration>, usize) {
    let started = Instant::now();
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let mut tasks = Vec::new();
    let mut i = 0usize;
    while started.elapsed() < time && i < tokens.len() {
        let due = started + interval * u32::try_from(i).unwrap_or(u32::MAX);
        tokio::time::sleep_until(due.into()).await;
        let (db, tokens, confirmed_at) = (db.clone(), tokens.clone(), confirmed_at.clone());
        tasks.push(tokio::spawn(async move {
            let result = confirm_signature(&db, &tokens[i], app::now()).await;
            let done = Instant::now();
            if result.is_ok() {
                confirmed_at.lock().unwrap().push(done);
            }
            (done - due, result.is_ok())
        }));
        i += 1;
    }
    let (mut latencies, mut errors) = (Vec::new(), 0);
    for task in tasks {
        let (latency, ok) = task.await.expect("writer");
        latencies.push(latency);
        if !ok {
            errors += 1;
        }
    }
    (latencies, errors)
}

/// Every 50 ms for `time`, how far behind the signatures confirmed the page's figure is: the
/// time since the first confirmation it does not count. Returns the largest, in ms.
async fn oldest_figure(addr: SocketAddr, path: String, time: Duration, confirmed_at: Arc<Mutex<Vec<Instant>>>) -> u128 {
    let started = Instant::now();
    let mut worst = 0;
    let mut connection = Connection::open(addr).await;
    while started.elapsed() < time {
        let shown = figure(&mut connection, &path).await;
        let now = Instant::now();
        let mut times = confirmed_at.lock().unwrap().clone();
        times.sort();
        if let Some(first_missing) = times.get(shown) {
            worst = worst.max(now.saturating_duration_since(*first_missing).as_millis());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worst
}

fn percentiles(mut latencies: Vec<Duration>) -> (f64, f64) {
    latencies.sort();
    let at = |q: f64| latencies.get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1))).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    (at(0.5), at(0.99))
}
