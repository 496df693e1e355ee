//! The demo events: the gatherings the networks' own pages describe (shared/seeds), with their
//! speakers, dates, languages, recordings and reports, and a few upcoming ones (a monthly call
//! with Ras al-Auja, a coalition call with interpretation, a small working-group meeting whose
//! places run out) placed relative to today, so RSVPs can be tried at once.
use app::db::Db;
use app::events::queries::{insert_event, EventText, EventWriteError, NewEvent, NewSpeaker};
use app::events::time::local_to_utc;
use app::events::{EventFormat as F, EventKind as K, EventStatus, SpeakerRole as R};
use app::organisations::Theme as T;

const HOUR: i64 = 3600;
const DAY: i64 = 86_400;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, zone: &str) -> i64 {
    #[allow(clippy::expect_used)] // the demo's own constants: a wrong one fails its first load, in tests
    local_to_utc(y, m, d, h, min, zone).expect("demo times exist in their zones")
}

fn text(lang: &str, title: &str, summary: &str, description: &str) -> EventText {
    EventText { language: lang.into(), title: title.into(), summary: summary.into(), description: description.into(), ..EventText::default() }
}

fn speaker(name: &str, affiliation: &str, role: R, bios: &[(&str, &str)]) -> NewSpeaker {
    NewSpeaker {
        name: name.into(),
        affiliation: affiliation.into(),
        role,
        bios: bios.iter().map(|(l, b)| (l.to_string(), b.to_string())).collect(),
    }
}

fn event(slug: &str, kind: K, format: F, starts_at: i64, ends_at: i64, timezone: &str, organisers: &[&str]) -> NewEvent {
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

/// The events, given the time of loading (upcoming ones are placed after it).
pub fn events(now: i64) -> Vec<NewEvent> {
    let mut list = Vec::new();

    // 004: the coalition's first Global Call to Action.
    let start = at(2024, 3, 17, 10, 0, "America/New_York");
    let mut e = event("icsgp-global-call-2024-03", K::Webinar, F::Online, start, start + 2 * HOUR, "America/New_York",
        &["icsgp", "black-alliance-for-peace"]);
    e.languages = ["en", "ar", "fr", "es", "pt"].map(String::from).to_vec();
    e.themes = vec![T::HumanRights, T::Legal, T::HumanitarianAid];
    e.attendance = Some(240);
    e.join_url = "https://meet.example.org/icsgp-global-call".into();
    e.channels = [("ar", "Arabic channel"), ("fr", "French channel"), ("es", "Spanish channel"), ("pt", "Portuguese channel")]
        .iter().map(|(l, c)| (l.to_string(), format!("Choose the {c} in the meeting's interpretation menu."))).collect();
    e.texts = vec![
        EventText {
            language: "en".into(),
            title: "International Coalition to Stop Genocide in Palestine: Global Call to Action".into(),
            summary: "The coalition's first global call, simultaneously interpreted into five languages: how groups build public support for an end to the genocide, provide humanitarian aid and amplify the global anti-colonial movement.".into(),
            description: "The International Coalition to Stop Genocide in Palestine (ICSGP) convened in late December 2023 to push for Israel to be held accountable under the Genocide Convention. Its initial letter was signed by **2,000 organisations from over 120 countries**.\n\nThis first Global Call to Action shares how member groups are:\n\n- building public support for an end to Israel's genocidal acts;\n- providing humanitarian aid to Palestinians, including through global days of fasting;\n- amplifying the global anti-colonial, anti-imperial movement.".into(),
            report: "The call was held on 17 March 2024 and interpreted into Arabic, French, Spanish and Portuguese. Organisations are signing a letter denouncing the use of starvation as a tool of genocide (organisations only); the next global day of fasting is on 13 April 2024.".into(),
            funding: String::new(),
        },
        EventText {
            language: "ar".into(),
            title: "التحالف الدولي لوقف الإبادة الجماعية في فلسطين: النداء العالمي للعمل".into(),
            summary: "أول لقاء عالمي للتحالف، بترجمة فورية إلى خمس لغات: كيف تبني المجموعات دعمًا شعبيًا لوقف الإبادة، وتقدّم المساعدات الإنسانية، وتعزز الحركة العالمية المناهضة للاستعمار.".into(),
            description: "انعقد التحالف الدولي لوقف الإبادة الجماعية في فلسطين أواخر كانون الأول/ديسمبر 2023 للمطالبة بمحاسبة إسرائيل بموجب اتفاقية منع الإبادة الجماعية. وقّعت على رسالته الأولى **2000 منظمة من أكثر من 120 دولة**.".into(),
            report: "عُقد اللقاء في 17 آذار/مارس 2024 بترجمة فورية إلى العربية والفرنسية والإسبانية والبرتغالية.".into(),
            funding: String::new(),
        },
    ];
    e.speakers = vec![
        speaker("Ajamu Baraka", "Black Alliance for Peace", R::Moderator, &[]),
        speaker("Azhar Sakoor", "Palestine Solidarity Alliance Youth League, South Africa", R::Panelist,
            &[("en", "An attorney who serves as Executive with the Palestine Solidarity Alliance Youth League in South Africa.")]),
        speaker("Marcy Winograd", "CODEPINK", R::Panelist,
            &[("en", "Co-hosts CODEPINK Congress, a bimonthly programme on US foreign policy, co-produces CODEPINK Radio, and oversees CODEPINK's campaign to support South Africa's case at the World Court.")]),
        speaker("Pawel Wargan", "Progressive International", R::Panelist,
            &[("en", "A researcher and organiser; Coordinator of the Secretariat at the Progressive International.")]),
        speaker("Lamis Deek", "Global Legal Alliance for Palestine", R::Panelist,
            &[("en", "A Palestinian-born attorney practising internationally from New York; she co-convened the Global Legal Alliance for Palestine and founded the Palestinian Assembly for Liberation Law Commission.")]),
        speaker("Fuad Abu Saifa", "Union of Agricultural Work Committees (UAWC)", R::Panelist,
            &[("en", "Director of UAWC and a board member of La Via Campesina; founder of the Indigenous Seed Bank in Palestine."),
              ("ar", "مدير اتحاد لجان العمل الزراعي وعضو مجلس إدارة لا فيا كامبسينا، ومؤسس بنك البذور البلدية في فلسطين.")]),
    ];
    e.recordings = vec![
        ("en".into(), "https://video.example.org/icsgp-global-call-2024-03-17".into(), 0),
        ("fr".into(), "https://video.example.org/icsgp-global-call-2024-03-17-fr".into(), 50 * 60),
    ];
    list.push(e);

    // 000: the Palestine Online Conference, with SCI.
    let start = at(2024, 7, 17, 15, 0, "Europe/Paris");
    let mut e = event("palestine-online-conference-2024", K::Conference, F::Online, start, start + 2 * HOUR + 30 * 60, "Europe/Paris", &["ccivs", "sci"]);
    e.themes = vec![T::Peace, T::Volunteering, T::DigitalRights];
    e.attendance = Some(80);
    e.texts = vec![
        EventText {
            language: "en".into(),
            title: "Palestine Online Conference: Standing in Solidarity Against Racism and Oppression".into(),
            summary: "Activists, academics and volunteers on apartheid, genocide and systemic racism faced by Palestinians, and ways to foster meaningful international solidarity.".into(),
            description: "CCIVS and SCI host an online conference bringing together activists, academics and volunteers to stand in solidarity with Palestine.".into(),
            report: "**With over 80 participants**, the conference gave a platform to personal stories and expert analysis.\n\n### The historical struggle\nAdli Daana traced the roots of Palestinian oppression back to 1917.\n\n### Digital oppression\nMona Shtaya described how technology is weaponised against Palestinians: account suspensions and shadowbanning that disproportionately target Arabic content.\n\n### Global solidarity and grassroots action\nSami Huraini and Paul Winter emphasised grassroots initiatives and international volunteer networks.".into(),
            funding: String::new(),
        },
        EventText {
            language: "ar".into(),
            title: "المؤتمر الإلكتروني حول فلسطين: متضامنون ضد العنصرية والقمع".into(),
            summary: "ناشطون وأكاديميون ومتطوعون حول الفصل العنصري والإبادة والعنصرية الممنهجة التي يواجهها الفلسطينيون، وسبل تعزيز تضامن دولي فعّال.".into(),
            description: "تستضيف لجنة تنسيق الخدمة التطوعية الدولية والخدمة المدنية الدولية مؤتمرًا إلكترونيًا يجمع ناشطين وأكاديميين ومتطوعين تضامنًا مع فلسطين.".into(),
            report: "شارك في المؤتمر **أكثر من 80 شخصًا**.".into(),
            funding: String::new(),
        },
    ];
    e.speakers = vec![
        speaker("Ratherford Mwaruta", "CCIVS President", R::Speaker, &[("en", "Opened the event with a minute of silence for the victims of the ongoing genocide.")]),
        speaker("Dr. Husam S. Zomlot", "Ambassador of Palestine to the United Kingdom", R::Keynote, &[]),
        speaker("Mona Shtaya", "Digital Action", R::Panelist, &[("en", "Campaigns and Partnerships Manager at Digital Action.")]),
        speaker("Alaa Amro", "SCI volunteer", R::Panelist, &[("en", "European Studies postgraduate, SCI volunteer and activist.")]),
        speaker("Adli Daana", "Palestinian Centre for Media, Research and Development", R::Panelist, &[]),
        speaker("Sami Huraini", "Youth of Sumud", R::Panelist, &[("en", "Human rights defender.")]),
        speaker("Paul Winter", "Volunteer Action for Peace UK", R::Panelist, &[("en", "Deputy Chair of Volunteer Action for Peace UK.")]),
    ];
    list.push(e);

    // 000: the UNESCO-supported conference of 2021.
    let start = at(2021, 12, 8, 14, 0, "Asia/Hebron");
    let mut e = event("palestinian-youth-challenges-2021", K::Conference, F::Online, start, start + 3 * HOUR, "Asia/Hebron", &["ccivs"]);
    e.languages = vec!["en".into(), "ar".into()];
    e.themes = vec![T::Youth, T::Peace];
    e.texts = vec![
        EventText {
            language: "en".into(),
            title: "Palestinian Youth: Challenges and Opportunities".into(),
            summary: "Speakers from UNESCO, the UN system, universities and Palestinian civil society on the opportunities for young people to shape their future.".into(),
            description: "A round table followed by an interactive session where participants asked questions and shared comments with the speakers.".into(),
            report: String::new(),
            funding: "Supported by the Participation Programme of UNESCO.".into(),
        },
        EventText {
            language: "ar".into(),
            title: "الشباب الفلسطيني: التحديات والفرص".into(),
            summary: "متحدثون من اليونسكو ومنظومة الأمم المتحدة والجامعات والمجتمع المدني الفلسطيني حول فرص الشباب في تشكيل مستقبلهم.".into(),
            description: "طاولة مستديرة تلتها جلسة تفاعلية طرح فيها المشاركون أسئلتهم وتعليقاتهم على المتحدثين.".into(),
            report: String::new(),
            funding: "بدعم من برنامج المشاركة التابع لليونسكو.".into(),
        },
    ];
    e.speakers = vec![
        speaker("Jamal Zakout", "Chairman of the board of Al-ARD; member of the PNC", R::Keynote, &[]),
        speaker("Noha Bawazir", "UNESCO Ramallah", R::Panelist, &[]),
        speaker("Mazen Jabari", "Orient House, Jerusalem", R::Panelist, &[]),
        speaker("Adli Dana", "IPYL, Hebron", R::Panelist, &[]),
        speaker("Nidaa Nassar", "Baladna, Haifa", R::Panelist, &[]),
        speaker("Dr. Mahmoud Soliman", "Coventry University", R::Expert, &[]),
    ];
    list.push(e);

    // 000: the VICA training course, five online meetings.
    let first = at(2021, 6, 3, 16, 0, "Europe/Rome");
    let mut e = event("vica-training-2021", K::TrainingSeries, F::Online, first, first + 28 * DAY + 2 * HOUR, "Europe/Rome", &["ccivs", "ctpsr"]);
    e.themes = vec![T::Volunteering, T::Peace];
    e.sessions = (0..5)
        .map(|i| (format!("Meeting {}", i + 1), first + i * 7 * DAY, first + i * 7 * DAY + 2 * HOUR))
        .collect();
    e.texts = vec![text(
        "en",
        "Online training course: Volunteering In Conflict Areas (VICA)",
        "Five online meetings for IVS organisations coordinating peace projects: conflict and gender, environment, migration and identity; code of conduct; the emotional dimension.",
        "Through presentations, group work, interactive sessions and case studies, participants addressed the interconnections between conflict and gender, environment, migration and identity; codes of conduct; the IVS approach to volunteering in conflict areas; and the emotional dimension of work in conflict areas.",
    )];
    e.speakers = vec![
        speaker("Mauro Carta", "Italy", R::Trainer, &[]),
        speaker("Jelisaveta Jovanovic", "Serbia", R::Trainer, &[]),
        speaker("Zainab Mai-Bornu", "CTPSR, Coventry University", R::Expert, &[]),
        speaker("Yasin Duman", "University of Leicester", R::Expert, &[]),
    ];
    list.push(e);

    // 000: the study visit, postponed from 2020.
    let start = at(2022, 9, 10, 9, 0, "Asia/Hebron");
    let mut e = event("palestine-study-visit-2022", K::StudyVisit, F::InPerson, start, start + 8 * DAY, "Asia/Hebron", &["ccivs", "baladna", "ipyl"]);
    e.postponed_from = Some(at(2020, 9, 12, 9, 0, "Asia/Hebron"));
    e.city = "Haifa, Hebron".into();
    e.country = "PS".into();
    e.languages = vec!["en".into(), "ar".into()];
    e.themes = vec![T::Youth, T::HumanRights, T::Volunteering];
    e.texts = vec![
        EventText {
            language: "en".into(),
            title: "Raising Peace Study Visit to Palestine".into(),
            summary: "Eight days with Baladna in Haifa and IPYL in Hebron: capacity building, support to the Palestinian cause, and understanding through direct experience.".into(),
            description: "Visits took the group to Hebron, Ramallah, Jerusalem, Nablus, Jericho, Bethlehem, Jaffa, Haifa, Lajun and Rahat. A video call was set up with youth and activists in Gaza, which the blockade made impossible to visit.".into(),
            report: "The participants wrote a position paper, validated by the Alliance General Assembly and the CCIVS Executive Committee, and proposed the online symposium *Volunteering in Palestine* for 29 November.".into(),
            funding: "Supported by the Erasmus+ programme of the European Union.".into(),
        },
        EventText {
            language: "ar".into(),
            title: "زيارة دراسية إلى فلسطين: صناعة السلام".into(),
            summary: "ثمانية أيام مع جمعية بلدنا في حيفا ومنتدى شارك الشبابي في الخليل: بناء القدرات ودعم القضية الفلسطينية والفهم من خلال التجربة المباشرة.".into(),
            description: String::new(),
            report: String::new(),
            funding: "بدعم من برنامج إيراسموس+ التابع للاتحاد الأوروبي.".into(),
        },
    ];
    list.push(e);

    // 002: the Carter Center and The Elders' convening.
    let start = at(2021, 3, 4, 16, 0, "Asia/Jerusalem");
    let mut e = event("joint-convening-2021-03", K::Workshop, F::Online, start, start + 3 * HOUR, "Asia/Jerusalem", &["carter-center", "the-elders"]);
    e.themes = vec![T::HumanRights, T::Peace];
    e.attendance = Some(16);
    e.texts = vec![EventText {
        language: "en".into(),
        title: "Joint Convening with Palestinian Civil Society".into(),
        summary: "A virtual workshop with 16 new-generation Palestinian civil society and thought leaders, for a rights-based approach to peace and justice.".into(),
        description: "Designed to (i) explore mechanisms for inclusive collaboration among civil society across Palestinian geographies; (ii) combat national fragmentation; and (iii) begin building an inclusive network of civil society representatives and thought leaders.".into(),
        report: "Participants from 1948 Palestine, the diaspora (the U.S., Europe and Lebanon), the Gaza Strip and the West Bank took part.\n\n- **Accountability**: the International Criminal Court's decision to open an investigation gives civil society a common objective.\n- **Elections**: most participants expressed reservations about the upcoming Palestinian election.\n- **A national movement**: civil society represents the greatest opportunity to craft a collective Palestinian voice.\n- **International support**: protect civic space and provide more flexible funding, without preset agendas.".into(),
        funding: String::new(),
    }];
    e.speakers = vec![speaker("Lakhdar Brahimi", "The Elders", R::Speaker, &[("en", "Former Algerian foreign minister and U.N. diplomat.")])];
    list.push(e);

    // 001: monthly calls with Ras al-Auja, the next three.
    let today = now - now.rem_euclid(DAY);
    for (i, days) in [9_i64, 37, 65].iter().enumerate() {
        let start = today + days * DAY + 16 * HOUR;
        let mut e = event(&format!("ras-al-auja-monthly-call-{}", i + 1), K::MonthlyCall, F::Online, start, start + HOUR + 30 * 60, "Asia/Hebron",
            &["ucp-solidarity-network", "ras-al-auja"]);
        e.original_language = "en".into();
        e.languages = vec!["ar".into(), "en".into()];
        e.themes = vec![T::Protection, T::HumanRights];
        e.join_url = "https://meet.example.org/ucp-ras-al-auja".into();
        e.channels = vec![("en".into(), "Consecutive interpretation from Arabic into English in the main room.".into())];
        e.texts = vec![
            text("en", "Monthly call with Ras al-Auja", "Members of the solidarity chapters hear the stories of the Bedouin community of Ras al-Auja, in the South Jordan Valley, on their own terms.",
                "Part of the UCP in Palestine Solidarity Network: chapters of schools, universities, faith groups and individuals forming relationships with the community, so that if a violent incident occurs they are ready to act as advocates and supporters."),
            text("ar", "اللقاء الشهري مع رأس العوجا", "يستمع أعضاء فروع شبكة التضامن إلى قصص تجمّع رأس العوجا البدوي في جنوب غور الأردن، بكلماتهم.",
                "جزء من شبكة التضامن التابعة لقوة السلام اللاعنفية في فلسطين."),
        ];
        list.push(e);
    }

    // An upcoming coalition call with interpretation and a closing date for RSVPs.
    let start = today + 21 * DAY + 14 * HOUR;
    let mut e = event("icsgp-global-call-next", K::Webinar, F::Online, start, start + 2 * HOUR, "America/New_York", &["icsgp"]);
    e.languages = ["en", "ar", "fr", "es", "pt"].map(String::from).to_vec();
    e.themes = vec![T::HumanRights, T::HumanitarianAid];
    e.capacity = Some(500);
    e.rsvp_closes_at = Some(start - 2 * HOUR);
    e.join_url = "https://meet.example.org/icsgp-global-call".into();
    e.channels = [("ar", "Arabic"), ("fr", "French"), ("es", "Spanish"), ("pt", "Portuguese")]
        .iter().map(|(l, c)| (l.to_string(), format!("Choose {c} in the meeting's interpretation menu."))).collect();
    e.texts = vec![
        text("en", "Global Call to Action: building support for the case at the World Court", "The coalition's next global call, with simultaneous interpretation into Arabic, French, Spanish and Portuguese.", "Member organisations share their actions, the sign-on letter against starvation as a weapon, and the coming global days of fasting."),
        text("ar", "النداء العالمي للعمل: حشد الدعم للقضية أمام محكمة العدل الدولية", "اللقاء العالمي القادم للتحالف، بترجمة فورية إلى العربية والفرنسية والإسبانية والبرتغالية.", "تعرض المنظمات الأعضاء أنشطتها ورسالة التوقيع ضد استخدام التجويع سلاحًا وأيام الصيام العالمية القادمة."),
    ];
    e.speakers = vec![speaker("Ajamu Baraka", "Black Alliance for Peace", R::Moderator, &[])];
    list.push(e);

    // A small meeting whose places run out, to see the waitlist.
    let start = today + 14 * DAY + 15 * HOUR;
    let mut e = event("ccivs-working-group-open-meeting", K::Meeting, F::Online, start, start + HOUR, "Europe/Paris", &["ccivs"]);
    e.languages = vec!["en".into(), "fr".into()];
    e.themes = vec![T::Volunteering];
    e.capacity = Some(3);
    e.join_url = "https://meet.example.org/ccivs-working-group".into();
    e.texts = vec![
        text("en", "Palestine Solidarity Working Group: open meeting", "Updates and ideas for initiatives and actions that CCIVS and its members can join. Three places for guests.", "The working group shares the action sheet, the donation button and the proposal for an online and offline event in support of the Palestinian people."),
        text("fr", "Groupe de travail Solidarité Palestine : réunion ouverte", "Nouvelles et idées d’initiatives et d’actions auxquelles le CCSVI et ses membres peuvent se joindre. Trois places pour les invité·es.", ""),
    ];
    list.push(e);

    // Another small one: an information session for organisations sending volunteers.
    let start = today + 18 * DAY + 13 * HOUR;
    let mut e = event("study-visit-information-session", K::Meeting, F::Online, start, start + HOUR, "Asia/Hebron", &["ipyl", "ccivs"]);
    e.languages = vec!["en".into(), "ar".into()];
    e.themes = vec![T::Youth, T::Volunteering];
    e.capacity = Some(4);
    e.join_url = "https://meet.example.org/ipyl-information-session".into();
    e.texts = vec![
        text("en", "Study visit to Palestine: information session for sending organisations", "IPYL and CCIVS present the next study visit in Hebron to the organisations that will send participants. Four places.", "What the programme holds, how participants are prepared, and how the hosts work."),
        text("ar", "الزيارة الدراسية إلى فلسطين: جلسة تعريفية للمنظمات المرسِلة", "يعرض منتدى شارك الشبابي ولجنة تنسيق الخدمة التطوعية الدولية الزيارة الدراسية القادمة إلى الخليل على المنظمات التي سترسل مشاركين. أربعة أماكن.", ""),
    ];
    list.push(e);

    list
}

/// Loads the demo events in one transaction, unless they are there already.
pub async fn load(db: &Db) -> Result<(), EventWriteError> {
    let now = crate::now();
    let events = events(now);
    let (exists,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE slug = $1").bind(&events[0].slug).fetch_one(&db.pool).await?;
    if exists > 0 {
        return Ok(());
    }
    let mut tx = db.begin_write().await?;
    for event in &events {
        insert_event(&mut tx, event, now).await?;
    }
    tx.commit().await?;
    tracing::info!(events = events.len(), "demo events loaded");
    Ok(())
}
