//! Independent read-back of the whole paperwork of every programme: the
//! shipped one and each fixture of `tests/programmes/`.
//!
//! `gabarit build` makes every document of each programme; then
//! readers that share no code with gabarit open every file:
//! - every PDF: `qpdf --check` finds no damage, `pdffonts` shows every font
//!   embedded and subset (with a Unicode map), `pdfinfo` finds it tagged
//!   and says no error, and the text `pdftotext` extracts from each page is, word for word, the text gabarit's layout
//!   drew there;
//! - every DOCX: python-docx opens it and finds the same paragraphs as the
//!   document gabarit rendered; `openxml-audit` (Microsoft's Open XML SDK
//!   schema checks) finds no schema error;
//! - a sample of DOCX files is converted by LibreOffice, in groups (it
//!   silently stops after about 250 files in one call), and each makes as
//!   many pages as our PDF.
//!
//! A test whose tools are missing says SKIPPED on stderr and passes, unless
//! `GABARIT_REQUIRE_READBACK` is set (`.ci/run` sets it after installing
//! them): then it fails.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use gabarit::document::Document;

/// The built paperwork and, for each document, what gabarit rendered.
struct Built {
    _dir: tempfile::TempDir,
    out: PathBuf,
    /// `programme/folder/name` (no extension) → the document.
    documents: BTreeMap<String, Document>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let out = dir.path().join("output");
        let mut documents = BTreeMap::new();
        for (name, data) in common::programme_files() {
            let run = Command::new(env!("CARGO_BIN_EXE_gabarit"))
                .env("GABARIT_LANG", "en")
                .args(["build", "--quiet", "--data"])
                .arg(&data)
                .arg("--out")
                .arg(out.join(&name))
                .output()
                .expect("run gabarit");
            assert!(
                run.status.success(),
                "the paperwork of {} does not build:\n{}",
                data.display(),
                String::from_utf8_lossy(&run.stderr)
            );
            let loaded = gabarit::load(&data);
            let p = loaded.programme.as_ref().expect("the programme loads");
            let dirs = gabarit::build::template_dirs(&data);
            let templates = gabarit::build::load_templates(&dirs).expect("the shipped templates");
            let shared = gabarit::context::Shared::new(p);
            for job in gabarit::plan::plan(p) {
                let doc = gabarit::build::document(p, &shared, &job, &templates, &dirs)
                    .unwrap_or_else(|f| panic!("{f}"));
                documents.insert(format!("{name}/{}/{}", job.folder, job.name), doc);
            }
        }
        Built {
            _dir: dir,
            out,
            documents,
        }
    })
}

/// Writes a line on the terminal even when the test harness captures
/// the test's output: a skipped read-back must be seen.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "readback: {line}");
}

/// Whether `program` runs; if not, says the test is skipped (or fails it
/// when CI requires the read-back).
fn have(program: &str, args: &[&str], package: &str) -> bool {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        let message = format!("{program} is not installed ({package}); .ci/run installs it");
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "{message}"
        );
        say(&format!("SKIPPED: {message}"));
    }
    ok
}

/// The text a page draws, as a reader should extract it: runs that touch
/// on one baseline are one word, a gap is a space, a new baseline a new
/// line.
fn drawn_text(page: &gabarit::layout::Page, font: gabarit::document::FontFamily) -> String {
    let family = gabarit::layout::fonts::family(font);
    let mut out = String::new();
    let mut last: Option<(f32, f32)> = None; // baseline, end x
    for span in page.spans() {
        match last {
            // Same line and touching: the same word goes on (a superscript
            // "er" stands a third of the size above its line).
            Some((baseline, end))
                if (span.baseline - baseline).abs() < span.size.max(1.0)
                    && (span.x - end).abs() <= 0.5 => {}
            // Same line with a gap, or a run drawn back to the left (a
            // list's bullet after its first line).
            Some((baseline, _)) if (span.baseline - baseline).abs() < 0.5 => out.push(' '),
            Some(_) => out.push('\n'),
            None => {}
        }
        // The hyphen of a split word is drawn as one.
        out.push_str(&span.text.replace(gabarit::layout::SOFT_HYPHEN, "-"));
        let spaces = span.text.matches(' ').count() as f32;
        let width =
            family.face(span.style).width(&span.text, span.size) + spaces * span.space_extra;
        last = Some((span.baseline, span.x + width));
    }
    out
}

/// Collapses every run of white space (U+00A0 and U+202F included) into
/// one space: readers write a justified gap or a U+202F before `:` as they
/// like, the words must be the same.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `program` with `args`, then `file`, then `after`.
fn run(program: &str, args: &[&str], file: &Path, after: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .arg(file)
        .args(after)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"))
}

#[test]
fn every_pdf_is_sound_embeds_subset_fonts_and_gives_back_its_text() {
    if !(have("qpdf", &["--version"], "Debian qpdf")
        && have("pdftotext", &["-v"], "Debian poppler-utils"))
    {
        return;
    }
    let b = built();
    let mut failures = Vec::new();
    for (stem, doc) in &b.documents {
        let path = b.out.join(format!("{stem}.pdf"));
        let check = run("qpdf", &["--check"], &path, &[]);
        if !check.status.success() {
            failures.push(format!(
                "{stem}.pdf: qpdf --check: {}",
                String::from_utf8_lossy(&check.stdout)
            ));
        }
        // poppler reads the file, tagged, without a complaint: a reader
        // that says "Syntax Error" on a sound file leaves a person unable
        // to tell a real fault (it did, on `/Suspects false`).
        let info = run("pdfinfo", &[], &path, &[]);
        let said = String::from_utf8_lossy(&info.stdout);
        if !info.stderr.is_empty()
            || !said
                .lines()
                .any(|l| l.starts_with("Tagged:") && l.ends_with("yes"))
        {
            failures.push(format!(
                "{stem}.pdf: pdfinfo says {} ({})",
                String::from_utf8_lossy(&info.stderr).trim(),
                said.lines()
                    .find(|l| l.starts_with("Tagged:"))
                    .unwrap_or("no Tagged line")
            ));
        }
        let fonts = String::from_utf8_lossy(&run("pdffonts", &[], &path, &[]).stdout).into_owned();
        let rows: Vec<Vec<&str>> = fonts
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        if rows.is_empty() {
            failures.push(format!("{stem}.pdf: pdffonts lists no font"));
        }
        for row in &rows {
            let n = row.len();
            // name type… encoding emb sub uni object-id generation
            let (emb, sub, uni) = (row[n - 5], row[n - 4], row[n - 3]);
            let tagged = row[0].len() > 7 && row[0].as_bytes()[6] == b'+';
            if (emb, sub, uni) != ("yes", "yes", "yes") || !tagged {
                failures.push(format!(
                    "{stem}.pdf: font {} embedded {emb}, subset {sub} (tag {tagged}), Unicode map {uni}",
                    row[0]
                ));
            }
        }
        let pages = gabarit::layout::flow::layout(doc).expect("the document lays out");
        let text = run("pdftotext", &["-raw", "-enc", "UTF-8"], &path, &["-"]);
        let extracted = String::from_utf8_lossy(&text.stdout).into_owned();
        // pdftotext ends every page with a form feed.
        let extracted: Vec<&str> = extracted.split('\u{c}').collect();
        if extracted.len() != pages.len() + 1 {
            failures.push(format!(
                "{stem}.pdf: pdftotext finds {} pages, gabarit laid out {}",
                extracted.len() - 1,
                pages.len()
            ));
            continue;
        }
        for (n, (page, got)) in pages.iter().zip(&extracted).enumerate() {
            let drawn = drawn_text(page, doc.settings.font);
            let (drawn, got) = (words(&drawn), words(got));
            if drawn != got {
                let at = drawn
                    .chars()
                    .zip(got.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                let show = |s: &str| {
                    s.chars()
                        .skip(at.saturating_sub(20))
                        .take(60)
                        .collect::<String>()
                };
                failures.push(format!(
                    "{stem}.pdf page {}: extracted text differs from the drawn text after {at} characters:\n  drawn     …{}\n  extracted …{}",
                    n + 1,
                    show(&drawn),
                    show(&got)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} PDF files:\n{}",
        failures.len(),
        b.documents.len(),
        failures.join("\n")
    );
    say(&format!("read back {} PDF files", b.documents.len()));
}

/// The words the layout split at a line's end on `pages`, whole: the
/// last word of a line that ends with the soft hyphen, and the first word
/// of the block's next line.
fn split_words(pages: &[gabarit::layout::Page]) -> Vec<String> {
    let soft = gabarit::layout::SOFT_HYPHEN;
    let mut out = Vec::new();
    for page in pages {
        let spans: Vec<&gabarit::layout::Span> = page.spans().collect();
        for (k, s) in spans.iter().enumerate() {
            let Some(stem) = s.text.strip_suffix(soft) else {
                continue;
            };
            let Some(next) = spans[k + 1..].iter().find(|n| n.mark == s.mark) else {
                continue;
            };
            let head = stem.rsplit(' ').next().unwrap_or(stem);
            let tail = next.text.split(' ').next().unwrap_or("");
            let word: String = format!("{head}{tail}")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .into();
            // Only what a reader would search for: a word of letters.
            if word.chars().all(char::is_alphabetic) && !tail.ends_with(soft) {
                out.push(word);
            }
        }
    }
    out
}

#[test]
fn words_split_at_a_line_end_are_extracted_whole() {
    if !have("pdftotext", &["-v"], "poppler-utils")
        || !have("python3", &["-c", "import pymupdf"], "pymupdf")
    {
        return;
    }
    let b = built();
    let mut failures = Vec::new();
    let mut words = 0;
    let mut to_read = Vec::new();
    for (stem, doc) in &b.documents {
        let path = b.out.join(format!("{stem}.pdf"));
        if !path.exists() {
            continue;
        }
        let pages = gabarit::layout::flow::layout(doc).expect("the document lays out");
        let split = split_words(&pages);
        if !split.is_empty() {
            words += split.len();
            to_read.push((stem, path, split));
        }
    }
    // MuPDF reads them all in one process, each text after a line that
    // names its file.
    let mupdf = Command::new("python3")
        .args([
            "-c",
            "import sys, pymupdf\nfor f in sys.argv[1:]:\n    print('\\x1d' + f)\n    print(''.join(p.get_text() for p in pymupdf.open(f)))",
        ])
        .args(to_read.iter().map(|(_, path, _)| path))
        .output()
        .expect("python3 runs");
    let mupdf = String::from_utf8_lossy(&mupdf.stdout).into_owned();
    let mupdf: BTreeMap<&str, &str> = mupdf
        .split('\u{1d}')
        .filter_map(|part| part.split_once('\n'))
        .collect();
    for (stem, path, split) in &to_read {
        let poppler =
            String::from_utf8_lossy(&run("pdftotext", &[], path, &["-"]).stdout).into_owned();
        let mupdf = mupdf
            .get(path.to_string_lossy().as_ref())
            .copied()
            .unwrap_or("");
        for (reader, text) in [("pdftotext", poppler.as_str()), ("PyMuPDF", mupdf)] {
            let found: std::collections::HashSet<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for word in split {
                if !found.contains(word.as_str()) {
                    failures.push(format!(
                        "{stem}.pdf: {reader} does not give « {word} » whole"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} words split at a line's end are not extracted whole:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        words > 0,
        "no word is split at a line's end: the test tests nothing"
    );
    say(&format!(
        "{words} words split at a line's end, extracted whole"
    ));
}

/// A Python that can `import docx`: `python3` first, then Debian's own
/// (where `python3-docx` installs it) when another `python3` comes first.
fn python_with_docx() -> Option<&'static str> {
    ["python3", "/usr/bin/python3"].into_iter().find(|py| {
        Command::new(py)
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Every paragraph python-docx finds in each file, in document order
/// (table cells included), headers apart.
const READ_DOCX: &str = r#"
import json, sys, docx
from docx.oxml.ns import qn
# A paragraph's text as python-docx 1.x reads it, hyperlinks included
# (0.8, Debian's, reads only the runs directly under the paragraph).
T, TAB, BR, CR, R = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:r")
def text(p):
    out = []
    for e in p.iter():
        if e.getparent() is None or e.getparent().tag != R:
            continue
        if e.tag == T:
            out.append(e.text or "")
        elif e.tag == TAB:
            out.append("\t")
        elif e.tag in (BR, CR):
            out.append("\n")
    return "".join(out)
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    body = [text(p) for p in d.element.body.iter(qn("w:p"))]
    header = [p.text for s in d.sections for p in s.header.paragraphs]
    out[path] = {"body": body, "header": header}
json.dump(out, sys.stdout)
"#;

#[test]
fn every_docx_opens_in_python_docx_with_the_same_paragraphs() {
    let Some(python) = python_with_docx() else {
        have(
            "python3-with-docx",
            &[],
            "Debian python3-docx or `pip install python-docx`",
        );
        return;
    };
    let b = built();
    let paths: Vec<String> = b
        .documents
        .keys()
        .map(|stem| b.out.join(format!("{stem}.docx")).display().to_string())
        .collect();
    let run = Command::new(python)
        .args(["-c", READ_DOCX])
        .args(&paths)
        .output()
        .expect("run python");
    assert!(
        run.status.success(),
        "python-docx could not read the files:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let read: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(&run.stdout).expect("python's JSON");
    let mut failures = Vec::new();
    for ((stem, doc), path) in b.documents.iter().zip(&paths) {
        let got: Vec<String> = read[path]["body"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .map(|p| words(p.as_str().unwrap_or_default()))
            .filter(|p| !p.is_empty())
            .collect();
        let expected: Vec<String> = doc
            .plain_text()
            .iter()
            .map(|p| words(p))
            .filter(|p| !p.is_empty())
            .collect();
        if got != expected {
            let at = got
                .iter()
                .zip(&expected)
                .take_while(|(a, b)| a == b)
                .count();
            failures.push(format!(
                "{stem}.docx: {} paragraphs, expected {}; first difference at paragraph {}:\n  found    {:?}\n  expected {:?}",
                got.len(),
                expected.len(),
                at + 1,
                got.get(at),
                expected.get(at)
            ));
        }
        let header: Vec<String> = read[path]["header"]
            .as_array()
            .expect("header paragraphs")
            .iter()
            .map(|p| words(p.as_str().unwrap_or_default()))
            .filter(|p| !p.is_empty())
            .collect();
        let expected_header: Vec<String> = doc.settings.header.iter().map(|h| words(h)).collect();
        if header.first() != expected_header.first() {
            failures.push(format!(
                "{stem}.docx: header {header:?}, expected {expected_header:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} DOCX files:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
    say(&format!(
        "read back {} DOCX files with {python}",
        paths.len()
    ));
}

/// Every PDF of both programmes passes outloud's PDF/UA-1 conformance
/// checks (PyPI `outloud`, which shares no code with gabarit or krilla):
/// tagged, with its language, title, structure, artifacts, figures'
/// alternative text and tagged form fields. The checkpoints that need a
/// person are listed in the README.
#[test]
fn every_pdf_passes_the_pdf_ua_conformance_checks() {
    if !have("outloud", &["--version"], "PyPI outloud") {
        return;
    }
    let b = built();
    let mut pdfs = Vec::new();
    let mut stack = vec![b.out.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("the output folder")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "pdf") {
                pdfs.push(path);
            }
        }
    }
    pdfs.sort();
    assert_eq!(pdfs.len(), b.documents.len(), "one PDF per document");
    let mut failures = Vec::new();
    for chunk in pdfs.chunks(200) {
        let run = Command::new("outloud")
            .args(["--layer", "conformance", "--quiet", "--fail-on", "error"])
            .args(chunk)
            .output()
            .expect("run outloud");
        let report = String::from_utf8_lossy(&run.stdout);
        failures.extend(
            report
                .lines()
                .filter(|l| !l.trim_start().starts_with("PASS") && !l.trim().is_empty())
                .map(str::to_string),
        );
        if !run.status.success() && failures.is_empty() {
            failures.push(format!(
                "outloud failed: {}{}",
                report,
                String::from_utf8_lossy(&run.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    say(&format!(
        "outloud --layer conformance: {} PDF files, no error",
        pdfs.len()
    ));
}

/// The pages (from 1) where one drawn grid holds the cells of several
/// tables, or of a table begun on an earlier page: outloud's TBL-014
/// looks there for one `Table` whose `/Pg` is the page and which covers
/// half of every ruled line of the page together. ISO 32000 tags a table
/// split across pages as one `Table` (one `THead`, the header "redrawn at
/// the top of each table fragment"), which has one `/Pg`; and three tables
/// on a page each cover a third of it. Those findings say nothing wrong.
fn grids_outloud_cannot_attribute(pages: &[gabarit::layout::Page]) -> Vec<usize> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let tables: std::collections::BTreeSet<u32> = page
            .spans()
            .filter(|s| matches!(s.mark.role, gabarit::layout::Role::Cell { .. }))
            .map(|s| s.mark.block)
            .collect();
        if tables.len() > 1 || tables.iter().any(|t| seen.contains(t)) {
            out.push(n + 1);
        }
        seen.extend(tables);
    }
    out
}

/// outloud's semantic layer (what a validator cannot check: grids drawn
/// but not tagged as tables, lists, links, reading order) finds nothing
/// in any PDF, but the TBL-014 warnings its heuristic gives on pages with
/// several tables or a continued table (see
/// [`grids_outloud_cannot_attribute`]).
#[test]
fn every_pdf_passes_the_semantic_checks() {
    if !have("outloud", &["--version"], "PyPI outloud") {
        return;
    }
    let b = built();
    let mut allowed = BTreeMap::new();
    let mut pdfs = Vec::new();
    for (stem, doc) in &b.documents {
        let path = b.out.join(format!("{stem}.pdf"));
        let pages = gabarit::layout::flow::layout(doc).expect("the document lays out");
        allowed.insert(
            path.to_string_lossy().into_owned(),
            grids_outloud_cannot_attribute(&pages),
        );
        pdfs.push(path);
    }
    let mut failures = Vec::new();
    let mut excused = 0;
    for chunk in pdfs.chunks(200) {
        let run = Command::new("outloud")
            .args(["--layer", "semantic", "--fail-on", "never", "--json", "-"])
            .args(chunk)
            .output()
            .expect("run outloud");
        let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap_or_else(|e| {
            panic!(
                "outloud's JSON: {e}\n{}",
                String::from_utf8_lossy(&run.stderr)
            )
        });
        for file in report["results"].as_array().into_iter().flatten() {
            let path = file["path"].as_str().unwrap_or("?");
            for f in file["findings"].as_array().into_iter().flatten() {
                if f["severity"] == "info" {
                    continue;
                }
                let page = f["page"].as_u64().unwrap_or(0) as usize;
                if f["rule"] == "TBL-014"
                    && allowed.get(path).is_some_and(|pages| pages.contains(&page))
                {
                    excused += 1;
                    continue;
                }
                failures.push(format!(
                    "{path}, page {page}: {} {}",
                    f["rule"], f["message"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    say(&format!(
        "outloud --layer semantic: {} PDF files, no finding but {excused} TBL-014 on pages with several tables or a continued one",
        pdfs.len()
    ));
}

#[test]
fn every_docx_passes_the_open_xml_schema_checks() {
    if !have("openxml-audit", &["--help"], "PyPI openxml-audit") {
        return;
    }
    let b = built();
    let run = Command::new("openxml-audit")
        .args(["-r", "-o", "json", "-m", "0"])
        .arg(&b.out)
        .output()
        .expect("run openxml-audit");
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "openxml-audit's report is not JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        )
    });
    let files = report.as_array().expect("a list of files");
    assert_eq!(
        files.len(),
        b.documents.len(),
        "openxml-audit checked {} files, we made {} DOCX",
        files.len(),
        b.documents.len()
    );
    let mut failures = Vec::new();
    for f in files {
        // Schema, semantic and package errors alike: Word may refuse or
        // "repair" a file with any of them.
        let errors: Vec<&serde_json::Value> = f["errors"]
            .as_array()
            .map(|e| e.iter().collect())
            .unwrap_or_default();
        if let Some(first) = errors.first() {
            failures.push(format!(
                "{}: {} errors, first ({}): {} at {} {}",
                f["file"],
                errors.len(),
                first["type"],
                first["description"],
                first["part_uri"],
                first["path"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    say(&format!(
        "openxml-audit: {} DOCX files, no error",
        files.len()
    ));
}

/// Files per LibreOffice call: well below the ~250 after which it stops
/// converting without a word.
const LO_GROUP: usize = 25;

/// The first words of each page of a PDF, its running header and footer
/// (the lines every page repeats) left out.
fn page_starts(path: &Path) -> Vec<String> {
    let out = run("pdftotext", &["-layout"], path, &["-"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages: Vec<Vec<String>> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            p.lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect();
    let repeated = |line: &String| pages.len() > 1 && pages.iter().all(|p| p.contains(line));
    pages
        .iter()
        .map(|p| {
            p.iter()
                .filter(|l| !repeated(l) && !l.starts_with("Page "))
                .flat_map(|l| l.split(' '))
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The share of pages that must begin with the same words in
/// LibreOffice's rendering of our DOCX as in our PDF (README: what it is).
const PAGES_AGREE: f64 = 0.90;

#[test]
fn libreoffice_sets_a_sample_of_docx_page_by_page_like_our_pdf() {
    if !(have("soffice", &["--version"], "Debian libreoffice-writer")
        && have("pdftotext", &["-v"], "Debian poppler-utils"))
    {
        return;
    }
    let b = built();
    // Every convention, statement and report (the long documents), the
    // first document of every family of every programme (a family's
    // names share their first word: attestation, invitation, convocation,
    // avenant…), and one letter in eight.
    let mut families = std::collections::HashSet::new();
    let sample: Vec<&String> = b
        .documents
        .keys()
        .enumerate()
        .filter(|(i, stem)| {
            let programme = stem.split('/').next().unwrap_or("");
            let name = stem.rsplit('/').next().unwrap_or("");
            let family = name.split('-').next().unwrap_or(name);
            let first = families.insert(format!("{programme}/{family}"));
            ["/conventions/", "/statements/", "/reports/"]
                .iter()
                .any(|f| stem.contains(f))
                || first
                || i % 8 == 0
        })
        .map(|(_, stem)| stem)
        .collect();
    let work = tempfile::tempdir().expect("a temporary folder");
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        work.path().display()
    );
    let mut failures = Vec::new();
    let mut differ = Vec::new();
    let (mut pages, mut agree, mut whole) = (0usize, 0usize, 0usize);
    for (g, group) in sample.chunks(LO_GROUP).enumerate() {
        let outdir = work.path().join(format!("group{g}"));
        let run = Command::new("soffice")
            .args(["--headless", &profile, "--convert-to", "pdf", "--outdir"])
            .arg(&outdir)
            .args(group.iter().map(|s| b.out.join(format!("{s}.docx"))))
            .output()
            .expect("run LibreOffice");
        let made = std::fs::read_dir(&outdir).map_or(0, |d| d.count());
        if made != group.len() {
            failures.push(format!(
                "LibreOffice converted {made} of {} files in group {g} (exit {:?}): {}",
                group.len(),
                run.status.code(),
                String::from_utf8_lossy(&run.stderr)
            ));
        }
        for stem in group {
            let name = Path::new(stem.as_str()).file_name().expect("a name");
            let theirs = outdir.join(name).with_extension("pdf");
            if !theirs.exists() {
                continue;
            }
            let ours = page_starts(&b.out.join(format!("{stem}.pdf")));
            let lo = page_starts(&theirs);
            let same = ours.iter().zip(&lo).filter(|(a, b)| a == b).count();
            pages += ours.len().max(lo.len());
            agree += same;
            if same == ours.len() && ours.len() == lo.len() {
                whole += 1;
            } else if let Some(k) =
                (0..ours.len().max(lo.len())).find(|&k| ours.get(k) != lo.get(k))
            {
                differ.push(format!(
                    "{stem} p. {}: ours «{}», LibreOffice «{}» ({} / {} pages)",
                    k + 1,
                    ours.get(k).map_or("", String::as_str),
                    lo.get(k).map_or("", String::as_str),
                    ours.len(),
                    lo.len()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let share = agree as f64 / pages.max(1) as f64;
    say(&format!(
        "LibreOffice: {} DOCX files converted; {agree} of {pages} pages ({:.0} %) begin with the same words as our PDF's, {whole} documents agree on every page",
        sample.len(),
        share * 100.0
    ));
    for d in differ.iter().take(12) {
        say(&format!("  differs: {d}"));
    }
    assert!(
        share >= PAGES_AGREE,
        "only {agree} of {pages} pages agree:\n{}",
        differ.join("\n")
    );
}
