//! PDF: the pages of [`crate::layout`] drawn with printpdf, then finished
//! with lopdf: fonts subset (keeping glyph ids, see [`subset`]), ids and
//! names derived from the content, no clock in the file.

mod fields;
mod images;
mod properties;
pub mod subset;

use crate::i18n::t;
use std::collections::BTreeMap;

use lopdf::Object;
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, RawImage, TextItem, TextMatrix, XObject, XObjectId,
    XObjectTransform,
};

use super::{RenderOptions, digest};
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::layout::fonts::{Family, family, style_index};
use crate::layout::{Draw, PT_PER_MM, Page, Span};

/// A rendered PDF and its page count.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
}

/// Renders `doc` as a PDF.
pub fn render(doc: &Document, options: &RenderOptions) -> Result<Pdf, Diagnostic> {
    // WIP (branch krilla-port): krilla draws, tags and checks the file
    // (PDF/UA-1, and PDF/A-2a when the file has a date); lopdf adds the
    // signature fields after it.
    let profile = if options.timestamp.is_some() {
        crate::render::pdf_krilla::Profile::UaA2a
    } else {
        crate::render::pdf_krilla::Profile::Ua
    };
    let out = crate::render::pdf_krilla::render(doc, options, profile).map_err(|e| {
        Diagnostic::error("render", t!("pdf-write", reason = e)).hint(t!("defect-hint"))
    })?;
    let pages = crate::layout::flow::layout_with(doc, options)?;
    let page_h = options.page.height_mm * PT_PER_MM;
    let fields: Vec<Vec<fields::Field>> = pages
        .iter()
        .map(|p| fields::of_page(p, page_h))
        .collect();
    // Written again by lopdf: the fields added, and the dictionaries
    // (the structure tree above all) in compressed object streams with a
    // cross-reference stream, as PDF/A-2 allows.
    let mut lo = lopdf::Document::load_mem(&out.bytes).map_err(|e| {
        Diagnostic::error("render", t!("pdf-finish", reason = e.to_string())).hint(t!("defect-hint"))
    })?;
    fields::add(&mut lo, &fields);
    let mut bytes = Vec::with_capacity(out.bytes.len());
    let save = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .max_objects_per_stream(1000)
        .compression_level(9)
        .build();
    lo.save_with_options(&mut bytes, save).map_err(|e| {
        Diagnostic::error("render", t!("pdf-write", reason = e.to_string())).hint(t!("defect-hint"))
    })?;
    Ok(Pdf {
        bytes,
        pages: out.pages,
    })
}

/// The printpdf renderer, kept while the port is under way.
#[allow(dead_code)]
fn render_printpdf(doc: &Document, options: &RenderOptions) -> Result<Pdf, Diagnostic> {
    let pages = crate::layout::flow::layout_with(doc, options)?;
    let family = family(doc.settings.font);
    let page_h = options.page.height_mm * PT_PER_MM;

    // Which glyphs of which face the document uses.
    let mut used: BTreeMap<usize, BTreeMap<char, u16>> = BTreeMap::new();
    for page in &pages {
        for d in &page.draws {
            if let Draw::Text(s) = d {
                let face = family.face(s.style);
                let set = used.entry(style_index(s.style)).or_default();
                set.extend(
                    s.text
                        .chars()
                        .filter_map(|c| face.glyph_id(c).map(|g| (c, g))),
                );
            }
        }
    }

    let mut pdf = PdfDocument::new(&doc.settings.title);
    // Each face is subset first (glyph ids kept), and printpdf embeds the
    // subset: it never compresses a whole font only to have it replaced.
    for (&face, glyphs) in &used {
        let program = subset::subset(family.faces[face].data, glyphs).map_err(|e| {
            Diagnostic::error("render", t!("pdf-subset", reason = e.to_string()))
                .hint(t!("defect-hint"))
        })?;
        let parsed = ParsedFont::from_bytes(&program, 0, &mut Vec::new()).ok_or_else(|| {
            Diagnostic::error("render", t!("pdf-subset-read-back")).hint(t!("defect-hint"))
        })?;
        pdf.resources
            .fonts
            .map
            .insert(font_id(face), printpdf::PdfFont::new(parsed));
    }
    let mut warnings = Vec::new();
    // Images: printpdf gets a 1×1 placeholder; `finish` puts in its place
    // the image encoded once per process (a logo on every letter is
    // decoded and compressed once, not once per letter).
    let mut images = Vec::with_capacity(doc.images.len());
    for (i, image) in doc.images.iter().enumerate() {
        images.push(images::encoded(&image.bytes).map_err(|e| {
            Diagnostic::error("render", t!("pdf-image", reason = e.to_string()))
                .hint(t!("image-format-hint"))
        })?);
        let placeholder = RawImage {
            pixels: printpdf::RawImageData::U8(vec![255, 255, 255]),
            width: 1,
            height: 1,
            data_format: printpdf::RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        pdf.resources
            .xobjects
            .map
            .insert(XObjectId(format!("Im{i}")), XObject::Image(placeholder));
    }
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|p| {
            PdfPage::new(
                Mm(options.page.width_mm),
                Mm(options.page.height_mm),
                ops(p, doc, family, page_h),
            )
        })
        .collect();
    let count = pdf_pages.len();
    pdf.with_pages(pdf_pages);

    // Images stay lossless (Flate): a logo must not get JPEG artefacts.
    let save = PdfSaveOptions {
        subset_fonts: false,
        optimize: true,
        image_optimization: Some(printpdf::ImageOptimizationOptions {
            format: Some(printpdf::ImageCompression::Flate),
            auto_optimize: Some(false),
            ..printpdf::ImageOptimizationOptions::default()
        }),
        ..PdfSaveOptions::default()
    };
    let mut lo = pdf.to_lopdf_document(&save, &mut warnings);
    properties::describe(&mut lo, &doc.settings.title, options);
    let fields: Vec<Vec<fields::Field>> =
        pages.iter().map(|p| fields::of_page(p, page_h)).collect();
    fields::add(&mut lo, &fields);
    // Last: the file's id is a digest of everything in it.
    finish(&mut lo, family, &used, &images, options)?;
    compress(&mut lo);
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| {
        Diagnostic::error("render", t!("pdf-write", reason = e.to_string())).hint(t!("defect-hint"))
    })?;
    Ok(Pdf {
        bytes,
        pages: count,
    })
}

fn font_id(face: usize) -> FontId {
    FontId(format!("F{face}"))
}

fn pt(v: f32) -> Pt {
    // Round to a hundredth of a point: stable bytes, invisible difference.
    Pt((v * 100.0).round() / 100.0)
}

/// The drawing operations of one page.
fn ops(page: &Page, doc: &Document, family: &Family, page_h: f32) -> Vec<Op> {
    let mut out = Vec::new();
    // Fills and images first, then lines, then text on top.
    for d in &page.draws {
        match d {
            Draw::Fill { x, y, w, h, gray } => {
                out.push(Op::SetFillColor {
                    col: Color::Greyscale(Greyscale {
                        percent: *gray,
                        icc_profile: None,
                    }),
                });
                out.push(Op::DrawRectangle {
                    rectangle: printpdf::Rect {
                        x: pt(*x),
                        y: pt(page_h - y - h),
                        width: pt(*w),
                        height: pt(*h),
                        mode: Some(printpdf::PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Draw::Image {
                index, x, y, w, h, ..
            } => {
                if doc.images.get(*index).is_none() {
                    continue;
                }
                out.push(Op::UseXobject {
                    id: XObjectId(format!("Im{index}")),
                    transform: XObjectTransform {
                        translate_x: Some(pt(*x)),
                        translate_y: Some(pt(page_h - y - h)),
                        // The placeholder is one pixel: scale it to the
                        // image's size in points.
                        scale_x: Some(*w),
                        scale_y: Some(*h),
                        dpi: Some(72.0),
                        ..XObjectTransform::default()
                    },
                });
            }
            _ => {}
        }
    }
    out.push(Op::SetFillColor {
        col: Color::Greyscale(Greyscale {
            percent: 0.0,
            icc_profile: None,
        }),
    });
    out.push(Op::SetOutlineColor {
        col: Color::Greyscale(Greyscale {
            percent: 0.0,
            icc_profile: None,
        }),
    });
    let mut thickness = None;
    for d in &page.draws {
        if let Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        } = d
        {
            if thickness != Some(*width) {
                out.push(Op::SetOutlineThickness { pt: pt(*width) });
                thickness = Some(*width);
            }
            out.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: pt(*x1),
                                y: pt(page_h - y1),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: pt(*x2),
                                y: pt(page_h - y2),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
    }
    out.push(Op::StartTextSection);
    let mut font: Option<(usize, f32)> = None;
    for d in &page.draws {
        if let Draw::Text(span) = d {
            // An empty run only carries a mark (an empty table cell).
            if span.text.is_empty() {
                continue;
            }
            let face = style_index(span.style);
            if font != Some((face, span.size)) {
                out.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(face)),
                    size: pt(span.size),
                });
                font = Some((face, span.size));
            }
            out.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(pt(span.x), pt(page_h - span.baseline)),
            });
            out.push(Op::ShowText {
                items: text_items(span, family),
            });
        }
    }
    out.push(Op::EndTextSection);
    out
}

/// The text of a span with its kerning and justification as TJ offsets.
fn text_items(span: &Span, family: &Family) -> Vec<TextItem> {
    let face = family.face(span.style);
    let mut items = Vec::new();
    let mut current = String::new();
    let mut prev: Option<char> = None;
    for c in span.text.chars() {
        if let Some(p) = prev {
            let mut adjust = -face.kern(p, c);
            if p == ' ' && span.space_extra != 0.0 {
                adjust -= span.space_extra * 1000.0 / span.size;
            }
            let adjust = (adjust * 10.0).round() / 10.0;
            if adjust != 0.0 {
                items.push(TextItem::Text(std::mem::take(&mut current)));
                items.push(TextItem::Offset(adjust));
            }
        }
        current.push(c);
        prev = Some(c);
    }
    if !current.is_empty() {
        items.push(TextItem::Text(current));
    }
    items
}

/// Names the (already subset) fonts with a tag derived from their glyphs, and
/// gives the file an id derived from its content and no clock time.
/// Compresses every stream not compressed yet, at a middle level: lopdf's
/// own `compress` uses the best (slowest) level, which took a third of the
/// time of a build for a percent of size.
fn compress(lo: &mut lopdf::Document) {
    for object in lo.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        if let Some(compressed) = flate(&stream.content, 6)
            && compressed.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// `data` Flate-compressed (zlib) at `level` (0–9); `None` if the encoder
/// fails, which writing to memory does not.
fn flate(data: &[u8], level: u32) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(data).ok()?;
    encoder.finish().ok()
}

/// The objects of the resources of kind `kind` (`Font`, `XObject`) named
/// `<prefix><n>`, by `n`.
fn named_resources(
    lo: &lopdf::Document,
    kind: &[u8],
    prefix: &str,
) -> BTreeMap<usize, lopdf::ObjectId> {
    let mut found = BTreeMap::new();
    for (_, page_id) in lo.get_pages() {
        let Ok((resources, ids)) = lo.get_page_resources(page_id) else {
            continue;
        };
        let mut dicts: Vec<lopdf::Dictionary> = resources.into_iter().cloned().collect();
        dicts.extend(
            ids.into_iter()
                .filter_map(|id| lo.get_dictionary(id).ok().cloned()),
        );
        for res in dicts {
            let Ok(named) = res.get(kind).and_then(|f| match f {
                Object::Reference(r) => lo.get_dictionary(*r).cloned(),
                Object::Dictionary(d) => Ok(d.clone()),
                _ => Err(lopdf::Error::DictKey(
                    String::from_utf8_lossy(kind).into_owned(),
                )),
            }) else {
                continue;
            };
            for (name, value) in named.iter() {
                let name = String::from_utf8_lossy(name);
                if let (Some(n), Object::Reference(r)) = (
                    name.strip_prefix(prefix)
                        .and_then(|n| n.parse::<usize>().ok()),
                    value,
                ) {
                    found.insert(n, *r);
                }
            }
        }
    }
    found
}

fn finish(
    lo: &mut lopdf::Document,
    family: &Family,
    used: &BTreeMap<usize, BTreeMap<char, u16>>,
    images: &[std::sync::Arc<images::Encoded>],
    options: &RenderOptions,
) -> Result<(), Diagnostic> {
    let defect = |what: &str| {
        Diagnostic::error("render", t!("pdf-finish", reason = what)).hint(t!("defect-hint"))
    };
    // Resources are shared by all pages: find each /F<n> and /Im<n> once.
    let fonts = named_resources(lo, b"Font", "F");
    for (i, id) in named_resources(lo, b"XObject", "Im") {
        if let Some(image) = images.get(i) {
            let stream = image.stream(lo);
            lo.objects.insert(id, Object::Stream(stream));
        }
    }
    for (face, type0) in fonts {
        let Some(glyphs) = used.get(&face) else {
            continue;
        };
        let tag = subset_tag(face, glyphs);
        let name = format!("{tag}+{}", family.faces[face].name.replace(' ', ""));
        let name_obj = || Object::Name(name.clone().into_bytes());
        // The CID font is inline in /DescendantFonts, or a reference to it.
        let mut descendant_ref = None;
        let mut descriptor = None;
        {
            let d = lo
                .get_dictionary_mut(type0)
                .map_err(|_| defect("font dictionary"))?;
            d.set("BaseFont", name_obj());
            let array = d
                .get_mut(b"DescendantFonts")
                .and_then(Object::as_array_mut)
                .map_err(|_| defect("descendant font"))?;
            match array.first_mut() {
                Some(Object::Dictionary(cid)) => {
                    cid.set("BaseFont", name_obj());
                    descriptor = cid
                        .get(b"FontDescriptor")
                        .and_then(Object::as_reference)
                        .ok();
                }
                Some(Object::Reference(r)) => descendant_ref = Some(*r),
                _ => return Err(defect("descendant font")),
            }
        }
        if let Some(r) = descendant_ref {
            let cid = lo.get_dictionary_mut(r).map_err(|_| defect("CID font"))?;
            cid.set("BaseFont", name_obj());
            descriptor = cid
                .get(b"FontDescriptor")
                .and_then(Object::as_reference)
                .ok();
        }
        let descriptor = descriptor.ok_or_else(|| defect("font descriptor"))?;
        let d = lo
            .get_dictionary_mut(descriptor)
            .map_err(|_| defect("font descriptor"))?;
        d.set("FontName", name_obj());
    }
    // No clock: dates only from the options.
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(info) = lo.get_dictionary_mut(info_id)
    {
        info.remove(b"CreationDate");
        info.remove(b"ModDate");
        if let Some(epoch) = options.timestamp {
            let date = pdf_date(epoch);
            info.set("CreationDate", Object::string_literal(date.clone()));
            info.set("ModDate", Object::string_literal(date));
        }
    }
    // The id: a digest of every object's content.
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for (id, object) in &lo.objects {
        parts.push(format!("{id:?}").into_bytes());
        match object {
            Object::Stream(s) => parts.push(s.content.clone()),
            other => parts.push(format!("{other:?}").into_bytes()),
        }
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    let hex: String = digest(&refs)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(hex.clone().into_bytes(), lopdf::StringFormat::Hexadecimal),
            Object::String(hex.into_bytes(), lopdf::StringFormat::Hexadecimal),
        ]),
    );
    Ok(())
}

/// Six capital letters derived from a face's glyph set (ISO 32000-1 §9.6.4).
fn subset_tag(face: usize, glyphs: &BTreeMap<char, u16>) -> String {
    let bytes: Vec<u8> = std::iter::once(face as u8)
        .chain(glyphs.values().flat_map(|g| g.to_be_bytes()))
        .collect();
    let d = digest(&[&bytes]);
    d[..6].iter().map(|b| char::from(b'A' + b % 26)).collect()
}

fn pdf_date(epoch: i64) -> String {
    let dt = chrono::DateTime::from_timestamp(epoch, 0).unwrap_or_default();
    dt.format("D:%Y%m%d%H%M%SZ").to_string()
}
