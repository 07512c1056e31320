//! Diagnostics: what is wrong, where, and how to fix it.
//!
//! Every problem gabarit meets becomes a [`Diagnostic`], the one error
//! type of the project: in a programme's data, in a template, in the text
//! a template produced, in the layout, in a renderer, in a build. They are
//! values, collected all at once, and rendered for people by
//! [`Diagnostic::render`] in the form `file:line:column: error: message`,
//! followed by the source line (for the files a [`SourceMap`] holds), a
//! marker under the fault and a hint.

use std::fmt::Write as _;

use crate::source::{FileId, SourceMap};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look, but the paperwork can still be made.
    Warning,
    /// The paperwork would be wrong: gabarit refuses to build.
    Error,
}

impl Severity {
    /// The word printed before the message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file.
    pub file: FileId,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// How many characters to underline (at least one is drawn).
    pub len: usize,
}

impl Location {
    /// A location covering the whole file (no line, no column).
    pub fn whole_file(file: FileId) -> Self {
        Location {
            file,
            line: 0,
            column: 0,
            len: 0,
        }
    }
}

/// The words a diagnostic is printed with, in the reader's language:
/// `file:3:1: error: …` and `  = hint: …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// "error".
    pub error: String,
    /// "warning".
    pub warning: String,
    /// "hint".
    pub hint: String,
    /// What follows a word: ":" (" :" in French, with a no-break space).
    pub colon: String,
}

impl Default for Words {
    /// English.
    fn default() -> Self {
        Words {
            error: "error".into(),
            warning: "warning".into(),
            hint: "hint".into(),
            colon: ":".into(),
        }
    }
}

/// Where a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// A place in a file the [`SourceMap`] holds (the programme, its
    /// lists): its line is quoted under the headline.
    Source(Location),
    /// A place in a file read elsewhere (a template, an output file, an
    /// option): its name, and its 1-based line and column when known (0
    /// otherwise).
    File {
        /// The file's name as people see it.
        path: String,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
    },
    /// A line of a text given to the engine without a file (the text a
    /// template produced).
    Line(usize),
}

/// One problem found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable short name of the rule that fired (`unknown-key`,
    /// `budget-total`, `markup`, `layout`…), for tests and for people
    /// searching the docs.
    pub rule: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when it can be told.
    pub span: Option<Span>,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A new error.
    pub fn error(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            rule,
            message: message.into(),
            span: None,
            hint: None,
        }
    }

    /// A new warning.
    pub fn warning(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(rule, message)
        }
    }

    /// Sets the location, in a file of the source map.
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.span = location.map(Span::Source);
        self
    }

    /// Sets the place: line and column (0 when unknown) of a file read
    /// elsewhere (a template).
    pub fn in_file(mut self, path: impl Into<String>, line: usize, column: usize) -> Self {
        self.span = Some(Span::File {
            path: path.into(),
            line,
            column,
        });
        self
    }

    /// Sets the place: a line of the text given without a file.
    pub fn on_line(mut self, line: usize) -> Self {
        self.span = Some(Span::Line(line));
        self
    }

    /// The location in a file of the source map, if it points there.
    pub fn location(&self) -> Option<Location> {
        match &self.span {
            Some(Span::Source(l)) => Some(*l),
            _ => None,
        }
    }

    /// The line of the text given without a file, if it points there.
    pub fn text_line(&self) -> Option<usize> {
        match &self.span {
            Some(Span::Line(n)) => Some(*n),
            _ => None,
        }
    }

    /// `file:line:column` (or the file alone when the place in it is not
    /// known) of a diagnostic that points into a file read elsewhere;
    /// none otherwise.
    pub fn place(&self) -> Option<String> {
        match &self.span {
            Some(Span::File { path, line, .. }) if *line == 0 => Some(path.clone()),
            Some(Span::File { path, line, column }) => {
                Some(format!("{path}:{line}:{}", (*column).max(1)))
            }
            _ => None,
        }
    }

    /// The hint, or nothing.
    pub fn hint_text(&self) -> &str {
        self.hint.as_deref().unwrap_or_default()
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line: `file:line:column: error: message`.
    pub fn headline(&self, sources: &SourceMap) -> String {
        self.headline_in(sources, &Words::default())
    }

    /// The first line, with `words`.
    pub fn headline_in(&self, sources: &SourceMap, words: &Words) -> String {
        let severity = format!(
            "{}{}",
            match self.severity {
                Severity::Error => &words.error,
                Severity::Warning => &words.warning,
            },
            words.colon
        );
        if let Some(place) = self.place() {
            return format!("{place}: {severity} {}", self.message);
        }
        if let Some(line) = self.text_line() {
            return format!("line {line}: {severity} {}", self.message);
        }
        match self.location() {
            Some(loc) if loc.line > 0 => format!(
                "{}:{}:{}: {severity} {}",
                sources.path(loc.file).display(),
                loc.line,
                loc.column,
                self.message
            ),
            Some(loc) => format!(
                "{}: {severity} {}",
                sources.path(loc.file).display(),
                self.message
            ),
            None => format!("{severity} {}", self.message),
        }
    }

    /// The full text for a person: headline, quoted source line with a
    /// marker, and hint.
    pub fn render(&self, sources: &SourceMap) -> String {
        self.render_in(sources, &Words::default())
    }

    /// The full text for a person, with `words`.
    pub fn render_in(&self, sources: &SourceMap, words: &Words) -> String {
        let mut out = self.headline_in(sources, words);
        out.push('\n');
        if let Some(loc) = self.location()
            && let Some(text) = sources.get(loc.file).and_then(|f| f.line_text(loc.line))
        {
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let chars: Vec<char> = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let column = loc.column.saturating_sub(1).min(chars.len());
            let (shown, before) = window(&chars, column);
            let marker_len = loc.len.clamp(1, QUOTE_WIDTH);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {shown}");
            let _ = writeln!(
                out,
                "{pad} | {}{}",
                " ".repeat(before),
                "^".repeat(marker_len)
            );
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = {}{} {hint}", words.hint, words.colon);
        }
        out
    }
}

/// The widest piece of a source line quoted under a diagnostic, in
/// characters: a 5 000-character line is shown around its column.
const QUOTE_WIDTH: usize = 100;

/// The part of `line` to quote so that `column` shows, with `…` where it is
/// cut, and the column's position in that part.
fn window(line: &[char], column: usize) -> (String, usize) {
    if line.len() <= QUOTE_WIDTH {
        return (line.iter().collect(), column);
    }
    let start = column
        .saturating_sub(QUOTE_WIDTH * 2 / 3)
        .min(line.len() - QUOTE_WIDTH);
    let end = start + QUOTE_WIDTH;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&line[start..end]);
    if end < line.len() {
        shown.push('…');
    }
    (shown, column - start + usize::from(start > 0))
}

/// Sorts diagnostics by file, line and column, keeping the order of those
/// without a location, so that output is stable whatever the rule order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        d.location()
            .map_or((usize::MAX, 0, 0), |l| (l.file.0, l.line, l.column))
    });
}

impl std::fmt::Display for Diagnostic {
    /// The headline and hint, for a diagnostic that needs no source map
    /// (one that points into a template or a text, or nowhere).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.render(&SourceMap::default()).trim_end())
    }
}

impl std::error::Error for Diagnostic {}

/// Whether any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// Suggests the closest of `candidates` to `word`, if one is close enough to
/// be a plausible typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_quoted_around_the_column() {
        let line: Vec<char> = format!("{}X{}", "a".repeat(3000), "b".repeat(3000))
            .chars()
            .collect();
        let (shown, at) = window(&line, 3000);
        assert_eq!(shown.chars().nth(at), Some('X'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), QUOTE_WIDTH + 2);
        let (shown, at) = window(&line, 0);
        assert_eq!((shown.chars().next(), at), (Some('a'), 0));
        let (shown, at) = window(&line, 6000);
        assert_eq!(shown.chars().nth(at), Some('b'));
        assert_eq!(window(&['a', 'b'], 1), ("ab".to_string(), 1));
    }

    #[test]
    fn renders_headline_line_and_marker() {
        let mut sources = SourceMap::default();
        let file = sources.add("data/p.yaml", "a: 1\nbudjet: 3\n".into());
        let d = Diagnostic::error("unknown-key", "unknown key `budjet`")
            .at(Some(Location {
                file,
                line: 2,
                column: 1,
                len: 6,
            }))
            .hint("did you mean `budget`?");
        let text = d.render(&sources);
        assert_eq!(
            text,
            "data/p.yaml:2:1: error: unknown key `budjet`\n  |\n2 | budjet: 3\n  | ^^^^^^\n  = hint: did you mean `budget`?\n"
        );
    }

    #[test]
    fn suggests_close_words_only() {
        let keys = ["budget", "members", "state"];
        assert_eq!(did_you_mean("budjet", keys), Some("budget"));
        assert_eq!(did_you_mean("menbers", keys), Some("members"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }
}
