//! "My data": the export holds what is kept about the person, and after deleting the account
//! no column of any table still holds their address, name or id.

use app::db::Backend;
use crate::common::accounts::*;
use crate::common::TestDb;

/// Every (table, column) of the database, read from its catalogue.
async fn all_columns(t: &TestDb) -> Vec<(String, String)> {
    match t.backend() {
        Backend::Sqlite => {
            let tables: Vec<(String,)> = sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table'")
                .fetch_all(&t.db.pool)
                .await
                .unwrap();
            let mut columns = Vec::new();
            for (table,) in tables {
                let names: Vec<(String,)> = sqlx::query_as(&format!("SELECT name FROM pragma_table_info('{table}')"))
                    .fetch_all(&t.db.pool)
                    .await
                    .unwrap();
                columns.extend(names.into_iter().map(|(c,)| (table.clone(), c)));
            }
            columns
        }
        Backend::Postgres => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public'",
        )
        .fetch_all(&t.db.pool)
        .await
        .unwrap(),
    }
}

/// The (table, column) pairs in which `needle` appears.
async fn found(t: &TestDb, needle: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for (table, column) in all_columns(t).await {
        let (n,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $1"
        ))
        .bind(format!("%{needle}%"))
        .fetch_one(&t.db.pool)
        .await
        .unwrap_or((0,));
        if n > 0 {
            hits.push(format!("{table}.{column}"));
        }
    }
    hits
}

#[tokio::test]
async fn export_then_delete_leaves_nothing_personal() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let email = "zaynab.quds@example.org";
    let cookie = verified_account(&t, &r, email).await;
    // Leave traces: a failed log-in (a rate-limit counter), a log-in link, a reset mail.
    post(&r, "/api/log-in", &format!("locale=en&email={}&password=wrong+wrong+wrong", encode(email)), None).await;
    post(&r, "/api/log-in-link", &format!("locale=en&email={}", encode(email)), None).await;
    post(&r, "/api/password-reset", &format!("locale=en&email={}", encode(email)), None).await;
    let id = app::accounts::users::id_by_email(&t.db.pool, email).await.unwrap().unwrap();
    sqlx::query("INSERT INTO organisation_editors (user_id, organisation_id, granted_at) SELECT $1, id, 0 FROM organisations WHERE slug = 'ccivs'")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();

    let file = get_with(&r, "/account/my-data.json", Some(&cookie)).await;
    assert_eq!(file.status, 200);
    assert!(file.header("content-disposition").starts_with("attachment"));
    assert_eq!(file.header("cache-control"), "no-store");
    let data: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    assert_eq!(data["account"]["email"], email);
    assert_eq!(data["account"]["display_name"], "Layla");
    assert_eq!(data["organisations_edited"], serde_json::json!(["ccivs"]));
    assert_eq!(data["links"].as_array().unwrap().len(), 3, "verification, log-in and reset links: {data}");
    assert_eq!(data["mails"].as_array().unwrap().len(), 3);
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    assert!(!file.body.contains("password_hash") && !file.body.contains("argon2"));
    assert!(!found(&t, email).await.is_empty(), "the scan finds the address before deletion");
    assert_eq!(get_with(&r, "/account/my-data.json", None).await.status, 303, "no file without a log-in");

    let refused = post(&r, "/api/delete-account", &format!("locale=en&password={}", encode(PASSWORD)), Some(&cookie)).await;
    assert_eq!(refused.header("location"), "/account?form=delete&problem=not-confirmed");
    let refused = post(&r, "/api/delete-account", "locale=en&password=not+my+password&confirm=yes", Some(&cookie)).await;
    assert_eq!(refused.header("location"), "/account?form=delete&problem=wrong-current-password");
    assert!(found(&t, email).await.contains(&"users.email".to_string()), "refusals changed nothing");

    let done = post(&r, "/api/delete-account", &format!("locale=en&password={}&confirm=yes", encode(PASSWORD)), Some(&cookie)).await;
    assert_eq!(done.header("location"), "/?done=deleted");
    for needle in [email, "zaynab"] {
        assert_eq!(found(&t, needle).await, Vec::<String>::new(), "{needle} is still stored");
    }
    let (left,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM sessions WHERE user_id = $1) + (SELECT COUNT(*) FROM user_roles WHERE user_id = $1) \
         + (SELECT COUNT(*) FROM organisation_editors WHERE user_id = $1) + (SELECT COUNT(*) FROM account_tokens WHERE user_id = $1)",
    )
    .bind(id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(left, 0);
    assert_eq!(get_with(&r, "/account", Some(&cookie)).await.status, 302);
    // The address can sign up afresh.
    let again = post(&r, "/api/sign-up", &sign_up_body("Zaynab", email, PASSWORD), None).await;
    assert_eq!(again.header("location"), "/check-your-email?for=sign-up");
    t.finish().await;
}
