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

/// Why `init` wrote nothing: a diagnostic of rule `init`.
fn init_error(message: String, hint: String) -> Diagnostic {
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
            crate::t!(
                "init-exists",
                files = existing.join(", "),
                count = existing.len()
            ),
            crate::t!("init-exists-hint"),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        init_error(
            crate::t!(
                "init-cannot-make",
                folder = dir.display().to_string(),
                reason = crate::i18n::io_reason(&e)
            ),
            crate::t!("init-cannot-make-hint"),
        )
    })?;
    let mut written = Vec::new();
    for (name, bytes) in FILES {
        let path = dir.join(name);
        let mut content = Vec::with_capacity(bytes.len() + 1024);
        if *name == "programme.yaml" {
            // The comment put at the top of the programme file, in the
            // language.
            content.extend_from_slice(crate::t!("init-header").as_bytes());
            content.extend_from_slice(b"\n#\n");
        }
        content.extend_from_slice(bytes);
        crate::output::write_atomic(&path, &content).map_err(|e| {
            init_error(
                crate::t!(
                    "init-cannot-write",
                    file = path.display().to_string(),
                    reason = crate::i18n::io_reason(&e)
                ),
                crate::t!("init-cannot-write-hint"),
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
