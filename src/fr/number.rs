//! `88 624,00 €`, `49 %`.

use rust_decimal::{Decimal, RoundingStrategy};

/// Narrow no-break space, between groups of thousands.
pub const THIN_NBSP: char = '\u{202F}';
/// No-break space, before `€` and `%`.
pub const NBSP: char = '\u{A0}';

/// Formats an amount in euros, rounded half away from zero to the cent:
/// `88 624,00 €`.
pub fn money(amount: Decimal) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    format!("{}{NBSP}€", grouped(rounded, 2))
}

/// Formats a percentage: `49 %`, `12,5 %` (no trailing zeros).
pub fn percent(rate: Decimal) -> String {
    let rate = rate.normalize();
    format!("{}{NBSP}%", grouped(rate, rate.scale()))
}

/// Formats a percentage with exactly `decimals` decimals, rounded half
/// away from zero: `-7,0 %` beside `-12,9 %` in one column.
pub fn percent_fixed(rate: Decimal, decimals: u32) -> String {
    let rounded = rate.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    format!("{}{NBSP}%", grouped(rounded, decimals))
}

/// Formats a number as French writes it, without trailing zeros: `4 950`,
/// `655,957`.
pub fn number(value: Decimal) -> String {
    let value = value.normalize();
    grouped(value, value.scale())
}

/// Converts euros to a currency at its fixed `parity` (655.957 for the
/// dirham) and formats the amount without decimals, rounded to the
/// unit, followed by its `symbol`: `58 132 250 XOF`. None when the product
/// is too large to compute.
pub fn converted(euros: Decimal, parity: Decimal, symbol: &str) -> Option<String> {
    let units = euros
        .checked_mul(parity)?
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    Some(format!("{}{NBSP}{symbol}", grouped(units, 0)))
}

/// Replaces the typographic no-break spaces by plain spaces, for terminals
/// whose fonts often lack U+202F.
pub fn plain(text: &str) -> String {
    text.replace([THIN_NBSP, NBSP], " ")
}

/// Digits grouped by three with U+202F, a comma before `decimals` decimals.
fn grouped(value: Decimal, decimals: u32) -> String {
    let mut value = value;
    value.rescale(decimals);
    let text = value.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value.is_sign_negative() && !value.is_zero() {
        out.push('-');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(THIN_NBSP);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_is_grouped_with_a_comma_and_the_euro_sign() {
        assert_eq!(money(d("88624")), "88\u{202f}624,00\u{a0}€");
        assert_eq!(money(d("43425.76")), "43\u{202f}425,76\u{a0}€");
        assert_eq!(money(d("350")), "350,00\u{a0}€");
        assert_eq!(money(d("0.005")), "0,01\u{a0}€");
        assert_eq!(money(d("-1234567.8")), "-1\u{202f}234\u{202f}567,80\u{a0}€");
        assert_eq!(money(d("200000000")), "200\u{202f}000\u{202f}000,00\u{a0}€");
    }

    #[test]
    fn percent_drops_trailing_zeros() {
        assert_eq!(percent(d("49")), "49\u{a0}%");
        assert_eq!(percent(d("49.00")), "49\u{a0}%");
        assert_eq!(percent(d("12.5")), "12,5\u{a0}%");
    }

    #[test]
    fn converted_amounts_have_no_decimals() {
        assert_eq!(
            converted(d("10500"), d("655.957"), "XOF").unwrap_or_default(),
            "6\u{202f}887\u{202f}549\u{a0}XOF"
        );
        assert_eq!(
            converted(d("1"), d("655.957"), "XOF").as_deref(),
            Some("656\u{a0}XOF")
        );
        assert_eq!(
            converted(d("1"), d("110.265"), "CVE").as_deref(),
            Some("110\u{a0}CVE")
        );
        assert_eq!(converted(Decimal::MAX, d("655.957"), "XOF"), None);
    }

    #[test]
    fn plain_uses_ordinary_spaces() {
        assert_eq!(plain(&money(d("88624"))), "88 624,00 €");
    }
}
