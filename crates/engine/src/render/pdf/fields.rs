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
    /// The party's block: its paragraph in the structure tree has the
    /// identifier [`block_id`] of it.
    pub block: u32,
}

/// The structure identifier (`/ID`) of a signing party's paragraph, so
/// that its field is read right after it.
pub fn block_id(block: u32) -> Vec<u8> {
    format!("signataire-{block}").into_bytes()
}

/// The signature fields `page` lays out; `page_h` is its height in points.
pub fn of_page(page: &Page, page_h: f32) -> Vec<Field> {
    page.draws
        .iter()
        .filter_map(|d| match d {
            Draw::SignatureField {
                x,
                y,
                w,
                h,
                party,
                block,
            } => Some(Field {
                rect: [*x, page_h - y - h, x + w, page_h - y],
                party: party.clone(),
                block: *block,
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
            tag(lo, id, *page_id, &name, field.block);
            annots.push(Object::Reference(id));
            all.push(Object::Reference(id));
        }
        if annots.is_empty() {
            continue;
        }
        // The page's links stay: the fields come after them.
        let before: Vec<Object> = match lo.get_dictionary(*page_id).and_then(|p| p.get(b"Annots")) {
            Ok(Object::Array(a)) => a.clone(),
            Ok(Object::Reference(r)) => match lo.get_object(*r) {
                Ok(Object::Array(a)) => a.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let annots: Vec<Object> = before.into_iter().chain(annots).collect();
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

/// The structure element whose `/ID` is `id`, found from `from` down,
/// and the element it is a kid of.
fn element_with_id(
    lo: &lopdf::Document,
    from: ObjectId,
    id: &[u8],
    depth: usize,
) -> Option<(ObjectId, ObjectId)> {
    let kids = match lo.get_dictionary(from).ok()?.get(b"K").ok()? {
        Object::Array(kids) => kids.clone(),
        other => vec![other.clone()],
    };
    for kid in kids {
        let Ok(r) = kid.as_reference() else { continue };
        let Ok(d) = lo.get_dictionary(r) else {
            continue;
        };
        if matches!(d.get(b"ID"), Ok(Object::String(s, _)) if s == id) {
            return Some((r, from));
        }
        // Structure trees are shallow; a bound keeps a looped one finite.
        if depth < 64
            && let Some(found) = element_with_id(lo, r, id, depth + 1)
        {
            return Some(found);
        }
    }
    None
}

/// In a tagged file, puts the widget `widget` of page `page` in the
/// structure tree: a `Form` element (its alternative text the field's
/// name), pointing at the widget through an object reference, read right
/// after the paragraph of its party (block `block`), else at the end of
/// the document's element; and the widget's `/StructParent` entry in the
/// parent tree. An untagged file is left as it is.
fn tag(lo: &mut lopdf::Document, widget: ObjectId, page: ObjectId, name: &str, block: u32) {
    let Some(root_id) = lo
        .catalog()
        .ok()
        .and_then(|c| c.get(b"StructTreeRoot").ok())
        .and_then(|o| o.as_reference().ok())
    else {
        return;
    };
    let Ok(root) = lo.get_dictionary(root_id) else {
        return;
    };
    // The document element: the root's only kid, or the root itself.
    let document = match root.get(b"K") {
        Ok(Object::Array(kids)) if kids.len() == 1 => kids[0].as_reference().ok(),
        Ok(Object::Reference(r)) => Some(*r),
        _ => None,
    }
    .unwrap_or(root_id);
    let key = root
        .get(b"ParentTreeNextKey")
        .and_then(Object::as_i64)
        .unwrap_or(0);
    // As krilla writes the identifier it was given.
    let id = krilla::tagging::TagId::from(block_id(block));
    let party = element_with_id(lo, root_id, id.as_bytes(), 0);
    let parent = party.map_or(document, |(_, parent)| parent);
    let mut objr = Dictionary::new();
    objr.set("Type", Object::Name(b"OBJR".to_vec()));
    objr.set("Obj", Object::Reference(widget));
    objr.set("Pg", Object::Reference(page));
    let mut form = Dictionary::new();
    form.set("Type", Object::Name(b"StructElem".to_vec()));
    form.set("S", Object::Name(b"Form".to_vec()));
    form.set("P", Object::Reference(parent));
    form.set("Pg", Object::Reference(page));
    form.set("Alt", text_string(name));
    form.set("K", Object::Dictionary(objr));
    let form_id = lo.add_object(Object::Dictionary(form));
    if let Ok(p) = lo.get_dictionary_mut(parent) {
        match p.get_mut(b"K") {
            Ok(Object::Array(kids)) => {
                let after = party.and_then(|(element, _)| {
                    kids.iter()
                        .position(|k| k.as_reference().ok() == Some(element))
                });
                match after {
                    Some(i) => kids.insert(i + 1, Object::Reference(form_id)),
                    None => kids.push(Object::Reference(form_id)),
                }
            }
            Ok(other) => {
                let first = other.clone();
                p.set("K", Object::Array(vec![first, Object::Reference(form_id)]));
            }
            Err(_) => p.set("K", Object::Array(vec![Object::Reference(form_id)])),
        }
    }
    // The parent tree maps the widget's key to its element; krilla writes
    // it inside the root's dictionary, another writer might refer to it.
    let entry = [Object::Integer(key), Object::Reference(form_id)];
    let tree_id = match lo
        .get_dictionary(root_id)
        .and_then(|r| r.get(b"ParentTree"))
    {
        Ok(Object::Reference(id)) => Some(*id),
        _ => None,
    };
    let tree = match tree_id {
        Some(id) => lo.get_dictionary_mut(id).ok(),
        None => lo
            .get_dictionary_mut(root_id)
            .ok()
            .and_then(|r| r.get_mut(b"ParentTree").ok())
            .and_then(|t| t.as_dict_mut().ok()),
    };
    if let Some(tree) = tree
        && let Ok(Object::Array(nums)) = tree.get_mut(b"Nums")
    {
        nums.extend(entry);
    }
    if let Ok(r) = lo.get_dictionary_mut(root_id) {
        r.set("ParentTreeNextKey", Object::Integer(key + 1));
    }
    if let Ok(w) = lo.get_dictionary_mut(widget) {
        w.set("StructParent", Object::Integer(key));
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
