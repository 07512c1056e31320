//! The DOCX in French, hyphenated like the PDF: the document's language
//! (`w:lang` fr-FR in the default run properties, so Word and LibreOffice
//! proof and hyphenate in French), automatic hyphenation on, and turned
//! off in every paragraph that is not justified (headings, letter blocks,
//! cells, titles), where the PDF does not hyphenate either.

use super::xml::{Element, Node};

/// `word/styles.xml`: the language `lang` (`fr-FR`) in the default run
/// properties.
pub fn styles(root: &mut Element, lang: &str) {
    // `Normal` is the default paragraph style, as Word marks it: a
    // paragraph without a style of its own has it (python-docx and Word's
    // style pane say so).
    for node in &mut root.children {
        if let Node::Element(style) = node
            && style.name == "w:style"
            && style
                .attrs
                .iter()
                .any(|(k, v)| k == "w:styleId" && v == "Normal")
            && !style.attrs.iter().any(|(k, _)| k == "w:default")
        {
            style
                .attrs
                .insert(1, ("w:default".to_string(), "1".to_string()));
        }
    }
    let Some(defaults) = root.child_mut("w:docDefaults") else {
        return;
    };
    if defaults.child_mut("w:rPrDefault").is_none() {
        defaults
            .children
            .insert(0, Node::Element(Element::new("w:rPrDefault")));
    }
    let Some(rpr_default) = defaults.child_mut("w:rPrDefault") else {
        return;
    };
    if rpr_default.child_mut("w:rPr").is_none() {
        rpr_default
            .children
            .push(Node::Element(Element::new("w:rPr")));
    }
    if let Some(rpr) = rpr_default.child_mut("w:rPr") {
        rpr.children
            .retain(|c| !matches!(c, Node::Element(e) if e.name == "w:lang"));
        rpr.children.push(Node::Element(Element::with_attrs(
            "w:lang",
            &[("w:val", lang), ("w:eastAsia", lang), ("w:bidi", "ar-SA")],
        )));
    }
}

/// `word/settings.xml`: automatic hyphenation, not of words in capitals,
/// at most two hyphenated lines in a row.
pub fn settings(root: &mut Element) {
    root.children.retain(|c| {
        !matches!(c, Node::Element(e) if matches!(e.name.as_str(), "w:autoHyphenation" | "w:consecutiveHyphenLimit" | "w:doNotHyphenateCaps"))
    });
    root.children
        .push(Node::Element(Element::with_attrs("w:autoHyphenation", &[])));
    root.children.push(Node::Element(Element::with_attrs(
        "w:consecutiveHyphenLimit",
        &[("w:val", "2")],
    )));
    root.children.push(Node::Element(Element::with_attrs(
        "w:doNotHyphenateCaps",
        &[],
    )));
}

/// Whether a paragraph's properties justify it.
fn justified(ppr: Option<&Element>) -> bool {
    ppr.is_some_and(|p| {
        p.children.iter().any(|c| {
            matches!(c, Node::Element(e) if e.name == "w:jc"
                && e.attrs.iter().any(|(k, v)| k == "w:val" && (v == "both" || v == "distribute")))
        })
    })
}

/// Every paragraph of a part (`w:document`, `w:hdr`, `w:ftr`) that is not
/// justified gets `w:suppressAutoHyphens`.
pub fn paragraphs(e: &mut Element) {
    for child in &mut e.children {
        let Node::Element(c) = child else { continue };
        if c.name == "w:p" {
            let ppr = c.children.iter().find_map(|n| match n {
                Node::Element(p) if p.name == "w:pPr" => Some(p),
                _ => None,
            });
            if !justified(ppr) {
                if c.child_mut("w:pPr").is_none() {
                    c.children.insert(0, Node::Element(Element::new("w:pPr")));
                }
                if let Some(p) = c.child_mut("w:pPr")
                    && p.child_mut("w:suppressAutoHyphens").is_none()
                {
                    p.children
                        .push(Node::Element(Element::new("w:suppressAutoHyphens")));
                }
            }
        } else {
            paragraphs(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx::xml;

    #[test]
    fn ragged_paragraphs_are_not_hyphenated_justified_ones_are() {
        let mut doc = xml::parse(
            r#"<w:document><w:body><w:p><w:pPr><w:jc w:val="both"/></w:pPr></w:p><w:p/><w:tbl><w:tr><w:tc><w:p><w:pPr><w:jc w:val="left"/></w:pPr></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#,
        )
        .expect("xml");
        paragraphs(&mut doc);
        let text = String::from_utf8(xml::write(&doc).expect("written")).expect("utf-8");
        assert_eq!(text.matches("w:suppressAutoHyphens").count(), 2, "{text}");
    }

    #[test]
    fn the_default_language_is_french() {
        let mut styles = xml::parse(
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults></w:styles>"#,
        )
        .expect("xml");
        super::styles(&mut styles, "fr-FR");
        let text = String::from_utf8(xml::write(&styles).expect("written")).expect("utf-8");
        assert!(text.contains(r#"w:lang w:val="fr-FR""#), "{text}");
    }
}
