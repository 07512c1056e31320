//! The YAML reader's errors said to a person, in the current language:
//! each kind of error `serde-saphyr` reports (a wrong type, an unknown
//! value, a syntax fault, a limit reached…) becomes a message of the
//! catalogues, with its hint and its rule. The reader's own English text is
//! quoted only for the rare faults gabarit has no words of its own for.

use serde_saphyr::Error;
use serde_saphyr::localizer::ExternalMessageSource;

use super::amount::HINT_MARK;
use super::yaml_index::YamlIndex;
use crate::diagnostic::{Location, did_you_mean};
use crate::t;

/// What a reader's error means for the person who wrote the file.
#[derive(Debug)]
pub struct YamlFault {
    /// The message.
    pub message: String,
    /// Its hint, if there is one to give.
    pub hint: Option<String>,
    /// `yaml-syntax` (the file is not YAML there) or `yaml-type` (YAML of
    /// the wrong shape).
    pub rule: &'static str,
    /// The key a "missing key" error names.
    pub missing: Option<&'static str>,
}

impl YamlFault {
    fn new(rule: &'static str, message: String, hint: Option<String>) -> YamlFault {
        YamlFault {
            message,
            hint,
            rule,
            missing: None,
        }
    }
}

/// `err`, which the reader places at `location` of the file `index`
/// describes, said in the current language.
pub fn said(err: &Error, location: Option<Location>, index: &YamlIndex) -> YamlFault {
    let written = location.and_then(|l| scalar_at(index, l));
    match err.without_snippet() {
        Error::AliasError { error, .. } => said(error, location, index),
        Error::SerdeMissingField { field, .. } => YamlFault {
            missing: Some(field),
            ..YamlFault::new("yaml-type", t!("yaml-missing-key", key = *field), None)
        },
        Error::Message { msg, .. } if is_date_error(msg) => date(written),
        // gabarit's own messages (a number, a percentage), already in the
        // language, with their hint after the mark.
        Error::Message { msg, .. } => match msg.split_once(HINT_MARK) {
            Some((message, hint)) => {
                YamlFault::new("yaml-type", message.to_string(), Some(hint.to_string()))
            }
            None => YamlFault::new("yaml-type", msg.clone(), None),
        },
        Error::InvalidScalar { ty, .. } => scalar(ty, written),
        Error::InvalidBooleanStrict { .. } => scalar("bool", written),
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => YamlFault::new(
            "yaml-type",
            t!(
                "yaml-wrong-shape",
                expected = shape(expected),
                found = shape(unexpected)
            ),
            Some(t!("yaml-hint-shape")),
        ),
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let hint = match did_you_mean(variant, expected.iter().copied()) {
                Some(s) => t!("did-you-mean", suggestion = s),
                None => t!("yaml-hint-variant"),
            };
            YamlFault::new(
                "yaml-type",
                t!(
                    "yaml-unknown-value",
                    value = variant.as_str(),
                    expected = expected.join(", ")
                ),
                Some(hint),
            )
        }
        Error::DuplicateMappingKey { key, .. } => YamlFault::new(
            "yaml-syntax",
            t!(
                "yaml-key-twice",
                key = key
                    .as_deref()
                    .map(|k| k.split(", set DuplicateKeyPolicy").next().unwrap_or(k))
                    .unwrap_or_default()
            ),
            Some(t!("yaml-hint-twice")),
        ),
        Error::Unexpected { expected, .. } if *expected == "mapping start" => {
            let top = location.is_some_and(|l| l.line == 1 && l.column == 1);
            YamlFault::new(
                "yaml-type",
                t!(if top {
                    "yaml-not-a-mapping-top"
                } else {
                    "yaml-not-a-mapping"
                }),
                Some(t!("yaml-not-a-mapping-hint")),
            )
        }
        Error::Unexpected { expected, .. } if *expected == "sequence start" => YamlFault::new(
            "yaml-type",
            t!("yaml-not-a-list"),
            Some(t!("yaml-not-a-list-hint")),
        ),
        Error::Unexpected { expected, .. } if *expected == "string scalar" => {
            not_a_scalar(location, index)
        }
        Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. } => not_a_scalar(location, index),
        Error::NullIntoString { .. } => YamlFault::new(
            "yaml-type",
            t!("yaml-empty-value"),
            Some(t!("yaml-empty-value-hint")),
        ),
        Error::Budget { breach, .. } => limit(&format!("{breach:?}")),
        Error::Eof { .. } => YamlFault::new(
            "yaml-syntax",
            t!("yaml-ends-early"),
            Some(t!("yaml-unclosed-hint")),
        ),
        Error::UnknownAnchor { .. } => YamlFault::new(
            "yaml-syntax",
            t!("yaml-unknown-anchor"),
            Some(t!("yaml-unknown-anchor-hint")),
        ),
        Error::IndentationError { .. } => syntax("yaml-indentation"),
        Error::ExternalMessage { source, msg, .. }
            if matches!(**source, ExternalMessageSource::Parser(_)) =>
        {
            parser(msg)
        }
        other => {
            let original = plain(other);
            if original.contains("recursion limit exceeded") || original.contains("Depth") {
                return limit("Depth");
            }
            YamlFault::new(
                "yaml-type",
                t!("yaml-other", original = original),
                Some(t!("yaml-hint-syntax")),
            )
        }
    }
}

/// The reader's own text of `err`, without the place it adds.
pub fn plain(err: &Error) -> String {
    let text = err.without_snippet().to_string();
    let text = text.lines().next().unwrap_or_default().trim().to_string();
    let text = match text.split_once(": ") {
        Some((prefix, rest)) if prefix.starts_with("line ") && prefix.contains(" column ") => {
            rest.to_string()
        }
        _ => text,
    };
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// chrono's messages when a date does not parse.
fn is_date_error(message: &str) -> bool {
    [
        "input is out of range", // not said: chrono's words
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "no possible date and time matching input", // not said: chrono's words
        "input is not enough for unique date and time", // not said: chrono's words
    ]
    .contains(&message)
}

fn date(written: Option<String>) -> YamlFault {
    let message = match written {
        Some(value) => t!("yaml-not-a-date", value = value),
        None => t!("yaml-not-a-date-here"),
    };
    YamlFault::new("yaml-type", message, Some(t!("yaml-hint-date")))
}

/// A scalar of Rust type `ty` that does not read.
fn scalar(ty: &str, written: Option<String>) -> YamlFault {
    let (kind, hint) = match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => ("yaml-kind-count", "yaml-hint-count"),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => ("yaml-kind-integer", "yaml-hint-count"),
        "f32" | "f64" => ("yaml-kind-number", "number-hint-amount"),
        "bool" | "boolean" => ("yaml-kind-bool", "yaml-hint-bool"),
        "char" => ("yaml-kind-char", "yaml-hint-shape"),
        _ => ("yaml-kind-other", "yaml-hint-shape"),
    };
    let message = match written {
        Some(value) => t!("yaml-not-a", value = value, kind = t!(kind)),
        None => t!("yaml-not-a-here", kind = t!(kind)),
    };
    YamlFault::new("yaml-type", message, Some(t!(hint)))
}

/// A shape of value as serde names it ("a sequence", "struct Member",
/// `string "abc"`, "integer `5`") in the person's words.
fn shape(serde_words: &str) -> String {
    let w = serde_words.to_ascii_lowercase();
    let key = if w.contains("sequence") || w.contains("tuple") {
        "yaml-shape-list"
    } else if w.starts_with("struct") || w.contains("map") {
        "yaml-shape-mapping"
    } else if w.contains("number") || w.contains("integer") || w.contains("float") {
        "yaml-shape-number"
    } else if w.contains("bool") {
        "yaml-shape-bool"
    } else if w.contains("date") {
        "yaml-shape-date"
    } else if w.contains("string") || w.contains("char") || w.starts_with("enum") {
        "yaml-shape-text"
    } else if w.contains("unit") || w.contains("null") || w.contains("option") {
        "yaml-shape-nothing"
    } else {
        return serde_words.to_string();
    };
    t!(key)
}

/// A list or mapping where one value is expected: often a `[` left open.
fn not_a_scalar(location: Option<Location>, index: &YamlIndex) -> YamlFault {
    match location.and_then(|l| unclosed_bracket(index, l)) {
        Some(open) => YamlFault::new(
            "yaml-type",
            t!(
                if open == '[' {
                    "yaml-unclosed-list"
                } else {
                    "yaml-unclosed-mapping"
                },
                open = open.to_string()
            ),
            Some(t!("yaml-unclosed-bracket-hint")),
        ),
        None => YamlFault::new(
            "yaml-type",
            t!("yaml-not-a-scalar"),
            Some(t!("yaml-hint-shape")),
        ),
    }
}

/// A reader's limit (an alias bomb, a file nested too deep, a file far too
/// large), from the breach's name.
fn limit(breach: &str) -> YamlFault {
    let (message, hint) = if breach.contains("Depth") {
        ("yaml-too-deep", "yaml-too-deep-hint")
    } else if breach.contains("Alias") || breach.contains("Anchor") {
        ("yaml-alias-bomb", "yaml-alias-bomb-hint")
    } else {
        ("yaml-too-large", "yaml-too-large-hint")
    };
    YamlFault::new("yaml-syntax", t!(message), Some(t!(hint)))
}

fn syntax(key: &str) -> YamlFault {
    YamlFault::new("yaml-syntax", t!(key), Some(t!("yaml-hint-syntax")))
}

/// How the parser says a `: ` is inside a plain value.
const COLON_IN_VALUE: &str = "mapping values are not allowed"; // not said: the parser's words

/// A fault of the YAML syntax, from the parser's words.
fn parser(msg: &str) -> YamlFault {
    let m = msg.to_ascii_lowercase();
    if m.contains("recursion limit") {
        return limit("Depth");
    }
    let key = if m.contains(COLON_IN_VALUE) {
        "yaml-colon-in-value"
    } else if m.contains("tab") {
        "yaml-tab"
    } else if m.contains("flow sequence") || m.contains("flow mapping") || m.contains("bracket") {
        "yaml-flow-unclosed"
    } else if m.contains("quote") || m.contains("quoted scalar") {
        "yaml-quote-unclosed"
    } else if m.contains("unexpected eof") || m.contains("unexpected end") {
        "yaml-ends-early"
    } else if m.contains("simple key")
        || m.contains("expected key")
        || m.contains("indentation")
        || m.contains("'-' indicator")
    {
        "yaml-indentation"
    } else if m.contains("anchor") || m.contains("alias") {
        "yaml-unknown-anchor"
    } else if m.contains("unexpected character") || m.contains("cannot start any token") {
        "yaml-odd-character"
    } else {
        return YamlFault::new(
            "yaml-syntax",
            t!("yaml-syntax-other", original = msg),
            Some(t!("yaml-hint-syntax")),
        );
    };
    syntax(key)
}

/// The source text from `location` to the end of its line.
fn rest_of_line(index: &YamlIndex, location: Location) -> Option<String> {
    let text = index.source_line(location.line)?;
    Some(
        text.chars()
            .skip(location.column.saturating_sub(1))
            .collect(),
    )
}

/// The bracket written at `location` when the rest of its line does not
/// close it: a `["Melle"` whose `]` was forgotten.
fn unclosed_bracket(index: &YamlIndex, location: Location) -> Option<char> {
    let rest = rest_of_line(index, location)?;
    let open = rest.chars().next().filter(|c| *c == '[' || *c == '{')?;
    let close = if open == '[' { ']' } else { '}' };
    (rest.matches(open).count() > rest.matches(close).count()).then_some(open)
}

/// The plain scalar written at `location` (up to a `,`, `}`, `]` or `#`).
pub fn scalar_at(index: &YamlIndex, location: Location) -> Option<String> {
    let rest = rest_of_line(index, location)?;
    let end = rest.find([',', '}', ']', '#']).unwrap_or(rest.len());
    let value = rest[..end].trim().trim_matches(['"', '\'']);
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_shapes_are_said_in_words() {
        assert_eq!(shape("a sequence"), "a list");
        assert_eq!(shape("struct Member"), "keys with their values (a mapping)");
        assert_eq!(shape("string \"abc\""), "a text");
        assert_eq!(shape("integer `5`"), "a number");
        assert_eq!(shape("something else"), "something else");
    }

    #[test]
    fn parser_faults_have_their_own_words() {
        assert_eq!(
            parser("mapping values are not allowed in this context").message,
            t!("yaml-colon-in-value")
        );
        assert_eq!(
            parser("while parsing a flow sequence, expected ',' or ']'").message,
            t!("yaml-flow-unclosed")
        );
        let other = parser("while scanning a directive, found something");
        assert!(other.message.contains("while scanning a directive"));
        assert_eq!(other.rule, "yaml-syntax");
    }
}
