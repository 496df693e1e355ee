//! The actions section of a profile, as `app::actions::OrganisationActionsSection` writes it.
use crate::document::{attr, text};
use crate::event::{fallback_note, lang_attr};
use app::actions::labels::{action_kind_label, action_status_label, signatories_label};
use app::actions::{ActionCard, ActionKind};
use app::i18n::*;
use app::locale::{join_list, localise_path};
use std::fmt::Write;

const L: Locale = Locale::en;

/// Actions a profile lists (as `app::actions::on_profile`).
const PROFILE_ACTIONS: usize = 5;

/// The section, when the organisation organises any action.
pub fn write_profile_actions(out: &mut String, slug: &str, actions: &[ActionCard]) {
    if actions.is_empty() {
        return;
    }
    let _ = write!(out, "<section aria-labelledby=\"actions-heading\" class=\"related\"><h2 id=\"actions-heading\">{}</h2><ul class=\"card-list\">", td_string!(L, actions_title));
    for card in actions.iter().take(PROFILE_ACTIONS) {
        out.push_str("<li>");
        write_card(out, card);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    if actions.len() > PROFILE_ACTIONS {
        out.push_str("<p><a href=\"");
        attr(out, &localise_path(L, &format!("/actions?organiser={slug}")));
        let _ = write!(out, "\">{}</a></p>", td_string!(L, actions_see_all));
    }
    out.push_str("</section>");
}

fn write_card(out: &mut String, card: &ActionCard) {
    let lang = lang_attr(&card.fallback_language);
    let statement = card.kind == ActionKind::Statement;
    out.push_str("<article class=\"card action-card\"><h3 class=\"card-title\"><a href=\"");
    attr(out, &localise_path(L, &format!("/actions/{}", card.slug)));
    let _ = write!(out, "\"{lang} dir=\"auto\">");
    text(out, &card.title);
    let _ = write!(out, "</a></h3><p class=\"card-meta\"><span class=\"tag\">{}</span>", action_kind_label(L, card.kind));
    if !statement {
        let _ = write!(
            out,
            " <span class=\"badge-status\">{}</span> <span>{}</span>",
            action_status_label(L, card.status),
            signatories_label(L, card.signatories)
        );
    }
    if let Some(deadline) = &card.deadline {
        let _ = write!(out, " · <span>{} <bdi>", td_string!(L, action_deadline));
        text(out, deadline);
        out.push_str("</bdi></span>");
    }
    if statement && !card.adopted_on.is_empty() {
        let _ = write!(out, " · <span>{} <bdi>", td_string!(L, action_adopted_on));
        text(out, &card.adopted_on);
        out.push_str("</bdi></span>");
    }
    out.push_str("</p>");
    if !card.organisers.is_empty() {
        let organisers: Vec<String> = card.organisers.iter().map(|o| o.name.clone()).collect();
        let _ = write!(out, "<p class=\"card-organisers\"><span class=\"muted\">{}</span> <bdi>", td_string!(L, action_organised_by));
        text(out, &join_list(L, &organisers));
        out.push_str("</bdi></p>");
    }
    let _ = write!(out, "<p{lang} dir=\"auto\" class=\"card-excerpt\">");
    text(out, &card.summary);
    out.push_str("</p>");
    fallback_note(out, &card.fallback_language);
    out.push_str("</article>");
}
