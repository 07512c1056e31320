//! gabarit's engine: Markdown with a few directives (`::: signatures`,
//! `::: sender`…) made into a [`document::Document`], set in a
//! language's typography, and rendered as PDF (our own layout engine,
//! embedded subset fonts) and DOCX. It knows nothing of programmes,
//! members or budgets: whatever fills the Markdown is the caller's.
//!
#![doc = include_str!("../README.md")]

pub mod i18n;

pub mod diagnostic;
pub mod document;
pub mod layout;
pub mod locale;
pub mod render;
pub mod source;

pub use diagnostic::{Diagnostic, Severity};

use std::path::Path;

/// The sha256 of `bytes`, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The two output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// PDF, to print, sign and archive.
    Pdf,
    /// DOCX, to edit in Word or LibreOffice.
    Docx,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// The format a file name asks for, from its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// `src` as a path that stays inside the folder it is read from: relative,
/// with no `..`, no root and no prefix; none otherwise.
pub fn inside(src: &str) -> Option<&Path> {
    let path = Path::new(src);
    path.components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
        .then_some(path)
        .filter(|p| !p.as_os_str().is_empty())
}

/// Parses the text a template produced and applies French typography.
/// Images are read relative to `base`.
pub fn make_document(text: &str, base: &Path) -> Result<document::Document, Diagnostic> {
    let mut loader = |src: &str| -> Result<Vec<u8>, String> {
        let path = inside(src).ok_or_else(|| i18n::t!("image-outside-folder"))?;
        std::fs::read(base.join(path)).map_err(|e| e.to_string())
    };
    make_document_with(text, &mut loader)
}

/// Like [`make_document`], with images fetched by `loader`.
pub fn make_document_with(
    text: &str,
    loader: &mut document::parse::ImageLoader<'_>,
) -> Result<document::Document, Diagnostic> {
    make_document_in(text, loader, locale::Locale::French)
}

/// Parses `text` and applies the typography of `locale` (French: the
/// no-break spaces, the apostrophe ’, the minus sign; English: none).
pub fn make_document_in(
    text: &str,
    loader: &mut document::parse::ImageLoader<'_>,
    locale: locale::Locale,
) -> Result<document::Document, Diagnostic> {
    let mut doc = document::parse(text, loader)?;
    match locale {
        locale::Locale::French => document::typography::apply(&mut doc),
        locale::Locale::English => {}
    }
    Ok(doc)
}

/// A rendered file.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its number of pages (as laid out by gabarit).
    pub pages: usize,
}

/// Renders a document in a format with explicit options: no environment
/// read.
pub fn render_document_with(
    doc: &document::Document,
    format: Format,
    options: &render::RenderOptions,
) -> Result<Rendered, Diagnostic> {
    let options = &render::RenderOptions {
        metadata: options.metadata.typeset(options.locale),
        ..options.clone()
    };
    match format {
        Format::Pdf => render::pdf::render(doc, options).map(|p| Rendered {
            bytes: p.bytes,
            pages: p.pages,
        }),
        Format::Docx => {
            render::docx::render(doc, options).map(|bytes| Rendered { bytes, pages: 0 })
        }
    }
}
