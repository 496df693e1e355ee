//! The `tadamun` server: configuration, the router and its middleware, and the commands that
//! prepare a database. Everything the pages do lives in the `app` crate.
#![recursion_limit = "512"]
pub mod admin;
pub mod assets;
pub mod attendees;
pub mod signers;
pub mod calendar;
pub mod compression;
pub mod config;
pub mod feeds;
pub mod listen;
pub mod mail;
pub mod messages;
pub mod my_data;
pub mod page_cache;
pub mod router;
pub mod security;
pub mod seed;

pub(crate) use app::now;
