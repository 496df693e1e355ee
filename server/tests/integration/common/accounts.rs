//! Driving the account forms as a browser does, for the tests of accounts, two-factor and roles.
use super::{send, Page, TestDb, PUBLIC_URL};
use axum::body::Body;
use axum::http::Request;
use axum::Router;

pub const PASSWORD: &str = "olive harvest in ras al-auja";

/// A plain form post from one of our pages (what Chromium sends with JavaScript off).
pub async fn post(router: &Router, uri: &str, body: &str, cookie: Option<&str>) -> Page {
    let mut request = Request::post(uri)
        .header("host", "127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html,application/xhtml+xml")
        .header("sec-fetch-site", "same-origin")
        .header("origin", "null");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(router, request.body(Body::from(body.to_string())).unwrap()).await
}

/// The same post as the app's JavaScript makes it: the answer is data, not a redirect.
pub async fn call(router: &Router, uri: &str, body: &str) -> Page {
    call_as(router, uri, body, None).await
}

pub async fn call_as(router: &Router, uri: &str, body: &str, cookie: Option<&str>) -> Page {
    let mut request = Request::post(uri)
        .header("host", "127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .header("sec-fetch-site", "same-origin");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(router, request.body(Body::from(body.to_string())).unwrap()).await
}

/// A GET server function as the app calls it.
pub async fn fetch_as(router: &Router, uri: &str, cookie: Option<&str>) -> Page {
    let mut request = Request::get(uri).header("host", "127.0.0.1:3000").header("accept", "application/json");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(router, request.body(Body::empty()).unwrap()).await
}

pub async fn get_with(router: &Router, uri: &str, cookie: Option<&str>) -> Page {
    let mut request = Request::get(uri).header("host", "127.0.0.1:3000").header("accept", "text/html");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(router, request.body(Body::empty()).unwrap()).await
}

/// `name=value` of the session cookie a response sets, to send back.
pub fn session_cookie(page: &Page) -> String {
    let set = page
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("tadamun_session="))
        .unwrap_or_else(|| panic!("no session cookie set; headers: {:?}", page.headers));
    set.split(';').next().unwrap().to_string()
}

pub fn encode(s: &str) -> String {
    super::encode(s)
}

/// The path and query of the last link mailed to `to` (the mail's site address removed).
pub async fn mailed_link(t: &TestDb, to: &str) -> String {
    let (text,): (String,) = sqlx::query_as("SELECT text_body FROM mail_queue WHERE recipient = $1 ORDER BY id DESC LIMIT 1")
        .bind(to)
        .fetch_one(&t.db.pool)
        .await
        .unwrap_or_else(|e| panic!("no mail to {to}: {e}"));
    let line = text.lines().find(|l| l.starts_with(PUBLIC_URL)).expect("a link in the mail");
    line[PUBLIC_URL.len()..].to_string()
}

pub async fn mail_count(t: &TestDb, to: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue WHERE recipient = $1")
        .bind(to)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    n
}

pub async fn user_count(t: &TestDb) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(&t.db.pool).await.unwrap();
    n
}

pub fn token_of(link: &str) -> &str {
    link.split("token=").nth(1).expect("token in link")
}

pub fn sign_up_body(name: &str, email: &str, password: &str) -> String {
    format!("locale=en&display_name={}&email={}&password={}", encode(name), encode(email), encode(password))
}

/// Signs up and verifies `email`; returns the session cookie of the verifying browser.
pub async fn verified_account(t: &TestDb, r: &Router, email: &str) -> String {
    let page = post(r, "/api/sign-up", &sign_up_body("Layla", email, PASSWORD), None).await;
    assert_eq!(page.header("location"), "/check-your-email?for=sign-up");
    let link = mailed_link(t, email).await;
    let page = post(r, "/api/confirm-email", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert_eq!(page.header("location"), "/account?done=verified");
    session_cookie(&page)
}


/// A plain multipart form post with one file (`file`) and the page's language, as a browser
/// sends the import form.
pub async fn post_file(router: &Router, uri: &str, csv: &str, cookie: Option<&str>) -> Page {
    let boundary = "tadamun-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"locale\"\r\n\r\nen\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signers.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n\
         --{boundary}--\r\n"
    );
    let mut request = Request::post(uri)
        .header("host", "127.0.0.1:3000")
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .header("accept", "text/html,application/xhtml+xml")
        .header("sec-fetch-site", "same-origin");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(router, request.body(Body::from(body)).unwrap()).await
}
