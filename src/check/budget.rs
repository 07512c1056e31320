//! The budget adds up: lines to the declared total, resources to expenses,
//! the State share within its credit, contributions to members × amount ×
//! years.

use std::collections::BTreeMap;

use super::Ctx;
use crate::figures::{Figures, resource_forecast};
use crate::fr::{money, plain};
use crate::model::{Amount, ResourceSource};
use crate::t;

fn euros(a: Amount) -> String {
    plain(&money(a.0))
}

/// Each forecast covers exactly the programme's years.
fn years(ctx: &mut Ctx<'_>, path: &str, id: &str, forecast: &BTreeMap<i32, Amount>, years: &[i32]) {
    for year in forecast.keys() {
        if !years.contains(year) {
            ctx.error(
                "budget-years",
                ctx.locations.key(&format!("{path}.forecast.{year}")),
                t!("forecast-year-outside", id = id, year = year.to_string()),
                t!(
                    "programme-covers",
                    years = years
                        .iter()
                        .map(i32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
    let missing: Vec<String> = years
        .iter()
        .filter(|y| !forecast.contains_key(y))
        .map(i32::to_string)
        .collect();
    if !missing.is_empty() {
        ctx.error(
            "budget-years",
            ctx.at(&format!("{path}.forecast")),
            t!("forecast-year-missing", id = id, years = missing.join(", ")),
            t!("forecast-year-missing-hint"),
        );
    }
}

/// Applies the budget rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let figures = Figures::of(p);
    for (i, line) in p.budget.lines.iter().enumerate() {
        years(
            ctx,
            &format!("budget.lines[{i}]"),
            &line.id,
            &line.forecast,
            &figures.years,
        );
    }
    for (i, resource) in p.budget.resources.iter().enumerate() {
        years(
            ctx,
            &format!("budget.resources[{i}]"),
            &resource.id,
            &resource.forecast,
            &figures.years,
        );
    }
    typed_figures(ctx);

    if figures.budget_lines_total != p.budget.total {
        let gap = Amount((figures.budget_lines_total.0 - p.budget.total.0).abs());
        let direction = if figures.budget_lines_total > p.budget.total {
            "more"
        } else {
            "less"
        };
        ctx.error(
            "budget-total",
            ctx.at("budget.total"),
            crate::t!(
                "budget-total",
                lines = euros(figures.budget_lines_total),
                total = euros(p.budget.total)
            ),
            crate::t!("budget-total-hint", gap = euros(gap), direction = direction),
        );
    }

    let resources_total: Amount = p
        .budget
        .resources
        .iter()
        .flat_map(|r| r.forecast.values())
        .sum();
    if resources_total != figures.budget_lines_total {
        ctx.error(
            "budget-balance",
            ctx.at("budget.resources"),
            crate::t!(
                "budget-balance",
                resources = euros(resources_total),
                expenses = euros(figures.budget_lines_total)
            ),
            crate::t!("budget-balance-hint"),
        );
    }

    // Each year balances too, as the convention's annex shows it.
    if resources_total == figures.budget_lines_total {
        let lead = p
            .budget
            .resources
            .iter()
            .position(|r| r.source == ResourceSource::Lead);
        // The annex's own columns: what the convention prints is checked.
        let annex = crate::accounts::budget_annex(p);
        for ((&year, &expenses), &resources) in figures
            .years
            .iter()
            .zip(&annex.expense_years)
            .zip(&annex.resource_years)
        {
            if expenses != resources {
                let (larger, by) = if resources.0 > expenses.0 {
                    ("resources", Amount(resources.0 - expenses.0))
                } else {
                    ("expenses", Amount(expenses.0 - resources.0))
                };
                ctx.error(
                    "budget-balance",
                    ctx.at(&match lead {
                        Some(i) => format!("budget.resources[{i}].forecast.{year}"),
                        None => "budget.resources".to_string(),
                    }),
                    t!(
                        "year-unbalanced",
                        year = year.to_string(),
                        larger = larger,
                        by = euros(by),
                        resources = euros(resources),
                        expenses = euros(expenses)
                    ),
                    t!("year-unbalanced-hint"),
                );
            }
        }
    }

    if figures.state_share_computed > p.state.credit {
        ctx.error(
            "state-credit",
            ctx.at("state.rate"),
            t!(
                "state-credit",
                rate = crate::i18n::number(p.state.rate.0),
                share = euros(figures.state_share_computed),
                credit = euros(p.state.credit)
            ),
            t!("state-credit-hint"),
        );
    }
    let state_forecast = resource_forecast(p, ResourceSource::State, None);
    if state_forecast != figures.state_share {
        ctx.error(
            "state-share",
            ctx.at("budget.resources"),
            t!(
                "state-share",
                resources = euros(state_forecast),
                share = euros(figures.state_share),
                rate = crate::i18n::number(p.state.rate.0),
                eligible = euros(figures.eligible_total)
            ),
            t!("state-share-hint"),
        );
    }

    match p
        .budget
        .resources
        .iter()
        .position(|r| r.source == ResourceSource::Members)
    {
        None => ctx.error(
            "contributions",
            ctx.at("budget.resources"),
            t!("contributions-none"),
            t!(
                "contributions-none-hint",
                amount = euros(p.programme.member_contribution)
            ),
        ),
        Some(i) => {
            for &year in &figures.years {
                let planned = resource_forecast(p, ResourceSource::Members, Some(year));
                let due = figures
                    .contributions_by_year
                    .get(&year)
                    .copied()
                    .unwrap_or_default();
                let members = figures.members_per_year.get(&year).copied().unwrap_or(0);
                if planned != due {
                    ctx.error(
                        "contributions",
                        ctx.at(&format!("budget.resources[{i}].forecast.{year}")),
                        t!(
                            "contributions-year",
                            year = year.to_string(),
                            planned = euros(planned),
                            members = members,
                            due = euros(due)
                        ),
                        t!("contributions-year-hint", year = year.to_string()),
                    );
                }
            }
        }
    }
}

/// The figure a label states with a number: "49 %", "14 × 350 €",
/// "350,00 €", in digits.
fn typed_figure(label: &str) -> Option<&str> {
    let bytes = label.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < label.len() {
            let rest = &label[i..];
            let c = rest.chars().next().unwrap_or(' ');
            if c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}') {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        if label[i..].starts_with(['%', '×', '€']) {
            let end = i + label[i..].chars().next().map_or(0, char::len_utf8);
            return Some(label[start..end].trim());
        }
    }
    None
}

/// A label does not type a figure the data computes: gabarit adds the
/// State's rate, the members' count and contribution, a training's days
/// and participants itself, so that they never disagree with the data.
fn typed_figures(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let labels = p
        .budget
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| (format!("budget.lines[{i}].label"), &l.label))
        .chain(
            p.budget
                .resources
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("budget.resources[{i}].label"), &r.label)),
        );
    for (path, label) in labels {
        if let Some(figure) = typed_figure(label) {
            ctx.warning(
                "typed-figure",
                ctx.at(&path),
                t!("typed-figure", figure = plain(figure)),
                t!("typed-figure-hint"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::typed_figure;

    #[test]
    fn finds_the_figures_a_label_types() {
        assert_eq!(typed_figure("État (49 %)"), Some("49 %"));
        assert_eq!(typed_figure("Contributions (9 × 350 €)"), Some("9 ×"));
        assert_eq!(
            typed_figure("Frais de 1 200,50 € par mission"),
            Some("1 200,50 €")
        );
        assert_eq!(typed_figure("Comités de pilotage 2009-2011"), None);
        assert_eq!(typed_figure("Suivi et évaluation"), None);
    }
}
