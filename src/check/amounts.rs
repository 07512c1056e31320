//! Amounts are not negative, have at most two decimals, and no single
//! ledger line exceeds the whole budget.

use rust_decimal::Decimal;

use super::Ctx;
use crate::diagnostic::Location;
use crate::fr::{money, plain};
use crate::model::Amount;
use crate::t;

/// Checks one amount.
fn amount(ctx: &mut Ctx<'_>, at: Option<Location>, what: &str, value: Amount) {
    if value.0.is_sign_negative() && !value.0.is_zero() {
        ctx.error(
            "amount-negative",
            at,
            t!("amount-negative", what = what, value = value.to_string()),
            t!("amount-negative-hint"),
        );
    }
    // As written: `50.000` is three decimals, and most likely fifty
    // thousand euros with a dot between the thousands.
    if value.0.scale() > 2 {
        let hint = if value.0.scale() == 3 {
            t!(
                "amount-decimals-thousands-hint",
                value = value.to_string(),
                thousands = format!("{}.00", (value.0 * Decimal::from(1000)).trunc())
            )
        } else {
            t!("amount-decimals-hint")
        };
        ctx.error(
            "amount-decimals",
            at,
            t!("amount-decimals", what = what, value = value.to_string()),
            hint,
        );
    }
}

/// Applies the amount rules to every amount of the programme.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    amount(
        ctx,
        ctx.at("programme.member_contribution"),
        &t!("amount-what-contribution"),
        p.programme.member_contribution,
    );
    for (i, member) in p.members.iter().enumerate() {
        if let Some(value) = member.contribution {
            amount(
                ctx,
                ctx.at(&format!("members[{i}].contribution")),
                &t!("amount-what-contribution"),
                value,
            );
        }
    }
    amount(
        ctx,
        ctx.at("state.credit"),
        &t!("amount-what-credit"),
        p.state.credit,
    );
    amount(
        ctx,
        ctx.at("budget.total"),
        &t!("amount-what-total"),
        p.budget.total,
    );
    for (i, line) in p.budget.lines.iter().enumerate() {
        for (year, value) in &line.forecast {
            let what = t!(
                "amount-what-line",
                year = year.to_string(),
                id = line.id.as_str()
            );
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
            let what = t!(
                "amount-what-resource",
                year = year.to_string(),
                id = resource.id.as_str()
            );
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
            &t!("amount-what-voucher", voucher = entry.voucher.as_str()),
            entry.amount,
        );
        if entry.amount > p.budget.total {
            ctx.error(
                "amount-beyond-budget",
                at,
                t!(
                    "amount-beyond-budget",
                    voucher = entry.voucher.as_str(),
                    amount = plain(&money(entry.amount.0)),
                    total = plain(&money(p.budget.total.0))
                ),
                t!("amount-beyond-budget-hint"),
            );
        }
    }
    // Rates.
    let rate = p.state.rate.0;
    if rate <= Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
        ctx.error(
            "rate-range",
            ctx.at("state.rate"),
            t!("rate-range", rate = rate.to_string()),
            t!("rate-range-hint"),
        );
    }
    // `0.49` for 49 %: a fraction where a percentage goes.
    if rate > Decimal::ZERO && rate < Decimal::ONE {
        ctx.warning(
            "rate-range",
            ctx.at("state.rate"),
            t!("rate-fraction", rate = crate::i18n::number(rate)),
            t!(
                "rate-fraction-hint",
                percent = (rate * Decimal::ONE_HUNDRED).normalize().to_string()
            ),
        );
    }
    if let Some(currency) = &p.country.currency
        && currency.per_euro.is_none()
        && currency.rate_date.is_some()
    {
        ctx.error(
            "rate-range",
            ctx.at("country.currency.rate_date"),
            t!("rate-date-without-rate", currency = currency.name.as_str()),
            t!(
                "rate-date-without-rate-hint",
                symbol = currency.symbol.as_str()
            ),
        );
    }
    if let Some(currency) = &p.country.currency
        && let Some(per_euro) = currency.per_euro
        && (per_euro.0 <= Decimal::ZERO || per_euro.0 > Decimal::from(1_000_000))
    {
        ctx.error(
            "rate-range",
            ctx.at("country.currency.per_euro"),
            t!("parity-range", currency = currency.name.as_str()),
            t!("parity-range-hint", symbol = currency.symbol.as_str()),
        );
    }
    let shares: Decimal = p.state.tranches.iter().map(|t| t.share.0).sum();
    if shares != Decimal::ONE_HUNDRED {
        ctx.error(
            "tranches-total",
            ctx.at("state.tranches"),
            t!("tranches-total", total = crate::i18n::number(shares)),
            t!("tranches-total-hint"),
        );
    }
}
