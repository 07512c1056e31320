//! PDF: the pages of [`crate::layout`] drawn, tagged and checked by krilla
//! ([`write`]: PDF/UA-1, and PDF/A-2a when the file has a date), then
//! finished with lopdf: an empty signature field where each party signs
//! ([`fields`], tagged as a `Form` element), and the dictionaries in
//! compressed object streams. Fonts are handed to krilla without their
//! hinting ([`hinting::unhinted`]); krilla subsets them.

mod fields;
pub mod hinting;
mod structure;
mod write;

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::i18n::t;
use crate::layout::PT_PER_MM;

use super::RenderOptions;

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
}

/// Removes `/Suspects false` from the catalog's `MarkInfo`: false is what
/// an absent entry means (ISO 32000-1, 14.7.1), PDF/UA-1 asks only that it
/// not be true, and poppler (`pdfinfo`, `pdftotext`, Evince) reports a
/// false one as "Syntax Error: Suspects object is wrong type" on every
/// file, which a person checking the files cannot tell from a real fault.
fn drop_false_suspects(lo: &mut lopdf::Document) {
    let mark_info = match lo.catalog().ok().and_then(|c| c.get(b"MarkInfo").ok()) {
        Some(lopdf::Object::Reference(id)) => Some(*id),
        _ => None,
    };
    let dict = match mark_info {
        Some(id) => lo.get_dictionary_mut(id).ok(),
        None => lo
            .catalog_mut()
            .ok()
            .and_then(|c| c.get_mut(b"MarkInfo").ok())
            .and_then(|o| o.as_dict_mut().ok()),
    };
    if let Some(dict) = dict
        && matches!(dict.get(b"Suspects"), Ok(lopdf::Object::Boolean(false)))
    {
        dict.remove(b"Suspects");
    }
}

/// Renders `doc` as a PDF file.
pub fn render(doc: &Document, options: &RenderOptions) -> Result<Pdf, Diagnostic> {
    let defect = |key: &str, reason: String| {
        Diagnostic::error("render", t!(key, reason = reason)).hint(t!("defect-hint"))
    };
    // PDF/A asks for the file's date: without one (no SOURCE_DATE_EPOCH,
    // no document date), the file is PDF/UA-1 only.
    let profile = if options.timestamp.is_some() {
        write::Profile::UaA2a
    } else {
        write::Profile::Ua
    };
    let pages = crate::layout::flow::layout_with(doc, options)?;
    let out = write::render(doc, &pages, options, profile).map_err(|e| defect("pdf-write", e))?;
    let page_h = options.page.height_mm * PT_PER_MM;
    let fields: Vec<Vec<fields::Field>> =
        pages.iter().map(|p| fields::of_page(p, page_h)).collect();
    // Written again by lopdf: the fields added, and the dictionaries (the
    // structure tree above all) in compressed object streams with a
    // cross-reference stream, as PDF/A-2 allows.
    let mut lo =
        lopdf::Document::load_mem(&out.bytes).map_err(|e| defect("pdf-finish", e.to_string()))?;
    fields::add(&mut lo, &fields);
    structure::pages(&mut lo);
    drop_false_suspects(&mut lo);
    let mut bytes = Vec::with_capacity(out.bytes.len());
    let save = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .max_objects_per_stream(1000)
        .compression_level(9)
        .build();
    lo.save_with_options(&mut bytes, save)
        .map_err(|e| defect("pdf-write", e.to_string()))?;
    Ok(Pdf {
        bytes,
        pages: out.pages,
    })
}
