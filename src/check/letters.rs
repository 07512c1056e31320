//! Dates that are facts: no letter, convocation or certificate goes to a
//! member authority's people (its participants, its head, its partner)
//! dated before the member joined the programme or after it left.

use super::{Ctx, day};
use crate::items::{Addressee, Item};
use crate::plan::Job;
use crate::t;

/// Checks every planned document addressed to a member's people.
pub fn check(ctx: &mut Ctx<'_>, jobs: &[Job]) {
    let p = ctx.programme;
    let mut said = std::collections::BTreeSet::new();
    for job in jobs {
        let (member, at, whom) = match &job.item {
            Item::Participant(k)
            | Item::TrainingParticipant { participant: k, .. }
            | Item::ExchangeParticipant { participant: k, .. } => {
                let x = &p.participants[*k];
                let Some(m) = p.members.iter().position(|m| m.id == x.partnership) else {
                    continue;
                };
                // The title names the participant already.
                (m, ctx.participant_at(*k, "actions"), String::new())
            }
            Item::MeetingAddressee {
                meeting,
                addressee: Addressee::Member(m) | Addressee::Partner(m),
            } => (
                *m,
                ctx.at(&format!("governance.meetings[{meeting}].letter_date")),
                format!(" ({})", p.members[*m].name),
            ),
            _ => continue,
        };
        let m = &p.members[member];
        let (first, last) = (m.first_day(&p.programme), m.last_day(&p.programme));
        if m.member_on(&p.programme, job.date) {
            continue;
        }
        // Two families about the same person and action (a convocation
        // and its certificate) are one fact: said once.
        if !said.insert((format!("{at:?}"), job.date < first)) {
            continue;
        }
        // Before it joined, or after it left: the same fact, its bound.
        let (key, bound) = if job.date < first {
            ("letter-before-joining", first)
        } else {
            ("letter-after-leaving", last)
        };
        let message = t!(
            key,
            document = crate::fr::grammar::ucfirst(&job.title),
            whom = whom.as_str(),
            date = day(job.date),
            member = m.id.as_str(),
            bound = day(bound)
        );
        let hint = t!(
            &format!("{key}-hint"),
            bound = bound.to_string(),
            member = m.id.as_str()
        );
        ctx.error("letter-membership", at, message, hint);
    }
}
