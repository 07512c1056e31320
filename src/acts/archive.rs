//! The archive of issued documents, beside the register: where each
//! act's files are, and reading them back checked against the digests
//! the register holds.

use std::path::{Path, PathBuf};

use crate::Diagnostic;
use crate::model::register::Act;
use crate::model::{Programme, register_path};
use crate::t;

/// Where a programme keeps its register and archive.
#[derive(Debug, Clone)]
pub struct Place {
    /// The register file.
    pub register: PathBuf,
    /// The folder the register's `archive` paths are relative to.
    pub base: PathBuf,
    /// The register's text, read once when a diagnostic first needs a
    /// line of it.
    text: std::sync::OnceLock<String>,
}

impl Place {
    /// The register and archive of the programme at `data`.
    pub fn of(data: &Path, p: &Programme) -> Place {
        let register = register_path(data, p);
        let base = register
            .parent()
            .filter(|b| !b.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        Place {
            register,
            base,
            text: std::sync::OnceLock::new(),
        }
    }

    /// The archive folder of `act`.
    pub fn folder_of(&self, act: &Act) -> PathBuf {
        self.base.join(&act.archive)
    }

    /// The archived file `name` of `act`, when both the act's folder and
    /// the name stay inside the register's folder (a register edited by
    /// hand to name `../../etc/passwd` names nothing).
    pub fn file_of(&self, act: &Act, name: &str) -> Option<PathBuf> {
        let folder = crate::inside(&act.archive)?;
        let name = crate::inside(name).filter(|n| n.components().count() == 1)?;
        Some(self.base.join(folder).join(name))
    }

    /// Reads the archived file `name` of `act`, checking it against the
    /// digest the register holds: a file missing or changed is an error.
    pub fn read(&self, act: &Act, name: &str) -> Result<Vec<u8>, Diagnostic> {
        let path = self.folder_of(act).join(name);
        let damaged = |reason: String| {
            Diagnostic::error(
                "register",
                t!(
                    "register-archive-damaged",
                    number = act.number.as_str(),
                    path = path.display().to_string(),
                    reason = reason
                ),
            )
            .in_file(self.register.display().to_string(), self.line_of(act), 0)
            .hint(t!("register-archive-damaged-hint"))
        };
        let Some(digest) = act.digest(name) else {
            return Err(damaged(t!("register-not-listed")));
        };
        let Some(path) = self.file_of(act, name) else {
            return Err(damaged(t!("register-not-listed")));
        };
        let bytes = std::fs::read(&path).map_err(|e| damaged(crate::i18n::io_reason(&e)))?;
        if crate::output::sha256_hex(&bytes) != digest {
            return Err(damaged(t!("register-digest-differs")));
        }
        Ok(bytes)
    }

    /// Puts the issued files of `act` in `formats` into the build folder
    /// `out` (written when missing or different, never through a link),
    /// and gives their manifest entries, marked issued.
    pub fn put_back(
        &self,
        act: &Act,
        out: &Path,
        formats: impl IntoIterator<Item = crate::Format>,
    ) -> Result<Vec<crate::manifest::Entry>, Diagnostic> {
        let (folder, name) = act
            .document
            .split_once('/')
            .unwrap_or(("", act.document.as_str()));
        let mut entries = Vec::new();
        for format in formats {
            let file = format!("{name}.{}", format.extension());
            if act.digest(&file).is_none() {
                continue;
            }
            let bytes = self.read(act, &file)?;
            let rel = format!("{}.{}", act.document, format.extension());
            let path = out.join(&rel);
            let sha256 = crate::output::sha256_hex(&bytes);
            if !std::fs::read(&path).is_ok_and(|b| crate::output::sha256_hex(&b) == sha256) {
                crate::build::folder_in(&out.join(folder))?;
                crate::output::write_atomic(&path, &bytes).map_err(|e| {
                    crate::build::io_failure(
                        &path,
                        "build-cannot-write",
                        &e,
                        "build-cannot-write-hint",
                    )
                })?;
            }
            entries.push(crate::manifest::Entry {
                path: rel,
                kind: folder.to_string(),
                record: name.to_string(),
                format: format.extension().to_string(),
                pages: 0,
                bytes: bytes.len(),
                sha256,
                inputs: format!("issued {}", act.number),
            });
        }
        Ok(entries)
    }

    /// The line of the register where `act` is written (1 when unknown).
    pub fn line_of(&self, act: &Act) -> usize {
        let text = self
            .text
            .get_or_init(|| std::fs::read_to_string(&self.register).unwrap_or_default());
        let wanted = format!(
            "number: {}",
            serde_json::to_string(&act.number).unwrap_or_default()
        );
        let mut start = 1;
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("- document:") {
                start = i + 1;
            }
            if line.trim() == wanted {
                return start;
            }
        }
        1
    }
}
