//! Source files read by gabarit, kept in memory so that diagnostics can
//! quote the line they point at.

use std::path::{Path, PathBuf};

/// Index of a file inside a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// One file as it was read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or as resolved from the programme file).
    pub path: PathBuf,
    /// The whole text, decoded as UTF-8.
    pub text: String,
}

impl SourceFile {
    /// The text of line `line` (1-based), without its line break.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        self.text
            .split('\n')
            .nth(line.checked_sub(1)?)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }

    /// Converts a byte offset into a 1-based (line, column) pair; the column
    /// counts characters, not bytes, so that a marker lands under the right
    /// letter in an accented line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every file read while loading a programme.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its id.
    pub fn add(&mut self, path: impl Into<PathBuf>, text: String) -> FileId {
        self.files.push(SourceFile {
            path: path.into(),
            text,
        });
        FileId(self.files.len() - 1)
    }

    /// Replaces the text of a file already added.
    pub fn set_text(&mut self, id: FileId, text: String) {
        if let Some(file) = self.files.get_mut(id.0) {
            file.text = text;
        }
    }

    /// How many files were read.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file was read.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file behind `id`.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0)
    }

    /// The path of the file behind `id` (empty when unknown).
    pub fn path(&self, id: FileId) -> &Path {
        self.get(id)
            .map_or(Path::new(""), |file| file.path.as_path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile {
            path: "x".into(),
            text: "a: 1\nnom: Élancourt\n".into(),
        };
        let offset = file.text.find("ancourt").unwrap();
        assert_eq!(file.line_col(offset), (2, 8));
        assert_eq!(file.line_text(2), Some("nom: Élancourt"));
        assert_eq!(file.line_col(0), (1, 1));
    }

    #[test]
    fn line_text_strips_carriage_returns() {
        let file = SourceFile {
            path: "x".into(),
            text: "a\r\nb\r\n".into(),
        };
        assert_eq!(file.line_text(1), Some("a"));
        assert_eq!(file.line_text(3), Some(""));
        assert_eq!(file.line_text(4), None);
    }
}
