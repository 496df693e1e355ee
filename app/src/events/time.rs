//! Showing an event's times: in its own zone, in UTC and in the viewer's, each labelled.
//! Month names are CLDR's (wide, format context) for the four interface languages.
use super::ZonedSpan;
use crate::i18n::Locale;
use chrono::{DateTime, Datelike, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

pub fn zone(name: &str) -> Option<Tz> {
    name.parse().ok()
}

fn month_name(locale: Locale, month: u32) -> &'static str {
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const FR: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    const ES: [&str; 12] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    const AR: [&str; 12] = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    let names = match locale {
        Locale::en => &EN,
        Locale::fr => &FR,
        Locale::es => &ES,
        Locale::ar => &AR,
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

/// "17 March 2024", "17 mars 2024", "17 de marzo de 2024", "17 مارس 2024".
pub fn date<Z: TimeZone>(locale: Locale, t: &DateTime<Z>) -> String {
    let month = month_name(locale, t.month());
    match locale {
        Locale::es => format!("{} de {month} de {}", t.day(), t.year()),
        _ => format!("{} {month} {}", t.day(), t.year()),
    }
}

fn clock<Z: TimeZone>(t: &DateTime<Z>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "Africa/Johannesburg (UTC+02:00)"; plain "UTC" for UTC.
fn zone_label(tz: Tz, at: i64) -> String {
    if tz == Tz::UTC {
        return "UTC".into();
    }
    let offset = tz.offset_from_utc_datetime(&utc(at).naive_utc()).fix().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!("{} (UTC{sign}{:02}:{:02})", tz.name(), offset / 3600, offset % 3600 / 60)
}

fn utc(at: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(at, 0).single().unwrap_or_default()
}

/// The span from `start` to `end` (Unix seconds) as read in `tz`.
pub fn span(locale: Locale, start: i64, end: i64, tz: Tz) -> ZonedSpan {
    let from = utc(start).with_timezone(&tz);
    let to = utc(end.max(start)).with_timezone(&tz);
    let comma = if locale == Locale::ar { "،" } else { "," };
    let text = if from.date_naive() == to.date_naive() {
        format!("{}{comma} {}–{}", date(locale, &from), clock(&from), clock(&to))
    } else {
        format!("{}{comma} {} – {}{comma} {}", date(locale, &from), clock(&from), date(locale, &to), clock(&to))
    };
    ZonedSpan { text, zone: zone_label(tz, start), start_iso: from.to_rfc3339() }
}

/// The Unix time of a wall-clock time in `zone` (the earlier one when clocks go back); None
/// for a time that does not exist there or an unknown zone.
pub fn local_to_utc(year: i32, month: u32, day: u32, hour: u32, minute: u32, zone_name: &str) -> Option<i64> {
    let tz = zone(zone_name)?;
    tz.with_ymd_and_hms(year, month, day, hour, minute, 0).earliest().map(|t| t.timestamp())
}

/// The first second of a month in UTC, for the month filter and the calendar.
pub fn month_start(year: i32, month: u32) -> i64 {
    Utc.with_ymd_and_hms(year, month, 1, 0, 0, 0).single().map_or(0, |t| t.timestamp())
}

/// RFC 5545 local date-time, `20240317T160000`.
pub fn ical_local(at: i64, tz: Tz) -> String {
    utc(at).with_timezone(&tz).format("%Y%m%dT%H%M%S").to_string()
}

/// RFC 5545 UTC date-time, `20240317T140000Z`.
pub fn ical_utc(at: i64) -> String {
    utc(at).format("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    // 17 March 2024, 14:00 UTC: 16:00 in Johannesburg, 10:00 in New York (daylight time).
    const CALL: i64 = 1_710_684_000;

    #[test]
    fn spans_read_in_the_events_zone_and_are_labelled() {
        let joburg = zone("Africa/Johannesburg").unwrap();
        let s = span(Locale::en, CALL, CALL + 7200, joburg);
        assert_eq!(s.text, "17 March 2024, 16:00–18:00");
        assert_eq!(s.zone, "Africa/Johannesburg (UTC+02:00)");
        assert_eq!(s.start_iso, "2024-03-17T16:00:00+02:00");
        let ny = span(Locale::es, CALL, CALL + 7200, zone("America/New_York").unwrap());
        assert_eq!(ny.text, "17 de marzo de 2024, 10:00–12:00");
        assert_eq!(ny.zone, "America/New_York (UTC-04:00)");
        let ar = span(Locale::ar, CALL, CALL + 7200, Tz::UTC);
        assert_eq!(ar.text, "17 مارس 2024، 14:00–16:00");
        assert_eq!(ar.zone, "UTC");
    }

    #[test]
    fn spans_over_several_days_show_both_dates() {
        let s = span(Locale::fr, CALL, CALL + 3 * 86_400, Tz::UTC);
        assert_eq!(s.text, "17 mars 2024, 14:00 – 20 mars 2024, 14:00");
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(zone("Mars/Olympus_Mons").is_none());
        assert!(zone("Asia/Hebron").is_some());
    }

    #[test]
    fn calendar_times() {
        assert_eq!(ical_utc(CALL), "20240317T140000Z");
        assert_eq!(ical_local(CALL, zone("Asia/Hebron").unwrap()), "20240317T160000");
        assert_eq!(month_start(2024, 3), 1_709_251_200);
    }
}

/// The grid of `month` holding `events` (slug, title, start, zone) on the day each starts in
/// its own zone.
pub fn calendar_month(locale: Locale, month: super::Month, events: &[(String, String, i64, String)]) -> super::CalendarMonth {
    use chrono::NaiveDate;
    let first = NaiveDate::from_ymd_opt(month.year, month.month, 1).unwrap_or_default();
    let next = month.next();
    let days_in_month = NaiveDate::from_ymd_opt(next.year, next.month, 1).unwrap_or_default().signed_duration_since(first).num_days() as u32;
    let lead = first.weekday().num_days_from_monday() as usize;
    let mut cells: Vec<Option<super::CalendarDay>> = vec![None; lead];
    for day in 1..=days_in_month {
        cells.push(Some(super::CalendarDay { day, events: Vec::new() }));
    }
    while !cells.len().is_multiple_of(7) {
        cells.push(None);
    }
    for (slug, title, starts_at, zone_name) in events {
        let tz = zone(zone_name).unwrap_or(Tz::UTC);
        let local = utc(*starts_at).with_timezone(&tz);
        if local.year() == month.year && local.month() == month.month {
            if let Some(Some(day)) = cells.get_mut(lead + local.day() as usize - 1) {
                day.events.push(super::CalendarEntry { slug: slug.clone(), title: title.clone(), clock: clock(&local) });
            }
        }
    }
    let title = match locale {
        Locale::es => format!("{} de {}", month_name(locale, month.month), month.year),
        _ => format!("{} {}", month_name(locale, month.month), month.year),
    };
    super::CalendarMonth { month, title, weeks: cells.chunks(7).map(<[_]>::to_vec).collect() }
}

/// The month `at` falls in, in UTC.
pub fn month_of(at: i64) -> super::Month {
    let t = utc(at);
    super::Month { year: t.year(), month: t.month() }
}

#[cfg(test)]
mod calendar_tests {
    use super::*;

    #[test]
    fn march_2024_starts_on_a_friday_and_events_land_on_their_local_day() {
        let events = vec![("call".to_string(), "Call".to_string(), 1_710_684_000, "Asia/Tokyo".to_string())];
        let grid = calendar_month(Locale::en, crate::events::Month { year: 2024, month: 3 }, &events);
        assert_eq!(grid.title, "March 2024");
        assert_eq!(grid.weeks.len(), 5);
        assert!(grid.weeks[0][3].is_none());
        assert_eq!(grid.weeks[0][4].as_ref().map(|d| d.day), Some(1));
        // 14:00 UTC on the 17th is 23:00 in Tokyo, still the 17th.
        let day = grid.weeks.iter().flatten().flatten().find(|d| d.day == 17).unwrap();
        assert_eq!(day.events, vec![super::super::CalendarEntry { slug: "call".into(), title: "Call".into(), clock: "23:00".into() }]);
    }
}

/// `2024-03-17T10:00`, as `<input type="datetime-local">` shows a time in `tz`.
pub fn input_local(at: i64, tz: Tz) -> String {
    utc(at).with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// Reads `2024-03-17T10:00` (seconds allowed) as a wall-clock time in `zone_name`.
pub fn parse_input_local(text: &str, zone_name: &str) -> Option<i64> {
    let t = chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%S"))
        .ok()?;
    local_to_utc(t.year(), t.month(), t.day(), t.hour(), t.minute(), zone_name)
}

#[cfg(test)]
mod input_tests {
    use super::*;

    #[test]
    fn form_times_round_trip_in_their_zone() {
        let at = parse_input_local("2024-03-17T10:00", "America/New_York").unwrap();
        assert_eq!(at, 1_710_684_000);
        assert_eq!(input_local(at, zone("America/New_York").unwrap()), "2024-03-17T10:00");
        assert_eq!(parse_input_local("17/03/2024 10:00", "UTC"), None);
        // 02:30 on 10 March 2024 does not exist in New York.
        assert_eq!(parse_input_local("2024-03-10T02:30", "America/New_York"), None);
    }
}
