//! Blocks into slots (lines, rows, letter blocks), slots onto pages, then
//! the running header, footer, page numbers and initials box.

use crate::document::{
    Align, Block, Document, Inline, Reference, Style, Table, Unit, style, units,
};

use super::fonts::{Family, family};
use super::linebreak::{Item, break_lines, break_optimal, items, protect_last_word};
use super::paginate::{Slot, SlotKind, paginate};
use super::{ArtifactKind, Draw, Mark, PT_PER_MM, Page, Role, Span};
use crate::diagnostic::Diagnostic;
use crate::render::RenderOptions;

pub use crate::document::style::{
    LEADING, LIST_ITEM_SPACE, PAD, PARAGRAPH_SPACE, SIGNATURE_ROOM_MM, heading_metrics,
    table_font_size,
};

struct Flow<'a> {
    doc: &'a Document,
    options: &'a RenderOptions,
    family: &'static Family,
    size: f32,
    slots: Vec<Slot>,
    draws: Vec<Vec<Draw>>,
    break_next: bool,
    /// Tables laid out so far.
    tables: usize,
    /// The last block number given (tagging).
    blocks: u32,
    /// The mark of the block being laid out, given to its runs.
    current: Mark,
    /// The list item being laid out: (list block, item index).
    item: Option<(u32, u32)>,
}

/// Gives `mark` to the runs of `draws` that have none yet.
fn set_mark(draws: &mut [Draw], mark: Mark) {
    for d in draws {
        if let Draw::Text(s) = d
            && s.mark.role == Role::Unset
        {
            s.mark = mark;
        }
    }
}

/// Lays `doc` out on A4 pages, in French.
pub fn layout(doc: &Document) -> Result<Vec<Page>, Diagnostic> {
    layout_with(doc, &RenderOptions::default())
}

/// Lays `doc` out on the pages, in the language, with the words of
/// `options`.
pub fn layout_with(doc: &Document, options: &RenderOptions) -> Result<Vec<Page>, Diagnostic> {
    let s = &doc.settings;
    let family = family(s.font);
    check_glyphs(doc, family)?;
    let m = options.margins.unwrap_or(s.margins);
    let page = options.page;
    let width = (page.width_mm - m.left - m.right) * PT_PER_MM;
    let height = (page.height_mm - m.top - m.bottom) * PT_PER_MM;
    // A column narrower than 3 cm, or a page shorter, holds no document.
    if width < 30.0 * PT_PER_MM || height < 30.0 * PT_PER_MM {
        return Err(Diagnostic::error(
            "layout",
            crate::i18n::t!(
                "page-no-room",
                width = page.width_mm.to_string(),
                height = page.height_mm.to_string(),
                top = m.top.to_string(),
                right = m.right.to_string(),
                bottom = m.bottom.to_string(),
                left = m.left.to_string()
            ),
        )
        .hint(crate::i18n::t!("page-no-room-hint")));
    }
    let mut flow = Flow {
        doc,
        options,
        family,
        size: s.font_size,
        slots: Vec::new(),
        draws: Vec::new(),
        break_next: false,
        tables: 0,
        blocks: 0,
        current: Mark::default(),
        item: None,
    };
    flow.blocks(&doc.blocks, 0.0, width, height);
    // A slot taller than the page would overflow: the builders split them,
    // this is the last guard.
    for slot in &mut flow.slots {
        slot.height = slot.height.min(height);
    }
    let placed = paginate(&flow.slots, height);
    let total = placed.len();
    let left = m.left * PT_PER_MM;
    let top = m.top * PT_PER_MM;
    let mut pages = Vec::with_capacity(total);
    // A slot placed a second time is a table header repeated on a new
    // page: an artifact, not content read twice.
    let mut seen = vec![false; flow.slots.len()];
    for (n, slots) in placed.iter().enumerate() {
        let mut page = Page::default();
        for pl in slots {
            page.slots.push(flow.slots[pl.slot].kind);
            let again = std::mem::replace(&mut seen[pl.slot], true);
            for d in &flow.draws[pl.slot] {
                let mut d = d.clone().shifted(left, top + pl.y);
                if again && let Draw::Text(s) = &mut d {
                    s.mark.role = Role::Artifact(ArtifactKind::Pagination);
                }
                page.draws.push(d);
            }
        }
        running(&mut page, doc, options, family, n + 1, total);
        pages.push(page);
    }
    Ok(pages)
}

/// Refuses characters the font cannot draw, naming them and where they are.
fn check_glyphs(doc: &Document, family: &Family) -> Result<(), Diagnostic> {
    let face = &family.faces[0];
    let mut texts = doc.plain_text();
    texts.extend(doc.settings.header.clone());
    texts.extend(doc.settings.footer.clone());
    for text in texts {
        if let Some(c) = text.chars().find(|c| !c.is_control() && !face.has(*c)) {
            let context: String = text.chars().take(60).collect();
            return Err(Diagnostic::error(
                "layout",
                crate::i18n::t!(
                    "glyph-missing",
                    character = c.to_string(),
                    code = format!("U+{:04X}", c as u32),
                    font = face.name
                ),
            )
            .hint(crate::i18n::t!("glyph-missing-hint", context = context)));
        }
    }
    Ok(())
}

impl Flow<'_> {
    fn leading(&self, size: f32) -> f32 {
        size * LEADING
    }

    /// A new block number, and the mark of a block of `role`.
    fn mark(&mut self, role: Role) -> Mark {
        self.blocks += 1;
        Mark {
            block: self.blocks,
            role,
            item: self.item,
        }
    }

    fn push(&mut self, mut slot: Slot, mut draws: Vec<Draw>) {
        set_mark(&mut draws, self.current);
        if self.break_next {
            slot.break_before = true;
            self.break_next = false;
        }
        self.slots.push(slot);
        self.draws.push(draws);
    }

    fn blocks(&mut self, blocks: &[Block], x: f32, width: f32, page: f32) {
        for unit in units(blocks) {
            match unit {
                Unit::Letterhead { left, right } => self.letterhead(left, &right, x, width),
                Unit::Block(block) => self.block(block, x, width, page),
            }
        }
    }

    fn block(&mut self, block: &Block, x: f32, width: f32, page: f32) {
        let size = self.size;
        match block {
            Block::Heading { level, content } => {
                self.current = self.mark(Role::Heading(*level));
                let (scale, before, after) = heading_metrics(*level);
                let style = Style {
                    bold: true,
                    italic: *level >= 3,
                    superscript: false,
                };
                let content = restyle(content, style);
                let align = if *level == 1 {
                    Align::Center
                } else {
                    Align::Left
                };
                let lines = self.lines(&content, size * scale, width, align);
                let n = lines.len();
                // Between a paragraph and a heading, the larger of the
                // paragraph's space after and the heading's space before,
                // as Word and LibreOffice space them (not their sum): the
                // DOCX then breaks its pages where the PDF does.
                let trailing = match self.slots.last().map(|s| s.kind) {
                    Some(SlotKind::Line | SlotKind::TableRow { .. }) => size * PARAGRAPH_SPACE,
                    _ => 0.0,
                };
                let before = (before - trailing).max(0.0);
                for (k, (h, draws)) in lines.into_iter().enumerate() {
                    let mut slot = Slot::new(h, if k == 0 { before } else { 0.0 });
                    if k + 1 == n {
                        slot.add_space_after(after);
                    }
                    slot.keep_with_next = true;
                    slot.kind = SlotKind::Heading;
                    self.push(slot, shift(draws, x, 0.0));
                }
            }
            Block::Paragraph { content, align } => {
                self.current = self.mark(Role::Paragraph);
                let lines = self.lines(content, size, width, *align);
                self.paragraph_slots(lines, x, size * PARAGRAPH_SPACE);
                if crate::document::all_bold(content)
                    && let Some(last) = self.slots.last_mut()
                {
                    last.keep_with_next = true;
                }
            }
            Block::List(list) => {
                let indent = crate::document::style::LIST_INDENT_MM * PT_PER_MM;
                let n = list.items.len();
                let list_block = self.mark(Role::Unset).block;
                let outer = self.item;
                for (k, item) in list.items.iter().enumerate() {
                    self.item = Some((list_block, k as u32));
                    let label = self.mark(Role::ListLabel);
                    let marker = if list.ordered {
                        format!("{}.", list.start + k as u64)
                    } else {
                        "•".to_string()
                    };
                    let first = self.slots.len();
                    self.blocks(item, x + indent, width - indent, page);
                    if let Some(draws) = self.draws.get_mut(first) {
                        let baseline = draws
                            .iter()
                            .find_map(|d| match d {
                                Draw::Text(s) => Some(s.baseline),
                                _ => None,
                            })
                            .unwrap_or(size);
                        if list.boxes.get(k).copied().unwrap_or(false) {
                            // A tick box: a square as tall as a capital.
                            let side = size * 0.7;
                            draws.push(Draw::Frame {
                                x,
                                y: baseline - side,
                                w: side,
                                h: side,
                                width: 0.6,
                            });
                        } else {
                            // Painted before its item's text, as it is read
                            // (the label comes first in the structure).
                            draws.insert(
                                0,
                                Draw::Text(Span {
                                    x,
                                    baseline,
                                    size,
                                    style: Style::default(),
                                    text: marker,
                                    space_extra: 0.0,
                                    mark: label,
                                }),
                            );
                        }
                    }
                    // Items sit closer together than paragraphs (the DOCX
                    // uses the same spacing).
                    if k + 1 < n
                        && self.slots.len() > first
                        && let Some(s) = self.slots.last_mut()
                    {
                        s.add_space_after(size * (LIST_ITEM_SPACE - PARAGRAPH_SPACE));
                    }
                }
                self.item = outer;
            }
            Block::Table(table) => self.table(table, x, width, page),
            Block::Image(image) => {
                let Some(data) = self.doc.images.get(image.index) else {
                    return;
                };
                let mut w = (image.width_mm * PT_PER_MM).min(width);
                let mut h = w * data.height_px as f32 / data.width_px as f32;
                if h > page {
                    w *= page / h;
                    h = page;
                }
                let mut slot = Slot::new(h, size * PARAGRAPH_SPACE);
                slot.kind = SlotKind::Other;
                self.push(
                    slot,
                    vec![Draw::Image {
                        index: image.index,
                        alt: image.alt.clone(),
                        x,
                        y: 0.0,
                        w,
                        h,
                    }],
                );
            }
            Block::Rule => {
                let h = size;
                let mut slot = Slot::new(h, 0.0);
                slot.kind = SlotKind::Other;
                self.push(
                    slot,
                    vec![Draw::Line {
                        x1: x,
                        y1: h / 2.0,
                        x2: x + width,
                        y2: h / 2.0,
                        width: 0.5,
                    }],
                );
            }
            Block::PageBreak => self.break_next = true,
            Block::KeepTogether(inner) => {
                let first = self.slots.len();
                self.blocks(inner, x, width, page);
                let total: f32 = self.slots[first..]
                    .iter()
                    .map(|s| s.height + s.space_before)
                    .sum();
                // An empty keep-together adds no slot: nothing to keep.
                if self.slots.len() > first && total <= page * 0.9 {
                    let last = self.slots.len() - 1;
                    for s in &mut self.slots[first..last] {
                        s.keep_with_next = true;
                    }
                }
            }
            Block::References(refs) => self.references(refs, x, width),
            Block::Signatures { per_row, parties } => self.signatures(*per_row, parties, x, width),
            Block::Sender(_) | Block::PlaceDate(_) | Block::Addressee(_) => {}
        }
    }

    /// Slots for a paragraph's lines, with widow and orphan control.
    fn paragraph_slots(&mut self, lines: Vec<(f32, Vec<Draw>)>, x: f32, space: f32) {
        let n = lines.len();
        for (k, (h, draws)) in lines.into_iter().enumerate() {
            let mut slot = Slot::new(h, 0.0);
            if k + 1 == n {
                slot.add_space_after(space);
            }
            slot.keep_with_next = (k == 0 && n >= 2) || (n >= 3 && k + 2 == n);
            self.push(slot, shift(draws, x, 0.0));
        }
    }

    /// Lays out inlines as lines of `width` at `size`; each line is its
    /// height and its draws (x from 0, y from the line's top). Only
    /// justified text is hyphenated and broken by total fit; ragged text
    /// (letter blocks, cells, titles) breaks at spaces.
    fn lines(
        &self,
        content: &[Inline],
        size: f32,
        width: f32,
        align: Align,
    ) -> Vec<(f32, Vec<Draw>)> {
        let justify = align == Align::Justify;
        let hyphenate = justify.then_some(self.options.locale);
        let mut items = items(content, self.family, size, width, hyphenate);
        let broken = if justify {
            // The paragraph's last word stays whole, unless that leaves the
            // line before it gaping (a long word alone on the last line).
            let free = items.clone();
            protect_last_word(&mut items);
            let protected = break_optimal(&items, width);
            let space = self.family.faces[0].width(" ", size);
            let gaping = |items: &[Item], lines: &[super::linebreak::Line]| {
                lines
                    .iter()
                    .filter(|l| !l.last)
                    .map(|l| {
                        let glues = items[l.start..l.end]
                            .iter()
                            .filter(|i| matches!(i, Item::Glue { .. }))
                            .count()
                            .max(1);
                        (width - l.width) / glues as f32 / space
                    })
                    .fold(0.0f32, f32::max)
            };
            if gaping(&items, &protected) > GAPING {
                let hyphenated = break_optimal(&free, width);
                if gaping(&free, &hyphenated) < gaping(&items, &protected) {
                    items = free;
                    hyphenated
                } else {
                    protected
                }
            } else {
                protected
            }
        } else {
            break_lines(&items, width)
        };
        let leading = self.leading(size);
        let baseline = self.family.faces[0].ascent(size) + (leading - size * 1.117) / 2.0;
        let mut out = Vec::with_capacity(broken.len());
        for line in broken {
            let glues = items[line.start..line.end]
                .iter()
                .filter(|i| matches!(i, Item::Glue { .. }))
                .count();
            let slack = (width - line.width).max(0.0);
            let (x0, extra) = match align {
                Align::Left => (0.0, 0.0),
                Align::Right => (slack, 0.0),
                Align::Center => (slack / 2.0, 0.0),
                // Spaces stretch, or shrink a little (total fit allows it).
                Align::Justify if !line.last && glues > 0 => {
                    (0.0, (width - line.width) / glues as f32)
                }
                Align::Justify => (0.0, 0.0),
            };
            let mut spans: Vec<Span> = Vec::new();
            let mut cursor = x0;
            for item in &items[line.start..line.end] {
                let (text, style, w, is_space) = match item {
                    Item::Box(p) => (p.text.as_str(), p.style, p.width, false),
                    Item::Glue { width, style } => (" ", *style, *width + extra, true),
                    Item::Penalty { .. } | Item::Newline => continue,
                };
                let (span_size, span_baseline) = if style.superscript {
                    (
                        size * crate::document::SUPERSCRIPT_SCALE,
                        baseline - size * crate::document::SUPERSCRIPT_RISE,
                    )
                } else {
                    (size, baseline)
                };
                match spans.last_mut() {
                    Some(s) if s.style == style => s.text.push_str(text),
                    _ => spans.push(Span {
                        x: cursor,
                        baseline: span_baseline,
                        size: span_size,
                        style,
                        text: text.to_string(),
                        space_extra: extra,
                        mark: Mark::default(),
                    }),
                }
                let _ = is_space;
                cursor += w;
            }
            if line.hyphen
                && let Some(s) = spans.last_mut()
            {
                s.text.push(super::SOFT_HYPHEN);
            }
            out.push((leading, spans.into_iter().map(Draw::Text).collect()));
        }
        if out.is_empty() {
            out.push((leading, Vec::new()));
        }
        out
    }

    /// Lays blocks out in a column without pagination (cells, letter
    /// columns): draws from the column's top, and the height used.
    fn stack(&self, blocks: &[Block], width: f32, size: f32) -> (Vec<Draw>, f32) {
        let mut draws = Vec::new();
        let mut y = 0.0;
        for (k, block) in blocks.iter().enumerate() {
            if k > 0 {
                y += size * 0.3;
            }
            match block {
                Block::Image(image) => {
                    if let Some(data) = self.doc.images.get(image.index) {
                        let mut w = (image.width_mm * PT_PER_MM).min(width);
                        let mut h = w * data.height_px as f32 / data.width_px as f32;
                        // A logo in a letter's block stays in its box: a
                        // thin strip 20 000 px high is scaled down, not
                        // drawn down the page and over the footer.
                        let most = LETTER_IMAGE_MM * PT_PER_MM;
                        if h > most {
                            w *= most / h;
                            h = most;
                        }
                        draws.push(Draw::Image {
                            index: image.index,
                            alt: image.alt.clone(),
                            x: 0.0,
                            y,
                            w,
                            h,
                        });
                        y += h + size * 0.3;
                    }
                }
                Block::Paragraph { content, align } => {
                    // Letter blocks and cells are ragged right.
                    let align = match align {
                        Align::Justify => Align::Left,
                        other => *other,
                    };
                    for (h, line) in self.lines(content, size, width, align) {
                        draws.extend(shift(line, 0.0, y));
                        y += h;
                    }
                }
                Block::Heading { content, .. } => {
                    for (h, line) in
                        self.lines(&restyle(content, Style::BOLD), size, width, Align::Left)
                    {
                        draws.extend(shift(line, 0.0, y));
                        y += h;
                    }
                }
                Block::KeepTogether(inner) | Block::Sender(inner) | Block::Addressee(inner) => {
                    let (d, h) = self.stack(inner, width, size);
                    draws.extend(shift(d, 0.0, y));
                    y += h;
                }
                Block::PlaceDate(content) => {
                    for (h, line) in self.lines(content, size, width, Align::Right) {
                        draws.extend(shift(line, 0.0, y));
                        y += h;
                    }
                }
                Block::List(list) => {
                    for item in &list.items {
                        let (d, h) = self.stack(item, width, size);
                        draws.extend(shift(d, 0.0, y));
                        y += h;
                    }
                }
                _ => {}
            }
        }
        (draws, y)
    }

    /// The top of a letter: the sender on the left, the place and date then
    /// the addressee on the right.
    fn letterhead(&mut self, left: &[Block], right: &[&Block], x: f32, width: f32) {
        let size = self.size;
        let (mut draws, left_h) = self.stack(left, width * 0.45, size);
        let m = self.mark(Role::Paragraph);
        set_mark(&mut draws, m);
        let right_x = width * 0.5;
        let mut y = 0.0;
        for (k, block) in right.iter().enumerate() {
            if k > 0 {
                y += size * LEADING * 2.0;
            }
            let (d, h) = match block {
                Block::PlaceDate(content) => {
                    let (d, h) =
                        self.stack(&[Block::PlaceDate(content.clone())], width * 0.5, size);
                    (d, h)
                }
                Block::Addressee(inner) => self.stack(inner, width * 0.5, size),
                _ => (Vec::new(), 0.0),
            };
            let mut d = d;
            let m = self.mark(Role::Paragraph);
            set_mark(&mut d, m);
            draws.extend(shift(d, right_x, y));
            y += h;
        }
        let height = left_h.max(y) + size * LEADING * 1.5;
        let mut slot = Slot::new(height, 0.0);
        slot.kind = if crate::document::place_date_alone(left, right).is_some() {
            // "Fait à …, le …" belongs with the signatures after it, and
            // with the end of the text before it.
            slot.keep_with_next = true;
            if let Some(prev) = self.slots.last_mut() {
                prev.keep_with_next = true;
            }
            SlotKind::PlaceDate
        } else {
            SlotKind::Letterhead
        };
        self.push(slot, shift(draws, x, 0.0));
    }

    /// "Objet : …" lines with a hanging indent after the labels.
    fn references(&mut self, refs: &[Reference], x: f32, width: f32) {
        let size = self.size;
        let label_w = reference_label_width(refs, self.family, size);
        let first = self.slots.len();
        for r in refs {
            self.current = self.mark(Role::Paragraph);
            let lines = self.lines(&r.text, size, width - label_w, Align::Left);
            let n = lines.len();
            for (k, (h, draws)) in lines.into_iter().enumerate() {
                let mut draws = shift(draws, x + label_w, 0.0);
                if k == 0 {
                    let baseline = self.family.faces[0].ascent(size) + (h - size * 1.117) / 2.0;
                    draws.insert(
                        0,
                        Draw::Text(Span {
                            x,
                            baseline,
                            size,
                            style: Style::BOLD,
                            text: format!("{}\u{a0}:", r.label),
                            space_extra: 0.0,
                            mark: Mark::default(),
                        }),
                    );
                }
                let space = if k + 1 == n { size * 0.2 } else { 0.0 };
                let mut slot = Slot::new(h + space, 0.0);
                slot.kind = SlotKind::Other;
                self.push(slot, draws);
            }
        }
        if let Some(s) = self.slots.last_mut() {
            s.add_space_after(size * PARAGRAPH_SPACE * 2.0);
        }
        if let Some(s) = self.slots.get_mut(first) {
            s.space_before = size;
        }
    }

    /// Signature blocks side by side, with room to sign before the name.
    fn signatures(&mut self, per_row: usize, parties: &[Vec<Vec<Inline>>], x: f32, width: f32) {
        let size = self.size;
        let per_row = per_row.clamp(1, 3);
        let col = width / per_row as f32;
        for (r, row) in parties.chunks(per_row).enumerate() {
            let mut draws = Vec::new();
            let mut height: f32 = 0.0;
            // The names of one row stand on one line, below the tallest
            // title of the row and the room to sign.
            let title_height = |party: &Vec<Vec<Inline>>| -> f32 {
                let n = party.len();
                party
                    .iter()
                    .take(n.saturating_sub(1))
                    .flat_map(|line| self.lines(line, size, col - SIGNATURE_GUTTER, Align::Left))
                    .map(|(h, _)| h)
                    .sum()
            };
            let titles = row.iter().map(title_height).fold(0.0f32, f32::max);
            for (c, party) in row.iter().enumerate() {
                let mut y = 0.0;
                let n = party.len();
                let m = self.mark(Role::Paragraph);
                for (k, line) in party.iter().enumerate() {
                    if k + 1 == n && n > 1 {
                        // The room to sign, between the titles and the name.
                        let room = SIGNATURE_ROOM_MM * PT_PER_MM;
                        draws.push(Draw::SignatureField {
                            x: x + c as f32 * col,
                            y: titles,
                            w: col - SIGNATURE_GUTTER,
                            h: room,
                            party: crate::document::inline_text(&party[0])
                                .replace('\n', " ")
                                .trim()
                                .trim_end_matches([',', ';', ':'])
                                .to_string(),
                            block: m.block,
                        });
                        y = titles + room;
                    }
                    for (h, mut d) in self.lines(line, size, col - SIGNATURE_GUTTER, Align::Left) {
                        set_mark(&mut d, m);
                        draws.extend(shift(d, x + c as f32 * col, y));
                        y += h;
                    }
                }
                height = height.max(y);
            }
            let mut slot = Slot::new(height, if r == 0 { size * 1.5 } else { size * 2.0 });
            slot.keep_with_next = false;
            slot.kind = SlotKind::Signatures;
            if r == 0 {
                // The signatures stay with what they sign: the place and
                // date, or the last lines of the text before them.
                if let Some(prev) = self.slots.last_mut() {
                    prev.keep_with_next = true;
                }
            }
            self.push(slot, draws);
        }
    }

    fn table(&mut self, table: &Table, x: f32, width: f32, page: f32) {
        let n = table.columns();
        if n == 0 || table.rows.is_empty() {
            return;
        }
        let size = table_font_size(self.size);
        let widths = column_widths(table, width, size, self.family);
        let header_start = self.slots.len();
        let id = self.tables;
        self.tables += 1;
        let table_block = self.mark(Role::Unset).block;
        let body_rows = table.rows.len().saturating_sub(table.header_rows);
        let mut header_height = 0.0;
        for (r, row) in table.rows.iter().enumerate() {
            let is_header = r < table.header_rows;
            let style_over = is_header.then_some(Style::BOLD);
            // Lay out each cell.
            let cells: Vec<Vec<(f32, Vec<Draw>)>> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let content = match style_over {
                        Some(s) => restyle(&cell.content, s),
                        None => cell.content.clone(),
                    };
                    let align = if is_header {
                        Align::Center
                    } else {
                        table.align.get(c).copied().unwrap_or_default()
                    };
                    let inner = widths[c] - 2.0 * PAD;
                    let size = if is_header {
                        header_size(&content, self.family, size, inner)
                    } else {
                        size
                    };
                    let mut lines = self.lines(&content, size, inner, align);
                    let m = Mark {
                        block: table_block,
                        role: Role::Cell {
                            row: r as u32,
                            col: c as u32,
                            header: is_header,
                        },
                        item: self.item,
                    };
                    for (_, d) in &mut lines {
                        set_mark(d, m);
                    }
                    // An empty cell is still a cell of the table's grid:
                    // an empty run carries its mark (tagging).
                    if !lines
                        .iter()
                        .any(|(_, d)| d.iter().any(|d| matches!(d, Draw::Text(_))))
                        && let Some((_, d)) = lines.first_mut()
                    {
                        d.push(Draw::Text(Span {
                            x: 0.0,
                            baseline: 0.0,
                            size,
                            style: Style::default(),
                            text: String::new(),
                            space_extra: 0.0,
                            mark: m,
                        }));
                    }
                    lines
                })
                .collect();
            // Split a row taller than a page into parts, by lines.
            let room = (page - header_height - 2.0 * PAD).max(self.leading(size));
            let max_lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            let lines_per_part = ((room / self.leading(size)).floor() as usize).max(1);
            let mut part = 0;
            while part * lines_per_part < max_lines || part == 0 {
                let from = part * lines_per_part;
                let to = (from + lines_per_part).min(max_lines);
                let mut draws = Vec::new();
                let mut content_h: f32 = 0.0;
                let mut cx = x;
                for (c, lines) in cells.iter().enumerate() {
                    let mut y = PAD + RULE;
                    for (h, d) in lines.iter().skip(from).take(to - from) {
                        draws.extend(shift(d.clone(), cx + PAD, y));
                        y += h;
                    }
                    content_h = content_h.max(y - PAD - RULE);
                    cx += widths[c];
                }
                // The rule above the row takes its width, as in LibreOffice
                // and Word: a row is its lines, its padding and its rule.
                let h = content_h.max(self.leading(size)) + 2.0 * PAD + RULE;
                let mut frame = Vec::new();
                if is_header {
                    frame.push(Draw::Fill {
                        x,
                        y: 0.0,
                        w: width,
                        h,
                        gray: 0.88,
                    });
                }
                frame.push(Draw::Line {
                    x1: x,
                    y1: 0.0,
                    x2: x + width,
                    y2: 0.0,
                    width: RULE,
                });
                frame.push(Draw::Line {
                    x1: x,
                    y1: h,
                    x2: x + width,
                    y2: h,
                    width: RULE,
                });
                // A vertical rule at the left edge and after each column.
                let edges = std::iter::once(x).chain(widths.iter().scan(x, |edge, w| {
                    *edge += w;
                    Some(*edge)
                }));
                for vx in edges {
                    frame.push(Draw::Line {
                        x1: vx,
                        y1: 0.0,
                        x2: vx,
                        y2: h,
                        width: RULE,
                    });
                }
                frame.extend(draws);
                let mut slot = Slot::new(h, if r == 0 && part == 0 { size * 0.5 } else { 0.0 });
                if is_header {
                    slot.keep_with_next = true;
                    slot.kind = SlotKind::TableHeader { table: id };
                    header_height += h;
                } else {
                    let body = r - table.header_rows;
                    slot.kind = SlotKind::TableRow {
                        table: id,
                        row: body,
                        rows: body_rows,
                    };
                    if table.header_rows > 0 {
                        slot.header = Some((header_start, header_start + table.header_rows));
                    }
                    // No page holds one row of a table alone: the first
                    // two rows stay together, and the last two (a total
                    // row never stands alone); a small table is never
                    // split at all.
                    if to >= max_lines
                        && body_rows >= 2
                        && (body == 0 || body + 2 == body_rows || body_rows <= SMALL_TABLE)
                        && body + 1 < body_rows
                    {
                        slot.keep_with_next = true;
                    }
                }
                self.push(slot, frame);
                part += 1;
                if to >= max_lines {
                    break;
                }
            }
        }
        if let Some(s) = self.slots.last_mut() {
            s.add_space_after(self.size * PARAGRAPH_SPACE);
        }
    }
}

/// The tallest image of a letter's block (a logo), in millimetres.
pub const LETTER_IMAGE_MM: f32 = 60.0;

/// The space between two signature blocks side by side, in points: a
/// block's lines are set in its column less this.
pub const SIGNATURE_GUTTER: f32 = 6.0;

/// How many lines `content` takes set ragged in `width`: the DOCX puts
/// the signatures' names below the tallest title of their row with it, as
/// the PDF does.
pub fn ragged_lines(content: &[Inline], family: &Family, size: f32, width: f32) -> usize {
    let items = items(content, family, size, width, None);
    break_lines(&items, width).len().max(1)
}

/// The width of a table's rules, in points (the DOCX's cell borders are
/// as wide).
pub const RULE: f32 = 0.5;

/// How much smaller a header cell's text may be set when its longest word
/// does not fit its column at the table's size.
pub const HEADER_SHRINK: f32 = 0.85;

/// The most body rows a table may have and still be kept on one page
/// whole (when it fits on one): a split of a few rows reads as two
/// tables.
pub const SMALL_TABLE: usize = 6;

/// How far a justified line's spaces may stretch (in spaces) before the
/// paragraph's last word may be hyphenated to spare it.
const GAPING: f32 = 1.5;

/// The widest unbreakable piece of `text` (split at plain spaces and
/// line breaks) and its widest line, in `style` at `size`.
fn measure(content: &[Inline], family: &Family, size: f32, over: Option<Style>) -> (f32, f32) {
    let (piece, _, line) = measure_all(content, family, size, over);
    (piece, line)
}

/// [`measure`], with the widest piece that must never break: one that
/// holds a digit (an amount with its €, a date, a voucher number, a
/// code). A word of letters alone may be broken inside its column when
/// nothing else fits.
fn measure_all(
    content: &[Inline],
    family: &Family,
    size: f32,
    over: Option<Style>,
) -> (f32, f32, f32) {
    let (mut piece, mut hard, mut line, mut widest) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for inline in content {
        match inline {
            Inline::Text { text, style } => {
                let face = family.face(over.map_or(*style, |o| style.with(o)));
                line += face.width(text, size);
                for word in text.split(' ') {
                    let w = face.width(word, size);
                    piece = piece.max(w);
                    if word.chars().any(|c| c.is_ascii_digit()) {
                        hard = hard.max(w);
                    }
                }
            }
            Inline::Break => {
                widest = widest.max(line);
                line = 0.0;
            }
        }
    }
    (piece, hard, widest.max(line))
}

/// The size of a header cell: the table's, or up to [`HEADER_SHRINK`]
/// smaller when its longest word does not fit `inner` at the table's,
/// in whole half-points (what a DOCX can say), rounded down: the PDF and
/// the DOCX set it alike.
pub fn header_size(content: &[Inline], family: &Family, size: f32, inner: f32) -> f32 {
    let bold = Some(Style::BOLD);
    let (piece, _) = measure(content, family, size, bold);
    if piece <= inner {
        size
    } else {
        ((size * inner / piece).max(size * HEADER_SHRINK) * 2.0).floor() / 2.0
    }
}

/// Column widths from the content, as browsers and Typst lay tables out:
/// each column is at least its longest unbreakable piece (an amount with
/// its €, a date, a voucher number, a word; a header's words may be set
/// [`HEADER_SHRINK`] smaller) and at most what its longest line needs.
/// Declared widths are a hint: each column gets its declared share when
/// that is not less than its minimum, and columns above their minimum
/// give up room to those below. Without declared widths, the room between
/// the minimums and the natural widths is shared in proportion.
pub fn column_widths(table: &Table, width: f32, size: f32, family: &Family) -> Vec<f32> {
    let n = table.columns();
    let pad = 2.0 * PAD + 1.0;
    let mut min = vec![pad; n];
    let mut hard = vec![pad; n];
    let mut max = vec![pad; n];
    for (r, row) in table.rows.iter().enumerate() {
        let header = r < table.header_rows;
        for (c, cell) in row.iter().enumerate().take(n) {
            let (piece, digits, line) = if header {
                let bold = Some(Style::BOLD);
                let (piece, digits, line) =
                    measure_all(&cell.content, family, size * HEADER_SHRINK, bold);
                (piece, digits, line / HEADER_SHRINK)
            } else {
                measure_all(&cell.content, family, size, None)
            };
            min[c] = min[c].max(piece + pad);
            hard[c] = hard[c].max(digits + pad);
            max[c] = max[c].max(line + pad);
        }
    }
    for c in 0..n {
        max[c] = max[c].max(min[c]);
    }
    let smin: f32 = min.iter().sum();
    if smin >= width {
        // Even the minimums do not fit (a word of sixty letters): the
        // pieces with digits keep their width, never broken; the words
        // of letters share the rest and break inside their column.
        let floor: Vec<f32> = (0..n)
            .map(|c| hard[c].max(pad + 3.0 * size).min(min[c]))
            .collect();
        let sfloor: f32 = floor.iter().sum();
        if sfloor >= width {
            return floor.iter().map(|w| w * width / sfloor).collect();
        }
        let want: f32 = min.iter().zip(&floor).map(|(m, f)| m - f).sum();
        let room = width - sfloor;
        return min
            .iter()
            .zip(&floor)
            .map(|(m, f)| f + (m - f) * room / want.max(f32::EPSILON))
            .collect();
    }
    if table.widths.len() == n {
        let total: f32 = table.widths.iter().sum();
        let mut out: Vec<f32> = table
            .widths
            .iter()
            .zip(&min)
            .map(|(w, m)| (width * w / total).max(*m))
            .collect();
        // Take what the widened columns need from those above their
        // minimum, in proportion to what they have above it.
        let excess: f32 = out.iter().sum::<f32>() - width;
        if excess > 0.0 {
            let spare: f32 = out.iter().zip(&min).map(|(w, m)| w - m).sum();
            for (w, m) in out.iter_mut().zip(&min) {
                *w -= (*w - m) * excess / spare;
            }
        }
        return out;
    }
    let smax: f32 = max.iter().sum();
    if smax <= width {
        // Everything fits on one line: share the rest by content.
        return max.iter().map(|w| w * width / smax).collect();
    }
    let t = (width - smin) / (smax - smin);
    min.iter().zip(&max).map(|(a, b)| a + (b - a) * t).collect()
}

/// The width of the "Objet :", "Réf. :" labels column: the widest label.
/// The DOCX indents its references by the same width.
pub fn reference_label_width(refs: &[Reference], family: &Family, size: f32) -> f32 {
    let bold = family.face(Style::BOLD);
    refs.iter()
        .map(|r| bold.width(&format!("{}\u{a0}: ", r.label), size))
        .fold(0.0, f32::max)
}

/// The same inlines in another style.
fn restyle(content: &[Inline], style: Style) -> Vec<Inline> {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text, style: s } => Inline::Text {
                text: text.clone(),
                style: s.with(style),
            },
            Inline::Break => Inline::Break,
        })
        .collect()
}

fn shift(draws: Vec<Draw>, dx: f32, dy: f32) -> Vec<Draw> {
    draws.into_iter().map(|d| d.shifted(dx, dy)).collect()
}

/// Header, footer, page number and initials box of page `n` of `total`.
fn running(
    page: &mut Page,
    doc: &Document,
    options: &RenderOptions,
    family: &Family,
    n: usize,
    total: usize,
) {
    let s = &doc.settings;
    let margins = options.margins.unwrap_or(s.margins);
    let size = style::running_size(s.font_size);
    let face = &family.faces[0];
    let left = margins.left * PT_PER_MM;
    let right = (options.page.width_mm - margins.right) * PT_PER_MM;
    let width = right - left;
    let page_h = options.page.height_mm * PT_PER_MM;
    // A running text is one line: cut it with an ellipsis if it does not
    // fit in `room`.
    let fit = |text: &str, room: f32| -> String {
        if face.width(text, size) <= room {
            return text.to_string();
        }
        let mut out = String::new();
        for c in text.chars() {
            if face.width(&format!("{out}{c}…"), size) > room {
                break;
            }
            out.push(c);
        }
        out.push('…');
        out
    };
    let page_text = style::page_label(&options.labels.page, n, total);
    let page_w = face.width(&page_text, size);
    let initials_w = if s.initials {
        style::INITIALS_BOX_MM.0 * PT_PER_MM + style::INITIALS_GAP_PT
    } else {
        0.0
    };
    // The footer takes the width the page number and the initials box
    // leave; the page number sits just left of the box.
    let footer_room = if s.page_numbers {
        width - initials_w - page_w - style::PAGE_NUMBER_GAP_PT
    } else {
        width - initials_w
    };
    if let Some(header) = &s.header {
        let baseline = margins.top * PT_PER_MM / 2.0;
        page.draws.push(Draw::Text(Span {
            x: left,
            baseline,
            size,
            style: Style {
                bold: false,
                italic: true,
                superscript: false,
            },
            text: fit(header, width),
            space_extra: 0.0,
            mark: Mark {
                role: Role::Artifact(ArtifactKind::Header),
                ..Mark::default()
            },
        }));
        page.draws.push(Draw::Line {
            x1: left,
            y1: baseline + 3.0,
            x2: right,
            y2: baseline + 3.0,
            width: 0.3,
        });
    }
    let baseline = page_h - margins.bottom * PT_PER_MM / 2.0;
    if let Some(footer) = &s.footer {
        // One line, or two broken at a space or a written hyphen when it
        // is longer; never cut while two lines hold it.
        let items = items(
            &[Inline::plain(footer.clone())],
            family,
            size,
            footer_room,
            None,
        );
        let lines = break_lines(&items, footer_room);
        let texts: Vec<String> = if lines.len() <= 2 {
            lines
                .iter()
                .map(|l| {
                    let mut t: String = items[l.start..l.end]
                        .iter()
                        .filter_map(|i| match i {
                            Item::Box(p) => Some(p.text.as_str()),
                            Item::Glue { .. } => Some(" "),
                            _ => None,
                        })
                        .collect();
                    if l.hyphen {
                        t.push('-');
                    }
                    t
                })
                .collect()
        } else {
            vec![fit(footer, footer_room)]
        };
        let k = texts.len();
        for (j, text) in texts.into_iter().enumerate() {
            page.draws.push(Draw::Text(Span {
                x: left,
                baseline: baseline - (k - 1 - j) as f32 * size * LEADING,
                size,
                style: Style::default(),
                text,
                space_extra: 0.0,
                mark: Mark {
                    role: Role::Artifact(ArtifactKind::Footer),
                    ..Mark::default()
                },
            }));
        }
    }
    if s.page_numbers {
        let text = page_text;
        let w = face.width(&text, size);
        let x = right - initials_w - w;
        page.draws.push(Draw::Text(Span {
            x,
            baseline,
            size,
            style: Style::default(),
            text,
            space_extra: 0.0,
            mark: Mark {
                role: Role::Artifact(ArtifactKind::PageNumber),
                ..Mark::default()
            },
        }));
    }
    if s.initials {
        let (w, h) = (
            style::INITIALS_BOX_MM.0 * PT_PER_MM,
            style::INITIALS_BOX_MM.1 * PT_PER_MM,
        );
        let (x, y) = (right - w, baseline - h + 3.0);
        page.draws.push(Draw::Frame {
            x,
            y,
            w,
            h,
            width: 0.4,
        });
        page.draws.push(Draw::Text(Span {
            x: x + 2.0,
            baseline: y + size,
            size: size - 1.0,
            style: Style {
                bold: false,
                italic: true,
                superscript: false,
            },
            text: options.labels.initials.clone(),
            space_extra: 0.0,
            mark: Mark {
                role: Role::Artifact(ArtifactKind::Pagination),
                ..Mark::default()
            },
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;

    fn pages(text: &str) -> Vec<Page> {
        let mut doc = parse(text, &mut |_| Err("none".to_string())).unwrap();
        crate::document::typography::apply(&mut doc);
        layout(&doc).unwrap()
    }

    fn within_margins(pages: &[Page]) {
        let m = crate::document::Margins::default();
        let (l, r) = (
            m.left * PT_PER_MM,
            (crate::document::style::PageSize::A4.width_mm - m.right) * PT_PER_MM,
        );
        let family = family(crate::document::FontFamily::Sans);
        for page in pages {
            for d in &page.draws {
                if let Draw::Text(s) = d {
                    let w = family.face(s.style).width(&s.text, s.size)
                        + s.space_extra * s.text.matches(' ').count() as f32;
                    assert!(
                        s.x >= l - 0.01 && s.x + w <= r + 0.5,
                        "{s:?} runs outside {l}..{r} (width {w})"
                    );
                }
            }
        }
    }

    /// The runs of `pages` with their text and mark.
    fn marks(pages: &[Page]) -> Vec<(String, Mark)> {
        pages
            .iter()
            .flat_map(|p| &p.draws)
            .filter_map(|d| match d {
                Draw::Text(s) => Some((s.text.clone(), s.mark)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_run_knows_its_place_in_the_structure() {
        let mut text = String::from(
            "---\ntitle: T\nheader: En-tête\npage_numbers: true\n---\n# Titre\n\nUn paragraphe.\n\n- premier\n- second\n\n| Ligne | Montant |\n|---|--:|\n| a | |\n",
        );
        for i in 0..80 {
            text.push_str(&format!("| ligne{i} | {i},00 € |\n"));
        }
        let pages = pages(&text);
        let all = marks(&pages);
        let find = |t: &str| {
            all.iter()
                .find(|(text, _)| text.contains(t))
                .map(|(_, m)| *m)
                .unwrap_or_else(|| panic!("{t} is drawn"))
        };
        let heading = find("Titre");
        let paragraph = find("paragraphe");
        assert_eq!(heading.role, Role::Heading(1));
        assert_eq!(paragraph.role, Role::Paragraph);
        assert!(heading.block < paragraph.block, "reading order");
        // List items: a label and a body each, in their item.
        let label = all
            .iter()
            .find(|(t, _)| t == "•" || t == "–")
            .map(|(_, m)| *m);
        assert!(label.is_some_and(|m| m.role == Role::ListLabel && m.item.is_some()));
        assert_eq!(find("second").item.map(|(_, k)| k), Some(1));
        // Cells: row, column, header; an empty cell still carries its mark.
        assert!(matches!(
            find("Montant").role,
            Role::Cell {
                row: 0,
                col: 1,
                header: true
            }
        ));
        assert!(all.iter().any(|(t, m)| t.is_empty()
            && matches!(
                m.role,
                Role::Cell {
                    row: 1,
                    col: 1,
                    header: false
                }
            )));
        // Running header and page numbers are artifacts, and a header row
        // repeated on a later page too.
        assert_eq!(find("En-tête").role, Role::Artifact(ArtifactKind::Header));
        assert!(pages.len() >= 2);
        let second: Vec<(String, Mark)> = marks(&pages[1..2]);
        assert!(
            second
                .iter()
                .any(|(t, m)| t == "Montant" && m.role == Role::Artifact(ArtifactKind::Pagination))
        );
        assert!(
            all.iter()
                .all(|(t, m)| m.role != Role::Unset || t.trim().is_empty()),
            "every run with text is marked: {:?}",
            all.iter()
                .filter(|(_, m)| m.role == Role::Unset)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_image_keeps_its_alternative_text() {
        let logo = include_bytes!("../../../../tests/programmes/pays-d-auge-cap-vert/logo.png");
        let mut doc = parse(
            "![Logo de la commune de Ruffec](logo.png){width=30mm}\n",
            &mut |_| Ok(logo.to_vec()),
        )
        .unwrap();
        crate::document::typography::apply(&mut doc);
        let pages = layout(&doc).unwrap();
        let alt = pages[0].draws.iter().find_map(|d| match d {
            Draw::Image { alt, .. } => Some(alt.clone()),
            _ => None,
        });
        assert_eq!(alt.as_deref(), Some("Logo de la commune de Ruffec"));
    }

    #[test]
    fn long_text_flows_onto_pages_within_the_margins() {
        let text = "Le programme concerté de coopération décentralisée franco-sénégalaise rassemble quatorze collectivités. ".repeat(200);
        let pages = pages(&text);
        assert!(pages.len() > 3);
        within_margins(&pages);
    }

    #[test]
    fn table_header_repeats_on_every_page() {
        let mut text = String::from("| Ligne | Libellé | Montant |\n|---|---|--:|\n");
        for i in 0..120 {
            text.push_str(&format!(
                "| {i} | Dépense numéro {i} du programme | {i},00 € |\n"
            ));
        }
        let pages = pages(&text);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for page in &pages {
            let first_text = page.draws.iter().find_map(|d| match d {
                Draw::Text(s) => Some(s.text.clone()),
                _ => None,
            });
            assert_eq!(first_text.as_deref(), Some("Ligne"));
        }
        within_margins(&pages);
    }

    /// A word of sixty letters in a label breaks inside its own column;
    /// the amounts beside it stay whole (issue 25).
    #[test]
    fn amounts_never_break_beside_a_very_long_word() {
        let word = "Anticonstitutionnellementdelacooperationdecentraliseeinternationale";
        let mut text =
            String::from("| Ligne | 2006 | 2007 | 2008 | Total |\n|:--|--:|--:|--:|--:|\n");
        text.push_str(&format!(
            "| {word} | 15\u{202f}784,20\u{a0}€ | -589,25\u{a0}€ | 1\u{202f}000,00\u{a0}€ | 16\u{202f}194,95\u{a0}€ |\n"
        ));
        text.push_str("| Pièce | M-2008-0320 | M-2008-0321 | M-2008-0322 | — |\n");
        let pages = pages(&text);
        let runs: Vec<String> = marks(&pages).into_iter().map(|(t, _)| t).collect();
        for amount in [
            "15\u{202f}784,20\u{a0}€",
            "−589,25\u{a0}€",
            "16\u{202f}194,95\u{a0}€",
            "M-2008-0320",
        ] {
            assert!(
                runs.iter().any(|r| r.contains(amount)),
                "{amount:?} was broken: {runs:?}"
            );
        }
        within_margins(&pages);
    }

    /// A strip 10 × 20 000 px as a letter's logo is scaled into its box,
    /// not drawn down the page and over the footer (issue 25).
    #[test]
    fn a_tall_logo_stays_in_its_box() {
        let mut png = Vec::new();
        image::RgbImage::new(10, 20_000)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let text =
            "::: sender\n![Logo](logo.png){width=40mm}\n\n**Mairie**\n:::\n\nCorps de la lettre.\n";
        let mut doc = parse(text, &mut |_| Ok(png.clone())).unwrap();
        crate::document::typography::apply(&mut doc);
        let pages = layout(&doc).unwrap();
        let page_height = crate::document::style::PageSize::A4.height_mm * PT_PER_MM;
        for page in &pages {
            for d in &page.draws {
                if let Draw::Image { y, h, .. } = d {
                    assert!(*h <= LETTER_IMAGE_MM * PT_PER_MM + 0.01, "{h} pt high");
                    assert!(
                        *y + *h <= page_height,
                        "drawn to {} of {page_height}",
                        y + h
                    );
                }
            }
        }
        assert!(marks(&pages).iter().any(|(t, _)| t.contains("lettre")));
    }

    #[test]
    fn headings_are_never_last_on_a_page() {
        let mut text = String::new();
        for i in 0..30 {
            text.push_str(&format!(
                "## Article {i}\n\n{}\n\n",
                "Texte de l'article, assez long pour prendre plusieurs lignes sur la page. "
                    .repeat(4)
            ));
        }
        let pages = pages(&text);
        for page in &pages[..pages.len() - 1] {
            let last_text = page.draws.iter().rev().find_map(|d| match d {
                Draw::Text(s) if !s.text.starts_with("Page ") => Some(s),
                _ => None,
            });
            assert!(
                !last_text.is_some_and(|s| s.style.bold),
                "a heading ends a page"
            );
        }
    }

    #[test]
    fn missing_glyphs_are_named() {
        let mut doc = parse("Un caractère ☐ sans glyphe", &mut |_| Err(String::new())).unwrap();
        crate::document::typography::apply(&mut doc);
        let err = layout(&doc).unwrap_err();
        assert!(err.message.contains("U+2610"), "{err:?}");
    }
}
