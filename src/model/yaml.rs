//! Reading `programme.yaml` into a [`Programme`], with every problem as a
//! located [`Diagnostic`].

use serde_ignored::Path as IgnoredPath;

use super::keys::expected_at;
use super::types::Programme;
use super::yaml_index::{YamlIndex, join, parent};
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::source::FileId;

/// The outcome of reading the YAML file: the programme when it could be
/// read, the problems met, and the positions of its values.
#[derive(Debug)]
pub struct YamlRead {
    /// The programme, if the file has the right shape.
    pub programme: Option<Programme>,
    /// Every problem found (unknown keys, syntax, types).
    pub diagnostics: Vec<Diagnostic>,
    /// Positions of keys and values, for later diagnostics.
    pub index: YamlIndex,
}

/// Reads the programme from `text`, the content of `file`.
pub fn read_programme(text: &str, file: FileId) -> YamlRead {
    let index = YamlIndex::build(text);
    let mut diagnostics = Vec::new();
    if text.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error("empty-file", "the programme file is empty")
                .at(Some(Location::whole_file(file)))
                .hint("start from the shipped data/programme.yaml and change what differs"),
        );
        return YamlRead {
            programme: None,
            diagnostics,
            index,
        };
    }

    let mut unknown: Vec<String> = Vec::new();
    let result: Result<Programme, serde_saphyr::Error> =
        serde_saphyr::with_deserializer_from_str(text, |de| {
            serde_ignored::deserialize(de, |path| unknown.push(path_string(&path)))
        });

    for path in unknown {
        diagnostics.push(unknown_key(&path, &index, file));
    }
    let programme = match result {
        Ok(programme) => Some(programme),
        Err(err) => {
            diagnostics.push(yaml_error(&err, file));
            None
        }
    };
    YamlRead {
        programme,
        diagnostics,
        index,
    }
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

fn unknown_key(path: &str, index: &YamlIndex, file: FileId) -> Diagnostic {
    let key = path
        .rsplit_once('.')
        .map_or(path, |(_, k)| k)
        .to_string();
    let owner = parent(path);
    let expected = expected_at(owner).unwrap_or(&[]);
    let mut diagnostic = Diagnostic::error(
        "unknown-key",
        if owner.is_empty() {
            format!("unknown key `{key}` at the top of the programme")
        } else {
            format!("unknown key `{key}` in `{owner}`")
        },
    )
    .at(index.key(path).map(|p| Location {
        file,
        line: p.line,
        column: p.column,
        len: p.len,
    }));
    diagnostic = match did_you_mean(&key, expected.iter().copied()) {
        Some(suggestion) => diagnostic.hint(format!("did you mean `{suggestion}`?")),
        None if !expected.is_empty() => {
            diagnostic.hint(format!("the keys accepted here are: {}", expected.join(", ")))
        }
        None => diagnostic.hint("remove it, or check its indentation"),
    };
    diagnostic
}

/// Turns a YAML reader error into a located diagnostic with a hint.
fn yaml_error(err: &serde_saphyr::Error, file: FileId) -> Diagnostic {
    let location = err.location().map(|l| Location {
        file,
        line: l.line() as usize,
        column: l.column() as usize,
        len: 1,
    });
    let message = plain_message(err);
    let hint = hint_for(&message);
    let rule = if is_syntax(&message) { "yaml-syntax" } else { "yaml-type" };
    let mut diagnostic = Diagnostic::error(rule, message).at(location);
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
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

fn is_syntax(message: &str) -> bool {
    let m = message.to_lowercase();
    ["while parsing", "while scanning", "did not find", "mapping values are not allowed", "invalid indentation", "found character", "unexpected end", "syntax"]
        .iter()
        .any(|s| m.contains(s))
}

fn hint_for(message: &str) -> Option<String> {
    let m = message.to_lowercase();
    let hint = if m.contains("missing field") {
        "add the missing key at this level (see data/programme.yaml for an example)"
    } else if m.contains("unknown variant") {
        "use one of the values listed in the message, spelt exactly"
    } else if m.contains("input contains invalid characters") || m.contains("premature end of input") {
        "write dates as YYYY-MM-DD, for example 2006-12-05"
    } else if m.contains("not a number") {
        "write amounts as 88624.00: a dot before the cents, no space, no € sign"
    } else if m.contains("duplicate") {
        "each key may appear once in a mapping: remove or rename the second one"
    } else if m.contains("budget") || m.contains("depth") || m.contains("alias") {
        "the file is far larger or deeper than a programme can be: check it was not damaged"
    } else if is_syntax(message) {
        "check the indentation (spaces only, two per level) and that every `:` is followed by a space; quote text that contains `: ` or starts with a special character"
    } else {
        return None;
    };
    Some(hint.to_string())
}
