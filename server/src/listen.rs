//! Accepting connections, with the bounds `axum::serve` does not have:
//!
//! - a client must send a request's headers within `header_read`: a half-sent request, or a
//!   kept-alive connection with nothing more to ask, is closed after it (a request's body has
//!   its own deadline, `security::whole_body_in_time`);
//! - at most `max_connections` are open at once (more wait in the kernel's queue until one
//!   closes), and at most `per_address` from one client address (more are closed at once), so
//!   one client cannot take every place;
//! - no connection lives longer than `LIFETIME`, however slowly its client reads the answers.
//!
//! On shutdown, no new connection is taken and those open finish their requests, for at most
//! `GRACE`.
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long open connections are given to finish on shutdown.
pub const GRACE: Duration = Duration::from_secs(20);
/// The longest a connection is kept, whatever it is doing.
pub const LIFETIME: Duration = Duration::from_secs(600);

#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub header_read: Duration,
    pub max_connections: usize,
    pub per_address: usize,
}

/// Connections open per client address.
#[derive(Default)]
struct PerAddress(Mutex<HashMap<IpAddr, usize>>);

impl PerAddress {
    fn counts(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, usize>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts one more connection from `address`, unless it has `most` already.
    fn take(self: &Arc<Self>, address: IpAddr, most: usize) -> Option<AddressPlace> {
        let mut counts = self.counts();
        let open = counts.entry(address).or_insert(0);
        if *open >= most {
            return None;
        }
        *open += 1;
        Some(AddressPlace { all: self.clone(), address })
    }
}

/// One connection's place in its address's count, given back when dropped.
struct AddressPlace {
    all: Arc<PerAddress>,
    address: IpAddr,
}

impl Drop for AddressPlace {
    fn drop(&mut self) {
        let mut counts = self.all.counts();
        if let Some(open) = counts.get_mut(&self.address) {
            *open -= 1;
            if *open == 0 {
                counts.remove(&self.address);
            }
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes.
pub async fn serve(listener: TcpListener, app: Router, bounds: Bounds, shutdown: impl Future<Output = ()>) {
    let open = Arc::new(Semaphore::new(bounds.max_connections.max(1)));
    let per_address = Arc::new(PerAddress::default());
    let graceful = GracefulShutdown::new();
    // HTTP/1.1, as `axum::serve` spoke it here (HTTP/2 is the reverse proxy's business).
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(bounds.header_read);
    tokio::pin!(shutdown);
    loop {
        // A place first, then a connection: past the bound, clients wait to be accepted.
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit,
            () = &mut shutdown => break,
        };
        let Ok(permit) = permit else { break };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(place) = per_address.take(peer.ip(), bounds.per_address.max(1)) else {
            tracing::warn!(%peer, "closed a connection: too many open from this address");
            continue;
        };
        // The peer's address is known to handlers, for the limits that count per address.
        let service = app.clone().map_request(move |mut request: axum::extract::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.map(axum::body::Body::new)
        });
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            match tokio::time::timeout(LIFETIME, connection).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::debug!(error = %e, %peer, "connection ended"),
                Err(_) => tracing::info!(%peer, "closed a connection open longer than {LIFETIME:?}"),
            }
            drop((permit, place));
        });
    }
    drop(listener);
    if tokio::time::timeout(GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("connections still open after {GRACE:?}: closing them");
    }
}
