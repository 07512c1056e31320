//! Dates lie within the programme's period and come in order.

use chrono::{Datelike, NaiveDate};

use super::Ctx;
use crate::diagnostic::Location;

fn fr(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// `date` lies in the programme's period.
fn within(ctx: &mut Ctx<'_>, at: Option<Location>, what: &str, date: NaiveDate) {
    let info = &ctx.programme.programme;
    if !info.contains(date) {
        ctx.error(
            "date-period",
            at,
            format!("{what} ({}) is outside the programme's period", fr(date)),
            format!(
                "the programme runs from {} to {}; check the year",
                fr(info.start),
                fr(info.end)
            ),
        );
    }
}

/// `first` comes no later than `second`.
fn ordered(
    ctx: &mut Ctx<'_>,
    at: Option<Location>,
    first: (&str, NaiveDate),
    second: (&str, NaiveDate),
) {
    if first.1 > second.1 {
        ctx.error(
            "date-order",
            at,
            format!(
                "{} ({}) comes after {} ({})",
                first.0,
                fr(first.1),
                second.0,
                fr(second.1)
            ),
            "swap the two dates, or correct the one that is wrong".into(),
        );
    }
}

/// Applies the date rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let info = &p.programme;
    ordered(
        ctx,
        ctx.at("programme.end"),
        ("the programme's start", info.start),
        ("its end", info.end),
    );

    for (i, m) in p.actions.missions.iter().enumerate() {
        let path = format!("actions.missions[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.start")),
            &format!("the start of mission `{}`", m.id),
            m.start,
        );
        within(
            ctx,
            ctx.at(&format!("{path}.end")),
            &format!("the end of mission `{}`", m.id),
            m.end,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.end")),
            ("the mission's start", m.start),
            ("its end", m.end),
        );
    }
    for (i, t) in p.actions.trainings.iter().enumerate() {
        let path = format!("actions.trainings[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.start")),
            &format!("the start of training `{}`", t.id),
            t.start,
        );
        within(
            ctx,
            ctx.at(&format!("{path}.end")),
            &format!("the end of training `{}`", t.id),
            t.end,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.end")),
            ("the training's start", t.start),
            ("its end", t.end),
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.reply_by")),
            ("the reply date", t.reply_by),
            ("the training's start", t.start),
        );
        for (j, day) in t.schedule.iter().enumerate() {
            if day.date < t.start || day.date > t.end {
                ctx.error(
                    "date-period",
                    ctx.at(&format!("{path}.schedule[{j}].date")),
                    format!(
                        "day {} of the schedule ({}) is not within the training ({} – {})",
                        j + 1,
                        fr(day.date),
                        fr(t.start),
                        fr(t.end)
                    ),
                    "each day of the schedule is one of the training's days".into(),
                );
            }
            if j > 0 && day.date <= t.schedule[j - 1].date {
                ctx.error(
                    "date-order",
                    ctx.at(&format!("{path}.schedule[{j}].date")),
                    format!(
                        "day {} of the schedule ({}) does not come after day {j}",
                        j + 1,
                        fr(day.date)
                    ),
                    "list the days in order, each once".into(),
                );
            }
        }
    }
    for (i, e) in p.actions.exchange_days.iter().enumerate() {
        let path = format!("actions.exchange_days[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.date")),
            &format!("exchange day `{}`", e.id),
            e.date,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.reply_by")),
            ("the reply date", e.reply_by),
            ("the exchange day", e.date),
        );
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        let path = format!("governance.meetings[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.date")),
            &format!("meeting `{}`", m.id),
            m.date,
        );
        if let Some(end) = m.end {
            within(
                ctx,
                ctx.at(&format!("{path}.end")),
                &format!("the end of meeting `{}`", m.id),
                end,
            );
            ordered(
                ctx,
                ctx.at(&format!("{path}.end")),
                ("the meeting's first day", m.date),
                ("its last day", end),
            );
        }
    }
    let meetings = &p.governance.meetings;
    for i in 1..meetings.len() {
        if meetings[i].date < meetings[i - 1].date {
            ctx.warning(
                "date-order",
                ctx.at(&format!("governance.meetings[{i}].date")),
                format!(
                    "meeting `{}` is listed after a later meeting",
                    meetings[i].id
                ),
                "list meetings in chronological order: reports follow the list".into(),
            );
        }
    }
    // Letters go out before what they announce.
    for (i, t) in p.actions.trainings.iter().enumerate() {
        ordered(
            ctx,
            ctx.at(&format!("actions.trainings[{i}].letter_date")),
            ("the convocation date", t.letter_date),
            ("the reply date", t.reply_by),
        );
    }
    for (i, e) in p.actions.exchange_days.iter().enumerate() {
        ordered(
            ctx,
            ctx.at(&format!("actions.exchange_days[{i}].letter_date")),
            ("the invitation date", e.letter_date),
            ("the reply date", e.reply_by),
        );
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        if let Some(letter) = m.letter_date {
            ordered(
                ctx,
                ctx.at(&format!("governance.meetings[{i}].letter_date")),
                ("the invitation date", letter),
                ("the meeting", m.date),
            );
        }
    }
    // Every year, and the whole programme, has its statement and report.
    let wanted: Vec<String> = info
        .years()
        .into_iter()
        .map(Some)
        .chain(std::iter::once(None))
        .map(crate::model::Issued::key)
        .collect();
    for (what, map) in [
        ("statements", &p.issued.statements),
        ("reports", &p.issued.reports),
    ] {
        let missing: Vec<&str> = wanted
            .iter()
            .filter(|k| !map.contains_key(*k))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            ctx.error(
                "issued-dates",
                ctx.at(&format!("issued.{what}")),
                format!("`issued.{what}` gives no date for {}", missing.join(", ")),
                format!("give the signing date of each: {}", wanted.join(", ")),
            );
        }
        for key in map.keys() {
            if !wanted.contains(key) {
                ctx.error(
                    "issued-dates",
                    ctx.locations.key(&format!("issued.{what}.{key}")),
                    format!("`{key}` is not a year of the programme nor `final`"),
                    format!("the keys are: {}", wanted.join(", ")),
                );
            }
        }
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        if let Some(time) = &m.time
            && crate::fr::dates::parse_time(time).is_none()
        {
            ctx.error(
                "time-format",
                ctx.at(&format!("governance.meetings[{i}].time")),
                format!("`{time}` is not a time of day"),
                "write it 14:30, 14h30 or 14 h 30 (hours 0 to 23)".into(),
            );
        }
    }
    for (i, m) in p.milestones.iter().enumerate() {
        if let Some(date) = m.date {
            within(
                ctx,
                ctx.at(&format!("milestones[{i}].date")),
                "this milestone",
                date,
            );
        }
    }
    for (row, entry) in p.ledger.iter().enumerate() {
        within(
            ctx,
            ctx.ledger_at(row, "date"),
            &format!("the date of voucher `{}`", entry.voucher),
            entry.date,
        );
        if entry.year != entry.date.year() {
            ctx.error(
                "ledger-year",
                ctx.ledger_at(row, "year"),
                format!(
                    "voucher `{}` is charged to {} but dated {}",
                    entry.voucher,
                    entry.year,
                    fr(entry.date)
                ),
                "the budget year is the year of the payment date".into(),
            );
        }
    }
}
