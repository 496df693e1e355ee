//! `/actions/{slug}/signatures`: the organisers' page of an action (and administrators'): the
//! signers as a CSV file, the import of signatures gathered elsewhere, and the counts reported
//! from elsewhere. Personal: no cache keeps it.
use super::api::{signatures_admin, RecordCount, SignaturesOverview};
use super::{import_problem_text, ImportProblem, SignProblem};
use crate::forms::{shown_problem_of, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{code, language_autonym, localise_path};
use crate::ui::LocalisedHead;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SignaturesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let changed = Memo::new(move |_| query.with(|q| (q.get("recorded"), q.get("imported"))));
    let admin = Resource::new(move || (slug.get(), i18n.get_locale(), changed.get()), |(slug, locale, _)| signatures_admin(slug, code(locale).to_string()));
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let locale = i18n.get_locale_untracked();
                let slug = slug.get_untracked();
                let path = format!("/actions/{slug}/signatures");
                let head = view! { <LocalisedHead title=td_string!(locale, signatures_title) description=td_string!(locale, signatures_title) path private=true/> };
                match admin.await {
                    Ok(admin) => view! { {head} <Admin slug admin/> }.into_any(),
                    Err(problem) => view! {
                        {head}
                        <h1>{t!(i18n, signatures_title)}</h1>
                        <p class="form-problem" role="alert">{problem.text(locale)}</p>
                        {(problem == SignProblem::NotLoggedIn).then(|| view! { <p><a href=localise_path(locale, "/log-in")>{t!(i18n, log_in_title)}</a></p> })}
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
fn Admin(slug: String, admin: SignaturesOverview) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let page = localise_path(locale, &format!("/actions/{slug}"));
    let csv = format!("/actions/{slug}/signers.csv");
    let (confirmed, pending) = (admin.confirmed.to_string(), admin.pending.to_string());
    view! {
        <h1>{t!(i18n, signatures_title)}</h1>
        <p class="lead"><a href=page dir="auto">{admin.title.clone()}</a></p>
        <p>{t!(i18n, signatures_counts, confirmed, pending)}</p>
        <p><a class="button" href=csv download="">{t!(i18n, signatures_export)}</a></p>
        <p class="hint">{t!(i18n, signatures_export_hint)}</p>
        {admin.may_import.then(|| view! { <ImportForm slug=slug.clone()/> })}
        <section aria-labelledby="reported-heading">
            <h2 id="reported-heading">{t!(i18n, action_reported_heading)}</h2>
            {if admin.reported.is_empty() {
                view! { <p class="empty">{t!(i18n, signatures_reported_none)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {admin.reported.iter().map(|r| {
                            let figures = format!("{} · {} · {}", r.signatures, r.organisations, r.countries);
                            view! { <li><q lang=r.language.clone() dir="auto">{r.wording.clone()}</q> " " <span class="muted">{figures}</span></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {admin.may_report.then(|| view! { <ReportForm slug=slug.clone()/> })}
        </section>
    }
}

/// A plain multipart form, posted to the server's import route (`server/src/signers.rs`),
/// which answers with this page again: `?imported=N`, or `?import=…&line=…` when refused.
#[component]
fn ImportForm(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map();
    let (imported, problem) = query.with_untracked(|q| {
        let line = q.get("line").and_then(|l| l.parse().ok());
        (q.get("imported"), q.get("import").and_then(|code| ImportProblem::from_query(&code, line)))
    });
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t!(i18n, import_heading)}</h2>
            <p>{t!(i18n, import_intro)}</p>
            <pre class="example" dir="ltr">"name,kind,country,contact,show_name\nExample Association,organisation,BE,Example Contact,yes"</pre>
            {imported.map(|n| view! { <p class="done-notice" role="status">{t!(i18n, import_done, count = n)}</p> })}
            <div class="form-problem" role="alert">{problem.map(|p| view! { <p>{import_problem_text(locale, p)}</p> })}</div>
            <form method="post" action=format!("/actions/{slug}/signers/import") enctype="multipart/form-data" class="account-form">
                <input type="hidden" name="locale" value=code(locale)/>
                <div class="field">
                    <label for="import-file">{t!(i18n, import_file)}</label>
                    <input id="import-file" name="file" type="file" accept=".csv,text/csv" required=true/>
                </div>
                <button type="submit">{t!(i18n, import_submit)}</button>
            </form>
        </section>
    }
}

#[component]
fn ReportForm(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = ServerAction::<RecordCount>::new();
    let problem = shown_problem_of(action.value(), "report");
    let recorded = move || use_query_map().with(|q| q.get("recorded")).is_some() || action.value().with(|v| matches!(v, Some(Ok(()))));
    let number = |name: &'static str, label: &'static str| {
        view! {
            <div class="field">
                <label for=format!("report-{name}")>{label}</label>
                <input id=format!("report-{name}") name=format!("count[{name}]") type="text" inputmode="numeric" pattern="[0-9, ]*" maxlength="12"/>
            </div>
        }
    };
    view! {
        <ActionForm action attr:class="account-form">
            <h3>{t!(i18n, report_heading)}</h3>
            <div role="status">{move || recorded().then(|| view! { <p class="done-notice">{t!(i18n, report_done)}</p> })}</div>
            <LocaleField/>
            <input type="hidden" name="slug" value=slug/>
            <div class="field">
                <label for="report-wording">{t!(i18n, report_wording)}</label>
                <textarea id="report-wording" name="count[wording]" rows="2" required=true maxlength="500" aria-describedby="report-wording-hint"></textarea>
                <p id="report-wording-hint" class="hint">{t!(i18n, report_wording_hint)}</p>
            </div>
            <div class="field">
                <label for="report-language">{t!(i18n, report_language)}</label>
                <select id="report-language" name="count[language]">
                    {["en", "ar", "fr", "es"].into_iter().map(|l| view! { <option value=l selected=l == code(locale)>{language_autonym(l).unwrap_or(l)}</option> }).collect_view()}
                </select>
            </div>
            {number("signatures", td_string!(locale, action_figure_signatures))}
            {number("organisations", td_string!(locale, action_figure_organisations))}
            {number("countries", td_string!(locale, action_figure_countries))}
            <div class="field">
                <label for="report-source">{t!(i18n, report_source)}</label>
                <input id="report-source" name="count[source]" type="text" maxlength="500"/>
            </div>
            <div class="field">
                <label for="report-url">{t!(i18n, report_source_url)}</label>
                <input id="report-url" name="count[source_url]" type="url" maxlength="2000" placeholder="https://"/>
            </div>
            <ProblemMessage problem/>
            <button type="submit" disabled=move || action.pending().get()>{t!(i18n, report_submit)}</button>
        </ActionForm>
    }
}
