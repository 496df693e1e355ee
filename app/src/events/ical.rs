//! iCalendar (RFC 5545) for `/events/{slug}.ics`, `/events.ics` and the attachment of a
//! confirmation mail. Times are written in the event's zone (TZID) with a VTIMEZONE that gives
//! its offsets, so calendars show them right even where their own zone data differs.
use super::time;
use chrono::{Offset, TimeZone, Utc};
use chrono_tz::Tz;
use std::fmt::Write;

/// One calendar entry. `uid` must stay the same for the life of the event.
#[derive(Debug, Clone)]
pub struct Entry {
    pub uid: String,
    pub sequence: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub timezone: String,
    pub title: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
}

/// A whole calendar holding `entries`, stamped at `now`.
pub fn calendar(name: &str, entries: &[Entry], now: i64) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Tadamun//Events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    let mut zones: Vec<(String, i64, i64)> = Vec::new();
    for e in entries {
        match zones.iter_mut().find(|z| z.0 == e.timezone) {
            Some(z) => {
                z.1 = z.1.min(e.starts_at);
                z.2 = z.2.max(e.ends_at);
            }
            None => zones.push((e.timezone.clone(), e.starts_at, e.ends_at)),
        }
    }
    for (name, from, to) in &zones {
        if let Some(tz) = time::zone(name) {
            vtimezone(&mut out, tz, *from, *to);
        }
    }
    for e in entries {
        let tz = time::zone(&e.timezone).unwrap_or(Tz::UTC);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &format!("DTSTAMP:{}", time::ical_utc(now)));
        line(&mut out, &format!("SEQUENCE:{}", e.sequence));
        line(&mut out, &format!("DTSTART;TZID={}:{}", tz.name(), time::ical_local(e.starts_at, tz)));
        line(&mut out, &format!("DTEND;TZID={}:{}", tz.name(), time::ical_local(e.ends_at.max(e.starts_at), tz)));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.title)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&e.location)));
        }
        line(&mut out, &format!("URL:{}", e.url));
        line(&mut out, if e.cancelled { "STATUS:CANCELLED" } else { "STATUS:CONFIRMED" });
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// The zone's offsets from a year before `from` to a year after `to`: each change of offset
/// as its own observance, after a first one that holds the offset in force at the start.
fn vtimezone(out: &mut String, tz: Tz, from: i64, to: i64) {
    const YEAR: i64 = 366 * 86_400;
    let offset_at = |t: i64| -> i32 {
        let at = Utc.timestamp_opt(t, 0).single().unwrap_or_default().naive_utc();
        tz.offset_from_utc_datetime(&at).fix().local_minus_utc()
    };
    let (start, end) = (from - YEAR, to + YEAR);
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", tz.name()));
    let first = offset_at(start);
    observance(out, "STANDARD", start, first, first);
    // Offsets change at most a few times a year: step by a day, then find the second.
    let mut t = start;
    let mut current = first;
    while t < end {
        let next = t + 86_400;
        let offset = offset_at(next);
        if offset != current {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset_at(mid) == current { lo = mid } else { hi = mid }
            }
            let kind = if offset > current { "DAYLIGHT" } else { "STANDARD" };
            // DTSTART is the local time the change happens at, in the offset before it.
            observance(out, kind, hi, current, offset);
            current = offset;
        }
        t = next;
    }
    line(out, "END:VTIMEZONE");
}

fn observance(out: &mut String, kind: &str, at: i64, from: i32, to: i32) {
    let local = Utc.timestamp_opt(at + i64::from(from), 0).single().unwrap_or_default();
    line(out, &format!("BEGIN:{kind}"));
    line(out, &format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")));
    line(out, &format!("TZOFFSETFROM:{}", offset_text(from)));
    line(out, &format!("TZOFFSETTO:{}", offset_text(to)));
    line(out, &format!("END:{kind}"));
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}{:02}", s / 3600, s % 3600 / 60)
}

/// TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a UTF-8 character), CRLF ended.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(timezone: &str, cancelled: bool) -> Entry {
        Entry {
            uid: "event-7@tadamun.test".into(),
            sequence: 3,
            starts_at: 1_710_684_000,
            ends_at: 1_710_691_200,
            timezone: timezone.into(),
            title: "Global Call; to action, now".into(),
            description: "Line one\nالسطر الثاني ".repeat(8),
            location: "Online".into(),
            url: "https://tadamun.test/events/global-call".into(),
            cancelled,
        }
    }

    #[test]
    fn an_event_in_its_zone_with_the_zone_defined() {
        let ics = calendar("Tadamun", &[entry("America/New_York", false)], 1_700_000_000);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;TZID=America/New_York:20240317T100000\r\n"), "{ics}");
        assert!(ics.contains("UID:event-7@tadamun.test\r\n"));
        assert!(ics.contains("SEQUENCE:3\r\n"));
        assert!(ics.contains("SUMMARY:Global Call\\; to action\\, now\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED"));
        // New York changed to daylight time on 10 March 2024 at 02:00 local.
        assert!(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20240310T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"), "{ics}");
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "line too long: {l}");
        }
    }

    #[test]
    fn cancelled_events_say_so_and_fixed_zones_have_one_observance() {
        let ics = calendar("Tadamun", &[entry("Asia/Kolkata", true)], 1_700_000_000);
        assert!(ics.contains("STATUS:CANCELLED"));
        assert!(ics.contains("TZOFFSETTO:+0530"));
        assert!(!ics.contains("DAYLIGHT"));
    }
}
