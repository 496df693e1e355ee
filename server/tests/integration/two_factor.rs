//! Two-factor authentication through the forms: turning it on, logging in with a code or a
//! recovery code, codes that work once, and turning it off.

use app::accounts::two_factor::code_at;
use crate::common::accounts::*;
use crate::common::TestDb;

fn now() -> i64 {
    app::now()
}

/// The key the set-up page shows, without its spaces.
fn shown_secret(page: &str) -> String {
    let start = page.find("class=\"secret\">").expect("the key on the page") + "class=\"secret\">".len();
    page[start..start + page[start..].find('<').unwrap()].replace(' ', "")
}

fn shown_recovery_codes(page: &str) -> Vec<String> {
    page.split("<li><code>").skip(1).map(|c| c[..c.find('<').unwrap()].to_string()).collect()
}

/// Whether any session row holds `secret` in clear.
async fn sessions_hold(t: &TestDb, secret: &str) -> bool {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT data FROM sessions").fetch_all(&t.db.pool).await.unwrap();
    rows.iter().any(|(data,)| data.contains(secret))
}

/// A verified account with two-factor turned on through the forms; returns its key.
async fn account_with_two_factor(t: &TestDb, r: &axum::Router, email: &str) -> String {
    let cookie = verified_account(t, r, email).await;
    post(r, "/api/two-factor-start", "locale=en", Some(&cookie)).await;
    let secret = shown_secret(&get_with(r, "/account/two-factor", Some(&cookie)).await.text());
    let page = post(r, "/api/two-factor-confirm", &format!("locale=en&code={}", code_at(&secret, now()).unwrap()), Some(&cookie)).await;
    assert_eq!(page.header("location"), "/account/recovery-codes");
    secret
}

#[tokio::test]
async fn turn_on_log_in_with_codes_that_work_once_and_turn_off() {
    let t = TestDb::new().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "layla@example.org").await;

    let page = post(&r, "/api/two-factor-start", "locale=en", Some(&cookie)).await;
    assert_eq!(page.header("location"), "/account/two-factor");
    let setup = get_with(&r, "/account/two-factor", Some(&cookie)).await.text();
    let secret = shown_secret(&setup);
    assert_eq!(secret.len(), 32, "{setup}");
    assert!(setup.contains("<svg"), "a QR code");
    assert!(setup.contains("otpauth://totp/Tadamun:layla%40example.org?secret="));

    let wrong = post(&r, "/api/two-factor-confirm", "locale=en&code=000000", Some(&cookie)).await;
    assert_eq!(wrong.header("location"), "/account/two-factor?problem=wrong-code");
    assert!(!sessions_hold(&t, &secret).await, "the key being set up is not in the session row");
    let enabling_code = code_at(&secret, now()).unwrap();
    let page = post(&r, "/api/two-factor-confirm", &format!("locale=en&code={enabling_code}"), Some(&cookie)).await;
    assert_eq!(page.header("location"), "/account/recovery-codes");
    let codes = shown_recovery_codes(&get_with(&r, "/account/recovery-codes", Some(&cookie)).await.text());
    assert_eq!(codes.len(), 10);
    for code in &codes {
        assert!(!sessions_hold(&t, code).await, "a recovery code stays in the session row after the page showed it");
    }
    let page = post(&r, "/api/recovery-codes-kept", "locale=en", Some(&cookie)).await;
    assert_eq!(page.header("location"), "/account?done=two-factor-on");
    assert!(shown_recovery_codes(&get_with(&r, "/account/recovery-codes", Some(&cookie)).await.text()).is_empty(), "shown once");
    let account = get_with(&r, "/account", Some(&cookie)).await.text();
    assert!(account.contains("10 recovery codes left."), "{account}");

    // The password alone no longer logs in: it leads to the code page.
    let log_in = format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD));
    let first = post(&r, "/api/log-in", &log_in, None).await;
    assert_eq!(first.header("location"), "/log-in/code");
    let pending = session_cookie(&first);
    assert_eq!(get_with(&r, "/account", Some(&pending)).await.status, 302, "not logged in yet");
    // The code that turned it on was used: it does not work again.
    let replay = post(&r, "/api/log-in-code", &format!("locale=en&code={enabling_code}"), Some(&pending)).await;
    assert_eq!(replay.header("location"), "/log-in/code?problem=wrong-code");
    let next_code = code_at(&secret, now() + 30).unwrap();
    let done = post(&r, "/api/log-in-code", &format!("locale=en&code={next_code}"), Some(&pending)).await;
    assert_eq!(done.header("location"), "/account");
    let logged_in = session_cookie(&done);
    assert_ne!(logged_in, pending, "the full log-in gets a new id");
    assert_eq!(get_with(&r, "/account", Some(&logged_in)).await.status, 200);

    // A second log-in with the same code (another device, or someone who saw it) is refused.
    let again = session_cookie(&post(&r, "/api/log-in", &log_in, None).await);
    let replay = post(&r, "/api/log-in-code", &format!("locale=en&code={next_code}"), Some(&again)).await;
    assert_eq!(replay.header("location"), "/log-in/code?problem=wrong-code");
    // A recovery code works, once.
    let recovered = post(&r, "/api/log-in-code", &format!("locale=en&code={}", codes[3].to_uppercase()), Some(&again)).await;
    assert_eq!(recovered.header("location"), "/account");
    let again = session_cookie(&post(&r, "/api/log-in", &log_in, None).await);
    let reused = post(&r, "/api/log-in-code", &format!("locale=en&code={}", codes[3]), Some(&again)).await;
    assert_eq!(reused.header("location"), "/log-in/code?problem=wrong-code");

    // A code page opened without a password first leads back to the start.
    let lone = post(&r, "/api/log-in-code", "locale=en&code=123456", None).await;
    assert_eq!(lone.header("location"), "/log-in?problem=log-in-again");

    // Turning it off takes a code. (The wrong codes above used up this minute's five tries:
    // start a new minute.)
    sqlx::query("DELETE FROM rate_limits").execute(&t.db.pool).await.unwrap();
    let cookie = session_cookie(&recovered);
    let refused = post(&r, "/api/two-factor-off", "locale=en&code=999999", Some(&cookie)).await;
    assert_eq!(refused.header("location"), "/account?form=two-factor&problem=wrong-code");
    let off = post(&r, "/api/two-factor-off", &format!("locale=en&code={}", codes[0]), Some(&cookie)).await;
    assert_eq!(off.header("location"), "/account?done=two-factor-off");
    assert_eq!(post(&r, "/api/log-in", &log_in, None).await.header("location"), "/account");
    t.finish().await;
}

#[tokio::test]
async fn mailed_links_and_resets_also_ask_for_the_code() {
    let t = TestDb::new().await;
    let r = t.router();
    account_with_two_factor(&t, &r, "layla@example.org").await;

    post(&r, "/api/log-in-link", "locale=en&email=layla%40example.org", None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    let page = post(&r, "/api/log-in-with-link", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert_eq!(page.header("location"), "/log-in/code");
    assert_eq!(get_with(&r, "/account", Some(&session_cookie(&page))).await.status, 302);

    post(&r, "/api/password-reset", "locale=en&email=layla%40example.org", None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    let page = post(&r, "/api/new-password", &format!("locale=en&token={}&password={}", token_of(&link), encode("figs and za'atar at dawn")), None).await;
    assert_eq!(page.header("location"), "/log-in/code");
    t.finish().await;
}

#[tokio::test]
async fn wrong_codes_are_limited_but_right_ones_are_not() {
    let t = TestDb::new().await;
    let r = t.router();
    let secret = account_with_two_factor(&t, &r, "layla@example.org").await;
    let log_in = format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD));
    let pending = session_cookie(&post(&r, "/api/log-in", &log_in, None).await);
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        let page = post(&r, "/api/log-in-code", &format!("locale=en&code={guess}"), Some(&pending)).await;
        assert_eq!(page.header("location"), "/log-in/code?problem=wrong-code");
    }
    // The sixth try in the minute is not even checked, right or not.
    let right = code_at(&secret, now() + 30).unwrap();
    let page = post(&r, "/api/log-in-code", &format!("locale=en&code={right}"), Some(&pending)).await;
    assert_eq!(page.header("location"), "/log-in/code?problem=too-many-attempts-1");
    assert_eq!(get_with(&r, "/account", Some(&pending)).await.status, 302);
    t.finish().await;
}
