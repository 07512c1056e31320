//! Reading `programme.yaml` into a [`Programme`], with every problem as a
//! located [`Diagnostic`].

use serde_ignored::Path as IgnoredPath;

use super::keys::expected_at;
use super::types::Programme;
use super::yaml_index::{YamlIndex, join, parent};
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::source::FileId;
use crate::t;

/// The outcome of reading a YAML file: its data (a programme, a file of
/// family declarations) when it could be read, the problems met, and the
/// positions of its values.
#[derive(Debug)]
pub struct YamlRead<T = Programme> {
    /// The data, if the file has the right shape.
    pub programme: Option<T>,
    /// Every problem found (unknown keys, syntax, types).
    pub diagnostics: Vec<Diagnostic>,
    /// Positions of keys and values, for later diagnostics.
    pub index: YamlIndex,
}

/// Reads the programme from `text`, the content of `file`.
pub fn read_programme(text: &str, file: FileId) -> YamlRead {
    read_yaml::<Programme>(text, file)
}

/// Reads a YAML file of gabarit's (the programme, or a file of its parts
/// whose keys are the programme's: `documents:`) from `text`, the content
/// of `file`.
pub fn read_yaml<T: serde::de::DeserializeOwned>(text: &str, file: FileId) -> YamlRead<T> {
    let index = YamlIndex::build(text);
    let mut diagnostics = Vec::new();
    let blank = |l: &str| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    };
    if text.lines().all(blank) {
        let message = if text.trim().is_empty() {
            "the programme file is empty"
        } else {
            "the programme file holds only comments: there is no data in it"
        };
        diagnostics.push(
            Diagnostic::error("empty-file", message)
                .at(Some(Location::whole_file(file)))
                .hint("start from the shipped data/programme.yaml and change what differs"),
        );
        return YamlRead {
            programme: None,
            diagnostics,
            index,
        };
    }

    let tabs = tab_indentation(text, file);
    if !tabs.is_empty() {
        diagnostics.extend(tabs);
        return YamlRead {
            programme: None,
            diagnostics,
            index,
        };
    }

    let mut unknown: Vec<String> = Vec::new();
    let result: Result<T, serde_saphyr::Error> =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_ignored::deserialize(de, |path| unknown.push(path_string(&path)))
        });

    // serde reports the unknown keys it met before any error; the index
    // knows every key of the file, so the keys after an error are found too.
    for (path, _) in index.keys() {
        let owner = parent(path);
        let key = &path[owner.len()..].trim_start_matches('.');
        if let Some(expected) = expected_at(owner)
            && !expected.contains(key)
            && !key.contains('[')
        {
            unknown.push(path.to_string());
        }
    }
    unknown.sort_by_key(|path| index.key(path).map(|p| (p.line, p.column)));
    unknown.dedup();
    // A damaged or foreign file can have thousands of unknown keys: the
    // first ones say enough.
    const SHOWN: usize = 30;
    let mut unknown_diagnostics: Vec<Diagnostic> = unknown
        .iter()
        .take(SHOWN)
        .map(|path| unknown_key(path, &index, file))
        .collect();
    if unknown.len() > SHOWN {
        unknown_diagnostics.push(
            Diagnostic::error(
                "unknown-key",
                t!("yaml-more-unknown", count = unknown.len() - SHOWN),
            )
            .at(Some(Location::whole_file(file)))
            .hint(t!("yaml-more-unknown-hint")),
        );
    }
    let unknown = unknown_diagnostics;

    let programme = match result {
        Ok(programme) => Some(programme),
        Err(err) => {
            let (diagnostic, missing) = yaml_error(&err, file, &index);
            if !explained_by(missing.as_deref(), &unknown) {
                diagnostics.push(diagnostic);
            }
            None
        }
    };
    diagnostics.splice(0..0, unknown);
    YamlRead {
        programme,
        diagnostics,
        index,
    }
}

/// The reader's limits: sixteen times its defaults for nodes and events, so
/// that a programme of ten thousand participants loads, while an alias bomb
/// or a damaged file of hundreds of megabytes is still stopped.
fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = 4_000_000;
    budget.max_events = 16_000_000;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options
}

/// `members.3.budjet` as our path syntax: `members[3].budjet`.
fn path_string(path: &IgnoredPath<'_>) -> String {
    match path {
        IgnoredPath::Root => String::new(),
        IgnoredPath::Seq { parent, index } => format!("{}[{index}]", path_string(parent)),
        IgnoredPath::Map { parent, key } => join(&path_string(parent), key),
        IgnoredPath::Some { parent }
        | IgnoredPath::NewtypeStruct { parent }
        | IgnoredPath::NewtypeVariant { parent } => path_string(parent),
    }
}

/// Whether a "missing key" error is explained by an unknown key next to it
/// whose hint names the missing key (`budjet` for `budget`).
fn explained_by(missing: Option<&str>, unknown: &[Diagnostic]) -> bool {
    let Some(missing) = missing else {
        return false;
    };
    let suggestion = t!("did-you-mean", suggestion = missing);
    unknown
        .iter()
        .any(|u| u.hint.as_deref() == Some(suggestion.as_str()))
}

fn unknown_key(path: &str, index: &YamlIndex, file: FileId) -> Diagnostic {
    let key = path.rsplit_once('.').map_or(path, |(_, k)| k).to_string();
    let owner = parent(path);
    let expected = expected_at(owner).unwrap_or(&[]);
    let at = index.key(path).map(|p| Location {
        file,
        line: p.line,
        column: p.column,
        len: p.len,
    });
    if key == "<<" {
        return Diagnostic::error("unknown-key", t!("yaml-merge-key"))
            .at(at)
            .hint(t!("yaml-merge-key-hint"));
    }
    let mut diagnostic = Diagnostic::error(
        "unknown-key",
        if owner.is_empty() {
            t!("yaml-unknown-key-top", key = key.as_str())
        } else {
            t!("yaml-unknown-key", key = key.as_str(), owner = owner)
        },
    )
    .at(index.key(path).map(|p| Location {
        file,
        line: p.line,
        column: p.column,
        len: p.len,
    }));
    diagnostic = match did_you_mean(&key, expected.iter().copied()) {
        Some(suggestion) => diagnostic.hint(t!("did-you-mean", suggestion = suggestion)),
        None if !expected.is_empty() => {
            diagnostic.hint(t!("yaml-keys-accepted", keys = expected.join(", ")))
        }
        None => diagnostic.hint(t!("yaml-unknown-key-remove")),
    };
    diagnostic
}

/// Turns a YAML reader error into a located diagnostic with a hint.
/// Also returns the key the error says is missing, if it says one is.
fn yaml_error(
    err: &serde_saphyr::Error,
    file: FileId,
    index: &YamlIndex,
) -> (Diagnostic, Option<String>) {
    let mut location = err.location().map(|l| Location {
        file,
        line: l.line() as usize,
        column: l.column() as usize,
        len: 1,
    });
    let mut message = plain_message(err);
    let mut missing = None;
    if let Some(field) = message.strip_prefix("missing field ") {
        let key = field.trim_matches('`').to_string();
        // The reader points at the last key of the mapping that lacks the
        // field: name that mapping and point at its first line instead.
        let owner = location
            .and_then(|l| index.key_at(l.line, l.column))
            .map(|path| parent(path).to_string());
        message = match &owner {
            Some(owner) if !owner.is_empty() => {
                t!(
                    "yaml-missing-key-in",
                    key = key.as_str(),
                    owner = owner.as_str()
                )
            }
            _ => t!("yaml-missing-key", key = key.as_str()),
        };
        missing = Some(key);
        if let Some(pos) = owner.as_deref().and_then(|o| index.value(o))
            && !owner.as_deref().unwrap_or_default().is_empty()
        {
            location = Some(Location {
                file,
                line: pos.line,
                column: pos.column,
                len: 1,
            });
        }
    }
    // Some messages rewritten below carry their own hint; the others get
    // theirs from `hint_for`.
    let mut own_hint = None;
    if is_date_error(&message) {
        let written = location
            .and_then(|l| scalar_at(index, l))
            .map_or(String::new(), |t| format!("`{t}` "));
        message = format!("{written}is not a valid date");
    } else if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest
            .split(", set DuplicateKeyPolicy")
            .next()
            .unwrap_or(rest);
        message = format!("the key `{key}` appears twice in the same mapping");
    } else if message == "expected mapping start" {
        message = if location.is_some_and(|l| l.line == 1 && l.column == 1) {
            "the programme file must be a mapping of keys (`programme:`, `lead:`, `members:`…), not a list or a single value"
        } else {
            "expected keys with their values here (a mapping), not a list or a single value"
        }
        .to_string();
        own_hint = Some(
            "compare with the same place in data/programme.yaml: a mapping is a set of `key: value` lines indented under its key",
        );
    } else if message == "expected string scalar" {
        message = match location.and_then(|l| unclosed_bracket(index, l)) {
            Some(open) => {
                own_hint = Some(
                    "close it on the same line (`[\"a\", \"b\"]`), or remove it: a single text needs no bracket",
                );
                format!(
                    "this `{open}` opens a {} that is not closed on its line",
                    if open == '[' { "list" } else { "mapping" }
                )
            }
            None => "expected a single value here, not a list or a mapping".to_string(),
        };
    } else if let Some((limit, hint)) = limit_message(&message) {
        message = limit.to_string();
        own_hint = Some(hint);
    }
    let hint = match &missing {
        Some(_) => Some(t!("yaml-hint-missing-key")),
        None => own_hint.map(str::to_string).or_else(|| hint_for(&message)),
    };
    let rule = if is_syntax(&message) {
        "yaml-syntax"
    } else {
        "yaml-type"
    };
    let mut diagnostic = Diagnostic::error(rule, message).at(location);
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    (diagnostic, missing)
}

/// The error's message without the location the YAML reader prefixes or
/// appends (we print our own).
fn plain_message(err: &serde_saphyr::Error) -> String {
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

/// YAML forbids tabs in indentation; a text editor inserts them easily, and
/// the reader's own message points elsewhere. Report each such line.
fn tab_indentation(text: &str, file: FileId) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        if let Some(column) = indent.chars().position(|c| c == '\t') {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            out.push(
                Diagnostic::error("yaml-syntax", "a tab is used for indentation")
                    .at(Some(Location {
                        file,
                        line: i + 1,
                        column: column + 1,
                        len: 1,
                    }))
                    .hint(
                        "indent with spaces only (two per level); set your editor to insert spaces",
                    ),
            );
        }
    }
    out
}

/// chrono's messages when a date does not parse.
fn is_date_error(message: &str) -> bool {
    [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
    ]
    .contains(&message)
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
fn scalar_at(index: &YamlIndex, location: Location) -> Option<String> {
    let rest = rest_of_line(index, location)?;
    let end = rest.find([',', '}', ']', '#']).unwrap_or(rest.len());
    let value = rest[..end].trim().trim_matches(['"', '\'']);
    (!value.is_empty()).then(|| value.to_string())
}

/// The reader's limits in the secretary's words, with a hint: an alias
/// bomb, a file nested too deep, a file far too large. `None` for any
/// other message.
fn limit_message(message: &str) -> Option<(&'static str, &'static str)> {
    if message.contains("recursion limit exceeded") || message.contains("Depth") {
        return Some((
            "the values are nested far too deep (hundreds of levels of lists or mappings)",
            "a programme needs only a few levels: check the brackets `[` `{` and the indentation, or that the file was not damaged",
        ));
    }
    let breach = message.strip_prefix("budget breached")?;
    Some(if breach.contains("Alias") || breach.contains("Anchor") {
        (
            "the file repeats YAML aliases (`*name`) so often that reading it would take unbounded memory (an \"alias bomb\")",
            "a programme never needs this: write the repeated values out and remove the `&name` and `*name` marks, or check the file was not damaged",
        )
    } else {
        (
            "the file is far larger than a programme can be (millions of values)",
            "a programme of ten thousand participants stays well below this limit: check the file was not damaged or filled by mistake",
        )
    })
}

fn is_syntax(message: &str) -> bool {
    let m = message.to_lowercase();
    [
        "appears twice",
        "while parsing",
        "while scanning",
        "did not find",
        "mapping values are not allowed",
        "invalid indentation",
        "found character",
        "unexpected end",
        "syntax",
    ]
    .iter()
    .any(|s| m.contains(s))
}

fn hint_for(message: &str) -> Option<String> {
    let m = message.to_lowercase();
    // The reader's messages are English; gabarit's own about a number is
    // in the current language: its words between the value and the colon
    // ("is not a number", "n’est pas un nombre").
    let number = t!("number-not-a-number", text = "");
    let number = number
        .trim_start_matches('`')
        .split(':')
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    // A missing key has its hint where it is said (`yaml_error`).
    let key = if m.contains("unknown variant") {
        "yaml-hint-variant"
    } else if m.contains("not a valid date") {
        "yaml-hint-date"
    } else if !number.is_empty() && m.contains(&number) {
        "yaml-hint-number"
    } else if m.contains("appears twice") {
        "yaml-hint-twice"
    } else if is_syntax(message) {
        "yaml-hint-syntax"
    } else {
        return None;
    };
    Some(t!(key))
}
