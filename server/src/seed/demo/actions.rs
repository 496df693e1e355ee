//! 004 and 000: the letters and the statement the pages describe, said only as they say them.
//! The pages do not give the letters' or the statement's own words, nor when the letters
//! opened or close: the texts say so rather than invent them.
use app::actions::queries::NewAction;
use app::actions::{ActionKind, ActionStatus, ActionText, ReportedCount, Signatories};
use app::organisations::Theme as T;

fn text(language: &str, title: &str, summary: &str, body: &str) -> ActionText {
    ActionText { language: language.into(), title: title.into(), summary: summary.into(), body: body.into(), ..ActionText::default() }
}

fn action(slug: &str, kind: ActionKind, status: ActionStatus, signatories: Signatories, organiser: &str) -> NewAction {
    NewAction {
        slug: slug.into(),
        kind,
        status,
        signatories,
        opens_at: None,
        closes_at: None,
        timezone: "UTC".into(),
        goal: None,
        adopted_on: String::new(),
        original_language: "en".into(),
        texts: Vec::new(),
        organisers: vec![organiser.into()],
        events: Vec::new(),
        themes: Vec::new(),
        reported: Vec::new(),
    }
}

const WORDS_NOT_GIVEN_EN: &str = "*The page that mentions it does not give its text.*";
const WORDS_NOT_GIVEN_AR: &str = "*لا تذكر الصفحة التي تشير إليه نصّه.*";

pub(super) fn from_seeds() -> Vec<NewAction> {
    // 004: the coalition's first letter, signed elsewhere.
    let mut initial = action("icsgp-initial-letter", ActionKind::SignOnLetter, ActionStatus::Closed, Signatories::Organisations, "icsgp");
    initial.themes = vec![T::Legal, T::HumanRights];
    initial.events = vec!["icsgp-global-call-2024-03".into()];
    initial.texts = vec![
        text("en", "The initial letter of {icsgp:short}",
            "The initial letter released by {icsgp:short}, which convened in late December 2023 to push for Israel to be held accountable under the Genocide Convention. It was signed by 2,000 organisations from over 120 countries.",
            WORDS_NOT_GIVEN_EN),
        text("ar", "الرسالة الأولى من {icsgp}",
            "الرسالة الأولى التي أصدرها {icsgp}، الذي تأسس أواخر كانون الأول/ديسمبر 2023 للمطالبة بمحاسبة إسرائيل بموجب اتفاقية منع الإبادة الجماعية. وقّعت عليها 2000 منظمة من أكثر من 120 دولة.",
            WORDS_NOT_GIVEN_AR),
    ];
    initial.reported = vec![ReportedCount {
        signatures: 2000,
        organisations: 2000,
        countries: 120,
        wording: "The initial letter released by the ICSGP was signed by 2,000 organizations from over 120 countries.".into(),
        language: "en".into(),
        source: "The article on the coalition's first Global Call to Action, 17 March 2024".into(),
        source_url: String::new(),
    }];

    // 004: the letter organisations were signing at the time of the first call.
    let mut starvation = action("icsgp-letter-against-starvation", ActionKind::SignOnLetter, ActionStatus::Open, Signatories::Organisations, "icsgp");
    starvation.themes = vec![T::HumanitarianAid, T::HumanRights, T::Legal];
    starvation.events = vec!["icsgp-global-call-2024-03".into()];
    starvation.texts = vec![
        text("en", "Letter denouncing the use of starvation as a tool of genocide",
            "A sign-on letter of {icsgp:short} denouncing the use of starvation as a tool of genocide. Organisations only.",
            &format!("Following the announcement of the withholding of financial support to the United Nations Relief and Works Agency (UNRWA), and given the blockade of aid to Gaza at the Rafah border crossing, resulting in the intentional starvation of people in Gaza, the coalition began global days of fasting to raise funds for Palestinian-led groups providing direct aid to Gazans, and organisations began signing this letter.\n\n{WORDS_NOT_GIVEN_EN}")),
        text("ar", "رسالة تندد باستخدام التجويع أداةً للإبادة الجماعية",
            "رسالة توقيع من {icsgp} تندد باستخدام التجويع أداةً للإبادة الجماعية. للمنظمات فقط.",
            &format!("بعد الإعلان عن وقف التمويل لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا)، وفي ظل حصار المساعدات عن غزة عند معبر رفح، وما نتج عنه من تجويع متعمّد لأهل غزة، بدأ التحالف أيام صيام عالمية لجمع التبرعات لمجموعات فلسطينية تقدّم المساعدة المباشرة لأهلها، وبدأت المنظمات توقيع هذه الرسالة.\n\n{WORDS_NOT_GIVEN_AR}")),
    ];

    // 000: the statement the General Assembly approved, shared by the working group.
    let mut ceasefire = action("ccivs-ceasefire-statement", ActionKind::Statement, ActionStatus::Open, Signatories::Both, "ccivs");
    ceasefire.themes = vec![T::Peace, T::HumanRights];
    ceasefire.adopted_on = "2023-11".into();
    ceasefire.texts = vec![
        ActionText {
            adopted_by: "The General Assembly of {ccivs:short}".into(),
            ..text("en", "Ceasefire Statement",
                "The statement approved by the General Assembly of {ccivs:short} in November 2023, shared by its Palestine Solidarity Working Group.",
                WORDS_NOT_GIVEN_EN)
        },
        ActionText {
            adopted_by: "الجمعية العامة ل{ccivs}".into(),
            ..text("ar", "بيان وقف إطلاق النار",
                "البيان الذي أقرّته الجمعية العامة ل{ccivs} في تشرين الثاني/نوفمبر 2023، ونشره فريق العمل للتضامن مع فلسطين.",
                WORDS_NOT_GIVEN_AR)
        },
    ];
    vec![initial, starvation, ceasefire]
}
