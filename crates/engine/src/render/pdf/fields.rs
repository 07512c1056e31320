//! Empty signature fields: each party of a signature block gets an
//! AcroForm field of type `/Sig` over the blank room left for it, printable
//! and named after the party, so that Acrobat Reader or a parapheur signs
//! there instead of in a box the signer draws.

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::layout::{Draw, Page};

/// A signature field of a page, in PDF user space (points from the
/// bottom-left corner).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// `[x1, y1, x2, y2]`.
    pub rect: [f32; 4],
    /// Who signs there.
    pub party: String,
}

/// The signature fields `page` lays out; `page_h` is its height in points.
pub fn of_page(page: &Page, page_h: f32) -> Vec<Field> {
    page.draws
        .iter()
        .filter_map(|d| match d {
            Draw::SignatureField { x, y, w, h, party } => Some(Field {
                rect: [*x, page_h - y - h, x + w, page_h - y],
                party: party.clone(),
            }),
            _ => None,
        })
        .collect()
}

/// A field name: the party's words without the dots a field name keeps
/// for its hierarchy, made unique by a number when two parties read the
/// same.
fn name(party: &str, taken: &mut Vec<String>) -> String {
    let base = if party.is_empty() {
        "Signature".to_string()
    } else {
        format!("Signature – {}", party.replace('.', " "))
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base} ({n})");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// A PDF text string: PDFDocEncoding's ASCII as is, anything else as
/// UTF-16BE with its byte-order mark.
pub fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::string_literal(text)
    } else {
        let bytes: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        Object::String(bytes, lopdf::StringFormat::Literal)
    }
}

fn round(v: f32) -> Object {
    Object::Real((v * 100.0).round() / 100.0)
}

/// Adds the fields of each page (`fields[i]` for the i-th page) as widget
/// annotations and the document's AcroForm.
pub fn add(lo: &mut lopdf::Document, fields: &[Vec<Field>]) {
    if fields.iter().all(Vec::is_empty) {
        return;
    }
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let mut all: Vec<Object> = Vec::new();
    let mut taken = Vec::new();
    for (page_id, page_fields) in pages.iter().zip(fields) {
        let mut annots = Vec::new();
        for field in page_fields {
            let [x1, y1, x2, y2] = field.rect;
            // An empty appearance: the field shows nothing until signed,
            // and prints as the blank it covers.
            let mut ap = Dictionary::new();
            ap.set("Type", Object::Name(b"XObject".to_vec()));
            ap.set("Subtype", Object::Name(b"Form".to_vec()));
            ap.set(
                "BBox",
                Object::Array(vec![round(0.0), round(0.0), round(x2 - x1), round(y2 - y1)]),
            );
            ap.set("Resources", Object::Dictionary(Dictionary::new()));
            let ap_id = lo.add_object(Object::Stream(Stream::new(ap, Vec::new())));
            let name = name(&field.party, &mut taken);
            let mut widget = Dictionary::new();
            widget.set("Type", Object::Name(b"Annot".to_vec()));
            widget.set("Subtype", Object::Name(b"Widget".to_vec()));
            widget.set("FT", Object::Name(b"Sig".to_vec()));
            widget.set("T", text_string(&name));
            widget.set("TU", text_string(&name));
            widget.set(
                "Rect",
                Object::Array(vec![round(x1), round(y1), round(x2), round(y2)]),
            );
            // Printable (4), as PDF/A asks.
            widget.set("F", Object::Integer(4));
            widget.set("P", Object::Reference(*page_id));
            let mut appearance = Dictionary::new();
            appearance.set("N", Object::Reference(ap_id));
            widget.set("AP", Object::Dictionary(appearance));
            let id = lo.add_object(Object::Dictionary(widget));
            annots.push(Object::Reference(id));
            all.push(Object::Reference(id));
        }
        if annots.is_empty() {
            continue;
        }
        if let Ok(page) = lo.get_dictionary_mut(*page_id) {
            page.set("Annots", Object::Array(annots));
            // Tab order follows the structure.
            page.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    let mut form = Dictionary::new();
    form.set("Fields", Object::Array(all));
    let form_id = lo.add_object(Object::Dictionary(form));
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("AcroForm", Object::Reference(form_id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_party_s_and_unique() {
        let mut taken = Vec::new();
        assert_eq!(
            name("Pour la commune de Melle", &mut taken),
            "Signature – Pour la commune de Melle"
        );
        assert_eq!(
            name("Pour la commune de Melle", &mut taken),
            "Signature – Pour la commune de Melle (2)"
        );
        assert_eq!(
            name("Le dir. général", &mut taken),
            "Signature – Le dir  général"
        );
    }
}
