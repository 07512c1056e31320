//! The output folder is safe to share and to kill: files get the mode the
//! umask gives; a killed build leaves nothing the next build does not
//! clean; two builds into one folder take turns; the manifest does not
//! depend on how the programme's path is written, and counts
//! `SOURCE_DATE_EPOCH`; a `templates/` folder where one stands overrides
//! nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn gabarit() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gabarit"));
    c.env("GABARIT_LANG", "en");
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(rel) = p.strip_prefix(dir) {
                out.push(rel.display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// The manifest lists exactly the documents of the folder, each with the
/// sha256 of its bytes, and no temporary file is left.
fn assert_consistent(out: &Path) {
    let all = files(out);
    assert!(
        !all.iter()
            .any(|f| f.contains(".gabarit-") || f.ends_with(".tmp")),
        "temporary files left: {all:?}"
    );
    let text = std::fs::read_to_string(out.join("manifest.json")).expect("a manifest");
    let manifest: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let outputs = manifest["outputs"].as_array().expect("outputs");
    let listed: Vec<String> = outputs
        .iter()
        .map(|o| o["path"].as_str().unwrap_or_default().to_string())
        .collect();
    let documents: Vec<&String> = all
        .iter()
        .filter(|f| f.ends_with(".pdf") || f.ends_with(".docx"))
        .collect();
    assert_eq!(listed.len(), documents.len(), "manifest and folder differ");
    for o in outputs {
        let path = out.join(o["path"].as_str().unwrap_or_default());
        let bytes = std::fs::read(&path).expect("listed file exists");
        assert_eq!(
            gabarit::output::sha256_hex(&bytes),
            o["sha256"].as_str().unwrap_or_default(),
            "{} does not match the manifest",
            path.display()
        );
        let head: &[u8] = if path.extension().is_some_and(|e| e == "pdf") {
            b"%PDF-"
        } else {
            b"PK"
        };
        assert!(bytes.starts_with(head), "{} is damaged", path.display());
    }
}

fn build(out: &Path, extra: &[&str]) -> std::process::Output {
    gabarit()
        .current_dir(root())
        .args(["build", "--quiet", "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("gabarit runs")
}

#[test]
#[cfg(unix)]
fn files_get_the_mode_the_umask_gives() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("out");
    let status = Command::new("sh")
        .current_dir(root())
        .arg("-c")
        .arg(format!(
            "umask 022 && GABARIT_LANG=en exec '{}' build --quiet --kind statement --out '{}'",
            env!("CARGO_BIN_EXE_gabarit"),
            out.display()
        ))
        .status()
        .expect("sh runs");
    assert!(status.success());
    for f in ["manifest.json", "statements/etat-financier-2006.pdf"] {
        let mode = std::fs::metadata(out.join(f))
            .expect("written")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o644, "{f}");
    }
}

#[test]
fn a_killed_build_leaves_nothing_the_next_one_does_not_clean() {
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("out");
    for wait in [30u64, 120, 400, 900] {
        let mut child = gabarit()
            .current_dir(root())
            .args(["build", "--quiet", "--force", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gabarit starts");
        std::thread::sleep(Duration::from_millis(wait));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // A temporary file of the killed build, as it may be left.
        std::fs::create_dir_all(out.join("conventions")).expect("a folder");
        std::fs::write(out.join("conventions/.gabarit-x1Y2z3.tmp"), b"half").expect("written");
        let run = build(&out, &[]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert_consistent(&out);
    }
}

#[test]
fn two_builds_into_one_folder_take_turns() {
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("out");
    let spawn = |kinds: &[&str]| {
        gabarit()
            .current_dir(root())
            .args(["build", "--quiet", "--force", "--out"])
            .arg(&out)
            .args(kinds)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gabarit starts")
    };
    // The whole paperwork, then, while it runs, the statements.
    let a = spawn(&[]);
    std::thread::sleep(Duration::from_millis(300));
    let b = spawn(&["--kind", "statement"]);
    let (a, b) = (
        a.wait_with_output().expect("ends"),
        b.wait_with_output().expect("ends"),
    );
    assert!(a.status.success() && b.status.success());
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    assert!(said.contains("waiting for it to end"), "{said}");
    assert_consistent(&out);
}

#[test]
fn the_manifest_is_the_same_however_the_path_is_written_and_counts_the_build_date() {
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("out");
    let first = build(
        &out,
        &["--kind", "statement", "--data", "data/programme.yaml"],
    );
    assert!(first.status.success());
    let again = build(
        &out,
        &[
            "--kind",
            "statement",
            "--data",
            "./data/../data/programme.yaml",
        ],
    );
    let said = String::from_utf8_lossy(&again.stdout).into_owned()
        + &String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("0 documents made"), "{said}");
    let dated = gabarit()
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1167609600")
        .args(["build", "--quiet", "--kind", "statement", "--out"])
        .arg(&out)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&dated.stdout).into_owned()
        + &String::from_utf8_lossy(&dated.stderr);
    assert!(said.contains("4 documents made"), "{said}");
}

#[test]
fn a_templates_folder_where_one_stands_overrides_nothing() {
    let dir = tempfile::tempdir().expect("a folder");
    common::copy_shipped_data(dir.path());
    let here = tempfile::tempdir().expect("a folder");
    std::fs::create_dir(here.path().join("templates")).expect("a folder");
    std::fs::write(
        here.path().join("templates/statement.md.tera"),
        "{% if broken %}",
    )
    .expect("written");
    let run = gabarit()
        .current_dir(here.path())
        .args(["build", "--quiet", "--kind", "statement", "--data"])
        .arg(dir.path().join("programme.yaml"))
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Named on purpose, it is used (and here refused).
    let run = gabarit()
        .current_dir(here.path())
        .args([
            "build",
            "--quiet",
            "--kind",
            "statement",
            "--templates",
            "templates",
            "--data",
        ])
        .arg(dir.path().join("programme.yaml"))
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("statement.md.tera"));
}

/// A disk that fills up in the middle of a build (a 600 KB tmpfs): the
/// build fails, says which documents were not written, and leaves no
/// manifest that describes files it does not hold (issue 25). Skipped
/// where this user may not mount a file system.
#[test]
fn a_full_disk_is_said_document_by_document_and_the_manifest_stays_true() {
    let dir = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=600k", "tmpfs"])
        .arg(dir.path())
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small file system here");
        return;
    }
    struct Unmount<'a>(&'a std::path::Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _guard = Unmount(dir.path());
    let out = dir.path().join("out");
    let run = common::gabarit(&["build", "--quiet", "--out", out.to_str().unwrap()]);
    let said = common::text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{said}");
    assert!(said.contains("the disk is full"), "{said}");
    assert!(said.contains("more documents were not written"), "{said}");
    if let Ok(text) = std::fs::read_to_string(out.join("manifest.json")) {
        let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
        for entry in manifest["outputs"].as_array().unwrap() {
            let path = out.join(entry["path"].as_str().unwrap());
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                gabarit::output::sha256_hex(&bytes),
                entry["sha256"].as_str().unwrap(),
                "{}",
                path.display()
            );
        }
    }
}
