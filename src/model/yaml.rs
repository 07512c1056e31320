//! Reading `programme.yaml` into a [`Programme`], with every problem as a
//! located [`Diagnostic`].

use serde_ignored::Path as IgnoredPath;

use super::keys::expected_at;
use super::types::Programme;
use super::yaml_index::{YamlIndex, join, parent};
use super::yaml_said::{said, scalar_at};
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
            t!("yaml-empty-file")
        } else {
            t!("yaml-only-comments")
        };
        diagnostics.push(
            Diagnostic::error("empty-file", message)
                .at(Some(Location::whole_file(file)))
                .hint(t!("yaml-empty-file-hint")),
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
    // A key written with `.` or `[` (`"members[0].id":`) is not a path:
    // said as the key it is, not as a key `id` of `members[0]`.
    let mut odd: Vec<String> = Vec::new();
    let result: Result<T, serde_saphyr::Error> =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_ignored::deserialize(de, |path| match &path {
                IgnoredPath::Map { key, .. } if key.contains(['.', '[', ']']) => {
                    odd.push(key.clone());
                }
                _ => unknown.push(path_string(&path)),
            })
        });
    for key in &odd {
        diagnostics.push(
            Diagnostic::error(
                "unknown-key",
                t!("yaml-key-like-a-path", key = key.as_str()),
            )
            .at(key_line(text, key, file))
            .hint(t!("yaml-key-like-a-path-hint")),
        );
    }

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

/// Where the key `key` is written (bare or between quotes, then `:`).
fn key_line(text: &str, key: &str, file: FileId) -> Option<Location> {
    text.lines().enumerate().find_map(|(i, line)| {
        let trimmed = line.trim_start().trim_start_matches("- ");
        let column = line.len() - trimmed.len();
        [
            format!("{key}:"),
            format!("\"{key}\":"),
            format!("'{key}':"),
        ]
        .iter()
        .any(|k| trimmed.starts_with(k.as_str()))
        .then(|| Location {
            file,
            line: i + 1,
            column: line[..column].chars().count() + 1,
            len: key.chars().count(),
        })
    })
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
    if let Some((written, number)) = index
        .key(path)
        .and_then(|p| decimal_comma(index.source_line(p.line)?, p.column, &key))
    {
        // Underlined whole: `655,957`, not only the `957` read as a key.
        let whole = at.map(|l| Location {
            column: (l.column + l.len)
                .saturating_sub(written.chars().count())
                .max(1),
            len: written.chars().count(),
            ..l
        });
        return Diagnostic::error("unknown-key", t!("yaml-decimal-comma", written = written))
            .at(whole)
            .hint(t!("number-hint-dotted", number = number));
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

/// A number written with a decimal comma between `{ }` (`per_euro:
/// 655,957`): YAML reads `655`, then a key `957`. Given the line and the
/// 1-based column of that key, the number as written and with a dot.
fn decimal_comma(line: &str, column: usize, key: &str) -> Option<(String, String)> {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before: Vec<char> = line.chars().take(column.checked_sub(1)?).collect();
    let (comma, int) = before.split_last()?;
    let digits = int.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if *comma != ',' || digits == 0 {
        return None;
    }
    let int: String = int[int.len() - digits..].iter().collect();
    Some((format!("{int},{key}"), format!("{int}.{key}")))
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
    let mut said = said(err, location, index);
    // A value of the wrong type is underlined whole.
    if said.rule == "yaml-type"
        && let Some(l) = location.as_mut()
        && let Some(value) = scalar_at(index, *l)
    {
        l.len = value.chars().count();
    }
    if let Some(key) = said.missing {
        // The reader points at the last key of the mapping that lacks the
        // field: name that mapping and point at its first line instead.
        let owner = location
            .and_then(|l| index.key_at(l.line, l.column))
            .map(|path| parent(path).to_string())
            .filter(|owner| !owner.is_empty());
        if let Some(owner) = &owner {
            said.message = t!("yaml-missing-key-in", key = key, owner = owner.as_str());
            if let Some(pos) = index.value(owner) {
                location = Some(Location {
                    file,
                    line: pos.line,
                    column: pos.column,
                    len: 1,
                });
            }
        }
        said.hint = Some(t!("yaml-hint-missing-key"));
    }
    let mut diagnostic = Diagnostic::error(said.rule, said.message).at(location);
    if let Some(hint) = said.hint {
        diagnostic = diagnostic.hint(hint);
    }
    (diagnostic, said.missing.map(str::to_string))
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
                Diagnostic::error("yaml-syntax", t!("yaml-tab"))
                    .at(Some(Location {
                        file,
                        line: i + 1,
                        column: column + 1,
                        len: 1,
                    }))
                    .hint(t!("yaml-tab-hint")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decimal_comma;

    #[test]
    fn a_decimal_comma_between_braces_is_found() {
        let line = "  currency: { name: \"franc\", per_euro: 655,957 }";
        let column = line.find("957").unwrap() + 1;
        assert_eq!(
            decimal_comma(line, column, "957"),
            Some(("655,957".into(), "655.957".into()))
        );
        // A real second key, or digits after a text, are not numbers.
        assert_eq!(decimal_comma("{ a: 1, b: 2 }", 9, "b"), None);
        assert_eq!(decimal_comma("{ a: x,12: 2 }", 8, "12"), None);
        assert_eq!(decimal_comma("{ a: 1, 12: 2 }", 9, "12"), None);
    }
}
