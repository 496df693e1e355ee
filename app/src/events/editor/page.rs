//! `/events/new` and `/events/{slug}/edit`: the event form. A plain POST: it needs no
//! JavaScript and ships none of its own.
use super::api::load_event_form;
use super::{EditProblem, EventForm};
use crate::events::labels::{event_kind_label, format_label};
use crate::events::{EventFormat, EventKind, EventStatus};
use crate::forms::{shown_problem, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{self, language_autonym, localise_path};
use crate::organisations::Theme;
use crate::ui::{theme_label, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewEventPage() -> impl IntoView {
    view! { <Editor slug=Signal::derive(String::new)/> }
}

#[component]
pub fn EditEventPage() -> impl IntoView {
    let params = use_params_map();
    view! { <Editor slug=Signal::derive(move || params.with(|p| p.get("slug").unwrap_or_default()))/> }
}

#[component]
fn Editor(slug: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let form = Resource::new(move || slug.get(), load_event_form);
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let locale = i18n.get_locale_untracked();
                let editing = slug.get_untracked();
                let (title, path) = if editing.is_empty() {
                    (td_string!(locale, edit_new_title), "/events/new".to_string())
                } else {
                    (td_string!(locale, edit_title), format!("/events/{editing}/edit"))
                };
                let body = match form.await {
                    Ok(form) => view! { <Form form/> }.into_any(),
                    Err(problem) => {
                        crate::error::set_response_status(problem.status());
                        view! { <p class="form-problem" role="alert"><span>{problem.text(locale)}</span></p> }.into_any()
                    }
                };
                view! {
                    <LocalisedHead title=title description=td_string!(locale, edit_description) path private=true/>
                    <h1>{title}</h1>
                    {body}
                }.into_any()
            })}
        </Transition>
    }
}

#[component]
fn Form(form: EventForm) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let problem = shown_problem(Signal::derive(|| None::<Result<String, EditProblem>>));
    let is_new = form.editing.is_empty();
    let cancel_href = if is_new { localise_path(locale, "/events") } else { localise_path(locale, &format!("/events/{}", form.editing)) };
    let text = |field: &'static str, label: &'static str, value: String, hint: Option<&'static str>, kind: &'static str| {
        let id = format!("ev-{field}");
        let hint_id = hint.map(|_| format!("{id}-hint"));
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id name=format!("form[{field}]") type=kind value=value aria-describedby=hint_id.clone()/>
                {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            </div>
        }
    };
    let area = |field: &'static str, label: &'static str, value: String, hint: &'static str| {
        let id = format!("ev-{field}");
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id name=format!("form[{field}]") rows="4" aria-describedby=hint_id.clone()>{value}</textarea>
                <p id=hint_id class="hint">{hint}</p>
            </div>
        }
    };
    let select = |field: &'static str, label: &'static str, current: String, options: Vec<(&'static str, &'static str)>| {
        let id = format!("ev-{field}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id name=format!("form[{field}]")>
                    {options.into_iter().map(|(code, name)| view! { <option value=code selected=current == code>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let kinds = EventKind::ALL.iter().map(|k| (k.code(), event_kind_label(locale, *k))).collect();
    let formats = EventFormat::ALL.iter().map(|f| (f.code(), format_label(locale, *f))).collect();
    let statuses = vec![
        (EventStatus::Scheduled.code(), td_string!(locale, event_status_scheduled)),
        (EventStatus::Postponed.code(), td_string!(locale, event_status_postponed)),
        (EventStatus::Cancelled.code(), td_string!(locale, event_status_cancelled)),
    ];
    let themes = form.themes.clone();
    view! {
        <form method="post" action="/api/save-event" class="account-form event-form">
            <LocaleField/>
            <input type="hidden" name="form[editing]" value=form.editing.clone()/>
            <ProblemMessage problem/>
            <fieldset>
                <legend>{t!(i18n, edit_section_what)}</legend>
                {text("slug", td_string!(locale, edit_slug), form.slug.clone(), Some(td_string!(locale, edit_slug_hint)), "text")}
                {select("kind", td_string!(locale, filter_kind), form.kind.clone(), kinds)}
                {select("format", td_string!(locale, filter_format), form.format.clone(), formats)}
                {select("status", td_string!(locale, attendees_status), form.status.clone(), statuses)}
                {text("organisers", td_string!(locale, event_organisers), form.organisers.clone(), Some(td_string!(locale, edit_organisers_hint)), "text")}
                <fieldset class="checks">
                    <legend>{t!(i18n, profile_themes)}</legend>
                    {Theme::ALL.iter().map(|th| {
                        let id = format!("ev-theme-{}", th.code());
                        let checked = themes.iter().any(|t| t == th.code());
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() name="form[themes][]" value=th.code() checked=checked/>
                                <label for=id>{theme_label(locale, *th)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, event_when)}</legend>
                {text("timezone", td_string!(locale, edit_timezone), form.timezone.clone(), Some(td_string!(locale, edit_timezone_hint)), "text")}
                {text("starts", td_string!(locale, edit_starts), form.starts.clone(), None, "datetime-local")}
                {text("ends", td_string!(locale, edit_ends), form.ends.clone(), None, "datetime-local")}
                {text("postponed_from", td_string!(locale, edit_postponed_from), form.postponed_from.clone(), Some(td_string!(locale, edit_optional)), "datetime-local")}
                {text("venue", td_string!(locale, edit_venue), form.venue.clone(), Some(td_string!(locale, edit_optional)), "text")}
                {text("city", td_string!(locale, edit_city), form.city.clone(), Some(td_string!(locale, edit_optional)), "text")}
                {text("country", td_string!(locale, filter_country), form.country.clone(), Some(td_string!(locale, edit_country_hint)), "text")}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, rsvp_heading)}</legend>
                {text("capacity", td_string!(locale, edit_capacity), form.capacity.clone(), Some(td_string!(locale, edit_capacity_hint)), "text")}
                {text("rsvp_opens", td_string!(locale, edit_rsvp_opens), form.rsvp_opens.clone(), Some(td_string!(locale, edit_optional)), "datetime-local")}
                {text("rsvp_closes", td_string!(locale, edit_rsvp_closes), form.rsvp_closes.clone(), Some(td_string!(locale, edit_rsvp_closes_hint)), "datetime-local")}
                {text("join_url", td_string!(locale, edit_join_url), form.join_url.clone(), Some(td_string!(locale, edit_join_url_hint)), "url")}
                {text("languages", td_string!(locale, event_languages), form.languages.clone(), Some(td_string!(locale, edit_languages_hint)), "text")}
                {area("channels", td_string!(locale, event_interpretation), form.channels.clone(), td_string!(locale, edit_channels_hint))}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, edit_section_texts)}</legend>
                {text("original_language", td_string!(locale, edit_original_language), form.original_language.clone(), Some(td_string!(locale, edit_original_language_hint)), "text")}
                {locale::ALL.into_iter().map(|l| {
                    let code = locale::code(l);
                    let t = form.texts.get(code).cloned().unwrap_or_default();
                    let dir = if locale::is_rtl_language(code) { "rtl" } else { "ltr" };
                    let field = move |part: &'static str| format!("form[texts][{code}][{part}]");
                    let id = move |part: &'static str| format!("ev-{code}-{part}");
                    view! {
                        <fieldset lang=code dir=dir>
                            <legend>{language_autonym(code).unwrap_or(code)}</legend>
                            <div class="field"><label for=id("title")>{td_string!(locale, edit_text_title)}</label>
                                <input id=id("title") name=field("title") type="text" value=t.title maxlength="300"/></div>
                            <div class="field"><label for=id("summary")>{td_string!(locale, edit_text_summary)}</label>
                                <textarea id=id("summary") name=field("summary") rows="2">{t.summary}</textarea></div>
                            <div class="field"><label for=id("description")>{td_string!(locale, edit_text_description)}</label>
                                <textarea id=id("description") name=field("description") rows="6">{t.description}</textarea></div>
                            <div class="field"><label for=id("report")>{td_string!(locale, event_report)}</label>
                                <textarea id=id("report") name=field("report") rows="4">{t.report}</textarea></div>
                            <div class="field"><label for=id("funding")>{td_string!(locale, edit_text_funding)}</label>
                                <input id=id("funding") name=field("funding") type="text" value=t.funding maxlength="500"/></div>
                        </fieldset>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, event_speakers)}</legend>
                {area("speakers", td_string!(locale, event_speakers), form.speakers.clone(), td_string!(locale, edit_speakers_hint))}
                {area("sessions", td_string!(locale, event_sessions), form.sessions.clone(), td_string!(locale, edit_sessions_hint))}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, event_afterwards)}</legend>
                {area("recordings", td_string!(locale, event_recordings), form.recordings.clone(), td_string!(locale, edit_recordings_hint))}
                {text("attendance", td_string!(locale, edit_attendance), form.attendance, Some(td_string!(locale, edit_optional)), "text")}
            </fieldset>
            {(!is_new).then(|| view! {
                <div class="check">
                    <input type="checkbox" id="ev-notify" name="form[notify]" value="on"/>
                    <label for="ev-notify">{t!(i18n, edit_notify)}</label>
                </div>
                <p class="hint">{t!(i18n, edit_notify_hint)}</p>
            })}
            <div class="filter-actions">
                <button type="submit">{if is_new { td_string!(locale, edit_create) } else { td_string!(locale, edit_save) }}</button>
                <a href=cancel_href>{t!(i18n, edit_back)}</a>
            </div>
        </form>
    }
}
