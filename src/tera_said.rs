//! Tera's messages said to a person, in the current language. Tera gives
//! its rendering and syntax errors as English text only; the ones a
//! template's author meets (a variable or field not defined, an unknown
//! filter, function or template, a closing tag that does not match, a
//! value that cannot be looped over, a filter's missing argument) are
//! recognised by their shape and said from the catalogues, with the names
//! they carry. Any other is said with Tera's own words quoted.

use crate::diagnostic::did_you_mean;
use crate::t;

/// What a template's fault is, said in the language, and the hint that
/// goes with it.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateFault {
    /// The message.
    pub message: String,
    /// The catalogue key of its hint (`template-hint-name` wants the
    /// names of the templates, which the caller knows).
    pub hint: &'static str,
    /// A closer name for what was misspelt, when there is one.
    pub suggestion: Option<String>,
}

/// Tera's own filters, tests and functions.
const TERA_NAMES: &[&str] = &[
    "safe",
    "default",
    "upper",
    "lower",
    "wordcount",
    "escape",
    "trim",
    "trim_start",
    "trim_end",
    "replace",
    "capitalize",
    "title",
    "truncate",
    "indent",
    "str",
    "int",
    "float",
    "length",
    "reverse",
    "split",
    "abs",
    "round",
    "first",
    "last",
    "nth",
    "join",
    "sort",
    "unique",
    "get",
    "values",
    "keys",
    "pairs",
    "group_by",
    "map",
    "defined",
    "undefined",
    "odd",
    "even",
    "divisible_by",
    "starting_with",
    "ending_with",
    "containing",
    "range",
];

/// Tera's name of a value's type, in the person's words.
fn type_words(tera: &str) -> String {
    let key = match tera {
        "i64" | "u64" | "i128" | "u128" | "f64" | "number" | "integer" | "float" => {
            "yaml-shape-number"
        }
        "string" | "str" => "yaml-shape-text",
        "bool" => "yaml-shape-bool",
        "map" | "object" => "yaml-shape-mapping",
        "none" | "undefined" => "yaml-shape-nothing",
        _ => return format!("`{tera}`"),
    };
    t!(key)
}

/// The text between the first pair of backticks (or quotes) after
/// `prefix` in `message`, and what follows it.
fn quoted<'a>(message: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    let rest = message.strip_prefix(prefix)?;
    let quote = rest.chars().next().filter(|c| matches!(c, '`' | '\''))?;
    let rest = &rest[1..];
    let end = rest.find(quote)?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// The names Tera lists after `label` ("Available variables: a, b").
fn listed(rest: &str, label: &str) -> String {
    rest.split_once(label)
        .map(|(_, names)| names.trim().trim_end_matches('.').to_string())
        .unwrap_or_default()
}

/// How Tera says a value cannot be looped over.
const NOT_ITERABLE: &str = "Iteration not possible on type "; // not said: Tera's words

/// How Tera says a variable has no value.
const UNDEFINED_VALUE: &str = "exists but its value is undefined"; // not said: Tera's words

/// Tera's `message`, said in the language.
pub fn said(message: &str) -> TemplateFault {
    let m = message.trim();
    let with_list = |key_alone: &str, key_listed: &str, name: &str, known: String| {
        if known.is_empty() {
            t!(key_alone, name = name)
        } else {
            t!(key_listed, name = name, known = known)
        }
    };
    if let Some((name, rest)) = quoted(m, "Variable ") {
        let message = if rest.contains(UNDEFINED_VALUE) {
            t!("tera-variable-undefined-value", name = name)
        } else {
            with_list(
                "tera-variable-undefined",
                "tera-variable-undefined-known",
                name,
                listed(rest, "Available variables:"),
            )
        };
        let known = listed(rest, "Available variables:");
        return TemplateFault {
            message,
            hint: "template-hint-variable",
            suggestion: did_you_mean(name, known.split(", ")).map(str::to_string),
        };
    }
    if let Some((name, rest)) = quoted(m, "Field ") {
        let known = listed(rest, "Available fields:");
        return TemplateFault {
            message: with_list(
                "tera-field-undefined",
                "tera-field-undefined-known",
                name,
                known.clone(),
            ),
            hint: "template-hint-variable",
            suggestion: did_you_mean(name, known.split(", ")).map(str::to_string),
        };
    }
    if let Some((name, _)) = quoted(m, NOT_ITERABLE) {
        return TemplateFault {
            message: t!("tera-not-iterable", name = type_words(name)),
            hint: "tera-hint-loop",
            suggestion: None,
        };
    }
    for (prefix, key, hint) in [
        ("Unknown filter ", "tera-unknown-filter", "tera-hint-filter"),
        (
            "Unknown function ",
            "tera-unknown-function",
            "tera-hint-filter",
        ),
        (
            "Unknown template ",
            "tera-unknown-template",
            "template-hint-name",
        ),
        ("Argument ", "tera-argument-missing", "tera-hint-filter"),
    ] {
        if let Some((name, _)) = quoted(m, prefix) {
            let names = crate::fr::filters::NAMES.iter().chain(TERA_NAMES).copied();
            return TemplateFault {
                message: t!(key, name = name),
                hint,
                suggestion: (hint == "tera-hint-filter")
                    .then(|| did_you_mean(name, names).map(str::to_string))
                    .flatten(),
            };
        }
    }
    if m.starts_with("Unknown tag") {
        return TemplateFault {
            message: t!("tera-unknown-tag"),
            hint: "tera-hint-tag",
            suggestion: None,
        };
    }
    if let Some((closing, rest)) = quoted(m, "Closing tag ")
        && let Some((opening, _)) = quoted(rest.trim_start(), "doesn't match opening tag ")
    {
        return TemplateFault {
            message: t!("tera-tag-mismatch", closing = closing, opening = opening),
            hint: "template-hint-syntax",
            suggestion: None,
        };
    }
    if let Some((a, rest)) = quoted(m, "Cannot compare ")
        && let Some((b, _)) = quoted(rest.trim_start(), "with ")
    {
        return TemplateFault {
            message: t!("tera-cannot-compare", a = a, b = b),
            hint: "template-hint-syntax",
            suggestion: None,
        };
    }
    // Tera's English is recognised by its first word; gabarit's own
    // messages (from its filters) are already in the language.
    let tera_words = [
        "Found ",
        "Unclosed ",
        "Unknown ",
        "Template ",
        "Block",
        "Blocks ",
        "Slice ",
        "Invalid ",
        "Keyword ",
        "Tried ",
        "Arrays ",
        "Identifiers ",
    ];
    if tera_words.iter().any(|w| m.starts_with(w)) {
        return TemplateFault {
            message: t!("tera-other", original = m),
            hint: "template-hint-syntax",
            suggestion: None,
        };
    }
    TemplateFault {
        message: m.to_string(),
        hint: "template-hint-syntax",
        suggestion: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teras_words_are_recognised() {
        let s = said("Variable `titre` is not defined. Available variables: title, member");
        assert_eq!(
            s.message,
            "the variable `titre` is not defined here; the variables are: title, member"
        );
        assert_eq!(s.hint, "template-hint-variable");
        assert_eq!(
            said("Field `nom` is not defined.").message,
            "the field `nom` is not defined"
        );
        assert_eq!(
            said("Unknown filter `euro`").message,
            "unknown filter `euro`"
        );
        assert_eq!(
            said("Closing tag 'endfor' doesn't match opening tag 'if'").message,
            "the closing tag `endfor` does not match the opening tag `if`"
        );
        assert!(
            said("Found `}}` but expected string.")
                .message
                .contains("Found")
        );
        assert_eq!(said("`x` is not a number").message, "`x` is not a number");
    }
}
