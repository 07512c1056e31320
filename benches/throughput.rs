//! `cargo bench`: how fast gabarit makes paperwork, in one process, on all
//! cores. Prints documents per second, milliseconds and kilobytes per
//! document, and the process's peak memory so far.
//!
//! Scenarios (the targets of issue 5):
//! 1. the whole shipped paperwork, both formats;
//! 2. 1 000 personalised one-page letters (exchange-day invitations of a
//!    synthetic programme), both formats (2 000 files);
//! 3. convocations of a synthetic programme at 100 and at 10 000
//!    participants, to show the time per document stays flat.
//!
//! Set `GABARIT_BENCH_QUICK=1` to skip the 10 000 run.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use gabarit::Format;
use gabarit::build::{Options, build};
use gabarit::plan::Selection;

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn run(label: &str, data: &Path, selection: &Selection) {
    let loaded = gabarit::load(data);
    let p = loaded.programme.expect("a valid programme");
    let warm = tempfile::tempdir().expect("a temporary folder");
    let out = tempfile::tempdir().expect("a temporary folder");
    let formats = [Format::Pdf, Format::Docx];
    let options = |out| Options {
        data,
        out,
        selection,
        formats: &formats,
        jobs: 0,
        force: true,
        progress: false,
        templates: None,
    };
    // One warm-up run (fonts parsed, caches filled), then the measure into
    // an empty folder: every document made and written.
    let _ = build(&p, &options(warm.path()));
    let start = Instant::now();
    let s = build(&p, &options(out.path())).expect("the build runs");
    let secs = start.elapsed().as_secs_f64();
    assert!(s.failures.is_empty(), "{:?}", s.failures);
    println!(
        "{label:<52} {:>6} docs {:>6} files {:>8.3} s {:>8.2} ms/doc {:>8.0} docs/s {:>7.1} KB/doc  peak {:>6.1} MB",
        s.documents,
        s.files,
        secs,
        secs * 1000.0 / s.documents as f64,
        s.documents as f64 / secs,
        s.bytes as f64 / 1024.0 / s.documents as f64,
        peak_mb()
    );
}

fn synth(participants: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let status = Command::new(env!("CARGO"))
        .args([
            "run",
            "--release",
            "--quiet",
            "--example",
            "synth",
            "--",
            "--participants",
            &participants.to_string(),
            "--out",
        ])
        .arg(dir.path())
        .status()
        .expect("cargo runs the synth example");
    assert!(status.success());
    dir
}

fn main() {
    println!(
        "threads: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    run(
        "whole shipped paperwork (PDF + DOCX)",
        Path::new("data/programme.yaml"),
        &Selection::default(),
    );

    let letters = synth(1000);
    let exchange = Selection {
        kinds: vec!["invitation".into()],
        only: Some("rencontre-2008".into()),
        ..Selection::default()
    };
    run(
        "1 000 one-page letters (PDF + DOCX)",
        &letters.path().join("programme.yaml"),
        &exchange,
    );

    let training = Selection {
        kinds: vec!["invitation".into()],
        only: Some("formation-2008".into()),
        ..Selection::default()
    };
    let small = synth(100);
    run(
        "100 convocations (PDF + DOCX)",
        &small.path().join("programme.yaml"),
        &training,
    );
    if std::env::var("GABARIT_BENCH_QUICK").is_err() {
        let large = synth(10_000);
        run(
            "10 000 convocations (PDF + DOCX)",
            &large.path().join("programme.yaml"),
            &training,
        );
    }
}
