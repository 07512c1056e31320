//! Actions are what the programme promises: support days for every
//! partnership, trainings of the stated length, the participants each
//! training requires.

use super::Ctx;

/// Applies the action rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, mission) in p.actions.missions.iter().enumerate() {
        let path = format!("actions.missions[{i}]");
        if mission.min_days_per_partnership < 1 {
            ctx.error(
                "mission-days",
                ctx.at(&format!("{path}.min_days_per_partnership")),
                "a support mission gives at least one day to each partnership".into(),
                "the programme promises at least two days per partnership".into(),
            );
        }
        // Every partnership that exists when the mission starts.
        for member in p
            .members
            .iter()
            .filter(|m| m.partner.is_some() && m.member_on(&p.programme, mission.start))
        {
            match mission.days.get(&member.id) {
                None => ctx.error(
                    "mission-days",
                    ctx.at(&format!("{path}.days")),
                    format!("mission `{}` plans no days for `{}`", mission.id, member.id),
                    format!("add `{}: {{ planned: {} }}` under `days`", member.id, mission.min_days_per_partnership),
                ),
                Some(days) if days.planned < mission.min_days_per_partnership => ctx.error(
                    "mission-days",
                    ctx.at(&format!("{path}.days.{}.planned", member.id)),
                    format!(
                        "mission `{}` plans {} day(s) for `{}`, fewer than the {} promised to each partnership",
                        mission.id, days.planned, member.id, mission.min_days_per_partnership
                    ),
                    format!("plan at least {} days", mission.min_days_per_partnership),
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
                format!("training `{}` lasts {} days but runs over {span} days from its start to its end", training.id, training.days),
                "make `days` and the dates agree".into(),
            );
        }
        if training.schedule.len() != training.days as usize {
            ctx.error(
                "training-days",
                ctx.at(&format!("{path}.schedule")),
                format!(
                    "the schedule of training `{}` has {} day(s), the training {}",
                    training.id,
                    training.schedule.len(),
                    training.days
                ),
                "give one schedule entry per day of training".into(),
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
        for member in &p.members {
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
                    format!("`{}` has {count} participant(s) for `{id}`, which requires {required} per partnership", member.id),
                    format!("add {} line(s) for `{}` with `{id}` in the actions column of the participants file", required - count, member.id),
                );
            }
            if count > required
                && let Some(&extra) = rows.get(required as usize)
            {
                let (message, hint) = if required == 0 && member.partner.is_none() {
                    (
                        format!(
                            "`{}` has no partner yet, but sends {count} participant(s) to `{id}`",
                            member.id
                        ),
                        format!(
                            "remove `{id}` from its participants, or give `{}` its partner",
                            member.id
                        ),
                    )
                } else if required == 0 {
                    (
                        format!(
                            "`{}` is not a member of the programme on the day of `{id}`, but sends {count} participant(s)",
                            member.id
                        ),
                        format!(
                            "remove `{id}` from its participants, or correct its `joined` or `left` date"
                        ),
                    )
                } else {
                    (
                        format!(
                            "`{}` has {count} participants for `{id}`, more than the {required} per partnership the budget covers",
                            member.id
                        ),
                        format!("remove `{id}` from the extra participants"),
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
