//! The demo directory: the networks, members and communities named in the pages the
//! networks wrote (shared/seeds), with their real countries and cities, in English and
//! Arabic (and French or Spanish where the network works in them).
use app::db::Db;
use app::organisations::queries::{add_relation, insert_organisation, NewOrganisation, WriteError};
use app::organisations::{OrganisationKind as K, Relation, Theme as T};

struct Entry {
    slug: &'static str,
    kind: K,
    country: &'static str,
    city: &'static str,
    website: &'static str,
    contact: &'static str,
    languages: &'static [&'static str],
    original: &'static str,
    verified: bool,
    featured: bool,
    themes: &'static [T],
    /// (language, name, description)
    texts: &'static [(&'static str, &'static str, &'static str)],
}

const ENTRIES: &[Entry] = &[
    Entry {
        slug: "ccivs", kind: K::Network, country: "FR", city: "Paris",
        website: "https://ccivs.org", contact: "", languages: &["en", "fr", "es", "ar"],
        original: "en", verified: true, featured: true,
        themes: &[T::Volunteering, T::Peace, T::HumanRights, T::Youth],
        texts: &[
            ("en", "Coordinating Committee for International Voluntary Service (CCIVS)",
             "An international non-governmental organisation that brings together voluntary-service organisations and networks across the world, working for peace, human rights and sustainable development.\n\nIts Palestine Solidarity Working Group, created by decision of the General Assembly in 2024, shares updates and proposes initiatives the members can join: a ceasefire statement, an action sheet, a donation button, online conferences and a study visit."),
            ("fr", "Comité de coordination du service volontaire international (CCSVI)",
             "Organisation internationale non gouvernementale qui rassemble des organisations et des réseaux de service volontaire du monde entier, pour la paix, les droits humains et le développement durable.\n\nSon groupe de travail Solidarité Palestine, créé par l’Assemblée générale en 2024, partage des nouvelles et propose des initiatives auxquelles les membres peuvent se joindre."),
            ("es", "Comité de Coordinación del Servicio Voluntario Internacional (CCIVS)",
             "Organización internacional no gubernamental que reúne a organizaciones y redes de servicio voluntario de todo el mundo, por la paz, los derechos humanos y el desarrollo sostenible."),
            ("ar", "لجنة تنسيق الخدمة التطوعية الدولية",
             "منظمة دولية غير حكومية تجمع منظمات وشبكات الخدمة التطوعية من جميع أنحاء العالم، وتعمل من أجل السلام وحقوق الإنسان والتنمية المستدامة.\n\nيتبادل فريق العمل للتضامن مع فلسطين، الذي أُنشئ بقرار من الجمعية العامة عام 2024، المستجدات ويقترح مبادرات يمكن للأعضاء الانضمام إليها: بيان لوقف إطلاق النار، وورقة عمل، وزر للتبرع، ومؤتمرات عبر الإنترنت، وزيارة دراسية."),
        ],
    },
    Entry {
        slug: "sci", kind: K::Network, country: "BE", city: "Antwerp",
        website: "https://sci.ngo", contact: "", languages: &["en", "fr", "es"],
        original: "en", verified: true, featured: true,
        themes: &[T::Volunteering, T::Peace],
        texts: &[
            ("en", "Service Civil International (SCI)",
             "A volunteer movement with branches and partners in many countries, organising international volunteer projects for peace since 1920. SCI co-hosted the Palestine Online Conference with CCIVS in July 2024."),
            ("fr", "Service Civil International (SCI)",
             "Mouvement de volontariat présent dans de nombreux pays, qui organise des projets de volontariat international pour la paix depuis 1920."),
            ("ar", "الخدمة المدنية الدولية",
             "حركة تطوعية لها فروع وشركاء في بلدان كثيرة، تنظّم مشاريع تطوعية دولية من أجل السلام منذ عام 1920. شاركت في استضافة المؤتمر الإلكتروني حول فلسطين مع لجنة تنسيق الخدمة التطوعية الدولية في تموز/يوليو 2024."),
        ],
    },
    Entry {
        slug: "baladna", kind: K::Organisation, country: "IL", city: "Haifa",
        website: "", contact: "", languages: &["ar", "en"],
        original: "ar", verified: true, featured: true,
        themes: &[T::Youth, T::HumanRights, T::Education],
        texts: &[
            ("ar", "بلدنا – جمعية الشباب العربي",
             "جمعية شبابية فلسطينية في حيفا، داخل الخط الأخضر، وعضو في لجنة تنسيق الخدمة التطوعية الدولية. استضافت مع الملتقى الفلسطيني الدولي للشباب زيارة «رفع السلام» الدراسية إلى فلسطين في أيلول/سبتمبر 2022."),
            ("en", "Baladna – Association for Arab Youth",
             "A Palestinian youth association in Haifa, inside the Green Line, and a member of CCIVS. With IPYL it hosted the Raising Peace study visit to Palestine in September 2022."),
        ],
    },
    Entry {
        slug: "ipyl", kind: K::Organisation, country: "PS", city: "Hebron",
        website: "", contact: "", languages: &["ar", "en"],
        original: "en", verified: true, featured: true,
        themes: &[T::Youth, T::Volunteering, T::Peace],
        texts: &[
            ("en", "International Palestinian Youth League (IPYL)",
             "A youth organisation based in Hebron, in the West Bank, and a member of CCIVS. It hosted the 2022 study visit with Baladna, and its director spoke at the online conference “Palestinian Youth: Challenges and Opportunities” in December 2021."),
            ("ar", "الملتقى الفلسطيني الدولي للشباب",
             "منظمة شبابية مقرها الخليل في الضفة الغربية، وعضو في لجنة تنسيق الخدمة التطوعية الدولية. استضافت الزيارة الدراسية عام 2022 مع جمعية بلدنا."),
        ],
    },
    Entry {
        slug: "vap-uk", kind: K::Organisation, country: "GB", city: "London",
        website: "", contact: "", languages: &["en"],
        original: "en", verified: false, featured: false,
        themes: &[T::Volunteering, T::Peace],
        texts: &[
            ("en", "Volunteer Action for Peace UK",
             "A UK charity that sends and hosts international volunteers. Its deputy chair spoke at the 2024 Palestine Online Conference on international volunteering as a way of building solidarity."),
            ("ar", "العمل التطوعي من أجل السلام – المملكة المتحدة",
             "جمعية خيرية بريطانية ترسل المتطوعين الدوليين وتستقبلهم، وتتحدث عن التطوع الدولي سبيلًا لبناء التضامن."),
        ],
    },
    Entry {
        slug: "ucp-in-palestine", kind: K::Organisation, country: "PS", city: "",
        website: "", contact: "solidarity@ucpip.org", languages: &["en", "ar"],
        original: "en", verified: true, featured: true,
        themes: &[T::Protection, T::Peace, T::HumanRights],
        texts: &[
            ("en", "UCP in Palestine",
             "Unarmed civilian protection in the occupied Palestinian territories. At the request of the Palestinian community it set up an international solidarity network of individuals and chapters, and runs a pilot that brought six experienced unarmed civilian protectors to Ras al-Auja for six months."),
            ("ar", "الحماية المدنية غير المسلحة في فلسطين",
             "حماية مدنية غير مسلحة في الأراضي الفلسطينية المحتلة. بطلب من المجتمع الفلسطيني أنشأت شبكة تضامن دولية من الأفراد والفروع، وتدير مشروعًا تجريبيًا جلب ستة من الحماة المدنيين غير المسلحين ذوي الخبرة إلى رأس العوجا لمدة ستة أشهر."),
        ],
    },
    Entry {
        slug: "ucp-solidarity-network", kind: K::Network, country: "PS", city: "",
        website: "", contact: "solidarity@ucpip.org", languages: &["en", "ar"],
        original: "en", verified: true, featured: false,
        themes: &[T::Protection, T::HumanRights],
        texts: &[
            ("en", "UCP in Palestine Solidarity Network",
             "An international network of individuals and chapters (schools, universities, faith groups) committed to the safety of Palestinian communities and to their continued existence.\n\nChapters take part in monthly calls with Ras al-Auja, share the community's stories with local leaders and media, and respond to action alerts. To join individually or start a chapter, write to solidarity@ucpip.org."),
            ("ar", "شبكة التضامن التابعة للحماية المدنية غير المسلحة في فلسطين",
             "شبكة دولية من الأفراد والفروع (مدارس وجامعات ومجموعات دينية) ملتزمة بسلامة المجتمعات الفلسطينية واستمرار وجودها.\n\nتشارك الفروع في لقاءات شهرية مع رأس العوجا، وتنقل قصص المجتمع إلى القادة المحليين ووسائل الإعلام، وتستجيب لنداءات التحرك."),
        ],
    },
    Entry {
        slug: "ras-al-auja", kind: K::Community, country: "PS", city: "Ras al-Auja, Jordan Valley",
        website: "", contact: "", languages: &["ar"],
        original: "ar", verified: true, featured: true,
        themes: &[T::HumanRights, T::Protection],
        texts: &[
            ("ar", "تجمّع رأس العوجا",
             "تجمّع بدوي في جنوب الأغوار. منذ آب/أغسطس 2025 يرتبط بشبكة التضامن الدولية، ويلتقي أعضاؤها شهريًا ليرووا قصصهم بكلماتهم."),
            ("en", "Ras al-Auja community",
             "A Bedouin community in the South Jordan Valley. Since August 2025 it has been linked with the international solidarity network, whose members meet it every month to hear its stories on its own terms."),
        ],
    },
    Entry {
        slug: "carter-center", kind: K::Organisation, country: "US", city: "Atlanta",
        website: "https://www.cartercenter.org", contact: "", languages: &["en", "ar", "fr", "es"],
        original: "en", verified: true, featured: false,
        themes: &[T::HumanRights, T::Peace],
        texts: &[
            ("en", "The Carter Center",
             "With The Elders it convened, in March 2021, a virtual workshop with sixteen new-generation Palestinian civil society and thought leaders from across geographies: 1948 Palestinians, the diaspora, Gaza and the West Bank. Its field office serves as a conduit between workshops."),
            ("ar", "مركز كارتر",
             "عقد مع مجموعة الحكماء، في آذار/مارس 2021، ورشة عمل افتراضية مع ستة عشر من قادة المجتمع المدني والفكر الفلسطينيين من الجيل الجديد من مختلف الجغرافيات: فلسطينيو 1948 والشتات وغزة والضفة الغربية."),
        ],
    },
    Entry {
        slug: "the-elders", kind: K::Organisation, country: "GB", city: "London",
        website: "https://theelders.org", contact: "", languages: &["en"],
        original: "en", verified: true, featured: false,
        themes: &[T::Peace, T::HumanRights],
        texts: &[
            ("en", "The Elders",
             "Independent global leaders working for peace, justice and human rights. Represented by Lakhdar Brahimi at the 2021 joint convening with Palestinian civil society."),
            ("ar", "مجموعة الحكماء",
             "قادة عالميون مستقلون يعملون من أجل السلام والعدالة وحقوق الإنسان. مثّلها الأخضر الإبراهيمي في اللقاء المشترك مع المجتمع المدني الفلسطيني عام 2021."),
        ],
    },
    Entry {
        slug: "icsgp", kind: K::Coalition, country: "US", city: "",
        website: "", contact: "", languages: &["en", "es", "fr", "ar"],
        original: "en", verified: true, featured: true,
        themes: &[T::Legal, T::HumanRights, T::HumanitarianAid],
        texts: &[
            ("en", "International Coalition to Stop Genocide in Palestine (ICSGP)",
             "Convened in late December 2023 to push for Israel to be held accountable under the Genocide Convention. Its first letter was signed by 2,000 organisations from over 120 countries.\n\nMembers build support for the case at the International Court of Justice, hold global calls interpreted into five languages, and organise global days of fasting to raise funds for Palestinian-led groups providing direct aid in Gaza."),
            ("es", "Coalición Internacional para Detener el Genocidio en Palestina",
             "Convocada a finales de diciembre de 2023 para exigir que Israel rinda cuentas en virtud de la Convención sobre el Genocidio. Su primera carta la firmaron 2000 organizaciones de más de 120 países."),
            ("ar", "التحالف الدولي لوقف الإبادة الجماعية في فلسطين",
             "تأسس أواخر كانون الأول/ديسمبر 2023 للمطالبة بمحاسبة إسرائيل بموجب اتفاقية منع الإبادة الجماعية. وقّعت على رسالته الأولى 2000 منظمة من أكثر من 120 دولة.\n\nيعمل أعضاؤه على حشد الدعم للقضية أمام محكمة العدل الدولية، ويعقدون لقاءات عالمية مترجمة إلى خمس لغات، وينظمون أيام صيام عالمية لجمع التبرعات لمجموعات فلسطينية تقدم المساعدة المباشرة في غزة."),
        ],
    },
    Entry {
        slug: "black-alliance-for-peace", kind: K::Organisation, country: "US", city: "",
        website: "", contact: "", languages: &["en"],
        original: "en", verified: false, featured: false,
        themes: &[T::Peace, T::HumanRights],
        texts: &[
            ("en", "Black Alliance for Peace",
             "A coalition-minded anti-war organisation; its representative moderated the ICSGP's first Global Call to Action in March 2024."),
            ("ar", "التحالف الأسود من أجل السلام",
             "منظمة مناهضة للحرب؛ أدار ممثلها أول لقاء عالمي للتحرك نظمه التحالف الدولي لوقف الإبادة الجماعية في آذار/مارس 2024."),
        ],
    },
    Entry {
        slug: "codepink", kind: K::Organisation, country: "US", city: "",
        website: "https://www.codepink.org", contact: "", languages: &["en", "es"],
        original: "en", verified: false, featured: false,
        themes: &[T::Peace, T::Media, T::Legal],
        texts: &[
            ("en", "CODEPINK",
             "A women-led peace organisation. It produces CODEPINK Congress and CODEPINK Radio, and runs a campaign in support of South Africa's case at the World Court."),
        ],
    },
    Entry {
        slug: "psa-youth-league", kind: K::Organisation, country: "ZA", city: "",
        website: "", contact: "", languages: &["en"],
        original: "en", verified: false, featured: false,
        themes: &[T::Youth, T::Legal],
        texts: &[
            ("en", "Palestine Solidarity Alliance Youth League",
             "The youth league of the Palestine Solidarity Alliance in South Africa."),
            ("ar", "رابطة شباب تحالف التضامن مع فلسطين",
             "رابطة الشباب التابعة لتحالف التضامن مع فلسطين في جنوب أفريقيا."),
        ],
    },
    Entry {
        slug: "uawc", kind: K::Organisation, country: "PS", city: "Ramallah",
        website: "", contact: "", languages: &["ar", "en"],
        original: "ar", verified: true, featured: true,
        themes: &[T::Agriculture, T::Environment, T::HumanRights],
        texts: &[
            ("ar", "اتحاد لجان العمل الزراعي",
             "يدافع عن حقوق المزارعين الفلسطينيين، وأسس بنك البذور البلدية في فلسطين، ونفذ مبادرات تنموية في المناطق المصنفة «ج» لتعزيز صمود الفلسطينيين."),
            ("en", "Union of Agricultural Work Committees (UAWC)",
             "Defends the rights of Palestinian farmers, founded the Indigenous Seed Bank in Palestine, and has run development initiatives in Area C to strengthen Palestinian resilience."),
        ],
    },
    Entry {
        slug: "digital-action", kind: K::Organisation, country: "GB", city: "",
        website: "", contact: "", languages: &["en"],
        original: "en", verified: false, featured: false,
        themes: &[T::DigitalRights, T::Media],
        texts: &[
            ("en", "Digital Action",
             "Campaigns against the harms of big tech. At the 2024 Palestine Online Conference its campaigns manager described how account suspensions and shadowbanning disproportionately target Arabic content."),
            ("ar", "العمل الرقمي",
             "تخوض حملات ضد أضرار شركات التكنولوجيا الكبرى، وتكشف كيف يستهدف تعليق الحسابات والحظر الخفي المحتوى العربي بشكل غير متناسب."),
        ],
    },
    Entry {
        slug: "pcmrd", kind: K::Organisation, country: "PS", city: "",
        website: "", contact: "", languages: &["ar", "en"],
        original: "en", verified: false, featured: false,
        themes: &[T::Media, T::Education],
        texts: &[
            ("en", "Palestinian Centre for Media, Research and Development",
             "A Palestinian media and research centre; its executive director traced the history of the oppression of Palestinians since 1917 at the 2024 Palestine Online Conference."),
            ("ar", "المركز الفلسطيني للإعلام والأبحاث والتنمية",
             "مركز فلسطيني للإعلام والأبحاث."),
        ],
    },
    Entry {
        slug: "youth-of-sumud", kind: K::Community, country: "PS", city: "Masafer Yatta",
        website: "", contact: "", languages: &["ar", "en"],
        original: "ar", verified: false, featured: false,
        themes: &[T::Youth, T::HumanRights, T::Protection],
        texts: &[
            ("ar", "شباب الصمود",
             "مجموعة شبابية تعمل على الصمود والمقاومة الشعبية اللاعنفية، تحدث أحد أعضائها في المؤتمر الإلكتروني حول فلسطين عام 2024."),
            ("en", "Youth of Sumud",
             "A youth group working on resilience and grassroots nonviolent resistance; one of its members, a human rights defender, spoke at the 2024 Palestine Online Conference."),
        ],
    },
    Entry {
        slug: "ctpsr", kind: K::Organisation, country: "GB", city: "Coventry",
        website: "", contact: "", languages: &["en"],
        original: "en", verified: false, featured: false,
        themes: &[T::Peace, T::Education],
        texts: &[
            ("en", "Centre for Trust, Peace and Social Relations (CTPSR)",
             "A research centre at Coventry University. Two of its experts supported CCIVS's 2021 online training course on Volunteering In Conflict Areas (VICA)."),
        ],
    },
];

const RELATIONS: &[(&str, Relation, &str)] = &[
    ("sci", Relation::MemberOf, "ccivs"),
    ("baladna", Relation::MemberOf, "ccivs"),
    ("ipyl", Relation::MemberOf, "ccivs"),
    ("vap-uk", Relation::MemberOf, "sci"),
    ("ucp-solidarity-network", Relation::HostedBy, "ucp-in-palestine"),
    ("ras-al-auja", Relation::PartnerOf, "ucp-solidarity-network"),
    ("carter-center", Relation::PartnerOf, "the-elders"),
    ("black-alliance-for-peace", Relation::MemberOf, "icsgp"),
    ("codepink", Relation::MemberOf, "icsgp"),
    ("psa-youth-league", Relation::MemberOf, "icsgp"),
    ("uawc", Relation::MemberOf, "icsgp"),
    ("ipyl", Relation::PartnerOf, "baladna"),
    ("ctpsr", Relation::PartnerOf, "ccivs"),
];

fn to_new(e: &Entry) -> NewOrganisation {
    NewOrganisation {
        slug: e.slug.into(),
        kind: e.kind,
        country: e.country.into(),
        city: e.city.into(),
        website: e.website.into(),
        contact_email: e.contact.into(),
        languages: e.languages.iter().map(|l| l.to_string()).collect(),
        original_language: e.original.into(),
        verified: e.verified,
        featured: e.featured,
        themes: e.themes.to_vec(),
        texts: e.texts.iter().map(|(l, n, d)| (l.to_string(), n.to_string(), d.to_string())).collect(),
    }
}

/// Loads the demo directory in one transaction. Does nothing if it is already there, so it
/// can run on every start.
pub async fn load(db: &Db) -> Result<(), DemoError> {
    if app::organisations::queries::slug_exists(db, ENTRIES[0].slug).await.map_err(WriteError::from)? {
        tracing::info!("demo data already loaded");
        return Ok(());
    }
    let mut tx = db.begin_write().await.map_err(WriteError::from)?;
    let now = crate::now();
    for entry in ENTRIES {
        insert_organisation(&mut tx, &to_new(entry), now).await?;
    }
    for (from, relation, to) in RELATIONS {
        add_relation(&mut tx, from, *relation, to).await?;
    }
    tx.commit().await.map_err(WriteError::from)?;
    tracing::info!(organisations = ENTRIES.len(), "demo data loaded");
    super::demo_events::load(db).await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Organisations(#[from] WriteError),
    #[error(transparent)]
    Events(#[from] app::events::queries::EventWriteError),
}
