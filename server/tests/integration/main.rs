//! The integration tests, as one test binary: each `mod` below was once its own binary, and
//! linking seventeen copies of the whole server (debug info included) took minutes and gigabytes
//! of disk; in CI the linker ran out and died with a bus error. One binary links once.
//!
//! Run one group with a filter: `cargo test -p tadamun --features app/ssr --test integration rsvps::`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is a failed test

mod common;

mod access;
mod action_editor;
mod actions;
mod account_flows;
mod accounts;
mod admin;
mod compression;
mod directory;
mod event_editor;
mod events;
mod head;
mod languages;
mod left_readers;
mod load;
mod mail;
mod my_data;
mod page_cache;
mod persistence;
mod roles;
mod rsvps;
mod security;
mod signatures;
mod signers;
mod sessions;
mod startup;
mod timeouts;
mod two_factor;
