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
//! Each scenario is made three times after a warm-up; the line gives the
//! fastest and the median (shared machines are noisy: compare runs of one
//! `cargo bench` as ratios).
//!
//! Set `GABARIT_BENCH_QUICK=1` to skip the 10 000 run.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use gabarit::Format;
use gabarit::build::{Options, build};
use gabarit::plan::Selection;

/// The allocator the `gabarit` binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    // One warm-up run (fonts parsed, caches filled), then three measures,
    // each into an empty folder: every document made and written.
    let _ = build(&p, &options(warm.path()));
    let outs: Vec<tempfile::TempDir> = (0..3)
        .map(|_| tempfile::tempdir().expect("a temporary folder"))
        .collect();
    let mut times = Vec::new();
    let mut summary = None;
    for out in &outs {
        let start = Instant::now();
        let s = build(&p, &options(out.path())).expect("the build runs");
        times.push(start.elapsed().as_secs_f64());
        assert!(s.failures.is_empty(), "{:?}", s.failures);
        summary = Some(s);
    }
    let s = summary.expect("three runs");
    times.sort_by(f64::total_cmp);
    let (secs, median) = (times[0], times[1]);
    println!(
        "{label:<44} {:>6} docs {:>6} files {:>7.3} s (median {:>6.3}) {:>7.2} ms/doc {:>6.0} docs/s {:>6.1} KB/doc  peak {:>6.1} MB",
        s.documents,
        s.files,
        secs,
        median,
        secs * 1000.0 / s.documents as f64,
        s.documents as f64 / secs,
        s.bytes as f64 / 1024.0 / s.documents as f64,
        peak_mb()
    );
}

/// The command a person types, `gabarit build --force` on the shipped
/// programme: reading, checking and the build, in a process of its own.
fn command() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let mut times = Vec::new();
    for _ in 0..4 {
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_gabarit"))
            .args(["build", "--force", "--quiet", "--out"])
            .arg(out.path())
            .env("GABARIT_LANG", "en")
            .stdout(std::process::Stdio::null())
            .status()
            .expect("gabarit runs");
        times.push(start.elapsed().as_secs_f64());
        assert!(status.success());
    }
    // The first run makes every file; the next three make them again.
    let mut again = times.split_off(1);
    again.sort_by(f64::total_cmp);
    println!(
        "{:<44} first {:.3} s, again {:.3} s (median {:.3})",
        "`gabarit build --force`, whole process", times[0], again[0], again[1]
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
    command();

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
