//! Signing letters and petitions, on SQLite and PostgreSQL: a signature counts only once
//! confirmed, once per address and once per organisation; who may sign is kept; refusals write
//! nothing; exact counts under 200 concurrent signatures; hidden signers in no public response.
use crate::common::accounts::{mailed_link, token_of};
use crate::common::events::add_members;
use crate::common::{get, TestDb, PUBLIC_URL};
use app::actions::queries::{action_detail, confirm_signature, insert_action, public_signers, sign, NewAction, Signer};
use app::actions::{ActionKind, ActionStatus, ActionText, SignProblem, SignatoryKind, SignatureStatus, Signatories};
use app::i18n::Locale;

const STARVATION: &str = "icsgp-letter-against-starvation";

fn organisation(name: &str, country: &str, email: &str) -> Signer {
    Signer {
        kind: SignatoryKind::Organisation,
        name: name.into(),
        country: country.into(),
        contact: "A. Contact".into(),
        email: email.into(),
        comment: String::new(),
        show_name: true,
        user_id: None,
        locale: Locale::en,
    }
}

fn individual(name: &str, email: &str) -> Signer {
    Signer { kind: SignatoryKind::Individual, contact: String::new(), ..organisation(name, "FR", email) }
}

/// An open petition anyone may sign, for the tests that need individuals.
async fn add_petition(t: &TestDb, slug: &str) {
    let petition = NewAction {
        slug: slug.into(),
        kind: ActionKind::Petition,
        status: ActionStatus::Open,
        signatories: Signatories::Both,
        opens_at: None,
        closes_at: None,
        timezone: "UTC".into(),
        goal: Some(400),
        adopted_on: String::new(),
        original_language: "en".into(),
        texts: vec![ActionText { language: "en".into(), title: "An example petition".into(), ..ActionText::default() }],
        organisers: vec!["icsgp".into()],
        events: Vec::new(),
        themes: Vec::new(),
        reported: Vec::new(),
    };
    let mut tx = t.db.begin_write().await.unwrap();
    insert_action(&mut tx, &petition, app::now()).await.expect("insert petition");
    tx.commit().await.unwrap();
}

/// Confirmed signatures here, as the public figures count them.
async fn counted(t: &TestDb, slug: &str) -> (i64, i64, i64) {
    let figures = action_detail(&t.db, slug, Locale::en, app::now()).await.unwrap().expect("action").figures;
    (figures.here, figures.organisations, figures.countries)
}

async fn rows(t: &TestDb) -> (i64, i64) {
    let (signatures,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&t.db.pool).await.unwrap();
    let (mails,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    (signatures, mails)
}

#[tokio::test]
async fn a_guest_signature_counts_only_once_confirmed_from_the_mailed_link() {
    let t = TestDb::with_demo().await;
    let now = app::now();
    let status = sign(&t.db, STARVATION, &organisation("Example Solidarity Group", "BE", "group@example.org"), PUBLIC_URL, now).await.unwrap();
    assert_eq!(status, SignatureStatus::Pending);
    assert_eq!(counted(&t, STARVATION).await, (0, 0, 0), "unconfirmed signatures are never counted");
    let list = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    assert_eq!(list.total, 0, "nor listed");

    let link = mailed_link(&t, "group@example.org").await;
    assert!(link.starts_with(&format!("/actions/{STARVATION}/sign?token=")), "{link}");
    // Opening the link's page changes nothing; the button confirms.
    let page = get(&t.router(), &link).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Example Solidarity Group"));
    assert_eq!(page.header("cache-control"), "no-store", "the link's page is the signer's alone");
    assert_eq!(counted(&t, STARVATION).await, (0, 0, 0));

    assert_eq!(confirm_signature(&t.db, token_of(&link), now).await.unwrap(), STARVATION);
    assert_eq!(counted(&t, STARVATION).await, (1, 1, 1));
    assert_eq!(confirm_signature(&t.db, token_of(&link), now).await.unwrap(), STARVATION, "confirming twice changes nothing");
    assert_eq!(counted(&t, STARVATION).await, (1, 1, 1));
    let list = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    assert_eq!(list.signers.len(), 1);
    assert_eq!((list.signers[0].name.as_str(), list.signers[0].country_name.as_str()), ("Example Solidarity Group", "Belgium"));
    assert!(confirm_signature(&t.db, "00ff", now).await == Err(SignProblem::LinkUnknown));
    t.finish().await;
}

#[tokio::test]
async fn who_may_sign_is_kept_and_every_refusal_writes_nothing() {
    let t = TestDb::with_demo().await;
    add_petition(&t, "example-petition").await;
    let now = app::now();
    let before = rows(&t).await;
    let long = "x".repeat(501);
    let cases: Vec<(&str, Signer, SignProblem)> = vec![
        (STARVATION, individual("Someone", "someone@example.org"), SignProblem::OrganisationsOnly),
        ("icsgp-initial-letter", organisation("Example Group", "BE", "closed@example.org"), SignProblem::Closed),
        ("ccivs-ceasefire-statement", individual("Someone", "statement@example.org"), SignProblem::NotSigned),
        ("no-such-action", individual("Someone", "none@example.org"), SignProblem::UnknownAction),
        ("example-petition", individual("Someone", "not-an-address"), SignProblem::InvalidEmail),
        ("example-petition", individual("   ", "blank@example.org"), SignProblem::InvalidName),
        ("example-petition", individual(&"n".repeat(201), "long@example.org"), SignProblem::InvalidName),
        ("example-petition", Signer { country: "XX".into(), ..individual("Someone", "country@example.org") }, SignProblem::InvalidCountry),
        ("example-petition", Signer { country: String::new(), ..individual("Someone", "nocountry@example.org") }, SignProblem::InvalidCountry),
        ("example-petition", Signer { contact: " ".into(), ..organisation("Group", "BE", "contact@example.org") }, SignProblem::InvalidContact),
        ("example-petition", Signer { comment: long.clone(), ..individual("Someone", "comment@example.org") }, SignProblem::CommentTooLong),
        ("example-petition", Signer { name: "Some\u{202e}one".into(), ..individual("", "rlo@example.org") }, SignProblem::InvalidName),
    ];
    for (slug, signer, expected) in cases {
        assert_eq!(sign(&t.db, slug, &signer, PUBLIC_URL, now).await, Err(expected), "{slug} {signer:?}");
    }
    assert_eq!(rows(&t).await, before, "no signature and no mail");
    // 500 characters is allowed.
    let ok = Signer { comment: "y".repeat(500), ..individual("Someone", "comment@example.org") };
    assert_eq!(sign(&t.db, "example-petition", &ok, PUBLIC_URL, now).await, Ok(SignatureStatus::Pending));
    t.finish().await;
}

#[tokio::test]
async fn an_address_signs_once_and_its_owner_is_told_not_the_form() {
    let t = TestDb::with_demo().await;
    add_petition(&t, "example-petition").await;
    let now = app::now();
    let me = individual("First Name", "twice@example.org");
    sign(&t.db, "example-petition", &me, PUBLIC_URL, now).await.unwrap();
    let first = mailed_link(&t, "twice@example.org").await;
    // Signing again while pending replaces the details; only the newest link confirms (an older
    // one would confirm details its holder never saw).
    sign(&t.db, "example-petition", &Signer { name: "Second Name".into(), ..me.clone() }, PUBLIC_URL, now).await.unwrap();
    assert_eq!(confirm_signature(&t.db, token_of(&first), now).await, Err(SignProblem::LinkUnknown));
    let link = mailed_link(&t, "twice@example.org").await;
    confirm_signature(&t.db, token_of(&link), now).await.unwrap();
    assert_eq!(counted(&t, "example-petition").await.0, 1);
    // Once confirmed, the form answers as before, and the address's owner gets a mail.
    assert_eq!(sign(&t.db, "example-petition", &me, PUBLIC_URL, now).await, Ok(SignatureStatus::Pending));
    let (subject,): (String,) = sqlx::query_as("SELECT subject FROM mail_queue WHERE recipient = 'twice@example.org' ORDER BY id DESC LIMIT 1")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(subject.starts_with("Already signed"), "{subject}");
    let (n, name): (i64, String) = sqlx::query_as("SELECT COUNT(*), MAX(name) FROM signatures WHERE email = 'twice@example.org'").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!((n, name.as_str()), (1, "Second Name"));
    assert_eq!(counted(&t, "example-petition").await.0, 1);

    // A member signs in one click, counted at once; a second time is refused to them.
    let ids = add_members(&t, 1).await;
    let member = Signer { user_id: Some(ids[0]), ..individual("Member 0", "member0@example.org") };
    assert_eq!(sign(&t.db, "example-petition", &member, PUBLIC_URL, now).await, Ok(SignatureStatus::Confirmed));
    assert_eq!(counted(&t, "example-petition").await.0, 2);
    assert_eq!(sign(&t.db, "example-petition", &member, PUBLIC_URL, now).await, Err(SignProblem::AlreadySigned));
    t.finish().await;
}

#[tokio::test]
async fn an_organisation_counts_once_by_its_directory_entry_or_its_name_and_country() {
    let t = TestDb::with_demo().await;
    let now = app::now();
    // The directory's organisation, by its English and its Arabic name, from two addresses.
    sign(&t.db, STARVATION, &organisation("international palestinian youth league (IPYL)", "ps", "one@example.org"), PUBLIC_URL, now).await.unwrap();
    sign(&t.db, STARVATION, &organisation("الملتقى الفلسطيني الدولي للشباب", "PS", "two@example.org"), PUBLIC_URL, now).await.unwrap();
    // Pending signatures hold no organisation's place: either may confirm first.
    let second = mailed_link(&t, "two@example.org").await;
    confirm_signature(&t.db, token_of(&second), now).await.unwrap();
    let first = mailed_link(&t, "one@example.org").await;
    assert_eq!(confirm_signature(&t.db, token_of(&first), now).await, Err(SignProblem::OrganisationAlreadySigned));
    assert_eq!(counted(&t, STARVATION).await, (1, 1, 1));
    let list = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    assert_eq!(list.signers[0].profile, None, "anyone may sign in its name; only its editors' signature links to its profile");

    // Outside the directory: the same name, written differently, from the same country.
    sign(&t.db, STARVATION, &organisation("Friends of Example", "BE", "a@example.org"), PUBLIC_URL, now).await.unwrap();
    sign(&t.db, STARVATION, &organisation("FRIENDS OF  EXAMPLE.", "BE", "b@example.org"), PUBLIC_URL, now).await.unwrap();
    sign(&t.db, STARVATION, &organisation("Friends of Example", "NL", "c@example.org"), PUBLIC_URL, now).await.unwrap();
    for (to, expected) in [("a@example.org", Ok(())), ("b@example.org", Err(SignProblem::OrganisationAlreadySigned)), ("c@example.org", Ok(()))] {
        let link = mailed_link(&t, to).await;
        assert_eq!(confirm_signature(&t.db, token_of(&link), now).await.map(|_| ()), expected, "{to}");
    }
    assert_eq!(counted(&t, STARVATION).await, (3, 3, 3));

    // An editor of an organisation signs for it: linked to its profile.
    let ids = crate::common::events::add_members(&t, 1).await;
    sqlx::query("INSERT INTO organisation_editors (user_id, organisation_id, granted_at) SELECT $1, id, 0 FROM organisations WHERE slug = 'vap-uk'")
        .bind(ids[0])
        .execute(&t.db.pool)
        .await
        .unwrap();
    let (name,): (String,) = sqlx::query_as("SELECT t.name FROM organisation_texts t JOIN organisations o ON o.id = t.organisation_id WHERE o.slug = 'vap-uk' AND t.language = 'en'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (country,): (String,) = sqlx::query_as("SELECT country FROM organisations WHERE slug = 'vap-uk'").fetch_one(&t.db.pool).await.unwrap();
    let editor = Signer { user_id: Some(ids[0]), ..organisation(&name, &country, "member0@example.org") };
    assert_eq!(sign(&t.db, STARVATION, &editor, PUBLIC_URL, now).await, Ok(SignatureStatus::Confirmed));
    let list = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    let linked: Vec<&str> = list.signers.iter().filter_map(|s| s.profile.as_deref()).collect();
    assert_eq!(linked, ["vap-uk"]);
    t.finish().await;
}

#[tokio::test]
async fn two_hundred_concurrent_signatures_are_counted_exactly() {
    let t = TestDb::with_demo().await;
    add_petition(&t, "example-petition").await;
    let now = app::now();
    let ids = add_members(&t, 100).await;
    let mut tasks = Vec::new();
    // 100 members signing at once, and 100 guests signing and then confirming, twice each.
    for (i, id) in ids.into_iter().enumerate() {
        let db = t.db.clone();
        let signer = Signer { user_id: Some(id), ..individual(&format!("Member {i}"), &format!("member{i}@example.org")) };
        tasks.push(tokio::spawn(async move { sign(&db, "example-petition", &signer, PUBLIC_URL, now).await.map(|_| ()) }));
    }
    for i in 0..100 {
        let db = t.db.clone();
        let signer = individual(&format!("Guest {i}"), &format!("guest{i}@example.org"));
        tasks.push(tokio::spawn(async move { sign(&db, "example-petition", &signer, PUBLIC_URL, now).await.map(|_| ()) }));
    }
    for task in tasks {
        task.await.unwrap().expect("every signature is recorded");
    }
    assert_eq!(counted(&t, "example-petition").await.0, 100, "only the members' count before confirming");
    let mut confirms = Vec::new();
    for i in 0..100 {
        let link = mailed_link(&t, &format!("guest{i}@example.org")).await;
        for _ in 0..2 {
            let (db, token) = (t.db.clone(), token_of(&link).to_string());
            confirms.push(tokio::spawn(async move { confirm_signature(&db, &token, now).await }));
        }
    }
    for task in confirms {
        task.await.unwrap().expect("confirmed");
    }
    let detail = action_detail(&t.db, "example-petition", Locale::en, now).await.unwrap().unwrap();
    assert_eq!(detail.figures.here, 200);
    assert_eq!(detail.figures.signatures, 200);
    assert_eq!(detail.figures.progress(Signatories::Both), Some(50));
    t.finish().await;
}

#[tokio::test]
async fn a_reported_count_is_added_to_the_figures_and_shown_as_such() {
    let t = TestDb::with_demo().await;
    let detail = action_detail(&t.db, "icsgp-initial-letter", Locale::en, app::now()).await.unwrap().unwrap();
    assert_eq!((detail.figures.signatures, detail.figures.organisations, detail.figures.countries, detail.figures.here), (2000, 2000, 120, 0));
    assert!(!detail.signing_open, "the initial letter is closed");
    let page = get(&t.router(), "/actions/icsgp-initial-letter").await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("2000 signatures") && text.contains("120 countries"), "the figures");
    assert!(text.contains("2,000 organizations from over 120 countries"), "the report's own words");
    assert!(text.contains("This action no longer takes signatures."), "no form on a closed letter");
    t.finish().await;
}

#[tokio::test]
async fn a_hidden_signer_is_in_no_public_response() {
    let t = TestDb::with_demo().await;
    let now = app::now();
    let hidden = Signer { show_name: false, comment: "Hidden comment 7d1e".into(), ..organisation("Hidden Group 7d1e", "BE", "hidden@example.org") };
    let shown = Signer { comment: "Shown comment 5c2a".into(), ..organisation("Shown Group 5c2a", "NL", "shown@example.org") };
    for (signer, to) in [(hidden, "hidden@example.org"), (shown, "shown@example.org")] {
        sign(&t.db, STARVATION, &signer, PUBLIC_URL, now).await.unwrap();
        let link = mailed_link(&t, to).await;
        confirm_signature(&t.db, token_of(&link), now).await.unwrap();
    }
    assert_eq!(counted(&t, STARVATION).await, (2, 2, 2), "both count");
    let router = t.router();
    let uris = [
        format!("/actions/{STARVATION}"),
        format!("/ar/actions/{STARVATION}"),
        format!("/actions/{STARVATION}?country=BE"),
        format!("/api/action-signers?slug={STARVATION}&locale=en"),
        format!("/api/action-signers?slug={STARVATION}&locale=en&country=BE&kind=organisation"),
        format!("/api/action?slug={STARVATION}&locale=en"),
        "/actions".to_string(),
        "/api/actions?locale=en".to_string(),
        "/actions.atom".to_string(),
        "/ar/actions.atom?organiser=icsgp".to_string(),
        "/organisations/icsgp".to_string(),
    ];
    for uri in &uris {
        // Twice: the second answer may come from the page cache.
        for _ in 0..2 {
            let page = get(&router, uri).await;
            assert_eq!(page.status, 200, "{uri}");
            let text = page.text();
            assert!(!text.contains("7d1e") && !text.contains("hidden@example.org"), "{uri} shows the hidden signer");
            assert!(!text.contains("shown@example.org") && !text.contains("A. Contact"), "{uri} shows an address or a contact");
        }
    }
    let page = get(&router, &format!("/actions/{STARVATION}")).await.text();
    assert!(page.contains("Shown Group 5c2a") && page.contains("Shown comment 5c2a"), "the shown signer is listed");
    t.finish().await;
}

#[tokio::test]
async fn the_forms_work_without_javascript_and_say_what_went_wrong() {
    use crate::common::accounts::{call, encode, post};
    let t = TestDb::with_demo().await;
    let r = t.router();
    let form = |kind: &str, name: &str, email: &str| {
        format!(
            "locale=ar&slug={STARVATION}&signature[kind]={kind}&signature[name]={}&signature[country]=PS&signature[contact]={}&signature[email]={}&signature[show_name]=on",
            encode(name),
            encode("Contact Person"),
            encode(email)
        )
    };
    let refused = post(&r, "/api/sign", &form("individual", "Someone", "someone@example.org"), None).await;
    assert_eq!(refused.status, 303);
    assert_eq!(refused.header("location"), format!("/ar/actions/{STARVATION}?form=individual&problem=organisations-only"));
    let page = get(&r, refused.header("location")).await.text();
    assert!(page.contains("هذه الرسالة مخصّصة لتوقيع المنظمات فقط."), "the problem, in Arabic");
    assert_eq!(rows(&t).await.0, 0);

    let signed = post(&r, "/api/sign", &form("organisation", "Example Youth Centre", "centre@example.org"), None).await;
    assert_eq!(signed.status, 303);
    assert_eq!(signed.header("location"), format!("/ar/actions/{STARVATION}?signed=check-mail#sign"));
    let link = mailed_link(&t, "centre@example.org").await;
    assert!(link.starts_with(&format!("/ar/actions/{STARVATION}/sign?token=")), "the mail is in the signer's language: {link}");
    let confirmed = post(&r, "/api/sign-confirm", &format!("locale=ar&slug={STARVATION}&token={}", token_of(&link)), None).await;
    assert_eq!(confirmed.status, 303);
    assert_eq!(confirmed.header("location"), format!("/ar/actions/{STARVATION}?signed=confirmed#sign"));
    assert_eq!(counted(&t, STARVATION).await, (1, 1, 1));
    // The page the signer comes back to is theirs: never kept, so it counts them.
    let back = get(&r, &format!("/ar/actions/{STARVATION}?signed=confirmed")).await;
    assert_eq!(back.header("cache-control"), "no-store");
    assert_eq!(figure(&back.text()), "توقيع واحد");
    // A link to another action's page confirms nothing there.
    let elsewhere = call(&r, "/api/sign-confirm", &format!("locale=en&slug=icsgp-initial-letter&token={}", token_of(&link))).await;
    assert_eq!(elsewhere.status, 400);
    assert!(elsewhere.body.contains("LinkUnknown"), "{}", elsewhere.body);
    t.finish().await;
}

/// The figure a page shows: the text of its signatures figure.
fn figure(page: &str) -> String {
    let after = page.split(r#"data-figure="signatures"><strong>"#).nth(1).expect("the figure");
    after[..after.find('<').expect("its end")].to_string()
}

#[tokio::test]
async fn a_signature_leaves_a_kept_page_kept_for_at_most_the_cache_s_time() {
    use crate::common::router_with;
    let t = TestDb::with_demo().await;
    let settings = tadamun::router::Settings { page_cache: std::time::Duration::from_millis(500), ..Default::default() };
    let r = router_with(t.db.clone(), &settings);
    let page = format!("/actions/{STARVATION}");
    assert_eq!(figure(&get(&r, &page).await.text()), "0 signatures");
    let ids = crate::common::events::add_members(&t, 1).await;
    let member = Signer { user_id: Some(ids[0]), ..organisation("Example Member Group", "BE", "member0@example.org") };
    assert_eq!(sign(&t.db, STARVATION, &member, PUBLIC_URL, app::now()).await, Ok(SignatureStatus::Confirmed));
    // A letter shared widely is not rendered anew for every signature (bench/README.md)...
    assert_eq!(figure(&get(&r, &page).await.text()), "0 signatures", "still the kept page");
    // ...and its figure is at most the page cache's time behind.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(figure(&get(&r, &page).await.text()), "1 signature");
    t.finish().await;
}

#[tokio::test]
async fn guests_signing_count_against_the_mail_budgets() {
    use crate::common::accounts::{call, encode};
    let t = TestDb::with_demo().await;
    let r = t.router();
    let form = |email: &str| {
        format!(
            "locale=en&slug={STARVATION}&signature[kind]=organisation&signature[name]={}&signature[country]=BE&signature[contact]=Someone&signature[email]={}",
            encode(&format!("Group {email}")),
            encode(email)
        )
    };
    // A form that does not hold together counts against nothing.
    for _ in 0..7 {
        let bad = call(&r, "/api/sign", &form("same@example.org").replace("country]=BE", "country]=XX")).await;
        assert!(bad.body.contains("InvalidCountry"), "{}", bad.body);
    }
    // Five an hour to one address, whoever asks.
    for i in 0..5 {
        assert!(call(&r, "/api/sign", &form("same@example.org")).await.status.is_success(), "{i}");
    }
    let refused = call(&r, "/api/sign", &form("same@example.org")).await;
    assert_eq!(refused.status, 429);
    assert!(refused.body.contains("TooManyAttempts"), "{}", refused.body);
    // And the client's budget (20 an hour in these tests' configuration), whatever the address;
    // the refusal just above took nothing from it.
    for i in 0..15 {
        assert!(call(&r, "/api/sign", &form(&format!("other{i}@example.org"))).await.status.is_success(), "{i}");
    }
    let (mails_before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    let over = call(&r, "/api/sign", &form("one-more@example.org")).await;
    assert_eq!(over.status, 429, "{}", over.body);
    let (mails_after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(mails_after, mails_before, "nothing sent past the budget");
    t.finish().await;
}

#[tokio::test]
async fn the_public_list_is_paginated_and_narrowed_by_country_and_kind() {
    let t = TestDb::with_demo().await;
    let now = app::now();
    let ids = crate::common::events::add_members(&t, 60).await;
    for (i, id) in ids.iter().enumerate() {
        let country = if i % 3 == 0 { "PS" } else { "FR" };
        let signer = Signer { user_id: Some(*id), show_name: i != 7, ..organisation(&format!("Example Group {i:02}"), country, &format!("member{i}@example.org")) };
        sign(&t.db, STARVATION, &signer, PUBLIC_URL, now).await.unwrap();
    }
    let first = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    assert_eq!((first.total, first.pages, first.signers.len()), (59, 2, 50), "the one not shown is not counted in the list");
    let second = public_signers(&t.db, STARVATION, Locale::en, None, None, 2).await.unwrap().unwrap();
    assert_eq!(second.signers.len(), 9);
    assert!(second.signers.iter().all(|s| !first.signers.contains(s)), "no signer twice");
    let palestine = public_signers(&t.db, STARVATION, Locale::en, Some("PS"), Some(SignatoryKind::Organisation), 1).await.unwrap().unwrap();
    assert_eq!(palestine.total, 20);
    assert!(palestine.signers.iter().all(|s| s.country == "PS" && s.country_name == "Palestine"));
    assert_eq!(public_signers(&t.db, STARVATION, Locale::en, None, Some(SignatoryKind::Individual), 1).await.unwrap().unwrap().total, 0);
    assert_eq!(first.countries.len(), 2, "the filter offers the countries of the named signers");
    // A page past the last is the last.
    assert_eq!(public_signers(&t.db, STARVATION, Locale::en, None, None, 99).await.unwrap().unwrap().page, 2);
    t.finish().await;
}
