//! Conventions and statements can be signed where their parties sign: each
//! signing party of each convention (and the ordonnateur and the public
//! accountant of each statement) gets one empty signature field, named
//! after it, inside the page, over the blank room left for it and on no
//! text, and read, in the structure tree, right after its party. Read back with pikepdf (PyPI) and `pdftotext -bbox`, which share
//! no code with gabarit; `.ci/run` installs pikepdf.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The PDFs of one folder of a build of `data` into `out`.
fn built(data: &str, out: &Path, folder: &str) -> Vec<PathBuf> {
    let run = Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("GABARIT_LANG", "en")
        .args(["build", "--data", data, "--out"])
        .arg(out)
        .args(["--kind", folder, "--format", "pdf", "-q"])
        .output()
        .expect("gabarit runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(out.join(folder))
        .expect("the folder is made")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    files
}

/// One field as the checker read it.
#[derive(Debug)]
struct Field {
    file: String,
    page: String,
    name: String,
    empty: bool,
    inside: bool,
    /// The structure type read just before the field.
    read_after: String,
    overlapping: String,
}

/// The fields of `files`, read by `tests/signature_fields.py`; none when
/// pikepdf is missing and CI does not require it.
fn fields(files: &[PathBuf]) -> Option<Vec<Field>> {
    let python = ["python3", "/usr/bin/python3"].into_iter().find(|py| {
        Command::new(py)
            .args(["-c", "import pikepdf"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "pikepdf is not installed; .ci/run installs it"
        );
        eprintln!("signatures: SKIPPED: pikepdf is not installed (pip install pikepdf)");
        return None;
    };
    let out = Command::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/signature_fields.py"
        ))
        .args(files)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                Field {
                    file: c[0].to_string(),
                    page: c[1].to_string(),
                    name: c[2].to_string(),
                    empty: c[3] == "1",
                    inside: c[4] == "1",
                    read_after: c.get(5).unwrap_or(&"").to_string(),
                    overlapping: c.get(6).unwrap_or(&"").to_string(),
                }
            })
            .collect(),
    )
}

fn check(data: &str, folder: &str, parties_per_file: usize, named: &str) {
    let out = tempfile::tempdir().unwrap();
    let files = built(data, out.path(), folder);
    assert!(!files.is_empty());
    let Some(fields) = fields(&files) else {
        return;
    };
    for file in &files {
        let file = file.display().to_string();
        let mine: Vec<&Field> = fields.iter().filter(|f| f.file == file).collect();
        assert_eq!(
            mine.len(),
            parties_per_file,
            "{file}: one field per signing party: {mine:#?}"
        );
        let mut names: Vec<&str> = mine.iter().map(|f| f.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), mine.len(), "{file}: distinct names");
        for f in mine {
            assert!(f.empty, "{file}: an empty, printable /Sig field: {f:?}");
            assert!(f.inside, "{file}: inside the page: {f:?}");
            assert!(f.overlapping.is_empty(), "{file}: on no text: {f:?}");
            // A screen reader reaches the field right after its party's
            // paragraph, not at the end of the file (after an annex).
            assert_eq!(
                f.read_after, "/P",
                "{file}: read after its party's paragraph: {f:?}"
            );
            assert!(
                f.name.starts_with(named),
                "{file}: named after its party: {f:?}"
            );
            assert!(f.page != "None", "{file}: on a page: {f:?}");
        }
    }
}

#[test]
fn each_party_of_each_convention_has_its_empty_signature_field() {
    let fixture = "tests/programmes/pays-d-auge-cap-vert/programme.yaml";
    for data in ["data/programme.yaml", fixture] {
        check(data, "conventions", 2, "Signature – Pour ");
    }
}

#[test]
fn the_ordonnateur_and_the_accountant_sign_each_statement_in_its_field() {
    check("data/programme.yaml", "statements", 2, "Signature – ");
}
