//! The two renderers. Each takes a [`Document`](crate::document::Document)
//! only, and returns the bytes of a file.

pub mod docx;
pub mod pdf;

/// A short stable digest of some bytes, for ids derived from content.
pub fn digest(parts: &[&[u8]]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p);
    }
    h.finalize().into()
}

/// What a renderer is told besides the document: the page, the language,
/// the words the page writes itself, the time. The renderers read no
/// environment variable and no clock: the caller decides.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// The time to write in the file's metadata (seconds since 1970);
    /// none: no time at all, so that outputs never depend on the clock.
    pub timestamp: Option<i64>,
    /// The page size (A4).
    pub page: crate::document::style::PageSize,
    /// Margins over those of the document's front matter; none: the
    /// document's.
    pub margins: Option<crate::document::frontmatter::Margins>,
    /// The language: hyphenation, months kept with their day, `w:lang`.
    pub locale: crate::locale::Locale,
    /// The words the page writes itself ("Page", "Paraphes").
    pub labels: crate::locale::Labels,
    /// What the file says about itself besides its title (the document's
    /// own, from its front matter): subject, author, keywords.
    pub metadata: Metadata,
}

impl Metadata {
    /// These properties written by the rules of `locale` (French: the
    /// apostrophe ’ and the no-break spaces), as the document's own texts
    /// are.
    pub fn typeset(&self, locale: crate::locale::Locale) -> Metadata {
        match locale {
            crate::locale::Locale::French => {
                let text = |t: &String| crate::document::typography::text(t);
                Metadata {
                    title: self.title.as_ref().map(text),
                    subject: self.subject.as_ref().map(text),
                    author: self.author.as_ref().map(text),
                    keywords: self.keywords.clone(),
                }
            }
            crate::locale::Locale::English => self.clone(),
        }
    }

    /// The title of `doc`'s file: its front matter's, else this fallback,
    /// else "Document".
    pub fn title_of(&self, doc: &crate::document::Document) -> String {
        let own = doc.settings.title.trim();
        if !own.is_empty() {
            return own.to_string();
        }
        self.title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or("Document")
            .to_string()
    }
}

/// What a file says about itself, in its properties (PDF: the document
/// information and XMP; DOCX: the core and application properties), for
/// the people and archives that file it. The title is the document's own
/// (its front matter's `title`); the language is the locale's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The title when the document's front matter gives none (a
    /// document's one-line description): a PDF/UA file must have one.
    pub title: Option<String>,
    /// What the document is about (a programme's title).
    pub subject: Option<String>,
    /// Who issues it (an authority).
    pub author: Option<String>,
    /// Words to find it by (a reference, the kind of document).
    pub keywords: Vec<String>,
}

impl Default for RenderOptions {
    /// A4, French, the document's margins, no timestamp.
    fn default() -> Self {
        RenderOptions::for_locale(crate::locale::Locale::French)
    }
}

impl RenderOptions {
    /// A4 pages in `locale`, with its words, the document's margins, no
    /// timestamp.
    pub fn for_locale(locale: crate::locale::Locale) -> RenderOptions {
        RenderOptions {
            timestamp: None,
            page: crate::document::style::PageSize::A4,
            margins: None,
            locale,
            labels: locale.labels(),
            metadata: Metadata::default(),
        }
    }
}
