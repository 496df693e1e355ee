//! The pieces every form shares: the hidden language and the place its problem is announced.
use super::FormProblem;
use crate::error::set_response_status;
use crate::i18n::*;
use crate::locale::code;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The problem to show: the last answer of the form's own action (JavaScript), else the one
/// the server put in the address after a plain form post.
pub fn shown_problem<T: 'static, P: FormProblem>(
    value: impl Get<Value = Option<Result<T, P>>> + Send + Sync + 'static,
) -> Signal<Option<P>> {
    problem_of(value, None)
}

/// The same for one of several forms on a page: the address names the form (`?form=…`).
pub fn shown_problem_of<T: 'static, P: FormProblem>(
    value: impl Get<Value = Option<Result<T, P>>> + Send + Sync + 'static,
    form: &'static str,
) -> Signal<Option<P>> {
    problem_of(value, Some(form))
}

fn problem_of<T: 'static, P: FormProblem>(
    value: impl Get<Value = Option<Result<T, P>>> + Send + Sync + 'static,
    form: Option<&'static str>,
) -> Signal<Option<P>> {
    let query = use_query_map();
    Signal::derive(move || match value.get() {
        Some(result) => result.err(),
        None => query.with(|q| {
            let ours = q.get("form").as_deref() == form;
            q.get("problem").filter(|_| ours).and_then(|c| P::from_code(&c))
        }),
    })
}

/// Where a form's problem is announced. The region is always there, so screen readers
/// announce a problem that appears in it after a submission.
#[component]
pub fn ProblemMessage<P: FormProblem>(problem: Signal<Option<P>>) -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    // A page reloaded to say "too many attempts" is the localised 429 page.
    if let Some(p) = problem.get_untracked().filter(|p| p.status() == http::StatusCode::TOO_MANY_REQUESTS) {
        set_response_status(p.status());
    }
    view! {
        <div class="form-problem" role="alert">
            {move || problem.get().map(|p| view! { <p>{p.text(locale)}</p> })}
        </div>
    }
}

/// The language the server should answer in (pages it redirects to, mails it writes).
#[component]
pub fn LocaleField() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    view! { <input type="hidden" name="locale" value=code(locale)/> }
}

