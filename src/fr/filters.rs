//! The filters templates use to format numbers and dates the French way.
//! No template formats a number or a date by hand.

use std::str::FromStr;

use rust_decimal::Decimal;
use tera::{Kwargs, State, Tera, TeraResult, Value};

fn decimal(value: &Value) -> TeraResult<Decimal> {
    let text = match value.as_str() {
        Some(s) => s.to_string(),
        None => value.to_string(),
    };
    Decimal::from_str(text.trim())
        .map_err(|_| tera::Error::message(format!("`{text}` is not a number")))
}

/// Registers the French filters on `tera`.
pub fn register(tera: &mut Tera) {
    tera.register_filter(
        "money",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> { Ok(super::money(decimal(&v)?)) },
    );
    tera.register_filter(
        "percent",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> { Ok(super::percent(decimal(&v)?)) },
    );
}
