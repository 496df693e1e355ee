//! What each page loads and says of itself in `<head>`: only pages with an island load a script
//! (and the wasm), and every page has a description, a canonical address and its addresses in
//! the other languages, whole, from the configured public URL.

use crate::common::{get, TestDb, PUBLIC_URL};

/// The `<meta>`/`<link>` tags of a page's head with the given attribute and value, e.g.
/// `("rel", "canonical")`, as (whole tag) strings.
fn head_tags<'a>(body: &'a str, attribute: &str, value: &str) -> Vec<&'a str> {
    let head = &body[..body.find("</head>").expect("a head")];
    let wanted = format!("{attribute}=\"{value}\"");
    head.split('<').filter(|tag| (tag.starts_with("meta ") || tag.starts_with("link ")) && tag.contains(&wanted)).collect()
}

/// The value of `attribute` in a tag's text.
fn value_of<'a>(tag: &'a str, attribute: &str) -> &'a str {
    let start = tag.find(&format!(" {attribute}=\"")).map(|i| i + attribute.len() + 3).expect(attribute);
    &tag[start..start + tag[start..].find('"').expect("closing quote")]
}

#[tokio::test]
async fn only_pages_with_an_island_load_a_script() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    for uri in ["/", "/ar", "/organisations/ccivs", "/events", "/events?view=calendar&month=2024-03", "/log-in", "/ar/sign-up"] {
        let page = get(&r, uri).await;
        assert_eq!(page.status, 200, "{uri}");
        assert!(page.body.contains(r#"<link rel="stylesheet" id="leptos" href="/pkg/tadamun.css">"#), "{uri}: stylesheet");
        for loads in ["type=\"module\"", "/pkg/tadamun.js", "tadamun.wasm", "rel=\"preload\"", "rel=\"modulepreload\""] {
            assert!(!page.body.contains(loads), "{uri} loads a script: {loads}");
        }
        // Outside islands nothing is hydrated, so no page's data is sent again for hydrating.
        assert!(!page.body.contains("__RESOLVED_RESOURCES[") && page.body.contains("__PENDING_RESOURCES=[];"), "{uri}: resources sent for hydration");
    }
    for uri in ["/organisations", "/ar/organisations?q=x", "/events/icsgp-global-call-2024-03"] {
        let page = get(&r, uri).await;
        assert_eq!(page.status, 200, "{uri}");
        let loaders: Vec<_> = page.body.match_indices("<script type=\"module\"").collect();
        assert_eq!(loaders.len(), 1, "{uri}: one loader");
        let island_end = page.body.find("</leptos-island>").expect("an island");
        assert!(loaders[0].0 > island_end, "{uri}: the loader comes after the island");
        let loader = &page.body[loaders[0].0..];
        assert!(loader.contains(r#"import init, * as bundle from "/pkg/tadamun.js";"#), "{uri}");
        assert!(loader.contains(r#"module_or_path: "/pkg/tadamun.wasm""#), "{uri}");
        // The server says how its views were built; the wasm compares (app::ui::views_disagree).
        assert!(loader.contains(&format!("bundle.hydrate(\"{}\")", app::ui::VIEWS)), "{uri}");
        assert!(!page.body.contains("rel=\"preload\"") && !page.body.contains("rel=\"modulepreload\""), "{uri}");
        assert!(!page.body.contains("__RESOLVED_RESOURCES[") && page.body.contains("__PENDING_RESOURCES=[];"), "{uri}: resources sent for hydration");
    }
    t.finish().await;
}

#[tokio::test]
async fn every_page_describes_itself_with_whole_addresses_in_each_language() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/ar/organisations/uawc").await;
    let [description] = head_tags(&page.body, "name", "description")[..] else { panic!("one description") };
    assert!(value_of(description, "content").starts_with("يدعم مديره فؤاد أبو سيفا حقوق المزارعين الفلسطينيين"), "{description}");
    let [canonical] = head_tags(&page.body, "rel", "canonical")[..] else { panic!("one canonical link") };
    assert_eq!(value_of(canonical, "href"), format!("{PUBLIC_URL}/ar/organisations/uawc"));
    let alternates: Vec<(&str, &str)> = head_tags(&page.body, "rel", "alternate")
        .into_iter()
        .map(|tag| (value_of(tag, "hreflang"), value_of(tag, "href")))
        .collect();
    let whole = |path: &str| format!("{PUBLIC_URL}{path}");
    assert_eq!(
        alternates,
        [
            ("en", whole("/organisations/uawc")),
            ("ar", whole("/ar/organisations/uawc")),
            ("fr", whole("/fr/organisations/uawc")),
            ("es", whole("/es/organisations/uawc")),
            ("x-default", whole("/organisations/uawc")),
        ]
        .iter()
        .map(|(l, u)| (*l, u.as_str()))
        .collect::<Vec<_>>()
    );
    let og = |property: &str| head_tags(&page.body, "property", property).iter().map(|t| value_of(t, "content")).collect::<Vec<_>>();
    assert_eq!(og("og:url"), [whole("/ar/organisations/uawc")]);
    assert_eq!(og("og:title"), ["اتحاد لجان العمل الزراعي"]);
    assert_eq!(og("og:site_name"), ["تضامن"]);
    assert_eq!(og("og:description"), [value_of(description, "content")]);
    assert_eq!(og("og:locale"), ["ar_AR"]);
    assert_eq!(og("og:locale:alternate"), ["en_GB", "fr_FR", "es_ES"]);
    assert!(head_tags(&page.body, "name", "robots").is_empty(), "a public page may be listed");

    // A long text is cut at a word for the description, and pages without their own text are
    // described by their introduction, in the reader's language.
    let page = get(&r, "/fr/events").await;
    let [description] = head_tags(&page.body, "name", "description")[..] else { panic!("one description") };
    assert!(value_of(description, "content").starts_with("Conférences, webinaires"), "{description}");
    for (uri, listed) in [("/log-in", true), ("/account/verify?token=0", false), ("/ar/log-in/code", false), ("/events/new", false)] {
        let page = get(&r, uri).await;
        let robots: Vec<_> = head_tags(&page.body, "name", "robots").iter().map(|t| value_of(t, "content")).collect();
        assert_eq!(robots.is_empty(), listed, "{uri}: {robots:?}");
        // What is not to be listed is someone's own: no cache may keep it.
        assert_eq!(page.header("cache-control") == "no-store", !listed, "{uri}: {}", page.header("cache-control"));
        assert_eq!(head_tags(&page.body, "name", "description").len(), 1, "{uri}: a description");
    }
    t.finish().await;
}

/// leptos_meta writes `<title>` unescaped: a name that closes the element must not write the
/// page (nor a refresh to elsewhere, which the script policy would not stop).
#[tokio::test]
async fn a_name_with_markup_stays_text_in_the_title_and_the_tags() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let mut tx = t.db.begin_write().await.unwrap();
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM organisations WHERE slug = 'uawc'").fetch_one(&mut **tx).await.unwrap();
    sqlx::query("UPDATE organisation_texts SET name = $1, description = $2 WHERE organisation_id = $3 AND language = 'en'")
        .bind("</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")
        .bind("\"><script>alert(1)</script>")
        .bind(id)
        .execute(&mut **tx)
        .await
        .unwrap();
    app::organisations::queries::refresh_listings(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    let page = get(&r, "/organisations/uawc").await;
    assert_eq!(page.status, 200);
    let head = &page.body[..page.body.find("</head>").expect("a head")];
    assert!(!head.contains("<meta http-equiv") && !head.contains("<script>"), "{head}");
    assert!(head.contains("<title>&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot;"), "{head}");
    assert_eq!(head.matches("<title>").count(), 1);
    t.finish().await;
}

/// The pages of someone signed in are theirs: never kept by a cache on the way.
#[tokio::test]
async fn a_members_own_pages_are_not_kept_by_any_cache() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = crate::common::accounts::verified_account(&t, &r, "own-pages@example.org").await;
    for uri in ["/account", "/ar/account", "/account/two-factor"] {
        let page = crate::common::accounts::get_with(&r, uri, Some(&cookie)).await;
        assert_eq!(page.status, 200, "{uri}");
        assert_eq!(page.header("cache-control"), "no-store", "{uri}");
        assert_eq!(head_tags(&page.body, "name", "robots").len(), 1, "{uri}: noindex");
    }
    t.finish().await;
}

/// An event's structured data is a script element: a title that opens a comment and a script
/// (`<!--<script>`) would make the browser read past its end and swallow the page. Every `<`
/// in it is written `\u003c`.
#[tokio::test]
async fn a_title_with_markup_stays_inside_the_structured_data() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let slug = crate::common::events::SMALL_MEETING;
    let mut tx = t.db.begin_write().await.unwrap();
    sqlx::query("UPDATE event_texts SET title = $1 WHERE language = 'en' AND event_id = (SELECT id FROM events WHERE slug = $2)")
        .bind("<!--<script>Working group</script>")
        .bind(slug)
        .execute(&mut **tx)
        .await
        .unwrap();
    app::db::bump_revision(&mut tx, app::db::Scope::Events).await.unwrap();
    tx.commit().await.unwrap();
    let page = get(&r, &format!("/events/{slug}")).await;
    assert_eq!(page.status, 200);
    let start = page.body.find("<script type=\"application/ld+json\"").expect("structured data");
    let script = &page.body[start..];
    let script = &script[..script.find("</script>").expect("its end") + "</script>".len()];
    assert!(script.contains("\\u003c!--\\u003cscript>Working group\\u003c/script>"), "{script}");
    assert_eq!(script.matches('<').count(), 2, "only the element's own tags: {script}");
    assert!(page.body[start..].contains("</footer>"), "the page goes on after it");
    t.finish().await;
}
