//! The pages of [`crate::layout`] drawn, tagged and checked with krilla:
//! the same glyphs at the same places as the layout set them, every text
//! run in the structure element its [`Mark`] names (headings, paragraphs,
//! lists, tables with their header cells; running header, footer, page
//! numbers and repeated table headers as artifacts), images as figures
//! with their alternative text, an outline from the headings, the
//! document's properties and language; krilla's validators check the file
//! as PDF/UA-1, and as PDF/A-2a when it has a date.

use std::collections::{BTreeMap, HashMap};
use std::num::NonZeroU16;
use std::sync::{Mutex, OnceLock};

use krilla::Document as KDocument;
use krilla::SerializeSettings;
use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::luma;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::document::Document;
use crate::layout::fonts::{Family, family, style_index};
use crate::layout::{ArtifactKind, Draw, Mark, PT_PER_MM, Role, Span};
use crate::render::RenderOptions;

/// Which standards krilla writes for and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// PDF/UA-1 and PDF/A-2a: a file with a date.
    UaA2a,
    /// PDF/UA-1 alone: PDF/A asks for a date the file does not have.
    Ua,
}

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct Output {
    /// The file.
    pub bytes: Vec<u8>,
    /// Its pages.
    pub pages: usize,
}

/// The four faces of `family` as krilla fonts, parsed once per process.
fn fonts(family: &'static Family) -> Vec<Font> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Vec<Font>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().expect("font cache");
    map.entry(family.faces[0].name)
        .or_insert_with(|| {
            family
                .faces
                .iter()
                .map(|f| {
                    // krilla's subsetter copies each glyph's instructions and
                    // the whole `fpgm`, `prep` and `cvt `; PDF viewers draw
                    // unhinted, so krilla is given the font without them
                    // (in memory: the files shipped are not modified).
                    let data: krilla::Data = match super::hinting::unhinted(f.data) {
                        Ok(d) => d.into(),
                        Err(_) => f.data.into(),
                    };
                    Font::new(data, 0).expect("an embedded font krilla reads")
                })
                .collect()
        })
        .clone()
}

/// An image as krilla reads it, once per process.
fn image(bytes: &[u8]) -> Result<Image, String> {
    static CACHE: OnceLock<Mutex<HashMap<String, Image>>> = OnceLock::new();
    let key = crate::sha256_hex(bytes);
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(hit);
    }
    let data: krilla::Data = bytes.to_vec().into();
    let image = if bytes.starts_with(&[0x89, b'P', b'N', b'G']) {
        Image::from_png(data, false)?
    } else {
        Image::from_jpeg(data, false)?
    };
    if let Ok(mut c) = cache.lock() {
        c.insert(key, image.clone());
    }
    Ok(image)
}

/// A table's rows: row → (whether a header row, column → the cell's
/// content).
type Rows = BTreeMap<u32, (bool, BTreeMap<u32, Vec<Node>>)>;

/// What a structure element holds: marked content, or a part of a word
/// split across two lines under a span whose actual text is the word
/// whole (its first part) or nothing (the rest), so that a screen reader
/// or a text extractor that reads the structure says one word, not
/// « délibéra » and « tion ».
enum Node {
    Content(Identifier),
    Actual(Identifier, String),
    /// An address: its text, and its link annotation (by index in
    /// `Tree::links`, known once its page is finished).
    Link(Identifier, usize),
}

/// Where a piece of marked content stands in a word split across lines.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// Not in a split word.
    Whole,
    /// The first part of a split word, and the word whole.
    WordStart(String),
    /// The rest of the word begun before.
    WordRest,
    /// An e-mail or web address: the link annotation over it (by index
    /// in `Tree::links`).
    Link(usize),
}

/// Appends `nodes` to `group`: a split word as a `Span` whose actual text
/// is the word.
fn push_nodes(group: &mut TagGroup, nodes: Vec<Node>, links: &[Option<Identifier>]) {
    for node in nodes {
        match node {
            Node::Link(id, k) => {
                let mut link = TagGroup::new(Tag::Link);
                link.push(id);
                if let Some(Some(annotation)) = links.get(k) {
                    link.push(*annotation);
                }
                group.push(link);
            }
            Node::Content(id) => group.push(id),
            Node::Actual(id, text) => {
                let mut span = TagGroup::new(TagKind::from(Tag::Span).with_actual_text(Some(text)));
                span.push(id);
                group.push(span);
            }
        }
    }
}

/// Adds content `id` to `nodes`, where `part` says.
fn add_node(nodes: &mut Vec<Node>, id: Identifier, part: Part) {
    nodes.push(match part {
        Part::Whole => Node::Content(id),
        Part::WordStart(word) => Node::Actual(id, word),
        Part::WordRest => Node::Actual(id, String::new()),
        Part::Link(k) => Node::Link(id, k),
    });
}

/// A list's items: item → (the label's blocks, the body's blocks).
type Items = BTreeMap<u32, (Vec<u32>, Vec<u32>)>;

/// The structure of the document as the runs tell it, in reading order.
#[derive(Default)]
struct Tree {
    top: Vec<Top>,
    leaves: HashMap<u32, Leaf>,
    /// table block → row → (header row, col → ids)
    tables: HashMap<u32, Rows>,
    /// list block → item → (label blocks, body blocks)
    lists: HashMap<u32, Items>,
    figures: Vec<(String, Option<Identifier>)>,
    /// The blocks of signing parties: their paragraphs get an identifier
    /// ([`super::fields::block_id`]) their signature field is read after.
    signing: std::collections::HashSet<u32>,
    /// The link annotations over addresses, in the order they are drawn.
    links: Vec<Option<Identifier>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Top {
    Leaf(u32),
    Table(u32),
    List(u32),
    Figure(usize),
}

struct Leaf {
    role: Role,
    ids: Vec<Node>,
    text: String,
}

impl Tree {
    fn push_top(&mut self, t: Top) {
        if !self.top.contains(&t) {
            self.top.push(t);
        }
    }

    /// Records where a run's block goes, the first time it is seen.
    fn register(&mut self, m: &Mark) {
        match m.role {
            Role::Artifact(_) => {}
            Role::Cell { row, col, header } => {
                self.push_top(Top::Table(m.block));
                self.tables
                    .entry(m.block)
                    .or_default()
                    .entry(row)
                    .or_insert_with(|| (header, BTreeMap::new()))
                    .1
                    .entry(col)
                    .or_default();
            }
            role => {
                if let std::collections::hash_map::Entry::Vacant(e) = self.leaves.entry(m.block) {
                    e.insert(Leaf {
                        role,
                        ids: Vec::new(),
                        text: String::new(),
                    });
                    match m.item {
                        Some((list, k)) => {
                            self.push_top(Top::List(list));
                            let item = self.lists.entry(list).or_default().entry(k).or_default();
                            if role == Role::ListLabel {
                                item.0.push(m.block);
                            } else {
                                item.1.push(m.block);
                            }
                        }
                        None => self.push_top(Top::Leaf(m.block)),
                    }
                }
            }
        }
    }

    fn attach(&mut self, m: &Mark, id: Identifier, text: &str) {
        self.attach_part(m, id, text, Part::Whole);
    }

    /// Attaches content `id` of run `m`, which says `text`, as `part` of
    /// a split word or whole.
    fn attach_part(&mut self, m: &Mark, id: Identifier, text: &str, part: Part) {
        match m.role {
            Role::Artifact(_) => {}
            Role::Cell { row, col, .. } => {
                if let Some(cell) = self
                    .tables
                    .get_mut(&m.block)
                    .and_then(|t| t.get_mut(&row))
                    .and_then(|r| r.1.get_mut(&col))
                {
                    add_node(cell, id, part);
                }
            }
            _ => {
                if let Some(leaf) = self.leaves.get_mut(&m.block) {
                    add_node(&mut leaf.ids, id, part);
                    if text.is_empty() {
                        return;
                    }
                    if leaf.text.ends_with(crate::layout::SOFT_HYPHEN) {
                        leaf.text.pop();
                    } else if !leaf.text.is_empty() {
                        leaf.text.push(' ');
                    }
                    leaf.text.push_str(text);
                }
            }
        }
    }

    fn leaf_group(&mut self, block: u32) -> Option<TagGroup> {
        let leaf = self.leaves.remove(&block)?;
        let mut g = match leaf.role {
            Role::Heading(level) => TagGroup::new(Tag::Hn(
                NonZeroU16::new(u16::from(level.max(1))).expect("a level from 1"),
                Some(leaf.text.trim().to_string()),
            )),
            Role::ListLabel => TagGroup::new(Tag::Lbl),
            _ if self.signing.contains(&block) => TagGroup::new(
                TagKind::from(Tag::P).with_id(Some(super::fields::block_id(block).into())),
            ),
            _ => TagGroup::new(Tag::P),
        };
        push_nodes(&mut g, leaf.ids, &self.links);
        Some(g)
    }

    fn finish(mut self) -> TagTree {
        let mut tree = TagTree::new();
        let top = std::mem::take(&mut self.top);
        for t in top {
            match t {
                Top::Leaf(b) => {
                    if let Some(g) = self.leaf_group(b) {
                        tree.push(g);
                    }
                }
                Top::Table(b) => {
                    let mut table = TagGroup::new(Tag::Table);
                    for (_, (header, cols)) in self.tables.remove(&b).unwrap_or_default() {
                        let mut tr = TagGroup::new(Tag::TR);
                        for (_, ids) in cols {
                            let mut cell = if header {
                                TagGroup::new(Tag::TH(TableHeaderScope::Column))
                            } else {
                                TagGroup::new(Tag::TD)
                            };
                            push_nodes(&mut cell, ids, &self.links);
                            tr.push(cell);
                        }
                        table.push(tr);
                    }
                    tree.push(table);
                }
                Top::List(b) => {
                    let mut list = TagGroup::new(Tag::L(ListNumbering::None));
                    for (_, (labels, bodies)) in self.lists.remove(&b).unwrap_or_default() {
                        let mut li = TagGroup::new(Tag::LI);
                        for l in labels {
                            if let Some(g) = self.leaf_group(l) {
                                li.push(g);
                            }
                        }
                        let mut body = TagGroup::new(Tag::LBody);
                        for p in bodies {
                            if let Some(g) = self.leaf_group(p) {
                                body.push(g);
                            }
                        }
                        li.push(body);
                        list.push(li);
                    }
                    tree.push(list);
                }
                Top::Figure(k) => {
                    if let (alt, Some(id)) = self.figures[k].clone() {
                        let mut g = TagGroup::new(Tag::Figure(Some(alt)));
                        g.push(id);
                        tree.push(g);
                    }
                }
            }
        }
        tree
    }
}

fn artifact(kind: ArtifactKind) -> ContentTag<'static> {
    ContentTag::Artifact(Artifact::with_kind(match kind {
        ArtifactKind::Header => ArtifactType::Header,
        ArtifactKind::Footer => ArtifactType::Footer,
        ArtifactKind::PageNumber => ArtifactType::PageNumber,
        ArtifactKind::Pagination => ArtifactType::PaginationOther,
    }))
}

fn black() -> Fill {
    Fill {
        paint: luma::Color::new(0).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// How a span's text is drawn when it holds part of a word split across
/// lines: `continued` bytes at its start end a word begun on the line
/// before; from `tail` on, a word goes on to the next line, whose whole
/// text is `word`.
#[derive(Debug, Default, Clone)]
struct Split {
    continued: usize,
    tail: Option<(usize, String)>,
}

impl Split {
    fn is_plain(&self) -> bool {
        self.continued == 0 && self.tail.is_none()
    }

    /// The parts of a text of `len` bytes, in order, each with where it
    /// stands in a split word.
    fn pieces(&self, len: usize) -> Vec<(std::ops::Range<usize>, Part)> {
        let continued = self.continued.min(len);
        let tail = self.tail.as_ref().map_or(len, |(t, _)| *t).max(continued);
        let mut out = vec![
            (0..continued, Part::WordRest),
            (continued..tail, Part::Whole),
        ];
        if let Some((_, word)) = &self.tail
            && tail < len
        {
            out.push((tail..len, Part::WordStart(word.clone())));
        }
        out.retain(|(r, _)| !r.is_empty());
        out
    }
}

/// The words split at a line's end among a page's spans (a span that
/// ends with a soft hyphen, continued by the next span of its block).
fn split_words(spans: &[&Span]) -> Vec<Split> {
    let soft = crate::layout::SOFT_HYPHEN;
    let mut splits = vec![Split::default(); spans.len()];
    for k in 0..spans.len() {
        let span = spans[k];
        if !span.text.ends_with(soft) || matches!(span.mark.role, Role::Artifact(_)) {
            continue;
        }
        // Already the middle of a word split twice: its first part says
        // the whole word.
        let start = span
            .text
            .rfind(' ')
            .map_or(0, |i| i + 1)
            .max(splits[k].continued);
        if splits[k].continued == span.text.len() {
            continue;
        }
        // The next line of the same block goes on with the word (a list's
        // next label may be drawn between).
        let next_of = |from: usize| (from + 1..spans.len()).find(|&j| spans[j].mark == span.mark);
        let mut word = span.text[start..].trim_end_matches(soft).to_string();
        let mut at = k;
        while let Some(j) = next_of(at) {
            let next = spans[j];
            let end = next.text.find(' ').unwrap_or(next.text.len());
            splits[j].continued = end;
            word.push_str(next.text[..end].trim_end_matches(soft));
            at = j;
            if end < next.text.len() || !next.text.ends_with(soft) {
                break;
            }
        }
        if at > k {
            splits[k].tail = Some((start, word));
        }
    }
    splits
}

/// The glyphs of a run: the face's glyph ids and advances, kerning and
/// justification as offsets between glyphs.
fn glyphs(span: &Span, family: &Family) -> Vec<KrillaGlyph> {
    let face = family.face(span.style);
    let chars: Vec<(usize, char)> = span.text.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len());
    for (i, &(at, c)) in chars.iter().enumerate() {
        let end = chars.get(i + 1).map_or(span.text.len(), |n| n.0);
        // The hyphen of a split word is drawn as one, and stays a soft
        // hyphen in the text the glyph stands for.
        let c = if c == crate::layout::SOFT_HYPHEN {
            '-'
        } else {
            c
        };
        let mut advance = face.advance(c);
        if let Some(&(_, next)) = chars.get(i + 1) {
            advance += face.kern(c, next);
            if c == ' ' && span.space_extra != 0.0 {
                advance += span.space_extra * 1000.0 / span.size;
            }
        }
        out.push(KrillaGlyph {
            glyph_id: GlyphId::new(u32::from(face.glyph_id(c).unwrap_or(0))),
            text_range: at..end,
            x_advance: advance / 1000.0,
            x_offset: 0.0,
            y_offset: 0.0,
            y_advance: 0.0,
            location: None,
        });
    }
    out
}

fn date(epoch: i64) -> DateTime {
    use chrono::{Datelike, Timelike};
    let dt = chrono::DateTime::from_timestamp(epoch, 0).unwrap_or_default();
    DateTime::new(dt.year() as u16)
        .month(dt.month() as u8)
        .day(dt.day() as u8)
        .hour(dt.hour() as u8)
        .minute(dt.minute() as u8)
        .second(dt.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The outline from the headings: (level, title, destination).
fn outline(items: &[(u8, String, XyzDestination)]) -> Outline {
    fn level(items: &[(u8, String, XyzDestination)], i: &mut usize, at: u8) -> Vec<OutlineNode> {
        let mut out = Vec::new();
        while *i < items.len() && items[*i].0 >= at {
            let (l, title, dest) = items[*i].clone();
            *i += 1;
            let mut node = OutlineNode::new(title, dest);
            for child in level(items, i, l + 1) {
                node.push_child(child);
            }
            out.push(node);
        }
        out
    }
    let mut o = Outline::new();
    let mut i = 0;
    while i < items.len() {
        let at = items[i].0;
        for node in level(items, &mut i, at) {
            o.push_child(node);
        }
    }
    o
}

/// Renders `doc` with krilla, tagged and checked as `profile` says.
pub fn render(
    doc: &Document,
    pages: &[crate::layout::Page],
    options: &RenderOptions,
    profile: Profile,
) -> Result<Output, String> {
    let family = family(doc.settings.font);
    let fonts = fonts(family);
    let tagged = true;

    let builder = ConfigurationBuilder::new();
    let builder = match profile {
        Profile::UaA2a => builder
            .with_archival_validator(Archival::A2_A)
            .with_accessibility_validator(Accessibility::UA1),
        Profile::Ua => builder.with_accessibility_validator(Accessibility::UA1),
    };
    let settings = SerializeSettings {
        configuration: builder.finish().map_err(|e| format!("{e:?}"))?,
        enable_tagging: tagged,
        ..SerializeSettings::default()
    };
    let mut pdf = KDocument::new_with(settings);

    // Reading order first: the tree's order is that of the runs.
    let mut tree = Tree::default();
    let mut figure_at: HashMap<(usize, usize), usize> = HashMap::new();
    for (p, page) in pages.iter().enumerate() {
        for (k, d) in page.draws.iter().enumerate() {
            match d {
                Draw::Text(s) => tree.register(&s.mark),
                Draw::SignatureField { block, .. } => {
                    tree.signing.insert(*block);
                }
                // An image with its alternative text is a figure; one
                // without, an artifact.
                Draw::Image { alt, .. } if !alt.trim().is_empty() => {
                    figure_at.insert((p, k), tree.top.len());
                    tree.top.push(Top::Figure(tree.figures.len()));
                    // The identifier is set when drawn.
                    tree.figures.push((alt.clone(), None));
                }
                _ => {}
            }
        }
    }

    let (w, h) = (
        options.page.width_mm * PT_PER_MM,
        options.page.height_mm * PT_PER_MM,
    );
    let mut headings: Vec<(u8, String, XyzDestination, u32)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let mut kpage = pdf.start_page_with(PageSettings::from_wh(w, h).ok_or("page size")?);
        let mut surface = kpage.surface();
        // Fills, images and lines first, then
        // the text on top.
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Layout,
        )));
        for d in &page.draws {
            if let Draw::Fill { x, y, w, h, gray } = d
                && let Some(rect) = Rect::from_xywh(*x, *y, *w, *h)
            {
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: luma::Color::new((gray * 255.0).round() as u8).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                let mut pb = PathBuilder::new();
                pb.push_rect(rect);
                if let Some(path) = pb.finish() {
                    surface.draw_path(&path);
                }
            }
        }
        surface.end_tagged();
        for (k, d) in page.draws.iter().enumerate() {
            if let Draw::Image {
                index, x, y, w, h, ..
            } = d
                && let Some(data) = doc.images.get(*index)
            {
                let img = image(&data.bytes)?;
                let figure = figure_at.get(&(p, k)).copied();
                let id = match figure {
                    Some(_) => surface.start_tagged(ContentTag::Other),
                    None => surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                        ArtifactType::Other,
                    ))),
                };
                surface.push_transform(&Transform::from_translate(*x, *y));
                surface.draw_image(img, Size::from_wh(*w, *h).ok_or("image size")?);
                surface.pop();
                surface.end_tagged();
                if let Some(t) = figure
                    && let Top::Figure(f) = tree.top[t]
                {
                    tree.figures[f].1 = Some(id);
                }
            }
        }
        draw_lines(&mut surface, &page.draws);
        surface.set_stroke(None);
        surface.set_fill(Some(black()));
        let mut open: Option<Mark> = None;
        let mut current: Option<Identifier> = None;
        let mut text = String::new();
        let spans: Vec<&Span> = page.spans().collect();
        let splits = split_words(&spans);
        // The link annotations of the page: where, to what, and their
        // index in `tree.links`; added once the page's content is done.
        let mut links: Vec<(Rect, String, usize)> = Vec::new();
        for (k, span) in spans.iter().copied().enumerate() {
            if open != Some(span.mark) {
                if open.is_some() {
                    surface.end_tagged();
                    if let (Some(m), Some(id)) = (open, current.take()) {
                        tree.attach(&m, id, &std::mem::take(&mut text));
                    }
                }
                let tag = match span.mark.role {
                    Role::Artifact(kind) => artifact(kind),
                    _ => ContentTag::Span(SpanTag::empty()),
                };
                current = Some(surface.start_tagged(tag));
                open = Some(span.mark);
            }
            // Runs of one line join as they are (« 1 » and « er » make
            // « 1er »); a new line is a space, or nothing after a split
            // word's hyphen.
            let same_line = k > 0
                && spans[k - 1].mark == span.mark
                && (spans[k - 1].baseline - span.baseline).abs()
                    < spans[k - 1].size.max(span.size) * 0.5;
            if text.ends_with(crate::layout::SOFT_HYPHEN) {
                text.pop();
            } else if !text.is_empty() && !same_line {
                text.push(' ');
            }
            text.push_str(&span.text);
            if let Role::Heading(level) = span.mark.role {
                // The outline names a heading whole: a word split at a
                // line's end is joined again.
                match headings.last_mut() {
                    Some((_, t, _, b)) if *b == span.mark.block => {
                        match t.strip_suffix(crate::layout::SOFT_HYPHEN) {
                            Some(stem) => *t = stem.to_string(),
                            None if same_line => {}
                            None => t.push(' '),
                        }
                        t.push_str(&span.text);
                    }
                    _ => headings.push((
                        level,
                        span.text.clone(),
                        XyzDestination::new(p, Point::from_xy(span.x, span.baseline - span.size)),
                        span.mark.block,
                    )),
                }
            }
            if span.text.is_empty() {
                continue;
            }
            let font = fonts[style_index(span.style)].clone();
            // Addresses are links (not in running headers and footers).
            let addresses = if matches!(span.mark.role, Role::Artifact(_)) {
                Vec::new()
            } else {
                crate::document::links::addresses(&span.text)
            };
            let split = &splits[k];
            // A split word's hyphen is drawn as a plain one, in the text
            // layer too: a word cut by the page's end keeps it (the rest is
            // on the next page), and text extraction (pdftotext) joins a
            // line that ends with it to the next.
            let cut;
            let span = if span.text.ends_with(crate::layout::SOFT_HYPHEN) {
                cut = Span {
                    text: span.text.replace(crate::layout::SOFT_HYPHEN, "-"),
                    ..span.clone()
                };
                &cut
            } else {
                span
            };
            if split.is_plain() && addresses.is_empty() {
                surface.draw_glyphs(
                    Point::from_xy(span.x, span.baseline),
                    &glyphs(span, family),
                    font,
                    &span.text,
                    span.size,
                    false,
                );
                continue;
            }
            // A word split across two lines: each part is marked content
            // of its own, under a span of the structure whose actual text
            // is the word whole or nothing (a screen reader says one
            // word). An address is marked content of its own too, under a
            // `Link` with its annotation.
            let glyphs = self::glyphs(span, family);
            let mut pieces = Vec::new();
            for (range, part) in split.pieces(span.text.len()) {
                if part != Part::Whole {
                    pieces.push((range, part, None));
                    continue;
                }
                let mut at = range.start;
                for (r, target) in &addresses {
                    if r.start >= at && r.end <= range.end {
                        pieces.push((at..r.start, Part::Whole, None));
                        tree.links.push(None);
                        pieces.push((
                            r.clone(),
                            Part::Link(tree.links.len() - 1),
                            Some(target.clone()),
                        ));
                        at = r.end;
                    }
                }
                pieces.push((at..range.end, Part::Whole, None));
            }
            for (range, part, target) in pieces {
                let first = glyphs.partition_point(|g| g.text_range.start < range.start);
                let last = glyphs.partition_point(|g| g.text_range.start < range.end);
                if first == last {
                    continue;
                }
                let x =
                    span.x + glyphs[..first].iter().map(|g| g.x_advance).sum::<f32>() * span.size;
                let draw = |surface: &mut Surface| {
                    surface.draw_glyphs(
                        Point::from_xy(x, span.baseline),
                        &glyphs[first..last],
                        font.clone(),
                        &span.text,
                        span.size,
                        false,
                    );
                };
                if part == Part::Whole {
                    draw(&mut surface);
                    continue;
                }
                if let (Part::Link(index), Some(target)) = (&part, target) {
                    let w =
                        glyphs[first..last].iter().map(|g| g.x_advance).sum::<f32>() * span.size;
                    if let Some(rect) =
                        Rect::from_xywh(x, span.baseline - span.size * 0.8, w, span.size)
                    {
                        links.push((rect, target, *index));
                    }
                }
                surface.end_tagged();
                if let (Some(m), Some(id)) = (open, current.take()) {
                    tree.attach(&m, id, "");
                }
                let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                draw(&mut surface);
                surface.end_tagged();
                if let Some(m) = open {
                    tree.attach_part(&m, id, "", part);
                }
                current = Some(surface.start_tagged(ContentTag::Span(SpanTag::empty())));
            }
        }
        if open.is_some() {
            surface.end_tagged();
            if let (Some(m), Some(id)) = (open, current.take()) {
                tree.attach(&m, id, &text);
            }
        }
        surface.finish();
        for (rect, target, index) in links {
            let alt = target.trim_start_matches("mailto:").to_string();
            let annotation = Annotation::new_link(
                LinkAnnotation::new(rect, Target::Action(LinkAction::new(target).into())),
                Some(alt),
            );
            let id = kpage.add_tagged_annotation(annotation);
            if let Some(slot) = tree.links.get_mut(index) {
                *slot = Some(id);
            }
        }
        kpage.finish();
    }
    let count = pages.len();

    // One outline entry per heading (a heading on two lines: one entry).
    let merged: Vec<(u8, String, XyzDestination)> =
        headings.into_iter().map(|(l, t, d, _)| (l, t, d)).collect();
    // PDF/UA-1 as krilla checks it wants an outline: a document without
    // headings (a letter) gets one entry, its title, on page 1.
    if merged.is_empty() && count > 0 {
        let mut o = Outline::new();
        o.push_child(OutlineNode::new(
            options.metadata.title_of(doc),
            XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
        ));
        pdf.set_outline(o);
    } else {
        pdf.set_outline(outline(&merged));
    }

    let lang = match options.locale {
        crate::locale::Locale::French => "fr-FR",
        crate::locale::Locale::English => "en-GB",
    };
    let m = &options.metadata;
    let mut metadata = Metadata::new()
        .title(m.title_of(doc))
        .language(lang.to_string())
        .creator("gabarit".to_string())
        .keywords(m.keywords.clone());
    if let Some(subject) = &m.subject {
        metadata = metadata.description(subject.clone());
    }
    if let Some(author) = &m.author {
        metadata = metadata.authors(vec![author.clone()]);
    }
    if let Some(epoch) = options.timestamp {
        metadata = metadata.creation_date(date(epoch));
    }
    pdf.set_metadata(metadata);
    if tagged {
        pdf.set_tag_tree(tree.finish());
    }
    let bytes = pdf.finish().map_err(|e| match e {
        KrillaError::Validation(list) => list
            .iter()
            .map(|(e, _)| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; "),
        other => format!("{other:?}"),
    })?;
    Ok(Output {
        bytes,
        pages: count,
    })
}

/// The straight lines and frames of a page, as one layout artifact.
fn draw_lines(surface: &mut Surface<'_>, draws: &[Draw]) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Layout,
    )));
    surface.set_fill(None);
    for d in draws {
        let mut pb = PathBuilder::new();
        let width = match d {
            Draw::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                pb.move_to(*x1, *y1);
                pb.line_to(*x2, *y2);
                *width
            }
            Draw::Frame { x, y, w, h, width } => match Rect::from_xywh(*x, *y, *w, *h) {
                Some(rect) => {
                    pb.push_rect(rect);
                    *width
                }
                None => continue,
            },
            _ => continue,
        };
        surface.set_stroke(Some(Stroke {
            paint: luma::Color::new(0).into(),
            width,
            ..Stroke::default()
        }));
        if let Some(path) = pb.finish() {
            surface.draw_path(&path);
        }
    }
    surface.end_tagged();
}
