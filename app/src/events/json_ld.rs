//! schema.org Event for search engines and link previews. Built from the public detail only:
//! the location of an online event is its page here, never the join link.
use super::{EventDetail, EventFormat, EventStatus};
use crate::i18n::Locale;
use crate::locale::localise_path;
use serde_json::json;

pub fn event(detail: &EventDetail, public_url: &str, ui: Locale) -> String {
    let card = &detail.card;
    let page = format!("{public_url}{}", localise_path(ui, &format!("/events/{}", card.slug)));
    let tz = super::time::zone(&detail.timezone).unwrap_or(chrono_tz::Tz::UTC);
    let end = super::time::span(ui, card.ends_at, card.ends_at, tz).start_iso;
    let status = match card.status {
        EventStatus::Scheduled => "https://schema.org/EventScheduled",
        EventStatus::Postponed => "https://schema.org/EventRescheduled",
        EventStatus::Cancelled => "https://schema.org/EventCancelled",
    };
    let virtual_location = json!({ "@type": "VirtualLocation", "url": page });
    let place = json!({
        "@type": "Place",
        "name": if detail.venue.is_empty() { card.place.clone() } else { detail.venue.clone() },
        "address": card.place,
    });
    let (mode, location) = match card.format {
        EventFormat::Online => ("https://schema.org/OnlineEventAttendanceMode", virtual_location),
        EventFormat::InPerson => ("https://schema.org/OfflineEventAttendanceMode", place),
        EventFormat::Hybrid => ("https://schema.org/MixedEventAttendanceMode", json!([place, virtual_location])),
    };
    let value = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": card.title,
        "description": card.summary,
        "url": page,
        "startDate": card.when.start_iso,
        "endDate": end,
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": location,
        "inLanguage": card.languages,
        "organizer": card.organisers.iter().map(|o| json!({
            "@type": "Organization",
            "name": o.name,
            "url": format!("{public_url}{}", localise_path(ui, &format!("/organisations/{}", o.slug))),
        })).collect::<Vec<_>>(),
        "performer": detail.speakers.iter().map(|s| json!({ "@type": "Person", "name": s.name })).collect::<Vec<_>>(),
    });
    script_safe(&value.to_string())
}

/// JSON to put inside `<script>`: there "</script" ends the element early and "<!--" can make
/// the browser read past its end; JSON's "\u003c" is the same "<" without either.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::script_safe;

    #[test]
    fn nothing_in_the_data_can_end_or_open_anything_in_the_script() {
        let value = serde_json::json!({ "name": "</script><!--<script>x" });
        let safe = script_safe(&value.to_string());
        assert!(!safe.contains('<'), "{safe}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), value, "the same data");
    }
}
