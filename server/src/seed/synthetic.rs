//! Generated organisations for benchmarks: many countries, every kind and theme, names and
//! descriptions in English, Arabic or both, memberships in generated networks. The same seed
//! gives the same data.
use app::db::Db;
use app::organisations::countries;
use app::organisations::queries::{insert_organisation, NewOrganisation, WriteError};
use app::organisations::{OrganisationKind, Relation, Theme};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const BATCH: u32 = 500;

const EN_WORDS: &[&str] = &[
    "Youth", "Peace", "Solidarity", "Volunteers", "Farmers", "Women", "Students", "Friends",
    "Workers", "Justice", "Rights", "Community", "Action", "Dialogue", "Education", "Media",
];
const EN_FORMS: &[&str] = &["Association", "Collective", "Centre", "Forum", "Initiative", "Union", "Committee"];
const AR_WORDS: &[&str] = &[
    "الشباب", "السلام", "التضامن", "المتطوعين", "المزارعين", "المرأة", "الطلبة", "الأصدقاء",
    "العمال", "العدالة", "الحقوق", "المجتمع", "العمل", "الحوار", "التعليم", "الإعلام",
];
const AR_FORMS: &[&str] = &["جمعية", "تجمع", "مركز", "منتدى", "مبادرة", "اتحاد", "لجنة"];
const CITIES: &[&str] = &[
    "Hebron", "Nablus", "Ramallah", "Jenin", "Haifa", "Paris", "Lyon", "Madrid", "Bogotá",
    "Nairobi", "Dakar", "Tunis", "Amman", "Beirut", "Cape Town", "Glasgow", "Oslo", "Delhi",
    "Jakarta", "Manila", "São Paulo", "Montréal", "Chicago", "Berlin", "Rome", "Athens", "",
];

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

fn kind(rng: &mut StdRng) -> OrganisationKind {
    match rng.gen_range(0..100) {
        0..=79 => OrganisationKind::Organisation,
        80..=84 => OrganisationKind::Network,
        85..=87 => OrganisationKind::Coalition,
        88..=94 => OrganisationKind::Chapter,
        _ => OrganisationKind::Community,
    }
}

fn organisation(rng: &mut StdRng, n: u32, country_pool: &[&str]) -> NewOrganisation {
    let kind = kind(rng);
    let country = pick(rng, country_pool).to_string();
    let city = pick(rng, CITIES).to_string();
    let w = rng.gen_range(0..EN_WORDS.len());
    let w2 = rng.gen_range(0..EN_WORDS.len());
    let f = rng.gen_range(0..EN_FORMS.len());
    let en_name = format!("{} {} {} {n}", EN_WORDS[w], EN_WORDS[w2], EN_FORMS[f]);
    let ar_name = format!("{} {} {} {n}", AR_FORMS[f], AR_WORDS[w], AR_WORDS[w2]);
    let en_desc = format!(
        "A {} working with {} and {} in {}. Founded by local volunteers, it organises meetings, \
         exchanges and campaigns, and takes part in the network's days of action.",
        EN_FORMS[f].to_lowercase(), EN_WORDS[w].to_lowercase(), EN_WORDS[w2].to_lowercase(),
        if city.is_empty() { "its region" } else { city.as_str() }
    );
    let ar_desc = format!(
        "{} تعمل مع {} و{}. أسسها متطوعون محليون، وتنظم لقاءات وتبادلات وحملات، وتشارك في أيام التحرك.",
        AR_FORMS[f], AR_WORDS[w], AR_WORDS[w2]
    );
    let mut texts = Vec::new();
    let original = match rng.gen_range(0..100) {
        0..=59 => {
            texts.push(("en".to_string(), en_name, en_desc));
            texts.push(("ar".to_string(), ar_name, ar_desc));
            "en"
        }
        60..=79 => {
            texts.push(("en".to_string(), en_name, en_desc));
            "en"
        }
        _ => {
            texts.push(("ar".to_string(), ar_name, ar_desc));
            "ar"
        }
    };
    let theme_count = rng.gen_range(1..=3);
    let mut themes: Vec<Theme> = Theme::ALL.choose_multiple(rng, theme_count).copied().collect();
    themes.sort_by_key(|t| t.code());
    NewOrganisation {
        slug: format!("synthetic-{n}"),
        kind,
        country,
        city,
        website: String::new(),
        contact_email: String::new(),
        languages: vec![original.to_string()],
        original_language: original.to_string(),
        verified: rng.gen_bool(0.3),
        featured: false,
        themes,
        texts,
    }
}

/// Adds `count` organisations (numbered after any already generated), in batches of
/// `BATCH` per transaction, then links members to the generated networks.
pub async fn load(db: &Db, count: u32, seed: u64) -> Result<(), WriteError> {
    let mut rng = StdRng::seed_from_u64(seed);
    // A skewed spread, as in real networks: a third of entries in a dozen countries.
    let all = countries::codes();
    let mut pool: Vec<&str> = all.clone();
    for busy in ["PS", "FR", "GB", "US", "ES", "ZA", "JO", "LB", "BE", "IT", "DE", "CO"] {
        pool.extend(std::iter::repeat_n(busy, 10));
    }
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE slug LIKE 'synthetic-%'")
        .fetch_one(&db.pool)
        .await?;
    let start = u32::try_from(existing).unwrap_or(0);
    let mut networks: Vec<String> = Vec::new();
    let mut members: Vec<String> = Vec::new();
    let now = crate::now();
    let mut done = 0;
    while done < count {
        let mut tx = db.begin_write().await?;
        for _ in 0..BATCH.min(count - done) {
            let org = organisation(&mut rng, start + done, &pool);
            insert_organisation(&mut tx, &org, now).await?;
            if org.kind.gathers_members() {
                networks.push(org.slug);
            } else {
                members.push(org.slug);
            }
            done += 1;
        }
        tx.commit().await?;
    }
    if !networks.is_empty() {
        let mut tx = db.begin_write().await?;
        for member in &members {
            for _ in 0..rng.gen_range(0..=2) {
                let network = pick(&mut rng, &networks);
                // A repeated pick would break the primary key; skip it instead.
                sqlx::query(
                    "INSERT INTO organisation_relations (from_id, to_id, relation) \
                     SELECT m.id, n.id, $3 FROM organisations m, organisations n \
                     WHERE m.slug = $1 AND n.slug = $2 AND NOT EXISTS (SELECT 1 FROM organisation_relations r \
                     WHERE r.from_id = m.id AND r.to_id = n.id AND r.relation = $3)",
                )
                .bind(member)
                .bind(network)
                .bind(Relation::MemberOf.code())
                .execute(&mut **tx)
                .await?;
            }
        }
        tx.commit().await?;
    }
    tracing::info!(added = count, networks = networks.len(), "synthetic organisations loaded");
    Ok(())
}
