//! Upcoming events made up so RSVPs, waitlists and interpretation can be tried at once: the
//! networks' pages describe the kinds (monthly calls, global calls, working-group meetings, study
//! visits) but not these dates, so every text says it is an example.
use super::events::{event, noted, text, DAY, HOUR};
use app::events::{EventFormat as F, EventKind as K};
use app::organisations::Theme as T;

const EXAMPLE_EN: &str = "*An example made for the demo: the date, languages, meeting link, places and programme are not real.*";
const EXAMPLE_AR: &str = "*مثال أُعدّ للعرض التجريبي: التاريخ واللغات ورابط الاجتماع وعدد المقاعد والبرنامج ليست حقيقية.*";

/// The upcoming events, placed after `now`.
pub(super) fn upcoming(now: i64) -> Vec<app::events::queries::NewEvent> {
    let today = now - now.rem_euclid(DAY);
    let mut list = Vec::new();

    // 001: the network's monthly calls with Ras al-Auja, the next three.
    for (i, days) in [9_i64, 37, 65].iter().enumerate() {
        let start = today + days * DAY + 16 * HOUR;
        let mut e = event(&format!("ras-al-auja-monthly-call-{}", i + 1), K::MonthlyCall, F::Online, start, start + HOUR + 30 * 60, "Asia/Hebron",
            &["ucp-solidarity-network", "ras-al-auja"]);
        e.languages = vec!["ar".into()];
        e.themes = vec![T::Protection, T::HumanRights];
        e.join_url = "https://meet.example.org/ucp-ras-al-auja".into();
        e.channels = vec![("en".into(), "Consecutive interpretation into English in the main room (an example made for the demo).".into())];
        e.texts = vec![
            text("en", "Monthly call with {ras-al-auja:short} (example)",
                "Members of {ucp-solidarity-network} take part in monthly Zoom meetings with the Bedouin community of {ras-al-auja:short}, in the South Jordan Valley, to hear its stories on its own terms.",
                &noted("Chapters and individuals get to know the community's families, so that if a violent incident occurs they are ready to act as advocates and supporters.", EXAMPLE_EN)),
            text("ar", "اللقاء الشهري مع {ras-al-auja:short} (مثال)",
                "يشارك أعضاء {ucp-solidarity-network} في لقاءات شهرية عبر زوم مع {ras-al-auja} البدوي في جنوب الأغوار، للاستماع إلى قصص أهله كما يروونها.",
                &noted("تتعرّف الفروع والأفراد إلى عائلات التجمّع، ليكونوا مستعدين للمناصرة والدعم إن وقع اعتداء.", EXAMPLE_AR)),
        ];
        list.push(e);
    }

    // 004: a next global call; the page names only French among its five languages.
    let start = today + 21 * DAY + 14 * HOUR;
    let mut e = event("icsgp-global-call-next", K::Webinar, F::Online, start, start + 2 * HOUR, "America/New_York", &["icsgp"]);
    e.themes = vec![T::HumanRights, T::HumanitarianAid];
    e.capacity = Some(500);
    e.rsvp_closes_at = Some(start - 2 * HOUR);
    e.join_url = "https://meet.example.org/icsgp-global-call".into();
    e.channels = vec![("fr".into(), "Choose French in the meeting's interpretation menu (an example made for the demo).".into())];
    e.texts = vec![
        text("en", "Global Call to Action (example)",
            "An example of a next global call of {icsgp:short}, with simultaneous interpretation.",
            &noted("Groups share ways they build public support for an end to the genocide, provide humanitarian aid and amplify the global anti-colonial movement.", EXAMPLE_EN)),
        text("ar", "النداء العالمي للعمل (مثال)",
            "مثال على نداء عالمي قادم يعقده {icsgp}، بترجمة فورية.",
            &noted("تتبادل المجموعات طرقها في بناء دعم شعبي لوقف الإبادة، وتقديم المساعدات الإنسانية، وتعزيز الحركة العالمية المناهضة للاستعمار.", EXAMPLE_AR)),
    ];
    list.push(e);

    // 000: an open meeting of the working group, with three places, to see the waitlist.
    let start = today + 14 * DAY + 15 * HOUR;
    let mut e = event("ccivs-working-group-open-meeting", K::Meeting, F::Online, start, start + HOUR, "Europe/Paris", &["ccivs"]);
    e.languages = vec!["en".into(), "fr".into()];
    e.themes = vec![T::Volunteering];
    e.capacity = Some(3);
    e.join_url = "https://meet.example.org/ccivs-working-group".into();
    e.texts = vec![
        text("en", "Palestine Solidarity Working Group: open meeting (example)",
            "Updates and ideas for initiatives and actions that {ccivs:short} and its members can join. Three places for guests.",
            &noted("The working group shares its action sheet, the donation button and its proposal for an online and offline event in support of the Palestinian people.", EXAMPLE_EN)),
        text("fr", "Groupe de travail Solidarité Palestine : réunion ouverte (exemple)",
            "Nouvelles et idées d’initiatives et d’actions auxquelles le {ccivs:short} et ses membres peuvent se joindre. Trois places pour les invité·es.",
            "Le groupe de travail présente sa fiche d’action, le bouton de don et sa proposition d’événement en ligne et hors ligne en soutien au peuple palestinien.\n\n*Un exemple créé pour la démonstration : la date, les langues, le lien de la réunion, les places et le programme ne sont pas réels.*"),
        text("ar", "فريق العمل للتضامن مع فلسطين: اجتماع مفتوح (مثال)",
            "مستجدات وأفكار لمبادرات وأنشطة يمكن أن تنضم إليها {ccivs} وأعضاؤها. ثلاثة مقاعد للضيوف.",
            &noted("يعرض فريق العمل ورقة التحرّك وزر التبرع واقتراحه لفعالية إلكترونية وحضورية دعمًا للشعب الفلسطيني.", EXAMPLE_AR)),
    ];
    list.push(e);

    // 000: an information session about a study visit, with four places.
    let start = today + 18 * DAY + 13 * HOUR;
    let mut e = event("study-visit-information-session", K::Meeting, F::Online, start, start + HOUR, "Asia/Hebron", &["ipyl", "ccivs"]);
    e.languages = vec!["en".into(), "ar".into()];
    e.themes = vec![T::Youth, T::Volunteering];
    e.capacity = Some(4);
    e.join_url = "https://meet.example.org/ipyl-information-session".into();
    e.texts = vec![
        text("en", "Study visit to Palestine: information session for sending organisations (example)",
            "How a study visit hosted by {ipyl:short} in Hebron works, for the organisations that send participants. Four places.",
            &noted("What such a programme holds (visits, exchanges of practice, meetings with the hosts), as in the 2022 study visit.", EXAMPLE_EN)),
        text("ar", "الزيارة الدراسية إلى فلسطين: جلسة تعريفية للمنظمات المرسِلة (مثال)",
            "كيف تجري زيارة دراسية يستضيفها {ipyl} في الخليل، للمنظمات التي ترسل مشاركين. أربعة مقاعد.",
            &noted("ما يتضمّنه برنامج كهذا (زيارات وتبادل خبرات ولقاءات مع الجهات المضيفة)، كما في الزيارة الدراسية عام 2022.", EXAMPLE_AR)),
    ];
    list.push(e);

    list
}
