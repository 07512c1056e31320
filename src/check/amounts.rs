//! Amounts are not negative, have at most two decimals, and no single
//! ledger line exceeds the whole budget.

use rust_decimal::Decimal;

use super::Ctx;
use crate::diagnostic::Location;
use crate::fr::{money, plain};
use crate::model::Amount;

/// Checks one amount.
fn amount(ctx: &mut Ctx<'_>, at: Option<Location>, what: &str, value: Amount) {
    if value.0.is_sign_negative() && !value.0.is_zero() {
        ctx.error(
            "amount-negative",
            at,
            format!("{what} is negative ({value})"),
            "amounts are written without a sign; a refund is a receipt, not a negative expense"
                .into(),
        );
    }
    if value.0.normalize().scale() > 2 {
        ctx.error(
            "amount-decimals",
            at,
            format!("{what} has more than two decimals ({value})"),
            "amounts in euros stop at the cent: round it to two decimals".into(),
        );
    }
}

/// Applies the amount rules to every amount of the programme.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    amount(
        ctx,
        ctx.at("programme.member_contribution"),
        "the member contribution",
        p.programme.member_contribution,
    );
    amount(
        ctx,
        ctx.at("state.credit"),
        "the State credit",
        p.state.credit,
    );
    amount(
        ctx,
        ctx.at("budget.total"),
        "the budget total",
        p.budget.total,
    );
    for (i, line) in p.budget.lines.iter().enumerate() {
        for (year, value) in &line.forecast {
            let what = format!("the {year} forecast of line `{}`", line.id);
            amount(
                ctx,
                ctx.at(&format!("budget.lines[{i}].forecast.{year}")),
                &what,
                *value,
            );
        }
    }
    for (i, resource) in p.budget.resources.iter().enumerate() {
        for (year, value) in &resource.forecast {
            let what = format!("the {year} forecast of resource `{}`", resource.id);
            amount(
                ctx,
                ctx.at(&format!("budget.resources[{i}].forecast.{year}")),
                &what,
                *value,
            );
        }
    }
    for (row, entry) in p.ledger.iter().enumerate() {
        let at = ctx.ledger_at(row, "amount");
        amount(
            ctx,
            at,
            &format!("the amount of voucher `{}`", entry.voucher),
            entry.amount,
        );
        if entry.amount > p.budget.total {
            ctx.error(
                "amount-beyond-budget",
                at,
                format!(
                    "the amount of voucher `{}` ({}) is larger than the whole budget ({})",
                    entry.voucher,
                    plain(&money(entry.amount.0)),
                    plain(&money(p.budget.total.0))
                ),
                "check the decimal separator and the number of digits".into(),
            );
        }
    }
    // Rates.
    let rate = p.state.rate.0;
    if rate <= Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
        ctx.error(
            "rate-range",
            ctx.at("state.rate"),
            format!("the cofinancing rate {rate} is not between 0 and 100"),
            "write the rate in percent: 49 for 49 %".into(),
        );
    }
    if let Some(currency) = &p.country.currency
        && (currency.per_euro.0 <= Decimal::ZERO || currency.per_euro.0 > Decimal::from(1_000_000))
    {
        ctx.error(
            "rate-range",
            ctx.at("country.currency.per_euro"),
            format!(
                "the parity of the {} must be positive and at most 1 000 000 for one euro",
                currency.name
            ),
            format!("write how many {} make one euro", currency.symbol),
        );
    }
    let shares: Decimal = p.state.tranches.iter().map(|t| t.share.0).sum();
    if shares != Decimal::ONE_HUNDRED {
        ctx.error(
            "tranches-total",
            ctx.at("state.tranches"),
            format!(
                "the tranches of the State share add up to {} %, not 100 %",
                shares.normalize()
            ),
            "adjust the `share` of the tranches so that they add up to 100".into(),
        );
    }
}
