//! The page of every structure element. krilla gives a page (`/Pg`) to the
//! elements that hold marked content; the elements that hold only other
//! elements (a `Table`, its rows, a list) have none, and a checker that
//! looks for the table over a page's ruled grid finds none there. Each is
//! given the page its content starts on.

use lopdf::{Dictionary, Object, ObjectId};

/// Gives each structure element of `lo` without `/Pg` the page of its
/// first element that has one.
pub fn pages(lo: &mut lopdf::Document) {
    let root = match lo
        .catalog()
        .ok()
        .and_then(|c| c.get(b"StructTreeRoot").ok())
    {
        Some(Object::Reference(id)) => *id,
        _ => return,
    };
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    first_page(lo, root, &mut found, &mut seen, 0);
    for (id, page) in found {
        if let Ok(dict) = lo.get_dictionary_mut(id) {
            dict.set("Pg", Object::Reference(page));
        }
    }
}

/// The kids of a structure element (its `/K`, one or an array).
fn kids(dict: &Dictionary) -> Vec<Object> {
    match dict.get(b"K") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    }
}

/// The page element `id` starts on; every element under it without a page
/// is pushed to `found` with the page it gets.
fn first_page(
    lo: &lopdf::Document,
    id: ObjectId,
    found: &mut Vec<(ObjectId, ObjectId)>,
    seen: &mut std::collections::HashSet<ObjectId>,
    depth: usize,
) -> Option<ObjectId> {
    if depth > 100 || !seen.insert(id) {
        return None;
    }
    let dict = lo.get_dictionary(id).ok()?;
    let own = match dict.get(b"Pg") {
        Ok(Object::Reference(page)) => Some(*page),
        _ => None,
    };
    let mut first = own;
    for kid in kids(dict) {
        let page = match kid {
            Object::Reference(k) => first_page(lo, k, found, seen, depth + 1),
            // A marked-content reference may name its page.
            Object::Dictionary(d) => match d.get(b"Pg") {
                Ok(Object::Reference(page)) => Some(*page),
                _ => None,
            },
            _ => None,
        };
        first = first.or(page);
    }
    // The structure tree's root is not an element: no page for it.
    let element = dict.get(b"S").is_ok();
    if own.is_none()
        && element
        && let Some(page) = first
    {
        found.push((id, page));
    }
    first
}
