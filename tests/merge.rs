//! Mail merge (`gabarit merge`): 1 000 letters from a 1 000-row list, as
//! CSV and as the spreadsheet LibreOffice Calc writes from it; the same
//! letters either way; lists with faults refused with their place.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{gabarit, text};

const TEMPLATE: &str = "examples/publipostage/lettre.md.tera";

/// A list of `n` associations, with accents, in CSV (`;`).
fn list(n: usize) -> String {
    let mut out = String::from("association;civilite;prenom;nom;adresse;code_postal;ville\n");
    for i in 1..=n {
        let (civ, first) = if i % 2 == 0 {
            ("Mme", "Élodie")
        } else {
            ("M.", "Jérôme")
        };
        out.push_str(&format!(
            "Association n° {i} de Ruffec;{civ};{first};MODÈLE-{i};{i}, rue des Écoles;16700;Ruffec\n"
        ));
    }
    out
}

fn merge(list: &Path, out: &Path, name: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "merge",
        TEMPLATE,
        "--list",
        list.to_str().expect("a UTF-8 path"),
        "--out",
        out.to_str().expect("a UTF-8 path"),
        "--data",
        "data/programme.yaml",
        "--date",
        "2008-05-15",
        "--name",
        name,
    ];
    args.extend_from_slice(extra);
    gabarit(&args)
}

fn pdf_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn a_thousand_letters_from_a_csv_and_from_a_spreadsheet() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv = dir.path().join("associations.csv");
    std::fs::write(&csv, list(1000)).expect("the list is written");
    let from_csv = dir.path().join("csv");
    let run = merge(&csv, &from_csv, "lettre-{n}-{nom}", &["--format", "pdf"]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(text(&run.stdout).contains("1000 documents, 1000 files"));
    assert_eq!(pdf_count(&from_csv), 1000);
    let first = from_csv.join("lettre-0001-modele-1.pdf");
    assert!(first.exists());

    // The same list as LibreOffice Calc saves it (XLSX).
    let soffice = Command::new("soffice").arg("--version").output();
    if !soffice.is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "LibreOffice is not installed; .ci/run installs it"
        );
        eprintln!("merge: SKIPPED the spreadsheet: LibreOffice is not installed");
        return;
    }
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let convert = Command::new("soffice")
        .args([
            "--headless",
            &profile,
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&csv)
        .output()
        .expect("LibreOffice runs");
    let xlsx = dir.path().join("associations.xlsx");
    assert!(
        xlsx.exists(),
        "LibreOffice wrote no XLSX: {}",
        text(&convert.stderr)
    );
    let from_xlsx = dir.path().join("xlsx");
    let run = merge(&xlsx, &from_xlsx, "lettre-{n}-{nom}", &[]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(text(&run.stdout).contains("1000 documents, 2000 files"));
    assert_eq!(pdf_count(&from_xlsx), 1000);
    // The same letters: the spreadsheet's cells read as the CSV's text
    // (the postal code 16700, a number in Calc, reads as 16700).
    for name in [
        "lettre-0001-modele-1.pdf",
        "lettre-0500-modele-500.pdf",
        "lettre-1000-modele-1000.pdf",
    ] {
        let a = std::fs::read(from_csv.join(name)).expect("the CSV's letter");
        let b = std::fs::read(from_xlsx.join(name)).expect("the spreadsheet's letter");
        assert!(a == b, "{name} differs between the CSV and the spreadsheet");
    }
}

#[test]
fn a_faulty_list_or_pattern_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("out");
    // A line with a field too many: its line.
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "association;civilite;prenom;nom;adresse;code_postal;ville\nA;M.;B;C;D;1;E;F\n",
    )
    .expect("written");
    let run = merge(&csv, &out, "{n}", &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("bad.csv:2:1: error: this line has 8 fields"),
        "{}",
        text(&run.stderr)
    );
    // A column the pattern names that the list lacks.
    std::fs::write(&csv, list(3)).expect("written");
    let run = merge(&csv, &out, "{nome}", &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("did you mean `nom`"),
        "{}",
        text(&run.stderr)
    );
    // Two rows that would give one file name.
    let run = merge(&csv, &out, "{ville}", &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("would both be written as `ruffec`"),
        "{}",
        text(&run.stderr)
    );
    assert!(!out.exists(), "nothing is written");
    // A list of another kind.
    let other = dir.path().join("list.pdf");
    std::fs::write(&other, "x").expect("written");
    let run = merge(&other, &out, "{n}", &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("is not a list gabarit reads"),
        "{}",
        text(&run.stderr)
    );
    // A device that never ends is not read.
    if Path::new("/dev/zero").exists() {
        let run = merge(Path::new("/dev/zero"), &out, "{n}", &[]);
        assert_eq!(run.status.code(), Some(1));
        assert!(
            text(&run.stderr).contains("is not an ordinary file"),
            "{}",
            text(&run.stderr)
        );
    }
}
