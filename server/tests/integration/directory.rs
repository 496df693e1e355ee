//! The directory pages, searched and filtered, on the database the environment names.

use crate::common::{card_titles, encode, get, TestDb};

#[tokio::test]
async fn directory_lists_demo_organisations_with_a_summary_line() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/organisations").await;
    assert_eq!(page.status, 200);
    // An organisation whose country the seeds do not give is counted, not its country.
    assert!(page.text().contains("25 organisations in 3 countries"), "{}", page.body);
    let titles = card_titles(&page.body);
    assert_eq!(titles.len(), 20, "one page");
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| app::organisations::search::normalise(t));
    assert_eq!(titles, sorted, "listed by name");
    t.finish().await;
}

#[tokio::test]
async fn search_matches_names_and_descriptions_in_any_language() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    // English description word.
    let page = get(&r, "/organisations?q=seed+bank").await;
    assert_eq!(card_titles(&page.body), vec!["Union of Agricultural Work Committees (UAWC)"]);
    // Arabic with a prefixed conjunction, and with harakat: Baladna itself, and CCIVS and IPYL
    // whose Arabic texts mention «جمعية بلدنا».
    for q in ["وبلدنا", "بَلَدنا"] {
        let page = get(&r, &format!("/organisations?q={}", encode(q))).await;
        assert_eq!(
            card_titles(&page.body),
            vec!["Baladna – Association for Arab Youth", "Coordinating Committee for International Voluntary Service (CCIVS)",
                 "International Palestinian Youth League (IPYL)"],
            "query {q}"
        );
    }
    // French text, typed without accents.
    let page = get(&r, "/fr/organisations?q=comite+coordination").await;
    assert_eq!(card_titles(&page.body).len(), 1);
    // Arabic text found from the Arabic interface.
    let page = get(&r, &format!("/ar/organisations?q={}", encode("الزراعي"))).await;
    assert_eq!(card_titles(&page.body), vec!["اتحاد لجان العمل الزراعي", "لا فيا كامبسينا"]);
    t.finish().await;
}

#[tokio::test]
async fn search_follows_edits_and_finds_short_terms() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    // Two letters: shorter than the trigram index's grams, still found (by a scan).
    let page = get(&r, "/organisations?q=uk").await;
    assert!(card_titles(&page.body).contains(&"Volunteer Action for Peace UK".to_string()), "{:?}", card_titles(&page.body));
    // A changed text is found by its new words and no longer by its old ones.
    let mut tx = t.db.begin_write().await.unwrap();
    sqlx::query("UPDATE organisation_texts SET description = 'Olive harvest brigades' WHERE language = 'en' \
                 AND organisation_id = (SELECT id FROM organisations WHERE slug = 'uawc')")
        .execute(&mut **tx)
        .await
        .unwrap();
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM organisations WHERE slug = 'uawc'").fetch_one(&mut **tx).await.unwrap();
    app::organisations::queries::refresh_listings(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(card_titles(&get(&r, "/organisations?q=brigades").await.body), vec!["Union of Agricultural Work Committees (UAWC)"]);
    assert!(card_titles(&get(&r, "/organisations?q=seed+bank").await.body).is_empty());
    t.finish().await;
}

#[tokio::test]
async fn filters_by_country_kind_theme_and_network_combine() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/organisations?country=PS").await;
    assert!(page.text().contains("3 organisations in 1 country"), "{}", page.body);
    // Chapters count as a network's members; none has a country, so none is counted.
    let page = get(&r, "/organisations?network=ucp-solidarity-network").await;
    assert!(page.text().contains("<p class=\"summary\">3 organisations</p>"), "{}", page.body);
    assert_eq!(
        card_titles(&page.body),
        vec!["Example chapter: a faith group", "Example chapter: a school", "Example chapter: a university"]
    );
    let page = get(&r, "/organisations?network=ccivs&country=PS").await;
    assert_eq!(card_titles(&page.body), vec!["International Palestinian Youth League (IPYL)"]);
    let page = get(&r, "/organisations?kind=chapter&theme=education").await;
    assert_eq!(card_titles(&page.body), vec!["Example chapter: a school", "Example chapter: a university"]);
    let page = get(&r, "/organisations?kind=community&theme=protection").await;
    assert_eq!(card_titles(&page.body), vec!["Ras al-Auja community"]);
    // The country filter offers only real countries, not the empty one of organisations
    // whose place the seeds do not give.
    let options = app::organisations::queries::country_options(&t.db, app::i18n::Locale::en).await.unwrap();
    let codes: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(codes, ["PS", "ZA", "GB"], "sorted by name: Palestine, South Africa, United Kingdom");
    t.finish().await;
}

#[tokio::test]
async fn empty_results_say_so_and_offer_to_clear_the_filters() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/organisations?q=nothing-matches-this").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("No organisations match these filters."));
    assert!(page.text().contains("Clear filters"));
    t.finish().await;
}

#[tokio::test]
async fn bad_parameters_get_a_clear_message_never_a_server_error() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cases = [
        ("/organisations?page=abc", "“abc” is not a page number"),
        ("/organisations?page=-3", "is not a page number"),
        ("/organisations?page=99999999999999", "is not a page number"),
        ("/organisations?page=500", "This page is past the end of the results."),
        ("/organisations?country=XX", "There is no country with the code “XX”"),
        ("/organisations?country=%3Cscript%3E", "There is no country with the code “&lt;script&gt;”"),
        ("/organisations?kind=army", "“army” is not a kind of organisation"),
        ("/organisations?theme=war", "“war” is not a theme"),
        ("/organisations?network=no-such-network", "There is no network called “no-such-network”"),
    ];
    for (uri, message) in cases {
        let page = get(&r, uri).await;
        assert_eq!(page.status, 200, "{uri}");
        assert!(page.text().contains(message), "{uri}: expected {message}");
    }
    let long = "a".repeat(5000);
    let page = get(&r, &format!("/organisations?q={long}")).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("The search was too long and was shortened."));
    // Malformed percent-encoding and repeated parameters are survived.
    for uri in ["/organisations?q=%ZZ%", "/organisations?page=1&page=2&q=%E0%A4%A", "/organisations?&&=&q"] {
        let page = get(&r, uri).await;
        assert!(page.status.is_success() || page.status.is_client_error(), "{uri}: {}", page.status);
    }
    t.finish().await;
}

#[tokio::test]
async fn profile_shows_details_networks_and_members() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/organisations/ipyl").await;
    assert_eq!(page.status, 200);
    for expected in ["International Palestinian Youth League (IPYL)", "Hebron, Palestine", "Youth", "Member of",
                     "Coordinating Committee for International Voluntary Service (CCIVS)"] {
        assert!(page.text().contains(expected), "missing {expected}");
    }
    assert!(!page.body.contains("badge-verified"), "no one has verified a demo profile with its organisation");
    let page = get(&r, "/organisations/ccivs").await;
    assert!(page.text().contains("Members") && page.text().contains("Baladna – Association for Arab Youth"));
    assert!(page.text().contains("/organisations?network=ccivs"), "links to all members");
    // A place the seeds do not give is not shown, not even as an empty row.
    let page = get(&r, "/organisations/icsgp").await;
    assert!(page.text().contains("International Coalition to Stop Genocide in Palestine (ICSGP)"));
    assert!(!page.text().contains("Location") && !page.text().contains("United States"), "{}", page.body);
    let page = get(&r, "/organisations/ucp-solidarity-network").await;
    assert!(page.text().contains("Hosted by") && page.text().contains("UCP in Palestine"));
    assert!(page.text().contains("Partners") && page.text().contains("Ras al-Auja community"));
    assert!(page.text().contains("Chapters") && page.text().contains("Example chapter: a school"));
    t.finish().await;
}

#[tokio::test]
async fn unknown_profiles_are_a_localised_404() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let page = get(&r, "/organisations/no-such-organisation").await;
    assert_eq!(page.status, 404);
    assert!(page.text().contains("Page not found"));
    let page = get(&r, "/ar/organisations/NOT%20a%20slug").await;
    assert_eq!(page.status, 404);
    assert!(page.text().contains("الصفحة غير موجودة"));
    assert!(page.text().contains(r#"lang="ar" dir="rtl""#));
    let page = get(&r, "/es/no/such/page").await;
    assert_eq!(page.status, 404);
    assert!(page.text().contains("Página no encontrada"));
    t.finish().await;
}

#[tokio::test]
async fn home_page_shows_counts_featured_organisations_and_networks() {
    let t = TestDb::with_demo().await;
    let page = get(&t.router(), "/").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("25 organisations in 3 countries"));
    assert!(page.text().contains("Featured organisations"));
    assert!(page.text().contains("Networks and coalitions"));
    t.finish().await;
}

#[tokio::test]
async fn an_empty_directory_still_renders() {
    let t = TestDb::new().await;
    let r = t.router();
    let page = get(&r, "/").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains(r#"<p class="summary big-number">0 organisations</p>"#), "{}", page.body);
    let page = get(&r, "/organisations").await;
    assert!(page.text().contains("No organisations match these filters."));
    t.finish().await;
}
