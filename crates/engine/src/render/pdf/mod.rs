//! PDF: the pages of [`crate::layout`] drawn, tagged and checked by krilla
//! ([`write`]: PDF/UA-1, and PDF/A-2a when the file has a date), then
//! finished with lopdf: an empty signature field where each party signs
//! ([`fields`], tagged as a `Form` element), and the dictionaries in
//! compressed object streams. Fonts are handed to krilla without their
//! hinting ([`hinting::unhinted`]); krilla subsets them.

mod fields;
pub mod hinting;
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
