//! `/actions/{slug}/sign?token=…`: the page a mailed signature link opens. Opening it changes
//! nothing (mail scanners open links too): the signer confirms with the button.
use super::api::{fetch_action, signature_link, ConfirmSignature};
use super::labels::signatory_kind_label;
use super::{SignProblem, SignatureStatus};
use crate::forms::{shown_problem, LocaleField, ProblemMessage};
use crate::i18n::*;
use crate::locale::{code, localise_path};
use crate::ui::{ErrorMessage, LocalisedHead};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SignLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let token = Memo::new(move |_| query.with(|q| q.get("token").unwrap_or_default()));
    let action = Resource::new(move || (slug.get(), i18n.get_locale()), |(slug, locale)| fetch_action(slug, code(locale).to_string()));
    let mine = Resource::new(move || (slug.get(), token.get(), i18n.get_locale()), |(slug, token, locale)| signature_link(slug, token, code(locale).to_string()));
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, loading)}</p> }>
            {move || Suspend::new(async move {
                let mine = mine.await.ok().flatten();
                match action.await {
                    Ok(detail) => {
                        let locale = i18n.get_locale_untracked();
                        let slug = detail.card.slug.clone();
                        let page = localise_path(locale, &format!("/actions/{slug}"));
                        let path = format!("/actions/{slug}/sign");
                        view! {
                            <LocalisedHead title=td_string!(locale, sign_link_title) description=td_string!(locale, sign_link_description) path private=true/>
                            <section class="account-page">
                                <h1>{t!(i18n, sign_link_title)}</h1>
                                <p class="lead"><a href=page.clone() dir="auto">{detail.card.title}</a></p>
                                {match mine {
                                    None => view! {
                                        <p class="form-problem" role="alert">{SignProblem::LinkUnknown.text(locale)}</p>
                                    }.into_any(),
                                    Some(s) if s.status == SignatureStatus::Confirmed => view! {
                                        <p class="done-notice">{t!(i18n, sign_link_already)}</p>
                                    }.into_any(),
                                    Some(s) => view! {
                                        <p>{t!(i18n, sign_link_intro)}</p>
                                        <dl class="details">
                                            <dt>{signatory_kind_label(locale, s.kind)}</dt>
                                            <dd><strong dir="auto">{s.name}</strong></dd>
                                            <dt>{t!(i18n, sign_country)}</dt>
                                            <dd>{s.country}</dd>
                                            {(!s.contact.is_empty()).then(|| view! { <dt>{t!(i18n, sign_contact)}</dt><dd dir="auto">{s.contact}</dd> })}
                                            {(!s.comment.is_empty()).then(|| view! { <dt>{t!(i18n, sign_comment)}</dt><dd dir="auto">{s.comment}</dd> })}
                                            <dt>{t!(i18n, sign_show_name)}</dt>
                                            <dd>{if s.show_name { td_string!(locale, sign_link_shown) } else { td_string!(locale, sign_link_not_shown) }}</dd>
                                        </dl>
                                        <p class="hint">{t!(i18n, sign_link_not_you)}</p>
                                        <ConfirmForm slug token=token.get_untracked()/>
                                    }.into_any(),
                                }}
                                <p><a href=page>{t!(i18n, sign_back)}</a></p>
                            </section>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ConfirmForm(slug: String, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmSignature>::new();
    let problem = shown_problem(action.value());
    view! {
        <ActionForm action attr:class="account-form">
            <LocaleField/>
            <input type="hidden" name="slug" value=slug/>
            <input type="hidden" name="token" value=token/>
            <ProblemMessage problem/>
            <button type="submit" disabled=move || action.pending().get()>{t!(i18n, sign_link_submit)}</button>
        </ActionForm>
    }
}
