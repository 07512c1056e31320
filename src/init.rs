//! `gabarit init`: writes a complete example programme into a folder, to
//! make one's own from it. The example is the second programme gabarit is
//! tested on (a communauté d'agglomération as lead, a partner country with
//! its currency, four budget years, a late joiner, a member without a
//! partner…), so every key is there, commented, and `gabarit check`
//! passes on it at once.

use crate::Diagnostic;
use std::path::{Path, PathBuf};

/// The files `init` writes, by name.
pub const FILES: &[(&str, &[u8])] = &[
    (
        "programme.yaml",
        include_bytes!("../tests/programmes/pays-d-auge-cap-vert/programme.yaml"),
    ),
    (
        "ledger.csv",
        include_bytes!("../tests/programmes/pays-d-auge-cap-vert/ledger.csv"),
    ),
    (
        "participants.csv",
        include_bytes!("../tests/programmes/pays-d-auge-cap-vert/participants.csv"),
    ),
    (
        "logo.png",
        include_bytes!("../tests/programmes/pays-d-auge-cap-vert/logo.png"),
    ),
];

/// The comment put at the top of the programme file `init` writes.
const HEADER: &str = "\
# Written by `gabarit init`: an example programme to make your own.
# Replace the values with your programme's, keep the keys, then run
#   gabarit check programme.yaml     (in this folder)
# until it says the programme is consistent, and
#   gabarit build --data programme.yaml --out documents
# The comments below describe the example; every key is explained in the
# README of gabarit (\"The data, for the people who edit it\").
#
";

/// Why `init` wrote nothing: a diagnostic of rule `init`.
fn init_error(message: String, hint: &str) -> Diagnostic {
    Diagnostic::error("init", message).hint(hint)
}

/// Writes the example programme into `dir` (made if missing). Refuses,
/// writing nothing, when one of its files is already there. Returns the
/// files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let existing: Vec<String> = FILES
        .iter()
        .map(|(name, _)| dir.join(name))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(init_error(
            format!(
                "{} already exist(s): nothing was written",
                existing.join(", ")
            ),
            "give the name of a new folder, e.g. `gabarit init mon-programme`",
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        init_error(
            format!("cannot make the folder {}: {e}", dir.display()),
            "check the path, and that you may write there",
        )
    })?;
    let mut written = Vec::new();
    for (name, bytes) in FILES {
        let path = dir.join(name);
        let mut content = Vec::with_capacity(bytes.len() + HEADER.len());
        if *name == "programme.yaml" {
            content.extend_from_slice(HEADER.as_bytes());
        }
        content.extend_from_slice(bytes);
        crate::output::write_atomic(&path, &content).map_err(|e| {
            init_error(
                format!("cannot write {}: {e}", path.display()),
                "check that you may write in this folder, and that the disk is not full",
            )
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_checks_at_once_and_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let target = dir.path().join("nouveau");
        let files = init(&target).expect("init writes");
        assert_eq!(files.len(), FILES.len());
        let loaded = crate::load(&target.join("programme.yaml"));
        let errors: Vec<_> = crate::check(&loaded)
            .into_iter()
            .filter(|d| d.severity == crate::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        let before = std::fs::read(target.join("programme.yaml")).expect("written");
        let again = init(&target).expect_err("a second init refuses");
        assert!(again.message.contains("already exist"), "{again:?}");
        assert_eq!(
            std::fs::read(target.join("programme.yaml")).expect("kept"),
            before
        );
    }
}
