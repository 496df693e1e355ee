//! The gatherings the pages of `shared/seeds/` describe, with their speakers as the pages name
//! them. The pages give dates, not hours (for the study visit and the VICA course only the
//! months, for the Paris meeting no year): each text says which part of its time is an example.
//! Organisations are named through placeholders (`super::fill_names`).
use app::events::queries::{EventText, NewEvent, NewSpeaker};
use app::events::time::local_to_utc;
use app::events::{EventFormat as F, EventKind as K, EventStatus, SpeakerRole as R};
use app::organisations::Theme as T;

pub(super) const HOUR: i64 = 3600;
pub(super) const DAY: i64 = 86_400;

const HOUR_IS_EXAMPLE_EN: &str = "*The page gives the date only: the time of day, time zone and length shown here are examples.*";
const HOUR_IS_EXAMPLE_AR: &str = "*تذكر الصفحة التاريخ فقط، والتوقيت والمنطقة الزمنية والمدة المعروضة هنا أمثلة.*";

pub(super) fn at(y: i32, m: u32, d: u32, h: u32, min: u32, zone: &str) -> i64 {
    #[allow(clippy::expect_used)] // the demo's own constants: a wrong one fails its first load, in tests
    local_to_utc(y, m, d, h, min, zone).expect("demo times exist in their zones")
}

/// A text with a note after it (that a part of it is an example).
pub(super) fn noted(text: &str, note: &str) -> String {
    format!("{text}\n\n{note}")
}

pub(super) fn text(lang: &str, title: &str, summary: &str, description: &str) -> EventText {
    EventText { language: lang.into(), title: title.into(), summary: summary.into(), description: description.into(), ..EventText::default() }
}

fn with(mut text: EventText, report: &str, funding: &str) -> EventText {
    text.report = report.into();
    text.funding = funding.into();
    text
}

pub(super) fn speaker(name: &str, affiliation: &str, role: R, bios: &[(&str, &str)]) -> NewSpeaker {
    NewSpeaker {
        name: name.into(),
        affiliation: affiliation.into(),
        role,
        bios: bios.iter().map(|(l, b)| (l.to_string(), b.to_string())).collect(),
    }
}

pub(super) fn event(slug: &str, kind: K, format: F, starts_at: i64, ends_at: i64, timezone: &str, organisers: &[&str]) -> NewEvent {
    NewEvent {
        slug: slug.into(),
        kind,
        format,
        status: EventStatus::Scheduled,
        starts_at,
        ends_at,
        timezone: timezone.into(),
        postponed_from: None,
        venue: String::new(),
        city: String::new(),
        country: String::new(),
        original_language: "en".into(),
        languages: vec!["en".into()],
        capacity: None,
        rsvp_opens_at: None,
        rsvp_closes_at: None,
        join_url: String::new(),
        attendance: None,
        texts: Vec::new(),
        organisers: organisers.iter().map(|s| s.to_string()).collect(),
        themes: Vec::new(),
        speakers: Vec::new(),
        channels: Vec::new(),
        sessions: Vec::new(),
        recordings: Vec::new(),
    }
}

/// The past events.
pub(super) fn from_seeds() -> Vec<NewEvent> {
    vec![global_call(), online_conference(), volunteering_in_palestine(), study_visit(), youth_conference(), vica(), convening(), coordinators_meeting()]
}

/// 004: the coalition's first Global Call to Action.
fn global_call() -> NewEvent {
    let start = at(2024, 3, 17, 10, 0, "America/New_York");
    let mut e = event("icsgp-global-call-2024-03", K::Webinar, F::Online, start, start + 2 * HOUR, "America/New_York", &["icsgp"]);
    e.themes = vec![T::HumanRights, T::Legal, T::HumanitarianAid];
    // Five languages, of which the page names only French (the recording's translation). A past
    // event's channels are never shown to anyone (they go to confirmed attendees): the page
    // lists the language, and the instructions keep what the page says of it.
    e.channels = vec![("fr".into(), "In the recording, the French translation begins about 50 minutes in.".into())];
    e.texts = vec![
        with(text("en", "{icsgp}: first Global Call to Action",
            "The coalition's first Global Call to Action, a webinar simultaneously translated into five languages: ways groups build public support for an end to Israel's genocidal acts, provide humanitarian aid to Palestinians and amplify the global anti-colonial, anti-imperial movement.",
            &noted("{icsgp:short} convened in late December 2023 to push for Israel to be held accountable under the Genocide Convention; around the same time South Africa filed a case against Israel at the International Court of Justice. Its initial letter was signed by **2,000 organisations from over 120 countries**.\n\nThe goals of this first Global Call to Action were to share ways that groups are:\n\n- building public support for an end to Israel's genocidal acts;\n- providing humanitarian aid to Palestinians;\n- amplifying the global anti-colonial, anti-imperial movement.", HOUR_IS_EXAMPLE_EN)),
            "The call was held on 17 March 2024, simultaneously translated into five languages; in its recording, the French translation begins about 50 minutes in.\n\nAt the time, organisations were signing a letter denouncing the use of starvation as a tool of genocide (organisations only), and the next global day of fasting, to raise funds for Palestinian-led groups providing direct aid to Gazans, was set for 13 April 2024.", ""),
        with(text("ar", "{icsgp}: النداء العالمي الأول للعمل",
            "أول نداء عالمي للعمل يعقده التحالف، ندوة إلكترونية بترجمة فورية إلى خمس لغات: كيف تبني المجموعات دعمًا شعبيًا لوقف أفعال الإبادة الإسرائيلية، وتقدّم المساعدات الإنسانية للفلسطينيين، وتعزّز الحركة العالمية المناهضة للاستعمار والإمبريالية.",
            &noted("تأسس {icsgp} أواخر كانون الأول/ديسمبر 2023 للمطالبة بمحاسبة إسرائيل بموجب اتفاقية منع الإبادة الجماعية، وفي الوقت نفسه تقريبًا رفعت جنوب أفريقيا دعوى على إسرائيل أمام محكمة العدل الدولية. وقّعت على رسالته الأولى **2000 منظمة من أكثر من 120 دولة**.\n\nهدف هذا النداء العالمي الأول إلى تبادل الطرق التي تعمل بها المجموعات على:\n\n- بناء دعم شعبي لوقف أفعال الإبادة الإسرائيلية؛\n- تقديم المساعدات الإنسانية للفلسطينيين؛\n- تعزيز الحركة العالمية المناهضة للاستعمار والإمبريالية.", HOUR_IS_EXAMPLE_AR)),
            "عُقد النداء في 17 آذار/مارس 2024 بترجمة فورية إلى خمس لغات؛ وفي تسجيله تبدأ الترجمة الفرنسية بعد نحو 50 دقيقة.\n\nوكانت المنظمات حينها توقّع رسالة تندد باستخدام التجويع أداةً للإبادة الجماعية (للمنظمات فقط)، وكان يوم الصيام العالمي التالي، لجمع التبرعات لمجموعات فلسطينية تقدّم المساعدة المباشرة لأهل غزة، مقررًا في 13 نيسان/أبريل 2024.", ""),
    ];
    e.speakers = vec![
        speaker("Ajamu Baraka", "{black-alliance-for-peace}", R::Moderator, &[]),
        speaker("Azhar Sakoor", "{psa-youth-league}", R::Panelist, &[
            ("en", "An attorney who serves as Executive with {psa-youth-league} in South Africa."),
            ("ar", "من العاملين في المحاماة، وعضو في الهيئة التنفيذية في {psa-youth-league} بجنوب أفريقيا.")]),
        speaker("Marcy Winograd", "{codepink}", R::Panelist, &[
            ("en", "Co-hosts {codepink} Congress with Medea Benjamin, a bimonthly programme on US foreign policy; co-produces {codepink} Radio, a podcast aired on most Pacifica stations; and oversees the campaign of {codepink} to support South Africa's case at the World Court."),
            ("ar", "تشارك مع ميديا بنجامين في تقديم {codepink} Congress، وهو برنامج دوري عن السياسة الخارجية الأمريكية، وتشارك في إنتاج بودكاست {codepink} Radio الذي تبثه معظم محطات Pacifica، وتشرف على حملة {codepink} لدعم قضية جنوب أفريقيا أمام محكمة العدل الدولية.")]),
        speaker("Pawel Wargan", "{progressive-international}", R::Panelist, &[
            ("en", "A researcher and organiser; Coordinator of the Secretariat at {progressive-international}."),
            ("ar", "باحث ومنظِّم، ومنسق الأمانة العامة في {progressive-international}.")]),
        speaker("Lamis Deek", "{global-legal-alliance-for-palestine}", R::Panelist, &[
            ("en", "A Palestinian-born, internationally practising attorney based in New York; she co-convened {global-legal-alliance-for-palestine} and founded the Palestinian Assembly for Liberation Law Commission: On War crimes, justice, reparations and return."),
            ("ar", "محامية فلسطينية المولد تمارس المحاماة دوليًا ومقرها نيويورك؛ شاركت في الدعوة إلى تأسيس {global-legal-alliance-for-palestine}، وأسست لجنة القانون في التجمع الفلسطيني للتحرير: جرائم الحرب والعدالة والتعويضات والعودة.")]),
        speaker("Fuad Abu Saifa", "{uawc}", R::Panelist, &[
            ("en", "Director of {uawc:short}, an expert in agriculture and environmental issues and a board member of {la-via-campesina}; founder of the Indigenous Seed Bank in Palestine, he has initiated several development initiatives in Area C aimed at enhancing Palestinian resilience."),
            ("ar", "مدير {uawc}، خبير في الزراعة والبيئة وعضو مجلس إدارة {la-via-campesina}، ومؤسس بنك البذور البلدية في فلسطين؛ أطلق مبادرات تنموية عدة في المناطق المصنفة «ج» لتعزيز صمود الفلسطينيين.")]),
    ];
    e
}

/// 000: the Palestine Online Conference, with SCI.
fn online_conference() -> NewEvent {
    let start = at(2024, 7, 17, 15, 0, "Europe/Paris");
    let mut e = event("palestine-online-conference-2024", K::Conference, F::Online, start, start + 2 * HOUR + 30 * 60, "Europe/Paris", &["ccivs", "sci"]);
    e.themes = vec![T::Peace, T::Volunteering, T::DigitalRights];
    e.texts = vec![
        with(text("en", "Palestine Online Conference: Standing in Solidarity Against Racism and Oppression",
            "Activists, academics and volunteers on apartheid, genocide and systemic racism faced by Palestinians, and ways to foster meaningful international solidarity.",
            &noted("{ccivs:short} and {sci:short} hosted an online conference that brought together activists, academics and volunteers to stand in solidarity with Palestine and address the urgent issues of apartheid, genocide and systemic racism faced by Palestinians.", HOUR_IS_EXAMPLE_EN)),
            "**With over 80 participants**, the conference gave a platform to personal stories and expert analysis on how to take actionable steps to support Palestinians.\n\n### The historical struggle\nAdli Daana traced the roots of Palestinian oppression back to 1917, within a long history of Western-backed oppression.\n\n### Digital oppression as a tool of genocide\nMona Shtaya described how technology is weaponised against Palestinians: account suspensions and shadowbanning that disproportionately target Arabic content, an “AI-facilitated genocide”.\n\n### Global solidarity and grassroots action\nSami Huraini and Paul Winter emphasised the power of grassroots initiatives and international volunteer networks in resisting systemic oppression.", ""),
        with(text("ar", "المؤتمر الإلكتروني حول فلسطين: متضامنون ضد العنصرية والقمع",
            "ناشطون وأكاديميون ومتطوعون حول الفصل العنصري والإبادة والعنصرية الممنهجة التي يواجهها الفلسطينيون، وسبل تعزيز تضامن دولي فعّال.",
            &noted("استضافت {ccivs} ومنظمة {sci} مؤتمرًا إلكترونيًا جمع ناشطين وأكاديميين ومتطوعين للتضامن مع فلسطين ولتناول القضايا الملحّة للفصل العنصري والإبادة والعنصرية الممنهجة التي يواجهها الفلسطينيون.", HOUR_IS_EXAMPLE_AR)),
            "شارك في المؤتمر **أكثر من 80 شخصًا**، وأتاح منبرًا لقصص شخصية وتحليلات خبراء حول خطوات عملية لدعم الفلسطينيين.\n\n### النضال التاريخي\nتتبّع عدلي دعنا جذور قمع الفلسطينيين حتى عام 1917، ضمن تاريخ طويل من القمع المدعوم غربيًا.\n\n### القمع الرقمي أداةً للإبادة\nشرحت منى اشتية كيف تُستخدم التكنولوجيا سلاحًا ضد الفلسطينيين: تعليق الحسابات والحظر الخفي اللذان يستهدفان المحتوى العربي بشكل غير متناسب، فيما سمّته «إبادة يسهّلها الذكاء الاصطناعي».\n\n### التضامن العالمي والعمل الشعبي\nأكّد سامي الهريني وبول وينتر قوة المبادرات الشعبية وشبكات التطوع الدولية في مقاومة القمع الممنهج.", ""),
    ];
    e.speakers = vec![
        speaker("Ratherford Mwaruta", "{ccivs:short} President", R::Speaker, &[
            ("en", "President of {ccivs:short} and activist; opened the event with a minute of silence for the victims of the ongoing genocide."),
            ("ar", "رئيس {ccivs} وناشط، افتتح المؤتمر بدقيقة صمت على أرواح ضحايا الإبادة الجارية.")]),
        speaker("Dr. Husam S. Zomlot", "Ambassador of Palestine to the United Kingdom", R::Panelist, &[
            ("en", "Ambassador of Palestine to the United Kingdom, academic, and advocate for the Palestinian cause."),
            ("ar", "سفير فلسطين لدى المملكة المتحدة، وأكاديمي ومدافع عن القضية الفلسطينية.")]),
        speaker("Mona Shtaya", "{digital-action}", R::Panelist, &[
            ("en", "Campaigns and Partnerships Manager at {digital-action}; discussed digital oppression and the role of AI in silencing Palestinian voices."),
            ("ar", "مديرة الحملات والشراكات في {digital-action}، تحدثت عن القمع الرقمي ودور الذكاء الاصطناعي في إسكات الأصوات الفلسطينية.")]),
        speaker("Alaa Amro", "{sci:short} volunteer", R::Panelist, &[
            ("en", "European Studies postgraduate, {sci:short} volunteer and activist; shared insights into grassroots activism."),
            ("ar", "خرّيج/ة دراسات عليا في الدراسات الأوروبية، ومتطوع/ة في {sci} وناشط/ة، تحدّث/ت عن العمل الشعبي.")]),
        speaker("Adli Daana", "{pcmrd}", R::Panelist, &[
            ("en", "Executive Director of {pcmrd}; gave a historical overview of the oppression faced by Palestinians."),
            ("ar", "المدير التنفيذي في {pcmrd}، قدّم لمحة تاريخية عن القمع الذي يواجهه الفلسطينيون.")]),
        speaker("Sami Huraini", "{youth-of-sumud}", R::Panelist, &[
            ("en", "Human rights defender and member of {youth-of-sumud}; spoke on resilience and grassroots resistance."),
            ("ar", "مدافع عن حقوق الإنسان وعضو في {youth-of-sumud}، تحدث عن الصمود والمقاومة الشعبية.")]),
        speaker("Paul Winter", "{vap-uk}", R::Panelist, &[
            ("en", "Deputy Chair of {vap-uk}; highlighted the importance of international volunteering in fostering solidarity."),
            ("ar", "نائب رئيس {vap-uk}، أكّد أهمية التطوع الدولي في تعزيز التضامن.")]),
    ];
    e
}

/// 000: the symposium the study visit's participants proposed.
fn volunteering_in_palestine() -> NewEvent {
    let start = at(2022, 11, 29, 16, 0, "Europe/Paris");
    let mut e = event("volunteering-in-palestine-2022", K::Conference, F::Online, start, start + 2 * HOUR, "Europe/Paris", &["ccivs"]);
    e.themes = vec![T::Volunteering, T::Peace, T::HumanRights];
    e.texts = vec![
        text("en", "Volunteering in Palestine: an online symposium",
            "For the International Day of Solidarity with the Palestinian People: stories from volunteers who are, or have been, actively involved in social work with and for Palestinians.",
            &noted("The participants of the 2022 study visit to Palestine proposed this event for 29 November, the International Day of Solidarity with the Palestinian People that the UN General Assembly called for in 1977, and {ccivs:short} supported its organisation.\n\nIt aimed to raise awareness of the situation in Palestine, share insights with the international volunteering community on volunteering in conflict areas, and encourage the public to show concern about the situation of Palestinians. Participants from all over the world heard from the network's volunteers.", HOUR_IS_EXAMPLE_EN)),
        text("ar", "التطوع في فلسطين: ندوة إلكترونية",
            "في اليوم الدولي للتضامن مع الشعب الفلسطيني: قصص متطوعين ومتطوعات شاركوا، أو يشاركون، في العمل الاجتماعي مع الفلسطينيين ومن أجلهم.",
            &noted("اقترح المشاركون في الزيارة الدراسية إلى فلسطين عام 2022 هذه الفعالية في 29 تشرين الثاني/نوفمبر، اليوم الدولي للتضامن مع الشعب الفلسطيني الذي دعت إليه الجمعية العامة للأمم المتحدة عام 1977، ودعمت {ccivs} تنظيمها.\n\nهدفت إلى التوعية بالوضع في فلسطين، وتبادل الخبرات مع مجتمع التطوع الدولي حول التطوع في مناطق النزاع، وتشجيع الجمهور على الاهتمام بأوضاع الفلسطينيين. واستمع مشاركون من أنحاء العالم إلى متطوعي الشبكة ومتطوعاتها.", HOUR_IS_EXAMPLE_AR)),
    ];
    e
}

/// 000: the study visit, postponed from 2020.
fn study_visit() -> NewEvent {
    let start = at(2022, 9, 10, 9, 0, "Asia/Hebron");
    let mut e = event("palestine-study-visit-2022", K::StudyVisit, F::InPerson, start, start + 8 * DAY, "Asia/Hebron", &["ccivs", "baladna", "ipyl"]);
    e.postponed_from = Some(at(2020, 9, 12, 9, 0, "Asia/Hebron"));
    e.city = "Haifa, Hebron".into();
    e.country = "PS".into();
    e.themes = vec![T::Youth, T::HumanRights, T::Volunteering];
    let funding_en = "Supported by the Erasmus+ programme of the European Union.";
    let funding_ar = "بدعم من برنامج إيراسموس+ التابع للاتحاد الأوروبي.";
    e.texts = vec![
        with(text("en", "Raising Peace Study Visit to Palestine",
            "Eight days with {baladna:short} in Haifa and {ipyl:short} in Hebron: capacity building and networking, support to the Palestinian cause, and understanding through direct experience.",
            "Organised by {ccivs:short} with its member organisations, and postponed from 2020, when it was planned for the 100th anniversary of the first international workcamp. Participants discussed the political context of Palestinian youth and the work of the hosts. Visits took the group to Hebron, Ramallah, Jerusalem, Nablus, Jericho, Bethlehem, Jaffa, Haifa, Lajun and Rahat, to organisations working on youth work, human rights, conflict transformation, nonviolent resistance, political prisoners, and culture and heritage; refugee camps, internally displaced people and unrecognised villages were part of the visit. The blockade made Gaza impossible to visit, so a video call was set up with youth and activists there.\n\n*The page says September 2022, postponed from 2020, and speaks of an 8-day programme (and, in the position paper, of 10 days): the days shown here, and the 2020 date, are examples.*"),
            "The participants wrote a position paper, validated by the Alliance General Assembly and the Executive Committee of {ccivs:short}, and proposed the online symposium *Volunteering in Palestine* for 29 November 2022.", funding_en),
        with(text("ar", "زيارة Raising Peace الدراسية إلى فلسطين",
            "ثمانية أيام مع {baladna:short} في حيفا و{ipyl} في الخليل: بناء القدرات والتشبيك، ودعم القضية الفلسطينية، والفهم من خلال التجربة المباشرة.",
            "نظّمتها {ccivs} مع منظماتها الأعضاء، وأُجّلت من عام 2020 حين كان مقررًا أن تقام في الذكرى المئوية لأول مخيم عمل دولي. ناقش المشاركون السياق السياسي للشباب الفلسطيني وعمل الجهتين المضيفتين. وزارت المجموعة الخليل ورام الله والقدس ونابلس وأريحا وبيت لحم ويافا وحيفا واللجون ورهط، والتقت منظمات تعمل مع الشباب وفي حقوق الإنسان وتحويل النزاعات والمقاومة اللاعنفية وقضايا الأسرى والثقافة والتراث، وشملت الزيارة مخيمات لاجئين ونازحين داخليًا وقرى غير معترف بها. وتعذّرت زيارة غزة بسبب الحصار، فنُظّم اتصال مرئي مع شبابها وناشطيها.\n\n*تذكر الصفحة أيلول/سبتمبر 2022 وأن الزيارة أُجّلت من عام 2020، وتتحدث عن برنامج من 8 أيام (وورقة الموقف عن 10 أيام)، والأيام المعروضة هنا وتاريخ 2020 أمثلة.*"),
            "كتب المشاركون ورقة موقف أقرّتها الجمعية العامة للتحالف واللجنة التنفيذية في {ccivs}، واقترحوا الندوة الإلكترونية «التطوع في فلسطين» في 29 تشرين الثاني/نوفمبر 2022.", funding_ar),
    ];
    e
}

/// 000: the UNESCO-supported conference of 2021.
fn youth_conference() -> NewEvent {
    let start = at(2021, 12, 8, 14, 0, "Asia/Hebron");
    let mut e = event("palestinian-youth-challenges-2021", K::Conference, F::Online, start, start + 3 * HOUR, "Asia/Hebron", &["ccivs"]);
    e.themes = vec![T::Youth, T::Peace];
    e.texts = vec![
        with(text("en", "Palestinian Youth: Challenges and Opportunities",
            "Speakers from UNESCO, the UN system, universities and Palestinian civil society, including youth, on the issues facing young people in the occupied territories.",
            &noted("Coordinated by {ccivs:short}, the conference cast a spotlight on the opportunities and strategies aiming at involving young people in shaping their future in Palestine, using non-violent and inclusive methods. A round table was followed by an interactive session where participants asked questions and shared their comments with the speakers.", HOUR_IS_EXAMPLE_EN)),
            "", "Supported by the Participation Programme of UNESCO."),
        with(text("ar", "الشباب الفلسطيني: التحديات والفرص",
            "متحدثون من اليونسكو ومنظومة الأمم المتحدة والجامعات والمجتمع المدني الفلسطيني، ومنهم شباب، حول القضايا التي تواجه الشباب في الأراضي المحتلة.",
            &noted("سلّط المؤتمر، الذي نسّقته {ccivs}، الضوء على الفرص والاستراتيجيات الرامية إلى إشراك الشباب في صنع مستقبلهم في فلسطين بأساليب لاعنفية وشاملة. وتلت الطاولةَ المستديرة جلسةٌ تفاعلية طرح فيها المشاركون أسئلتهم وتعليقاتهم على المتحدثين.", HOUR_IS_EXAMPLE_AR)),
            "", "بدعم من برنامج المشاركة التابع لليونسكو."),
    ];
    e.speakers = vec![
        speaker("Jamal Zakout", "Chairman of the board of Al-ARD; member of the PNC", R::Keynote, &[]),
        speaker("Noha Bawazir", "Head of Office and Representative, UNESCO Ramallah", R::Panelist, &[]),
        speaker("Mazen Jabari", "Director of Orient House, Jerusalem", R::Panelist, &[]),
        speaker("Adli Dana", "Director of {ipyl:short}, Hebron", R::Panelist, &[]),
        speaker("Nidaa Nassar", "Director of {baladna:short}, Haifa", R::Panelist, &[]),
        speaker("Dr. Mahmoud Soliman", "Coventry University", R::Expert, &[
            ("en", "Palestinian researcher at Coventry University and an expert on the dynamics of peace and conflict in the region."),
            ("ar", "باحث فلسطيني في جامعة كوفنتري وخبير في ديناميات السلام والنزاع في المنطقة.")]),
    ];
    e
}

/// 000: the VICA training course, five online meetings.
fn vica() -> NewEvent {
    let first = at(2021, 6, 3, 16, 0, "Europe/Rome");
    let mut e = event("vica-training-2021", K::TrainingSeries, F::Online, first, first + 28 * DAY + 2 * HOUR, "Europe/Rome", &["ccivs"]);
    e.themes = vec![T::Volunteering, T::Peace];
    // The page says only "June until the beginning of July", and names no meeting: each is
    // numbered ("3/5", the same in every language), and the text says their dates are examples.
    e.sessions = (0..5).map(|i| (format!("{}/5", i + 1), first + i * 7 * DAY, first + i * 7 * DAY + 2 * HOUR)).collect();
    e.texts = vec![
        text("en", "Online training course: Volunteering In Conflict Areas (VICA)",
            "A series of online meetings coordinated by {ccivs:short} for participants from IVS organisations willing to enlarge their understanding and capacity in the coordination of peace projects.",
            "The first series of five online meetings was held from June until the beginning of July 2021, coordinated by the trainers Mauro Carta (Italy) and Jelisaveta Jovanovic (Serbia) with the support of two experts, Zainab Mai-Bornu and Yasin Duman, from the {ctpsr} of the University of Coventry and the University of Leicester; graphic support was provided by Yorgos Konstantinou.\n\nThrough presentations, group work, interactive sessions and case studies, participants addressed the interconnections between conflict and gender, environment, migration and identity; codes of conduct; the IVS approach to volunteering in conflict areas; and the emotional dimension of work in conflict areas.\n\n*The page says June to the beginning of July 2021: the dates and times of the five meetings shown here are examples.*"),
        text("ar", "دورة تدريبية إلكترونية: التطوع في مناطق النزاع (VICA)",
            "سلسلة لقاءات إلكترونية نسّقتها {ccivs} لمشاركين من منظمات الخدمة التطوعية الدولية يرغبون في توسيع فهمهم وقدرتهم على تنسيق مشاريع السلام.",
            "عُقدت السلسلة الأولى من خمسة لقاءات إلكترونية من حزيران/يونيو حتى مطلع تموز/يوليو 2021، ونسّقها المدرّبان ماورو كارتا (إيطاليا) ويليسافيتا يوفانوفيتش (صربيا) بدعم من خبيرين، زينب ماي-بورنو وياسين دومان، من {ctpsr} في جامعة كوفنتري وجامعة ليستر؛ وقدّم يورغوس كونستانتينو الدعم في التصميم.\n\nتناول المشاركون، عبر العروض والعمل الجماعي والجلسات التفاعلية ودراسات الحالة، الترابط بين النزاع والنوع الاجتماعي والبيئة والهجرة والهوية، ومدونات السلوك، ونهج الخدمة التطوعية الدولية في مناطق النزاع، والبعد العاطفي للعمل فيها.\n\n*تذكر الصفحة الفترة من حزيران/يونيو حتى مطلع تموز/يوليو 2021، ومواعيد اللقاءات الخمسة المعروضة هنا أمثلة.*"),
    ];
    e.speakers = vec![
        speaker("Mauro Carta", "Italy", R::Trainer, &[]),
        speaker("Jelisaveta Jovanovic", "Serbia", R::Trainer, &[]),
        speaker("Zainab Mai-Bornu", "{ctpsr:short}, University of Coventry; University of Leicester", R::Expert, &[]),
        speaker("Yasin Duman", "{ctpsr:short}, University of Coventry; University of Leicester", R::Expert, &[]),
    ];
    e
}

/// 002: the Carter Center and The Elders' convening.
fn convening() -> NewEvent {
    let start = at(2021, 3, 4, 16, 0, "Asia/Jerusalem");
    let mut e = event("joint-convening-2021-03", K::Workshop, F::Online, start, start + 3 * HOUR, "Asia/Jerusalem", &["carter-center", "the-elders"]);
    e.themes = vec![T::HumanRights, T::Peace];
    e.texts = vec![
        with(text("en", "Joint Convening with Palestinian Civil Society",
            "A virtual workshop, via Zoom, with 16 new-generation Palestinian civil society and thought leaders, to support emerging voices promoting a rights-based approach to peace and justice in Palestine.",
            &noted("Lakhdar Brahimi, former Algerian foreign minister and U.N. diplomat, represented {the-elders}. Following a listening exercise undertaken jointly in 2020–2021, the workshop was designed to (i) explore mechanisms for inclusive collaboration among civil society across Palestinian geographies; (ii) combat national fragmentation; and (iii) begin building an inclusive network of civil society representatives and thought leaders.", HOUR_IS_EXAMPLE_EN)),
            "Participants came from across geographical areas: 1948 Palestinians, the diaspora (based in the U.S., Europe and Lebanon), the Gaza Strip and the West Bank.\n\n- **Accountability**: the International Criminal Court's decision to open an investigation into possible war crimes in the Occupied Palestinian Territories gives civil society a common objective.\n- **Elections**: most participants expressed reservations about the upcoming Palestinian election.\n- **Big tech**: “tech organisations get to decide which voices can be heard.”\n- **A national movement**: civil society represents the greatest opportunity to craft and lead a collective Palestinian voice.\n- **Collaboration**: an inclusive mechanism across geographies, for coordinated messaging, joint research and dialogue on Palestinian identity.\n- **International support**: protect civic and advocacy space and provide more flexible funding, without preset agendas.\n\n{carter-center} said it would continue convening civil society across geographies, its field office serving as a conduit between workshops.", ""),
        with(text("ar", "لقاء مشترك مع المجتمع المدني الفلسطيني",
            "ورشة عمل افتراضية عبر زوم مع 16 من قادة المجتمع المدني والفكر الفلسطينيين من الجيل الجديد، لدعم الأصوات الصاعدة التي تتبنى نهجًا قائمًا على الحقوق لتحقيق السلام والعدالة في فلسطين.",
            &noted("مثّل الأخضر الإبراهيمي، وزير الخارجية الجزائري الأسبق والدبلوماسي في الأمم المتحدة، {the-elders}. وجاءت الورشة بعد عملية استماع مشتركة في 2020–2021، وصُمّمت من أجل: (1) استكشاف آليات للتعاون الشامل بين مكوّنات المجتمع المدني عبر الجغرافيات الفلسطينية؛ (2) مواجهة التشرذم الوطني؛ (3) البدء في بناء شبكة شاملة من ممثلي المجتمع المدني وقادة الفكر.", HOUR_IS_EXAMPLE_AR)),
            "جاء المشاركون من مختلف المناطق: فلسطينيو 1948، والشتات (في الولايات المتحدة وأوروبا ولبنان)، وقطاع غزة، والضفة الغربية.\n\n- **المساءلة**: قرار المحكمة الجنائية الدولية فتح تحقيق في جرائم حرب محتملة في الأراضي الفلسطينية المحتلة يمنح المجتمع المدني هدفًا مشتركًا.\n- **الانتخابات**: أبدى معظم المشاركين تحفظات على الانتخابات الفلسطينية المقبلة.\n- **شركات التكنولوجيا الكبرى**: «شركات التكنولوجيا هي التي تقرّر أي الأصوات تُسمع».\n- **حركة وطنية**: يمثّل المجتمع المدني أكبر فرصة لصياغة صوت فلسطيني جماعي وقيادته.\n- **التعاون**: آلية شاملة عبر الجغرافيات لتنسيق الرسائل والبحث المشترك والحوار حول الهوية الفلسطينية.\n- **الدعم الدولي**: حماية فضاء العمل المدني والمناصرة، وتمويل أكثر مرونة بلا أجندات مسبقة.\n\nأعلن {carter-center} أنه سيواصل جمع المجتمع المدني عبر الجغرافيات، على أن يكون مكتبه الميداني صلة الوصل بين الورشات.", ""),
    ];
    e
}

/// 003: the network coordinators' meeting in Paris. The page gives the days, not the year.
fn coordinators_meeting() -> NewEvent {
    let start = at(2019, 4, 21, 9, 0, "Europe/Paris");
    let mut e = event("network-coordinators-meeting-paris", K::Meeting, F::InPerson, start, start + 4 * DAY + 9 * HOUR, "Europe/Paris", &["ccivs"]);
    e.city = "Paris".into();
    e.country = "FR".into();
    e.themes = vec![T::Volunteering, T::Peace, T::HumanRights];
    e.texts = vec![
        text("en", "Inclusive Voluntary Service for Peace – Network Coordinators Meeting",
            "Representatives of IVS organisations and networks met in Paris to develop a strategy for the Raising Peace Campaign for the next two years, based on the previous experience, the current challenges and future plans.",
            "The programme held:\n\n- a workshop on Impact Measurement;\n- a partnership meeting for the new project #IVS4Peace, a three-year upscaling process focusing on social inclusion;\n- on 23 April, a meeting with Simona Costanzo-Sow, Course Coordinator with the UNSSC Knowledge Centre for Sustainable Development and former Director of {ccivs:short}, who advised on how to strengthen cooperation and partnership with external stakeholders;\n- discussions and debates about the Raising Peace Campaign and what its strategic plan should be.\n\n*The page gives 21 to 25 April but not the year: the year and times shown here are examples.*"),
        text("ar", "الخدمة التطوعية الشاملة من أجل السلام – اجتماع منسقي الشبكات",
            "اجتمع ممثلو منظمات الخدمة التطوعية الدولية وشبكاتها في باريس لوضع استراتيجية لحملة Raising Peace للعامين المقبلين، بناءً على التجربة السابقة والتحديات الراهنة والخطط المستقبلية.",
            "تضمّن البرنامج:\n\n- ورشة عمل حول قياس الأثر؛\n- اجتماع شراكة للمشروع الجديد ‎#IVS4Peace، وهو مسار توسّع مدته ثلاث سنوات يركّز على الإدماج الاجتماعي؛\n- في 23 نيسان/أبريل، لقاء مع سيمونا كوستانزو-سو، منسقة الدورات في مركز المعرفة للتنمية المستدامة التابع لكلية موظفي منظومة الأمم المتحدة (UNSSC) والمديرة السابقة ل{ccivs}، قدّمت فيه نصائح لتعزيز التعاون والشراكة مع الجهات الخارجية؛\n- نقاشات حول حملة Raising Peace وما ينبغي أن تكون عليه خطتها الاستراتيجية.\n\n*تذكر الصفحة الأيام من 21 إلى 25 نيسان/أبريل دون السنة، والسنة والتوقيت المعروضان هنا مثال.*"),
    ];
    e.speakers = vec![speaker("Simona Costanzo-Sow", "UNSSC Knowledge Centre for Sustainable Development", R::Speaker, &[
        ("en", "Course Coordinator with the UNSSC Knowledge Centre for Sustainable Development and former Director of {ccivs:short}."),
        ("ar", "منسقة الدورات في مركز المعرفة للتنمية المستدامة التابع لكلية موظفي منظومة الأمم المتحدة، والمديرة السابقة ل{ccivs}.")])];
    e
}
