//! Commands that fill a database: the demo directory and generated data for benchmarks.
pub mod demo;
pub mod synthetic;

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
