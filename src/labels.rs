//! The labels of the budget's lines and resources as the documents print
//! them: the words of the data, followed by the figures the data computes
//! (the State's rate, the number of members times their contribution, a
//! training's days and participants), so that no label states a figure
//! that another part of the data can contradict.

use crate::fr::words::{self, Spelling};
use crate::model::{BudgetLine, Programme, Resource, ResourceSource};

/// A resource's label over `year` (or the whole programme):
/// "État – ministère (49 %)", "Contributions des membres (9 × 350,00 €)".
pub fn resource(p: &Programme, r: &Resource, year: Option<i32>) -> String {
    let suffix = match r.source {
        // Only the whole programme is cofinanced at the rate: a year's
        // share of the State is what its tranches make it.
        ResourceSource::State if year.is_none() => Some(format!(
            "{} des dépenses éligibles sur la durée du programme",
            crate::fr::percent(p.state.rate.0)
        )),
        ResourceSource::Members => members_suffix(p, year),
        _ => None,
    };
    with_suffix(&r.label, suffix)
}

/// A budget line's label: for a line that pays for trainings which all
/// last the same number of days for the same number of participants,
/// "(quatre journées, deux participants par partenariat)".
pub fn line(p: &Programme, l: &BudgetLine) -> String {
    let trainings: Vec<_> = p
        .actions
        .trainings
        .iter()
        .filter(|t| t.line == l.id)
        .collect();
    let suffix = match trainings.split_first() {
        Some((first, rest))
            if rest.iter().all(|t| {
                t.days == first.days
                    && t.participants_per_partnership == first.participants_per_partnership
            }) =>
        {
            Some(format!(
                "{}, {}",
                counted(first.days, true, "journée", "journées"),
                counted(
                    first.participants_per_partnership,
                    false,
                    "participant par partenariat",
                    "participants par partenariat"
                )
            ))
        }
        _ => None,
    };
    with_suffix(&l.label, suffix)
}

/// "(N × C)" for one year, "(N × C par an)" when every year in scope has
/// the same N members, "(C par membre et par an)" otherwise; nothing when
/// some member pays a contribution of its own (the statement's table of
/// contributions says who pays what).
fn members_suffix(p: &Programme, year: Option<i32>) -> Option<String> {
    let usual = p.programme.member_contribution;
    if p.members
        .iter()
        .any(|m| m.yearly_contribution(&p.programme) != usual)
    {
        return None;
    }
    let contribution = crate::fr::money(usual.0);
    let counts: Vec<usize> = p
        .programme
        .years()
        .into_iter()
        .filter(|&y| year.is_none_or(|w| w == y))
        .map(|y| {
            p.members
                .iter()
                .filter(|m| m.member_in(&p.programme, y))
                .count()
        })
        .collect();
    let (first, rest) = counts.split_first()?;
    Some(if rest.iter().any(|c| c != first) {
        format!("{contribution} par membre et par an")
    } else if rest.is_empty() {
        format!("{first}\u{a0}× {contribution}")
    } else {
        format!("{first}\u{a0}× {contribution} par an")
    })
}

/// "un participant", "deux participants".
fn counted(n: u32, feminine: bool, one: &str, many: &str) -> String {
    match n {
        1 => format!("{} {one}", if feminine { "une" } else { "un" }),
        _ => format!(
            "{} {many}",
            words::number(u64::from(n), Spelling::Traditional)
        ),
    }
}

fn with_suffix(label: &str, suffix: Option<String>) -> String {
    match suffix {
        Some(s) => format!("{} ({s})", label.trim_end()),
        None => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::shipped;

    #[test]
    fn figures_come_from_the_data() {
        let mut p = shipped();
        let members = p
            .budget
            .resources
            .iter()
            .find(|r| r.source == ResourceSource::Members)
            .cloned()
            .expect("a members' resource");
        let n = p.members.len();
        assert_eq!(
            resource(&p, &members, Some(2007)),
            format!("{} ({n}\u{a0}× 350,00\u{a0}€)", members.label)
        );
        assert!(resource(&p, &members, None).ends_with("× 350,00\u{a0}€ par an)"));
        // One member leaves during the last year: counts differ by year.
        p.members[1].left = chrono::NaiveDate::from_ymd_opt(2007, 6, 30);
        assert!(resource(&p, &members, None).ends_with("(350,00\u{a0}€ par membre et par an)"));
        let state = p
            .budget
            .resources
            .iter()
            .find(|r| r.source == ResourceSource::State)
            .cloned()
            .expect("a State resource");
        assert!(
            resource(&p, &state, None)
                .ends_with("(49\u{a0}% des dépenses éligibles sur la durée du programme)")
        );
        let training = p
            .budget
            .lines
            .iter()
            .find(|l| p.actions.trainings.iter().any(|t| t.line == l.id))
            .cloned()
            .expect("a training line");
        assert!(
            line(&p, &training).ends_with("(quatre journées, deux participants par partenariat)")
        );
        p.actions.trainings[0].days = 1;
        assert!(line(&p, &training).contains("(une journée, "));
    }
}
