//! What an action's organisers do with its signatures, on SQLite and PostgreSQL: the CSV
//! export (every signer, with addresses; formulas defused), the import of signatures gathered
//! elsewhere (all or nothing, naming the line), and counts reported from elsewhere.
use crate::common::accounts::{call_as, get_with, mailed_link, post_file, token_of, verified_account};
use crate::common::{get, TestDb, PUBLIC_URL};
use crate::event_editor::editor_of;
use app::actions::queries::{action_detail, confirm_signature, public_signers, sign, Signer};
use app::actions::SignatoryKind;
use app::i18n::Locale;

const STARVATION: &str = "icsgp-letter-against-starvation";

async fn organiser(t: &TestDb, r: &axum::Router) -> String {
    let cookie = verified_account(t, r, "organiser@example.org").await;
    editor_of(t, "organiser@example.org", "icsgp").await;
    cookie
}

async fn signature_rows(t: &TestDb) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&t.db.pool).await.unwrap();
    n
}

#[tokio::test]
async fn organisers_export_every_signer_with_formulas_defused() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let now = app::now();
    let signer = Signer {
        kind: SignatoryKind::Organisation,
        name: "=HYPERLINK(\"http://evil.example\")".into(),
        country: "BE".into(),
        contact: "Contact, Person".into(),
        email: "hidden@example.org".into(),
        comment: String::new(),
        show_name: false,
        user_id: None,
        locale: Locale::en,
    };
    sign(&t.db, STARVATION, &signer, PUBLIC_URL, now).await.unwrap();
    confirm_signature(&t.db, token_of(&mailed_link(&t, "hidden@example.org").await), now).await.unwrap();
    let cookie = organiser(&t, &r).await;
    let csv = get_with(&r, &format!("/actions/{STARVATION}/signers.csv"), Some(&cookie)).await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("cache-control"), "no-store");
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut lines = csv.body.lines();
    assert_eq!(lines.next(), Some("name,kind,country,contact,show_name,email,comment,source,status,signed_at"));
    let row = lines.next().expect("the signer");
    assert!(row.starts_with("\"'=HYPERLINK(\"\"http://evil.example\"\")\",organisation,BE,\"Contact, Person\",no,hidden@example.org,"), "{row}");
    // Nobody else: the file is refused to a visitor.
    assert_eq!(get(&r, &format!("/actions/{STARVATION}/signers.csv")).await.status, 401);
    t.finish().await;
}

#[tokio::test]
async fn an_import_is_all_or_nothing_and_names_the_bad_line() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = organiser(&t, &r).await;
    let uri = format!("/actions/{STARVATION}/signers/import");
    let refused = [
        ("name,kind,country,contact,show_name\nExample A,organisation,BE,,yes\nExample B,organisation,XX,,yes\n", "import=country&line=3"),
        ("name,kind,country\nExample A,organisation,BE\nSomeone,individual,FR\n", "import=not-admitted&line=3"),
        ("name,kind,country\nExample A,organisation,BE\nEXAMPLE  a.,organisation,BE\n", "import=duplicate&line=3"),
        ("name,country\nExample A,BE\n", "import=header"),
        ("name,kind\n", "import=empty"),
    ];
    for (csv, expected) in refused {
        let answer = post_file(&r, &uri, csv, Some(&cookie)).await;
        assert_eq!(answer.status, 303, "{csv}");
        assert!(answer.header("location").contains(expected), "{csv}: {}", answer.header("location"));
        assert_eq!(signature_rows(&t).await, 0, "nothing written for {csv}");
    }
    // The reason, in the reader's language, on the organisers' page.
    let page = get_with(&r, &format!("/actions/{STARVATION}/signatures?import=country&line=3"), Some(&cookie)).await.text();
    assert!(page.contains("Nothing was imported. Line 3: the country is not a two-letter country code."), "the reason is told");

    let good = "name,kind,country,contact,show_name\n\"Example Association, Brussels\",organisation,BE,Someone,yes\nInternational Palestinian Youth League (IPYL),organisation,PS,,no\n";
    let answer = post_file(&r, &uri, good, Some(&cookie)).await;
    assert_eq!(answer.header("location"), format!("/actions/{STARVATION}/signatures?imported=2#import-heading"));
    let detail = action_detail(&t.db, STARVATION, Locale::en, app::now()).await.unwrap().unwrap();
    assert_eq!((detail.figures.here, detail.figures.organisations, detail.figures.countries), (2, 2, 2));
    let list = public_signers(&t.db, STARVATION, Locale::en, None, None, 1).await.unwrap().unwrap();
    assert_eq!(list.signers.len(), 1, "only the one shown");
    assert!(list.signers[0].imported && list.signers[0].name == "Example Association, Brussels");
    // The same organisation again, from the directory, is a duplicate of what was imported.
    let again = post_file(&r, &uri, "name,kind,country\nالملتقى الفلسطيني الدولي للشباب,organisation,PS\n", Some(&cookie)).await;
    assert!(again.header("location").contains("import=duplicate&line=2"), "{}", again.header("location"));
    assert_eq!(signature_rows(&t).await, 2);
    t.finish().await;
}

#[tokio::test]
async fn a_reported_count_is_checked_added_to_the_figures_and_shown_with_its_source() {
    let t = TestDb::with_demo().await;
    let r = t.router();
    let cookie = organiser(&t, &r).await;
    let form = |signatures: &str, wording: &str, url: &str| {
        format!("locale=en&slug={STARVATION}&count[signatures]={signatures}&count[organisations]={signatures}&count[countries]=12&count[wording]={wording}&count[language]=en&count[source]=Example+partner&count[source_url]={url}")
    };
    for (body, problem) in [
        (form("-3", "Signed+by+many", ""), "InvalidNumber"),
        (form("many", "Signed+by+many", ""), "InvalidNumber"),
        (form("9223372036854775807", "Signed+by+many", ""), "InvalidNumber"),
        (form("300", "", ""), "InvalidWording"),
        (form("300", "Signed+by+many", "javascript:alert(1)"), "InvalidUrl"),
    ] {
        let answer = call_as(&r, "/api/reported-count", &body, Some(&cookie)).await;
        assert_eq!(answer.status, 400, "{body}");
        assert!(answer.body.contains(problem), "{body}: {}", answer.body);
    }
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM action_reported_counts").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(n, 1, "only the demo's");
    let answer = call_as(&r, "/api/reported-count", &form("1,300", "Signed+by+1%2C300+organisations", "https%3A%2F%2Fexample.org%2Freport"), Some(&cookie)).await;
    assert!(answer.status.is_success(), "{}", answer.body);
    let detail = action_detail(&t.db, STARVATION, Locale::en, app::now()).await.unwrap().unwrap();
    assert_eq!((detail.figures.signatures, detail.figures.organisations, detail.figures.countries), (1300, 1300, 12));
    let page = get(&r, &format!("/actions/{STARVATION}")).await.text();
    assert!(page.contains("Signed by 1,300 organisations") && page.contains("Example partner"), "shown as reported, with its source");
    t.finish().await;
}
