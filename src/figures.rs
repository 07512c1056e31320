//! Figures derived from a programme: totals, the State share, the members'
//! contributions. Computed once here so that every document and every check
//! uses the same arithmetic, in exact decimals.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{Amount, Programme, ResourceSource};

/// Rounds to the cent, half away from zero (0,005 € → 0,01 €).
pub fn cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The headline figures of a programme.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Figures {
    /// Number of partnerships (member authorities).
    pub partnerships: usize,
    /// Years of the programme.
    pub years: Vec<i32>,
    /// Sum of the forecast of every budget line.
    pub budget_lines_total: Amount,
    /// Sum of the forecast of the eligible budget lines.
    pub eligible_total: Amount,
    /// Rate × eligible budget, to the cent, before the ceiling.
    pub state_share_computed: Amount,
    /// The State share: the computed share, capped by the credit.
    pub state_share: Amount,
    /// Members × yearly contribution × years.
    pub contributions_total: Amount,
    /// Members × yearly contribution: what the members pay each year.
    pub contributions_per_year: Amount,
    /// What one member pays over the whole programme.
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
        let members = Decimal::from(programme.members.len());
        let contributions_per_year = Amount(members * programme.programme.member_contribution.0);
        let contributions_total = Amount(contributions_per_year.0 * Decimal::from(years.len()));
        Figures {
            partnerships: programme.members.len(),
            years: years.clone(),
            budget_lines_total,
            eligible_total,
            state_share_computed,
            state_share,
            contributions_total,
            contributions_per_year,
            member_contribution_total: Amount(
                programme.programme.member_contribution.0 * Decimal::from(years.len()),
            ),
        }
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
