//! Dates lie within the programme's period and come in order.

use chrono::{Datelike, NaiveDate};

use super::Ctx;
use crate::diagnostic::Location;
use crate::t;

use super::day as fr;

/// `date` lies in the programme's period.
fn within(ctx: &mut Ctx<'_>, at: Option<Location>, what: &str, date: NaiveDate) {
    let info = &ctx.programme.programme;
    if !info.contains(date) {
        ctx.error(
            "date-period",
            at,
            t!("date-outside-period", what = what, date = fr(date)),
            t!(
                "date-outside-period-hint",
                start = fr(info.start),
                end = fr(info.end)
            ),
        );
    }
}

/// `first` comes no later than `second`.
fn ordered(
    ctx: &mut Ctx<'_>,
    at: Option<Location>,
    first: (String, NaiveDate),
    second: (String, NaiveDate),
) {
    if first.1 > second.1 {
        ctx.error(
            "date-order",
            at,
            t!(
                "date-after",
                first = first.0,
                first_date = fr(first.1),
                second = second.0,
                second_date = fr(second.1)
            ),
            t!("date-after-hint"),
        );
    }
}

/// Applies the date rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let info = &p.programme;
    // (A period that ends before it starts is told alone, before the rules.)

    for (i, m) in p.actions.missions.iter().enumerate() {
        let path = format!("actions.missions[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.start")),
            &t!("date-mission-start", id = m.id.as_str()),
            m.start,
        );
        within(
            ctx,
            ctx.at(&format!("{path}.end")),
            &t!("date-mission-end", id = m.id.as_str()),
            m.end,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.end")),
            (t!("date-the-mission-start"), m.start),
            (t!("date-its-end"), m.end),
        );
    }
    for (i, t) in p.actions.trainings.iter().enumerate() {
        let path = format!("actions.trainings[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.start")),
            &t!("date-training-start", id = t.id.as_str()),
            t.start,
        );
        within(
            ctx,
            ctx.at(&format!("{path}.end")),
            &t!("date-training-end", id = t.id.as_str()),
            t.end,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.end")),
            (t!("date-the-training-start"), t.start),
            (t!("date-its-end"), t.end),
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.reply_by")),
            (t!("date-reply"), t.reply_by),
            (t!("date-the-training-start"), t.start),
        );
        for (j, day) in t.schedule.iter().enumerate() {
            if day.date < t.start || day.date > t.end {
                ctx.error(
                    "date-period",
                    ctx.at(&format!("{path}.schedule[{j}].date")),
                    t!(
                        "schedule-day-outside",
                        day = j + 1,
                        date = fr(day.date),
                        start = fr(t.start),
                        end = fr(t.end)
                    ),
                    t!("schedule-day-outside-hint"),
                );
            }
            if j > 0 && day.date <= t.schedule[j - 1].date {
                ctx.error(
                    "date-order",
                    ctx.at(&format!("{path}.schedule[{j}].date")),
                    t!(
                        "schedule-day-order",
                        day = j + 1,
                        date = fr(day.date),
                        previous = j
                    ),
                    t!("schedule-day-order-hint"),
                );
            }
        }
    }
    for (i, e) in p.actions.exchange_days.iter().enumerate() {
        let path = format!("actions.exchange_days[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.date")),
            &t!("date-exchange-day", id = e.id.as_str()),
            e.date,
        );
        ordered(
            ctx,
            ctx.at(&format!("{path}.reply_by")),
            (t!("date-reply"), e.reply_by),
            (t!("date-the-exchange-day"), e.date),
        );
        if let Some(end) = e.end {
            within(
                ctx,
                ctx.at(&format!("{path}.end")),
                &t!("date-exchange-day-end", id = e.id.as_str()),
                end,
            );
            ordered(
                ctx,
                ctx.at(&format!("{path}.end")),
                (t!("date-exchange-first-day"), e.date),
                (t!("date-its-last-day"), end),
            );
        }
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        let path = format!("governance.meetings[{i}]");
        within(
            ctx,
            ctx.at(&format!("{path}.date")),
            &t!("date-meeting", id = m.id.as_str()),
            m.date,
        );
        if let Some(end) = m.end {
            within(
                ctx,
                ctx.at(&format!("{path}.end")),
                &t!("date-meeting-end", id = m.id.as_str()),
                end,
            );
            ordered(
                ctx,
                ctx.at(&format!("{path}.end")),
                (t!("date-meeting-first-day"), m.date),
                (t!("date-its-last-day"), end),
            );
        }
    }
    let meetings = &p.governance.meetings;
    for i in 1..meetings.len() {
        if meetings[i].date < meetings[i - 1].date {
            ctx.warning(
                "date-order",
                ctx.at(&format!("governance.meetings[{i}].date")),
                t!("meeting-order", id = meetings[i].id.as_str()),
                t!("meeting-order-hint"),
            );
        }
    }
    // Letters go out before what they announce.
    for (i, t) in p.actions.trainings.iter().enumerate() {
        ordered(
            ctx,
            ctx.at(&format!("actions.trainings[{i}].letter_date")),
            (t!("date-convocation"), t.letter_date),
            (t!("date-reply"), t.reply_by),
        );
    }
    for (i, e) in p.actions.exchange_days.iter().enumerate() {
        ordered(
            ctx,
            ctx.at(&format!("actions.exchange_days[{i}].letter_date")),
            (t!("date-invitation"), e.letter_date),
            (t!("date-reply"), e.reply_by),
        );
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        if let Some(letter) = m.letter_date {
            ordered(
                ctx,
                ctx.at(&format!("governance.meetings[{i}].letter_date")),
                (t!("date-invitation"), letter),
                (t!("date-the-meeting"), m.date),
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
                t!("issued-missing", what = what, missing = missing.join(", ")),
                t!("issued-missing-hint", keys = wanted.join(", ")),
            );
        }
        for key in map.keys() {
            if !wanted.contains(key) {
                ctx.error(
                    "issued-dates",
                    ctx.locations.key(&format!("issued.{what}.{key}")),
                    t!("issued-unknown", key = key.as_str()),
                    t!("issued-unknown-hint", keys = wanted.join(", ")),
                );
            }
        }
        // The final documents settle the programme: dated before its end,
        // they show the last year as still running.
        if let Some(date) = map.get("final")
            && *date < p.programme.end
        {
            ctx.warning(
                "issued-final-early",
                ctx.at(&format!("issued.{what}.final")),
                t!(
                    "issued-final-early",
                    what = what,
                    date = fr(*date),
                    end = fr(p.programme.end)
                ),
                t!("issued-final-early-hint", end = fr(p.programme.end)),
            );
        }
    }
    for (i, m) in p.governance.meetings.iter().enumerate() {
        if let Some(time) = &m.time
            && crate::fr::dates::parse_time(time).is_none()
        {
            ctx.error(
                "time-format",
                ctx.at(&format!("governance.meetings[{i}].time")),
                t!("time-invalid", time = time.as_str()),
                t!("time-invalid-hint"),
            );
        }
    }
    for (i, m) in p.milestones.iter().enumerate() {
        if let Some(date) = m.date {
            within(
                ctx,
                ctx.at(&format!("milestones[{i}].date")),
                &t!("date-milestone"),
                date,
            );
        }
    }
    for (row, entry) in p.ledger.iter().enumerate() {
        within(
            ctx,
            ctx.ledger_at(row, "date"),
            &t!("date-voucher", voucher = entry.voucher.as_str()),
            entry.date,
        );
        if entry.year != entry.date.year() {
            ctx.error(
                "ledger-year",
                ctx.ledger_at(row, "year"),
                t!(
                    "ledger-year",
                    voucher = entry.voucher.as_str(),
                    year = entry.year.to_string(),
                    date = fr(entry.date)
                ),
                t!("ledger-year-hint"),
            );
        }
    }
}
