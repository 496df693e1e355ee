//! The demo directory: the organisations named in the five pages of `shared/seeds/` (the
//! project's shared folder beside this repository), described only by what those pages say.
//! - A country or city is given only where a page, or the organisation's own name, gives it.
//! - Names: in Arabic, an organisation from the region, or one Arabic media name (مركز كارتر),
//!   has its Arabic name; one that writes only in English keeps the name it writes (CODEPINK,
//!   Digital Action). French and Spanish names only where the organisation has them.
//! - No entry is "verified": the badge says moderators checked the profile with the
//!   organisation, which no one has done for the demo. "Featured" is the site's own choice.
//! - The three chapters say in their names and texts that they are examples.
//! - Relations: memberships the pages state; "partner of" for co-hosts of a gathering they
//!   describe (and the community the network connected with).
//!
//! Texts name organisations through placeholders, `{slug}` for the full name and
//! `{slug:short}` for the short one, filled from these entries in the text's language
//! (`super::fill_names`), so each organisation has one name per language everywhere.
use app::organisations::{OrganisationKind as K, Relation, Theme as T};

pub(super) struct Entry {
    pub slug: &'static str,
    pub kind: K,
    pub country: &'static str,
    pub city: &'static str,
    pub contact: &'static str,
    pub featured: bool,
    pub themes: &'static [T],
    /// (language, name, description); the description may hold placeholders.
    pub texts: &'static [(&'static str, &'static str, &'static str)],
    /// (language, short name), where the organisation is written shorter (an acronym).
    pub short: &'static [(&'static str, &'static str)],
}

/// Everything the seeds are written in; the demo's texts are summaries made from them.
pub(super) const ORIGINAL: &str = "en";

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        slug: "ccivs", kind: K::Network, country: "", city: "", contact: "",
        featured: true,
        themes: &[T::Volunteering, T::Peace, T::HumanRights, T::Youth],
        texts: &[
            ("en", "Coordinating Committee for International Voluntary Service (CCIVS)",
             "Its member organisations include {baladna:short} and {ipyl:short}. It began a worldwide consultation in 2010 that led to the White Paper for International Voluntary Service, and in 2014 started the Raising Peace Campaign with the EYF to put the White Paper's human rights and peace theme into practice.\n\nIts Palestine Solidarity Working Group, which started meeting in 2024 after a General Assembly decision to create it, shares updates and ideas for initiatives and actions that {ccivs:short} and its members can join. To date it has shared the Ceasefire Statement approved by the General Assembly in November 2023, created a Palestine solidarity action sheet, developed the Palestine solidarity webpage, created a donation button on the website and proposed an online and offline event in support of the Palestinian people."),
            ("fr", "Comité de coordination du service volontaire international (CCSVI)",
             "Parmi ses organisations membres figurent {baladna:short} et {ipyl:short}. Il a lancé en 2010 une consultation mondiale d’où est né le Livre blanc du service volontaire international, puis en 2014, avec l’EYF, la campagne Raising Peace.\n\nSon groupe de travail Solidarité Palestine, qui se réunit depuis 2024 après une décision de l’Assemblée générale de le créer, partage des nouvelles et des idées d’initiatives auxquelles le {ccivs:short} et ses membres peuvent se joindre. Il a notamment diffusé la déclaration pour un cessez-le-feu adoptée par l’Assemblée générale en novembre 2023, créé une fiche d’action, une page web et un bouton de don, et proposé un événement en ligne et hors ligne."),
            ("es", "Comité de Coordinación del Servicio Voluntario Internacional (CCIVS)",
             "Entre sus organizaciones miembro están {baladna:short} e {ipyl:short}. Su grupo de trabajo de Solidaridad con Palestina, que se reúne desde 2024 tras una decisión de la Asamblea General de crearlo, comparte novedades e ideas de iniciativas a las que el {ccivs:short} y sus miembros pueden sumarse."),
            ("ar", "لجنة تنسيق الخدمة التطوعية الدولية",
             "من منظماتها الأعضاء {baladna:short} و{ipyl}. بدأت عام 2010 مشاورة عالمية أثمرت الكتاب الأبيض للخدمة التطوعية الدولية، وأطلقت عام 2014 مع EYF حملة Raising Peace لتطبيق ما جاء فيه عن حقوق الإنسان والسلام.\n\nيتبادل فريق العمل للتضامن مع فلسطين، الذي بدأ اجتماعاته عام 2024 بعد قرار الجمعية العامة إنشاءه، المستجدات والأفكار حول مبادرات وأنشطة يمكن للجنة وأعضائها الانضمام إليها. وقد نشر حتى الآن بيان وقف إطلاق النار الذي أقرّته الجمعية العامة في تشرين الثاني/نوفمبر 2023، وأعدّ ورقة تحرّك وصفحة إلكترونية للتضامن مع فلسطين، وأضاف زرًّا للتبرع إلى موقع اللجنة، واقترح فعالية إلكترونية وحضورية دعمًا للشعب الفلسطيني."),
        ],
        short: &[("en", "CCIVS"), ("fr", "CCSVI"), ("es", "CCIVS")],
    },
    Entry {
        slug: "sci", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Volunteering, T::Peace],
        texts: &[
            ("en", "Service Civil International (SCI)",
             "Hosted the Palestine Online Conference with {ccivs:short} on 17 July 2024."),
            ("ar", "Service Civil International (SCI)",
             "استضافت مع {ccivs} المؤتمر الإلكتروني حول فلسطين في 17 تموز/يوليو 2024."),
        ],
        short: &[("en", "SCI"), ("fr", "SCI"), ("es", "SCI")],
    },
    Entry {
        slug: "baladna", kind: K::Organisation, country: "", city: "Haifa", contact: "",
        featured: true,
        themes: &[T::Youth, T::HumanRights],
        texts: &[
            ("en", "Baladna – Association for Arab Youth",
             "A member organisation of {ccivs:short}, based in Haifa, inside the Green Line. With {ipyl:short} it hosted the Raising Peace study visit to Palestine in September 2022; its director spoke at the online conference “Palestinian Youth: Challenges and Opportunities” in December 2021."),
            ("ar", "بلدنا – جمعية الشباب العربي",
             "منظمة عضو في {ccivs}، مقرها حيفا داخل الخط الأخضر. استضافت مع {ipyl} زيارة Raising Peace الدراسية إلى فلسطين في أيلول/سبتمبر 2022، وتحدثت مديرتها في المؤتمر الإلكتروني «الشباب الفلسطيني: التحديات والفرص» في كانون الأول/ديسمبر 2021."),
        ],
        short: &[("en", "Baladna"), ("fr", "Baladna"), ("es", "Baladna"), ("ar", "جمعية بلدنا")],
    },
    Entry {
        slug: "ipyl", kind: K::Organisation, country: "PS", city: "Hebron", contact: "",
        featured: true,
        themes: &[T::Youth, T::Volunteering, T::Peace],
        texts: &[
            ("en", "International Palestinian Youth League (IPYL)",
             "A member organisation of {ccivs:short}, based in Hebron, in the West Bank. With {baladna:short} it hosted the Raising Peace study visit to Palestine in September 2022; its director spoke at the online conference “Palestinian Youth: Challenges and Opportunities” in December 2021."),
            ("ar", "الملتقى الفلسطيني الدولي للشباب",
             "منظمة عضو في {ccivs}، مقرها الخليل في الضفة الغربية. استضافت مع {baladna:short} زيارة Raising Peace الدراسية إلى فلسطين في أيلول/سبتمبر 2022، وتحدث مديرها في المؤتمر الإلكتروني «الشباب الفلسطيني: التحديات والفرص» في كانون الأول/ديسمبر 2021."),
        ],
        short: &[("en", "IPYL"), ("fr", "IPYL"), ("es", "IPYL")],
    },
    Entry {
        slug: "vap-uk", kind: K::Organisation, country: "GB", city: "", contact: "",
        featured: false,
        themes: &[T::Volunteering, T::Peace],
        texts: &[
            ("en", "Volunteer Action for Peace UK",
             "Its deputy chair spoke at the Palestine Online Conference of July 2024 on the importance of international volunteering in fostering solidarity."),
            ("ar", "Volunteer Action for Peace UK",
             "تحدث نائب رئيسها في المؤتمر الإلكتروني حول فلسطين في تموز/يوليو 2024 عن أهمية التطوع الدولي في تعزيز التضامن."),
        ],
        short: &[],
    },
    Entry {
        slug: "ucp-in-palestine", kind: K::Organisation, country: "PS", city: "", contact: "", featured: true,
        themes: &[T::Protection, T::Peace, T::HumanRights],
        texts: &[
            ("en", "UCP in Palestine",
             "At the request of the Palestinian community, it has set up an international solidarity network of individuals and chapters.\n\nIn the occupied Palestinian territories it has started a pilot project that brought six experienced unarmed civilian protectors to {ras-al-auja:short} for six months; extending and expanding the pilot depends on additional funding, and the solidarity network's members are one possible source of it."),
            ("ar", "الحماية المدنية غير المسلحة في فلسطين",
             "أنشأت، بطلب من المجتمع الفلسطيني، شبكة تضامن دولية من الأفراد والفروع.\n\nوبدأت في الأراضي الفلسطينية المحتلة مشروعًا تجريبيًا جلب ستة من الحماة المدنيين غير المسلحين ذوي الخبرة إلى {ras-al-auja:short} لمدة ستة أشهر، ويتوقف تمديده وتوسيعه على تمويل إضافي، وأعضاء شبكة التضامن أحد مصادره الممكنة."),
        ],
        short: &[],
    },
    Entry {
        slug: "ucp-solidarity-network", kind: K::Network, country: "", city: "", contact: "solidarity@ucpip.org", featured: false,
        themes: &[T::Protection, T::HumanRights],
        texts: &[
            ("en", "UCP in Palestine Solidarity Network",
             "An international network of individuals and chapters committed to supporting the safety of Palestinian communities and advocating for their continued existence. Its first connection was made in August 2025 with {ras-al-auja:short}, a Bedouin community in the South Jordan Valley.\n\nMembers take part in monthly Zoom meetings with {ras-al-auja:short} to hear its stories on its own terms. Chapters can link schools, universities or faith groups with community members (meetings, exchanges, pen pals), share the community's situation with local leaders, officials and media, and respond to action alerts. To join individually or start a chapter, write to solidarity@ucpip.org."),
            ("ar", "شبكة التضامن التابعة للحماية المدنية غير المسلحة في فلسطين",
             "شبكة دولية من الأفراد والفروع ملتزمة بدعم سلامة المجتمعات الفلسطينية والدفاع عن استمرار وجودها. نشأت أولى صلاتها في آب/أغسطس 2025 مع {ras-al-auja:short}، وهو تجمّع بدوي في جنوب الأغوار.\n\nيشارك الأعضاء في لقاءات شهرية عبر زوم مع {ras-al-auja:short} للاستماع إلى قصص أهله كما يروونها. ويمكن للفروع أن تربط مدارس أو جامعات أو مجموعات دينية بأفراد من المجتمع (لقاءات وتبادل ومراسلة)، وأن تنقل وضع المجتمع إلى القادة المحليين والمسؤولين ووسائل الإعلام، وأن تستجيب لنداءات التحرك. للانضمام فرديًا أو لتأسيس فرع، يمكن الكتابة إلى solidarity@ucpip.org."),
        ],
        short: &[],
    },
    Entry {
        slug: "ras-al-auja", kind: K::Community, country: "PS", city: "South Jordan Valley", contact: "",
        featured: true,
        themes: &[T::HumanRights, T::Protection],
        texts: &[
            ("en", "Ras al-Auja community",
             "A Bedouin community in the South Jordan Valley. In August 2025 it became the first connection of {ucp-solidarity-network}, whose members meet it every month to hear its stories on its own terms; {ucp-in-palestine} brought six unarmed civilian protectors there for six months as a pilot."),
            ("ar", "تجمّع رأس العوجا",
             "تجمّع بدوي في جنوب الأغوار. أصبح في آب/أغسطس 2025 أولى صلات {ucp-solidarity-network}، التي يلتقيه أعضاؤها كل شهر للاستماع إلى قصص أهله كما يروونها؛ وقد جلبت {ucp-in-palestine} إليه ستة من الحماة المدنيين غير المسلحين لمدة ستة أشهر في مشروع تجريبي."),
        ],
        short: &[("en", "Ras al-Auja"), ("fr", "Ras al-Auja"), ("es", "Ras al-Auja"), ("ar", "رأس العوجا")],
    },
    Entry {
        slug: "example-chapter-school", kind: K::Chapter, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Education, T::Protection],
        texts: &[
            ("en", "Example chapter: a school",
             "An example, not a real chapter. Chapters of {ucp-solidarity-network} can forge relationships between schools, universities or faith groups and members of {ras-al-auja}, organising meetings, exchanges or pen pals."),
            ("ar", "فرع على سبيل المثال: مدرسة",
             "مثال، وليس فرعًا حقيقيًا. يمكن لفروع {ucp-solidarity-network} أن تبني علاقات بين مدارس أو جامعات أو مجموعات دينية وأفراد من {ras-al-auja}، عبر اللقاءات أو التبادل أو المراسلة."),
        ],
        short: &[],
    },
    Entry {
        slug: "example-chapter-university", kind: K::Chapter, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Education, T::Protection],
        texts: &[
            ("en", "Example chapter: a university",
             "An example, not a real chapter. Chapters of {ucp-solidarity-network} can forge relationships between schools, universities or faith groups and members of {ras-al-auja}, organising meetings, exchanges or pen pals."),
            ("ar", "فرع على سبيل المثال: جامعة",
             "مثال، وليس فرعًا حقيقيًا. يمكن لفروع {ucp-solidarity-network} أن تبني علاقات بين مدارس أو جامعات أو مجموعات دينية وأفراد من {ras-al-auja}، عبر اللقاءات أو التبادل أو المراسلة."),
        ],
        short: &[],
    },
    Entry {
        slug: "example-chapter-faith-group", kind: K::Chapter, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Protection, T::HumanRights],
        texts: &[
            ("en", "Example chapter: a faith group",
             "An example, not a real chapter. Chapters of {ucp-solidarity-network} can forge relationships between schools, universities or faith groups and members of {ras-al-auja}, organising meetings, exchanges or pen pals."),
            ("ar", "فرع على سبيل المثال: مجموعة دينية",
             "مثال، وليس فرعًا حقيقيًا. يمكن لفروع {ucp-solidarity-network} أن تبني علاقات بين مدارس أو جامعات أو مجموعات دينية وأفراد من {ras-al-auja}، عبر اللقاءات أو التبادل أو المراسلة."),
        ],
        short: &[],
    },
    Entry {
        slug: "carter-center", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::HumanRights, T::Peace],
        texts: &[
            ("en", "The Carter Center",
             "With {the-elders} it convened, on 4 March 2021, a virtual workshop with 16 new-generation Palestinian civil society and thought leaders from across geographies, after a listening exercise the two undertook in 2020–2021. It said it would continue convening civil society across geographies, its field office serving as a conduit between workshops."),
            ("ar", "مركز كارتر",
             "عقد مع {the-elders}، في 4 آذار/مارس 2021، ورشة عمل افتراضية مع 16 من قادة المجتمع المدني والفكر الفلسطينيين من الجيل الجديد ومن مختلف الجغرافيات، بعد عملية استماع أجراها الطرفان في 2020–2021. وأعلن أنه سيواصل جمع المجتمع المدني عبر الجغرافيات، على أن يكون مكتبه الميداني صلة الوصل بين الورشات."),
        ],
        short: &[],
    },
    Entry {
        slug: "the-elders", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Peace, T::HumanRights],
        texts: &[
            ("en", "The Elders",
             "Convened with {carter-center} the virtual workshop of 4 March 2021 with Palestinian civil society, where Lakhdar Brahimi, former Algerian foreign minister and U.N. diplomat, represented it."),
            ("ar", "مجموعة الحكماء",
             "عقدت مع {carter-center} ورشة العمل الافتراضية مع المجتمع المدني الفلسطيني في 4 آذار/مارس 2021، ومثّلها فيها الأخضر الإبراهيمي، وزير الخارجية الجزائري الأسبق والدبلوماسي في الأمم المتحدة."),
        ],
        short: &[],
    },
    Entry {
        slug: "icsgp", kind: K::Coalition, country: "", city: "", contact: "",
        featured: true,
        themes: &[T::Legal, T::HumanRights, T::HumanitarianAid],
        texts: &[
            ("en", "International Coalition to Stop Genocide in Palestine (ICSGP)",
             "Convened in late December 2023 to push for Israel to be held accountable under the Genocide Convention for its acts in Palestine. Its initial letter was signed by 2,000 organisations from over 120 countries.\n\nIts members worked to build formal international support for South Africa's case at the International Court of Justice, through Declarations of Intervention, and to mobilise social movements to stop the genocide. Its first Global Call to Action, in March 2024, was simultaneously interpreted into five languages. The coalition began global days of fasting to raise funds for Palestinian-led groups providing direct aid to Gazans."),
            ("es", "Coalición Internacional para Detener el Genocidio en Palestina",
             "Convocada a finales de diciembre de 2023 para exigir que Israel rinda cuentas en virtud de la Convención sobre el Genocidio. Su carta inicial la firmaron 2000 organizaciones de más de 120 países."),
            ("ar", "التحالف الدولي لوقف الإبادة الجماعية في فلسطين",
             "تأسس أواخر كانون الأول/ديسمبر 2023 للمطالبة بمحاسبة إسرائيل بموجب اتفاقية منع الإبادة الجماعية على أفعالها في فلسطين. وقّعت على رسالته الأولى 2000 منظمة من أكثر من 120 دولة.\n\nعمل أعضاؤه على حشد دعم دولي رسمي لقضية جنوب أفريقيا أمام محكمة العدل الدولية عبر إعلانات التدخل، وعلى تعبئة الحركات الاجتماعية لوقف الإبادة. وعُقد أول نداء عالمي للعمل دعا إليه، في آذار/مارس 2024، بترجمة فورية إلى خمس لغات. وبدأ التحالف أيام صيام عالمية لجمع التبرعات لمجموعات فلسطينية تقدّم المساعدة المباشرة لأهل غزة."),
        ],
        short: &[("en", "ICSGP"), ("fr", "ICSGP"), ("es", "ICSGP")],
    },
    Entry {
        slug: "black-alliance-for-peace", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Peace, T::HumanRights],
        texts: &[
            ("en", "Black Alliance for Peace",
             "Ajamu Baraka of {black-alliance-for-peace} moderated the first Global Call to Action of {icsgp:short}, on 17 March 2024."),
            ("ar", "Black Alliance for Peace",
             "أدار أجامو باراكا من هذه المنظمة أول نداء عالمي للعمل عقده {icsgp} في 17 آذار/مارس 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "codepink", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Peace, T::Media, T::Legal],
        texts: &[
            ("en", "CODEPINK",
             "Marcy Winograd co-hosts {codepink} Congress, a bimonthly programme on US foreign policy, with Medea Benjamin, co-produces {codepink} Radio, a podcast aired on most Pacifica stations, and oversees the campaign of {codepink} to support South Africa's case at the World Court. She spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "CODEPINK",
             "تشارك مارسي وينوغراد مع ميديا بنجامين في تقديم {codepink} Congress، وهو برنامج دوري عن السياسة الخارجية الأمريكية، وتشارك في إنتاج بودكاست {codepink} Radio الذي تبثه معظم محطات Pacifica، وتشرف على حملة {codepink} لدعم قضية جنوب أفريقيا أمام محكمة العدل الدولية. وقد تحدثت في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "psa-youth-league", kind: K::Organisation, country: "ZA", city: "", contact: "",
        featured: false,
        themes: &[T::Youth, T::Legal],
        texts: &[
            ("en", "Palestine Solidarity Alliance Youth League",
             "The youth league of the Palestine Solidarity Alliance in South Africa. Azhar Sakoor, an attorney who serves as its Executive, spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "Palestine Solidarity Alliance Youth League",
             "رابطة الشباب في تحالف التضامن مع فلسطين في جنوب أفريقيا. ومن بين من تحدّثوا في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024 أزهر سكور، المحامي/ة وعضو/ة هيئتها التنفيذية."),
        ],
        short: &[],
    },
    Entry {
        slug: "uawc", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Agriculture, T::Environment, T::HumanRights],
        texts: &[
            ("en", "Union of Agricultural Work Committees (UAWC)",
             "Its director, Fuad Abu Saifa, strongly supports Palestinian farmers' rights. An expert in agriculture and environmental issues and a board member of {la-via-campesina}, he founded the Indigenous Seed Bank in Palestine and has initiated development initiatives in Area C to enhance Palestinian resilience; he spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "اتحاد لجان العمل الزراعي",
             "يدعم مديره فؤاد أبو سيفا حقوق المزارعين الفلسطينيين بقوة. وهو خبير في الزراعة والبيئة وعضو مجلس إدارة {la-via-campesina}، أسس بنك البذور البلدية في فلسطين وأطلق مبادرات تنموية في المناطق المصنفة «ج» لتعزيز صمود الفلسطينيين، وتحدث في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024."),
        ],
        short: &[("en", "UAWC"), ("fr", "UAWC"), ("es", "UAWC")],
    },
    Entry {
        slug: "la-via-campesina", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Agriculture, T::HumanRights],
        texts: &[
            ("en", "La Via Campesina",
             "The director of {uawc:short}, a member of its board, promotes the welfare of peasants worldwide; he spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "لا فيا كامبسينا",
             "يعمل مدير {uawc}، بصفته عضوًا في مجلس إدارتها، من أجل رفاه الفلاحين في العالم، وقد تحدث في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "progressive-international", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::HumanRights],
        texts: &[
            ("en", "Progressive International",
             "Pawel Wargan, a researcher and organiser who serves as Coordinator of its Secretariat, spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "Progressive International",
             "تحدث باول فارغان، الباحث والمنظِّم ومنسق أمانتها العامة، في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "global-legal-alliance-for-palestine", kind: K::Coalition, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Legal, T::HumanRights],
        texts: &[
            ("en", "Global Legal Alliance for Palestine",
             "Co-convened by Lamis Deek, a Palestinian-born attorney practising internationally from New York, who spoke at the first Global Call to Action of {icsgp:short}, in March 2024."),
            ("ar", "Global Legal Alliance for Palestine",
             "شاركت في عقده لميس ديك، المحامية الفلسطينية المولد التي تمارس المحاماة دوليًا من نيويورك، وقد تحدثت في أول نداء عالمي للعمل عقده {icsgp} في آذار/مارس 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "digital-action", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::DigitalRights, T::Media],
        texts: &[
            ("en", "Digital Action",
             "Mona Shtaya, its Campaigns and Partnerships Manager, spoke at the Palestine Online Conference of July 2024 on digital oppression and the role of AI in silencing Palestinian voices."),
            ("ar", "Digital Action",
             "تحدثت منى اشتية، مديرة الحملات والشراكات فيها، في المؤتمر الإلكتروني حول فلسطين في تموز/يوليو 2024 عن القمع الرقمي ودور الذكاء الاصطناعي في إسكات الأصوات الفلسطينية."),
        ],
        short: &[],
    },
    Entry {
        slug: "pcmrd", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Media, T::Education],
        texts: &[
            ("en", "Palestinian Centre for Media, Research and Development",
             "Its executive director, Adli Daana, gave a historical overview of the oppression faced by Palestinians since 1917 at the Palestine Online Conference of July 2024."),
            ("ar", "المركز الفلسطيني للإعلام والأبحاث والتنمية",
             "قدّم مديره التنفيذي عدلي دعنا، في المؤتمر الإلكتروني حول فلسطين في تموز/يوليو 2024، لمحة تاريخية عن القمع الذي يواجهه الفلسطينيون منذ عام 1917."),
        ],
        short: &[],
    },
    Entry {
        slug: "youth-of-sumud", kind: K::Organisation, country: "", city: "", contact: "",
        featured: false,
        themes: &[T::Youth, T::HumanRights],
        texts: &[
            ("en", "Youth of Sumud",
             "Sami Huraini, a human rights defender and member of {youth-of-sumud}, spoke on resilience and grassroots resistance at the Palestine Online Conference of July 2024."),
            ("ar", "شباب الصمود",
             "تحدث سامي الهريني، المدافع عن حقوق الإنسان والعضو في المجموعة، عن الصمود والمقاومة الشعبية في المؤتمر الإلكتروني حول فلسطين في تموز/يوليو 2024."),
        ],
        short: &[],
    },
    Entry {
        slug: "ctpsr", kind: K::Organisation, country: "GB", city: "Coventry", contact: "",
        featured: false,
        themes: &[T::Peace, T::Education],
        texts: &[
            ("en", "Centre for Trust, Peace and Social Relations (CTPSR)",
             "A centre of the University of Coventry. The two experts who supported the online training course on Volunteering In Conflict Areas (VICA) that {ccivs:short} coordinated in 2021 came from the {ctpsr:short} and the University of Leicester."),
            ("ar", "Centre for Trust, Peace and Social Relations (CTPSR)",
             "مركز تابع لجامعة كوفنتري. جاء الخبيران اللذان دعما الدورة التدريبية الإلكترونية حول التطوع في مناطق النزاع (VICA)، التي نسّقتها {ccivs} عام 2021، من هذا المركز ومن جامعة ليستر."),
        ],
        short: &[("en", "CTPSR"), ("fr", "CTPSR"), ("es", "CTPSR")],
    },
];

/// Links the seeds state: members of CCIVS, the network UCP in Palestine set up, the
/// community it connected with and its (example) chapters; partners: co-hosts of a gathering.
pub(super) const RELATIONS: &[(&str, Relation, &str)] = &[
    ("baladna", Relation::MemberOf, "ccivs"),
    ("ipyl", Relation::MemberOf, "ccivs"),
    ("ucp-solidarity-network", Relation::HostedBy, "ucp-in-palestine"),
    ("ras-al-auja", Relation::PartnerOf, "ucp-solidarity-network"),
    ("example-chapter-school", Relation::ChapterOf, "ucp-solidarity-network"),
    ("example-chapter-university", Relation::ChapterOf, "ucp-solidarity-network"),
    ("example-chapter-faith-group", Relation::ChapterOf, "ucp-solidarity-network"),
    ("carter-center", Relation::PartnerOf, "the-elders"),
    ("ipyl", Relation::PartnerOf, "baladna"),
    ("sci", Relation::PartnerOf, "ccivs"),
];
