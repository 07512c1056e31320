//! Figures derived from a programme: totals, the State share, the members'
//! contributions. Computed once here so that every document and every check
//! uses the same arithmetic, in exact decimals.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{Amount, Programme, ResourceSource};

/// The key figures of a programme, labelled in the current language, as
/// `check` prints them and `serve` shows them: the period, the members,
/// the partnerships, the budget, the State share, the contributions, the
/// ledger and the participants. `amount` writes each amount or rate
/// (`crate::fr::plain` for a terminal that may lack U+202F, `|s|
/// s.to_string()` for a web page).
pub fn key_figures(
    programme: &Programme,
    f: &Figures,
    amount: fn(&str) -> String,
) -> Vec<(String, String)> {
    use crate::fr::{money, percent};
    use crate::t;
    let colon = crate::i18n::tr("word-colon", &[]);
    let per_year: Vec<String> = f
        .members_per_year
        .iter()
        .map(|(y, n)| format!("{y}{colon} {n}"))
        .collect();
    vec![
        (t!("check-period"), f.period.clone()),
        (t!("check-members"), f.members.to_string()),
        (t!("check-partnerships"), f.partnerships.to_string()),
        (
            t!("check-budget", years = f.year_count),
            amount(&money(programme.budget.total.0)),
        ),
        (
            t!("check-state-share"),
            t!(
                "check-state-share-value",
                share = amount(&money(f.state_share.0)),
                rate = amount(&percent(programme.state.rate.0)),
                eligible = amount(&money(f.eligible_total.0)),
                credit = amount(&money(programme.state.credit.0))
            ),
        ),
        (t!("check-contributions"), {
            let total = amount(&money(f.contributions_total.0));
            let usual = programme.programme.member_contribution;
            let per_year_amount = amount(&money(usual.0));
            let own: Vec<String> = programme
                .members
                .iter()
                .filter_map(|m| m.contribution.filter(|c| *c != usual).map(|c| (m, c)))
                .map(|(m, c)| format!("{} {}", m.id, amount(&money(c.0))))
                .collect();
            if own.is_empty() {
                t!(
                    "check-contributions-value",
                    total = total,
                    per_year = per_year_amount,
                    members = per_year.join(", ")
                )
            } else {
                t!(
                    "check-contributions-value-own",
                    total = total,
                    per_year = per_year_amount,
                    own = own.join(", "),
                    members = per_year.join(", ")
                )
            }
        }),
        (
            t!("check-ledger"),
            t!("check-ledger-value", entries = programme.ledger.len()),
        ),
        (
            t!("check-participants"),
            programme.participants.len().to_string(),
        ),
    ]
}

/// Rounds to the cent, half away from zero (0,005 € → 0,01 €).
pub fn cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The headline figures of a programme.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Figures {
    /// Number of member authorities (over the whole programme).
    pub members: usize,
    /// Number of partnerships (members with a partner abroad).
    pub partnerships: usize,
    /// Years of the programme (the budget years, "exercices", it touches).
    pub years: Vec<i32>,
    /// Its number of budget years.
    pub year_count: usize,
    /// "annuel", "biennal", "triennal", "quadriennal", "quinquennal",
    /// "pluriannuel": the adjective of a budget over these years.
    pub period_adjective: &'static str,
    /// "2006-2008": the first and last budget year.
    pub period: String,
    /// Members of the programme in each budget year.
    pub members_per_year: std::collections::BTreeMap<i32, usize>,
    /// Sum of the forecast of every budget line.
    pub budget_lines_total: Amount,
    /// Sum of the forecast of the eligible budget lines.
    pub eligible_total: Amount,
    /// Whether every budget line is eligible: the State's rate then
    /// applies to the whole budget.
    pub all_eligible: bool,
    /// Rate × eligible budget, to the cent, before the ceiling.
    pub state_share_computed: Amount,
    /// The State share: the computed share, capped by the credit.
    pub state_share: Amount,
    /// What the members pay over the programme: each year's dues, summed.
    pub contributions_total: Amount,
    /// What the members pay in each budget year: the yearly contribution
    /// of each member of that year (its own, else the usual one), summed.
    pub contributions_by_year: std::collections::BTreeMap<i32, Amount>,
    /// What a member present every year pays over the whole programme.
    pub member_contribution_total: Amount,
}

impl Figures {
    /// Computes the figures of `programme`.
    pub fn of(programme: &Programme) -> Figures {
        let years = programme.programme.years();
        let lines = &programme.budget.lines;
        let budget_lines_total: Amount = lines.iter().flat_map(|l| l.forecast.values()).sum();
        let eligible_total: Amount = lines
            .iter()
            .filter(|l| l.eligible)
            .flat_map(|l| l.forecast.values())
            .sum();
        let state_share_computed = Amount(cents(
            eligible_total.0 * programme.state.rate.0 / Decimal::ONE_HUNDRED,
        ));
        let state_share = state_share_computed.min(programme.state.credit);
        let info = &programme.programme;
        let members_per_year: std::collections::BTreeMap<i32, usize> = years
            .iter()
            .map(|&y| {
                let n = programme
                    .members
                    .iter()
                    .filter(|m| m.member_in(info, y))
                    .count();
                (y, n)
            })
            .collect();
        let contributions_by_year: std::collections::BTreeMap<i32, Amount> = years
            .iter()
            .map(|&y| {
                let due = programme
                    .members
                    .iter()
                    .filter(|m| m.member_in(info, y))
                    .map(|m| m.yearly_contribution(info))
                    .sum();
                (y, due)
            })
            .collect();
        let contributions_total: Amount = contributions_by_year.values().copied().sum();
        Figures {
            members: programme.members.len(),
            partnerships: programme
                .members
                .iter()
                .filter(|m| m.partner.is_some())
                .count(),
            year_count: years.len(),
            period_adjective: period_adjective(years.len()),
            period: match (years.first(), years.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            },
            members_per_year,
            contributions_by_year,
            years: years.clone(),
            budget_lines_total,
            eligible_total,
            all_eligible: lines.iter().all(|l| l.eligible),
            state_share_computed,
            state_share,
            contributions_total,
            member_contribution_total: Amount(
                info.member_contribution.0 * Decimal::from(years.len()),
            ),
        }
    }
}

/// The adjective of a budget over `n` years: "triennal" for three.
pub fn period_adjective(n: usize) -> &'static str {
    match n {
        1 => "annuel",
        2 => "biennal",
        3 => "triennal",
        4 => "quadriennal",
        5 => "quinquennal",
        _ => "pluriannuel",
    }
}

/// The forecast of the resources of one source, per year and in total.
pub fn resource_forecast(
    programme: &Programme,
    source: ResourceSource,
    year: Option<i32>,
) -> Amount {
    programme
        .budget
        .resources
        .iter()
        .filter(|r| r.source == source)
        .flat_map(|r| r.forecast.iter())
        .filter(|(y, _)| year.is_none_or(|wanted| **y == wanted))
        .map(|(_, a)| *a)
        .sum()
}
