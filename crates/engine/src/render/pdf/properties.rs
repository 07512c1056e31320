//! What the PDF says about itself: its document information (title,
//! subject, author, keywords, the application), its language, and that a
//! reader shows its title rather than its file name.

use lopdf::{Dictionary, Object};

use super::fields::text_string;
use crate::render::RenderOptions;

/// Writes the document information and the catalogue's `/Lang` and
/// `/ViewerPreferences` of `lo`, whose title is `title`.
pub fn describe(lo: &mut lopdf::Document, title: &str, options: &RenderOptions) {
    let m = &options.metadata;
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(info) = lo.get_dictionary_mut(info_id)
    {
        info.set("Title", text_string(title));
        for (key, value) in [
            ("Subject", m.subject.clone()),
            ("Author", m.author.clone()),
            (
                "Keywords",
                (!m.keywords.is_empty()).then(|| m.keywords.join(", ")),
            ),
        ] {
            match value {
                Some(v) => info.set(key, text_string(&v)),
                None => {
                    info.remove(key.as_bytes());
                }
            }
        }
        info.set("Creator", Object::string_literal("gabarit"));
        info.set(
            "Producer",
            Object::string_literal("gabarit (printpdf, lopdf)"),
        );
    }
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Lang", text_string(options.locale.tag()));
        let mut prefs = Dictionary::new();
        prefs.set("DisplayDocTitle", Object::Boolean(true));
        catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    }
}
