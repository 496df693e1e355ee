//! Tadamun's shared application: types, server functions and components used both by the axum
//! server (feature `ssr`) and by the browser (feature `hydrate`).
#![recursion_limit = "512"]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

/// A closed vocabulary stored and addressed by its code (`?kind=network`, `kind = 'network'`).
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code stored in the database and used in addresses (`?kind=network`).
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

mod app;
pub mod access;
pub mod accounts;
pub mod admin;
pub mod error;
pub mod events;
pub mod forms;
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

/// The time now in Unix seconds, as the database stores times.
#[cfg(feature = "ssr")]
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
