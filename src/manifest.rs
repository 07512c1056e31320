//! `manifest.json`: what a build wrote and from what, to prove later that a
//! signed PDF is the one the data produced, and to re-render only what
//! changed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Path relative to the output folder (`conventions/….pdf`).
    pub path: String,
    /// Kind folder.
    pub kind: String,
    /// The document's name (its record).
    pub record: String,
    /// `pdf` or `docx`.
    pub format: String,
    /// Pages, as laid out by gabarit (0 for DOCX: Word paginates).
    pub pages: usize,
    /// Size in bytes.
    pub bytes: usize,
    /// sha256 of the file.
    pub sha256: String,
    /// Digest of everything it was made from (gabarit version, data files,
    /// templates): unchanged inputs and an intact file mean nothing to do.
    pub inputs: String,
}

/// The manifest of an output folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The gabarit version that wrote it.
    pub gabarit: String,
    /// sha256 of each data file, by path.
    pub data: BTreeMap<String, String>,
    /// sha256 of each template, by name.
    pub templates: BTreeMap<String, String>,
    /// The outputs, sorted by path.
    pub outputs: Vec<Entry>,
}

/// The manifest's file name in the output folder.
pub const FILE: &str = "manifest.json";

impl Manifest {
    /// Reads the manifest of `out`, if there is a readable one.
    pub fn read(out: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(out.join(FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// The manifest as stable, indented JSON.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
