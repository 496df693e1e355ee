//! The words for an action's kind, status and signatories, in the reader's language.
use super::{ActionKind, ActionStatus, SignatoryKind, Signatories};
use crate::i18n::*;
use crate::plural::count;

pub fn action_kind_label(locale: Locale, kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::SignOnLetter => td_string!(locale, action_kind_sign_on_letter),
        ActionKind::Petition => td_string!(locale, action_kind_petition),
        ActionKind::Statement => td_string!(locale, action_kind_statement),
    }
}

pub fn action_status_label(locale: Locale, status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => td_string!(locale, action_status_open),
        ActionStatus::Closed => td_string!(locale, action_status_closed),
        ActionStatus::Achieved => td_string!(locale, action_status_achieved),
    }
}

pub fn signatories_label(locale: Locale, signatories: Signatories) -> &'static str {
    match signatories {
        Signatories::Organisations => td_string!(locale, action_signatories_organisations),
        Signatories::Individuals => td_string!(locale, action_signatories_individuals),
        Signatories::Both => td_string!(locale, action_signatories_both),
    }
}

pub fn signatory_kind_label(locale: Locale, kind: SignatoryKind) -> &'static str {
    match kind {
        SignatoryKind::Organisation => td_string!(locale, sign_kind_organisation),
        SignatoryKind::Individual => td_string!(locale, sign_kind_individual),
    }
}

pub fn count_signatures(locale: Locale, n: i64) -> String {
    count!(locale, count_signatures, n)
}
