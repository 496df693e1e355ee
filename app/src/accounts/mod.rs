//! Accounts: who someone is (email, display name), how they prove it (password, session), and
//! what they may do (roles). Server-side only for now; the pages come with sign-up and log-in.
pub mod identity;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod sessions;
#[cfg(feature = "ssr")]
pub mod tokens;
