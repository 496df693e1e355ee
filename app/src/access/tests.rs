//! Every role against every action: the exact set allowed (`server/tests/integration/access.rs`
//! checks the same table through the real requests).
use super::*;

/// The organisation that organises the event in question.
const OURS: &str = "ours";

fn actor(roles: &[Role], two_factor: bool, edits: &[&str]) -> Actor {
    Actor { user: Some(1), roles: roles.to_vec(), two_factor, edits: edits.iter().map(|s| s.to_string()).collect() }
}

/// `A` allowed, `L` log in first, `T` two-factor required, `F` forbidden; one letter per
/// action, in the order of `actions()`.
fn table() -> Vec<(&'static str, Actor, &'static str)> {
    use Role::{Admin, Moderator};
    vec![
        ("visitor", Actor::visitor(), "LLLLLLLLLL"),
        ("member", actor(&[], false, &[]), "FFFFFFFFFF"),
        ("editor of this organisation", actor(&[], false, &[OURS]), "AAAAAAAAFF"),
        ("editor of another", actor(&[], false, &["theirs"]), "FAFAFFFFFF"),
        ("moderator without two-factor", actor(&[Moderator], false, &[]), "FFFFFFFFFF"),
        ("moderator with two-factor", actor(&[Moderator], true, &[]), "FFFFFFFFFF"),
        ("moderator who edits this organisation", actor(&[Moderator], true, &[OURS]), "AAAAAAAAFF"),
        ("admin without two-factor", actor(&[Admin], false, &[]), "TTTTTTTTTT"),
        ("admin with two-factor", actor(&[Admin], true, &[]), "AAAAAAAAAA"),
        ("admin without two-factor who edits this organisation", actor(&[Admin], false, &[OURS]), "AAAAAAAATT"),
    ]
}

fn letter(outcome: Result<(), Refusal>) -> char {
    match outcome {
        Ok(()) => 'A',
        Err(Refusal::LogIn) => 'L',
        Err(Refusal::TwoFactorRequired) => 'T',
        Err(Refusal::Forbidden) => 'F',
    }
}

#[test]
fn every_role_against_every_action() {
    let organisers = vec![OURS.to_string(), "partner".to_string()];
    let actions = [
        Action::SeeAttendees { organisers: &organisers },
        Action::AddEvent,
        Action::EditEvent { organisers: &organisers },
        Action::AddAction,
        Action::EditAction { organisers: &organisers },
        Action::SeeSigners { organisers: &organisers },
        Action::ImportSigners { organisers: &organisers },
        Action::RecordReportedCount { organisers: &organisers },
        Action::SeePeople,
        Action::GrantRoles,
    ];
    for (who, actor, expected) in table() {
        let got: String = actions.iter().map(|action| letter(may(&actor, *action))).collect();
        assert_eq!(got, expected, "{who}");
    }
}

#[test]
fn an_event_with_no_organisers_is_nobody_s_but_an_administrator_s() {
    let none: Vec<String> = Vec::new();
    let editor = actor(&[], false, &[OURS]);
    assert_eq!(may(&editor, Action::EditEvent { organisers: &none }), Err(Refusal::Forbidden));
    assert_eq!(may(&actor(&[Role::Admin], true, &[]), Action::EditEvent { organisers: &none }), Ok(()));
}
