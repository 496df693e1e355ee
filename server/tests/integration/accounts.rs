//! Account building blocks on SQLite and PostgreSQL: one-time links and shared rate limits.

use app::accounts::limits::{self, Decision, Limit};
use app::accounts::tokens::{self, Purpose, Redeemed, TokenProblem};
use crate::common::TestDb;

async fn token(t: &TestDb, purpose: Purpose, now: i64, ttl: i64) -> String {
    let mut tx = t.db.begin_write().await.unwrap();
    let token = tokens::issue(&mut tx, purpose, None, "layla@example.org", now, ttl).await.unwrap();
    tx.commit().await.unwrap();
    token
}

#[tokio::test]
async fn a_link_works_once_before_it_expires_and_only_for_its_purpose() {
    let t = TestDb::new().await;
    let verify = token(&t, Purpose::VerifyEmail, 1_000, 3_600).await;
    assert_eq!(verify.len(), 64);
    assert_eq!(
        tokens::redeem(&t.db, Purpose::LogIn, &verify, 1_001).await.unwrap(),
        Err(TokenProblem::Unknown),
        "a verification link is not a log-in link"
    );
    assert_eq!(
        tokens::redeem(&t.db, Purpose::VerifyEmail, &verify, 1_001).await.unwrap(),
        Ok(Redeemed { user_id: None, email: "layla@example.org".into() })
    );
    assert_eq!(tokens::redeem(&t.db, Purpose::VerifyEmail, &verify, 1_002).await.unwrap(), Err(TokenProblem::AlreadyUsed));

    let late = token(&t, Purpose::LogIn, 1_000, 900).await;
    assert_eq!(tokens::redeem(&t.db, Purpose::LogIn, &late, 1_900).await.unwrap(), Err(TokenProblem::Expired));
    for junk in ["", "abc", &"z".repeat(64), &"0".repeat(64)] {
        assert_eq!(tokens::redeem(&t.db, Purpose::LogIn, junk, 1_000).await.unwrap(), Err(TokenProblem::Unknown));
    }
    // Only the hash is stored.
    let stored: Vec<(String,)> = sqlx::query_as("SELECT token_hash FROM account_tokens").fetch_all(&t.db.pool).await.unwrap();
    assert!(stored.iter().all(|(h,)| h != &verify && h != &late));
    t.finish().await;
}

#[tokio::test]
async fn two_instances_racing_to_use_one_link_let_one_through() {
    let t = TestDb::new().await;
    let other = t.another_instance().await;
    let link = token(&t, Purpose::ResetPassword, 1_000, 3_600).await;
    let (a, b) = tokio::join!(
        tokens::redeem(&t.db, Purpose::ResetPassword, &link, 1_010),
        tokens::redeem(&other, Purpose::ResetPassword, &link, 1_010)
    );
    let wins = [a.unwrap(), b.unwrap()].iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1);
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn limits_count_per_key_and_window_across_instances() {
    let t = TestDb::new().await;
    let other = t.another_instance().await;
    let five_a_minute = Limit { hits: 5, window: 60 };
    // 12 attempts at once through two instances: exactly five get through.
    let attempts = (0..12).map(|i| {
        let db = if i % 2 == 0 { t.db.clone() } else { other.clone() };
        tokio::spawn(async move { limits::hit(&db, "log-in:layla@example.org", five_a_minute, 6_010).await.unwrap() })
    });
    let decisions: Vec<Decision> = futures::future::join_all(attempts).await.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(decisions.iter().filter(|d| **d == Decision::Allowed).count(), 5);
    assert!(decisions.contains(&Decision::Refused { retry_after: 50 }));
    // Another key is not affected; the next window starts afresh.
    assert_eq!(limits::hit(&t.db, "log-in:someone@example.org", five_a_minute, 6_010).await.unwrap(), Decision::Allowed);
    assert_eq!(limits::hit(&t.db, "log-in:layla@example.org", five_a_minute, 6_060).await.unwrap(), Decision::Allowed);
    // Old windows are swept after a day.
    assert_eq!(limits::sweep(&t.db, 6_060 + 86_400 + 60).await.unwrap(), 3);
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn the_sweep_forgets_decoys_and_week_old_links_only() {
    let t = TestDb::new().await;
    let now = 1_800_000_000;
    let fresh = token(&t, Purpose::LogIn, now, 3600).await;
    token(&t, Purpose::LogIn, now - 30 * 86_400, 3600).await;
    let mut tx = t.db.begin_write().await.unwrap();
    tokens::record_decoy(&mut tx, now).await.unwrap();
    tx.commit().await.unwrap();
    let count = || async {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM account_tokens").fetch_one(&t.db.pool).await.unwrap();
        n
    };
    assert_eq!(count().await, 3);
    assert_eq!(tokens::sweep(&t.db, now).await.unwrap(), 2);
    assert_eq!(count().await, 1);
    assert!(tokens::redeem(&t.db, Purpose::LogIn, &fresh, now).await.unwrap().is_ok());
    t.finish().await;
}
