//! The DOCX's properties, as Word's "Properties" dialog and an archive's
//! indexer read them: `docProps/core.xml` (title, subject, author,
//! keywords, language, dates) and `docProps/app.xml` (the application,
//! the issuing organisation).

use super::xml::{Element, Node};
use crate::render::Metadata;

/// What the properties say.
pub struct Properties<'a> {
    /// The document's title.
    pub title: &'a str,
    /// Subject, author, keywords.
    pub metadata: &'a Metadata,
    /// The language tag (`fr-FR`).
    pub lang: &'a str,
    /// The date written as created and modified (W3CDTF).
    pub date: &'a str,
}

fn text_element(name: &str, attrs: &[(&str, &str)], text: &str) -> Node {
    Node::Element(Element::with_attrs(name, attrs).with_text(text))
}

/// `docProps/core.xml`: its root element gets the title, subject,
/// creator, keywords, language and dates.
pub fn core(core: &mut Element, p: &Properties<'_>) {
    if core.name != "cp:coreProperties" {
        return;
    }
    let w3cdtf = [("xsi:type", "dcterms:W3CDTF")];
    let author = p.metadata.author.as_deref().unwrap_or_default();
    let keywords = p.metadata.keywords.join(", ");
    let mut children = vec![text_element("dc:title", &[], p.title)];
    if let Some(subject) = &p.metadata.subject {
        children.push(text_element("dc:subject", &[], subject));
    }
    if !author.is_empty() {
        children.push(text_element("dc:creator", &[], author));
    }
    if !keywords.is_empty() {
        children.push(text_element("cp:keywords", &[], &keywords));
    }
    children.push(text_element("dc:language", &[], p.lang));
    if !author.is_empty() {
        children.push(text_element("cp:lastModifiedBy", &[], author));
    }
    children.push(text_element("cp:revision", &[], "1"));
    children.push(text_element("dcterms:created", &w3cdtf, p.date));
    children.push(text_element("dcterms:modified", &w3cdtf, p.date));
    core.children = children;
}

/// `docProps/app.xml`: the issuing organisation and the application, in
/// the schema's order.
pub fn app(app: &mut Element, p: &Properties<'_>) {
    if app.name != "Properties" {
        return;
    }
    let mut children = Vec::new();
    if let Some(author) = &p.metadata.author {
        children.push(text_element("Company", &[], author));
    }
    children.push(text_element("Application", &[], "gabarit"));
    app.children = children;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx::xml;

    #[test]
    fn the_properties_say_title_author_subject_keywords_and_language() {
        let mut root = xml::parse(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>unknown</dc:creator></cp:coreProperties>"#,
        )
        .expect("parses");
        let metadata = Metadata {
            title: None,
            subject: Some("Programme <concerté> & cie".into()),
            author: Some("Commune de Melle".into()),
            keywords: vec!["REF-1".into(), "convention".into()],
        };
        let p = Properties {
            title: "Convention – Melle",
            metadata: &metadata,
            lang: "fr-FR",
            date: "2007-05-14T00:00:00Z",
        };
        core(&mut root, &p);
        let text = String::from_utf8(xml::write(&root).expect("writes")).expect("utf-8");
        for part in [
            "<dc:title>Convention – Melle</dc:title>",
            "<dc:subject>Programme &lt;concerté&gt; &amp; cie</dc:subject>",
            "<dc:creator>Commune de Melle</dc:creator>",
            "<cp:keywords>REF-1, convention</cp:keywords>",
            "<dc:language>fr-FR</dc:language>",
            "2007-05-14T00:00:00Z</dcterms:created>",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
        assert!(!text.contains("unknown"));
    }
}
