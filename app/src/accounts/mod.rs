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
#[cfg(feature = "ssr")]
pub mod users;

use serde::{Deserialize, Serialize};

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
        [Role::Moderator, Role::Admin].into_iter().find(|r| r.code() == code)
    }
}
