//! Puts the XML that docx-rs writes into the order the Office Open XML
//! schemas require, and adds what docx-rs cannot express.
//!
//! docx-rs 0.4.22 writes some children out of their schema sequence
//! (`w:rPr` before `w:pStyle` in `w:pPr`, `w:jc` late in `w:tblPr`…) and a
//! `w:type` attribute on `w:gridCol`. LibreOffice accepts that, Word may
//! refuse it. Rather than patch docx-rs in many places, one pass over each
//! part sorts the children of the elements below by their rank in the
//! schema's sequence (ECMA-376, transitional), stably, so content order is
//! never changed where the schema does not fix it. The pass also marks the
//! header rows of tables as repeating (`w:tblHeader`), which docx-rs has no
//! API for.

use super::xml::{Element, Node};

/// Child sequences from the schemas, for the elements gabarit emits.
const ORDER: &[(&str, &[&str])] = &[
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:ins",
            "w:del",
            "w:moveFrom",
            "w:moveTo",
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
            "w:rPrChange",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
            "w:sectPrChange",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
            "w:tblPrChange",
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
            "w:headers",
            "w:cellIns",
            "w:cellDel",
            "w:cellMerge",
            "w:tcPrChange",
        ],
    ),
    (
        "w:tblBorders",
        &[
            "w:top",
            "w:left",
            "w:start",
            "w:bottom",
            "w:right",
            "w:end",
            "w:insideH",
            "w:insideV",
        ],
    ),
    (
        "w:tcBorders",
        &[
            "w:top",
            "w:left",
            "w:start",
            "w:bottom",
            "w:right",
            "w:end",
            "w:insideH",
            "w:insideV",
            "w:tl2br",
            "w:tr2bl",
        ],
    ),
    (
        "w:pBdr",
        &[
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:between",
            "w:bar",
        ],
    ),
    (
        "w:tblCellMar",
        &["w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end"],
    ),
    (
        "w:tcMar",
        &["w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end"],
    ),
    (
        "w:numPr",
        &["w:ilvl", "w:numId", "w:numberingChange", "w:ins"],
    ),
    ("w:tbl", &["w:bookmarkStart", "w:tblPr", "w:tblGrid"]),
    ("w:tr", &["w:tblPrEx", "w:trPr"]),
    ("w:tc", &["w:tcPr"]),
    ("w:p", &["w:pPr"]),
    ("w:r", &["w:rPr"]),
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:hidden",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
            "w:trPr",
            "w:tcPr",
            "w:tblStylePr",
        ],
    ),
    ("w:styles", &["w:docDefaults", "w:latentStyles", "w:style"]),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    (
        "w:lvl",
        &[
            "w:start",
            "w:numFmt",
            "w:lvlRestart",
            "w:pStyle",
            "w:isLgl",
            "w:suff",
            "w:lvlText",
            "w:lvlPicBulletId",
            "w:legacy",
            "w:lvlJc",
            "w:pPr",
            "w:rPr",
        ],
    ),
    (
        "w:abstractNum",
        &[
            "w:nsid",
            "w:multiLevelType",
            "w:tmpl",
            "w:name",
            "w:styleLink",
            "w:numStyleLink",
            "w:lvl",
        ],
    ),
    (
        "w:numbering",
        &[
            "w:numPicBullet",
            "w:abstractNum",
            "w:num",
            "w:numIdMacAtCleanup",
        ],
    ),
    ("w:num", &["w:abstractNumId", "w:lvlOverride"]),
    ("w:lvlOverride", &["w:startOverride", "w:lvl"]),
    (
        "w:settings",
        &[
            "w:writeProtection",
            "w:view",
            "w:zoom",
            "w:removePersonalInformation",
            "w:removeDateAndTime",
            "w:doNotDisplayPageBoundaries",
            "w:displayBackgroundShape",
            "w:printPostScriptOverText",
            "w:printFractionalCharacterWidth",
            "w:printFormsData",
            "w:embedTrueTypeFonts",
            "w:embedSystemFonts",
            "w:saveSubsetFonts",
            "w:saveFormsData",
            "w:mirrorMargins",
            "w:alignBordersAndEdges",
            "w:bordersDoNotSurroundHeader",
            "w:bordersDoNotSurroundFooter",
            "w:gutterAtTop",
            "w:hideSpellingErrors",
            "w:hideGrammaticalErrors",
            "w:activeWritingStyle",
            "w:proofState",
            "w:formsDesign",
            "w:attachedTemplate",
            "w:linkStyles",
            "w:stylePaneFormatFilter",
            "w:stylePaneSortMethod",
            "w:documentType",
            "w:mailMerge",
            "w:revisionView",
            "w:trackRevisions",
            "w:doNotTrackMoves",
            "w:doNotTrackFormatting",
            "w:documentProtection",
            "w:autoFormatOverride",
            "w:styleLockTheme",
            "w:styleLockQFSet",
            "w:defaultTabStop",
            "w:autoHyphenation",
            "w:consecutiveHyphenLimit",
            "w:hyphenationZone",
            "w:doNotHyphenateCaps",
            "w:showEnvelope",
            "w:summaryLength",
            "w:clickAndTypeStyle",
            "w:defaultTableStyle",
            "w:evenAndOddHeaders",
            "w:bookFoldRevPrinting",
            "w:bookFoldPrinting",
            "w:bookFoldPrintingSheets",
            "w:drawingGridHorizontalSpacing",
            "w:drawingGridVerticalSpacing",
            "w:displayHorizontalDrawingGridEvery",
            "w:displayVerticalDrawingGridEvery",
            "w:doNotUseMarginsForDrawingGridOrigin",
            "w:drawingGridHorizontalOrigin",
            "w:drawingGridVerticalOrigin",
            "w:doNotShadeFormData",
            "w:noPunctuationKerning",
            "w:characterSpacingControl",
            "w:printTwoOnOne",
            "w:strictFirstAndLastChars",
            "w:noLineBreaksAfter",
            "w:noLineBreaksBefore",
            "w:savePreviewPicture",
            "w:doNotValidateAgainstSchema",
            "w:saveInvalidXml",
            "w:ignoreMixedContent",
            "w:alwaysShowPlaceholderText",
            "w:doNotDemarcateInvalidXml",
            "w:saveXmlDataOnly",
            "w:useXSLTWhenSaving",
            "w:saveThroughXslt",
            "w:showXMLTags",
            "w:alwaysMergeEmptyNamespace",
            "w:updateFields",
            "w:hdrShapeDefaults",
            "w:footnotePr",
            "w:endnotePr",
            "w:compat",
            "w:docVars",
            "w:rsids",
            "m:mathPr",
            "w:attachedSchema",
            "w:themeFontLang",
            "w:clrSchemeMapping",
            "w:doNotIncludeSubdocsInStats",
            "w:doNotAutoCompressPictures",
            "w:forceUpgrade",
            "w:captions",
            "w:readModeInkLockDown",
            "w:smartTagType",
            "sl:schemaLibrary",
            "w:shapeDefaults",
            "w:doNotEmbedSmartTags",
            "w:decimalSymbol",
            "w:listSeparator",
        ],
    ),
];

/// Attributes the schemas do not allow on an element.
const FORBIDDEN_ATTRS: &[(&str, &str)] = &[("w:gridCol", "w:type")];

fn rank(order: &[&str], name: &str) -> usize {
    // Children not in the sequence keep their place after it (content of
    // w:p, w:r, w:tc…), in their original order.
    order.iter().position(|n| *n == name).unwrap_or(order.len())
}

/// In a style or a numbering level, paragraph properties may not hold run
/// properties (CT_PPrGeneral): docx-rs puts them there; move them to the
/// element's own `w:rPr`.
fn lift_run_properties(e: &mut Element) {
    if e.name != "w:style" && e.name != "w:lvl" {
        return;
    }
    let mut lifted: Vec<Node> = Vec::new();
    if let Some(ppr) = e.child_mut("w:pPr") {
        let (runs, rest): (Vec<Node>, Vec<Node>) = std::mem::take(&mut ppr.children)
            .into_iter()
            .partition(|c| matches!(c, Node::Element(x) if x.name == "w:rPr"));
        ppr.children = rest;
        for r in runs {
            if let Node::Element(r) = r {
                lifted.extend(r.children);
            }
        }
    }
    if lifted.is_empty() {
        return;
    }
    if e.child_mut("w:rPr").is_none() {
        e.children.push(Node::Element(Element::new("w:rPr")));
    }
    if let Some(rpr) = e.child_mut("w:rPr") {
        for node in lifted {
            let name = match &node {
                Node::Element(x) => x.name.clone(),
                Node::Text(_) => continue,
            };
            // The element's own run properties win over the lifted ones.
            if rpr.child_mut(&name).is_none() {
                rpr.children.push(node);
            }
        }
    }
}

/// Reorders `e` and its descendants into schema order, and drops forbidden
/// attributes.
pub fn reorder(e: &mut Element) {
    lift_run_properties(e);
    e.attrs.retain(|(k, _)| {
        !FORBIDDEN_ATTRS
            .iter()
            .any(|(el, at)| *el == e.name && at == k)
    });
    if let Some((_, order)) = ORDER.iter().find(|(n, _)| *n == e.name) {
        // Only element children are ranked; these parents hold no text.
        let mut keyed: Vec<(usize, usize, Node)> = std::mem::take(&mut e.children)
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let r = match &c {
                    Node::Element(child) => rank(order, &child.name),
                    Node::Text(_) => order.len(),
                };
                (r, i, c)
            })
            .collect();
        keyed.sort_by_key(|(r, i, _)| (*r, *i));
        e.children = keyed.into_iter().map(|(_, _, c)| c).collect();
    }
    for child in &mut e.children {
        if let Node::Element(c) = child {
            reorder(c);
        }
    }
}

/// Marks the first `header_rows[k]` rows of the k-th table of the body
/// (document order) as header rows repeated on each page.
pub fn mark_header_rows(body: &mut Element, header_rows: &[usize]) {
    let mut k = 0;
    mark(body, header_rows, &mut k);
}

fn mark(e: &mut Element, header_rows: &[usize], k: &mut usize) {
    for child in &mut e.children {
        let Node::Element(c) = child else { continue };
        if c.name == "w:tbl" {
            let n = header_rows.get(*k).copied().unwrap_or(0);
            *k += 1;
            for row in c.children_named_mut("w:tr").take(n) {
                let has_pr = row.child_mut("w:trPr").is_some();
                if !has_pr {
                    row.children
                        .insert(0, Node::Element(Element::new("w:trPr")));
                }
                if let Some(pr) = row.child_mut("w:trPr") {
                    pr.children.push(Node::Element(Element::new("w:tblHeader")));
                }
            }
        }
        mark(c, header_rows, k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx::xml::parse;

    #[test]
    fn children_follow_the_schema_sequence() {
        let mut e = parse(r#"<w:pPr><w:rPr/><w:jc/><w:pStyle/><w:spacing/></w:pPr>"#).unwrap();
        reorder(&mut e);
        let names: Vec<&str> = e
            .children
            .iter()
            .map(|c| match c {
                Node::Element(e) => e.name.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(names, ["w:pStyle", "w:spacing", "w:jc", "w:rPr"]);
    }

    #[test]
    fn paragraph_content_keeps_its_order() {
        let mut e =
            parse(r#"<w:p><w:r><w:t>b</w:t></w:r><w:pPr/><w:r><w:t>a</w:t></w:r></w:p>"#).unwrap();
        reorder(&mut e);
        let Node::Element(first) = &e.children[0] else {
            panic!()
        };
        assert_eq!(first.name, "w:pPr");
        let Node::Element(second) = &e.children[1] else {
            panic!()
        };
        assert_eq!(
            second.children,
            parse("<w:r><w:t>b</w:t></w:r>").unwrap().children
        );
    }

    #[test]
    fn run_properties_leave_style_paragraph_properties() {
        let mut e = parse(r#"<w:style><w:rPr><w:b/></w:rPr><w:pPr><w:rPr><w:b/><w:sz/></w:rPr><w:jc/></w:pPr><w:name/></w:style>"#).unwrap();
        reorder(&mut e);
        let text = String::from_utf8(crate::render::docx::xml::write(&e).unwrap()).unwrap();
        assert!(
            text.ends_with(
                "<w:style><w:name/><w:pPr><w:jc/></w:pPr><w:rPr><w:b/><w:sz/></w:rPr></w:style>"
            ),
            "{text}"
        );
    }

    #[test]
    fn header_rows_are_marked() {
        let mut body = parse(
            "<w:body><w:tbl><w:tr/><w:tr/></w:tbl><w:tbl><w:tr><w:trPr/></w:tr></w:tbl></w:body>",
        )
        .unwrap();
        mark_header_rows(&mut body, &[1, 1]);
        let text = String::from_utf8(crate::render::docx::xml::write(&body).unwrap()).unwrap();
        assert_eq!(text.matches("<w:tblHeader/>").count(), 2);
    }
}
