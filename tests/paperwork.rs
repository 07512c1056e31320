//! The paperwork of the shipped programme, built once and read back.

mod common;
use std::path::Path;
use std::process::Command;

use gabarit::Format;
use gabarit::plan::Selection;

fn options<'a>(
    data: &'a Path,
    out: &'a Path,
    selection: &'a Selection,
    formats: &'a [Format],
) -> gabarit::build::Options<'a> {
    gabarit::build::Options {
        data,
        out,
        selection,
        formats,
        jobs: 0,
        force: false,
        progress: false,
        templates: None,
    }
}

/// The text of every run of a DOCX's body, one per line.
fn docx_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    common::docx_runs(&common::docx_part(&bytes, "word/document.xml")).join("\n")
}

fn count(dir: &Path, ext: &str) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == ext)
        })
        .count()
}

#[test]
fn the_whole_paperwork_is_built_and_says_the_right_things() {
    let data = Path::new("data/programme.yaml");
    let loaded = gabarit::load(data);
    assert!(gabarit::check(&loaded).is_empty());
    let p = loaded.programme.unwrap();
    let out = tempfile::tempdir().unwrap();
    let summary = gabarit::build::build(
        &p,
        &options(
            data,
            out.path(),
            &Selection::default(),
            &[Format::Pdf, Format::Docx],
        ),
    )
    .unwrap();
    assert!(summary.failures.is_empty(), "{:?}", summary.failures);

    // 15 conventions (the lead signs none with itself), 4 statements, 4
    // reports, and the letters.
    for (folder, n) in [("conventions", 15), ("statements", 4), ("reports", 4)] {
        assert_eq!(count(&out.path().join(folder), "pdf"), n, "{folder}");
        assert_eq!(count(&out.path().join(folder), "docx"), n, "{folder}");
    }
    let invitations = out.path().join("invitations");
    let names: Vec<String> = std::fs::read_dir(&invitations)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let training = names
        .iter()
        .filter(|n| n.starts_with("convocation-formation-2008") && n.ends_with(".pdf"))
        .count();
    assert_eq!(
        training,
        p.participants.len(),
        "one training convocation per participant"
    );
    let exchange = names
        .iter()
        .filter(|n| n.starts_with("invitation-rencontre") && n.ends_with(".pdf"))
        .count();
    let expected_exchange: usize = p
        .participants
        .iter()
        .map(|x| {
            x.actions
                .iter()
                .filter(|a| a.starts_with("rencontre"))
                .count()
        })
        .sum();
    assert_eq!(
        exchange, expected_exchange,
        "one exchange-day invitation per participant and day"
    );
    assert!(
        names
            .iter()
            .any(|n| n == "invitation-copil-fr-2007-06-ambassade-togo.pdf")
    );
    assert!(
        names
            .iter()
            .any(|n| n == "invitation-copil-tg-2007-09-ambassade-france-togo.pdf")
    );
    assert!(
        names
            .iter()
            .any(|n| n == "invitation-copil-fr-2006-12-cites-unies-france.docx")
    );

    // Its files say what they are, who issues them, for which programme,
    // in which language, dated the document's date (never the clock).
    let docx = std::fs::read(
        out.path()
            .join("conventions/convention-programme-bressuire.docx"),
    )
    .unwrap();
    // `Normal` is the default paragraph style (issue 26).
    assert!(
        common::docx_part(&docx, "word/styles.xml")
            .contains(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#)
    );
    let core = common::docx_part(&docx, "docProps/core.xml");
    for part in [
        "<dc:title>Convention de partenariat avec la commune de Bressuire</dc:title>",
        "<dc:creator>Commune de Chauray</dc:creator>",
        "<dc:subject>Programme concerté de promotion",
        "<cp:keywords>PCPR-TG-2006-2008, conventions-programme</cp:keywords>",
        "<dc:language>fr-FR</dc:language>",
        ">2006-11-30T00:00:00Z</dcterms:created>",
    ] {
        assert!(core.contains(part), "{part} in {core}");
    }
    assert!(
        common::docx_part(&docx, "docProps/app.xml")
            .contains("<Company>Commune de Chauray</Company>")
    );

    // The Bressuire convention names its partner and the contribution in
    // figures and words.
    let bressuire = docx_text(
        &out.path()
            .join("conventions/convention-programme-bressuire.docx"),
    );
    assert!(bressuire.contains("Kpalimé"), "{bressuire}");
    assert!(
        bressuire.contains("trois cent cinquante euros (350,00\u{a0}€)"),
        "{bressuire}"
    );
    // The date does not break (no-break spaces inside it).
    assert!(
        bressuire.contains(
            "Fait à Chauray, le 30\u{a0}novembre\u{a0}2006, en deux exemplaires originaux."
        ),
        "{bressuire}"
    );

    // The State convention: the ceiling in figures and words.
    let state = docx_text(
        &out.path()
            .join("conventions/convention-etat-cofinancement.docx"),
    );
    assert!(state.contains("43\u{202f}425,76\u{a0}€"), "{state}");
    assert!(
        state.contains(
            "quarante-trois mille quatre cent vingt-cinq euros et soixante-seize centimes"
        )
    );
    assert!(state.contains("49\u{a0}%"));

    // The delegated-management convention converts at the fixed parity;
    // its ceiling counts the years from its signature (2007 and 2008).
    let delegation = docx_text(
        &out.path()
            .join("conventions/convention-maitrise-oeuvre-deleguee-copil-tg.docx"),
    );
    assert!(
        delegation.contains("6\u{202f}559\u{202f}570\u{a0}FCFA"),
        "{delegation}"
    );

    // Each statement's total equals the ledger's.
    for (name, year) in [
        ("etat-financier-2006", Some(2006)),
        ("etat-financier-2007", Some(2007)),
        ("etat-financier-2008", Some(2008)),
        ("etat-financier-final", None),
    ] {
        let text = docx_text(&out.path().join(format!("statements/{name}.docx")));
        let ledger: rust_decimal::Decimal = p
            .ledger
            .iter()
            .filter(|e| {
                e.kind == gabarit::model::EntryKind::Expense && year.is_none_or(|y| e.year == y)
            })
            .map(|e| e.amount.0)
            .sum();
        let total = gabarit::fr::money(ledger);
        assert!(
            text.contains(&total),
            "{name} does not show the ledger's total {total}"
        );
    }

    // French typography in the DOCX: a no-break space before every colon
    // of the text (times are written "14 h", addresses have no colon).
    for folder in ["conventions", "statements", "reports", "invitations"] {
        for entry in std::fs::read_dir(out.path().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "docx") {
                let text = docx_text(&path);
                for (i, _) in text.match_indices(':') {
                    let before = text[..i].chars().last();
                    assert_eq!(
                        before,
                        Some('\u{a0}'),
                        "{}: a colon without its no-break space in {:?}",
                        path.display(),
                        &text[i.saturating_sub(30)..i + 1]
                    );
                }
            }
        }
    }

    // Reproducible: the same build again gives the same bytes.
    let again = tempfile::tempdir().unwrap();
    let only = Selection {
        only: Some("bressuire".into()),
        ..Selection::default()
    };
    gabarit::build::build(
        &p,
        &options(data, again.path(), &only, &[Format::Pdf, Format::Docx]),
    )
    .unwrap();
    for name in [
        "conventions/convention-programme-bressuire.pdf",
        "conventions/convention-programme-bressuire.docx",
    ] {
        assert!(
            std::fs::read(out.path().join(name)).unwrap()
                == std::fs::read(again.path().join(name)).unwrap(),
            "{name} differs"
        );
    }
}

fn gabarit(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn dry_run_prints_the_plan_and_writes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("o");
    let run = gabarit(&["build", "--dry-run", "--out", target.to_str().unwrap()]);
    assert!(run.status.success());
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains(
            "conventions/convention-programme-bressuire  ←  convention-programme.md.tera"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("reports/rapport-final"));
    assert!(!target.exists());
}

#[test]
fn selections_make_only_what_is_asked() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("o");
    let run = gabarit(&[
        "build",
        "--kind",
        "convention",
        "--format",
        "pdf",
        "--only",
        "coulon",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let files: Vec<_> = walk(&target);
    assert_eq!(
        files,
        vec!["conventions/convention-programme-coulon.pdf".to_string()]
    );

    let run = gabarit(&[
        "build",
        "--kind",
        "statement",
        "--year",
        "2007",
        "--out",
        target.to_str().unwrap(),
        "--dry-run",
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("statements/etat-financier-2007") && !stdout.contains("triennal"),
        "{stdout}"
    );

    let run = gabarit(&[
        "build",
        "--only",
        "nobody",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
}

#[test]
fn an_output_folder_that_is_a_file_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("f");
    std::fs::write(&file, "x").unwrap();
    let run = gabarit(&["build", "--only", "coulon", "--out", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("the output folder is a file"));
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for kind in std::fs::read_dir(dir).unwrap() {
        let kind = kind.unwrap().path();
        if !kind.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&kind).unwrap() {
            out.push(format!(
                "{}/{}",
                kind.file_name().unwrap().to_string_lossy(),
                f.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn a_programme_s_own_templates_win_over_the_shipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_shipped_data(dir.path());
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/convention-programme.md.tera"),
        "# Convention propre au programme\n\nAvec {{ member_party.designation }} : {{ programme.programme.member_contribution | money }} par an.\n",
    )
    .unwrap();
    let data = dir.path().join("programme.yaml");
    let p = gabarit::load(&data).programme.unwrap();
    let out = dir.path().join("out");
    let only = Selection {
        only: Some("coulon".into()),
        kinds: vec!["convention".into()],
        ..Selection::default()
    };
    let summary = gabarit::build::build(&p, &options(&data, &out, &only, &[Format::Docx])).unwrap();
    assert!(summary.failures.is_empty());
    let text = docx_text(&out.join("conventions/convention-programme-coulon.docx"));
    assert!(text.contains("Convention propre au programme"), "{text}");
    assert!(
        text.contains("Avec la commune de Coulon\u{a0}: 350,00\u{a0}€ par an."),
        "{text}"
    );
}
