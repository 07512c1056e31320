//! Documents that are acts (issue 24), end to end on the shipped
//! programme, through the `gabarit` binary: what was issued is never
//! rewritten; a change of the data after issue is said, and makes an
//! amendment; a signed copy is checked against the original; a kill at
//! any moment of `issue` leaves a register that loads and an archive
//! that matches it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `gabarit` in English with `args`.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .env_remove("SOURCE_DATE_EPOCH")
        .args(args)
        .output()
        .expect("gabarit runs")
}

fn ok(args: &[&str]) -> (String, String) {
    let out = run(args);
    let (stdout, stderr) = (common::text(&out.stdout), common::text(&out.stderr));
    assert!(
        out.status.success(),
        "gabarit {args:?} failed:\n{stdout}\n{stderr}"
    );
    (stdout, stderr)
}

struct Scenario {
    _dir: tempfile::TempDir,
    data: PathBuf,
    out: PathBuf,
}

impl Scenario {
    fn new() -> Scenario {
        let dir = tempfile::tempdir().unwrap();
        common::copy_shipped_data(dir.path());
        Scenario {
            data: dir.path().join("programme.yaml"),
            out: dir.path().join("output"),
            _dir: dir,
        }
    }

    fn data(&self) -> &str {
        self.data.to_str().unwrap()
    }

    fn out(&self) -> &str {
        self.out.to_str().unwrap()
    }

    fn build(&self) -> (String, String) {
        ok(&["build", "--data", self.data(), "--out", self.out(), "-q"])
    }

    fn issue(&self, extra: &[&str]) -> Output {
        let mut args = vec!["issue", "--data", self.data(), "--out", self.out()];
        args.extend(extra);
        run(&args)
    }

    fn file(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn status(&self) -> serde_json::Value {
        let (stdout, _) = ok(&[
            "status",
            "--data",
            self.data(),
            "--out",
            self.out(),
            "--format",
            "json",
        ]);
        serde_json::from_str(&stdout).expect("status --format json is JSON")
    }

    /// Edits the programme: `from` (once) becomes `to`.
    fn edit(&self, from: &str, to: &str) {
        let text = std::fs::read_to_string(&self.data).unwrap();
        assert!(text.contains(from), "{from:?} not in the programme");
        std::fs::write(&self.data, text.replacen(from, to, 1)).unwrap();
    }

    /// A member joins the programme on 15 March 2008, with its own
    /// convention: the 2008 contributions grow by 350 €, the lead's own
    /// funds shrink as much, and the 2008 mission plans its days.
    fn add_a_member(&self) {
        self.edit(
            "members:\n",
            "members:\n  - id: nouvelle\n    kind: commune\n    name: \"Commune de NOUVELLE\"\n    short_name: \"Nouvelle\"\n    departement: \"79\"\n    insee: \"79999\"\n    siren: \"217999994\"\n    joined: 2008-03-15\n    convention_date: 2008-03-15\n    address:\n      lines: [\"Hôtel de ville\"]\n      postal_code: \"79000\"\n      city: \"Nouvelle\"\n    signatory: { civility: \"Mme\", first_name: \"Claire\", last_name: \"NOUVEAU\" }\n    referent: { civility: \"M.\", first_name: \"Luc\", last_name: \"TEST\", quality: \"chargé de mission\", email: \"luc@nouvelle.example\" }\n    deliberation: { date: 2008-02-20 }\n    partner:\n      name: \"ATAKPAME\"\n      short_name: \"Atakpamé\"\n      kind: commune\n      organisation: \"Délégation spéciale d'Atakpamé\"\n      address: { lines: [\"Mairie\"], city: \"Atakpamé\", country: \"Togo\" }\n      signatory: { civility: \"M.\", first_name: \"Kodjo\", last_name: \"ESSAI\", quality: \"président de la délégation spéciale\" }\n    activities:\n      2008: \"Adhésion au programme en mars.\"\n",
        );
        self.edit(
            "forecast: { 2006: 4900.00, 2007: 4900.00, 2008: 4900.00 }",
            "forecast: { 2006: 4900.00, 2007: 4900.00, 2008: 5250.00 }",
        );
        self.edit(
            "forecast: { 2006: 0.00, 2007: 10663.24, 2008: 19835.00 }",
            "forecast: { 2006: 0.00, 2007: 10663.24, 2008: 19485.00 }",
        );
        self.edit(
            "        bressuire: { planned: 2, done: 2 }\n",
            "        bressuire: { planned: 2, done: 2 }\n        nouvelle: { planned: 2 }\n",
        );
        self.edit("issued:\n", "issued:\n  amendments: 2008-03-20\n");
    }
}

fn row<'a>(status: &'a serde_json::Value, document: &str) -> &'a serde_json::Value {
    status
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|r| r["document"] == document)
        .unwrap_or_else(|| panic!("{document} not in the status: {status:#}"))
}

const STATE: &str = "conventions/convention-etat-cofinancement";
const ISSUED: [&str; 3] = [
    "conventions/convention-etat-cofinancement",
    "conventions/convention-programme-bressuire",
    "conventions/convention-programme-cerizay",
];

#[test]
fn issued_documents_stay_as_issued_and_a_change_makes_an_amendment() {
    let s = Scenario::new();
    s.build();
    let (stdout, _) = {
        let out = s.issue(&[
            "convention-etat-cofinancement",
            "convention-programme-bressuire",
            "conventions/convention-programme-cerizay",
            "--date",
            "2006-11-30",
        ]);
        assert!(out.status.success(), "{}", common::text(&out.stderr));
        (common::text(&out.stdout), ())
    };
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    // Numbered by the family's scheme, in the plan's order.
    assert!(stdout.contains("2006-CONV-001"), "{stdout}");
    assert!(stdout.contains("2006-CONV-003"), "{stdout}");
    let register = std::fs::read_to_string(s.data.with_file_name("registre.yaml")).unwrap();
    assert!(register.contains("number: \"2006-CONV-002\""), "{register}");
    let state_number = {
        let status = s.status();
        let r = row(&status, STATE);
        assert_eq!(r["state"], "issued", "{r:#}");
        r["number"].as_str().unwrap().to_string()
    };
    let before: Vec<(String, Vec<u8>)> = ISSUED
        .iter()
        .flat_map(|d| ["pdf", "docx"].map(|e| format!("{d}.{e}")))
        .map(|rel| (rel.clone(), s.file(&rel)))
        .collect();

    // Issued twice: refused, the register unchanged.
    let again = s.issue(&["convention-etat-cofinancement", "--date", "2007-01-01"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(common::text(&again.stderr).contains("already issued"));
    assert_eq!(
        std::fs::read_to_string(s.data.with_file_name("registre.yaml")).unwrap(),
        register
    );

    s.add_a_member();
    let (stdout, stderr) = s.build();
    // The issued files, byte for byte; said once, in one line.
    for (rel, bytes) in &before {
        assert!(s.file(rel) == *bytes, "{rel} was rewritten");
    }
    assert!(
        stdout.contains("3 issued documents left as issued"),
        "{stdout}"
    );
    // The State convention is said as changed since issue, value by value,
    // in the warnings of build and of check.
    for said in [stderr, common::text(&run(&["check", s.data()]).stderr)] {
        assert!(
            said.contains(&format!("act no. {state_number} of 30/11/2006")),
            "{said}"
        );
        assert!(said.contains("4 900,00 € → 5 250,00 €"), "{said}");
        assert!(said.contains("19 835,00 € → 19 485,00 €"), "{said}");
        // Not the member conventions: their text did not change.
        assert!(!said.contains("2006-CONV-002 of"), "{said}");
    }
    // The new member's convention is made; the issued ones are not again.
    assert!(
        s.out
            .join("conventions/convention-programme-nouvelle.pdf")
            .is_file()
    );
    // The amendment cites the convention's number and date, and each
    // changed annex line with its former and new value.
    let avenant = s.file("conventions/avenant-1-convention-etat-cofinancement.docx");
    let text = common::docx_runs(&common::docx_part(&avenant, "word/document.xml")).join(" ");
    let text = common::normal(&text);
    for needed in [
        "AVENANT N° 1",
        &format!("n° {state_number} du 30 novembre 2006"),
        "Fonds propres de la collectivité chef de file, 2008",
        "19 835,00 €",
        "19 485,00 €",
        "4 900,00 €",
        "5 250,00 €",
        "20 mars 2008",
    ] {
        assert!(
            text.contains(&common::normal(needed)),
            "{needed:?} not in the avenant:\n{text}"
        );
    }
    let status = s.status();
    assert_eq!(row(&status, STATE)["state"], "changed");
    assert!(
        !row(&status, STATE)["changes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(row(&status, ISSUED[1])["state"], "issued");
    assert_eq!(
        row(&status, "conventions/convention-programme-nouvelle")["state"],
        "up-to-date"
    );
    assert_eq!(
        row(
            &status,
            "conventions/avenant-1-convention-etat-cofinancement"
        )["state"],
        "up-to-date"
    );
    let (table, _) = ok(&["status", "--data", s.data(), "--out", s.out()]);
    assert!(table.contains("changed since issue"), "{table}");

    // The amendment issued in turn: the convention is up to date with it,
    // and no second amendment is made.
    let out = s.issue(&[
        "avenant-1-convention-etat-cofinancement",
        "--date",
        "2008-03-20",
    ]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    assert!(common::text(&out.stdout).contains("2008-AV-001"));
    let (_, stderr) = s.build();
    assert!(!stderr.contains("changed since"), "{stderr}");
    let status = s.status();
    assert_eq!(row(&status, STATE)["state"], "issued");
    assert_eq!(
        row(
            &status,
            "conventions/avenant-1-convention-etat-cofinancement"
        )["amends"],
        STATE
    );
    assert!(
        !s.out
            .join("conventions/avenant-2-convention-etat-cofinancement.pdf")
            .exists()
    );

    // A family issues those of its documents not issued yet.
    let out = s.issue(&["conventions-programme", "--date", "2008-03-20"]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let said = common::text(&out.stdout);
    assert!(
        said.contains("conventions/convention-programme-nouvelle"),
        "{said}"
    );
    assert!(!said.contains("convention-programme-bressuire —"), "{said}");
    assert!(
        said.contains("2 documents issued already left out"),
        "{said}"
    );
    let again = s.issue(&["conventions-programme", "--date", "2008-03-20"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(common::text(&again.stderr).contains("nothing to issue"));

    // Withdrawn, a document is made again under its name.
    let out = s.issue(&[
        "--withdraw",
        "convention-programme-cerizay",
        "--reason",
        "erreur sur le signataire",
        "--date",
        "2007-01-05",
    ]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let status = s.status();
    assert_eq!(row(&status, ISSUED[2])["state"], "withdrawn");
}

#[test]
fn a_build_says_what_it_left_out_of_date() {
    let s = Scenario::new();
    s.build();
    // Said in the conventions only.
    s.edit(
        "court: \"tribunal administratif de Poitiers\"",
        "court: \"tribunal administratif de Limoges\"",
    );
    let (stdout, _) = ok(&[
        "build",
        "--data",
        s.data(),
        "--out",
        s.out(),
        "-q",
        "--kind",
        "rapport-final",
    ]);
    // The conventions (each names the court), and nothing else.
    assert!(
        stdout.contains("15 documents are out of date with the data and were not made"),
        "{stdout}"
    );
    assert!(
        stdout.contains("conventions/convention-programme-bressuire"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("gabarit build --data {}", s.data())),
        "{stdout}"
    );
    let status = s.status();
    assert_eq!(row(&status, STATE)["state"], "out-of-date");
    assert_eq!(row(&status, "reports/rapport-final")["state"], "up-to-date");
}

/// Signs `pdf` into `signed` with an incremental update, as a parapheur
/// does: pyhanko, with a throw-away certificate made for the test.
fn sign(pdf: &Path, signed: &Path) -> Option<Output> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sign_pdf.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(pdf)
        .arg(signed)
        .output()
        .ok()?;
    Some(out)
}

fn pyhanko_here() -> bool {
    let here = Command::new("python3")
        .args(["-c", "import pyhanko, cryptography"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !here {
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "pyhanko is missing (PyPI: pyhanko), and GABARIT_REQUIRE_READBACK is set"
        );
        eprintln!("skipped: pyhanko is not installed");
    }
    here
}

#[test]
fn a_signed_copy_is_stored_when_its_first_revision_is_the_original() {
    if !pyhanko_here() {
        return;
    }
    let s = Scenario::new();
    let out = s.issue(&["convention-etat-cofinancement", "--date", "2006-11-30"]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let archived = s.data.with_file_name(
        "archive/conventions/convention-etat-cofinancement/1/convention-etat-cofinancement.pdf",
    );
    let dir = tempfile::tempdir().unwrap();

    // A PDF whose first revision is not the original (another document
    // of the programme, signed): refused, nothing stored.
    let other = s.issue(&["convention-programme-bressuire", "--date", "2006-11-30"]);
    assert!(other.status.success(), "{}", common::text(&other.stderr));
    let other_pdf = s.data.with_file_name(
        "archive/conventions/convention-programme-bressuire/1/convention-programme-bressuire.pdf",
    );
    let forged = dir.path().join("forged.pdf");
    let signed = sign(&other_pdf, &forged).expect("python3 runs");
    assert!(signed.status.success(), "{}", common::text(&signed.stderr));
    let refused = s.issue(&[
        "--signed",
        forged.to_str().unwrap(),
        "convention-etat-cofinancement",
    ]);
    assert_eq!(refused.status.code(), Some(1));
    let said = common::text(&refused.stderr);
    assert!(
        said.contains("its first revision is not the issued original"),
        "{said}"
    );
    let register = std::fs::read_to_string(s.data.with_file_name("registre.yaml")).unwrap();
    assert!(!register.contains("signed:"), "{register}");

    // The original, signed: stored, and said electronic.
    let good = dir.path().join("signed.pdf");
    let signed = sign(&archived, &good).expect("python3 runs");
    assert!(signed.status.success(), "{}", common::text(&signed.stderr));
    let (stdout, _) = ok(&[
        "issue",
        "--data",
        s.data(),
        "--out",
        s.out(),
        "--signed",
        good.to_str().unwrap(),
        "convention-etat-cofinancement",
        "--date",
        "2006-12-04",
    ]);
    assert!(
        stdout.contains("first revision is the issued original"),
        "{stdout}"
    );
    let register = std::fs::read_to_string(s.data.with_file_name("registre.yaml")).unwrap();
    assert!(register.contains("kind: electronic"), "{register}");
    let kept = archived.with_file_name("convention-etat-cofinancement-signe.pdf");
    assert_eq!(std::fs::read(kept).unwrap(), std::fs::read(&good).unwrap());
    assert_eq!(row(&s.status(), STATE)["signed"], "electronic");
}

/// Every act of the register at `data`'s folder has its archive, each
/// file with the digest the register gives.
fn register_matches_archive(data: &Path) -> usize {
    let loaded = gabarit::load(data);
    assert!(
        !loaded.has_errors(),
        "{:#?}",
        loaded
            .diagnostics
            .iter()
            .map(|d| &d.message)
            .collect::<Vec<_>>()
    );
    let p = loaded.programme.expect("the programme loads");
    for act in &p.register.acts {
        for f in &act.files {
            let path = data.with_file_name(&act.archive).join(&f.name);
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                gabarit::output::sha256_hex(&bytes),
                f.sha256,
                "{}",
                path.display()
            );
        }
    }
    p.register.acts.len()
}

#[test]
fn a_kill_at_any_moment_of_issue_leaves_a_register_that_matches_its_archive() {
    let s = Scenario::new();
    let documents = [
        "convention-programme-bressuire",
        "convention-programme-cerizay",
        "convention-programme-coulon",
        "convention-etat-cofinancement",
        "etat-financier-2006",
        "rapport-intermediaire-2006",
    ];
    // Delays that fall before, during and after the writing.
    let mut delay_ms = 5u64;
    let mut issued = 0;
    for round in 0..18 {
        let document = documents[round % documents.len()];
        let mut child = Command::new(env!("CARGO_BIN_EXE_gabarit"))
            .env("GABARIT_LANG", "en")
            .args([
                "issue",
                "--data",
                s.data(),
                document,
                "--date",
                "2009-01-01",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("gabarit starts");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        delay_ms = (delay_ms * 7 + 13) % 400;
        issued = register_matches_archive(&s.data);
    }
    // And the next issue, not killed, goes through whatever was left.
    let out = s.issue(&["rapport-final", "--date", "2009-01-01"]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    assert_eq!(register_matches_archive(&s.data), issued + 1);
}

#[test]
fn a_mail_merge_never_writes_over_an_issued_document() {
    let s = Scenario::new();
    s.build();
    let out = s.issue(&["convention-etat-cofinancement", "--date", "2006-11-30"]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let rel = "conventions/convention-etat-cofinancement.pdf";
    let issued = s.file(rel);
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("lettre.md.tera");
    std::fs::write(&template, "Bonjour {{ row.nom }}.\n").unwrap();
    let list = dir.path().join("liste.csv");
    std::fs::write(&list, "nom\nMarie\n").unwrap();
    let folder = s.out.join("conventions");
    let merged = run(&[
        "merge",
        template.to_str().unwrap(),
        "--list",
        list.to_str().unwrap(),
        "--out",
        folder.to_str().unwrap(),
        "--name",
        "convention-etat-cofinancement",
    ]);
    assert_eq!(merged.status.code(), Some(1));
    assert!(
        common::text(&merged.stderr).contains("is an issued document"),
        "{}",
        common::text(&merged.stderr)
    );
    assert!(s.file(rel) == issued, "the issued PDF was written over");
}
