//! Translated names of the events' fixed vocabularies.
use super::{EventDetail, EventFormat, EventKind, EventStatus, SpeakerRole};
use crate::i18n::*;
use crate::locale::join_list;
use crate::plural::count;

pub fn event_kind_label(locale: Locale, kind: EventKind) -> &'static str {
    match kind {
        EventKind::Webinar => td_string!(locale, event_kind_webinar),
        EventKind::Conference => td_string!(locale, event_kind_conference),
        EventKind::Workshop => td_string!(locale, event_kind_workshop),
        EventKind::TrainingSeries => td_string!(locale, event_kind_training_series),
        EventKind::StudyVisit => td_string!(locale, event_kind_study_visit),
        EventKind::Meeting => td_string!(locale, event_kind_meeting),
        EventKind::MonthlyCall => td_string!(locale, event_kind_monthly_call),
    }
}

pub fn format_label(locale: Locale, format: EventFormat) -> &'static str {
    match format {
        EventFormat::Online => td_string!(locale, event_format_online),
        EventFormat::InPerson => td_string!(locale, event_format_in_person),
        EventFormat::Hybrid => td_string!(locale, event_format_hybrid),
    }
}

/// Nothing for a scheduled event: only a change is worth a badge.
pub fn status_label(locale: Locale, status: EventStatus) -> Option<&'static str> {
    match status {
        EventStatus::Scheduled => None,
        EventStatus::Postponed => Some(td_string!(locale, event_status_postponed)),
        EventStatus::Cancelled => Some(td_string!(locale, event_status_cancelled)),
    }
}

pub fn role_label(locale: Locale, role: SpeakerRole) -> &'static str {
    match role {
        SpeakerRole::Moderator => td_string!(locale, speaker_role_moderator),
        SpeakerRole::Keynote => td_string!(locale, speaker_role_keynote),
        SpeakerRole::Panelist => td_string!(locale, speaker_role_panelist),
        SpeakerRole::Speaker => td_string!(locale, speaker_role_speaker),
        SpeakerRole::Trainer => td_string!(locale, speaker_role_trainer),
        SpeakerRole::Expert => td_string!(locale, speaker_role_expert),
    }
}

pub fn count_events(locale: Locale, n: i64) -> String {
    count!(locale, count_events, n)
}

pub fn count_people(locale: Locale, n: i64) -> String {
    count!(locale, count_people, n)
}

pub fn count_minutes(locale: Locale, n: i64) -> String {
    count!(locale, count_minutes, n)
}

/// Where an event takes place: its venue and its city and country, either alone, or empty
/// (online).
pub fn event_place(locale: Locale, detail: &EventDetail) -> String {
    let (venue, place) = (&detail.venue, &detail.card.place);
    if venue.is_empty() {
        place.clone()
    } else if place.is_empty() {
        venue.clone()
    } else {
        join_list(locale, &[venue.clone(), place.clone()])
    }
}
