//! The financial tables of statements and reports (T1–T5 of
//! `../shared/domain/paperwork-fr.md` §2), computed from the budget and the
//! ledger in exact decimals. Templates only format them.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::figures::{Figures, cents};
use crate::model::{Amount, EntryKind, Programme, ResourceSource};

/// A percentage to one decimal, or none when the base is zero.
fn ratio(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole.is_zero() {
        return None;
    }
    Some(
        (part * Decimal::ONE_HUNDRED / whole)
            .round_dp(1)
            .normalize(),
    )
}

/// T1: one action line, forecast against actual.
#[derive(Debug, Clone, Serialize)]
pub struct LineRow {
    /// Line id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Forecast.
    pub forecast: Amount,
    /// Actual (ledger expenses).
    pub actual: Amount,
    /// Actual − forecast.
    pub gap: Amount,
    /// Gap in percent of the forecast.
    pub gap_percent: Option<Decimal>,
    /// Actual in percent of the forecast.
    pub completion: Option<Decimal>,
    /// The vouchers (mandate numbers) of the actual spending.
    pub vouchers: Vec<String>,
    /// Whether the gap is above the programme's threshold (T5).
    pub over_threshold: bool,
    /// Why, when the data says.
    pub justification: Option<String>,
}

/// T2: one resource, forecast against received.
#[derive(Debug, Clone, Serialize)]
pub struct ResourceRow {
    /// Resource id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Forecast.
    pub forecast: Amount,
    /// Received (ledger receipts).
    pub received: Amount,
    /// Received − forecast.
    pub gap: Amount,
    /// Share of the total forecast resources, in percent.
    pub share: Option<Decimal>,
}

/// T3: one year of the programme.
#[derive(Debug, Clone, Serialize)]
pub struct YearRow {
    /// "2006"… or "Total".
    pub year: String,
    /// Forecast expenses.
    pub forecast: Amount,
    /// Actual expenses.
    pub actual: Amount,
    /// Actual − forecast.
    pub gap: Amount,
    /// Completion in percent.
    pub completion: Option<Decimal>,
    /// Resources received.
    pub received: Amount,
    /// Whether the year lies after the document's date (forecast only).
    pub future: bool,
    /// Whether the document's date falls within the year (realised so
    /// far, no gap).
    pub current: bool,
}

/// A member's contribution: expected and received.
#[derive(Debug, Clone, Serialize)]
pub struct ContributionRow {
    /// Member id.
    pub member: String,
    /// Member name.
    pub name: String,
    /// Expected over the period.
    pub expected: Amount,
    /// Received over the period.
    pub received: Amount,
    /// Still due.
    pub due: Amount,
}

/// A member that has not paid all it owed for the years that ended: the
/// statement names it.
#[derive(Debug, Clone, Serialize)]
pub struct MissingContribution {
    /// Member id.
    pub member: String,
    /// Its designation in running text: « la commune de Ruffec ».
    pub designation: String,
    /// What it still owes for those years.
    pub amount: Amount,
    /// The years it has not paid (in full).
    pub years: Vec<i32>,
}

/// The members that owe part of their contribution for the years of
/// `year` (none: every year) that ended on `as_of`, as the ledger knows
/// it then: among the years in which the ledger records contributions (a
/// ledger not kept yet, or not loaded, names no one).
pub fn missing_contributions(
    p: &Programme,
    year: Option<i32>,
    as_of: chrono::NaiveDate,
) -> Vec<MissingContribution> {
    let in_scope = |y: i32| year.is_none_or(|wanted| wanted == y);
    let known: Vec<&crate::model::LedgerEntry> =
        p.ledger.iter().filter(|e| e.date <= as_of).collect();
    let member_ids = p.budget.resource_ids(ResourceSource::Members);
    p.members
        .iter()
        .filter_map(|m| {
            let due = m.yearly_contribution(&p.programme).0;
            let mut missing = MissingContribution {
                member: m.id.clone(),
                designation: crate::parties::party_on(m, p.programme.start).designation,
                amount: Amount::ZERO,
                years: Vec::new(),
            };
            for y in p.programme.years() {
                let kept = known.iter().any(|e| {
                    e.kind == EntryKind::Receipt
                        && e.year == y
                        && member_ids.contains(&e.line.as_str())
                });
                if !kept
                    || !in_scope(y)
                    || p.programme.year_bounds(y).1 > as_of
                    || !m.member_in(&p.programme, y)
                {
                    continue;
                }
                let paid: Decimal = known
                    .iter()
                    .filter(|e| {
                        e.kind == EntryKind::Receipt
                            && e.party == m.id
                            && e.year == y
                            && member_ids.contains(&e.line.as_str())
                    })
                    .map(|e| e.amount.0)
                    .sum();
                if paid < due {
                    missing.amount.0 += due - paid;
                    missing.years.push(y);
                }
            }
            (!missing.years.is_empty()).then_some(missing)
        })
        .collect()
}

/// Everything a statement or report shows about money, for one year or the
/// whole programme.
#[derive(Debug, Clone, Serialize)]
pub struct Accounts {
    /// The year, or none for the whole programme.
    pub year: Option<i32>,
    /// T1 rows.
    pub lines: Vec<LineRow>,
    /// T1 totals.
    pub total: LineRow,
    /// T5: the lines whose gap is above the threshold.
    pub gaps: Vec<LineRow>,
    /// For the whole programme: each year's lines over the threshold, with
    /// that year's justification (empty for the accounts of one year).
    pub years_gaps: Vec<YearGaps>,
    /// T2 rows.
    pub resources: Vec<ResourceRow>,
    /// T2 totals.
    pub resources_total: ResourceRow,
    /// T3 rows, one per year and a total.
    pub summary: Vec<YearRow>,
    /// Members' contributions, expected and received.
    pub contributions: Vec<ContributionRow>,
    /// The members that have not paid all they owed for the years of the
    /// scope that ended by the document's date.
    pub missing_contributions: Vec<MissingContribution>,
    /// What the years before this one left unspent and carried to it
    /// (none for the whole programme, or when nothing was left).
    pub carried_in: Option<Amount>,
    /// What was received beyond the spending, carried to the next year
    /// (or left at the close, for the whole programme); none when nothing.
    pub surplus: Option<Amount>,
    /// What was spent beyond what was received, at the end of the scope
    /// (when the ledger records the lead's own funds and they did not
    /// cover it); none when nothing.
    pub shortfall: Option<Amount>,
    /// Whether the lead's own funds are the balance (what it spent beyond
    /// the other resources), not receipts of the ledger, and covered some
    /// spending in the scope.
    pub own_funds_balance: bool,
    /// The lead's own funds as that balance, when they are one and cover
    /// something (what the statements show received on its line).
    pub own_funds: Option<Amount>,
    /// What the years before left spent beyond what they received,
    /// carried into this one (when the ledger records the lead's own
    /// receipts); none when nothing.
    pub deficit_in: Option<Amount>,
    /// Number of ledger lines counted.
    pub entries: usize,
}

/// The lines of one year over the gap threshold.
#[derive(Debug, Clone, Serialize)]
pub struct YearGaps {
    /// The year.
    pub year: i32,
    /// Its lines over the threshold.
    pub gaps: Vec<LineRow>,
}

/// One year's money as the ledger knows it: received from the funders,
/// the lead's own funds that covered what they did not, and what
/// was carried in from the years before and out to the next.
#[derive(Debug, Clone, Copy, Default)]
struct YearMoney {
    received: Decimal,
    own: Decimal,
    carried_in: Decimal,
    /// What the years before left spent beyond what they received (only
    /// when the ledger records the lead's receipts).
    deficit_in: Decimal,
    carried_out: Decimal,
    /// What was spent beyond what was received, by the year's end (only
    /// when the ledger records the lead's own receipts).
    short: Decimal,
}

/// Each year's money, in order: what a year receives beyond what it
/// spends is carried to the next; what it spends beyond what it has is
/// the lead's own funds (unless the ledger records the lead's receipts,
/// which then count as received, and a shortfall stays one).
fn years_money(
    p: &Programme,
    known: &[&crate::model::LedgerEntry],
    lead_recorded: bool,
) -> std::collections::BTreeMap<i32, YearMoney> {
    let mut balance = Decimal::ZERO;
    let mut out = std::collections::BTreeMap::new();
    for y in p.programme.years() {
        let sum = |kind: EntryKind| -> Decimal {
            known
                .iter()
                .filter(|e| e.kind == kind && e.year == y)
                .map(|e| e.amount.0)
                .sum()
        };
        let (received, spent) = (sum(EntryKind::Receipt), sum(EntryKind::Expense));
        let carried_in = balance.max(Decimal::ZERO);
        let deficit_in = (-balance).max(Decimal::ZERO);
        let available = balance + received;
        let own = if lead_recorded {
            Decimal::ZERO
        } else {
            (spent - available).max(Decimal::ZERO)
        };
        balance = available + own - spent;
        out.insert(
            y,
            YearMoney {
                received,
                own,
                carried_in,
                deficit_in,
                carried_out: balance.max(Decimal::ZERO),
                short: (-balance).max(Decimal::ZERO),
            },
        );
    }
    out
}

/// An amount, or none when it is zero.
fn some(d: Decimal) -> Option<Amount> {
    (!d.is_zero()).then_some(Amount(d))
}

/// The accounts of `year` (or of the whole programme) as known on
/// `as_of`: the ledger's lines dated after it are not realised yet.
pub fn accounts(p: &Programme, year: Option<i32>, as_of: chrono::NaiveDate) -> Accounts {
    let f = Figures::of(p);
    let in_scope = |y: i32| year.is_none_or(|wanted| wanted == y);
    // The ledger as known on the document's date.
    let known: Vec<&crate::model::LedgerEntry> =
        p.ledger.iter().filter(|e| e.date <= as_of).collect();
    // The lead's own funds: its receipts when the ledger records them,
    // else what it spends beyond the other resources.
    let lead_ids = p.budget.resource_ids(ResourceSource::Lead);
    let lead_recorded = p
        .ledger
        .iter()
        .any(|e| e.kind == EntryKind::Receipt && lead_ids.contains(&e.line.as_str()));
    let threshold = p.programme.gap_threshold.0;
    let mut lines = Vec::new();
    for line in &p.budget.lines {
        let forecast: Amount = line
            .forecast
            .iter()
            .filter(|(y, _)| in_scope(**y))
            .map(|(_, a)| *a)
            .sum();
        let entries: Vec<_> = known
            .iter()
            .filter(|e| e.kind == EntryKind::Expense && e.line == line.id && in_scope(e.year))
            .collect();
        let actual: Amount = entries.iter().map(|e| e.amount).sum();
        let gap = Amount(actual.0 - forecast.0);
        let gap_percent = ratio(gap.0, forecast.0);
        let over_threshold = match gap_percent {
            Some(g) => g.abs() > threshold,
            None => !actual.0.is_zero(),
        };
        // A year's gap is justified by that year's text, the whole
        // programme's by its own (each year's are in `years_gaps`).
        let justification = match year {
            Some(y) => line.justifications.get(&y).cloned(),
            None => line.programme_justification.clone(),
        };
        lines.push(LineRow {
            id: line.id.clone(),
            label: crate::labels::line(p, line),
            forecast,
            actual,
            gap,
            gap_percent,
            completion: ratio(actual.0, forecast.0),
            vouchers: entries.iter().map(|e| e.voucher.clone()).collect(),
            over_threshold,
            justification,
        });
    }
    let forecast: Amount = lines.iter().map(|l| l.forecast).sum();
    let actual: Amount = lines.iter().map(|l| l.actual).sum();
    let total = LineRow {
        id: "total".into(),
        label: "Total".into(),
        forecast,
        actual,
        gap: Amount(actual.0 - forecast.0),
        gap_percent: ratio(actual.0 - forecast.0, forecast.0),
        completion: ratio(actual.0, forecast.0),
        vouchers: Vec::new(),
        over_threshold: false,
        justification: None,
    };
    let money = years_money(p, &known, lead_recorded);
    // The lead authority's own funds, when the ledger does not record
    // them, are what it spent beyond what it had (the other resources and
    // what earlier years left): never negative.
    let own_derived: Decimal = money
        .iter()
        .filter(|(y, _)| in_scope(**y))
        .map(|(_, m)| m.own)
        .sum();
    let own_funds = (!lead_recorded && !lead_ids.is_empty())
        .then_some(own_derived)
        .and_then(some);
    let mut resources = Vec::new();
    let resources_forecast: Decimal = p
        .budget
        .resources
        .iter()
        .flat_map(|r| r.forecast.iter())
        .filter(|(y, _)| in_scope(**y))
        .map(|(_, a)| a.0)
        .sum();
    for r in &p.budget.resources {
        let forecast: Amount = r
            .forecast
            .iter()
            .filter(|(y, _)| in_scope(**y))
            .map(|(_, a)| *a)
            .sum();
        let received: Amount = known
            .iter()
            .filter(|e| e.kind == EntryKind::Receipt && e.line == r.id && in_scope(e.year))
            .map(|e| e.amount)
            .sum();
        let received = if r.source == ResourceSource::Lead && !lead_recorded {
            Amount(own_derived)
        } else {
            received
        };
        resources.push(ResourceRow {
            id: r.id.clone(),
            label: crate::labels::resource(p, r, year),
            forecast,
            received,
            gap: Amount(received.0 - forecast.0),
            share: ratio(forecast.0, resources_forecast),
        });
    }
    // A year's resources include what the years before left it.
    let carried_in = year
        .and_then(|y| money.get(&y))
        .and_then(|m| some(m.carried_in));
    if let Some(carried) = carried_in {
        resources.push(ResourceRow {
            id: "carried".into(),
            label: "Report de l'exercice précédent".into(),
            forecast: Amount::ZERO,
            received: carried,
            gap: carried,
            share: None,
        });
    }
    let end = match year {
        Some(y) => money.get(&y),
        None => money.values().last(),
    };
    let surplus = end.and_then(|m| some(m.carried_out));
    let shortfall = end.and_then(|m| some(m.short));
    let rf: Amount = resources.iter().map(|r| r.forecast).sum();
    let rr: Amount = resources.iter().map(|r| r.received).sum();
    let resources_total = ResourceRow {
        id: "total".into(),
        label: "Total".into(),
        forecast: rf,
        received: rr,
        gap: Amount(rr.0 - rf.0),
        share: ratio(rf.0, resources_forecast),
    };
    let mut summary = Vec::new();
    for &y in &f.years {
        let fc: Amount = p
            .budget
            .lines
            .iter()
            .filter_map(|l| l.forecast.get(&y))
            .sum();
        let ac: Amount = known
            .iter()
            .filter(|e| e.kind == EntryKind::Expense && e.year == y)
            .map(|e| e.amount)
            .sum();
        // What the ledger received that year, and the lead's own funds
        // when they covered a shortfall, as in T2.
        let rc = money.get(&y).map_or(Amount::ZERO, |m| {
            Amount(
                m.received
                    + if lead_ids.is_empty() {
                        Decimal::ZERO
                    } else {
                        m.own
                    },
            )
        });
        // A year the document's date has not reached shows its forecast
        // only; one it has not finished shows what is known, without a
        // gap to a forecast of the whole year.
        let (first, last) = p.programme.year_bounds(y);
        let future = first > as_of;
        let current = !future && last > as_of;
        summary.push(YearRow {
            year: y.to_string(),
            forecast: fc,
            actual: ac,
            gap: Amount(ac.0 - fc.0),
            completion: if future || current {
                None
            } else {
                ratio(ac.0, fc.0)
            },
            received: rc,
            future,
            current,
        });
    }
    let (sf, sa, sr): (Amount, Amount, Amount) = (
        summary.iter().map(|r| r.forecast).sum(),
        summary.iter().map(|r| r.actual).sum(),
        summary.iter().map(|r| r.received).sum(),
    );
    // While a year is under way or to come, the whole programme is too:
    // its total shows what is realised so far, without a gap to the
    // whole forecast.
    let under_way = summary.iter().any(|r| r.future || r.current);
    summary.push(YearRow {
        year: "Total".into(),
        forecast: sf,
        actual: sa,
        gap: Amount(sa.0 - sf.0),
        completion: if under_way { None } else { ratio(sa.0, sf.0) },
        received: sr,
        future: false,
        current: under_way,
    });

    let member_ids = p.budget.resource_ids(ResourceSource::Members);
    let contributions = p
        .members
        .iter()
        .map(|m| {
            // Due for each year of the scope in which it is a member.
            let years_in_scope = f
                .years
                .iter()
                .filter(|y| in_scope(**y) && m.member_in(&p.programme, **y))
                .count();
            let expected =
                Amount(m.yearly_contribution(&p.programme).0 * Decimal::from(years_in_scope));
            let received: Amount = known
                .iter()
                .filter(|e| {
                    e.kind == EntryKind::Receipt
                        && e.party == m.id
                        && member_ids.contains(&e.line.as_str())
                        && in_scope(e.year)
                })
                .map(|e| e.amount)
                .sum();
            ContributionRow {
                member: m.id.clone(),
                name: m.name.clone(),
                expected,
                received,
                due: Amount((expected.0 - received.0).max(Decimal::ZERO)),
            }
        })
        .collect();
    Accounts {
        year,
        gaps: lines.iter().filter(|l| l.over_threshold).cloned().collect(),
        years_gaps: match year {
            Some(_) => Vec::new(),
            None => f
                .years
                .iter()
                .filter(|&&y| p.programme.year_bounds(y).1 <= as_of)
                .map(|&y| YearGaps {
                    year: y,
                    gaps: accounts(p, Some(y), as_of).gaps,
                })
                .collect(),
        },
        lines,
        total,
        resources,
        resources_total,
        summary,
        contributions,
        missing_contributions: missing_contributions(p, year, as_of),
        carried_in,
        surplus,
        shortfall,
        own_funds_balance: own_funds.is_some(),
        own_funds,
        deficit_in: year
            .and_then(|y| money.get(&y))
            .and_then(|m| some(m.deficit_in)),
        entries: known.iter().filter(|e| in_scope(e.year)).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn shipped() -> Programme {
        crate::load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/programme.yaml"
        )))
        .programme
        .unwrap()
    }

    #[test]
    fn totals_equal_the_ledger() {
        let p = shipped();
        for year in [Some(2006), Some(2007), Some(2008), None] {
            let a = accounts(&p, year, p.programme.end);
            let ledger: Decimal = p
                .ledger
                .iter()
                .filter(|e| e.kind == EntryKind::Expense && year.is_none_or(|y| e.year == y))
                .map(|e| e.amount.0)
                .sum();
            assert_eq!(a.total.actual.0, ledger, "{year:?}");
            let lines: Decimal = a.lines.iter().map(|l| l.actual.0).sum();
            assert_eq!(lines, ledger);
        }
        let all = accounts(&p, None, p.programme.end);
        assert_eq!(all.total.forecast.to_string(), "88624.00");
        assert_eq!(all.summary.last().unwrap().actual, all.total.actual);
    }

    #[test]
    fn state_share_is_capped_and_reconciled() {
        // The State's share lives in `state_share`; the accounts' final
        // settlement is its settlement on the programme's last day.
        let p = shipped();
        let all = crate::state_share::state_share(&p, p.programme.end, true);
        let expected = cents(all.eligible_actual.0 * Decimal::from(49) / Decimal::ONE_HUNDRED)
            .min(Decimal::new(4342576, 2));
        assert_eq!(all.due.0, expected);
        assert_eq!(all.received.to_string(), "34740.61");
        assert_eq!(all.balance.0, all.due.0 - all.received.0);
    }
}

/// One row of the forecast budget table: an amount per year and a total.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    /// Label.
    pub label: String,
    /// Whether the State cofinances it (an expense line that is not
    /// eligible is marked in the annex; resources are always `true`).
    pub eligible: bool,
    /// Forecast per year, in the programme's year order.
    pub years: Vec<Amount>,
    /// Total.
    pub total: Amount,
}

/// The forecast budget as an annex table.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetAnnex {
    /// Expense lines.
    pub lines: Vec<BudgetRow>,
    /// Total expenses per year.
    pub expense_years: Vec<Amount>,
    /// Total expenses.
    pub expense_total: Amount,
    /// Resource lines.
    pub resources: Vec<BudgetRow>,
    /// Total resources per year.
    pub resource_years: Vec<Amount>,
    /// Total resources.
    pub resource_total: Amount,
}

/// The forecast budget, by line and year.
pub fn budget_annex(p: &Programme) -> BudgetAnnex {
    let years = p.programme.years();
    let row = |label: &str, eligible: bool, forecast: &std::collections::BTreeMap<i32, Amount>| {
        let amounts: Vec<Amount> = years
            .iter()
            .map(|y| forecast.get(y).copied().unwrap_or(Amount::ZERO))
            .collect();
        BudgetRow {
            label: label.to_string(),
            eligible,
            total: amounts.iter().sum(),
            years: amounts,
        }
    };
    let lines: Vec<BudgetRow> = p
        .budget
        .lines
        .iter()
        .map(|l| row(&crate::labels::line(p, l), l.eligible, &l.forecast))
        .collect();
    let resources: Vec<BudgetRow> = p
        .budget
        .resources
        .iter()
        .map(|r| row(&crate::labels::resource(p, r, None), true, &r.forecast))
        .collect();
    let column = |rows: &[BudgetRow], i: usize| -> Amount { rows.iter().map(|r| r.years[i]).sum() };
    BudgetAnnex {
        expense_years: (0..years.len()).map(|i| column(&lines, i)).collect(),
        expense_total: lines.iter().map(|r| r.total).sum(),
        resource_years: (0..years.len()).map(|i| column(&resources, i)).collect(),
        resource_total: resources.iter().map(|r| r.total).sum(),
        lines,
        resources,
    }
}

/// The maximal amount of each tranche of the State share, to the cent; the
/// last tranche takes the remainder so that they add up exactly.
pub fn tranche_amounts(p: &Programme) -> Vec<Amount> {
    let share = Figures::of(p).state_share.0;
    let n = p.state.tranches.len();
    let mut out = Vec::with_capacity(n);
    let mut given = Decimal::ZERO;
    for (i, t) in p.state.tranches.iter().enumerate() {
        let amount = if i + 1 == n {
            share - given
        } else {
            cents(share * t.share.0 / Decimal::ONE_HUNDRED)
        };
        given += amount;
        out.push(Amount(amount));
    }
    out
}
