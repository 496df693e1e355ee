//! Commands that fill a database: the demo directory and generated data for benchmarks.
pub mod demo;
pub mod synthetic;
