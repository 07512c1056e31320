//! Every text of the programme can be printed:
//! - no control character (a tab or line break pasted from elsewhere, or one
//!   written as an escape in quotes; those typed directly in a file are
//!   caught while loading, where their exact place is known);
//! - no character the embedded fonts have no glyph for (a symbol pasted
//!   from a word processor, an emoji): it would stop the build of every
//!   document that shows it, so it is reported here, where it is written;
//! - a warning for a text wholly between quotation marks (`“Melle”`,
//!   `« Melle »`), pasted from a word processor: YAML keeps them, and
//!   the documents would print « Fait à “Melle” ».

use serde_json::Value;

use super::Ctx;
use crate::document::FontFamily;
use crate::layout::fonts::family;
use crate::t;

/// What is wrong with a character.
enum Fault {
    /// Over [`MOST_CHARS`] characters (how many).
    TooLong(usize),
    Control,
    NoGlyph,
    Invisible,
    Quoted,
}

/// Whether `s` is wholly between a pair of quotation marks.
fn quoted(s: &str) -> bool {
    let s = s.trim();
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return false;
    };
    s.chars().count() > 2
        && matches!(
            (first, last),
            ('“', '”') | ('„', '“') | ('«', '»') | ('‘', '’') | ('"', '"') | ('\'', '\'')
        )
}

/// The longest text of the programme or of a list, in characters: a
/// long paragraph. A title of megabytes pasted by mistake would pass
/// through every document.
pub const MOST_CHARS: usize = 4_000;

pub use crate::model::chars::invisible;

/// Applies the rule to every text of the YAML programme and of its CSV
/// lists.
pub fn check(ctx: &mut Ctx<'_>) {
    let Ok(Value::Object(root)) = serde_json::to_value(ctx.programme) else {
        return;
    };
    for (key, value) in &root {
        let mut found = Vec::new();
        walk(key.clone(), value, &mut found);
        for (path, c, fault) in found {
            let at = match csv_field(&path) {
                Some(("ledger", row, column)) => ctx.ledger_at(row, column),
                Some(("participants", row, column)) => ctx.participant_at(row, column),
                _ => ctx.at(&path),
            };
            match fault {
                Fault::TooLong(count) => ctx.error(
                    "text-length",
                    at,
                    t!(
                        "text-too-long",
                        path = path.as_str(),
                        count = count,
                        limit = MOST_CHARS
                    ),
                    t!("text-too-long-hint"),
                ),
                // In a CSV list, control characters are reported while
                // loading.
                Fault::Control if key == "ledger" || key == "participants" => {}
                Fault::Control => ctx.error(
                    "control-character",
                    at,
                    t!("text-control", path = path.as_str(), code = code(c)),
                    t!("text-control-hint"),
                ),
                Fault::Invisible => ctx.error(
                    "invisible-character",
                    at,
                    t!("text-invisible", path = path.as_str(), code = code(c)),
                    t!("text-invisible-hint"),
                ),
                Fault::Quoted => ctx.warning(
                    "quoted-text",
                    at,
                    t!("text-quoted", path = path.as_str()),
                    t!("text-quoted-hint"),
                ),
                Fault::NoGlyph => ctx.error(
                    "unprintable-character",
                    at,
                    t!(
                        "text-no-glyph",
                        path = path.as_str(),
                        character = c.to_string(),
                        code = code(c)
                    ),
                    t!("text-no-glyph-hint"),
                ),
            }
        }
    }
}

/// `U+00A0`: a character's code point as Unicode writes it.
fn code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// `ledger[3].label` as (`ledger`, 3, `label`).
fn csv_field(path: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = path.split_once('[')?;
    let (row, column) = rest.split_once("].")?;
    Some((list, row.parse().ok()?, column))
}

/// Whether both font families can draw `c`.
fn printable(c: char) -> bool {
    [FontFamily::Sans, FontFamily::Serif]
        .iter()
        .all(|f| family(*f).faces[0].has(c))
}

fn walk(path: String, value: &Value, found: &mut Vec<(String, char, Fault)>) {
    match value {
        Value::String(s) if s.len() > MOST_CHARS && s.chars().count() > MOST_CHARS => {
            found.push((path, ' ', Fault::TooLong(s.chars().count())));
        }
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| c.is_control() && *c != '\n') {
                found.push((path, c, Fault::Control));
            } else if let Some(c) = s.chars().find(|c| invisible(*c)) {
                found.push((path, c, Fault::Invisible));
            } else if let Some(c) = s.chars().find(|c| !c.is_control() && !printable(*c)) {
                found.push((path, c, Fault::NoGlyph));
            } else if quoted(s) {
                found.push((path, '"', Fault::Quoted));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(format!("{path}[{i}]"), item, found);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                walk(format!("{path}.{key}"), item, found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_wholly_between_quotation_marks() {
        for s in ["“Melle”", "« Melle »", "\"Melle\"", " ‘Melle’ "] {
            assert!(quoted(s), "{s}");
        }
        for s in ["Melle", "« Eau » pour tous", "l’État", "\"\"", "“"] {
            assert!(!quoted(s), "{s}");
        }
    }

    #[test]
    fn csv_paths_are_split() {
        assert_eq!(csv_field("ledger[12].label"), Some(("ledger", 12, "label")));
        assert_eq!(csv_field("members[0].name"), Some(("members", 0, "name")));
        assert_eq!(csv_field("programme.title"), None);
    }

    #[test]
    fn printable_knows_the_fonts() {
        for c in ['a', 'é', 'Œ', '€', '«', '\u{202f}', '–', '’'] {
            assert!(printable(c), "{c}");
        }
        for c in ['☐', '😀', '中'] {
            assert!(!printable(c), "{c}");
        }
    }
}
