//! Where each value of a YAML file is: a map from a path such as
//! `members[3].partner.name` to its line and column.
//!
//! The rules of `gabarit check` work on typed data, which has no positions;
//! they name the value they complain about by its path, and this index turns
//! the path back into a place in the file.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, Span};

/// Nesting depth beyond which indexing stops (a programme is about 6 deep).
const MAX_DEPTH: usize = 64;

/// Line, column (both 1-based) and length in characters of a YAML node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Length in characters, when the node fits on one line.
    pub len: usize,
}

impl Pos {
    fn from_span(span: Span) -> Pos {
        let len = if span.start.line() == span.end.line() {
            span.end.index().saturating_sub(span.start.index())
        } else {
            1
        };
        Pos {
            line: span.start.line(),
            column: span.start.col() + 1,
            len,
        }
    }
}

/// Positions of the keys and values of one YAML document.
#[derive(Debug, Default, Clone)]
pub struct YamlIndex {
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
    lines: Vec<String>,
}

enum Frame {
    /// A mapping; `key` is the pending key once read, and `complex` counts
    /// the depth inside a non-scalar key, which is skipped.
    Map {
        path: String,
        key: Option<String>,
        complex: usize,
    },
    Seq {
        path: String,
        next: usize,
    },
}

impl YamlIndex {
    /// Indexes `text`. A syntax error ends the index where it happens; the
    /// error itself is reported by the loader.
    pub fn build(text: &str) -> YamlIndex {
        let mut index = YamlIndex {
            lines: text
                .split('\n')
                .map(|l| l.trim_end_matches('\r').to_string())
                .collect(),
            ..YamlIndex::default()
        };
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let is_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::SequenceStart(..)
                    | Event::MappingStart(..)
                    | Event::Alias(..)
            );
            let opens = matches!(event, Event::SequenceStart(..) | Event::MappingStart(..));
            let closes = matches!(event, Event::SequenceEnd | Event::MappingEnd);

            // Inside a complex (non-scalar) mapping key: only track depth.
            if let Some(Frame::Map { complex, key, .. }) = stack.last_mut()
                && *complex > 0
            {
                if opens {
                    *complex += 1;
                } else if closes {
                    *complex -= 1;
                    if *complex == 0 {
                        // The complex key is over: its value follows.
                        *key = Some(String::from("?"));
                    }
                }
                continue;
            }
            if closes {
                stack.pop();
                continue;
            }
            if stack.len() >= MAX_DEPTH {
                // Far deeper than any programme; the loader reports it.
                break;
            }
            if !is_node {
                continue;
            }
            // Where does this node go?
            let path = match stack.last_mut() {
                None => String::new(),
                Some(Frame::Seq { path, next }) => {
                    let p = format!("{path}[{next}]");
                    *next += 1;
                    p
                }
                Some(Frame::Map { path, key, complex }) => match key.take() {
                    Some(k) => join(path, &k),
                    None => {
                        // This node is a key.
                        match &event {
                            Event::Scalar(value, ..) => {
                                let k = value.to_string();
                                index.keys.insert(join(path, &k), Pos::from_span(span));
                                *key = Some(k);
                            }
                            _ if opens => *complex = 1,
                            _ => *key = Some(String::from("?")),
                        }
                        continue;
                    }
                },
            };
            index.values.insert(path.clone(), Pos::from_span(span));
            match event {
                Event::MappingStart(..) => stack.push(Frame::Map {
                    path,
                    key: None,
                    complex: 0,
                }),
                Event::SequenceStart(..) => stack.push(Frame::Seq { path, next: 0 }),
                _ => {}
            }
        }
        index
    }

    /// The position of the value at `path`, or of its nearest ancestor
    /// present in the file.
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.lookup(&self.values, path)
    }

    /// The position of the key naming the value at `path` (falls back to
    /// the value, then to ancestors).
    pub fn key(&self, path: &str) -> Option<Pos> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    /// The text of line `line` (1-based).
    pub fn source_line(&self, line: usize) -> Option<&str> {
        self.lines.get(line.checked_sub(1)?).map(String::as_str)
    }

    /// Every key of the document, by the path of the value it names.
    pub fn keys(&self) -> impl Iterator<Item = (&str, Pos)> {
        self.keys.iter().map(|(path, pos)| (path.as_str(), *pos))
    }

    /// The path of the key that starts at `line`:`column`, if any.
    pub fn key_at(&self, line: usize, column: usize) -> Option<&str> {
        self.keys
            .iter()
            .find(|(_, pos)| pos.line == line && pos.column == column)
            .map(|(path, _)| path.as_str())
    }

    fn lookup(&self, map: &HashMap<String, Pos>, path: &str) -> Option<Pos> {
        let mut current = path;
        loop {
            if let Some(pos) = map.get(current) {
                return Some(*pos);
            }
            if current.is_empty() {
                return None;
            }
            current = parent(current);
        }
    }
}

/// `a.b` + `c` → `a.b.c`; at the root, just `c`.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `a.b[2]` → `a.b`; `a.b` → `a`; `a` → ``.
pub fn parent(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "programme:\n  title: Programme\nmembers:\n  - id: ruffec\n    partner: {name: THIES}\n  - id: celles\nbudget:\n  forecast:\n    2006: 10.00\n";

    #[test]
    fn finds_values_keys_and_list_items() {
        let index = YamlIndex::build(TEXT);
        assert_eq!(
            index.value("programme.title"),
            Some(Pos {
                line: 2,
                column: 10,
                len: 9
            })
        );
        assert_eq!(
            index.key("programme.title").map(|p| (p.line, p.column)),
            Some((2, 3))
        );
        assert_eq!(
            index.value("members[1].id").map(|p| (p.line, p.column)),
            Some((6, 9))
        );
        assert_eq!(
            index
                .value("members[0].partner.name")
                .map(|p| (p.line, p.column)),
            Some((5, 21))
        );
        assert_eq!(index.value("budget.forecast.2006").map(|p| p.line), Some(9));
    }

    #[test]
    fn missing_paths_fall_back_to_their_ancestor() {
        let index = YamlIndex::build(TEXT);
        assert_eq!(
            index.value("members[1].partner.name").map(|p| p.line),
            index.value("members[1]").map(|p| p.line)
        );
        assert_eq!(parent("a.b[2]"), "a.b");
        assert_eq!(parent("a"), "");
    }

    #[test]
    fn complex_keys_and_broken_yaml_do_not_stop_the_index() {
        let index = YamlIndex::build("? [a, b]\n: 1\nc: 2\n");
        assert_eq!(index.value("c").map(|p| p.line), Some(3));
        let index = YamlIndex::build("a: 1\nb: [\n");
        assert_eq!(index.value("a").map(|p| p.line), Some(1));
    }
}
