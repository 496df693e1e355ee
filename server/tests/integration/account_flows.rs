//! The account forms through the router, as a browser without JavaScript posts them (and, where
//! it matters, as the app calls them): sign-up, verification, log-in by password and by link,
//! reset, change of password, log-out, sessions shared by instances, limits, no enumeration.
use crate::common;

use crate::common::accounts::*;
use crate::common::TestDb;

#[tokio::test]
async fn sign_up_verify_log_out_and_log_in_again() {
    let t = TestDb::new().await;
    let r = t.router();
    let page = post(&r, "/api/sign-up", &sign_up_body("أم محمد", "Umm.Mohammed@Example.org", PASSWORD), None).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(page.header("location"), "/check-your-email?for=sign-up");
    // Not logged in before the address is confirmed.
    assert!(page.headers.get("set-cookie").is_none());

    let link = mailed_link(&t, "umm.mohammed@example.org").await;
    assert!(link.starts_with("/account/verify?token="), "{link}");
    // Opening the link changes nothing: the page holds the button that does.
    let page = get_with(&r, &link, None).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Confirm my address"));
    assert!(page.text().contains(&format!("value=\"{}\"", token_of(&link))));

    let page = post(&r, "/api/confirm-email", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), "/account?done=verified");
    let cookie = session_cookie(&page);
    let account = get_with(&r, "/account?done=verified", Some(&cookie)).await;
    assert_eq!(account.status, 200);
    let text = account.text();
    assert!(text.contains("أم محمد") && text.contains("umm.mohammed@example.org"), "{text}");
    assert!(text.contains("Your email address is confirmed"));
    assert!(text.contains("Log out"), "the header offers to log out");

    let page = post(&r, "/api/log-out", "locale=en", Some(&cookie)).await;
    assert_eq!(page.header("location"), "/?done=logged-out");
    let after = get_with(&r, "/account", Some(&cookie)).await;
    assert_eq!(after.status, 302, "the old cookie opens nothing");
    assert_eq!(after.header("location"), "/log-in");

    let page = post(&r, "/api/log-in", &format!("locale=en&email=umm.mohammed%40example.org&password={}", encode(PASSWORD)), None).await;
    assert_eq!(page.header("location"), "/account");
    let cookie = session_cookie(&page);
    assert_eq!(get_with(&r, "/account", Some(&cookie)).await.status, 200);
    t.finish().await;
}

#[tokio::test]
async fn a_log_in_gets_a_new_session_id() {
    let t = TestDb::new().await;
    let r = t.router();
    verified_account(&t, &r, "layla@example.org").await;
    // A session that existed before logging in (here: one a stranger could have planted).
    let planted = post(&r, "/api/log-in", "locale=en&email=layla%40example.org&password=wrong+password+here", None).await;
    assert!(planted.headers.get("set-cookie").is_none(), "a failed log-in starts no session");
    let first = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await;
    let first_cookie = session_cookie(&first);
    let second = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), Some(&first_cookie)).await;
    let second_cookie = session_cookie(&second);
    assert_ne!(first_cookie, second_cookie, "logging in again cycles the id");
    assert_eq!(get_with(&r, "/account", Some(&first_cookie)).await.status, 302, "the old id is gone");
    assert_eq!(get_with(&r, "/account", Some(&second_cookie)).await.status, 200);
    t.finish().await;
}

#[tokio::test]
async fn sign_up_answers_alike_whether_or_not_the_address_has_an_account() {
    let t = TestDb::new().await;
    let r = t.router();
    verified_account(&t, &r, "layla@example.org").await;
    let users = user_count(&t).await;
    let mails = mail_count(&t, "layla@example.org").await;

    let known = post(&r, "/api/sign-up", &sign_up_body("Impostor", "LAYLA@example.org", PASSWORD), None).await;
    let unknown = post(&r, "/api/sign-up", &sign_up_body("Nadia", "nadia@example.org", PASSWORD), None).await;
    assert_eq!((known.status, known.header("location"), &known.body), (unknown.status, unknown.header("location"), &unknown.body));
    // The known address's owner is told instead, and nothing about the account changed.
    assert_eq!(user_count(&t).await, users + 1, "only the new address made an account");
    assert_eq!(mail_count(&t, "layla@example.org").await, mails + 1);
    let (subject, name): (String, String) = sqlx::query_as(
        "SELECT m.subject, u.display_name FROM mail_queue m JOIN users u ON u.email = m.recipient \
         WHERE m.recipient = 'layla@example.org' ORDER BY m.id DESC LIMIT 1",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!((subject.as_str(), name.as_str()), ("You already have an account", "Layla"));

    // The same for the app's own calls, which get data and navigate themselves: no real
    // redirect, which the browser's fetch would follow.
    let known = call(&r, "/api/sign-up", &sign_up_body("Impostor", "layla@example.org", PASSWORD)).await;
    let unknown = call(&r, "/api/sign-up", &sign_up_body("Sami", "sami@example.org", PASSWORD)).await;
    assert_eq!((known.status, &known.body), (unknown.status, &unknown.body));
    assert_eq!(known.status, 200);
    assert_eq!(known.header("location"), "/check-your-email?for=sign-up");
    assert!(known.headers.contains_key("serverfnredirect"));
    t.finish().await;
}

#[tokio::test]
async fn log_in_and_reset_answer_alike_for_unknown_addresses() {
    let t = TestDb::new().await;
    let r = t.router();
    verified_account(&t, &r, "layla@example.org").await;
    let wrong = post(&r, "/api/log-in", "locale=fr&email=layla%40example.org&password=not+the+password", None).await;
    let unknown = post(&r, "/api/log-in", "locale=fr&email=nobody%40example.org&password=not+the+password", None).await;
    assert_eq!(wrong.header("location"), "/fr/log-in?problem=wrong-credentials");
    assert_eq!((wrong.status, wrong.header("location"), &wrong.body), (unknown.status, unknown.header("location"), &unknown.body));
    let page = get_with(&r, wrong.header("location"), None).await;
    assert!(page.text().contains("L'adresse e-mail ou le mot de passe est incorrect."), "{}", page.text());

    let mails = mail_count(&t, "layla@example.org").await;
    let known = post(&r, "/api/password-reset", "locale=en&email=layla%40example.org", None).await;
    let unknown = post(&r, "/api/password-reset", "locale=en&email=nobody%40example.org", None).await;
    assert_eq!(known.header("location"), "/check-your-email?for=reset");
    assert_eq!((known.status, known.header("location"), &known.body), (unknown.status, unknown.header("location"), &unknown.body));
    assert_eq!(mail_count(&t, "layla@example.org").await, mails + 1);
    assert_eq!(mail_count(&t, "nobody@example.org").await, 0);
    t.finish().await;
}

#[tokio::test]
async fn bad_input_is_explained_and_changes_nothing() {
    let t = TestDb::new().await;
    let r = t.router();
    for (name, email, password, problem) in [
        ("Layla", "not-an-email", PASSWORD, "invalid-email"),
        ("   ", "layla@example.org", PASSWORD, "invalid-name"),
        ("Layla", "layla@example.org", "short one", "password-too-short"),
        ("Layla", "layla@example.org", "password123456", "password-too-common"),
    ] {
        let page = post(&r, "/api/sign-up", &sign_up_body(name, email, password).replace("locale=en", "locale=ar"), None).await;
        assert_eq!(page.status, 303);
        assert_eq!(page.header("location"), format!("/ar/sign-up?problem={problem}"));
        // The app's own call gets the problem as data, with a client-error status.
        let called = call(&r, "/api/sign-up", &sign_up_body(name, email, password)).await;
        assert_eq!(called.status, 400);
        assert!(called.body.contains(&format!("{:?}", app::accounts::AccountProblem::from_code(problem).unwrap())), "{}", called.body);
    }
    assert_eq!(user_count(&t).await, 0);
    let (mails,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(mails, 0);
    let page = get_with(&r, "/ar/sign-up?problem=password-too-common", None).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("كلمة المرور هذه شائعة جدًا"), "{}", page.text());
    // A made-up problem code shows nothing.
    assert!(!get_with(&r, "/sign-up?problem=%3Cb%3E", None).await.text().contains("&lt;b"));
    t.finish().await;
}

#[tokio::test]
async fn links_work_once_and_not_after_they_expire() {
    let t = TestDb::new().await;
    let r = t.router();
    post(&r, "/api/sign-up", &sign_up_body("Layla", "layla@example.org", PASSWORD), None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    let body = format!("locale=es&token={}", token_of(&link));
    assert_eq!(post(&r, "/api/confirm-email", &body, None).await.header("location"), "/es/account?done=verified");
    let replay = post(&r, "/api/confirm-email", &body, None).await;
    assert_eq!(replay.header("location"), format!("/es/account/verify?token={}&problem=link-used", token_of(&link)));
    assert!(get_with(&r, replay.header("location"), None).await.text().contains("Este enlace ya se usó"));
    let forged = post(&r, "/api/confirm-email", &format!("locale=en&token={}", "ab".repeat(32)), None).await;
    assert!(forged.header("location").ends_with("&problem=link-unknown"));

    post(&r, "/api/log-in-link", "locale=en&email=layla%40example.org", None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    assert!(link.starts_with("/log-in/link?token="), "{link}");
    sqlx::query("UPDATE account_tokens SET expires_at = 0 WHERE purpose = 'log_in'").execute(&t.db.pool).await.unwrap();
    let expired = post(&r, "/api/log-in-with-link", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert!(expired.header("location").ends_with("&problem=link-expired"), "{}", expired.header("location"));
    assert!(expired.headers.get("set-cookie").is_none());

    post(&r, "/api/log-in-link", "locale=en&email=layla%40example.org", None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    let page = post(&r, "/api/log-in-with-link", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert_eq!(page.header("location"), "/account");
    assert_eq!(get_with(&r, "/account", Some(&session_cookie(&page))).await.status, 200);
    t.finish().await;
}

#[tokio::test]
async fn a_reset_sets_the_password_and_ends_every_other_session() {
    let t = TestDb::new().await;
    let r = t.router();
    let old_session = verified_account(&t, &r, "layla@example.org").await;
    post(&r, "/api/password-reset", "locale=en&email=layla%40example.org", None).await;
    let link = mailed_link(&t, "layla@example.org").await;
    assert!(link.starts_with("/password-reset/new?token="), "{link}");
    let token = token_of(&link).to_string();
    // A refused password does not use the link up.
    let refused = post(&r, "/api/new-password", &format!("locale=en&token={token}&password=short"), None).await;
    assert_eq!(refused.header("location"), format!("/password-reset/new?token={token}&problem=password-too-short"));
    let new_password = "figs and za'atar at dawn";
    let page = post(&r, "/api/new-password", &format!("locale=en&token={token}&password={}", encode(new_password)), None).await;
    assert_eq!(page.header("location"), "/account?done=password");
    let new_session = session_cookie(&page);
    assert_eq!(get_with(&r, "/account", Some(&new_session)).await.status, 200);
    assert_eq!(get_with(&r, "/account", Some(&old_session)).await.status, 302, "the other session ended");

    let old = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await;
    assert!(old.header("location").ends_with("problem=wrong-credentials"));
    let new = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(new_password)), None).await;
    assert_eq!(new.header("location"), "/account");
    t.finish().await;
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one() {
    let t = TestDb::new().await;
    let r = t.router();
    let here = verified_account(&t, &r, "layla@example.org").await;
    let elsewhere = session_cookie(&post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await);
    let wrong = post(&r, "/api/change-password", "locale=en&current_password=guess+guess+guess&new_password=a+whole+new+phrase", Some(&here)).await;
    assert_eq!(wrong.header("location"), "/account?form=password&problem=wrong-current-password");
    let anonymous = post(&r, "/api/change-password", &format!("locale=en&current_password={}&new_password=a+whole+new+phrase", encode(PASSWORD)), None).await;
    assert_eq!(anonymous.header("location"), "/account?form=password&problem=not-logged-in");
    let done = post(&r, "/api/change-password", &format!("locale=en&current_password={}&new_password=a+whole+new+phrase", encode(PASSWORD)), Some(&here)).await;
    assert_eq!(done.header("location"), "/account?done=password");
    assert_eq!(get_with(&r, "/account", Some(&here)).await.status, 200);
    assert_eq!(get_with(&r, "/account", Some(&elsewhere)).await.status, 302);
    t.finish().await;
}

#[tokio::test]
async fn two_instances_share_sessions_and_one_logs_out_the_others() {
    let t = TestDb::new().await;
    let a = t.router();
    let b = common::router_for(t.another_instance().await);
    let on_a = verified_account(&t, &a, "layla@example.org").await;
    let page = get_with(&b, "/account", Some(&on_a)).await;
    assert_eq!(page.status, 200, "instance B knows instance A's session");
    assert!(page.text().contains("You are logged in on 1 device (this one)."), "{}", page.text());
    let on_b = session_cookie(&post(&b, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await);
    assert!(get_with(&a, "/account", Some(&on_b)).await.text().contains("You are logged in on 2 devices"));

    let page = post(&b, "/api/log-out-elsewhere", "locale=en", Some(&on_b)).await;
    assert_eq!(page.header("location"), "/account?done=sessions");
    assert_eq!(get_with(&a, "/account", Some(&on_a)).await.status, 302);
    assert_eq!(get_with(&a, "/account", Some(&on_b)).await.status, 200);
    t.finish().await;
}

#[tokio::test]
async fn unverified_accounts_are_sent_a_new_link_instead_of_logged_in() {
    let t = TestDb::new().await;
    let r = t.router();
    post(&r, "/api/sign-up", &sign_up_body("Layla", "layla@example.org", PASSWORD), None).await;
    let page = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await;
    assert_eq!(page.header("location"), "/log-in?problem=email-not-verified");
    assert!(page.headers.get("set-cookie").is_none());
    assert_eq!(mail_count(&t, "layla@example.org").await, 2);
    t.finish().await;
}

#[tokio::test]
async fn too_many_attempts_are_refused_with_a_localised_429() {
    let t = TestDb::new().await;
    let r = t.router();
    verified_account(&t, &r, "layla@example.org").await;
    let attempt = format!("locale=ar&email=layla%40example.org&password={}", encode("not it at all"));
    for _ in 0..5 {
        let page = post(&r, "/api/log-in", &attempt, None).await;
        assert!(page.header("location").ends_with("problem=wrong-credentials"));
    }
    // The sixth within the minute is refused even with the right password: no check is made.
    let right = format!("locale=ar&email=layla%40example.org&password={}", encode(PASSWORD));
    let page = post(&r, "/api/log-in", &right, None).await;
    assert_eq!(page.header("location"), "/ar/log-in?problem=too-many-attempts-1");
    assert!(page.headers.get("set-cookie").is_none());
    let shown = get_with(&r, page.header("location"), None).await;
    assert_eq!(shown.status, 429);
    assert!(shown.text().contains("محاولات كثيرة جدًا. يُرجى الانتظار دقيقة واحدة ثم المحاولة من جديد."), "{}", shown.text());
    let called = call(&r, "/api/log-in", &right).await;
    assert_eq!(called.status, 429);
    // Other accounts are not affected.
    let other = post(&r, "/api/log-in", "locale=en&email=nadia%40example.org&password=x", None).await;
    assert!(other.header("location").ends_with("problem=wrong-credentials"));

    // Mailed links: three a minute per address.
    for _ in 0..3 {
        assert_eq!(post(&r, "/api/password-reset", "locale=en&email=nadia%40example.org", None).await.header("location"), "/check-your-email?for=reset");
    }
    let page = post(&r, "/api/password-reset", "locale=en&email=nadia%40example.org", None).await;
    assert!(page.header("location").starts_with("/password-reset?problem=too-many-attempts-"));
    t.finish().await;
}

#[tokio::test]
async fn sign_ups_are_limited_per_address() {
    let t = TestDb::new().await;
    let r = t.router();
    for i in 0..6 {
        let page = post(&r, "/api/sign-up", &sign_up_body("Someone", &format!("p{i}@example.org"), PASSWORD), None).await;
        assert_eq!(page.header("location"), "/check-your-email?for=sign-up");
    }
    let page = post(&r, "/api/sign-up", &sign_up_body("Someone", "p7@example.org", PASSWORD), None).await;
    assert!(page.header("location").starts_with("/sign-up?problem=too-many-attempts-"), "{}", page.header("location"));
    assert_eq!(user_count(&t).await, 6);
    t.finish().await;
}

#[tokio::test]
async fn the_profile_takes_a_name_a_mail_language_and_a_time_zone() {
    let t = TestDb::new().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "layla@example.org").await;
    for (body, problem) in [
        ("display_name=Layla&language=de&timezone=Asia%2FHebron", "bad-choice"),
        ("display_name=Layla&language=ar&timezone=Mars%2FOlympus", "bad-choice"),
        ("display_name=+++&language=ar&timezone=Asia%2FHebron", "invalid-name"),
    ] {
        let page = post(&r, "/api/profile", &format!("locale=en&{body}"), Some(&cookie)).await;
        assert_eq!(page.header("location"), format!("/account?form=profile&problem={problem}"));
    }
    let page = post(&r, "/api/profile", "locale=en&display_name=%D9%84%D9%8A%D9%84%D9%89&language=ar&timezone=Asia%2FHebron", Some(&cookie)).await;
    assert_eq!(page.header("location"), "/account?done=profile");
    let account = get_with(&r, "/account?done=profile", Some(&cookie)).await.text();
    assert!(account.contains("Your profile is saved."));
    assert!(account.contains("value=\"ليلى\""), "{account}");
    assert!(account.contains("<option value=\"Asia/Hebron\" selected"), "the zone is chosen in the list");
    // Mails now come in Arabic.
    post(&r, "/api/password-reset", "locale=en&email=layla%40example.org", None).await;
    let (subject,): (String,) = sqlx::query_as("SELECT subject FROM mail_queue ORDER BY id DESC LIMIT 1").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(subject, "اختر كلمة مرور جديدة");
    t.finish().await;
}

#[tokio::test]
async fn a_new_address_counts_once_its_link_is_opened() {
    let t = TestDb::new().await;
    let r = t.router();
    let cookie = verified_account(&t, &r, "layla@example.org").await;
    verified_account(&t, &r, "nadia@example.org").await;
    let wrong = post(&r, "/api/change-email", "locale=en&new_email=layla%40new.example&current_password=not+it+at+all", Some(&cookie)).await;
    assert_eq!(wrong.header("location"), "/account?form=email&problem=wrong-current-password");
    let change = |to: &str| format!("locale=en&new_email={}&current_password={}", encode(to), encode(PASSWORD));
    // Someone else's address: the same answer, and nothing is sent to it.
    let nadia_mails = mail_count(&t, "nadia@example.org").await;
    let taken = post(&r, "/api/change-email", &change("nadia@example.org"), Some(&cookie)).await;
    let free = post(&r, "/api/change-email", &change("Layla@New.example"), Some(&cookie)).await;
    assert_eq!(taken.header("location"), "/check-your-email?for=new-email");
    assert_eq!((taken.status, taken.header("location"), &taken.body), (free.status, free.header("location"), &free.body));
    assert_eq!(mail_count(&t, "nadia@example.org").await, nadia_mails);
    // Until the link is opened, the old address is the account's.
    assert!(get_with(&r, "/account", Some(&cookie)).await.text().contains("layla@example.org"));
    let link = mailed_link(&t, "layla@new.example").await;
    let page = post(&r, "/api/confirm-email", &format!("locale=en&token={}", token_of(&link)), None).await;
    assert_eq!(page.header("location"), "/account?done=verified");
    let account = get_with(&r, "/account", Some(&session_cookie(&page))).await.text();
    assert!(account.contains("layla@new.example") && !account.contains("layla@example.org"), "{account}");
    let old = post(&r, "/api/log-in", &format!("locale=en&email=layla%40example.org&password={}", encode(PASSWORD)), None).await;
    assert!(old.header("location").ends_with("problem=wrong-credentials"));
    let new = post(&r, "/api/log-in", &format!("locale=en&email=layla%40new.example&password={}", encode(PASSWORD)), None).await;
    assert_eq!(new.header("location"), "/account");
    t.finish().await;
}
