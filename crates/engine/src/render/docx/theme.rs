//! The package's theme: Word expects `word/theme/theme1.xml` (the Open XML
//! SDK reports its absence), which docx-rs does not write. A small theme
//! of plain colours and the fonts the styles use is added, with its
//! relationship and content type.

use super::xml::{Element, Node};

/// The part's name in the package.
pub const PART: &str = "word/theme/theme1.xml";

/// The part: a theme of plain colours, Arial for headings and text.
pub const XML: &str = include_str!("parts/theme1.xml");

const RELATIONSHIP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.theme+xml";

fn has(root: &Element, name: &str, attr: &str, value: &str) -> bool {
    root.children.iter().any(|c| {
        matches!(c, Node::Element(e) if e.name == name
            && e.attrs.iter().any(|(k, v)| k == attr && v == value))
    })
}

/// `word/_rels/document.xml.rels`: the document's relationship to its
/// theme.
pub fn relationships(root: &mut Element) {
    if root.name == "Relationships" && !has(root, "Relationship", "Type", RELATIONSHIP) {
        root.children.push(Node::Element(Element::with_attrs(
            "Relationship",
            &[
                ("Id", "rIdGabaritTheme"),
                ("Type", RELATIONSHIP),
                ("Target", "theme/theme1.xml"),
            ],
        )));
    }
}

/// `[Content_Types].xml`: the theme part's content type.
pub fn content_types(root: &mut Element) {
    let part = format!("/{PART}");
    if root.name == "Types" && !has(root, "Override", "PartName", &part) {
        root.children.push(Node::Element(Element::with_attrs(
            "Override",
            &[("PartName", &part), ("ContentType", CONTENT_TYPE)],
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx::xml;

    #[test]
    fn the_theme_is_related_and_typed_once() {
        let mut rels = xml::parse(r#"<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="t" Target="styles.xml"/></Relationships>"#).expect("parses");
        relationships(&mut rels);
        relationships(&mut rels);
        let text = String::from_utf8(xml::write(&rels).expect("writes")).expect("utf-8");
        assert_eq!(text.matches("theme/theme1.xml").count(), 1, "{text}");
        let mut types =
            xml::parse(r#"<?xml version="1.0"?><Types xmlns="y"></Types>"#).expect("parses");
        content_types(&mut types);
        let text = String::from_utf8(xml::write(&types).expect("writes")).expect("utf-8");
        assert!(
            text.contains(r#"PartName="/word/theme/theme1.xml""#),
            "{text}"
        );
        assert!(xml::parse(XML).is_ok());
    }
}
