//! `/events/{slug}`: times in the event's zone, UTC and the reader's; speakers, organisers,
//! languages, the RSVP box and the calendar file; afterwards the recordings and the report.
use super::api::{fetch_event, my_rsvp};
use super::labels::{count_minutes, count_people, event_kind_label, event_place, format_label, role_label, status_label};
use super::rsvp_box::RsvpBox;
use super::{EventDetail, Recording, ZonedSpan};
use crate::i18n::*;
use crate::locale::{code, join_list, language_autonym, localise_path};
use crate::ui::{theme_label, ErrorMessage, IslandLoader, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn EventPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    // After an RSVP the address changes (`?rsvp=…`), and the counts and the box load again.
    let changed = Memo::new(move |_| query.with(|q| q.get("rsvp")));
    let event = Resource::new(
        move || (slug.get(), i18n.get_locale(), changed.get()),
        |(slug, locale, _)| fetch_event(slug, code(locale).to_string()),
    );
    let mine = Resource::new(move || (slug.get(), changed.get()), |(slug, _)| my_rsvp(slug, None));
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let mine = mine.await;
                match event.await {
                    Ok(detail) => view! { <Event detail mine/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Event(detail: EventDetail, mine: Result<super::RsvpView, super::RsvpProblem>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let card = detail.card.clone();
    let path = format!("/events/{}", card.slug);
    let text_lang = card.fallback_language.clone();
    let status = status_label(locale, card.status);
    let organisers = card.organisers.clone();
    let languages: Vec<String> = card.languages.iter().map(|l| autonym(l)).collect();
    let interpretation: Vec<String> = detail.interpretation.iter().map(|l| autonym(l)).collect();
    let place = event_place(locale, &detail);
    let over = matches!(detail.rsvp, super::RsvpWindow::Over);
    let speakers = detail.speakers.clone();
    let sessions = detail.sessions.clone();
    let recordings = detail.recordings.clone();
    let json_ld = detail.json_ld.clone();
    let ics = format!("/events/{}.ics", card.slug);
    let themes = detail.themes.clone();
    let description = match card.summary.is_empty() {
        true => td_string!(locale, events_intro).to_string(),
        false => card.summary.clone(),
    };
    view! {
        <LocalisedHead title=card.title.clone() description path/>
        <article class="event">
            <header class="profile-header">
                <p class="profile-kind">
                    <span class="tag">{event_kind_label(locale, card.kind)}</span>
                    " " <span class="tag">{format_label(locale, card.format)}</span>
                    {status.map(|s| view! { " " <span class="badge-status">{s}</span> })}
                </p>
                <h1 lang=text_lang.clone() dir="auto">{card.title.clone()}</h1>
                {(!card.summary.is_empty()).then(|| view! { <p class="lead" lang=text_lang.clone() dir="auto">{card.summary.clone()}</p> })}
            </header>
            {card.fallback_language.clone().map(|lang| {
                let language = language_autonym(&lang).unwrap_or("?").to_string();
                view! { <p class="fallback-note">{t!(i18n, fallback_note, language)}</p> }
            })}
            <div role="status">
                {move || use_query_map().with(|q| q.get("saved")).map(|_| view! { <p class="done-notice">{t!(i18n, edit_saved)}</p> })}
            </div>
            {detail.postponed_from.clone().map(|was| view! {
                <p class="notice">{t!(i18n, event_postponed_from)} " " <bdi>{was.text}</bdi></p>
            })}
            <section aria-labelledby="when-heading" class="event-when">
                <h2 id="when-heading">{t!(i18n, event_when)}</h2>
                <dl class="details">
                    <Time label=td_string!(locale, event_time_local) span=card.when.clone()/>
                    <Time label=td_string!(locale, event_time_utc) span=detail.utc.clone()/>
                    {detail.viewer.clone().map(|span| view! { <Time label=td_string!(locale, event_time_yours) span/> })}
                </dl>
                // Its own list: an island's element may not sit between a `<dl>` and its items.
                <BrowserTime locale starts_at=card.starts_at ends_at=card.ends_at zones=[detail.timezone.clone(), detail.viewer.as_ref().map(|v| v.zone.clone()).unwrap_or_default()]/>
                <IslandLoader/>
                <dl class="details">
                    <dt>{t!(i18n, event_where)}</dt>
                    <dd>{if place.is_empty() { format_label(locale, card.format).to_string() } else { place }}</dd>
                    {(!organisers.is_empty()).then(|| view! {
                        <dt>{t!(i18n, event_organisers)}</dt>
                        <dd>
                            <ul class="inline-list">
                                {organisers.into_iter().map(|o| {
                                    let href = localise_path(locale, &format!("/organisations/{}", o.slug));
                                    view! { <li><a href=href dir="auto">{o.name}</a></li> }
                                }).collect_view()}
                            </ul>
                        </dd>
                    })}
                    {(!languages.is_empty()).then(|| view! {
                        <dt>{t!(i18n, event_languages)}</dt>
                        <dd>{join_list(locale, &languages)}</dd>
                    })}
                    {(!interpretation.is_empty()).then(|| view! {
                        <dt>{t!(i18n, event_interpretation)}</dt>
                        <dd>{join_list(locale, &interpretation)}</dd>
                    })}
                    {(!themes.is_empty()).then(|| view! {
                        <dt>{t!(i18n, profile_themes)}</dt>
                        <dd>{join_list(locale, &themes.iter().map(|t| theme_label(locale, *t).to_string()).collect::<Vec<_>>())}</dd>
                    })}
                </dl>
                <p><a href=ics download="">{t!(i18n, event_add_to_calendar)}</a></p>
            </section>
            <RsvpBox detail=detail.clone() mine/>
            {(!sessions.is_empty()).then(|| view! {
                <section aria-labelledby="sessions-heading">
                    <h2 id="sessions-heading">{t!(i18n, event_sessions)}</h2>
                    <ol class="sessions">
                        {sessions.into_iter().map(|s| view! {
                            <li>{(!s.title.is_empty()).then(|| view! { <span dir="auto">{s.title.clone()}</span> " — " })}
                                <time datetime=s.when.start_iso>{s.when.text.clone()}</time></li>
                        }).collect_view()}
                    </ol>
                </section>
            })}
            {(!detail.description_html.is_empty()).then(|| view! {
                <section aria-labelledby="about-heading">
                    <h2 id="about-heading">{t!(i18n, event_about)}</h2>
                    // Rendered from Markdown and sanitised on the server (events/markdown.rs).
                    <div class="prose" lang=text_lang.clone() dir="auto" inner_html=detail.description_html.clone()></div>
                </section>
            })}
            {(!speakers.is_empty()).then(|| view! {
                <section aria-labelledby="speakers-heading">
                    <h2 id="speakers-heading">{t!(i18n, event_speakers)}</h2>
                    <ul class="speakers">
                        {speakers.into_iter().map(|s| {
                            let bio_lang = s.bio_language.clone();
                            view! {
                                <li class="speaker">
                                    <p class="speaker-name"><strong dir="auto">{s.name}</strong>
                                        " " <span class="tag">{role_label(locale, s.role)}</span></p>
                                    {(!s.affiliation.is_empty()).then(|| view! { <p class="muted" dir="auto">{s.affiliation.clone()}</p> })}
                                    {(!s.bio.is_empty()).then(|| view! { <p lang=bio_lang dir="auto">{s.bio.clone()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(over || !recordings.is_empty() || !detail.report_html.is_empty()).then(|| view! {
                <section aria-labelledby="after-heading">
                    <h2 id="after-heading">{t!(i18n, event_afterwards)}</h2>
                    {detail.attendance.map(|n| view! { <p>{t!(i18n, event_attendance)} " " {count_people(locale, n)}</p> })}
                    {(!recordings.is_empty()).then(|| view! {
                        <h3>{t!(i18n, event_recordings)}</h3>
                        <ul class="link-list">{recordings.into_iter().map(|r| view! { <RecordingLink recording=r/> }).collect_view()}</ul>
                    })}
                    {(!detail.report_html.is_empty()).then(|| view! {
                        <h3>{t!(i18n, event_report)}</h3>
                        <div class="prose" lang=text_lang.clone() dir="auto" inner_html=detail.report_html.clone()></div>
                    })}
                </section>
            })}
            {(!detail.funding.is_empty()).then(|| view! { <p class="funding muted" dir="auto">{detail.funding.clone()}</p> })}
            <p class="back-link"><a href=localise_path(locale, "/events")>{t!(i18n, back_to_events)}</a></p>
            <script type="application/ld+json" inner_html=json_ld></script>
        </article>
    }
}

#[component]
fn Time(label: &'static str, span: ZonedSpan) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd><time datetime=span.start_iso>{span.text}</time> " " <span class="muted"><bdi>{span.zone}</bdi></span></dd>
    }
}

/// The time in the browser's own zone, when it differs from the zones already shown. Only the
/// browser knows its zone, so this is an island that appears once hydrated (nothing without JS).
#[island]
fn BrowserTime(locale: Locale, starts_at: i64, ends_at: i64, zones: [String; 2]) -> impl IntoView {
    let shown = RwSignal::new(None::<(String, String)>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(found) = browser_time(code(locale), starts_at, ends_at) {
            // "UTC" is shown already; a zone label also starts with the zone's name.
            if found.1 != "UTC" && !zones.iter().any(|z| !z.is_empty() && z.starts_with(&found.1)) {
                shown.set(Some(found));
            }
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (starts_at, ends_at, zones);
    move || {
        shown.get().map(|(text, zone)| view! {
            <dl class="details">
                <dt>{td_string!(locale, event_time_device)}</dt>
                <dd>{text} " " <span class="muted"><bdi>{zone}</bdi></span></dd>
            </dl>
        })
    }
}

/// The span as the browser reads it, with the name of its zone.
#[cfg(feature = "hydrate")]
fn browser_time(locale: &str, starts_at: i64, ends_at: i64) -> Option<(String, String)> {
    use leptos::wasm_bindgen::JsValue;
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&options, &key.into(), &value.into()).ok();
    set("dateStyle", "long")?;
    set("timeStyle", "short")?;
    let start = js_sys::Date::new(&JsValue::from_f64(starts_at as f64 * 1000.0)).to_locale_string(locale, &options);
    let end_options = js_sys::Object::new();
    js_sys::Reflect::set(&end_options, &"timeStyle".into(), &"short".into()).ok()?;
    let end = js_sys::Date::new(&JsValue::from_f64(ends_at as f64 * 1000.0)).to_locale_string(locale, &end_options);
    let resolved = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    let zone = js_sys::Reflect::get(&resolved, &"timeZone".into()).ok()?.as_string()?;
    Some((format!("{} – {}", String::from(start), String::from(end)), zone))
}

#[component]
fn RecordingLink(recording: Recording) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let language = autonym(&recording.language);
    let minutes = recording.start_offset_seconds / 60;
    view! {
        <li>
            <a href=recording.url rel="noopener noreferrer" hreflang=recording.language>{language}</a>
            {(minutes > 0).then(|| {
                let offset = count_minutes(locale, minutes);
                view! { " " <span class="muted">{td_string!(locale, recording_offset, offset)}</span> }
            })}
        </li>
    }
}

fn autonym(code: &str) -> String {
    language_autonym(code).map(str::to_string).unwrap_or_else(|| code.to_string())
}
