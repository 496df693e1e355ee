//! The bounds of the accept loop (`tadamun::listen`) and the body deadline, on a real socket:
//! a half-sent request is closed, a body that trickles in ends its request, past the bound on
//! open connections the next client waits until one closes, and one address cannot hold more
//! than its share.
use crate::common::{router_with, TestDb};
use std::time::Duration;
use tadamun::listen::{serve, Bounds};
use tadamun::router::Settings;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

/// Long enough for anything this machine does, short of a hang.
const PATIENCE: Duration = Duration::from_secs(15);

async fn start(t: &TestDb, bounds: Bounds, body_timeout: Duration) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = router_with(t.db.clone(), &Settings { body_timeout, ..Settings::default() });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve(listener, app, bounds, async move {
        let _ = stopped.await;
    }));
    (addr, stop)
}

/// Everything the server sends until it closes the connection.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut answer = Vec::new();
    timeout(PATIENCE, stream.read_to_end(&mut answer)).await.expect("the server closed it").unwrap_or(0);
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_half_sent_request_is_closed_and_the_next_client_waits_for_a_free_connection() {
    let t = TestDb::new().await;
    let (addr, stop) = start(&t, Bounds { header_read: Duration::from_secs(1), max_connections: 1, per_address: 16 }, Duration::from_secs(30)).await;

    let mut whole = TcpStream::connect(addr).await.unwrap();
    whole.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    assert!(until_closed(&mut whole).await.starts_with("HTTP/1.1 200"), "a whole request is answered");

    // Headers never finished: this connection takes the only place.
    let mut half = TcpStream::connect(addr).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut next = TcpStream::connect(addr).await.unwrap();
    next.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    let mut byte = [0u8; 1];
    assert!(
        timeout(Duration::from_millis(10), next.peek(&mut byte)).await.is_err(),
        "the next client is not answered while the half-sent request holds the only connection"
    );

    let half_answer = until_closed(&mut half).await;
    assert!(!half_answer.contains("200 OK"), "the half-sent request was not served: {half_answer}");
    assert!(until_closed(&mut next).await.starts_with("HTTP/1.1 200"), "then the next client is");
    let _ = stop.send(());
    t.finish().await;
}

#[tokio::test]
async fn a_body_sent_too_slowly_ends_its_request_however_it_trickles_in() {
    let t = TestDb::new().await;
    let (addr, stop) = start(&t, Bounds { header_read: Duration::from_secs(5), max_connections: 16, per_address: 16 }, Duration::from_secs(1)).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(
        b"POST /language HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\nAccept-Language: ar\r\n\r\nlocale=ar",
    )
    .await
    .unwrap();
    // A byte every 300 ms: never a pause as long as the deadline, yet the whole body is late.
    for _ in 0..20 {
        tokio::time::sleep(Duration::from_millis(300)).await;
        if slow.write_all(b"x").await.is_err() {
            break;
        }
    }
    let answer = until_closed(&mut slow).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("استغرق وصول ما أُرسل وقتًا طويلًا جدًا"), "in the reader's language: {answer}");
    let _ = stop.send(());
    t.finish().await;
}

#[tokio::test]
async fn one_address_cannot_take_every_connection() {
    let t = TestDb::new().await;
    let (addr, stop) = start(&t, Bounds { header_read: Duration::from_secs(1), max_connections: 16, per_address: 1 }, Duration::from_secs(30)).await;
    let mut first = TcpStream::connect(addr).await.unwrap();
    first.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut second = TcpStream::connect(addr).await.unwrap();
    let _ = second.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
    let mut answer = Vec::new();
    let read = timeout(PATIENCE, second.read_to_end(&mut answer)).await.expect("closed at once");
    assert!(read.is_err() || answer.is_empty(), "a second connection from the same address is refused: {:?}", String::from_utf8_lossy(&answer));
    // Once the first is gone, the address may connect again.
    until_closed(&mut first).await;
    let mut third = TcpStream::connect(addr).await.unwrap();
    third.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    assert!(until_closed(&mut third).await.starts_with("HTTP/1.1 200"));
    let _ = stop.send(());
    t.finish().await;
}
