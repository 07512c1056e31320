//! Actions are what the programme promises: support days for every
//! partnership, trainings of the stated length, the participants each
//! training requires.

use super::Ctx;
use crate::t;

/// Applies the action rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, mission) in p.actions.missions.iter().enumerate() {
        let path = format!("actions.missions[{i}]");
        if mission.min_days_per_partnership < 1 {
            ctx.error(
                "mission-days",
                ctx.at(&format!("{path}.min_days_per_partnership")),
                t!("mission-min-days"),
                t!("mission-min-days-hint"),
            );
        }
        // Every partnership that exists when the mission starts.
        for member in super::references::well_named_members(p)
            .filter(|m| m.partner.is_some() && m.member_on(&p.programme, mission.start))
        {
            match mission.days.get(&member.id) {
                None => ctx.error(
                    "mission-days",
                    ctx.at(&format!("{path}.days")),
                    t!(
                        "mission-no-days",
                        mission = mission.id.as_str(),
                        member = member.id.as_str()
                    ),
                    t!(
                        "mission-no-days-hint",
                        member = member.id.as_str(),
                        days = mission.min_days_per_partnership
                    ),
                ),
                Some(days) if days.planned < mission.min_days_per_partnership => ctx.error(
                    "mission-days",
                    ctx.at(&format!("{path}.days.{}.planned", member.id)),
                    t!(
                        "mission-few-days",
                        mission = mission.id.as_str(),
                        days = days.planned,
                        member = member.id.as_str(),
                        promised = mission.min_days_per_partnership
                    ),
                    t!(
                        "mission-few-days-hint",
                        days = mission.min_days_per_partnership
                    ),
                ),
                Some(_) => {}
            }
        }
    }
    for (i, training) in p.actions.trainings.iter().enumerate() {
        let path = format!("actions.trainings[{i}]");
        let span = (training.end - training.start).num_days() + 1;
        if span >= 1 && span != i64::from(training.days) {
            ctx.error(
                "training-days",
                ctx.at(&format!("{path}.days")),
                t!(
                    "training-days",
                    id = training.id.as_str(),
                    days = training.days,
                    span = span
                ),
                t!("training-days-hint"),
            );
        }
        if training.schedule.len() != training.days as usize {
            ctx.error(
                "training-days",
                ctx.at(&format!("{path}.schedule")),
                t!(
                    "training-schedule",
                    id = training.id.as_str(),
                    entries = training.schedule.len(),
                    days = training.days
                ),
                t!("training-schedule-hint"),
            );
        }
    }
    participants(ctx);
}

/// Each partnership sends exactly the participants a training requires,
/// and no more than an exchange day covers.
fn participants(ctx: &mut Ctx<'_>) {
    if !ctx.locations.participants.complete {
        return;
    }
    let p = ctx.programme;
    let events = p
        .actions
        .trainings
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                format!("actions.trainings[{i}]"),
                &t.id,
                t.start,
                t.participants_per_partnership,
                true,
            )
        })
        .chain(p.actions.exchange_days.iter().enumerate().map(|(i, e)| {
            (
                format!("actions.exchange_days[{i}]"),
                &e.id,
                e.date,
                e.participants_per_partnership,
                false,
            )
        }));
    // Rows of the participants list by (partnership, action), built once.
    let mut by_partnership: std::collections::HashMap<(&str, &str), Vec<usize>> =
        std::collections::HashMap::new();
    for (row, x) in p.participants.iter().enumerate() {
        for action in &x.actions {
            by_partnership
                .entry((x.partnership.as_str(), action.as_str()))
                .or_default()
                .push(row);
        }
    }
    for (path, id, date, required, exact) in events {
        for member in super::references::well_named_members(p) {
            // Only partnerships that exist on the day send participants.
            let required = if member.partner.is_some() && member.member_on(&p.programme, date) {
                required
            } else {
                0
            };
            let rows: Vec<usize> = by_partnership
                .get(&(member.id.as_str(), id.as_str()))
                .cloned()
                .unwrap_or_default();
            let count = rows.len() as u32;
            if exact && count < required {
                ctx.error(
                    "participants",
                    ctx.at(&format!("{path}.participants_per_partnership")),
                    t!(
                        "participants-missing",
                        member = member.id.as_str(),
                        count = count,
                        id = id.as_str(),
                        required = required
                    ),
                    t!(
                        "participants-missing-hint",
                        missing = required - count,
                        member = member.id.as_str(),
                        id = id.as_str()
                    ),
                );
            }
            if count > required
                && let Some(&extra) = rows.get(required as usize)
            {
                let (message, hint) = if required == 0 && member.partner.is_none() {
                    (
                        t!(
                            "participants-no-partner",
                            member = member.id.as_str(),
                            count = count,
                            id = id.as_str()
                        ),
                        t!(
                            "participants-no-partner-hint",
                            member = member.id.as_str(),
                            id = id.as_str()
                        ),
                    )
                } else if required == 0 {
                    (
                        t!(
                            "participants-not-member",
                            member = member.id.as_str(),
                            count = count,
                            id = id.as_str()
                        ),
                        t!("participants-not-member-hint", id = id.as_str()),
                    )
                } else {
                    (
                        t!(
                            "participants-too-many",
                            member = member.id.as_str(),
                            count = count,
                            id = id.as_str(),
                            required = required
                        ),
                        t!("participants-too-many-hint", id = id.as_str()),
                    )
                };
                ctx.error(
                    "participants",
                    ctx.participant_at(extra, "actions"),
                    message,
                    hint,
                );
            }
        }
    }
}
