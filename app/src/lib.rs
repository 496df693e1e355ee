//! Tadamun's shared application: types, server functions and components used both by the axum
//! server (feature `ssr`) and by the browser (feature `hydrate`).
#![recursion_limit = "512"]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

mod app;
pub mod accounts;
pub mod error;
pub mod home;
pub mod locale;
pub mod organisations;
pub mod plural;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod state;

pub use app::{shell, App};
