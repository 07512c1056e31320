//! Families of documents declared in data: a programme that copies the
//! shipped declarations makes the same bytes; a new family (a letter to
//! every invited institution) needs only a template and a declaration; a
//! wrong declaration is told at its line, with a hint.

mod common;

use std::path::{Path, PathBuf};

use common::{copy_shipped_data, gabarit, text};

/// The shipped declarations, from their `documents:` line on.
fn shipped_section() -> String {
    let all = gabarit::plan::SHIPPED_DOCUMENTS;
    let start = all.find("\ndocuments:").expect("a documents: section") + 1;
    all[start..].to_string()
}

/// A copy of the shipped programme in a temporary folder, with `section`
/// appended to its YAML file.
fn programme_with(section: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_shipped_data(dir.path());
    let yaml = dir.path().join("programme.yaml");
    let mut text = std::fs::read_to_string(&yaml).expect("the programme");
    text.push('\n');
    text.push_str(section);
    std::fs::write(&yaml, text).expect("written");
    (dir, yaml)
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for folder in std::fs::read_dir(dir).expect("the output").flatten() {
        if !folder.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(folder.path())
            .expect("a folder")
            .flatten()
        {
            out.push(format!(
                "{}/{}",
                folder.file_name().to_string_lossy(),
                f.file_name().to_string_lossy()
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn declaring_the_shipped_families_makes_the_same_bytes() {
    let (dir, yaml) = programme_with(&shipped_section());
    let own = dir.path().join("own");
    let default = dir.path().join("default");
    let shipped_yaml = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/programme.yaml");
    for (data, out) in [(yaml.as_path(), &own), (shipped_yaml.as_path(), &default)] {
        let run = gabarit(&[
            "build",
            "--quiet",
            "--kind",
            "convention-etat",
            "--kind",
            "attestations-presence",
            "--kind",
            "rapport-final",
            "--data",
            data.to_str().expect("utf-8 path"),
            "--out",
            out.to_str().expect("utf-8 path"),
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
    }
    let files = files_under(&own);
    assert_eq!(files, files_under(&default));
    assert!(files.iter().any(|f| f.starts_with("attestations/")));
    assert!(files.contains(&"reports/rapport-final.pdf".to_string()));
    for f in &files {
        let a = std::fs::read(own.join(f)).expect("made");
        let b = std::fs::read(default.join(f)).expect("made");
        assert!(a == b, "{f} differs");
    }
}

#[test]
fn a_new_family_needs_a_template_and_a_declaration() {
    let section = r#"documents:
  - id: lettres-institutions
    title: "lettre à {{ addressee.lines | first }}"
    template: lettre-institution.md.tera
    folder: courriers
    for_each: meetings.addressees
    filter: 'meeting.letter_date and recipient.kind == "institution"'
    name: "lettre-{{ meeting.id }}-{{ recipient.id }}"
    formats: [pdf]
    date: "{{ meeting.letter_date }}"
"#;
    let (dir, yaml) = programme_with(section);
    std::fs::create_dir(dir.path().join("templates")).expect("a folder");
    std::fs::write(
        dir.path().join("templates/lettre-institution.md.tera"),
        "{% include \"letterhead.md.tera\" %}\n\n{{ addressee.salutation }},\n\nLe {{ committee.name | lower }} se réunira le {{ meeting.date | date_fr }}.\n\n{{ addressee.closing }}\n\n{% include \"signature.md.tera\" %}\n",
    )
    .expect("written");
    let out = dir.path().join("out");
    let run = gabarit(&[
        "build",
        "--quiet",
        "--data",
        yaml.to_str().expect("utf-8 path"),
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let files = files_under(&out);
    assert!(!files.is_empty());
    // Only the declared family, only PDF.
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("courriers/lettre-") && f.ends_with(".pdf")),
        "{files:?}"
    );
    let p = gabarit::load(&yaml).programme.expect("loads");
    let letters: usize = p
        .governance
        .meetings
        .iter()
        .filter(|m| m.letter_date.is_some())
        .filter_map(|m| p.governance.committee(&m.committee))
        .map(|c| c.invited.len())
        .sum();
    assert_eq!(files.len(), letters);
}

/// `check` on the programme with `section`: its exit code and output.
fn check(section: &str) -> (i32, String) {
    let (_dir, yaml) = programme_with(section);
    let run = gabarit(&["check", yaml.to_str().expect("utf-8 path")]);
    (
        run.status.code().unwrap_or(-1),
        text(&run.stderr) + &text(&run.stdout),
    )
}

#[test]
fn a_wrong_declaration_is_told_at_its_line() {
    let base = shipped_section();
    let (code, out) = check(&base.replace(
        "for_each: trainings.participants\n    name: \"attestation",
        "for_each: trainings.participant\n    name: \"attestation",
    ));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: `trainings.participant` is not a list gabarit knows"),
        "{out}"
    );
    assert!(
        out.contains("did you mean `trainings.participants`?"),
        "{out}"
    );
    // Located in the user's file, on the line of the mistake.
    let yaml_line = out
        .lines()
        .find(|l| l.contains("is not a list"))
        .expect("the headline");
    assert!(yaml_line.contains("programme.yaml:"), "{yaml_line}");
    assert!(out.contains("for_each: trainings.participant"), "{out}");

    let (code, out) = check(&base.replace(
        "template: attestation-presence.md.tera",
        "template: attestation-presense.md.tera",
    ));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("names the template `attestation-presense.md.tera`, which does not exist"),
        "{out}"
    );
    assert!(
        out.contains("did you mean `attestation-presence.md.tera`?"),
        "{out}"
    );

    let (code, out) = check(&base.replace(
        "name: \"etat-financier-{{ year }}\"",
        "name: \"etat-financier\"",
    ));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("every document of `etats-financiers` would be named `etat-financier`"),
        "{out}"
    );

    let (code, out) = check(&base.replace(
        "name: \"attestation-{{ training.id }}-{{ participant.partnership }}-{{ participant.first_name }}-{{ participant.last_name }}\"",
        "name: \"attestation-{{ training.id }}-{{ participant.partnership }}\"",
    ));
    assert_eq!(code, 0, "homonyms are a warning: {out}");
    assert!(
        out.contains("warning: two documents would be named `attestations/attestation-"),
        "{out}"
    );

    let (code, out) = check(&base.replace("date: end", "date: statement"));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`statement` is not a date of `trainings.participants`"),
        "{out}"
    );
    assert!(out.contains("letter, start, end"), "{out}");
}

#[test]
fn the_declarations_may_be_a_file_beside_the_programme() {
    let (dir, yaml) = programme_with("");
    let text = std::fs::read_to_string(&yaml).expect("the programme");
    let text = text.replacen("files:\n", "files:\n  documents: documents.yaml\n", 1);
    std::fs::write(&yaml, text).expect("written");
    let declarations = dir.path().join("documents.yaml");
    std::fs::write(
        &declarations,
        shipped_section().replace("for_each: years", "for_each: yeras"),
    )
    .expect("written");
    let run = gabarit(&["check", yaml.to_str().expect("utf-8 path")]);
    let out = text_of(&run);
    assert_eq!(run.status.code(), Some(1), "{out}");
    let headline = out
        .lines()
        .find(|l| l.contains("`yeras` is not a list"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(headline.contains("documents.yaml:"), "{headline}");
    assert!(out.contains("did you mean `years`?"), "{out}");

    std::fs::write(&declarations, shipped_section()).expect("written");
    let run = gabarit(&["check", yaml.to_str().expect("utf-8 path")]);
    assert!(run.status.success(), "{}", text_of(&run));
}

fn text_of(run: &std::process::Output) -> String {
    text(&run.stderr) + &text(&run.stdout)
}
