//! The event types that cross the wire. Nothing here holds a join link or an interpretation
//! channel's address: those travel only in `MyRsvp`, to a confirmed attendee.
use crate::organisations::Theme;
use serde::{Deserialize, Serialize};

code_enum! {
    /// What kind of gathering an event is.
    EventKind {
        Webinar = "webinar",
        Conference = "conference",
        Workshop = "workshop",
        TrainingSeries = "training_series",
        StudyVisit = "study_visit",
        Meeting = "meeting",
        MonthlyCall = "monthly_call",
    }
}

code_enum! {
    EventFormat {
        Online = "online",
        InPerson = "in_person",
        Hybrid = "hybrid",
    }
}

code_enum! {
    EventStatus {
        Scheduled = "scheduled",
        Postponed = "postponed",
        Cancelled = "cancelled",
    }
}

code_enum! {
    /// A speaker's part in the event, in the order a programme lists them.
    SpeakerRole {
        Moderator = "moderator",
        Keynote = "keynote",
        Panelist = "panelist",
        Speaker = "speaker",
        Trainer = "trainer",
        Expert = "expert",
    }
}

code_enum! {
    /// Where one person's RSVP stands. A guest's is pending until they open the mailed link.
    RsvpStatus {
        Pending = "pending",
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
    }
}

/// A time span shown in one time zone: "17 March 2024, 16:00–18:00" and its label
/// ("Africa/Johannesburg, UTC+02:00").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZonedSpan {
    pub text: String,
    pub zone: String,
    /// The start for `<time datetime>`: RFC 3339 with the zone's offset.
    pub start_iso: String,
}

/// An organising organisation, linked to its profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organiser {
    pub slug: String,
    pub name: String,
}

/// An event as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: EventKind,
    pub format: EventFormat,
    pub status: EventStatus,
    /// Unix seconds, UTC.
    pub starts_at: i64,
    pub ends_at: i64,
    /// In the event's own time zone.
    pub when: ZonedSpan,
    /// The event's IANA zone.
    pub timezone: String,
    /// "Haifa, Israel"; empty for an online event.
    pub place: String,
    pub organisers: Vec<Organiser>,
    /// Codes of the languages it is held or interpreted in.
    pub languages: Vec<String>,
    /// Set when the text is not in the reader's language: the language it is shown in.
    pub fallback_language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    pub affiliation: String,
    pub role: SpeakerRole,
    pub bio: String,
    /// The bio's language when it is not the reader's.
    pub bio_language: Option<String>,
}

/// One meeting of a series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesSession {
    pub title: String,
    pub when: ZonedSpan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recording {
    pub language: String,
    pub url: String,
    /// Seconds into the recording where this language starts.
    pub start_offset_seconds: i64,
}

/// Whether RSVPs are taken now, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RsvpWindow {
    Open,
    /// Seats are taken: new RSVPs join the waitlist.
    WaitlistOnly,
    NotYetOpen,
    Closed,
    Cancelled,
    Over,
}

/// Everything public about one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    pub card: EventCard,
    /// Sanitised HTML rendered from the description's Markdown.
    pub description_html: String,
    pub report_html: String,
    pub funding: String,
    pub timezone: String,
    pub utc: ZonedSpan,
    /// The viewer's time, when their account has a zone other than the event's.
    pub viewer: Option<ZonedSpan>,
    /// When a postponed event was first meant to start.
    pub postponed_from: Option<ZonedSpan>,
    pub venue: String,
    pub themes: Vec<Theme>,
    pub speakers: Vec<Speaker>,
    pub sessions: Vec<SeriesSession>,
    /// Languages with interpretation; the way to join each is only for attendees.
    pub interpretation: Vec<String>,
    pub recordings: Vec<Recording>,
    pub capacity: Option<i64>,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub attendance: Option<i64>,
    pub rsvp: RsvpWindow,
    pub rsvp_closes: Option<ZonedSpan>,
    /// schema.org Event as JSON-LD, escaped for a `<script>` element. Public facts only.
    pub json_ld: String,
}

/// The signed-in viewer's own RSVP, with what only an attendee may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRsvp {
    pub status: RsvpStatus,
    pub interpretation: String,
    /// 1-based place on the waitlist.
    pub waitlist_position: Option<i64>,
    /// Only when confirmed.
    pub join_url: Option<String>,
    pub channel: Option<String>,
}

/// An organisation's events, as its profile lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationEvents {
    pub upcoming: Vec<EventCard>,
    pub past: Vec<EventCard>,
}

/// What the RSVP box needs to know about the viewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RsvpView {
    /// The signed-in member's display name; None for a guest.
    pub member: Option<String>,
    pub rsvp: Option<MyRsvp>,
    /// The viewer organises the event (or is an admin): the page links to the attendee list.
    pub organiser: bool,
}

/// The attendee list, for the event's organisers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    pub name: String,
    pub email: String,
    pub status: RsvpStatus,
    pub interpretation: String,
}

/// The events list for one query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventResults {
    pub events: Vec<EventCard>,
    pub total: i64,
    pub page: u32,
    pub pages: u32,
    pub notices: Vec<super::EventsNotice>,
    /// The organisers that can be chosen in the filter.
    pub organisers: Vec<Organiser>,
    /// The month grid, when the calendar view was asked for.
    pub calendar: Option<CalendarMonth>,
    /// The viewer edits an organisation (or is an admin) and may add events.
    pub can_create: bool,
}

/// A month as a grid of weeks from Monday to Sunday; days outside the month are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarMonth {
    pub month: super::Month,
    /// "March 2024", in the reader's language.
    pub title: String,
    pub weeks: Vec<Vec<Option<CalendarDay>>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarDay {
    pub day: u32,
    /// Events starting that day in their own time zone.
    pub events: Vec<CalendarEntry>,
}

/// An event in a calendar day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEntry {
    pub slug: String,
    pub title: String,
    /// The local start, "16:00".
    pub clock: String,
}

/// One of a member's RSVPs, as their account page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyEvent {
    pub card: EventCard,
    pub status: RsvpStatus,
    /// Still to come: the RSVP can be cancelled from the list.
    pub upcoming: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_value() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_code(kind.code()), Some(*kind));
        }
        for role in SpeakerRole::ALL {
            assert_eq!(SpeakerRole::from_code(role.code()), Some(*role));
        }
        assert_eq!(EventFormat::from_code("in_person"), Some(EventFormat::InPerson));
        assert_eq!(RsvpStatus::from_code("Confirmed"), None);
    }
}
