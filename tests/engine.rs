//! The document engine end to end: templates → Document → PDF and DOCX.

mod common;
use std::path::Path;
use std::process::Command;

use gabarit::Format;

fn sample_text() -> String {
    let templates =
        gabarit::template::Templates::load(&[Path::new("templates")]).expect("templates load");
    templates
        .render("sample.md.tera", &tera::Context::new())
        .expect("sample renders")
}

fn sample() -> gabarit::document::Document {
    gabarit::make_document(&sample_text(), Path::new("templates")).expect("sample parses")
}

/// The text of every `w:t` of a part, in order, separated by spaces.
fn docx_text(xml: &str) -> String {
    common::docx_runs(xml).join(" ")
}

fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{202f}' && *c != '\u{a0}')
        .collect()
}

#[test]
fn sample_renders_in_both_formats_identically_twice() {
    let doc = sample();
    let pdf = gabarit::render_document(&doc, Format::Pdf).unwrap();
    let docx = gabarit::render_document(&doc, Format::Docx).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert!(
        pdf.pages >= 4,
        "the 120-row table runs over pages: {} pages",
        pdf.pages
    );
    assert!(docx.bytes.starts_with(b"PK"));
    // Same input, same bytes, in one process (printpdf's counters must not
    // leak into the output).
    let again = sample();
    assert_eq!(
        gabarit::render_document(&again, Format::Pdf).unwrap().bytes,
        pdf.bytes
    );
    assert_eq!(
        gabarit::render_document(&again, Format::Docx)
            .unwrap()
            .bytes,
        docx.bytes
    );
}

#[test]
fn docx_has_real_word_structures() {
    let docx = gabarit::render_document(&sample(), Format::Docx)
        .unwrap()
        .bytes;
    let document = common::docx_part(&docx, "word/document.xml");
    let styles = common::docx_part(&docx, "word/styles.xml");
    let numbering = common::docx_part(&docx, "word/numbering.xml");
    let footer = common::docx_part(&docx, "word/footer1.xml");
    for style in [
        "w:styleId=\"Heading1\"",
        "w:styleId=\"Heading2\"",
        "w:styleId=\"Heading3\"",
        "w:styleId=\"Normal\"",
        "w:styleId=\"TableGrid\"",
    ] {
        assert!(styles.contains(style), "missing {style}");
    }
    assert!(document.contains("<w:pStyle w:val=\"Heading2\"/>"));
    // The 120-row table repeats its one header row.
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1);
    assert!(numbering.contains("w:val=\"bullet\"") && numbering.contains("w:val=\"decimal\""));
    assert!(document.contains("<w:numPr>"));
    assert!(footer.contains("PAGE") && footer.contains("NUMPAGES"));
    assert!(document.contains("w:pageBreakBefore"));
    // No control character, no clock.
    assert!(
        !document
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    );
    let core = common::docx_part(&docx, "docProps/core.xml");
    assert!(!core.contains("2026"), "{core}");
}

#[test]
fn pdf_and_docx_say_the_same_thing() {
    let doc = sample();
    let docx = gabarit::render_document(&doc, Format::Docx).unwrap().bytes;
    let pdf = gabarit::render_document(&doc, Format::Pdf).unwrap().bytes;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let Ok(out) = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
    else {
        // Straight to the terminal: the harness would hide eprintln!'s line.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"SKIPPED: pdftotext (poppler-utils) is not installed; .ci/run installs it\n",
        );
        return;
    };
    let pdf_text = String::from_utf8_lossy(&out.stdout).into_owned();
    // The running header and footer repeat on every page of the PDF and
    // live in their own parts in the DOCX: compare the body.
    let s = &doc.settings;
    let body: String = pdf_text
        .lines()
        .filter(|l| {
            let l = l.trim();
            !(Some(l) == s.header.as_deref()
                || l == "Paraphes"
                || l.starts_with("Page ") && l.contains(" / ")
                || s.footer.as_deref().is_some_and(|f| l.starts_with(f)))
        })
        .collect::<Vec<_>>()
        .join("\n");
    // List markers are numbering in the DOCX, text in the PDF; the table's
    // header row is repeated on each page of the PDF.
    let body: String = body
        .split_whitespace()
        .filter(|t| {
            !(t.ends_with('.')
                && t.len() > 1
                && t[..t.len() - 1].chars().all(|c| c.is_ascii_digit()))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let header_row = "N°LignebudgétaireMontant";
    let mut pdf_squeezed = squeeze(&body).replace('•', "");
    let first = pdf_squeezed.find(header_row).expect("the table header") + header_row.len();
    let (head, tail) = pdf_squeezed.split_at(first);
    pdf_squeezed = format!("{head}{}", tail.replace(header_row, ""));
    let docx_body = docx_text(&common::docx_part(&docx, "word/document.xml"));
    assert_eq!(pdf_squeezed, squeeze(&docx_body));
    assert!(pdf_squeezed.contains("anticonstitutionnellementanticonstitutionnellement"));
}

#[test]
fn a_one_page_letter_stays_small() {
    let letter = "---\ntitle: Lettre\nheader: Programme concerté franco-togolais 2006-2008\n---\n\n::: sender\n**Mairie de Chauray**\nPlace de la Mairie\n79180 Chauray\n:::\n\n::: place-date\nChauray, le 5 décembre 2006\n:::\n\n::: addressee\nMonsieur le Maire\nHôtel de ville\n79300 Bressuire\n:::\n\n::: references\nObjet : Comité de pilotage\n:::\n\nMonsieur le Maire,\n\nJ'ai l'honneur de vous inviter à la réunion du comité de pilotage français du programme concerté, qui se tiendra le mardi 5 décembre 2006 à 14 h 00 à l'hôtel de ville de Chauray. L'ordre du jour portera sur l'identification d'un interlocuteur au Togo et la mise en place du comité de pilotage togolais.\n\nJe vous prie d'agréer, Monsieur le Maire, l'expression de ma considération distinguée.\n\n::: signatures\n::: signature\nLe Maire,\n\nClaude MODÈLE\n:::\n:::\n";
    let doc = gabarit::make_document(letter, Path::new(".")).unwrap();
    let pdf = gabarit::render_document(&doc, Format::Pdf).unwrap();
    assert_eq!(pdf.pages, 1);
    assert!(
        pdf.bytes.len() <= 30_000,
        "a one-page letter weighs {} bytes",
        pdf.bytes.len()
    );
}

#[test]
fn plain_markdown_renders_without_data() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("note.md");
    std::fs::write(&template, "# Note\n\nUn simple texte : rien d'autre.\n").unwrap();
    for ext in ["pdf", "docx"] {
        let out = dir.path().join(format!("note.{ext}"));
        let run = render_cli(&template, &out);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    }
}

fn render_cli(template: &Path, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .arg("render")
        .arg(template)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn template_errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("bad.md.tera");
    std::fs::write(&template, "# Titre\n\nBonjour {{ personne.nom }}\n").unwrap();
    let out = dir.path().join("bad.pdf");
    let run = render_cli(&template, &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("{}:3:", template.display())),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written on error");

    std::fs::write(&template, "Texte\n\n::: sendr\nx\n:::\n").unwrap();
    let run = render_cli(&template, &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr.contains("line 3") && stderr.contains("did you mean `sender`?"),
        "{stderr}"
    );
}

#[test]
fn letter_blocks_inside_keep_together_reach_the_docx() {
    // Found by the read-back test: the place-date of a report's closing
    // keep-together group was drawn in the PDF and missing from the DOCX.
    let text = "Texte.\n\n::: keep-together\n::: place-date\nChauray, le 31 décembre 2008\n:::\n\n::: signatures\n::: signature\nLe Maire,\n\nClaude MODÈLE\n:::\n:::\n:::\n";
    let doc = gabarit::make_document(text, Path::new(".")).unwrap();
    let docx = gabarit::render_document(&doc, Format::Docx).unwrap().bytes;
    let body = docx_text(&common::docx_part(&docx, "word/document.xml"));
    assert!(body.contains("Chauray, le 31"), "{body}");
    assert!(body.find("Chauray").unwrap() < body.find("Le Maire").unwrap());
}

#[test]
fn the_time_in_the_files_comes_from_the_options_only() {
    use gabarit::render::RenderOptions;
    let doc = sample();
    let at = |timestamp| RenderOptions {
        timestamp,
        ..RenderOptions::default()
    };
    for format in [Format::Pdf, Format::Docx] {
        let none = gabarit::render_document_with(&doc, format, &at(None)).unwrap();
        let again = gabarit::render_document_with(&doc, format, &at(None)).unwrap();
        let dated = gabarit::render_document_with(&doc, format, &at(Some(1_000_000_000))).unwrap();
        assert_eq!(
            none.bytes, again.bytes,
            "{format:?}: same options, same bytes"
        );
        assert_ne!(none.bytes, dated.bytes, "{format:?}: the time is written");
    }
    let pdf = gabarit::render_document_with(&doc, Format::Pdf, &at(Some(1_000_000_000))).unwrap();
    // The XMP packet stays uncompressed (PDF/A): its dates are readable.
    let raw = String::from_utf8_lossy(&pdf.bytes);
    assert!(
        raw.contains("2001-09-09T"),
        "the PDF's dates are 9 September 2001"
    );
}
