//! A very small XML tree, enough to rewrite the parts of a DOCX package:
//! elements with attributes and children, text, and the declaration.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text (unescaped).
    Text(String),
}

/// An element: its qualified name, attributes in order, children.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Element {
    /// Qualified name, such as `w:pPr`.
    pub name: String,
    /// Attributes, in order (values unescaped).
    pub attrs: Vec<(String, String)>,
    /// Children.
    pub children: Vec<Node>,
}

impl Element {
    /// A new element without attributes or children.
    pub fn new(name: &str) -> Element {
        Element {
            name: name.to_string(),
            ..Element::default()
        }
    }

    /// A new element with the attributes `attrs`, in order.
    pub fn with_attrs(name: &str, attrs: &[(&str, &str)]) -> Element {
        Element {
            name: name.to_string(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            children: Vec::new(),
        }
    }

    /// This element with the text `text` as its last child.
    pub fn with_text(mut self, text: &str) -> Element {
        self.children.push(Node::Text(text.to_string()));
        self
    }

    /// Child elements named `name`, mutably.
    pub fn children_named_mut<'a>(
        &'a mut self,
        name: &'a str,
    ) -> impl Iterator<Item = &'a mut Element> + 'a {
        self.children.iter_mut().filter_map(move |c| match c {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    /// The first child element named `name`.
    pub fn child_mut(&mut self, name: &str) -> Option<&mut Element> {
        self.children.iter_mut().find_map(|c| match c {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }
}

/// Parses a document; returns its root element.
pub fn parse(text: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::new("#document")];
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(start) => stack.push(element(&start)?),
            Event::Empty(start) => {
                let e = element(&start)?;
                push(&mut stack, Node::Element(e));
            }
            Event::End(_) => {
                let e = stack.pop().ok_or("unbalanced XML")?;
                push(&mut stack, Node::Element(e));
            }
            Event::Text(t) => {
                let raw = std::str::from_utf8(t.as_ref()).map_err(|e| e.to_string())?;
                let text = quick_xml::escape::unescape(raw)
                    .map_err(|e| e.to_string())?
                    .into_owned();
                if !text.is_empty() {
                    push(&mut stack, Node::Text(text));
                }
            }
            Event::GeneralRef(r) => {
                let raw = std::str::from_utf8(r.as_ref()).map_err(|e| e.to_string())?;
                let text = quick_xml::escape::unescape(&format!("&{raw};"))
                    .map_err(|e| e.to_string())?
                    .into_owned();
                push(&mut stack, Node::Text(text));
            }
            Event::CData(c) => {
                push(
                    &mut stack,
                    Node::Text(String::from_utf8_lossy(c.as_ref()).into_owned()),
                );
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut document = stack.pop().ok_or("empty XML")?;
    merge_texts(&mut document);
    document
        .children
        .into_iter()
        .find_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "no root element".to_string())
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

/// Joins adjacent text nodes (text split around entity references).
fn merge_texts(e: &mut Element) {
    let mut merged: Vec<Node> = Vec::with_capacity(e.children.len());
    for child in std::mem::take(&mut e.children) {
        match (merged.last_mut(), child) {
            (Some(Node::Text(a)), Node::Text(b)) => a.push_str(&b),
            (_, Node::Element(mut c)) => {
                merge_texts(&mut c);
                merged.push(Node::Element(c));
            }
            (_, t) => merged.push(t),
        }
    }
    e.children = merged;
}

fn element(start: &BytesStart<'_>) -> Result<Element, String> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in start.attributes() {
        let a = a.map_err(|e| e.to_string())?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let raw = std::str::from_utf8(a.value.as_ref()).map_err(|e| e.to_string())?;
        let value = quick_xml::escape::unescape(raw)
            .map_err(|e| e.to_string())?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
    })
}

/// Writes a document with its XML declaration.
pub fn write(root: &Element) -> Result<Vec<u8>, String> {
    let mut writer = Writer::new(Vec::new());
    writer
        .write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )))
        .map_err(|e| e.to_string())?;
    write_element(&mut writer, root)?;
    Ok(writer.into_inner())
}

fn write_element(writer: &mut Writer<Vec<u8>>, e: &Element) -> Result<(), String> {
    let mut start = BytesStart::new(e.name.as_str());
    for (k, v) in &e.attrs {
        start.push_attribute((k.as_str(), v.as_str()));
    }
    if e.children.is_empty() {
        return writer
            .write_event(Event::Empty(start))
            .map_err(|e| e.to_string());
    }
    writer
        .write_event(Event::Start(start))
        .map_err(|e| e.to_string())?;
    for child in &e.children {
        match child {
            Node::Element(c) => write_element(writer, c)?,
            Node::Text(t) => writer
                .write_event(Event::Text(BytesText::new(t)))
                .map_err(|e| e.to_string())?,
        }
    }
    writer
        .write_event(Event::End(BytesEnd::new(e.name.as_str())))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text_attributes_and_entities() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?><w:p a="x &amp; y"><w:t xml:space="preserve">l'été &lt;3 &#160;</w:t><w:br/></w:p>"#;
        let root = parse(text).unwrap();
        assert_eq!(root.attrs[0].1, "x & y");
        let Node::Element(t) = &root.children[0] else {
            panic!()
        };
        assert_eq!(t.children, vec![Node::Text("l'été <3 \u{a0}".into())]);
        let again = parse(std::str::from_utf8(&write(&root).unwrap()).unwrap()).unwrap();
        assert_eq!(again, root);
    }
}
