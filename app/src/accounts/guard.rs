//! The server functions' way to ask `crate::access` about the person logged in: at the start of
//! every protected server function.
use super::problem::AccountProblem;
use super::signed_in;
use crate::access::{self, Action, Actor, Refusal};

/// The person logged in, as `access::may` sees them (a visitor when no one is).
pub async fn actor() -> Result<Actor, AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let user = signed_in::current(&session, crate::now()).await?;
    Ok(access::actor(&db, user).await?)
}

/// The person logged in, if they may do `action`.
pub async fn require(action: Action<'_>) -> Result<Actor, AccountProblem> {
    let actor = actor().await?;
    if let Err(refusal) = access::may(&actor, action) {
        tracing::warn!(user = ?actor.user, action = ?action, refusal = ?refusal, "refused");
        return Err(refusal.into());
    }
    Ok(actor)
}

impl From<Refusal> for AccountProblem {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::LogIn => AccountProblem::NotLoggedIn,
            Refusal::TwoFactorRequired => AccountProblem::TwoFactorRequired,
            Refusal::Forbidden => AccountProblem::Forbidden,
        }
    }
}
