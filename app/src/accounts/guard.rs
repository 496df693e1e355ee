//! Who may call what, checked on the server at the start of every protected server function.
use super::problem::AccountProblem;
use super::{signed_in, two_factor, users, Role};

/// The logged-in person's id if they hold `role` (administrators hold every role) and have
/// two-factor authentication on, which every moderation and admin function demands.
pub async fn require_role(role: Role) -> Result<i64, AccountProblem> {
    let db = crate::state::db()?;
    let session = signed_in::session().await?;
    let id = signed_in::required(&session, crate::now()).await?;
    let roles = users::roles(&db, id).await?;
    if !roles.contains(&Role::Admin) && !roles.contains(&role) {
        tracing::warn!(user = id, role = role.code(), "refused a call that needs a role");
        return Err(AccountProblem::Forbidden);
    }
    if two_factor::secret_of(&db, id).await?.is_none() {
        return Err(AccountProblem::TwoFactorRequired);
    }
    Ok(id)
}
