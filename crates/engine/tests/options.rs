//! The render options reach both renderers: page size, margins, language
//! (typography, hyphenation, `w:lang`), the words the page writes, and
//! nothing from the environment.

use std::io::Read;

use gabarit_engine::document::style::PageSize;
use gabarit_engine::locale::{Labels, Locale};
use gabarit_engine::render::RenderOptions;
use gabarit_engine::{Format, make_document_in, render_document_with};

const TEXT: &str =
    "---\ninitials: true\nfooter: \"Programme\"\n---\n\n# Title\n\nOn 8 December 2008: ready!\n";

fn no_images(_: &str) -> Result<Vec<u8>, String> {
    Err("no images".into())
}

fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut part = zip.by_name(name).expect("the part");
    let mut text = String::new();
    part.read_to_string(&mut text).expect("utf-8");
    text
}

#[test]
fn english_letter_pages_with_their_words() {
    let mut loader = no_images;
    let doc = make_document_in(TEXT, &mut loader, Locale::English).expect("parses");
    let options = RenderOptions {
        page: PageSize::LETTER,
        labels: Labels {
            page: "Sheet".into(),
            initials: "Initials".into(),
        },
        ..RenderOptions::for_locale(Locale::English)
    };
    // English typography: no no-break space before the colon.
    let plain = doc.plain_text().join("\n");
    assert!(plain.contains("2008: ready!"), "{plain}");

    let pdf = render_document_with(&doc, Format::Pdf, &options).expect("a PDF");
    let lo = lopdf::Document::load_mem(&pdf.bytes).expect("a PDF lopdf reads");
    let first = *lo.get_pages().values().next().expect("a page");
    let media = lo
        .get_dictionary(first)
        .and_then(|p| p.get(b"MediaBox"))
        .and_then(|m| m.as_array().cloned())
        .expect("a media box");
    let width = media[2].as_float().expect("a number");
    assert!((width - 612.0).abs() < 0.01, "US Letter is 612 points wide");
    let docx = render_document_with(&doc, Format::Docx, &options).expect("a DOCX");
    let document = docx_part(&docx.bytes, "word/document.xml");
    assert!(document.contains(r#"w:w="12240""#), "Letter width in twips");
    let styles = docx_part(&docx.bytes, "word/styles.xml");
    assert!(styles.contains(r#"w:val="en-US""#), "{styles}");
    let zip = zip::ZipArchive::new(std::io::Cursor::new(&docx.bytes)).expect("a zip");
    let footers: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/footer"))
        .map(String::from)
        .collect();
    assert!(!footers.is_empty());
    let footer: String = footers.iter().map(|n| docx_part(&docx.bytes, n)).collect();
    assert!(
        footer.contains("Sheet") && footer.contains("Initials"),
        "{footer}"
    );
    assert!(!footer.contains("Paraphes"));
}

#[test]
fn the_defaults_are_a4_in_french() {
    let mut loader = no_images;
    let doc = make_document_in(TEXT, &mut loader, Locale::French).expect("parses");
    let plain = doc.plain_text().join("\n");
    assert!(plain.contains("2008\u{a0}: ready"), "{plain}");
    let options = RenderOptions::default();
    assert_eq!(options.page, PageSize::A4);
    let docx = render_document_with(&doc, Format::Docx, &options).expect("a DOCX");
    assert!(docx_part(&docx.bytes, "word/styles.xml").contains(r#"w:val="fr-FR""#));
    assert!(docx_part(&docx.bytes, "word/document.xml").contains(r#"w:w="11906""#));
}

#[test]
fn margins_that_leave_no_room_are_refused() {
    let mut loader = no_images;
    let doc = make_document_in(TEXT, &mut loader, Locale::French).expect("parses");
    let options = RenderOptions {
        page: PageSize {
            width_mm: 60.0,
            height_mm: 80.0,
        },
        ..RenderOptions::default()
    };
    let e = render_document_with(&doc, Format::Pdf, &options).expect_err("no room");
    assert!(e.message.contains("leaves no room"), "{}", e.message);
}
