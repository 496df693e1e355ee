//! `/admin/people`: everyone with an account, searchable, with buttons to grant and revoke
//! the moderator and administrator roles.
use super::api::{list_people, People, Person, SetEditor, SetRole};
use crate::accounts::{role_label, AccountProblem, DoneNotice, LocaleField, ProblemMessage, Role};
use crate::i18n::*;
use crate::locale::localise_path;
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::components::{Form, Redirect};
use leptos_router::hooks::use_query_map;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = use_query_map();
    let actions = Actions { role: ServerAction::<SetRole>::new(), editor: ServerAction::<SetEditor>::new() };
    // Asked again after each change (which returns to the same address).
    let people = Resource::new(
        move || {
            let (search, page) = query.with(|q| (q.get("q").unwrap_or_default(), q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1)));
            (search, page, actions.role.version().get() + actions.editor.version().get())
        },
        |(search, page, _)| list_people(search, page),
    );
    let problem = {
        let (role, editor) = (crate::accounts::shown_problem(actions.role.value()), crate::accounts::shown_problem(actions.editor.value()));
        Signal::derive(move || editor.get().or(role.get()))
    };
    view! {
        <LocalisedHead title=td_string!(locale, admin_people_title) description=td_string!(locale, admin_people_description) path="/admin/people" private=true/>
        <h1>{td_string!(locale, admin_people_title)}</h1>
        <DoneNotice/>
        <ProblemMessage problem/>
        <Form method="get" action=localise_path(locale, "/admin/people") attr:class="filters" attr:role="search">
            <div class="field">
                <label for="ap-q">{td_string!(locale, admin_search_label)}</label>
                <input id="ap-q" type="search" name="q" maxlength="100"
                    value=move || query.with(|q| q.get("q").unwrap_or_default())/>
            </div>
            <div class="filter-actions"><button type="submit">{td_string!(locale, filter_apply)}</button></div>
        </Form>
        <Transition fallback=move || view! { <p>{td_string!(locale, loading)}</p> }>
            {move || Suspend::new(async move {
                match people.await {
                    Ok(people) => view! { <PeopleTable people actions/> }.into_any(),
                    Err(AccountProblem::NotLoggedIn) => view! { <Redirect path=localise_path(locale, "/log-in")/> }.into_any(),
                    Err(problem @ (AccountProblem::Forbidden | AccountProblem::TwoFactorRequired)) => {
                        crate::error::set_response_status(problem.status());
                        let problem = Signal::stored(Some(problem));
                        view! {
                            <ProblemMessage problem/>
                            <p><a href=localise_path(locale, "/account#two-factor")>{td_string!(locale, account_title)}</a></p>
                        }.into_any()
                    }
                    Err(_) => view! { <ErrorMessage error=crate::error::AppError::Internal/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The forms of the page, shared by every row.
#[derive(Clone, Copy)]
struct Actions {
    role: ServerAction<SetRole>,
    editor: ServerAction<SetEditor>,
}

#[component]
fn PeopleTable(people: People, actions: Actions) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let back = use_query_map().with_untracked(|q| {
        ["q", "page"]
            .into_iter()
            .filter_map(|k| q.get(k).map(|v| format!("{k}={}", urlencode(&v))))
            .collect::<Vec<_>>()
            .join("&")
    });
    let count = crate::plural::count!(locale, count_people, people.total);
    let me = people.me;
    view! {
        <p class="summary" role="status">{count}</p>
        <table class="people">
            <thead>
                <tr>
                    <th scope="col">{td_string!(locale, account_name)}</th>
                    <th scope="col">{td_string!(locale, account_email)}</th>
                    <th scope="col">{td_string!(locale, admin_roles)}</th>
                    <th scope="col">{td_string!(locale, admin_edits)}</th>
                    <th scope="col">{td_string!(locale, two_factor_heading)}</th>
                    <th scope="col">{td_string!(locale, admin_actions)}</th>
                </tr>
            </thead>
            <tbody>
                {people.people.into_iter().map(|person| view! { <PersonRow person me actions back=back.clone()/> }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn PersonRow(person: Person, me: i64, actions: Actions, back: String) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let roles: Vec<String> = std::iter::once(td_string!(locale, role_member).to_string())
        .chain(person.roles.iter().map(|r| role_label(locale, *r).to_string()))
        .collect();
    let roles = crate::locale::join_list(locale, &roles);
    let yes_no = if person.two_factor { td_string!(locale, yes) } else { td_string!(locale, no) };
    let buttons = Role::ALL
        .into_iter()
        .filter(|role| !(*role == Role::Admin && person.id == me))
        .map(|role| {
            let held = person.roles.contains(&role);
            let back = back.clone();
            let label = match (role, held) {
                (Role::Moderator, false) => td_string!(locale, admin_grant_moderator),
                (Role::Moderator, true) => td_string!(locale, admin_revoke_moderator),
                (Role::Admin, false) => td_string!(locale, admin_grant_admin),
                (Role::Admin, true) => td_string!(locale, admin_revoke_admin),
            };
            view! {
                <ActionForm action=actions.role attr:class="inline-form">
                    <LocaleField/>
                    <input type="hidden" name="user_id" value=person.id.to_string()/>
                    <input type="hidden" name="role" value=role.code()/>
                    <input type="hidden" name="grant" value=if held { "no" } else { "yes" }/>
                    <input type="hidden" name="back" value=back/>
                    <button type="submit" class="small-button" aria-describedby=format!("person-{}", person.id)>{label}</button>
                </ActionForm>
            }
        })
        .collect_view();
    view! {
        <tr>
            <td id=format!("person-{}", person.id) dir="auto">{person.display_name}</td>
            <td dir="ltr">{person.email}</td>
            <td>{roles}</td>
            <td><Editorships person_id=person.id edits=person.edits actions back=back/></td>
            <td>{yes_no}</td>
            <td class="actions">{buttons}</td>
        </tr>
    }
}

/// The organisations a person edits, each with a button to stop it, and a form to add one.
#[component]
fn Editorships(person_id: i64, edits: Vec<String>, actions: Actions, back: String) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let input_id = format!("editor-of-{person_id}");
    let hidden = move |grant: &'static str, back: String| view! {
        <LocaleField/>
        <input type="hidden" name="user_id" value=person_id.to_string()/>
        <input type="hidden" name="grant" value=grant/>
        <input type="hidden" name="back" value=back/>
    };
    view! {
        <ul class="editorships">
            {edits.into_iter().map(|slug| {
                let label = format!("{} {slug}", td_string!(locale, admin_revoke_editor));
                let (back, href) = (back.clone(), localise_path(locale, &format!("/organisations/{slug}")));
                view! {
                    <li>
                        <a href=href>{slug.clone()}</a> " "
                        <ActionForm action=actions.editor attr:class="inline-form">
                            {hidden("no", back)}
                            <input type="hidden" name="organisation" value=slug/>
                            <button type="submit" class="small-button" aria-label=label>"×"</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
        <ActionForm action=actions.editor attr:class="editor-form">
            {hidden("yes", back)}
            <label for=input_id.clone()>{td_string!(locale, admin_editor_of)}</label>
            <input id=input_id name="organisation" required=true maxlength="100" placeholder="ccivs" dir="ltr"/>
            <button type="submit" class="small-button">{td_string!(locale, admin_grant_editor)}</button>
        </ActionForm>
    }
}

/// Percent-encodes a query value.
fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
