//! What the reports to the ministry will print is written in the data: a
//! justification for every gap above the threshold (each year's, and the
//! whole programme's in the final report), an account of what each
//! partnership did in each year a report tells. Warn, with the place to
//! write it, before a report prints "Justification à compléter." or
//! "Compte rendu à compléter."; and no text is written for a year the
//! programme does not have.

use std::collections::{BTreeMap, BTreeSet};

use super::Ctx;
use crate::fr::{money, plain};
use crate::t;

/// Applies the rules.
pub fn check(ctx: &mut Ctx<'_>) {
    year_keys(ctx);
    gap_justifications(ctx);
    activities(ctx);
    comptable(ctx);
    contributions_paid(ctx);
    tranche_reports(ctx);
}

/// A tranche asked for by a report names a report the programme makes.
fn tranche_reports(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, t) in p.state.tranches.iter().enumerate() {
        if let Some(key) = &t.report
            && !p.issued.reports.contains_key(key)
        {
            let keys: Vec<&str> = p.issued.reports.keys().map(String::as_str).collect();
            ctx.error(
                "tranche-report",
                ctx.at(&format!("state.tranches[{i}].report")),
                t!("tranche-report-unknown", key = key.as_str()),
                t!("tranche-report-unknown-hint", keys = keys.join(", ")),
            );
        }
    }
}

/// A member that has not paid its contribution of a year that ended by
/// the last statement is named there; said here first, so that it can be
/// called (or the ledger completed) before.
fn contributions_paid(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let Some(last) = p.issued.statements.values().max().copied() else {
        return;
    };
    // A member whose id is wrong is said once, at its id.
    let named: Vec<&str> = super::references::well_named_members(p)
        .map(|m| m.id.as_str())
        .collect();
    for missing in crate::accounts::missing_contributions(p, None, last) {
        let Some(i) = p.members.iter().position(|m| m.id == missing.member) else {
            continue;
        };
        if !named.contains(&missing.member.as_str()) {
            continue;
        }
        let years: Vec<String> = missing.years.iter().map(i32::to_string).collect();
        ctx.warning(
            "contribution-missing",
            ctx.at(&format!("members[{i}].id")),
            t!(
                "contribution-missing",
                id = missing.member.as_str(),
                years = years.join(", "),
                amount = plain(&money(missing.amount.0)),
                date = super::day(last)
            ),
            t!("contribution-missing-hint", id = missing.member.as_str()),
        );
    }
}

/// The financial statements end with the public accountant's visa: the
/// State's final payment is made on a statement the comptable certified.
/// Without `lead.comptable`, the statements lose that visa; said.
fn comptable(ctx: &mut Ctx<'_>) {
    if ctx.programme.lead.comptable.is_none() {
        ctx.warning(
            "comptable",
            ctx.at("lead"),
            t!("comptable-missing"),
            t!("comptable-missing-hint"),
        );
    }
}

/// The years of `justifications` and `activities` are years of the
/// programme.
fn year_keys(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let years = p.programme.years();
    let span = t!(
        "programme-covers-span",
        first = years.first().copied().unwrap_or_default().to_string(),
        last = years.last().copied().unwrap_or_default().to_string()
    );
    for (i, line) in p.budget.lines.iter().enumerate() {
        for y in line.justifications.keys().filter(|y| !years.contains(y)) {
            ctx.error(
                "report-years",
                ctx.locations
                    .key(&format!("budget.lines[{i}].justifications.{y}")),
                t!(
                    "justification-year-outside",
                    id = line.id.as_str(),
                    year = y.to_string()
                ),
                span.clone(),
            );
        }
    }
    for (i, m) in p.members.iter().enumerate() {
        for y in m.activities.keys().filter(|y| !years.contains(y)) {
            ctx.error(
                "report-years",
                ctx.locations.key(&format!("members[{i}].activities.{y}")),
                t!(
                    "activity-year-outside",
                    id = m.id.as_str(),
                    year = y.to_string()
                ),
                span.clone(),
            );
        }
    }
}

/// The reports the data dates, as (year or none for the final, date).
fn reports(ctx: &Ctx<'_>) -> Vec<(Option<i32>, chrono::NaiveDate)> {
    let p = ctx.programme;
    p.programme
        .years()
        .into_iter()
        .map(Some)
        .chain(std::iter::once(None))
        .filter_map(|year| Some((year, p.issued.report(year)?)))
        .collect()
}

/// A gap above the threshold in a report needs its justification.
fn gap_justifications(ctx: &mut Ctx<'_>) {
    // A ledger with errors would show gaps that are not there.
    if !ctx.locations.ledger.complete {
        return;
    }
    let p = ctx.programme;
    // (line, year or none for the whole programme) → the gap's words.
    let mut missing: BTreeMap<(usize, Option<i32>), String> = BTreeMap::new();
    for (year, date) in reports(ctx) {
        let accounts = crate::accounts::accounts(p, year, date);
        let scoped = std::iter::once((year, &accounts.gaps))
            .chain(accounts.years_gaps.iter().map(|g| (Some(g.year), &g.gaps)));
        for (scope, gaps) in scoped {
            for line in gaps.iter().filter(|l| l.justification.is_none()) {
                let Some(i) = p.budget.lines.iter().position(|l| l.id == line.id) else {
                    continue;
                };
                let gap = line
                    .gap_percent
                    .map_or_else(|| plain(&money(line.gap.0)), crate::i18n::percent);
                missing.entry((i, scope)).or_insert(gap);
            }
        }
    }
    for ((i, scope), gap) in missing {
        let line = &p.budget.lines[i];
        let (which, hint) = match scope {
            Some(y) => (
                t!("gap-in-year", year = y.to_string()),
                t!("gap-in-year-hint", year = y.to_string()),
            ),
            None => (t!("gap-whole-programme"), t!("gap-whole-programme-hint")),
        };
        ctx.warning(
            "gap-justification",
            ctx.at(&format!("budget.lines[{i}].id")),
            t!(
                "gap-justification",
                id = line.id.as_str(),
                gap = gap,
                which = which,
                threshold = crate::i18n::number(p.programme.gap_threshold.0)
            ),
            hint,
        );
    }
}

/// Every partnership a report tells has its account of each year.
fn activities(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let mut missing: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for (year, date) in reports(ctx) {
        for a in crate::report::report(p, year, date).activities {
            for y in a.years.iter().filter(|y| y.text.is_none()) {
                missing
                    .entry(a.member_id.clone())
                    .or_default()
                    .insert(y.year);
            }
        }
    }
    for (id, years) in missing {
        let Some(i) = p.members.iter().position(|m| m.id == id) else {
            continue;
        };
        let list: Vec<String> = years.iter().map(i32::to_string).collect();
        let first = list.first().cloned().unwrap_or_default();
        ctx.warning(
            "report-activity",
            ctx.at(&format!("members[{i}].id")),
            t!("report-activity", id = id.as_str(), years = list.join(", ")),
            t!("report-activity-hint", year = first),
        );
    }
}
