//! What gabarit says comes from its catalogues: no message is written as
//! English (or any) prose in the code of `src/` or of the engine.
//!
//! The scan reads every string literal outside comments and test modules,
//! and reports those that read as an English sentence (three words or
//! more, two of them English function words). A literal that is another
//! program's words, matched to recognise what it said (chrono's, Tera's,
//! clap's), carries the comment `// not said:` on its line, with whose
//! words they are.

use std::path::{Path, PathBuf};

/// English words a sentence can hardly do without, and French prose
/// never uses.
const FUNCTION_WORDS: &[&str] = &[
    "the", "is", "are", "not", "of", "to", "in", "for", "with", "no", "be", "cannot", "can", "it",
    "its", "this", "that", "or", "and", "was", "has", "have", "must", "at", "from", "as", "by",
    "on", "there", "should", "will", "would", "does", "did",
];

/// The marker of a literal that is not said to anyone.
const NOT_SAID: &str = "// not said:";

/// A string literal of a source file: its line and its text.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
}

/// The string literals of `source`, outside comments and outside the items
/// marked `#[cfg(test)]`, and outside lines marked [`NOT_SAID`].
fn literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let lines: Vec<&str> = source.split('\n').collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut depth) = (0, 1, 0usize);
    // The depth at which a test item opened, while inside one.
    let mut test_from: Option<usize> = None;
    let mut test_pending = false;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => line += 1,
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '#' if source[char_offset(&chars, i)..].starts_with("#[cfg(test)]") => {
                test_pending = true;
            }
            '{' => {
                if test_pending && test_from.is_none() {
                    test_from = Some(depth);
                    test_pending = false;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if test_from == Some(depth) {
                    test_from = None;
                }
            }
            ';' if test_pending && test_from.is_none() => test_pending = false,
            '\'' => {
                // A char literal ('a', '\n', '"'), not a lifetime.
                let end = if next == Some('\\') {
                    chars[i + 2..]
                        .iter()
                        .position(|&c| c == '\'')
                        .map(|p| i + 2 + p)
                } else if chars.get(i + 2) == Some(&'\'') {
                    Some(i + 2)
                } else {
                    None
                };
                if let Some(end) = end {
                    i = end + 1;
                    continue;
                }
            }
            'r' if matches!(next, Some('"' | '#'))
                && !chars[i.saturating_sub(1)].is_alphanumeric() =>
            {
                let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
                if chars.get(i + 1 + hashes) == Some(&'"') {
                    let start = i + 2 + hashes;
                    let closing: String = std::iter::once('"')
                        .chain(std::iter::repeat_n('#', hashes))
                        .collect();
                    let rest: String = chars[start..].iter().collect();
                    let len = rest.find(&closing).unwrap_or(rest.len());
                    let text: String = rest.chars().take(len).collect();
                    let at = line;
                    line += text.matches('\n').count();
                    i = start + text.chars().count() + closing.chars().count();
                    keep(&mut out, &lines, at, text, test_from.is_some());
                    continue;
                }
            }
            '"' => {
                let mut text = String::new();
                let at = line;
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        // `\u{a0}` is a character, not a word.
                        if chars.get(i) == Some(&'u') {
                            while i < chars.len() && chars[i] != '}' {
                                i += 1;
                            }
                        }
                        text.push(' ');
                    } else {
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        text.push(chars[i]);
                    }
                    i += 1;
                }
                keep(&mut out, &lines, at, text, test_from.is_some());
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn char_offset(chars: &[char], i: usize) -> usize {
    chars[..i].iter().map(|c| c.len_utf8()).sum()
}

fn keep(out: &mut Vec<Literal>, lines: &[&str], line: usize, text: String, in_test: bool) {
    let marked = lines.get(line - 1).is_some_and(|l| l.contains(NOT_SAID));
    if !in_test && !marked {
        out.push(Literal { line, text });
    }
}

/// Whether `text` reads as an English sentence (a catalogue key such as
/// `image-not-found` has no space: it is not one).
fn english_prose(text: &str) -> bool {
    if !text.contains(' ') {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let function_words = words
        .iter()
        .filter(|w| FUNCTION_WORDS.contains(&w.as_str()))
        .count();
    words.len() >= 3 && function_words >= 2
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_message_is_written_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/engine/src"), &mut files);
    assert!(files.len() > 30, "the sources are found");
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a source file reads");
        for literal in literals(&source) {
            if english_prose(&literal.text) {
                found.push(format!(
                    "{}:{}: \"{}\"",
                    file.strip_prefix(root).unwrap_or(file).display(),
                    literal.line,
                    literal.text
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "messages written in the code instead of locales/*/gabarit.ftl or \
         crates/engine/locales/*/engine.ftl (or, for another program's words \
         matched, marked `{NOT_SAID} <whose>`):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_prose_and_skips_what_is_not_said() {
    let source = r#"
fn f() {
    let a = "the file cannot be read";
    let b = t!("file-unreadable");
    // "a comment is not a message at all"
    let c = "input is out of range"; // not said: chrono's words
    let d = '"';
    let e = "un montant de la commune";
}

#[cfg(test)]
mod tests {
    fn g() { let x = "this is a test of the scan"; }
}

fn h<'a>(x: &'a str) -> &'a str { "there is no such file in the folder" }
"#;
    let prose: Vec<String> = literals(source)
        .into_iter()
        .filter(|l| english_prose(&l.text))
        .map(|l| format!("{}:{}", l.line, l.text))
        .collect();
    assert_eq!(
        prose,
        [
            "3:the file cannot be read",
            "16:there is no such file in the folder"
        ]
    );
}
