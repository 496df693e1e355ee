//! `tadamun create-admin` on SQLite and PostgreSQL.

use app::accounts::{password, users, Role};
use crate::common::TestDb;
use std::io::Write;
use std::process::{Command, Stdio};
use tadamun::admin::create_admin;

const GOOD: &str = "olive harvest in ras al-auja";

#[tokio::test]
async fn the_first_admin_is_created_verified_with_a_hashed_password() {
    let t = TestDb::new().await;
    let done = create_admin(&t.db, " Admin@Example.ORG ", "Layla", || Ok(GOOD.into())).await.unwrap();
    assert!(done.contains("created"), "{done}");
    let (id, email, hash, verified): (i64, String, String, Option<i64>) =
        sqlx::query_as("SELECT id, email, password_hash, email_verified_at FROM users")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(email, "admin@example.org");
    assert!(hash.starts_with("$argon2id$") && password::verify(GOOD, &hash));
    assert!(verified.is_some());
    assert_eq!(users::roles(&t.db, id).await.unwrap(), vec![Role::Admin]);

    // Again: the account is kept as it is (no password asked), the role not doubled.
    let again = create_admin(&t.db, "admin@example.org", "Other", || Err("must not be asked".into())).await.unwrap();
    assert!(again.contains("already had an account"), "{again}");
    assert_eq!(users::roles(&t.db, id).await.unwrap(), vec![Role::Admin]);
    t.finish().await;
}

#[tokio::test]
async fn bad_input_creates_nothing() {
    let t = TestDb::new().await;
    for (email, name, pw, expected) in [
        ("not-an-address", "Layla", GOOD, "not a usable email address"),
        ("admin@example.org", "   ", GOOD, "name"),
        ("admin@example.org", "Layla", "short", "at least 12"),
        ("admin@example.org", "Layla", "password123456", "too common"),
    ] {
        let err = create_admin(&t.db, email, name, || Ok(pw.to_string())).await.unwrap_err();
        assert!(err.contains(expected), "{email}/{name}/{pw}: {err}");
    }
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(count, 0);
    t.finish().await;
}

#[tokio::test]
async fn the_command_reads_the_password_from_standard_input() {
    let t = TestDb::new().await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["create-admin", "--email", "ops@example.org", "--database-url", &t.url])
        .env("RUST_LOG", "off")
        .env_remove("TADAMUN_ADMIN_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tadamun");
    child.stdin.take().unwrap().write_all(format!("{GOOD}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("created the administrator account ops@example.org"));
    let id = users::id_by_email(&t.db.pool, "ops@example.org").await.unwrap().expect("account created");
    assert_eq!(users::roles(&t.db, id).await.unwrap(), vec![Role::Admin]);

    let weak = Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["create-admin", "--email", "second@example.org", "--database-url", &t.url])
        .env("RUST_LOG", "off")
        .env("TADAMUN_ADMIN_PASSWORD", "qwertyuiop123")
        .output()
        .unwrap();
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("too common"));
    t.finish().await;
}

#[tokio::test]
async fn the_command_line_makes_an_editor_of_an_organisation() {
    let t = TestDb::with_demo().await;
    let done = tadamun::admin::create_editor(&t.db, "Editor@Example.org", "Hala", "uawc", || Ok(GOOD.into())).await.unwrap();
    assert_eq!(done, "editor@example.org is an editor of uawc");
    let (slug,): (String,) = sqlx::query_as(
        "SELECT o.slug FROM organisation_editors e JOIN organisations o ON o.id = e.organisation_id \
         JOIN users u ON u.id = e.user_id WHERE u.email = 'editor@example.org'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(slug, "uawc");
    let unknown = tadamun::admin::create_editor(&t.db, "editor@example.org", "Hala", "nowhere", || Err("not asked".into())).await;
    assert_eq!(unknown, Err("no organisation has the address nowhere".to_string()));
    t.finish().await;
}
