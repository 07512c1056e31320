//! Helpers shared by the integration tests: reading a DOCX back without
//! Python.

#![allow(dead_code)]

pub mod server;

use std::io::Read;

/// The text of part `name` (such as `word/document.xml`) of a DOCX.
pub fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut part = zip.by_name(name).expect("part present");
    let mut text = String::new();
    part.read_to_string(&mut text).expect("utf-8");
    text
}

/// The text of every `w:t` of a part, in order, one item per run.
pub fn docx_runs(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<w:t") {
        rest = &rest[start + 4..];
        let Some(gt) = rest.find('>') else { break };
        if rest[..gt].ends_with('/') || !(rest.starts_with('>') || rest.starts_with(' ')) {
            rest = &rest[gt..];
            continue;
        }
        let body = &rest[gt + 1..];
        let end = body.find("</w:t>").unwrap_or(0);
        out.push(
            body[..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&"),
        );
        rest = &body[end..];
    }
    out
}

/// Copies the shipped programme's files (`data/`: the YAML, its lists,
/// its logo) into `dir`.
#[allow(dead_code)]
pub fn copy_shipped_data(dir: &std::path::Path) {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(&data)
        .expect("data/ is readable")
        .flatten()
    {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).expect("a copy");
        }
    }
}

/// Every programme the tests run on: the shipped one (named `shipped`)
/// and each fixture of `tests/programmes/` (named by its folder), as
/// (name, programme file), in a stable order.
pub fn programme_files() -> Vec<(String, std::path::PathBuf)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = vec![("shipped".to_string(), root.join("data/programme.yaml"))];
    let mut fixtures: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("tests/programmes"))
        .expect("tests/programmes is readable")
        .filter_map(|e| e.ok().map(|e| e.path().join("programme.yaml")))
        .filter(|p| p.is_file())
        .collect();
    fixtures.sort();
    for f in fixtures {
        let name = f
            .parent()
            .and_then(|d| d.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        all.push((name, f));
    }
    all
}

/// A document's text with French typography undone, to compare with
/// phrases typed in a test: ’ as ', the minus sign as -, the no-break
/// spaces as spaces.
#[allow(dead_code)]
pub fn normal(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2019}' => '\'',
            '\u{2212}' => '-',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

/// A programme of `programme_files`, loaded, with every document of its
/// plan made in memory (filled and parsed, not laid out).
#[allow(dead_code)]
pub struct Made {
    /// The programme file.
    pub data: std::path::PathBuf,
    /// The programme.
    pub programme: gabarit::model::Programme,
    /// Each job of its plan with its document.
    pub documents: Vec<(gabarit::plan::Job, gabarit::document::Document)>,
}

/// Every programme of `programme_files` and its documents.
#[allow(dead_code)]
pub fn made_programmes() -> Vec<Made> {
    programme_files()
        .into_iter()
        .map(|(_, data)| {
            let p = gabarit::load(&data).programme.expect("the programme loads");
            let dirs = gabarit::build::template_dirs(&data);
            let templates = gabarit::build::load_templates(&dirs).expect("templates");
            let shared = gabarit::context::Shared::new(&p);
            let documents = gabarit::plan::plan(&p)
                .into_iter()
                .map(|job| {
                    let doc = gabarit::build::document(&p, &shared, &job, &templates, &dirs)
                        .unwrap_or_else(|f| panic!("{f}"));
                    (job, doc)
                })
                .collect();
            Made {
                data,
                programme: p,
                documents,
            }
        })
        .collect()
}

/// Runs the `gabarit` binary in the project's folder.
#[allow(dead_code)]
pub fn gabarit(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gabarit runs")
}

/// Bytes as text, lossily.
#[allow(dead_code)]
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
