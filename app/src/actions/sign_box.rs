//! The signing form of an action's page: an organisation (name, country, contact person and
//! address) or an individual (name, country and address), a comment, and whether the name is
//! shown. A member signs without giving an address; a guest confirms from the mailed link.
use super::api::{SignAction, SigningContext};
use super::{ActionDetail, SignProblem, SignatoryKind, MAX_COMMENT_CHARS, MAX_SIGNER_NAME_CHARS};
use crate::forms::{shown_problem_of, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::localise_path;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
pub fn SignBox(detail: ActionDetail, form: SigningContext) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let signatories = detail.card.signatories;
    let body = if detail.signing_open {
        let kinds: Vec<SignatoryKind> = [SignatoryKind::Organisation, SignatoryKind::Individual]
            .into_iter()
            .filter(|k| match k {
                SignatoryKind::Organisation => signatories.admits_organisations(),
                SignatoryKind::Individual => signatories.admits_individuals(),
            })
            .collect();
        // A refusal for a form this action does not show (an individual signing a letter only
        // organisations sign, from a form elsewhere) is told above the forms.
        let stray = use_query_map().with_untracked(|q| {
            let form = q.get("form")?;
            let ours = kinds.iter().any(|k| k.code() == form);
            q.get("problem").filter(|_| !ours).and_then(|code| SignProblem::from_code(&code))
        });
        view! {
            {stray.map(|p| view! { <p class="form-problem" role="alert">{p.text(locale)}</p> })}
            {kinds.into_iter().map(|kind| view! { <SignForm slug=detail.card.slug.clone() kind form=form.clone()/> }).collect_view()}
        }
        .into_any()
    } else {
        view! { <p class="notice">{SignProblem::Closed.text(locale)}</p> }.into_any()
    };
    view! {
        <section id="sign" aria-labelledby="sign-heading" class="rsvp-box">
            <h2 id="sign-heading">{t!(i18n, sign_heading)}</h2>
            <SignDone/>
            {body}

        </section>
    }
}

/// What happened, after a plain form post or a navigation (`?signed=…`). That page is the
/// signer's own: no cache keeps it, so it counts their signature (a signature leaves the
/// letter's kept pages kept, `Db::begin_tally`).
#[component]
fn SignDone() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = use_query_map();
    #[cfg(feature = "ssr")]
    if query.with_untracked(|q| q.get("signed").is_some()) {
        crate::events::api::no_store();
    }
    let text = move || {
        Some(match query.with(|q| q.get("signed"))?.as_str() {
            "check-mail" => td_string!(locale, sign_done_check_mail),
            "counted" => td_string!(locale, sign_done_counted),
            "confirmed" => td_string!(locale, sign_done_confirmed),
            _ => return None,
        })
    };
    view! { <div role="status">{move || text().map(|t| view! { <p class="done-notice">{t}</p> })}</div> }
}

/// One form per kind of signer the action admits, each with its own heading.
#[allow(clippy::needless_pass_by_value)] // a component owns its props
#[component]
fn SignForm(slug: String, kind: SignatoryKind, form: SigningContext) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let action = ServerAction::<SignAction>::new();
    let problem = shown_problem_of(action.value(), kind.code());
    let organisation = kind == SignatoryKind::Organisation;
    let id = move |field: &str| format!("sign-{}-{field}", kind.code());
    let is_guest = form.member.is_none();
    let log_in = localise_path(locale, "/log-in");
    let (heading, name_label) = if organisation {
        (td_string!(locale, sign_as_organisation), td_string!(locale, sign_organisation_name))
    } else {
        (td_string!(locale, sign_as_individual), td_string!(locale, sign_person_name))
    };
    let member_name = form.member.clone().filter(|_| !organisation);
    view! {
        <ActionForm action attr:class="account-form sign-form">
            <h3>{heading}</h3>
            <LocaleField/>
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="signature[kind]" value=kind.code()/>
            {form.member.clone().map(|name| view! { <p>{t!(i18n, sign_as_member)} " " <strong dir="auto">{name}</strong></p> })}
            <div class="field">
                <label for=id("name")>{name_label}</label>
                <input id=id("name") name="signature[name]" type="text" required=member_name.is_none() maxlength=MAX_SIGNER_NAME_CHARS.to_string()
                    autocomplete=if organisation { "organization" } else { "name" } value=member_name.unwrap_or_default()/>
            </div>
            <div class="field">
                <label for=id("country")>{t!(i18n, sign_country)}</label>
                <select id=id("country") name="signature[country]" required=true>
                    <option value="">{t!(i18n, sign_country_choose)}</option>
                    {form.countries.iter().map(|(code, name)| view! { <option value=code.clone()>{name.clone()}</option> }).collect_view()}
                </select>
            </div>
            {organisation.then(|| view! {
                <div class="field">
                    <label for=id("contact")>{t!(i18n, sign_contact)}</label>
                    <input id=id("contact") name="signature[contact]" type="text" required=true maxlength=MAX_SIGNER_NAME_CHARS.to_string() autocomplete="name"/>
                </div>
            })}
            {is_guest.then(|| view! {
                <div class="field">
                    <label for=id("email")>{t!(i18n, field_email)}</label>
                    <input id=id("email") name="signature[email]" type="email" autocomplete="email" required=true maxlength="254" aria-describedby=id("email-hint")/>
                    <p id=id("email-hint") class="hint">{t!(i18n, sign_email_hint)}</p>
                </div>
            })}
            <div class="field">
                <label for=id("comment")>{t!(i18n, sign_comment)}</label>
                <textarea id=id("comment") name="signature[comment]" rows="3" maxlength=MAX_COMMENT_CHARS.to_string() aria-describedby=id("comment-hint")></textarea>
                <p id=id("comment-hint") class="hint">{t!(i18n, sign_comment_hint)}</p>
            </div>
            <div class="check">
                <input id=id("show") name="signature[show_name]" type="checkbox" value="on"/>
                <label for=id("show")>{t!(i18n, sign_show_name)}</label>
            </div>
            <ProblemMessage problem/>
            <button type="submit" disabled=move || action.pending().get()>{t!(i18n, sign_submit)}</button>
            {is_guest.then(|| view! { <p class="hint">{t!(i18n, sign_or_log_in)} " " <a href=log_in.clone()>{t!(i18n, log_in_title)}</a></p> })}
        </ActionForm>
    }
}
