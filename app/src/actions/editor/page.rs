//! `/actions/new` and `/actions/{slug}/edit`: the action form. A plain POST: it needs no
//! JavaScript and ships none of its own.
use super::api::load_action_form;
use super::ActionForm;
use crate::actions::labels::{action_kind_label, action_status_label, signatories_label};
use crate::actions::{ActionKind, ActionStatus, Signatories};
use crate::events::editor::EditProblem;
use crate::forms::{shown_problem, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{self, language_autonym, localise_path};
use crate::organisations::Theme;
use crate::ui::{theme_label, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewActionPage() -> impl IntoView {
    view! { <Editor slug=Signal::derive(String::new)/> }
}

#[component]
pub fn EditActionPage() -> impl IntoView {
    let params = use_params_map();
    view! { <Editor slug=Signal::derive(move || params.with(|p| p.get("slug").unwrap_or_default()))/> }
}

#[component]
fn Editor(slug: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let form = Resource::new(move || slug.get(), load_action_form);
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let locale = i18n.get_locale_untracked();
                let editing = slug.get_untracked();
                let (title, path) = if editing.is_empty() {
                    (td_string!(locale, action_edit_new_title), "/actions/new".to_string())
                } else {
                    (td_string!(locale, action_edit_title), format!("/actions/{editing}/edit"))
                };
                let body = match form.await {
                    Ok(form) => view! { <Form form/> }.into_any(),
                    Err(problem) => {
                        crate::error::set_response_status(problem.status());
                        view! { <p class="form-problem" role="alert"><span>{problem.text(locale)}</span></p> }.into_any()
                    }
                };
                view! {
                    <LocalisedHead title=title description=td_string!(locale, action_edit_description) path private=true/>
                    <h1>{title}</h1>
                    {body}
                }.into_any()
            })}
        </Transition>
    }
}

#[component]
fn Form(form: ActionForm) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let problem = shown_problem(Signal::derive(|| None::<Result<String, EditProblem>>));
    let is_new = form.editing.is_empty();
    let cancel_href = if is_new { localise_path(locale, "/actions") } else { localise_path(locale, &format!("/actions/{}", form.editing)) };
    let text = |field: &'static str, label: &'static str, value: String, hint: Option<&'static str>, kind: &'static str| {
        let id = format!("ac-{field}");
        let hint_id = hint.map(|_| format!("{id}-hint"));
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id name=format!("form[{field}]") type=kind value=value aria-describedby=hint_id.clone()/>
                {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            </div>
        }
    };
    let select = |field: &'static str, label: &'static str, current: String, options: Vec<(&'static str, &'static str)>| {
        let id = format!("ac-{field}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id name=format!("form[{field}]")>
                    {options.into_iter().map(|(code, name)| view! { <option value=code selected=current == code>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let kinds = ActionKind::ALL.iter().map(|k| (k.code(), action_kind_label(locale, *k))).collect();
    let statuses = ActionStatus::ALL.iter().map(|s| (s.code(), action_status_label(locale, *s))).collect();
    let signatories = Signatories::ALL.iter().map(|s| (s.code(), signatories_label(locale, *s))).collect();
    let themes = form.themes.clone();
    view! {
        <form method="post" action="/api/save-action" class="account-form event-form">
            <LocaleField/>
            <input type="hidden" name="form[editing]" value=form.editing.clone()/>
            <ProblemMessage problem/>
            <fieldset>
                <legend>{t!(i18n, edit_section_what)}</legend>
                {text("slug", td_string!(locale, edit_slug), form.slug.clone(), Some(td_string!(locale, action_edit_slug_hint)), "text")}
                {select("kind", td_string!(locale, filter_kind), form.kind.clone(), kinds)}
                {select("status", td_string!(locale, attendees_status), form.status.clone(), statuses)}
                {select("signatories", td_string!(locale, action_who_signs), form.signatories.clone(), signatories)}
                {text("organisers", td_string!(locale, action_organised_by), form.organisers.clone(), Some(td_string!(locale, edit_organisers_hint)), "text")}
                {text("events", td_string!(locale, action_related_events), form.events.clone(), Some(td_string!(locale, action_edit_events_hint)), "text")}
                <fieldset class="checks">
                    <legend>{t!(i18n, profile_themes)}</legend>
                    {Theme::ALL.iter().map(|th| {
                        let id = format!("ac-theme-{}", th.code());
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
                <legend>{t!(i18n, action_edit_section_signing)}</legend>
                {text("timezone", td_string!(locale, edit_timezone), form.timezone.clone(), Some(td_string!(locale, edit_timezone_hint)), "text")}
                {text("opens", td_string!(locale, action_edit_opens), form.opens.clone(), Some(td_string!(locale, edit_optional)), "datetime-local")}
                {text("closes", td_string!(locale, action_deadline), form.closes.clone(), Some(td_string!(locale, edit_optional)), "datetime-local")}
                {text("goal", td_string!(locale, action_edit_goal), form.goal.clone(), Some(td_string!(locale, action_edit_goal_hint)), "text")}
                {text("adopted_on", td_string!(locale, action_adopted_on), form.adopted_on.clone(), Some(td_string!(locale, action_edit_adopted_on_hint)), "text")}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, edit_section_texts)}</legend>
                {text("original_language", td_string!(locale, edit_original_language), form.original_language.clone(), Some(td_string!(locale, edit_original_language_hint)), "text")}
                {locale::ALL.into_iter().map(|l| {
                    let code = locale::code(l);
                    let t = form.texts.get(code).cloned().unwrap_or_default();
                    let dir = if locale::is_rtl_language(code) { "rtl" } else { "ltr" };
                    let field = move |part: &'static str| format!("form[texts][{code}][{part}]");
                    let id = move |part: &'static str| format!("ac-{code}-{part}");
                    view! {
                        <fieldset lang=code dir=dir>
                            <legend>{language_autonym(code).unwrap_or(code)}</legend>
                            <div class="field"><label for=id("title")>{td_string!(locale, edit_text_title)}</label>
                                <input id=id("title") name=field("title") type="text" value=t.title maxlength="300"/></div>
                            <div class="field"><label for=id("summary")>{td_string!(locale, edit_text_summary)}</label>
                                <textarea id=id("summary") name=field("summary") rows="2">{t.summary}</textarea></div>
                            <div class="field"><label for=id("target")>{td_string!(locale, action_target)}</label>
                                <input id=id("target") name=field("target") type="text" value=t.target maxlength="500"/></div>
                            <div class="field"><label for=id("body")>{td_string!(locale, action_edit_body)}</label>
                                <textarea id=id("body") name=field("body") rows="10">{t.body}</textarea></div>
                            <div class="field"><label for=id("adopted_by")>{td_string!(locale, action_adopted)}</label>
                                <input id=id("adopted_by") name=field("adopted_by") type="text" value=t.adopted_by maxlength="300"/></div>
                        </fieldset>
                    }
                }).collect_view()}
            </fieldset>
            <div class="filter-actions">
                <button type="submit">{if is_new { td_string!(locale, action_edit_create) } else { td_string!(locale, edit_save) }}</button>
                <a href=cancel_href>{t!(i18n, edit_back)}</a>
            </div>
        </form>
    }
}
