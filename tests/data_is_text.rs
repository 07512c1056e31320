//! Data is text, never markup: every Markdown and directive metacharacter
//! put into the free texts of a programme (its YAML and its participants
//! list) comes out verbatim in the documents, and no document changes its
//! structure (blocks, headings, page breaks, lists, table rows and
//! columns, signatures) because of them. Run on the shipped programme and
//! every fixture.

mod common;

use std::path::Path;

use gabarit::document::{Block, Document, inline_text};

/// Every metacharacter of Markdown, of the directives and of YAML, at the
/// start of lines and inside, with line breaks.
const HOSTILE: &str = "# ANNULÉ | col | col\n::: page-break :::\n- d **e** _f_ ![x](logo.png) <Les Amis> &#9744; `g`\n1. h [i](j) ~k~ \\ \"l\" : m\n---\n> n = o + p {q} (r) * s";

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("readable").flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("a copy");
        }
    }
}

/// The programme file with `HOSTILE` (numbered) in each free text printed
/// as it is, written as JSON (which YAML reads); and the participants'
/// roles likewise. Returns the texts put in.
fn poison(dir: &Path) -> Vec<String> {
    let loaded = gabarit::load(&dir.join("programme.yaml"));
    let p = loaded.programme.expect("the programme loads");
    let mut value = serde_json::to_value(&p).expect("the programme serialises");
    let root = value.as_object_mut().expect("a mapping");
    root.remove("ledger");
    root.remove("participants");
    let mut texts = Vec::new();
    let mut next = |v: &mut serde_json::Value| {
        let text = format!("{}{HOSTILE}", texts.len());
        *v = serde_json::Value::String(text.clone());
        texts.push(text);
    };
    let pointers_of = |value: &serde_json::Value| -> Vec<String> {
        let mut out = vec!["/programme/preamble".to_string()];
        let list = |ptr: &str| {
            value
                .pointer(ptr)
                .and_then(|v| v.as_array())
                .map_or(0, Vec::len)
        };
        for i in 0..list("/budget/lines") {
            out.push(format!("/budget/lines/{i}/label"));
        }
        for i in 0..list("/budget/resources") {
            out.push(format!("/budget/resources/{i}/label"));
        }
        for i in 0..list("/milestones") {
            out.push(format!("/milestones/{i}/text"));
        }
        // Only the texts some document prints: a meeting without letters
        // (the launch) shows its agenda nowhere, nor does the lead its own
        // referent.
        for i in 0..list("/governance/meetings") {
            let field = |k: &str| value.pointer(&format!("/governance/meetings/{i}/{k}"));
            if field("letter_date").is_none_or(|v| v.is_null())
                || field("kind").and_then(|v| v.as_str()) != Some("committee")
            {
                continue;
            }
            for j in 0..list(&format!("/governance/meetings/{i}/agenda")) {
                out.push(format!("/governance/meetings/{i}/agenda/{j}"));
            }
        }
        for i in 0..list("/actions/exchange_days") {
            out.push(format!("/actions/exchange_days/{i}/theme"));
        }
        for i in 0..list("/actions/trainings") {
            for j in 0..list(&format!("/actions/trainings/{i}/schedule")) {
                out.push(format!("/actions/trainings/{i}/schedule/{j}/morning"));
            }
        }
        let lead = value.pointer("/lead/member").cloned();
        for i in 0..list("/members") {
            if value.pointer(&format!("/members/{i}/id")).cloned() == lead {
                continue;
            }
            out.push(format!("/members/{i}/address/lines/0"));
            out.push(format!("/members/{i}/referent/quality"));
        }
        out
    };
    for ptr in pointers_of(&value) {
        if let Some(v) = value.pointer_mut(&ptr) {
            next(v);
        }
    }
    std::fs::write(
        dir.join("programme.yaml"),
        serde_json::to_string_pretty(&value).expect("JSON"),
    )
    .expect("written");
    // The participants' roles, in the CSV.
    let path = dir.join(&p.files.participants);
    let csv = std::fs::read_to_string(&path).expect("the participants list");
    let mut out = String::new();
    for (n, line) in csv.lines().enumerate() {
        if n == 0 {
            out.push_str(line);
        } else {
            let mut fields: Vec<String> = line.split(';').map(String::from).collect();
            if fields.len() > 4 {
                let text = format!("{}{}", texts.len(), HOSTILE.replace('"', "'"));
                fields[4] = format!("\"{}\"", text.replace(';', ","));
                texts.push(text.replace(';', ","));
            }
            out.push_str(&fields.join(";"));
        }
        out.push('\n');
    }
    std::fs::write(&path, out).expect("written");
    texts
}

/// The structure of a document, without its text: block kinds, heading
/// levels, list items, table rows and columns, signature parties.
fn shape(blocks: &[Block], out: &mut String) {
    for b in blocks {
        match b {
            Block::Heading { level, .. } => out.push_str(&format!("H{level} ")),
            Block::Paragraph { align, .. } => out.push_str(&format!("P{align:?} ")),
            Block::List(l) => {
                out.push_str(&format!("L{}[", l.items.len()));
                for item in &l.items {
                    shape(item, out);
                }
                out.push_str("] ");
            }
            Block::Table(t) => out.push_str(&format!(
                "T{}x{}h{} ",
                t.rows.len(),
                t.columns(),
                t.header_rows
            )),
            Block::Image(_) => out.push_str("I "),
            Block::Rule => out.push_str("R "),
            Block::PageBreak => out.push_str("B "),
            Block::KeepTogether(b) | Block::Sender(b) | Block::Addressee(b) => {
                out.push('{');
                shape(b, out);
                out.push_str("} ");
            }
            Block::PlaceDate(_) => out.push_str("D "),
            Block::References(r) => out.push_str(&format!("Ref{} ", r.len())),
            Block::Signatures { parties, .. } => out.push_str(&format!("S{} ", parties.len())),
        }
    }
}

/// Every document of the programme in `dir`, by name.
fn documents(dir: &Path) -> Vec<(String, Document)> {
    let data = dir.join("programme.yaml");
    let loaded = gabarit::load(&data);
    let errors: Vec<String> = gabarit::check(&loaded)
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(&loaded.sources))
        .collect();
    assert!(errors.is_empty(), "check refuses:\n{}", errors.join("\n"));
    let p = loaded.programme.expect("loads");
    let dirs = gabarit::build::template_dirs(&data);
    let templates = gabarit::build::load_templates(&dirs).expect("templates");
    let shared = gabarit::context::Shared::new(&p);
    gabarit::plan::plan(&p)
        .iter()
        .map(|job| {
            let doc = gabarit::build::document(&p, &shared, job, &templates, &dirs)
                .unwrap_or_else(|f| panic!("{f}"));
            (job.name.clone(), doc)
        })
        .collect()
}

fn all_text(doc: &Document) -> String {
    let mut out = doc.plain_text().join("\n");
    fn refs(blocks: &[Block], out: &mut String) {
        for b in blocks {
            match b {
                Block::References(r) => {
                    for x in r {
                        out.push('\n');
                        out.push_str(&inline_text(&x.text));
                    }
                }
                Block::KeepTogether(b) | Block::Sender(b) | Block::Addressee(b) => refs(b, out),
                _ => {}
            }
        }
    }
    refs(&doc.blocks, &mut out);
    out
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .collect()
}

#[test]
fn metacharacters_in_the_data_are_printed_as_they_are_and_change_no_structure() {
    for (_, file) in common::programme_files() {
        let programme = file.parent().expect("a folder").to_path_buf();
        let clean = tempfile::tempdir().expect("a folder");
        copy_dir(&programme, clean.path());
        let hostile = tempfile::tempdir().expect("a folder");
        copy_dir(&programme, hostile.path());
        let texts = poison(hostile.path());

        let before = documents(clean.path());
        let after = documents(hostile.path());
        assert_eq!(before.len(), after.len(), "{}", programme.display());
        let mut seen = vec![false; texts.len()];
        for ((name, a), (_, b)) in before.iter().zip(&after) {
            let (mut sa, mut sb) = (String::new(), String::new());
            shape(&a.blocks, &mut sa);
            shape(&b.blocks, &mut sb);
            assert_eq!(
                sa,
                sb,
                "{}: {name} changed its structure",
                programme.display()
            );
            let text = squash(&all_text(b));
            for (i, t) in texts.iter().enumerate() {
                if text.contains(&squash(t)) {
                    seen[i] = true;
                }
            }
            // Nothing of the hostile text was taken as markup.
            assert!(
                !text.contains("logo.png)") || text.contains("![x](logo.png)"),
                "{name}"
            );
        }
        let unseen: Vec<&String> = texts
            .iter()
            .zip(&seen)
            .filter(|(_, s)| !**s)
            .map(|(t, _)| t)
            .collect();
        // Every text put in appears whole somewhere.
        assert!(
            unseen.is_empty(),
            "{}: {} of {} texts never appear verbatim: {:?}",
            programme.display(),
            unseen.len(),
            texts.len(),
            unseen.iter().take(5).collect::<Vec<_>>()
        );
        // And the build itself writes every file.
        let out = hostile.path().join("out");
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_gabarit"))
            .env("GABARIT_LANG", "en")
            .args(["build", "--quiet", "--data"])
            .arg(hostile.path().join("programme.yaml"))
            .arg("--out")
            .arg(&out)
            .output()
            .expect("gabarit runs");
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
    }
}
