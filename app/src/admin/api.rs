//! The admin server functions.
use crate::accounts::{AccountProblem, Role};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

pub const PEOPLE_PER_PAGE: i64 = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub email_verified: bool,
    pub two_factor: bool,
    pub roles: Vec<Role>,
    /// Slugs of the organisations the person edits.
    pub edits: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct People {
    pub people: Vec<Person>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The caller, who cannot remove their own administrator role.
    pub me: i64,
}

#[server(prefix = "/api", endpoint = "admin-people", input = GetUrl)]
pub async fn list_people(#[server(default)] search: String, #[server(default)] page: i64) -> Result<People, AccountProblem> {
    crate::accounts::answer(people_page(search, page).await)
}

#[cfg(feature = "ssr")]
async fn people_page(search: String, page: i64) -> Result<People, AccountProblem> {
    use crate::accounts::{guard, users};
    let me = guard::require(crate::access::Action::SeePeople).await?.user.unwrap_or_default();
    let db = crate::state::db()?;
    let search: String = search.trim().chars().take(100).collect();
    let page = page.max(1);
    let (rows, total) = users::list(&db, &search, (page - 1) * PEOPLE_PER_PAGE, PEOPLE_PER_PAGE).await?;
    let people = rows
        .into_iter()
        .map(|r| Person {
            id: r.id,
            display_name: r.display_name,
            email: r.email,
            email_verified: r.email_verified_at.is_some(),
            two_factor: r.totp_enabled_at.is_some(),
            roles: r.roles.unwrap_or_default().split(',').filter_map(Role::from_code).collect(),
            edits: r.edits.unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        })
        .collect();
    Ok(People { people, total, page, pages: (total + PEOPLE_PER_PAGE - 1) / PEOPLE_PER_PAGE, me })
}

/// Grants (`grant` = "yes") or revokes a role. `back` is the page's own query, to return to it.
#[server(prefix = "/api", endpoint = "admin-role")]
pub async fn set_role(
    locale: String,
    user_id: i64,
    role: String,
    grant: String,
    #[server(default)] back: String,
) -> Result<(), AccountProblem> {
    use crate::accounts::{guard, users};
    let result = async {
        let me = guard::require(crate::access::Action::GrantRoles).await?.user.unwrap_or_default();
        let role = Role::from_code(&role).ok_or(AccountProblem::BadChoice)?;
        let db = crate::state::db()?;
        users::by_id(&db.pool, user_id).await?.ok_or(AccountProblem::BadChoice)?;
        match grant.as_str() {
            "yes" => {
                let mut tx = db.begin_write().await?;
                users::grant(&mut tx, user_id, role, crate::now()).await?;
                tx.commit().await?;
            }
            "no" if role == Role::Admin && user_id == me => return Err(AccountProblem::OwnAdminRole),
            "no" => users::revoke(&db, user_id, role).await?,
            _ => return Err(AccountProblem::BadChoice),
        }
        tracing::info!(by = me, user = user_id, role = role.code(), grant = %grant, "role changed");
        Ok(())
    }
    .await;
    back_to_people(&locale, &back, result)
}

/// Makes someone an editor of an organisation (by its address, e.g. `ccivs`), or no longer.
#[server(prefix = "/api", endpoint = "admin-editor")]
pub async fn set_editor(
    locale: String,
    user_id: i64,
    organisation: String,
    grant: String,
    #[server(default)] back: String,
) -> Result<(), AccountProblem> {
    use crate::accounts::{guard, users};
    let result = async {
        let me = guard::require(crate::access::Action::GrantRoles).await?.user.unwrap_or_default();
        let db = crate::state::db()?;
        users::by_id(&db.pool, user_id).await?.ok_or(AccountProblem::BadChoice)?;
        let slug = organisation.trim().trim_start_matches('/').trim_start_matches("organisations/").to_lowercase();
        match grant.as_str() {
            "yes" if users::grant_editor(&db, user_id, &slug, crate::now()).await? => {}
            "yes" => return Err(AccountProblem::UnknownOrganisation),
            "no" => users::revoke_editor(&db, user_id, &slug).await?,
            _ => return Err(AccountProblem::BadChoice),
        }
        tracing::info!(by = me, user = user_id, organisation = %slug, grant = %grant, "editor changed");
        Ok(())
    }
    .await;
    back_to_people(&locale, &back, result)
}

/// Back to the people page (with its search) after a change, or to show the problem.
#[cfg(feature = "ssr")]
fn back_to_people(locale: &str, back: &str, result: Result<(), AccountProblem>) -> Result<(), AccountProblem> {
    let ui = crate::locale::from_code(locale).unwrap_or(crate::i18n::Locale::en);
    // Only the query of the admin page itself goes back into the address.
    let back: String = back.chars().filter(|c| c.is_alphanumeric() || "=&-_.%+@".contains(*c)).take(200).collect();
    let page = crate::locale::localise_path(ui, "/admin/people");
    let (done, form) = if back.is_empty() {
        (format!("{page}?done=roles"), page)
    } else {
        (format!("{page}?{back}&done=roles"), format!("{page}?{back}"))
    };
    crate::accounts::finish(result, &done, &form)
}
