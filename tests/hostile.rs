//! The hostile-input corpus: every folder of `tests/hostile/` is one case.
//!
//! `case.txt` says what to run and what must come out:
//! - `base: shipped` copies `data/` first (`none`: start empty);
//! - files under `files/` are then copied over;
//! - `edit: FILE` with `from:`/`to:` (escapes as in Rust strings) replaces
//!   the first occurrence; `edit_bytes:` does the same with hex bytes;
//! - `generate: big-yaml` writes a 10 MB programme (`include-bomb`:
//!   templates that include each other in cascade; `long-title`: a title
//!   of 5 MB); `symlinks: LINK -> TARGET, …` makes links, `fifo: PATH` a
//!   pipe, `untouched: DIR` asserts that the folder the links point at is
//!   the same after the run (and `secret: TEXT` that no output holds its
//!   text); every run is under `ulimit -v` and a timeout; `cr_only: FILE` turns
//!   its line feeds into carriage returns; `utf16: FILE` saves it as UTF-16; `bom: FILE` prefixes a
//!   byte-order mark; `readonly_out: yes` makes `{out}` an unwritable folder
//!   (`{dir}/out` made read-only, or `/sys/…` when running as root);
//! - `args:` the command line (`{dir}` is the case's folder);
//! - `exit:` the expected exit code, `expect:` a fragment of the output,
//!   `also:` another (such as the count of errors, to catch cascades).
//!
//! `GABARIT_HOSTILE_SHOW=1` prints the start of each case's output, to
//! read the messages as a user would.
//!
//! Every case runs in English (its `expect:` and `also:` are English); a
//! case that is refused is run again in French (`GABARIT_LANG=fr`), which
//! must refuse it with the same exit code and a message. Every case also
//! checks: what `check` accepts builds (the whole
//! paperwork of a case whose data is consistent); no panic, no temporary
//! file left behind, and,
//! where it writes into `{dir}/out`, that the files an earlier good build
//! wrote there are intact after a failure.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('f') => out.push('\u{c}'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&hex, 16).unwrap()));
            }
            Some('\\') => out.push('\\'),
            // `\u{301}`: any character (`\u2610`, without braces, is left
            // to YAML's own escapes).
            Some('u') if chars.as_str().starts_with('{') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Every entry under `dir`, folders before what they hold (an unreadable
/// folder is left out).
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        out.push(path.clone());
        if path.is_dir() {
            out.extend(tree(&path));
        }
    }
    out
}

fn copy_tree(from: &Path, to: &Path) {
    for path in tree(from) {
        let target = to.join(path.strip_prefix(from).unwrap());
        if path.is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// Temporary files (or folders) left anywhere under `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    tree(dir)
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".tmp"))
        .map(|p| p.display().to_string())
        .collect()
}

/// Every file under `dir`, by path relative to it.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    tree(dir)
        .into_iter()
        .filter(|p| !p.is_dir())
        .map(|p| {
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            (rel, fs::read(&p).unwrap())
        })
        .collect()
}

/// Builds one document of the shipped programme into `out` (PDF, DOCX
/// and manifest) and returns what it wrote.
fn earlier_build(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let run = Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .args(["build", "--quiet", "--data", "data/programme.yaml"])
        .args(["--kind", "convention", "--only", "coulon", "--out"])
        .arg(out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(run.status.success(), "the earlier build failed");
    let files = snapshot(out);
    assert!(files.len() >= 3, "{files:?}");
    files
}

fn run_case(case: &Path) -> Result<(), String> {
    let spec: BTreeMap<String, String> = fs::read_to_string(case.join("case.txt"))
        .unwrap()
        .lines()
        .filter_map(|l| {
            l.split_once(": ")
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    if spec.get("base").map(String::as_str) == Some("shipped") {
        common::copy_shipped_data(d);
    }
    if case.join("files").is_dir() {
        copy_tree(&case.join("files"), d);
    }
    if let Some(file) = spec.get("edit") {
        let path = d.join(file);
        let text = fs::read_to_string(&path).unwrap();
        let (from, to) = (unescape(&spec["from"]), unescape(&spec["to"]));
        if !text.contains(&from) {
            return Err(format!("the edit's `from` is not in {file}"));
        }
        fs::write(&path, text.replacen(&from, &to, 1)).unwrap();
    }
    if let Some(file) = spec.get("edit_bytes") {
        let path = d.join(file);
        let bytes = fs::read(&path).unwrap();
        let hex = |s: &str| {
            (0..s.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
                .collect::<Vec<u8>>()
        };
        let (from, to) = (hex(&spec["from"]), hex(&spec["to"]));
        let at = bytes
            .windows(from.len())
            .position(|w| w == from.as_slice())
            .ok_or("the byte edit's `from` is not in the file")?;
        let mut out = bytes[..at].to_vec();
        out.extend_from_slice(&to);
        out.extend_from_slice(&bytes[at + from.len()..]);
        fs::write(&path, out).unwrap();
    }
    if let Some(file) = spec.get("utf16") {
        let path = d.join(file);
        let text = fs::read_to_string(&path).unwrap();
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        fs::write(&path, bytes).unwrap();
    }
    if let Some(file) = spec.get("cr_only") {
        let path = d.join(file);
        let text = fs::read(&path).unwrap();
        let cr: Vec<u8> = text
            .iter()
            .map(|&b| if b == b'\n' { b'\r' } else { b })
            .collect();
        fs::write(&path, cr).unwrap();
    }
    if let Some(file) = spec.get("bom") {
        let path = d.join(file);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(fs::read(&path).unwrap());
        fs::write(&path, bytes).unwrap();
    }
    // Links made by the case (`symlinks: LINK -> TARGET, …`, `{dir}` in
    // a target is the case's folder), each replacing what was there.
    if let Some(list) = spec.get("symlinks") {
        for pair in list.split(", ") {
            let (link, target) = pair.split_once(" -> ").expect("LINK -> TARGET");
            let link = d.join(link);
            fs::create_dir_all(link.parent().unwrap()).unwrap();
            let _ = fs::remove_file(&link);
            let target = target.replace("{dir}", &d.display().to_string());
            std::os::unix::fs::symlink(target, &link).unwrap();
        }
    }
    if let Some(fifo) = spec.get("fifo") {
        let path = d.join(fifo);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let _ = fs::remove_file(&path);
        let made = Command::new("mkfifo").arg(&path).status().unwrap();
        assert!(made.success(), "mkfifo {}", path.display());
    }
    if let Some(what) = spec.get("generate") {
        generate(what, d);
    }
    // A folder the case's links point at: nothing in it may be read into
    // a document, written or deleted.
    let untouched = spec
        .get("untouched")
        .map(|f| (f.clone(), snapshot(&d.join(f))));
    if spec.get("generate").map(String::as_str) == Some("big-yaml") {
        let mut text = String::from("programme:\n");
        for i in 0..110_000 {
            text.push_str(&format!("  cle{i}: \"{}\"\n", "x".repeat(90)));
        }
        fs::write(d.join("programme.yaml"), text).unwrap();
    }
    let mut out_dir = d.join("out").display().to_string();
    if spec.contains_key("readonly_out") {
        use std::os::unix::fs::PermissionsExt;
        let out = d.join("out");
        fs::create_dir(&out).unwrap();
        fs::set_permissions(&out, fs::Permissions::from_mode(0o555)).unwrap();
        if fs::write(out.join("probe"), b"x").is_ok() {
            // Root may write in a read-only folder; not in /sys, whose
            // top level refuses new entries to everyone.
            let sys = Path::new("/sys/gabarit-readonly-out");
            if fs::create_dir(sys).is_ok() {
                let _ = fs::remove_dir(sys);
                // Straight to the terminal: the harness hides eprintln!.
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPED {}: running as a user who may write anywhere",
                    case.display()
                );
                return Ok(());
            }
            out_dir = sys.display().to_string();
        }
    }
    let args: Vec<String> = spec["args"]
        .split_whitespace()
        .map(|a| {
            a.replace("{out}", &out_dir)
                .replace("{dir}", &d.display().to_string())
        })
        .collect();
    // Outputs of an earlier, good build where the case writes: a failing
    // case must leave them as they were.
    let earlier = (!d.join("out").exists() && spec["args"].contains("{dir}/out"))
        .then(|| earlier_build(&d.join("out")));
    let started = std::time::Instant::now();
    let out = limited("en", &args)?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if std::env::var_os("GABARIT_HOSTILE_SHOW").is_some() {
        let _ = writeln!(
            std::io::stderr(),
            "== {}\n{}",
            case.display(),
            text.lines().take(6).collect::<Vec<_>>().join("\n")
        );
    }
    let expected: i32 = spec["exit"].parse().unwrap();
    if out.status.code() != Some(expected) {
        return Err(format!(
            "exit {:?}, expected {expected}:\n{text}",
            out.status.code()
        ));
    }
    for key in ["expect", "also"] {
        if let Some(fragment) = spec.get(key)
            && !text.contains(fragment)
        {
            return Err(format!("output lacks {fragment:?}:\n{text}"));
        }
    }
    if text.contains("panicked") {
        return Err(format!("panic:\n{text}"));
    }
    if started.elapsed().as_secs() > 60 {
        return Err("took more than a minute".into());
    }
    // The same refusal in French: the same exit code, a message, no panic.
    if expected != 0 {
        let fr = limited("fr", &args)?;
        let said = String::from_utf8_lossy(&fr.stderr).into_owned();
        if fr.status.code() != Some(expected) || said.trim().is_empty() || said.contains("panicked")
        {
            return Err(format!(
                "in French: exit {:?}, expected {expected}:\n{said}",
                fr.status.code()
            ));
        }
    }
    if let Some(earlier) = earlier
        && !out.status.success()
    {
        let now = snapshot(&d.join("out"));
        for (path, bytes) in &earlier {
            // The manifest records the inputs of the last attempt; its
            // entries must still describe the earlier files.
            let outputs = |b: &[u8]| {
                serde_json::from_slice::<serde_json::Value>(b)
                    .ok()
                    .map(|m| m["outputs"].clone())
            };
            let same = match now.get(path) {
                Some(b) if path == "manifest.json" => outputs(b) == outputs(bytes),
                Some(b) => b == bytes,
                None => false,
            };
            if !same {
                return Err(format!("the earlier build's {path} was damaged or removed"));
            }
        }
    }
    if let Some((folder, before)) = untouched {
        let after = snapshot(&d.join(&folder));
        if after != before {
            return Err(format!("{folder}, outside the output folder, was changed"));
        }
        if let Some(secret) = spec.get("secret") {
            for (path, bytes) in snapshot(&d.join("out")) {
                if String::from_utf8_lossy(&bytes).contains(secret.as_str()) {
                    return Err(format!("{path} holds the text of a file outside"));
                }
            }
        }
    }
    let left = leftovers(d);
    if !left.is_empty() {
        return Err(format!("temporary files left: {left:?}"));
    }
    what_passes_check_builds(d)
}

/// The most memory a case's process may map (`ulimit -v`, KiB), and the
/// longest it may run.
const MEMORY_KIB: u64 = 4 << 20;
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs gabarit in `lang` with `args`, under [`MEMORY_KIB`] and
/// [`TIMEOUT`]: an abort, a kill by the limit or a timeout is the case's
/// failure, said.
fn limited(lang: &str, args: &[String]) -> Result<std::process::Output, String> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_KIB} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_gabarit"))
        .args(args)
        .env("GABARIT_LANG", lang)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = r.read_to_end(&mut b);
            b
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("no answer in {} s: killed", TIMEOUT.as_secs()));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    if let Some(signal) = status.signal() {
        return Err(format!(
            "killed by signal {signal} (an abort, or the memory limit):\n{}",
            String::from_utf8_lossy(&stderr.join().unwrap_or_default())
        ));
    }
    Ok(std::process::Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Writes what a case generates (`generate: KIND`) into `d`.
fn generate(what: &str, d: &Path) {
    match what {
        "big-yaml" => {}
        // Thirty levels of templates, each including the next twice: a
        // billion renders for one letter.
        "include-bomb" => {
            let t = d.join("templates");
            fs::create_dir_all(&t).unwrap();
            for i in 0..30 {
                let next = format!("{{% include \"b{:02}.md.tera\" %}}", i + 1);
                fs::write(t.join(format!("b{i:02}.md.tera")), format!("{next}{next}")).unwrap();
            }
            fs::write(t.join("b30.md.tera"), "x").unwrap();
            fs::write(
                t.join("letterhead.md.tera"),
                "{% include \"b00.md.tera\" %}",
            )
            .unwrap();
        }
        // A programme title of 5 MB.
        "long-title" => {
            let path = d.join("programme.yaml");
            let text = fs::read_to_string(&path).unwrap();
            let from = "  title: \"Programme concerté";
            assert!(text.contains(from));
            let long = format!(
                "  title: \"{} Programme concerté",
                "Long ".repeat(1_000_000)
            );
            fs::write(&path, text.replacen(from, &long, 1)).unwrap();
        }
        // Ten thousand families whose documents take one file name.
        "same-name-families" => {
            let path = d.join("programme.yaml");
            let text = fs::read_to_string(&path).unwrap();
            let mut families = String::from("documents:\n");
            for i in 0..10_000 {
                families.push_str(&format!(
                    "  - {{ id: f{i}, title: \"lettre\", template: lettre.md.tera, folder: lettres, for_each: programme, name: lettre, date: 2008-01-01 }}\n"
                ));
            }
            fs::create_dir_all(d.join("templates")).unwrap();
            fs::write(d.join("templates/lettre.md.tera"), "Lettre.\n").unwrap();
            fs::write(&path, text.replacen("files:", &format!("{families}files:"), 1)).unwrap();
        }
        // A workbook with cells at A1 and XFD1048576 (a sheet of 17
        // billion cells), and one whose single cell inflates to 300 MB.
        "xlsx-far-cell" => xlsx(
            &d.join("liste.xlsx"),
            &[b"<c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c><c r=\"XFD1048576\"><v>1</v></c>"],
        ),
        "xlsx-bomb" => {
            let chunk = vec![b'a'; 1 << 20];
            let mut parts: Vec<&[u8]> = vec![b"<c r=\"A1\" t=\"inlineStr\"><is><t>"];
            parts.extend(std::iter::repeat_n(chunk.as_slice(), 300));
            parts.push(b"</t></is></c>");
            xlsx(&d.join("liste.xlsx"), &parts);
        }
        other => panic!("unknown generate: {other}"),
    }
}

/// A minimal workbook at `path` whose one sheet holds the cells `cells`
/// (XML, in parts), deflated.
fn xlsx(path: &Path, cells: &[&[u8]]) {
    let file = fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let parts: [(&str, &str); 4] = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        ),
        (
            "xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Feuille1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        ),
        (
            "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">").unwrap();
    for part in cells {
        zip.write_all(part).unwrap();
    }
    zip.write_all(b"</row></sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

/// What passes `check` builds: when the case's data is consistent (and
/// the case brings no template of its own), the whole paperwork of it
/// builds, as PDF.
fn what_passes_check_builds(d: &Path) -> Result<(), String> {
    let data = d.join("programme.yaml");
    if !data.is_file() || d.join("templates").exists() {
        return Ok(());
    }
    let gabarit = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_gabarit"));
        c.env("GABARIT_LANG", "en");
        c.current_dir(env!("CARGO_MANIFEST_DIR"));
        c
    };
    let check = gabarit().arg("check").arg(&data).output().unwrap();
    if !check.status.success() {
        return Ok(());
    }
    let build = gabarit()
        .args(["build", "--quiet", "--format", "pdf", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(d.join("what-passes-check"))
        .output()
        .unwrap();
    if build.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`check` accepts this case's data, but the build fails:\n{}",
            String::from_utf8_lossy(&build.stderr)
        ))
    }
}

#[test]
fn hostile_inputs_get_clear_errors_and_never_a_panic() {
    let mut cases: Vec<_> = fs::read_dir("tests/hostile")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 50, "{} cases", cases.len());
    // `GABARIT_HOSTILE_ONLY=kind` runs the cases whose name holds `kind`.
    if let Ok(only) = std::env::var("GABARIT_HOSTILE_ONLY") {
        cases.retain(|c| c.to_string_lossy().contains(&only));
    }
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            run_case(c)
                .err()
                .map(|e| format!("{}: {e}", c.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
