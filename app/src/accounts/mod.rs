//! Accounts: who someone is (email, display name), how they prove it (password, session), and
//! what they may do (roles); the pages to sign up, log in and look after an account.
pub mod api;
#[cfg(feature = "ssr")]
pub(crate) mod flows;
#[cfg(feature = "ssr")]
pub mod guard;
pub mod identity;
#[cfg(feature = "ssr")]
pub mod limits;
mod pages;
pub mod problem;
#[cfg(feature = "ssr")]
pub mod signed_in;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod sessions;
#[cfg(feature = "ssr")]
pub mod tokens;
#[cfg(feature = "ssr")]
pub mod two_factor;
#[cfg(feature = "ssr")]
pub mod users;

#[cfg(feature = "ssr")]
pub use crate::forms::outcome::{answer, finish};
pub use pages::*;
pub use problem::AccountProblem;
use serde::{Deserialize, Serialize};

/// The fewest characters a new password may have (checked again on the server).
pub const PASSWORD_MIN_CHARS: u32 = 12;

/// Site-wide roles. Every account is a member; editors are granted per organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Reviews submissions and reports.
    Moderator,
    /// Everything, including granting roles.
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub const ALL: [Role; 2] = [Role::Moderator, Role::Admin];
}
