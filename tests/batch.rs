//! Batch builds: reproducible whatever the threads, incremental, atomic.

mod common;

use std::path::{Path, PathBuf};

use gabarit::Format;
use gabarit::build::{Options, build, build_observed};
use gabarit::plan::Selection;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.strip_prefix(dir).unwrap().display().to_string(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn shipped() -> (PathBuf, gabarit::Programme) {
    let data = PathBuf::from("data/programme.yaml");
    let p = gabarit::load(&data).programme.unwrap();
    (data, p)
}

#[test]
fn one_thread_or_two_give_the_same_bytes_and_manifest() {
    let (data, p) = shipped();
    // Letters of one partnership and one meeting, statements and reports:
    // every template, in little time.
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for (dir, jobs) in [(&a, 1), (&b, 2)] {
        for selection in [
            Selection {
                only: Some("bressuire".into()),
                ..Selection::default()
            },
            Selection {
                kinds: vec!["statement".into(), "report".into()],
                ..Selection::default()
            },
            Selection {
                only: Some("copil-fr-2007-06".into()),
                ..Selection::default()
            },
        ] {
            let formats = [Format::Pdf, Format::Docx];
            let s = build(
                &p,
                &Options {
                    data: &data,
                    out: dir.path(),
                    selection: &selection,
                    formats: &formats,
                    jobs,
                    force: false,
                    progress: false,
                    templates: None,
                },
            )
            .unwrap();
            assert!(s.failures.is_empty());
        }
    }
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert!(fa.len() > 40, "{} files", fa.len());
    assert_eq!(
        fa.iter().map(|f| &f.0).collect::<Vec<_>>(),
        fb.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, x), (_, y)) in fa.iter().zip(&fb) {
        assert!(x == y, "{name} differs between --jobs 1 and --jobs 2");
    }
    let manifest =
        String::from_utf8(std::fs::read(a.path().join("manifest.json")).unwrap()).unwrap();
    assert!(manifest.contains("\"conventions/convention-programme-bressuire.pdf\""));
    assert!(manifest.contains("\"sha256\""));
}

#[test]
fn unchanged_documents_are_skipped_and_force_remakes_them() {
    let (data, p) = shipped();
    let out = tempfile::tempdir().unwrap();
    let selection = Selection {
        only: Some("coulon".into()),
        kinds: vec!["convention".into()],
        ..Selection::default()
    };
    let formats = [Format::Pdf];
    let mut options = Options {
        data: &data,
        out: out.path(),
        selection: &selection,
        formats: &formats,
        jobs: 1,
        force: false,
        progress: false,
        templates: None,
    };
    let first = build(&p, &options).unwrap();
    assert_eq!((first.documents, first.skipped), (1, 0));
    let second = build(&p, &options).unwrap();
    assert_eq!((second.documents, second.skipped), (0, 1));
    // A damaged file is made again.
    let pdf = out
        .path()
        .join("conventions/convention-programme-coulon.pdf");
    std::fs::write(&pdf, b"damaged").unwrap();
    let third = build(&p, &options).unwrap();
    assert_eq!((third.documents, third.skipped), (1, 0));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    options.force = true;
    let fourth = build(&p, &options).unwrap();
    // Made again, into the same bytes: nothing written.
    assert_eq!(
        (fourth.documents, fourth.identical, fourth.skipped),
        (0, 1, 0)
    );
}

#[test]
fn an_edit_remakes_only_the_documents_it_changes() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_shipped_data(dir.path());
    let data = dir.path().join("programme.yaml");
    let out = dir.path().join("out");
    let selection = Selection {
        kinds: vec!["convention".into()],
        ..Selection::default()
    };
    let formats = [Format::Pdf];
    let options = Options {
        data: &data,
        out: &out,
        selection: &selection,
        formats: &formats,
        jobs: 2,
        force: false,
        progress: false,
        templates: None,
    };
    let p = gabarit::load(&data).programme.unwrap();
    // Told, before anything is made, which documents will be: all of them
    // in a new folder.
    let mut told: Vec<(String, bool)> = Vec::new();
    let first = build_observed(&p, &options, |jobs, pending| {
        assert!(!out.join("conventions").read_dir().unwrap().any(|_| true));
        told = jobs
            .iter()
            .zip(pending)
            .map(|(j, p)| (gabarit::build::job_name(j), *p))
            .collect();
    })
    .unwrap();
    assert_eq!(first.documents, 15);
    assert_eq!(told.len(), 15);
    assert!(told.iter().all(|(_, pending)| *pending));
    // One partner's name: one convention changes.
    let text = std::fs::read_to_string(&data).unwrap();
    std::fs::write(
        &data,
        text.replacen("short_name: \"Dapaong\"", "short_name: \"Dapango\"", 1),
    )
    .unwrap();
    let p = gabarit::load(&data).programme.unwrap();
    let second = build_observed(&p, &options, |jobs, pending| {
        told = jobs
            .iter()
            .zip(pending)
            .filter(|(_, p)| **p)
            .map(|(j, p)| (gabarit::build::job_name(j), *p))
            .collect();
    })
    .unwrap();
    assert_eq!(
        (second.documents, second.identical, second.skipped),
        (1, 0, 14)
    );
    // The one it was told it would make.
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].0.starts_with("conventions/convention-"), "{told:?}");
    assert_eq!(
        gabarit::build::pending(&p, &options).unwrap().len(),
        0,
        "nothing left to make"
    );
}

#[test]
fn a_failing_document_leaves_no_partial_file_and_loses_nothing() {
    // A programme folder whose own convention template fails for one member.
    let dir = tempfile::tempdir().unwrap();
    common::copy_shipped_data(dir.path());
    let data = dir.path().join("programme.yaml");
    let p = gabarit::load(&data).programme.unwrap();
    let out = dir.path().join("out");
    let selection = Selection {
        kinds: vec!["convention".into()],
        ..Selection::default()
    };
    let formats = [Format::Pdf, Format::Docx];
    let options = Options {
        data: &data,
        out: &out,
        selection: &selection,
        formats: &formats,
        jobs: 2,
        force: true,
        progress: false,
        templates: None,
    };
    let first = build(&p, &options).unwrap();
    assert!(first.failures.is_empty());
    let before = files(&out);

    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/convention-programme.md.tera"),
        "{% if member.id == \"lezay\" %}{{ undefined_variable }}{% endif %}# Nouvelle convention pour {{ member.short_name }}\n",
    )
    .unwrap();
    let second = build(&p, &options).unwrap();
    assert_eq!(second.failures.len(), 1, "{:?}", second.failures);
    assert_eq!(
        second.failures[0].document,
        "conventions/convention-programme-lezay"
    );
    assert!(
        second.failures[0]
            .diagnostic
            .place()
            .is_some_and(|p| p.contains("convention-programme.md.tera:1:")),
        "{:?}",
        second.failures[0]
    );
    let after = files(&out);
    // No temporary file left behind, nothing missing.
    assert!(
        after.iter().all(|(name, _)| !name.contains(".tmp")),
        "{:?}",
        after.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&before), names(&after));
    // The failed document keeps its previous files, byte for byte.
    for name in [
        "conventions/convention-programme-lezay.pdf",
        "conventions/convention-programme-lezay.docx",
    ] {
        let old = before.iter().find(|f| f.0 == name).unwrap();
        let new = after.iter().find(|f| f.0 == name).unwrap();
        assert!(old.1 == new.1, "{name} was damaged");
    }
    // The others were remade from the new template.
    let coulon_old = before
        .iter()
        .find(|f| f.0 == "conventions/convention-programme-coulon.pdf")
        .unwrap();
    let coulon_new = after
        .iter()
        .find(|f| f.0 == "conventions/convention-programme-coulon.pdf")
        .unwrap();
    assert!(coulon_old.1 != coulon_new.1);
}
