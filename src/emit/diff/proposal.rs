//! Proposals in a diff: a value that is a proposal (`forslag:`) is shown as one, and a
//! value that goes from proposed to decided, or back, is a change even when its
//! wording stays the same.

use super::changes::Assessment;
use crate::emit::compare::text::PROPOSAL_NOTE;

/// A value as the diff shows it: `10 hverdage efter ansøgning (forslag – ikke
/// vedtaget)` when it is a proposal.
pub fn shown(text: impl Into<String>, proposed: bool) -> String {
    let text = text.into();
    if proposed {
        format!("{text} ({PROPOSAL_NOTE})")
    } else {
        text
    }
}

/// How the status of a value changed. Decided now, it is a promise where it was only
/// proposed, which is better for the citizen, as a hedge removed is; proposed now, it
/// is worse. `None` when the status stayed.
pub fn change(old: bool, new: bool) -> Option<(Assessment, String)> {
    match (old, new) {
        (true, false) => Some((
            Assessment::Better,
            "nu vedtaget (før et forslag)".to_owned(),
        )),
        (false, true) => Some((
            Assessment::Worse,
            "nu kun et forslag, ikke vedtaget".to_owned(),
        )),
        _ => None,
    }
}

/// The judgement of a value that is new, or no longer stated, when it is a proposal:
/// a proposal is no promise, so it changes nothing in a clear direction yet.
pub fn alone(judged: (Assessment, String), proposed: bool) -> (Assessment, String) {
    if proposed {
        (
            Assessment::Unclear,
            format!("{}; {PROPOSAL_NOTE}", judged.1),
        )
    } else {
        judged
    }
}

/// The judgement of a change of a value (`judged`: its assessment and reason) with the
/// change of its status: the status alone when the value is the same, else both, and
/// `unclear` when they point different ways.
pub fn judged_with(
    judged: (Assessment, Option<String>),
    same_value: bool,
    status: Option<(Assessment, String)>,
) -> (Assessment, Option<String>) {
    let Some((by_status, why)) = status else {
        return judged;
    };
    if same_value {
        return (by_status, Some(why));
    }
    let (by_value, reason) = judged;
    let assessment = if by_value == by_status {
        by_value
    } else {
        Assessment::Unclear
    };
    let reason = match reason {
        Some(reason) => format!("{reason}; {why}"),
        None => why,
    };
    (assessment, Some(reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_decided_is_better_and_a_decision_reopened_is_worse() {
        assert_eq!(change(true, false).map(|c| c.0), Some(Assessment::Better));
        assert_eq!(change(false, true).map(|c| c.0), Some(Assessment::Worse));
        assert!(change(true, true).is_none() && change(false, false).is_none());
        assert_eq!(shown("0 kr", true), "0 kr (forslag – ikke vedtaget)");
        assert_eq!(shown("0 kr", false), "0 kr");
    }

    #[test]
    fn the_status_is_the_change_of_a_same_value_and_joins_another_change() {
        let decided = change(true, false);
        let shorter = (Assessment::Better, Some("kortere frist".to_owned()));
        assert_eq!(
            judged_with((Assessment::Info, None), true, decided.clone()),
            (
                Assessment::Better,
                Some("nu vedtaget (før et forslag)".to_owned())
            )
        );
        assert_eq!(
            judged_with(shorter.clone(), false, decided),
            (
                Assessment::Better,
                Some("kortere frist; nu vedtaget (før et forslag)".to_owned())
            )
        );
        let reopened = change(false, true);
        assert_eq!(
            judged_with(shorter.clone(), false, reopened).0,
            Assessment::Unclear
        );
        assert_eq!(judged_with(shorter.clone(), false, None), shorter);
    }

    #[test]
    fn a_new_value_that_is_only_proposed_is_no_clear_change() {
        let new = (Assessment::Better, "ny frist".to_owned());
        assert_eq!(alone(new.clone(), false), new);
        assert_eq!(
            alone(new, true),
            (
                Assessment::Unclear,
                "ny frist; forslag – ikke vedtaget".to_owned()
            )
        );
    }
}
