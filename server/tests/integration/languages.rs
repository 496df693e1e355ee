//! Four interface languages: addresses, direction, fallbacks, the switcher.

use axum::body::Body;
use axum::http::Request;
use crate::common::{get, send, TestDb, PUBLIC_URL};

#[tokio::test]
async fn every_page_has_the_right_lang_and_dir_in_every_language() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    for (prefix, attrs) in [
        ("", r#"<html lang="en" dir="ltr">"#),
        ("/ar", r#"<html lang="ar" dir="rtl">"#),
        ("/fr", r#"<html lang="fr" dir="ltr">"#),
        ("/es", r#"<html lang="es" dir="ltr">"#),
    ] {
        for path in ["/", "/organisations", "/organisations/ccivs", "/organisations?country=PS"] {
            let uri = if path == "/" && !prefix.is_empty() { prefix.to_string() } else { format!("{prefix}{path}") };
            let page = get(&r, &uri).await;
            assert_eq!(page.status, 200, "{uri}");
            assert!(page.text().contains(attrs), "{uri} lacks {attrs}");
        }
    }
    t.finish().await;
}

#[tokio::test]
async fn interface_and_content_are_translated() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/ar/organisations/ccivs").await;
    assert!(page.text().contains("لجنة تنسيق الخدمة التطوعية الدولية"));
    assert!(page.text().contains("العودة إلى الدليل"));
    // The frame around the content is in Arabic too, on the server's first render.
    assert!(page.text().contains(r#"<span class="brand-name">تضامن</span>"#), "header in Arabic");
    assert!(page.text().contains("انتقل إلى المحتوى"), "skip link in Arabic");
    assert!(page.text().contains(r#"value="ar" lang="ar" aria-current="true""#), "Arabic marked current");
    // City and country joined by the Arabic comma (U+060C), not ", ".
    let page = get(&r, "/ar/organisations/ipyl").await;
    assert!(page.text().contains("، فلسطين"), "Arabic list comma");
    assert!(!page.text().contains(", فلسطين"), "a Latin comma in Arabic");
    let page = get(&r, "/fr/organisations").await;
    assert!(page.text().contains("25 organisations dans 3 pays"));
    let page = get(&r, "/es/organisations?country=PS").await;
    assert!(page.text().contains("3 organizaciones en 1 país"));
    // Arabic plural forms: 3 is "few", 25 is "many".
    let page = get(&r, "/ar/organisations").await;
    assert!(page.text().contains("25 منظمة في 3 دول"));
    t.finish().await;
}

#[tokio::test]
async fn untranslated_text_falls_back_to_its_original_language_with_a_note() {
    // Every demo organisation is in Arabic; one a member adds may not be.
    let t = TestDb::with_demo().await;
    let mut tx = t.db.begin_write().await.unwrap();
    let english_only = app::organisations::queries::NewOrganisation {
        slug: "english-only".into(),
        kind: app::organisations::OrganisationKind::Organisation,
        country: "GB".into(),
        city: String::new(),
        website: String::new(),
        contact_email: String::new(),
        languages: vec!["en".into()],
        original_language: "en".into(),
        verified: false,
        featured: false,
        themes: vec![],
        texts: vec![("en".into(), "Written in English Only".into(), "Not translated yet.".into())],
    };
    app::organisations::queries::insert_organisation(&mut tx, &english_only, 0).await.unwrap();
    tx.commit().await.unwrap();
    let page = get(&t.router(), "/ar/organisations/english-only").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Written in English Only"));
    assert!(page.text().contains("لم تُترجم بعد: معروضة باللغة English."));
    assert!(page.text().contains(r#"lang="en""#), "the English text is marked as English");
    t.finish().await;
}

#[tokio::test]
async fn pages_link_their_other_language_versions() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/fr/organisations/ipyl").await;
    // Whole addresses, from the configured public URL (search engines want them so).
    for alternate in [
        format!(r#"href="{PUBLIC_URL}/organisations/ipyl" hreflang="en""#),
        format!(r#"href="{PUBLIC_URL}/ar/organisations/ipyl" hreflang="ar""#),
        format!(r#"href="{PUBLIC_URL}/es/organisations/ipyl" hreflang="es""#),
        format!(r#"href="{PUBLIC_URL}/organisations/ipyl" hreflang="x-default""#),
    ] {
        assert!(page.text().contains(&alternate), "missing {alternate}");
    }
    t.finish().await;
}

#[tokio::test]
async fn the_language_switcher_remembers_the_choice_and_keeps_the_page() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let form = |body: &'static str| {
        Request::post("/language")
            .header("host", "127.0.0.1:3000")
            .header("origin", "http://127.0.0.1:3000")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request")
    };
    let page = send(&r, form("locale=ar&next=%2Forganisations%3Fcountry%3DPS")).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), "/ar/organisations?country=PS");
    assert!(page.header("set-cookie").starts_with("i18n_pref_locale=ar; Path=/"));
    // Back to English from an Arabic page.
    let page = send(&r, form("locale=en&next=%2Far%2Forganisations%2Fipyl")).await;
    assert_eq!(page.header("location"), "/organisations/ipyl");
    // Never a redirect off the site.
    let page = send(&r, form("locale=fr&next=%2F%2Fevil.example")).await;
    assert_eq!(page.header("location"), "/fr");
    let page = send(&r, form("locale=xx&next=%2F")).await;
    assert_eq!(page.status, 400);
    assert_eq!(page.body, "That language is not available.");
    t.finish().await;
}

#[tokio::test]
async fn a_remembered_language_sends_unprefixed_addresses_to_it() {
    let t = TestDb::with_demo().await;
    let request = Request::get("/organisations?q=peace")
        .header("host", "127.0.0.1:3000")
        .header("cookie", "i18n_pref_locale=ar")
        .body(Body::empty())
        .expect("request");
    let page = send(&t.router(), request).await;
    assert!(page.status.is_redirection(), "{}", page.status);
    assert_eq!(page.header("location"), "/ar/organisations?q=peace");
    // An explicit English choice is honoured even when the browser prefers Arabic.
    let request = Request::get("/organisations")
        .header("host", "127.0.0.1:3000")
        .header("cookie", "i18n_pref_locale=en")
        .header("accept-language", "ar")
        .body(Body::empty())
        .expect("request");
    let page = send(&t.router(), request).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains(r#"<html lang="en" dir="ltr">"#));
    t.finish().await;
}
