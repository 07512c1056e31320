//! Exact decimal numbers as written in the data: amounts in euros and rates
//! in percent. They never pass through `f64`.

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

/// Why a text is not a number gabarit accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{text}` is not a number: write digits with a dot before the decimals, without spaces or currency sign (for example 88624.00)"
)]
pub struct NumberError {
    /// The offending text.
    pub text: String,
}

/// Parses a plain decimal number: optional minus sign, digits, optional dot
/// and digits. No exponent, no thousands separator, no sign `+`, so that
/// what the user wrote is exactly what is computed with.
pub fn parse_decimal(text: &str) -> Result<Decimal, NumberError> {
    let err = || NumberError {
        text: text.to_string(),
    };
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (body.contains('.') && frac.is_empty()) {
        return Err(err());
    }
    Decimal::from_str(text).map_err(|_| err())
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
        });
    }
    parse_decimal(&compact).map_err(|_| NumberError {
        text: text.to_string(),
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

struct DecimalVisitor;

impl de::Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number such as 88624.00")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v.trim()).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
}

fn deserialize_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    // Asking for a string makes the YAML reader hand over the scalar exactly
    // as written: `88624.00` stays 88624.00, never an f64.
    d.deserialize_str(DecimalVisitor)
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_decimal(d).map(Amount)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_decimal(d).map(Percent)
    }
}

impl Serialize for Amount {
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
            parse_decimal("12345678901234567.89").unwrap().to_string(),
            "12345678901234567.89"
        );
        assert_eq!(parse_decimal("-3").unwrap().to_string(), "-3");
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
        let t: T = serde_saphyr::from_str("a: 88624.00\nb: 12345678901234567.89\nr: 49\n").unwrap();
        assert_eq!(t.a.to_string(), "88624.00");
        assert_eq!(t.a.scale(), 2);
        assert_eq!(t.b.to_string(), "12345678901234567.89");
        assert_eq!(t.r.to_string(), "49");
    }
}
