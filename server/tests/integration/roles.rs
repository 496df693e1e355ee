//! Roles on the server: who may call the admin functions, allowed and refused, and granting
//! and revoking roles through the admin page's forms.

use app::accounts::{two_factor, users, Role};
use crate::common::accounts::*;
use crate::common::TestDb;

/// Gives the account `role` (and, if `second_factor`, two-factor authentication); returns a
/// session cookie logged in with both factors as needed.
pub(crate) async fn with_role(t: &TestDb, r: &axum::Router, email: &str, role: Option<Role>, second_factor: bool) -> String {
    let cookie = verified_account(t, r, email).await;
    let id = users::id_by_email(&t.db.pool, email).await.unwrap().unwrap();
    if let Some(role) = role {
        let mut tx = t.db.begin_write().await.unwrap();
        users::grant(&mut tx, id, role, 0).await.unwrap();
        tx.commit().await.unwrap();
    }
    if second_factor {
        // Turned on as of a minute ago, so the codes of now are fresh.
        let secret = two_factor::new_secret();
        two_factor::enable(&t.db, id, &secret, app::now() / 30 - 2, &two_factor::new_recovery_codes(), 0).await.unwrap();
    }
    cookie
}

#[tokio::test]
async fn only_administrators_with_two_factor_use_admin_functions() {
    let t = TestDb::new().await;
    let r = t.router();
    let member = with_role(&t, &r, "member@example.org", None, false).await;
    let moderator = with_role(&t, &r, "moderator@example.org", Some(Role::Moderator), true).await;
    let admin_without = with_role(&t, &r, "admin1@example.org", Some(Role::Admin), false).await;
    let admin = with_role(&t, &r, "admin2@example.org", Some(Role::Admin), true).await;
    let target = users::id_by_email(&t.db.pool, "member@example.org").await.unwrap().unwrap();
    let grant = format!("locale=en&user_id={target}&role=moderator&grant=yes");

    for (who, cookie, status, problem) in [
        ("nobody", None, 401, "NotLoggedIn"),
        ("a member", Some(member.as_str()), 403, "Forbidden"),
        ("a moderator", Some(moderator.as_str()), 403, "Forbidden"),
        ("an admin without two-factor", Some(admin_without.as_str()), 403, "TwoFactorRequired"),
    ] {
        let listed = fetch_as(&r, "/api/admin-people", cookie).await;
        assert_eq!(listed.status, status, "{who} lists people: {}", listed.body);
        assert!(listed.body.contains(problem), "{who}: {}", listed.body);
        let granted = call_as(&r, "/api/admin-role", &grant, cookie).await;
        assert_eq!(granted.status, status, "{who} grants a role: {}", granted.body);
    }
    assert!(users::roles(&t.db, target).await.unwrap().is_empty(), "no refused call changed anything");

    let listed = fetch_as(&r, "/api/admin-people", Some(&admin)).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert!(listed.body.contains("member@example.org") && listed.body.contains("\"total\":4"), "{}", listed.body);
    let searched = fetch_as(&r, "/api/admin-people?search=MODERATOR", Some(&admin)).await;
    assert!(searched.body.contains("\"total\":1"), "{}", searched.body);

    let page = post(&r, "/api/admin-role", &format!("{grant}&back=q%3Dmember"), Some(&admin)).await;
    assert_eq!(page.header("location"), "/admin/people?q=member&done=roles", "{}", page.body);
    assert_eq!(users::roles(&t.db, target).await.unwrap(), vec![Role::Moderator]);
    let page = post(&r, "/api/admin-role", &format!("locale=en&user_id={target}&role=moderator&grant=no"), Some(&admin)).await;
    assert_eq!(page.header("location"), "/admin/people?done=roles");
    assert!(users::roles(&t.db, target).await.unwrap().is_empty());

    let me = users::id_by_email(&t.db.pool, "admin2@example.org").await.unwrap().unwrap();
    let page = post(&r, "/api/admin-role", &format!("locale=ar&user_id={me}&role=admin&grant=no"), Some(&admin)).await;
    assert_eq!(page.header("location"), "/ar/admin/people?problem=own-admin-role");
    assert_eq!(users::roles(&t.db, me).await.unwrap(), vec![Role::Admin]);
    let page = post(&r, "/api/admin-role", &format!("locale=en&user_id={target}&role=owner&grant=yes"), Some(&admin)).await;
    assert_eq!(page.header("location"), "/admin/people?problem=bad-choice");
    t.finish().await;
}

#[tokio::test]
async fn the_people_page_lists_accounts_for_administrators_only() {
    let t = TestDb::new().await;
    let r = t.router();
    let member = with_role(&t, &r, "member@example.org", None, false).await;
    let admin = with_role(&t, &r, "admin@example.org", Some(Role::Admin), true).await;
    let page = get_with(&r, "/admin/people", Some(&admin)).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("member@example.org") && text.contains("Make moderator"), "{text}");
    assert!(text.contains("2 people"));
    let page = get_with(&r, "/ar/admin/people", Some(&member)).await;
    assert_eq!(page.status, 403);
    assert!(page.text().contains("لا يُسمح لك بذلك."), "{}", page.text());
    assert!(!page.text().contains("admin@example.org"));
    assert_eq!(get_with(&r, "/admin/people", None).await.status, 302);
    // The header offers administration to administrators only.
    assert!(get_with(&r, "/", Some(&admin)).await.text().contains("Administration"));
    assert!(!get_with(&r, "/", Some(&member)).await.text().contains("Administration"));
    t.finish().await;
}

#[tokio::test]
async fn administrators_make_people_editors_of_organisations() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let member = with_role(&t, &r, "member@example.org", None, false).await;
    let admin = with_role(&t, &r, "admin@example.org", Some(Role::Admin), true).await;
    let target = users::id_by_email(&t.db.pool, "member@example.org").await.unwrap().unwrap();
    let editors = || async {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT o.slug FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id WHERE e.user_id = $1 ORDER BY o.slug",
        )
        .bind(target)
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
        rows.into_iter().map(|(s,)| s).collect::<Vec<_>>()
    };
    let grant = |slug: &str| format!("locale=en&user_id={target}&organisation={slug}&grant=yes");
    let refused = call_as(&r, "/api/admin-editor", &grant("ccivs"), Some(&member)).await;
    assert_eq!(refused.status, 403);
    assert!(editors().await.is_empty());

    assert_eq!(post(&r, "/api/admin-editor", &grant("ccivs"), Some(&admin)).await.header("location"), "/admin/people?done=roles");
    assert_eq!(post(&r, "/api/admin-editor", &grant("%2Forganisations%2FIPYL"), Some(&admin)).await.header("location"), "/admin/people?done=roles");
    assert_eq!(editors().await, ["ccivs", "ipyl"]);
    let unknown = post(&r, "/api/admin-editor", &grant("no-such-place"), Some(&admin)).await;
    assert_eq!(unknown.header("location"), "/admin/people?problem=unknown-organisation");
    let page = get_with(&r, "/admin/people?q=member", Some(&admin)).await.text();
    assert!(page.contains("href=\"/organisations/ccivs\"") && page.contains("Stop editing ipyl"), "{page}");

    let revoke = format!("locale=en&user_id={target}&organisation=ccivs&grant=no");
    post(&r, "/api/admin-editor", &revoke, Some(&admin)).await;
    assert_eq!(editors().await, ["ipyl"]);
    t.finish().await;
}
