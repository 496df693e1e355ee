//! The mails about a person's RSVP, in the language they used to RSVP. Only these mails, sent
//! to a confirmed attendee, carry the join link and the interpretation channel.
use super::OutgoingMail;
use crate::i18n::*;

/// What the mail is about the event, already in the recipient's language.
#[derive(Debug, Clone)]
pub struct EventFacts {
    pub title: String,
    /// "17 March 2024, 16:00–18:00 — Africa/Johannesburg (UTC+02:00)"
    pub when: String,
    pub page: String,
}

#[derive(Debug, Clone)]
pub enum RsvpMail {
    /// A guest must open this link to confirm the address before taking a seat.
    ConfirmGuest { link: String },
    /// A seat is theirs: the join details and the calendar entry.
    Confirmed { manage: String, join_url: String, channel: Option<(String, String)>, calendar: String },
    Waitlisted { manage: String, position: i64 },
    /// Someone cancelled and the first on the waitlist now has their seat.
    Promoted { manage: String, join_url: String, channel: Option<(String, String)>, calendar: String },
    /// A guest RSVPed again with an address that is already registered.
    AlreadyRegistered { manage: String },
    /// The event is cancelled; the attached calendar entry says so too.
    Cancelled { calendar: String },
    /// New times (or postponed): the attached entry replaces the old one.
    Rescheduled { manage: String, calendar: String },
    Updated { manage: String, calendar: String },
    /// After the event: where to watch it again, and the report on its page.
    FollowUp { recordings: Vec<(String, String, i64)> },
    /// The event starts in `hours` hours.
    Reminder { hours: i64, manage: String, join_url: String, channel: Option<(String, String)> },
}

#[allow(clippy::needless_pass_by_value)] // one mail, rendered once; callers have no use for it after
pub fn render(locale: Locale, to: &str, name: &str, event: &EventFacts, mail: RsvpMail) -> OutgoingMail {
    let title = event.title.as_str();
    let greeting = if name.is_empty() {
        td_string!(locale, mail_hello).to_string()
    } else {
        td_string!(locale, mail_greeting, name)
    };
    let mut lines: Vec<(String, Option<String>)> = Vec::new();
    let mut calendar = String::new();
    let subject = match &mail {
        RsvpMail::ConfirmGuest { link } => {
            lines.push((td_string!(locale, mail_rsvp_confirm_body, title), None));
            lines.push((String::new(), Some(link.clone())));
            lines.push((td_string!(locale, mail_ignore).to_string(), None));
            td_string!(locale, mail_rsvp_confirm_subject, title)
        }
        RsvpMail::Confirmed { manage, join_url, channel, calendar: ics } | RsvpMail::Promoted { manage, join_url, channel, calendar: ics } => {
            let promoted = matches!(mail, RsvpMail::Promoted { .. });
            let body = if promoted {
                td_string!(locale, mail_rsvp_promoted_body, title)
            } else {
                td_string!(locale, mail_rsvp_confirmed_body, title)
            };
            lines.push((body, None));
            lines.push((format!("{} {}", td_string!(locale, mail_rsvp_when), event.when), None));
            join_lines(locale, &mut lines, join_url, channel.as_ref());
            lines.push((td_string!(locale, mail_rsvp_private).to_string(), None));
            lines.push((td_string!(locale, mail_rsvp_manage).to_string(), Some(manage.clone())));
            calendar = ics.clone();
            if promoted {
                td_string!(locale, mail_rsvp_promoted_subject, title)
            } else {
                td_string!(locale, mail_rsvp_confirmed_subject, title)
            }
        }
        RsvpMail::Waitlisted { manage, position } => {
            let position = position.to_string();
            lines.push((td_string!(locale, mail_rsvp_waitlisted_body, title, position), None));
            lines.push((format!("{} {}", td_string!(locale, mail_rsvp_when), event.when), None));
            lines.push((td_string!(locale, mail_rsvp_manage).to_string(), Some(manage.clone())));
            td_string!(locale, mail_rsvp_waitlisted_subject, title)
        }
        RsvpMail::Reminder { hours, manage, join_url, channel } => {
            let hours = crate::plural::count!(locale, count_hours, *hours);
            lines.push((td_string!(locale, mail_rsvp_reminder_body, title, hours = hours.clone()), None));
            lines.push((format!("{} {}", td_string!(locale, mail_rsvp_when), event.when), None));
            join_lines(locale, &mut lines, join_url, channel.as_ref());
            lines.push((td_string!(locale, mail_rsvp_manage).to_string(), Some(manage.clone())));
            td_string!(locale, mail_rsvp_reminder_subject, title, hours)
        }
        RsvpMail::Cancelled { calendar: ics } => {
            lines.push((td_string!(locale, mail_event_cancelled_body, title), None));
            calendar = ics.clone();
            td_string!(locale, mail_event_cancelled_subject, title)
        }
        RsvpMail::Rescheduled { manage, calendar: ics } | RsvpMail::Updated { manage, calendar: ics } => {
            let rescheduled = matches!(mail, RsvpMail::Rescheduled { .. });
            let body = if rescheduled { td_string!(locale, mail_event_rescheduled_body, title) } else { td_string!(locale, mail_event_updated_body, title) };
            lines.push((body, None));
            lines.push((format!("{} {}", td_string!(locale, mail_rsvp_when), event.when), None));
            lines.push((td_string!(locale, mail_rsvp_manage).to_string(), Some(manage.clone())));
            calendar = ics.clone();
            if rescheduled {
                td_string!(locale, mail_event_rescheduled_subject, title)
            } else {
                td_string!(locale, mail_event_updated_subject, title)
            }
        }
        RsvpMail::FollowUp { recordings } => {
            lines.push((td_string!(locale, mail_event_follow_up_body, title), None));
            for (language, url, offset) in recordings {
                let name = crate::locale::language_autonym(language).unwrap_or(language).to_string();
                let label = if *offset >= 60 {
                    let minutes = crate::plural::count!(locale, count_minutes, offset / 60);
                    format!("{name} {}", td_string!(locale, recording_offset, offset = minutes))
                } else {
                    name
                };
                lines.push((label, Some(url.clone())));
            }
            td_string!(locale, mail_event_follow_up_subject, title)
        }
        RsvpMail::AlreadyRegistered { manage } => {
            lines.push((td_string!(locale, mail_rsvp_already_body, title), None));
            lines.push((td_string!(locale, mail_rsvp_manage).to_string(), Some(manage.clone())));
            td_string!(locale, mail_rsvp_already_subject, title)
        }
    };
    lines.push((td_string!(locale, mail_rsvp_page).to_string(), Some(event.page.clone())));
    super::compose(locale, to, subject, &greeting, &lines, calendar)
}

/// How to join, and the interpretation channel chosen: for confirmed attendees only.
fn join_lines(locale: Locale, lines: &mut Vec<(String, Option<String>)>, join_url: &str, channel: Option<&(String, String)>) {
    if !join_url.is_empty() {
        lines.push((td_string!(locale, mail_rsvp_join).to_string(), Some(join_url.to_string())));
    }
    if let Some((language, info)) = channel {
        let language = crate::locale::language_autonym(language).unwrap_or(language).to_string();
        lines.push((td_string!(locale, mail_rsvp_channel, language), None));
        lines.push((info.clone(), None));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> EventFacts {
        EventFacts {
            title: "Global <Call>".into(),
            when: "17 March 2024, 16:00–18:00 — Africa/Johannesburg (UTC+02:00)".into(),
            page: "https://tadamun.test/events/global-call".into(),
        }
    }

    #[test]
    fn a_confirmation_carries_the_join_link_and_the_calendar() {
        let mail = render(
            Locale::en,
            "a@example.org",
            "Layla",
            &facts(),
            RsvpMail::Confirmed {
                manage: "https://tadamun.test/events/global-call/rsvp?token=t".into(),
                join_url: "https://meet.example/j/123".into(),
                channel: Some(("fr".into(), "Choose the French channel".into())),
                calendar: "BEGIN:VCALENDAR".into(),
            },
        );
        assert!(mail.subject.contains("Global <Call>"), "{}", mail.subject);
        assert!(mail.text.contains("https://meet.example/j/123"));
        assert!(mail.text.contains("Français") && mail.text.contains("Choose the French channel"));
        assert!(mail.html.contains("Global &lt;Call&gt;"));
        assert_eq!(mail.calendar, "BEGIN:VCALENDAR");
    }

    #[test]
    fn a_guest_confirmation_request_holds_no_join_link() {
        let mail = render(Locale::ar, "a@example.org", "", &facts(), RsvpMail::ConfirmGuest { link: "https://tadamun.test/ar/events/global-call/rsvp?token=t".into() });
        assert!(mail.html.contains("dir=\"rtl\""));
        assert!(!mail.text.contains("meet.example"));
        assert!(mail.calendar.is_empty());
    }
}
