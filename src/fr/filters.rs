//! The filters templates use to write numbers, amounts and dates the French
//! way. No template formats a number or a date by hand.
//!
//! | filter | example |
//! |---|---|
//! | `money` | `{{ 88624 \| money }}` → 88 624,00 € |
//! | `money_words` | `{{ "43425.76" \| money_words }}` → quarante-trois mille … et soixante-seize centimes; `spelling="1990"` for the rectified spelling |
//! | `number_words` | `{{ 2 \| number_words }}` → deux |
//! | `converted` | `{{ amount \| converted(currency=programme.country.currency) }}` → 6 887 549 XOF (the partner country's currency at its fixed parity, rounded to the unit) |
//! | `count` | `{{ 4 \| count(noun="journée", feminine=true) }}` → quatre journées; `1` → une journée |
//! | `liste` | `{{ [2009, 2010, 2011] \| liste }}` → 2009, 2010 et 2011 |
//! | `gender_of` | `{{ "la préfecture" \| gender_of }}` → feminine (from the article or the first noun) |
//! | `de` | `{{ "le Havre" \| de }}` → du Havre; `{{ "Agen" \| de }}` → d'Agen |
//! | `a` | `{{ "le Centre de formation" \| a }}` → au Centre de formation |
//! | `bare` | `{{ "la salle des fêtes" \| bare }}` → Salle des fêtes |
//! | `accord` | `{{ "obligé" \| accord(gender=signer.gender) }}` → obligée for a woman; `plural=true` |
//! | `percent` | `{{ 49 \| percent }}` → 49 %; `decimals=1` → 49,0 % (one precision in a column) |
//! | `date_fr` | `{{ "2007-03-01" \| date_fr }}` → 1er mars 2007; `weekday=true` → jeudi 1er mars 2007 |
//! | `date_range` | `{{ start \| date_range(end=end) }}` → du 10 au 13 mars 2008 (month and year said once); `weekday=true` → du lundi 10 au jeudi 13 mars 2008 |
//! | `time_fr` | `{{ "14:30" \| time_fr }}` → 14 h 30; `"10:00"` → 10 h |
//! | `ordinal` | `{{ 1 \| ordinal }}` → 1er; `feminine=true` → 1re |
//! | `ucfirst` | `{{ "la commune" \| ucfirst }}` → La commune |
//! | `lcfirst` | `{{ "Comité de pilotage" \| lcfirst }}` → comité de pilotage |

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use tera::{Kwargs, State, Tera, TeraResult, Value};

use super::words::{self, Spelling};

fn text_of(value: &Value) -> String {
    match value.as_str() {
        Some(s) => s.to_string(),
        None => value.to_string(),
    }
}

/// The texts of a list (each item as [`text_of`] writes it).
fn texts_of(value: &Value) -> TeraResult<Vec<String>> {
    Ok(value
        .as_array()
        .ok_or_else(|| tera::Error::message(crate::t!("filter-not-a-list")))?
        .iter()
        .map(text_of)
        .collect())
}

fn decimal(value: &Value) -> TeraResult<Decimal> {
    let text = text_of(value);
    Decimal::from_str(text.trim())
        .map_err(|_| tera::Error::message(crate::t!("filter-not-a-number", text = text.as_str())))
}

fn date(value: &Value) -> TeraResult<NaiveDate> {
    let text = text_of(value);
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| tera::Error::message(crate::t!("filter-not-a-date", text = text.as_str())))
}

fn whole_number(value: &Value) -> TeraResult<u64> {
    let n = decimal(value)?;
    n.to_u64()
        .filter(|_| n.fract().is_zero())
        .ok_or_else(|| tera::Error::message(crate::t!("filter-not-a-count", text = n.to_string())))
}

fn spelling(kwargs: &Kwargs) -> TeraResult<Spelling> {
    match kwargs.get::<&str>("spelling")? {
        None | Some("traditionnelle" | "traditional") => Ok(Spelling::Traditional),
        Some("1990") => Ok(Spelling::Rectified1990),
        Some(other) => Err(tera::Error::message(crate::t!(
            "filter-spelling",
            value = other
        ))),
    }
}

/// The names of the filters gabarit adds to Tera's.
pub const NAMES: &[&str] = &[
    "lcfirst",
    "ucfirst",
    "money",
    "percent",
    "money_words",
    "number_words",
    "converted",
    "number",
    "titled",
    "unbroken",
    "count",
    "liste",
    "references",
    "gender_of",
    "de",
    "a",
    "bare",
    "accord",
    "date_fr",
    "date_range",
    "time_fr",
    "ordinal",
];

/// Registers the French filters on `tera`.
pub fn register(tera: &mut Tera) {
    tera.register_filter(
        "lcfirst",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(super::grammar::lcfirst(&text_of(&v)))
        },
    );
    // Unlike Tera's `capitalize`, leaves the rest of the text as it is
    // ("la commune de Ruffec" → "La commune de Ruffec").
    tera.register_filter(
        "ucfirst",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            let text = text_of(&v);
            let mut chars = text.chars();
            Ok(chars
                .next()
                .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                .unwrap_or_default())
        },
    );
    tera.register_filter(
        "money",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> { Ok(super::money(decimal(&v)?)) },
    );
    tera.register_filter(
        "percent",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let rate = decimal(&v)?;
            Ok(match k.get::<u32>("decimals")? {
                Some(d) if d <= 6 => super::percent_fixed(rate, d),
                Some(d) => {
                    return Err(tera::Error::message(crate::t!(
                        "filter-decimals",
                        value = d
                    )));
                }
                None => super::percent(rate),
            })
        },
    );
    tera.register_filter(
        "money_words",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            // An amount in words is never split by a page break: its
            // paragraph is kept on one page.
            words::money(decimal(&v)?, spelling(&k)?)
                .map(|w| crate::document::keep::kept(&w))
                .map_err(|e| tera::Error::message(e.to_string()))
        },
    );
    tera.register_filter(
        "number_words",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            Ok(words::number(whole_number(&v)?, spelling(&k)?))
        },
    );
    tera.register_filter(
        "converted",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let currency: Value = k.must_get("currency")?;
            let field = |name: &'static str| -> TeraResult<Value> {
                currency
                    .as_map()
                    .and_then(|m| m.get(&name.into()).cloned())
                    .ok_or_else(|| tera::Error::message(crate::t!("filter-currency", name = name)))
            };
            let parity = decimal(&field("per_euro")?)?;
            let symbol = text_of(&field("symbol")?);
            super::converted(decimal(&v)?, parity, &symbol)
                .ok_or_else(|| tera::Error::message(crate::t!("filter-too-large-to-convert")))
        },
    );
    tera.register_filter(
        "number",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> { Ok(super::number(decimal(&v)?)) },
    );
    // An IBAN, a phone number: never broken at a line's end.
    tera.register_filter(
        "unbroken",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(text_of(&v).replace(' ', "\u{a0}"))
        },
    );
    // « la formation « Gestion de l'eau » », but « la formation des
    // acteurs… » for a title that already starts with the noun.
    tera.register_filter(
        "titled",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let title = text_of(&v);
            let noun: &str = k.must_get("noun")?;
            Ok(super::grammar::titled(title.trim(), noun))
        },
    );
    tera.register_filter(
        "count",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let whole = whole_number(&v)?;
            let noun: &str = k.must_get("noun")?;
            let feminine = k.get::<bool>("feminine")?.unwrap_or(false);
            let plural = match k.get::<&str>("plural")? {
                Some(p) => p.to_string(),
                None => super::grammar::agree(noun, super::grammar::Gender::Masculine, true),
            };
            Ok(match (whole, feminine) {
                (1, true) => format!("une {noun}"),
                (1, false) => format!("un {noun}"),
                (0, _) => format!("aucun{} {noun}", if feminine { "e" } else { "" }),
                _ => format!("{} {plural}", words::number(whole, spelling(&k)?)),
            })
        },
    );
    tera.register_filter(
        "liste",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            let items = texts_of(&v)?;
            Ok(match items.split_last() {
                None => String::new(),
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} et {last}", rest.join(", ")),
            })
        },
    );
    tera.register_filter(
        "references",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(super::references::compact(&texts_of(&v)?))
        },
    );
    tera.register_filter(
        "gender_of",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            let text = text_of(&v);
            match super::grammar::gender_of(&text) {
                Some(super::grammar::Gender::Feminine) => Ok("feminine".into()),
                Some(super::grammar::Gender::Masculine) => Ok("masculine".into()),
                None => Err(tera::Error::message(crate::t!(
                    "filter-gender-unknown",
                    text = text.as_str()
                ))),
            }
        },
    );
    // The grammar of names: text in, text out.
    type TextFilter = fn(&str) -> String;
    let grammar: [(&str, TextFilter); 3] = [
        ("de", super::grammar::de),
        ("a", super::grammar::a),
        ("bare", super::grammar::bare),
    ];
    for (name, f) in grammar {
        tera.register_filter(
            name,
            move |v: Value, _: Kwargs, _: &State| -> TeraResult<String> { Ok(f(&text_of(&v))) },
        );
    }
    tera.register_filter(
        "accord",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let gender = match k.get::<&str>("gender")? {
                Some("feminine") => super::grammar::Gender::Feminine,
                Some("masculine") | None => super::grammar::Gender::Masculine,
                Some(other) => {
                    return Err(tera::Error::message(crate::t!(
                        "filter-gender",
                        value = other
                    )));
                }
            };
            let plural = k.get::<bool>("plural")?.unwrap_or(false);
            Ok(super::grammar::agree(&text_of(&v), gender, plural))
        },
    );
    tera.register_filter(
        "date_fr",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            Ok(super::dates::date(
                date(&v)?,
                k.get::<bool>("weekday")?.unwrap_or(false),
            ))
        },
    );
    tera.register_filter(
        "date_range",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let end: Value = k.must_get("end")?;
            let weekday = k.get::<bool>("weekday")?.unwrap_or(false);
            Ok(super::dates::range_with(date(&v)?, date(&end)?, weekday))
        },
    );
    tera.register_filter(
        "time_fr",
        |v: Value, _: Kwargs, _: &State| -> TeraResult<String> {
            let text = text_of(&v);
            let (h, m) = super::dates::parse_time(&text).ok_or_else(|| {
                tera::Error::message(crate::t!("filter-not-a-time", text = text.as_str()))
            })?;
            // As French administrations write it: "10 h", "10 h 30".
            Ok(if m == 0 {
                format!("{h}\u{a0}h")
            } else {
                format!("{h}\u{a0}h\u{a0}{m:02}")
            })
        },
    );
    tera.register_filter(
        "ordinal",
        |v: Value, k: Kwargs, _: &State| -> TeraResult<String> {
            let n = decimal(&v)?
                .to_i64()
                .ok_or_else(|| tera::Error::message(crate::t!("filter-not-whole")))?;
            Ok(super::dates::ordinal(
                n,
                k.get::<bool>("feminine")?.unwrap_or(false),
            ))
        },
    );
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn names_lists_every_filter_registered() {
        let source = include_str!("filters.rs");
        let mut registered: Vec<&str> = source
            .split("register_filter(\n        \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .chain(["de", "a", "bare"])
            .collect();
        registered.sort_unstable();
        let mut names = super::NAMES.to_vec();
        names.sort_unstable();
        assert_eq!(registered, names);
    }

    use crate::template::Templates;

    fn render(src: &str) -> String {
        let t =
            Templates::from_sources(vec![("t".into(), PathBuf::from("t"), src.into())]).unwrap();
        // What a template prints is escaped for Markdown: read it back
        // (without the marks that keep a text on one page).
        crate::document::escape::decode(&t.render("t", &tera::Context::new()).unwrap())
            .replace(crate::document::keep::KEEP, "")
    }

    #[test]
    fn filters_in_a_template() {
        assert_eq!(
            render("{{ \"88624.00\" | money }}"),
            "88\u{202f}624,00\u{a0}€"
        );
        assert_eq!(render("{{ 49 | percent }}"), "49\u{a0}%");
        assert_eq!(
            render("{{ \"43425.76\" | money_words }}"),
            "quarante-trois mille quatre cent vingt-cinq euros et soixante-seize centimes"
        );
        assert_eq!(
            render("{{ \"200000000.00\" | money_words(spelling=\"1990\") }}"),
            "deux-cents millions d'euros"
        );
        assert_eq!(render("{{ 2 | number_words }}"), "deux");
        assert_eq!(render("{{ \"4950.00\" | number }}"), "4\u{202f}950");
        assert_eq!(render("{{ \"655.957\" | number }}"), "655,957");
        assert_eq!(
            render("{{ \"FR76 3000 1007\" | unbroken }}"),
            "FR76\u{a0}3000\u{a0}1007"
        );
        assert_eq!(
            render("{{ \"Formation des acteurs\" | titled(noun=\"formation\") }}"),
            "formation des acteurs"
        );
        assert_eq!(
            render("{{ \"Gestion de l'eau\" | titled(noun=\"formation\") }}"),
            "formation «\u{a0}Gestion de l'eau\u{a0}»"
        );
        assert_eq!(render("{{ \"2007-03-01\" | date_fr }}"), "1er mars 2007");
        assert_eq!(
            render("{{ \"2006-12-05\" | date_fr(weekday=true) }}"),
            "mardi 5 décembre 2006"
        );
        assert_eq!(render("{{ \"09:05\" | time_fr }}"), "9\u{a0}h\u{a0}05");
        assert_eq!(
            render("{{ 1 | ordinal }} {{ 1 | ordinal(feminine=true) }} {{ 3 | ordinal }}"),
            "1er 1re 3e"
        );
        assert_eq!(
            render(
                "{% set c = {\"per_euro\": \"655.957\", \"symbol\": \"XOF\"} %}{{ \"10500\" | converted(currency=c) }}"
            ),
            "6\u{202f}887\u{202f}549\u{a0}XOF"
        );
        assert_eq!(
            render(
                "{{ 4 | count(noun=\"journée\", feminine=true) }}, {{ 1 | count(noun=\"journée\", feminine=true) }}, {{ 1 | count(noun=\"participant\") }}, {{ 3 | count(noun=\"participant\") }}"
            ),
            "quatre journées, une journée, un participant, trois participants"
        );
        assert_eq!(
            render("{{ \"le Havre\" | de }}, {{ \"les Pieux\" | a }}, {{ \"la salle\" | bare }}"),
            "du Havre, aux Pieux, Salle"
        );
        assert_eq!(
            render(
                "{{ \"obligé\" | accord(gender=\"feminine\") }} {{ \"représenté\" | accord(gender=\"masculine\", plural=true) }}"
            ),
            "obligée représentés"
        );
        assert_eq!(
            render("{{ [2009, 2010, 2011] | liste }}|{{ [\"a\"] | liste }}"),
            "2009, 2010 et 2011|a"
        );
    }

    #[test]
    fn bad_values_are_template_errors() {
        let t = Templates::from_sources(vec![(
            "t".into(),
            PathBuf::from("t.md.tera"),
            "\n{{ \"abc\" | money }}".into(),
        )])
        .unwrap();
        let e = t.render("t", &tera::Context::new()).unwrap_err();
        assert_eq!(e.place().as_deref(), Some("t.md.tera:2:12"), "{e:?}");
        assert!(e.message.contains("abc"), "{e:?}");
    }
}
