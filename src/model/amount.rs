//! Exact decimal numbers as written in the data: amounts in euros, rates
//! in percent and a currency's parity. They never pass through `f64`.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// An amount of money in euros, exact to the cent (the scale is checked by
/// the rules, so that a 3-decimal amount is reported with its location).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(pub Decimal);

/// A rate in percent: `49` means 49 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(pub Decimal);

/// How many units of a currency make one euro (`655.957`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Parity(pub Decimal);

/// What a number of the data counts: it says how to write one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// An amount in euros.
    Amount,
    /// A rate in percent.
    Percent,
    /// A currency's parity to the euro.
    Parity,
}

/// Why a text is not a number gabarit accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberError {
    /// The offending text.
    pub text: String,
    /// Whether it is a number, but too large to compute with safely.
    pub too_large: bool,
}

impl NumberError {
    /// How to write the number right, for a number of `kind`: the text
    /// itself with a dot when it is a number in the French way (`49,5`,
    /// `88 624,00`), else how such numbers are written.
    pub fn hint(&self, kind: NumberKind) -> String {
        if self.too_large {
            return crate::t!("number-too-large-hint");
        }
        if let Ok(number) = parse_decimal_fr(&self.text) {
            return crate::t!("number-hint-dotted", number = number.to_string());
        }
        crate::t!(match kind {
            NumberKind::Amount => "number-hint-amount",
            NumberKind::Percent => "number-hint-percent",
            NumberKind::Parity => "number-hint-parity",
        })
    }

    /// The message and its hint as one text for the YAML reader, which
    /// carries only a message: [`HINT_MARK`] separates them.
    fn for_reader(&self, kind: NumberKind) -> String {
        format!("{self}{HINT_MARK}{}", self.hint(kind))
    }
}

/// Between a message of gabarit's own, said through the YAML reader, and
/// its hint (the reader carries one text): the ASCII unit separator, which
/// no message contains.
pub const HINT_MARK: char = '\u{1f}';

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = if self.too_large {
            "number-too-large"
        } else {
            "number-not-a-number"
        };
        f.write_str(&crate::t!(key, text = self.text.as_str()))
    }
}

impl std::error::Error for NumberError {}

/// The largest magnitude a number of the data may have: every sum and
/// product gabarit computes from such numbers (thousands of ledger lines,
/// a rate, a parity) stays far within the range of exact decimals.
pub const LIMIT: i64 = 1_000_000_000_000_000;

/// Parses a plain decimal number: optional minus sign, digits, optional dot
/// and digits. No exponent, no thousands separator, no sign `+`, so that
/// what the user wrote is exactly what is computed with.
pub fn parse_decimal(text: &str) -> Result<Decimal, NumberError> {
    let err = |too_large| NumberError {
        text: text.to_string(),
        too_large,
    };
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (body.contains('.') && frac.is_empty()) {
        return Err(err(false));
    }
    // More than 16 digits before the dot, or beyond the limit: too large
    // (checked on the text, before any arithmetic).
    if int.trim_start_matches('0').len() > 16 {
        return Err(err(true));
    }
    let value = Decimal::from_str(text).map_err(|_| err(false))?;
    if value.abs() >= Decimal::from(LIMIT) {
        return Err(err(true));
    }
    Ok(value)
}

/// Parses a number as a French spreadsheet writes it in a CSV file: a comma
/// or a dot before the decimals (`1234,56` or `1234.56`). Spaces, including
/// no-break spaces, between groups of three digits are accepted too.
pub fn parse_decimal_fr(text: &str) -> Result<Decimal, NumberError> {
    let trimmed = text.trim();
    let compact: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if compact.len() != trimmed.len() && !grouped_by_three(trimmed) {
        return Err(NumberError {
            text: text.to_string(),
            too_large: false,
        });
    }
    parse_decimal(&compact).map_err(|e| NumberError {
        text: text.to_string(),
        too_large: e.too_large,
    })
}

/// `12 345,67` has its spaces between groups of three digits.
fn grouped_by_three(text: &str) -> bool {
    let int = text.split([',', '.']).next().unwrap_or("");
    let int = int.strip_prefix('-').unwrap_or(int);
    let groups: Vec<&str> = int.split([' ', '\u{a0}', '\u{202f}']).collect();
    groups.len() > 1
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && (1..=3).contains(&groups[0].len())
}

impl Amount {
    /// Zero euros.
    pub const ZERO: Amount = Amount(Decimal::ZERO);

    /// The number of decimals as written (`88624.00` has 2).
    pub fn scale(self) -> u32 {
        self.0.scale()
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Parity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::iter::Sum for Amount {
    fn sum<I: Iterator<Item = Amount>>(iter: I) -> Amount {
        Amount(iter.map(|a| a.0).sum())
    }
}

impl<'a> std::iter::Sum<&'a Amount> for Amount {
    fn sum<I: Iterator<Item = &'a Amount>>(iter: I) -> Amount {
        iter.copied().sum()
    }
}

/// Reads a number of `kind`; a text that is not one is said with the
/// hint for that kind.
struct DecimalVisitor(NumberKind);

impl DecimalVisitor {
    fn parse<E: de::Error>(&self, text: &str) -> Result<Decimal, E> {
        parse_decimal(text).map_err(|e| E::custom(e.for_reader(self.0)))
    }
}

impl de::Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("yaml-expecting-number"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        self.parse(v.trim())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        self.parse(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        self.parse(&v.to_string())
    }
}

fn deserialize_decimal<'de, D: Deserializer<'de>>(
    d: D,
    kind: NumberKind,
) -> Result<Decimal, D::Error> {
    // Asking for a string makes the YAML reader hand over the scalar exactly
    // as written: `88624.00` stays 88624.00, never an f64.
    d.deserialize_str(DecimalVisitor(kind))
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_decimal(d, NumberKind::Amount).map(Amount)
    }
}

impl<'de> Deserialize<'de> for Parity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_decimal(d, NumberKind::Parity).map(Parity)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = deserialize_decimal(d, NumberKind::Percent)?;
        // A percentage is compared with 0–100 by the rules; beyond 10 000
        // it would only make the arithmetic on amounts overflow.
        if value.abs() > Decimal::from(10_000) {
            return Err(de::Error::custom(crate::t!(
                "percent-too-large",
                value = value.to_string()
            )));
        }
        Ok(Percent(value))
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl Serialize for Parity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_are_exact() {
        assert_eq!(parse_decimal("88624.00").unwrap().to_string(), "88624.00");
        assert_eq!(
            parse_decimal("123456789012345.67").unwrap().to_string(),
            "123456789012345.67"
        );
        assert_eq!(parse_decimal("-3").unwrap().to_string(), "-3");
    }

    #[test]
    fn numbers_too_large_to_compute_with_are_refused() {
        for text in [
            "1000000000000000",
            "99999999999999999999999.99",
            "-1000000000000000.00",
        ] {
            let e = parse_decimal(text).expect_err(text);
            assert!(e.too_large && e.to_string().contains("too large"), "{e}");
        }
        assert!(parse_decimal("999999999999999.99").is_ok());
        assert!(parse_decimal_fr("99 999 999 999 999 999,00").is_err_and(|e| e.too_large));
    }

    #[test]
    fn other_spellings_are_refused() {
        for bad in [
            "",
            "1e3",
            "+3",
            "88 624,00",
            "12.",
            ".5",
            "3 €",
            "1,5",
            "abc",
            "-",
        ] {
            assert!(parse_decimal(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn french_spreadsheet_spellings() {
        assert_eq!(parse_decimal_fr("1234,56").unwrap().to_string(), "1234.56");
        assert_eq!(
            parse_decimal_fr("12 345,60").unwrap().to_string(),
            "12345.60"
        );
        assert_eq!(
            parse_decimal_fr("12\u{a0}345.6").unwrap().to_string(),
            "12345.6"
        );
        assert!(parse_decimal_fr("1 2345,00").is_err());
        assert!(parse_decimal_fr("12,345,00").is_err());
    }

    #[test]
    fn yaml_amounts_do_not_go_through_floats() {
        #[derive(Deserialize)]
        struct T {
            a: Amount,
            b: Amount,
            r: Percent,
        }
        let t: T = serde_saphyr::from_str("a: 88624.00\nb: 123456789012345.67\nr: 49\n").unwrap();
        assert_eq!(t.a.to_string(), "88624.00");
        assert_eq!(t.a.scale(), 2);
        assert_eq!(t.b.to_string(), "123456789012345.67");
        assert_eq!(t.r.to_string(), "49");
    }
}
