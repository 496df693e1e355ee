//! `/events`: upcoming and past events, filtered by kind, format, language, organiser, theme and
//! month, as a list or as a month's calendar. The filters are a GET form: every filtered list
//! is a link and works without JavaScript.
use super::api::list_events;
use super::labels::{count_events, event_kind_label, format_label};
use super::{CalendarMonth, EventCardView, EventFormat, EventKind, EventResults, EventsNotice, EventsQuery, Month};
use crate::i18n::*;
use crate::locale::{code, language_autonym, localise_path};
use crate::organisations::Theme;
use crate::ui::{theme_label, ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// The languages the language filter offers: the interface languages and those networks
/// commonly interpret into.
const LANGUAGES: [&str; 8] = ["en", "ar", "fr", "es", "pt", "de", "it", "tr"];

#[component]
pub fn EventsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| EventsQuery {
            when: p.get("when"),
            kind: p.get("kind"),
            format: p.get("format"),
            language: p.get("language"),
            organiser: p.get("organiser"),
            theme: p.get("theme"),
            month: p.get("month"),
            page: p.get("page"),
            view: p.get("view"),
        })
    });
    let results = Resource::new(
        move || (query.get(), i18n.get_locale()),
        |(query, locale)| list_events(query, code(locale).to_string()),
    );
    view! {
        {move || view! { <LocalisedHead title=td_string!(i18n.get_locale(), events_title) description=td_string!(i18n.get_locale(), events_intro) path="/events"/> }}
        <h1>{t!(i18n, events_title)}</h1>
        <p class="lead">{t!(i18n, events_intro)}</p>
        <Views query/>
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(r) => view! {
                        {r.can_create.then(|| view! {
                            <p><a class="button" href=localise_path(i18n.get_locale_untracked(), "/events/new")>{t!(i18n, events_add)}</a></p>
                        })}
                        <FilterForm query=query.get_untracked() results=r.clone()/>
                        <section aria-labelledby="events-results-heading" class="results">
                            <h2 id="events-results-heading" class="visually-hidden">{t!(i18n, results_label)}</h2>
                            <Results query=query.get_untracked() results=r/>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
        <p class="feed-link"><a href=move || format!("/events.ics{}", query.with(|q| q.link(1, None)))>{t!(i18n, events_feed)}</a></p>
    }
}

/// Upcoming, past, and the calendar: links that keep the filters.
#[component]
fn Views(query: Memo<EventsQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let base = localise_path(locale, "/events");
    let current = move || {
        query.with(|q| match (q.view.as_deref(), q.when.as_deref()) {
            (Some("calendar"), _) => "calendar",
            (_, Some("past")) => "past",
            _ => "upcoming",
        })
    };
    let link = move |view: &'static str| {
        let base = base.clone();
        move || {
            let q = query.with(|q| EventsQuery {
                when: (view == "past").then(|| "past".to_string()),
                view: (view == "calendar").then(|| "calendar".to_string()),
                month: if view == "calendar" { q.month.clone() } else { None },
                page: None,
                ..q.clone()
            });
            format!("{base}{}", q.link(1, None))
        }
    };
    let item = move |view: &'static str, label: &'static str| {
        view! {
            <li><a href=link(view) aria-current=move || (current() == view).then_some("page")>{label}</a></li>
        }
    };
    view! {
        <nav class="view-switch" aria-label=td_string!(locale, events_views)>
            <ul>
                {item("upcoming", td_string!(locale, events_upcoming))}
                {item("past", td_string!(locale, events_past))}
                {item("calendar", td_string!(locale, events_calendar))}
            </ul>
        </nav>
    }
}

#[component]
fn FilterForm(query: EventsQuery, results: EventResults) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = localise_path(locale, "/events");
    let clear = format!(
        "{action}{}",
        EventsQuery { when: query.when.clone(), view: query.view.clone(), ..Default::default() }.link(1, None)
    );
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let (kind, format, language, organiser, theme, month) = (
        value(&query.kind),
        value(&query.format),
        value(&query.language),
        value(&query.organiser),
        value(&query.theme),
        value(&query.month),
    );
    let has_filters = query.has_filters();
    view! {
        <Form method="get" action=action noscroll=true attr:class="filters" attr:role="search">
            <h2 class="visually-hidden">{t!(i18n, filters_label)}</h2>
            {query.when.clone().filter(|w| w == "past").map(|w| view! { <input type="hidden" name="when" value=w/> })}
            {query.view.clone().filter(|v| v == "calendar").map(|v| view! { <input type="hidden" name="view" value=v/> })}
            <div class="filter-grid">
                <div class="field">
                    <label for="e-kind">{t!(i18n, filter_kind)}</label>
                    <select id="e-kind" name="kind">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {EventKind::ALL.iter().map(|k| view! {
                            <option value=k.code() selected=kind == k.code()>{event_kind_label(locale, *k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="e-format">{t!(i18n, filter_format)}</label>
                    <select id="e-format" name="format">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {EventFormat::ALL.iter().map(|f| view! {
                            <option value=f.code() selected=format == f.code()>{format_label(locale, *f)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="e-language">{t!(i18n, filter_language)}</label>
                    <select id="e-language" name="language">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {LANGUAGES.iter().map(|l| view! {
                            <option value=*l selected=language == *l>{language_autonym(l).unwrap_or(l)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="e-organiser">{t!(i18n, filter_organiser)}</label>
                    <select id="e-organiser" name="organiser">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {results.organisers.into_iter().map(|o| {
                            let selected = organiser == o.slug;
                            view! { <option value=o.slug selected=selected dir="auto">{o.name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="e-theme">{t!(i18n, filter_theme)}</label>
                    <select id="e-theme" name="theme">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {Theme::ALL.iter().map(|th| view! {
                            <option value=th.code() selected=theme == th.code()>{theme_label(locale, *th)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="e-month">{t!(i18n, filter_month)}</label>
                    <input id="e-month" type="month" name="month" value=month placeholder="2024-03"
                        pattern="[0-9]{4}-[0-9]{2}" aria-describedby="e-month-hint"/>
                    <p id="e-month-hint" class="hint">{t!(i18n, filter_month_hint)}</p>
                </div>
            </div>
            <div class="filter-actions">
                <button type="submit">{t!(i18n, events_filter_apply)}</button>
                {has_filters.then(|| view! { <a href=clear>{t!(i18n, filter_clear)}</a> })}
            </div>
        </Form>
    }
}

#[component]
fn Results(query: EventsQuery, results: EventResults) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let base = localise_path(locale, "/events");
    let summary = count_events(locale, results.total);
    let notices = results.notices.clone();
    let has_filters = query.has_filters();
    let clear = base.clone();
    let body = if let Some(calendar) = results.calendar {
        view! { <Calendar query=query calendar/> }.into_any()
    } else if results.events.is_empty() {
        let past = query.when.as_deref() == Some("past");
        view! {
            <p class="empty">
                {if past { t!(i18n, events_none_past).into_any() } else { t!(i18n, events_none_upcoming).into_any() }}
                {has_filters.then(|| view! { " " <a href=clear>{t!(i18n, filter_clear)}</a> })}
            </p>
        }
        .into_any()
    } else {
        let link = move |n: u32| format!("{base}{}", query.link(n, None));
        let previous = (results.page > 1).then(|| link(results.page - 1));
        let next = (results.page < results.pages).then(|| link(results.page + 1));
        let (page, pages) = (results.page, results.pages);
        view! {
            <ul class="card-list">
                {results.events.into_iter().map(|card| view! { <li><EventCardView card/></li> }).collect_view()}
            </ul>
            {(pages > 1).then(|| view! {
                <nav class="pagination" aria-label=td_string!(locale, pagination_label)>
                    {previous.map(|href| view! { <a rel="prev" href=href>{t!(i18n, page_previous)}</a> })}
                    <span aria-current="page">{t!(i18n, page_of, page, pages)}</span>
                    {next.map(|href| view! { <a rel="next" href=href>{t!(i18n, page_next)}</a> })}
                </nav>
            })}
        }
        .into_any()
    };
    view! {
        <div class="notices" role="status">
            {notices.into_iter().map(|n| view! { <p class="notice">{notice_text(locale, n)}</p> }).collect_view()}
            <p class="summary">{summary}</p>
        </div>
        {body}
    }
}

#[component]
fn Calendar(query: EventsQuery, calendar: CalendarMonth) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let base = localise_path(locale, "/events");
    let month_link = |m: Month| format!("{base}{}", query.link(1, Some(Some(m))));
    let previous = month_link(calendar.month.previous());
    let next = month_link(calendar.month.next());
    let weekdays = [
        td_string!(locale, weekday_mon),
        td_string!(locale, weekday_tue),
        td_string!(locale, weekday_wed),
        td_string!(locale, weekday_thu),
        td_string!(locale, weekday_fri),
        td_string!(locale, weekday_sat),
        td_string!(locale, weekday_sun),
    ];
    view! {
        <nav class="month-switch" aria-label=td_string!(locale, calendar_months)>
            <a rel="prev" href=previous>{t!(i18n, calendar_previous)}</a>
            <a rel="next" href=next>{t!(i18n, calendar_next)}</a>
        </nav>
        <div class="calendar-scroll">
            <table class="calendar">
                <caption>{calendar.title.clone()}</caption>
                <thead><tr>{weekdays.into_iter().map(|d| view! { <th scope="col">{d}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {calendar.weeks.into_iter().map(|week| view! {
                        <tr>
                            {week.into_iter().map(|day| match day {
                                None => view! { <td class="calendar-outside"></td> }.into_any(),
                                Some(day) => view! {
                                    <td>
                                        <span class="calendar-day">{day.day}</span>
                                        {(!day.events.is_empty()).then(|| view! {
                                            <ul>
                                                {day.events.into_iter().map(|super::CalendarEntry { slug, title, clock }| {
                                                    let href = localise_path(locale, &format!("/events/{slug}"));
                                                    view! { <li><a href=href><bdi>{clock}</bdi> " " <span dir="auto">{title}</span></a></li> }
                                                }).collect_view()}
                                            </ul>
                                        })}
                                    </td>
                                }.into_any(),
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn notice_text(locale: Locale, notice: EventsNotice) -> String {
    match notice {
        EventsNotice::BadPage(value) => td_string!(locale, notice_bad_page, value),
        EventsNotice::UnknownKind(value) => td_string!(locale, notice_unknown_kind, value),
        EventsNotice::UnknownFormat(value) => td_string!(locale, notice_unknown_format, value),
        EventsNotice::UnknownLanguage(value) => td_string!(locale, notice_unknown_language, value),
        EventsNotice::UnknownOrganiser(value) => td_string!(locale, notice_unknown_organiser, value),
        EventsNotice::UnknownTheme(value) => td_string!(locale, notice_unknown_theme, value),
        EventsNotice::BadMonth(value) => td_string!(locale, notice_bad_month, value),
    }
}
