//! DOCX, on docx-rs: real styles (Normal, Title, Heading 1–3, a table
//! style), real numbering for lists, tables whose header rows repeat,
//! header and footer with PAGE / NUMPAGES fields, page breaks, images.
//!
//! The spacing values are those of the PDF layout (line height, paragraph
//! and heading spacing, table column widths), and the fonts named are
//! Arial or Times New Roman, which LibreOffice replaces by the
//! metric-compatible Liberation fonts the PDF embeds: Word, LibreOffice and
//! the PDF paginate alike.
//!
//! docx-rs's output then goes through [`schema`] (schema order, header
//! rows) and is packed again deterministically (fixed dates, fixed order).

pub mod language;
pub mod properties;
pub mod schema;
pub mod theme;
pub mod xml;

use std::io::{Cursor, Write};

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Docx, Footer, Header, IndentLevel,
    Level, LevelJc, LevelOverride, LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat,
    Numbering, NumberingId, PageMargin, PageNum, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Pic, Run, RunFonts, Shading, SpecialIndentType,
    Start, Style, StyleType, Tab, TabValueType, Table as DTable, TableBorders, TableCell,
    TableCellBorder, TableCellBorderPosition, TableCellBorders, TableCellMargins, TableLayoutType,
    TableRow, WidthType,
};

use super::RenderOptions;
use crate::diagnostic::Diagnostic;
use crate::document::style::{
    LEADING, LIST_ITEM_SPACE, PAD, PARAGRAPH_SPACE, SIGNATURE_ROOM_MM, heading_metrics,
    table_font_size,
};
use crate::document::{Align, Block, Document, Inline, Reference, Table, Unit, style};
use crate::layout::PT_PER_MM;
use crate::layout::flow::{column_widths, header_size, reference_label_width};
use crate::layout::fonts::{Family, family};

/// Abstract numbering (and numbering instance) of bulleted lists.
const BULLETS: usize = 10;
/// Abstract numbering of numbered lists.
const DECIMAL: usize = 11;
/// Abstract numbering (and instance) of tick-box items (`- [ ] …`).
const BOXES: usize = 12;

fn twips_mm(mm: f32) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

fn twips_pt(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// An empty paragraph exactly `height` points high (an "at least"
/// height would be the font's line when that is more).
fn spacer(height: f32) -> Paragraph {
    Paragraph::new().line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(twips_pt(height))
            .before(0)
            .after(0),
    )
}

fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

/// Text safe for WordprocessingML: no control characters (a `\u{0C}` makes
/// a file no reader opens).
fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

struct Writer<'a> {
    doc: &'a Document,
    options: &'a RenderOptions,
    family: &'static Family,
    size: f32,
    width_pt: f32,
    docx: Docx,
    /// Header rows of each table, in document order (for [`schema`]).
    header_rows: Vec<usize>,
    next_numbering: usize,
    break_next: bool,
    /// Whether a paragraph was written: the first one's space before is
    /// dropped, as the PDF drops it at the top of a page (Word and
    /// LibreOffice keep it on the first page).
    started: bool,
    /// Images placed so far (their ids).
    images_placed: std::cell::Cell<usize>,
}

/// Renders `doc` as a DOCX file.
pub fn render(doc: &Document, options: &RenderOptions) -> Result<Vec<u8>, Diagnostic> {
    let s = &doc.settings;
    let family = family(s.font);
    let font = s.font.docx_name();
    let size = s.font_size;
    let m = options.margins.unwrap_or(s.margins);
    let page = options.page;
    let date = options
        .timestamp
        .and_then(|e| chrono::DateTime::from_timestamp(e, 0))
        .map_or_else(
            || "1980-01-01T00:00:00Z".to_string(),
            |d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        );
    let normal_spacing = LineSpacing::new()
        .line_rule(LineSpacingType::AtLeast)
        .line(twips_pt(size * LEADING))
        .before(0)
        .after(twips_pt(size * PARAGRAPH_SPACE) as u32);
    let mut docx = Docx::new()
        .page_size(
            twips_mm(page.width_mm) as u32,
            twips_mm(page.height_mm) as u32,
        )
        .page_margin(
            PageMargin::new()
                .top(twips_mm(m.top))
                .bottom(twips_mm(m.bottom))
                .left(twips_mm(m.left))
                .right(twips_mm(m.right))
                .header(twips_mm(m.top / 2.0) - twips_pt(size))
                .footer(twips_mm(m.bottom / 2.0) - twips_pt(size))
                .gutter(0),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(font)
                .hi_ansi(font)
                .cs(font)
                .east_asia(font),
        )
        .default_size(half_points(size))
        .default_line_spacing(normal_spacing)
        .created_at(&date)
        .updated_at(&date)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .bold()
                .size(half_points(size * 1.4))
                .align(AlignmentType::Center),
        )
        // The running header and footer take no space after their lines:
        // Word and LibreOffice push the page's body away from a footer
        // taller than its margin, and the body would hold fewer lines
        // than the PDF's.
        .add_style(
            Style::new("Header", StyleType::Paragraph)
                .name("header")
                .based_on("Normal")
                .size(half_points(style::running_size(size)))
                .line_spacing(LineSpacing::new().before(0).after(0)),
        )
        .add_style(
            Style::new("Footer", StyleType::Paragraph)
                .name("footer")
                .based_on("Normal")
                .size(half_points(style::running_size(size)))
                .line_spacing(LineSpacing::new().before(0).after(0)),
        )
        .add_style(
            Style::new("TableGrid", StyleType::Table)
                .name("Table Grid")
                .set_borders(TableBorders::new()),
        );
    for level in 1..=3u8 {
        let (scale, before, after) = heading_metrics(level);
        let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(half_points(size * scale))
            .outline_lvl(usize::from(level - 1))
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::AtLeast)
                    .line(twips_pt(size * scale * LEADING))
                    .before(twips_pt(before) as u32)
                    .after(twips_pt(after) as u32),
            );
        if level == 1 {
            style = style.align(AlignmentType::Center);
        }
        if level >= 3 {
            style = style.italic();
        }
        // Headings stay with what follows.
        style.paragraph_property = style.paragraph_property.keep_next(true);
        docx = docx.add_style(style);
    }
    // Numbering (docx-rs already defines abstract numbering 1 and numbering
    // 1): 10 = bullets, 11 = decimal (one instance per list, so each list
    // starts at its own number).
    let indent = twips_mm(style::LIST_INDENT_MM);
    let level = |format: &str, text: &str| {
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(indent),
            Some(SpecialIndentType::Hanging(indent)),
            None,
            None,
        )
    };
    docx = docx
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(level("bullet", "•")))
        .add_abstract_numbering(AbstractNumbering::new(DECIMAL).add_level(level("decimal", "%1.")))
        // The ballot box, in a font that has it (Word's Segoe UI Symbol;
        // LibreOffice falls back to one of its own).
        .add_abstract_numbering(
            AbstractNumbering::new(BOXES).add_level(
                level("bullet", "\u{2610}").fonts(
                    RunFonts::new()
                        .ascii("Segoe UI Symbol")
                        .hi_ansi("Segoe UI Symbol")
                        .cs("Segoe UI Symbol"),
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_numbering(Numbering::new(BOXES, BOXES));

    let mut w = Writer {
        doc,
        options,
        family,
        size,
        width_pt: (page.width_mm - m.left - m.right) * PT_PER_MM,
        docx,
        header_rows: Vec::new(),
        next_numbering: BOXES + 1,
        break_next: false,
        started: false,
        images_placed: std::cell::Cell::new(0),
    };
    w.blocks(&doc.blocks, false);
    w.running();
    let header_rows = std::mem::take(&mut w.header_rows);
    let parts = package_parts(w.docx.build());
    let title = options.metadata.title_of(doc);
    let properties = properties::Properties {
        title: &title,
        metadata: &options.metadata,
        lang: options.locale.tag(),
        date: &date,
    };
    repack(parts, &header_rows, options.locale.tag(), &properties)
}

fn defect(what: &str) -> Diagnostic {
    Diagnostic::error("render", crate::i18n::t!("docx-write", reason = what))
        .hint(crate::i18n::t!("defect-hint"))
}

fn runs(mut p: Paragraph, content: &[Inline], size: Option<f32>) -> Paragraph {
    let sized = |run: Run| match size {
        Some(s) => run.size(half_points(s)),
        None => run,
    };
    for inline in content {
        match inline {
            Inline::Text { text, style } => {
                // A number stays with what it counts, as in the PDF.
                let text = crate::layout::linebreak::glue_numbers(text);
                let styled = |t: &str| {
                    let mut r = Run::new().add_text(clean(t));
                    if style.bold {
                        r = r.bold();
                    }
                    if style.italic {
                        r = r.italic();
                    }
                    if style.superscript {
                        r.run_property = r
                            .run_property
                            .vert_align(docx_rs::VertAlignType::SuperScript);
                    }
                    sized(r)
                };
                // An e-mail or web address is a hyperlink, as in the PDF.
                let mut at = 0;
                for (range, target) in crate::document::links::addresses(&text) {
                    if range.start > at {
                        p = p.add_run(styled(&text[at..range.start]));
                    }
                    p = p.add_hyperlink(
                        docx_rs::Hyperlink::new(target, docx_rs::HyperlinkType::External)
                            .add_run(styled(&text[range.clone()])),
                    );
                    at = range.end;
                }
                if at < text.len() || at == 0 {
                    p = p.add_run(styled(&text[at..]));
                }
            }
            Inline::Break => {
                p = p.add_run(sized(Run::new().add_break(BreakType::TextWrapping)));
            }
        }
    }
    p
}

/// `raw`'s hyperlink relationships numbered in the order the document
/// uses them (docx-rs numbers them from a counter shared by every document
/// a process makes, which would make the bytes depend on what was made
/// before).
fn renumber_hyperlinks(raw: &mut [(String, Vec<u8>)]) {
    const PREFIX: &str = "rIdHyperlink";
    let mut order: Vec<String> = Vec::new();
    for (name, data) in raw.iter() {
        if name.ends_with(".xml") && !name.ends_with(".rels") {
            let text = String::from_utf8_lossy(data);
            let mut rest = &text[..];
            while let Some(i) = rest.find(PREFIX) {
                let digits: String = rest[i + PREFIX.len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let id = format!("{PREFIX}{digits}");
                if !order.contains(&id) {
                    order.push(id);
                }
                rest = &rest[i + PREFIX.len() + digits.len()..];
            }
        }
    }
    if order.is_empty() {
        return;
    }
    for (name, data) in raw.iter_mut() {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let text = String::from_utf8_lossy(data).into_owned();
        if !text.contains(PREFIX) {
            continue;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = &text[..];
        while let Some(i) = rest.find(PREFIX) {
            out.push_str(&rest[..i]);
            let digits: String = rest[i + PREFIX.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let id = format!("{PREFIX}{digits}");
            match order.iter().position(|o| *o == id) {
                Some(k) => out.push_str(&format!("{PREFIX}{}", k + 1)),
                None => out.push_str(&id),
            }
            rest = &rest[i + PREFIX.len() + digits.len()..];
        }
        out.push_str(rest);
        *data = out.into_bytes();
    }
}

fn align(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
        Align::Justify => AlignmentType::Both,
    }
}

/// The four borders of a cell, each made by `border`.
fn cell_borders(border: impl Fn(TableCellBorderPosition) -> TableCellBorder) -> TableCellBorders {
    [
        TableCellBorderPosition::Top,
        TableCellBorderPosition::Bottom,
        TableCellBorderPosition::Left,
        TableCellBorderPosition::Right,
    ]
    .into_iter()
    .fold(TableCellBorders::new(), |b, pos| b.set(border(pos)))
}

fn no_borders() -> TableCellBorders {
    cell_borders(|pos| TableCellBorder::new(pos).border_type(BorderType::Nil))
}

fn borders() -> TableCellBorders {
    cell_borders(|pos| {
        TableCellBorder::new(pos)
            .border_type(BorderType::Single)
            .size((crate::layout::flow::RULE * 8.0) as usize)
            .color("000000")
    })
}

impl Writer<'_> {
    fn paragraph(&mut self, mut p: Paragraph) {
        if !self.started {
            self.started = true;
            p = p.line_spacing(LineSpacing::new().before(0));
        }
        if self.break_next {
            p = p.page_break_before(true);
            self.break_next = false;
        }
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
    }

    fn table(&mut self, t: DTable, header_rows: usize) {
        if self.break_next {
            self.paragraph(
                Paragraph::new().line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::AtLeast)
                        .line(20)
                        .after(0),
                ),
            );
        }
        self.header_rows.push(header_rows);
        self.docx = std::mem::take(&mut self.docx).add_table(t);
    }

    /// Renders `blocks` in order; with `keep`, each but the last is kept
    /// on the page of the next (a keep-together group).
    fn blocks(&mut self, blocks: &[Block], keep: bool) {
        let units = crate::document::units(blocks);
        let n = units.len();
        // What comes before signatures, or a place and date, stays on
        // their page (as in the PDF).
        let signs = |u: Option<&Unit<'_>>| match u {
            Some(Unit::Block(Block::Signatures { .. })) => true,
            Some(u) => u.place_date_alone().is_some(),
            None => false,
        };
        for k in 0..n {
            let next_signs = signs(units.get(k + 1));
            match &units[k] {
                Unit::Letterhead { left, right } => self.letterhead(left, right, next_signs),
                Unit::Block(b) => self.block(b, (keep && k + 1 < n) || next_signs),
            }
        }
    }

    fn block(&mut self, block: &Block, keep: bool) {
        match block {
            Block::Heading { level, content } => {
                let p = runs(
                    Paragraph::new().style(&format!("Heading{}", (*level).clamp(1, 3))),
                    content,
                    None,
                );
                self.paragraph(p);
            }
            Block::Paragraph { content, align: a } => {
                let keep = keep || crate::document::all_bold(content);
                let p = runs(Paragraph::new().align(align(*a)), content, None).keep_next(keep);
                self.paragraph(p);
            }
            Block::List(list) => {
                let id = if list.ordered {
                    let id = self.next_numbering;
                    self.next_numbering += 1;
                    self.docx = std::mem::take(&mut self.docx).add_numbering(
                        Numbering::new(id, DECIMAL)
                            .add_override(LevelOverride::new(0).start(list.start as usize)),
                    );
                    id
                } else {
                    BULLETS
                };
                for (k, item) in list.items.iter().enumerate() {
                    for (j, b) in item.iter().enumerate() {
                        let content = match b {
                            Block::Paragraph { content, .. } | Block::Heading { content, .. } => {
                                content
                            }
                            other => {
                                self.block(other, keep);
                                continue;
                            }
                        };
                        let after = if k + 1 == list.items.len() {
                            twips_pt(self.size * PARAGRAPH_SPACE)
                        } else {
                            twips_pt(self.size * LIST_ITEM_SPACE)
                        };
                        let mut p = Paragraph::new().line_spacing(
                            LineSpacing::new()
                                .line_rule(LineSpacingType::AtLeast)
                                .line(twips_pt(self.size * LEADING))
                                .after(after as u32),
                        );
                        if j == 0 {
                            let id = if list.boxes.get(k).copied().unwrap_or(false) {
                                BOXES
                            } else {
                                id
                            };
                            p = p.numbering(NumberingId::new(id), IndentLevel::new(0));
                        } else {
                            p = p.indent(Some(twips_mm(style::LIST_INDENT_MM)), None, None, None);
                        }
                        self.paragraph(runs(p, content, None).keep_next(keep));
                    }
                }
            }
            Block::Table(t) => self.data_table(t, keep),
            Block::Image(image) => {
                if let Some(run) = self.image_run(image.index, image.width_mm * PT_PER_MM) {
                    self.paragraph(Paragraph::new().add_run(run).keep_next(keep));
                }
            }
            Block::Rule => {
                let mut p = Paragraph::new();
                p.property = p.property.set_borders(
                    ParagraphBorders::with_empty().set(
                        ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                            .val(BorderType::Single)
                            .size(4)
                            .space(1)
                            .color("000000"),
                    ),
                );
                self.paragraph(
                    p.line_spacing(
                        LineSpacing::new()
                            .line_rule(LineSpacingType::Exact)
                            .line(twips_pt(self.size * 0.5))
                            .after(twips_pt(self.size * 0.5) as u32),
                    ),
                );
            }
            Block::PageBreak => self.break_next = true,
            Block::KeepTogether(inner) => self.blocks(inner, true),
            Block::References(refs) => self.references(refs),
            Block::Signatures { per_row, parties } => self.signatures(*per_row, parties),
            Block::Sender(_) | Block::PlaceDate(_) | Block::Addressee(_) => {}
        }
    }

    fn image_run(&self, index: usize, width_pt: f32) -> Option<Run> {
        let data = self.doc.images.get(index)?;
        let mut w = width_pt.min(self.width_pt);
        let mut h = w * data.height_px as f32 / data.width_px as f32;
        // As in the PDF: no image taller than a letter's box or a page.
        let most = crate::layout::flow::LETTER_IMAGE_MM * crate::layout::PT_PER_MM * 3.0;
        if h > most {
            w *= most / h;
            h = most;
        }
        let emu = |pt: f32| (pt * 12700.0).round() as u32;
        // docx-rs numbers images with a process-wide counter: name them
        // from their place in this document instead.
        let n = self.images_placed.get() + 1;
        self.images_placed.set(n);
        let pic = Pic::new_with_dimensions(data.bytes.clone(), data.width_px, data.height_px)
            .size(emu(w), emu(h))
            .id(format!("rIdImage{n}"));
        Some(Run::new().add_image(pic))
    }

    /// Paragraphs for a column of simple blocks (letterhead, cells).
    fn cell_paragraphs(&self, blocks: &[Block], a: Align) -> Vec<Paragraph> {
        let mut out = Vec::new();
        for b in blocks {
            match b {
                Block::Paragraph { content, .. } | Block::Heading { content, .. } => {
                    out.push(runs(
                        Paragraph::new().align(align(a)).line_spacing(self.tight()),
                        content,
                        None,
                    ));
                }
                Block::PlaceDate(content) => out.push(runs(
                    Paragraph::new()
                        .align(AlignmentType::Right)
                        .line_spacing(self.tight()),
                    content,
                    None,
                )),
                Block::Image(image) => {
                    if let Some(run) = self.image_run(image.index, image.width_mm * PT_PER_MM) {
                        out.push(Paragraph::new().add_run(run).line_spacing(
                            LineSpacing::new().after(twips_pt(self.size * 0.3) as u32),
                        ));
                    }
                }
                Block::KeepTogether(inner) | Block::Sender(inner) | Block::Addressee(inner) => {
                    out.extend(self.cell_paragraphs(inner, a))
                }
                _ => {}
            }
        }
        if out.is_empty() {
            out.push(Paragraph::new().line_spacing(self.tight()));
        }
        out
    }

    fn tight(&self) -> LineSpacing {
        LineSpacing::new()
            .line_rule(LineSpacingType::AtLeast)
            .line(twips_pt(self.size * LEADING))
            .after(0)
    }

    /// A table without borders that places its rows' cells (each a list
    /// of paragraphs, one per column) side by side.
    fn layout_table(&self, rows: Vec<Vec<Vec<Paragraph>>>, widths_pt: &[f32]) -> DTable {
        let grid: Vec<usize> = widths_pt.iter().map(|w| twips_pt(*w) as usize).collect();
        let rows = rows
            .into_iter()
            .map(|columns| {
                let cells = columns
                    .into_iter()
                    .zip(&grid)
                    .map(|(paragraphs, w)| {
                        let mut cell = TableCell::new()
                            .width(*w, WidthType::Dxa)
                            .set_borders(no_borders());
                        for p in paragraphs {
                            cell = cell.add_paragraph(p);
                        }
                        cell
                    })
                    .collect();
                TableRow::new(cells)
            })
            .collect();
        DTable::without_borders(rows)
            .set_grid(grid.clone())
            .layout(TableLayoutType::Fixed)
            .width(grid.iter().sum(), WidthType::Dxa)
            .margins(TableCellMargins::new().margin(0, 0, 0, 0))
    }

    fn letterhead(&mut self, left: &[Block], right: &[&Block], keep: bool) {
        // A place and date alone ("Fait à …, le …") is a right-aligned
        // paragraph that stays with the signatures after it.
        if let Some(content) = crate::document::place_date_alone(left, right) {
            let p = runs(Paragraph::new().align(AlignmentType::Right), content, None)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::AtLeast)
                        .line(twips_pt(self.size * LEADING))
                        .after(twips_pt(self.size * LEADING * 1.5) as u32),
                )
                .keep_next(true);
            self.paragraph(p);
            return;
        }
        let keep_all = |ps: Vec<Paragraph>| -> Vec<Paragraph> {
            if keep {
                ps.into_iter().map(|p| p.keep_next(true)).collect()
            } else {
                ps
            }
        };
        let left_p = keep_all(self.cell_paragraphs(left, Align::Left));
        let mut right_p = Vec::new();
        for (k, b) in right.iter().enumerate() {
            let mut ps = self.cell_paragraphs(std::slice::from_ref(*b), Align::Left);
            if k > 0
                && let Some(first) = ps.first_mut()
            {
                *first = std::mem::take(first).line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::AtLeast)
                        .line(twips_pt(self.size * LEADING))
                        .after(0)
                        .before(twips_pt(self.size * LEADING * 2.0) as u32),
                );
            }
            right_p.extend(keep_all(ps));
        }
        if right_p.is_empty() {
            right_p.push(Paragraph::new());
        }
        let half = self.width_pt / 2.0;
        let t = self.layout_table(vec![vec![left_p, right_p]], &[half, self.width_pt - half]);
        self.table(t, 0);
        // The space the PDF leaves below the letterhead.
        self.paragraph(
            Paragraph::new()
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::AtLeast)
                        .line(twips_pt(self.size * LEADING * 1.5))
                        .after(0),
                )
                .keep_next(keep),
        );
    }

    fn references(&mut self, refs: &[Reference]) {
        let label_w = reference_label_width(refs, self.family, self.size);
        let indent = twips_pt(label_w);
        let n = refs.len();
        for (k, r) in refs.iter().enumerate() {
            let after = if k + 1 == n {
                self.size * (0.2 + PARAGRAPH_SPACE * 2.0)
            } else {
                self.size * 0.2
            };
            let mut spacing = LineSpacing::new()
                .line_rule(LineSpacingType::AtLeast)
                .line(twips_pt(self.size * LEADING))
                .after(twips_pt(after) as u32);
            if k == 0 {
                spacing = spacing.before(twips_pt(self.size) as u32);
            }
            let mut p = Paragraph::new()
                .indent(
                    Some(indent),
                    Some(SpecialIndentType::Hanging(indent)),
                    None,
                    None,
                )
                .add_tab(Tab::new().val(TabValueType::Left).pos(indent as usize))
                .line_spacing(spacing)
                .keep_next(k + 1 < n)
                .add_run(
                    Run::new()
                        .add_text(clean(&format!("{}\u{a0}:", r.label)))
                        .bold(),
                )
                .add_run(Run::new().add_tab());
            p = runs(p, &r.text, None);
            self.paragraph(p);
        }
    }

    fn signatures(&mut self, per_row: usize, parties: &[Vec<Vec<Inline>>]) {
        let per_row = per_row.clamp(1, 3);
        let col = self.width_pt / per_row as f32;
        for (r, row) in parties.chunks(per_row).enumerate() {
            let before = if r == 0 {
                self.size * 1.5
            } else {
                self.size * 2.0
            };
            self.paragraph(
                Paragraph::new()
                    .line_spacing(
                        LineSpacing::new()
                            .line_rule(LineSpacingType::AtLeast)
                            .line(twips_pt(before).max(20))
                            .after(0),
                    )
                    .keep_next(true),
            );
            // The names of a row stand on one line, below the tallest
            // title of the row and the room to sign, as in the PDF: a
            // shorter title gets the difference as space before its name.
            let title_lines = |party: &Vec<Vec<Inline>>| -> usize {
                party
                    .iter()
                    .take(party.len().saturating_sub(1))
                    .map(|line| {
                        crate::layout::flow::ragged_lines(
                            line,
                            self.family,
                            self.size,
                            col - crate::layout::flow::SIGNATURE_GUTTER,
                        )
                    })
                    .sum()
            };
            let tallest = row.iter().map(title_lines).max().unwrap_or(0);
            let mut columns = Vec::new();
            for party in row {
                let n = party.len();
                let below = (tallest - title_lines(party)) as f32 * self.size * LEADING;
                let ps = party
                    .iter()
                    .enumerate()
                    .map(|(k, line)| {
                        let mut spacing = self.tight();
                        if k + 1 == n && n > 1 {
                            spacing = spacing
                                .before(twips_pt(SIGNATURE_ROOM_MM * PT_PER_MM + below) as u32);
                        }
                        runs(
                            Paragraph::new().line_spacing(spacing).keep_next(k + 1 < n),
                            line,
                            None,
                        )
                    })
                    .collect();
                columns.push(ps);
            }
            while columns.len() < per_row {
                columns.push(vec![Paragraph::new()]);
            }
            let widths = vec![col; per_row];
            let mut t = self.layout_table(vec![columns], &widths);
            t.rows = t
                .rows
                .into_iter()
                .map(|row| match row {
                    docx_rs::TableChild::TableRow(r) => {
                        docx_rs::TableChild::TableRow(r.cant_split())
                    }
                })
                .collect();
            self.table(t, 0);
        }
    }

    /// A table of data; `keep`: it stays with what follows (a
    /// keep-together block), all its rows kept with the next.
    fn data_table(&mut self, table: &Table, keep: bool) {
        let n = table.columns();
        if n == 0 || table.rows.is_empty() {
            return;
        }
        let size = table_font_size(self.size);
        let widths = column_widths(table, self.width_pt, size, self.family);
        let grid: Vec<usize> = widths.iter().map(|w| twips_pt(*w) as usize).collect();
        let mut rows = Vec::new();
        let body_rows = table.rows.len().saturating_sub(table.header_rows);
        for (r, row) in table.rows.iter().enumerate() {
            let header = r < table.header_rows;
            // The rows the PDF keeps on one page, Word keeps with the next:
            // the headers, the first two and the last two body rows, every
            // row of a small table.
            let body = r.saturating_sub(table.header_rows);
            let keep = keep
                || header
                || (body_rows >= 2
                    && body + 1 < body_rows
                    && (body == 0
                        || body + 2 == body_rows
                        || body_rows <= crate::layout::flow::SMALL_TABLE));
            let cells = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let a = if header {
                        Align::Center
                    } else {
                        table.align.get(c).copied().unwrap_or_default()
                    };
                    let content: Vec<Inline> = cell
                        .content
                        .iter()
                        .map(|i| match i {
                            Inline::Text { text, style } if header => Inline::Text {
                                text: text.clone(),
                                style: style.with(crate::document::Style::BOLD),
                            },
                            other => other.clone(),
                        })
                        .collect();
                    // A header's words set smaller to fit, as in the PDF.
                    let size = if header {
                        header_size(&content, self.family, size, widths[c] - 2.0 * PAD)
                    } else {
                        size
                    };
                    let mut p = Paragraph::new().align(align(a)).line_spacing(
                        LineSpacing::new()
                            .line_rule(LineSpacingType::AtLeast)
                            .line(twips_pt(size * LEADING))
                            .after(0),
                    );
                    p = runs(p, &content, Some(size)).keep_next(keep);
                    let mut tc = TableCell::new()
                        .width(grid[c], WidthType::Dxa)
                        .set_borders(borders())
                        .add_paragraph(p);
                    if header {
                        tc = tc.shading(Shading::new().fill("E0E0E0").color("auto"));
                    }
                    tc
                })
                .collect();
            rows.push(TableRow::new(cells));
        }
        let pad = twips_pt(PAD) as usize;
        let t = DTable::new(rows)
            .style("TableGrid")
            .set_grid(grid.clone())
            .layout(TableLayoutType::Fixed)
            .width(grid.iter().sum(), WidthType::Dxa)
            .margins(TableCellMargins::new().margin(pad, pad, pad, pad));
        // The PDF leaves half a line before a table, and a paragraph's
        // space after it.
        self.paragraph(spacer(self.size * 0.5).keep_next(true));
        self.table(t, table.header_rows);
        self.paragraph(spacer(self.size * PARAGRAPH_SPACE).keep_next(keep));
    }

    /// Header, footer with page numbers, initials box.
    fn running(&mut self) {
        let s = &self.doc.settings;
        let size = style::running_size(s.font_size);
        if let Some(h) = &s.header {
            let mut p = Paragraph::new().style("Header").add_run(
                Run::new()
                    .add_text(clean(h))
                    .italic()
                    .size(half_points(size)),
            );
            p.property = p.property.set_borders(
                ParagraphBorders::with_empty().set(
                    ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                        .val(BorderType::Single)
                        .size(3)
                        .space(1)
                        .color("000000"),
                ),
            );
            self.docx = std::mem::take(&mut self.docx).header(Header::new().add_paragraph(p));
        }
        let small = |text: &str| Run::new().add_text(clean(text)).size(half_points(size));
        // The footer's paragraphs take their size from the Footer style, so
        // the PAGE and NUMPAGES fields are as small as the word "Page".
        let footer_p = Paragraph::new()
            .style("Footer")
            .add_run(small(s.footer.as_deref().unwrap_or("")));
        let pages = if s.page_numbers {
            Paragraph::new()
                .style("Footer")
                .align(AlignmentType::Right)
                .add_run(small(&format!("{} ", self.options.labels.page)))
                .add_page_num(PageNum::new())
                .add_run(small(" / "))
                .add_num_pages(NumPages::new())
        } else {
            Paragraph::new().style("Footer")
        };
        // As in the PDF: the footer takes the width the page number and
        // the initials box leave; the page number sits just left of the box.
        let face = self.family.face(crate::document::Style::default());
        let page_w = face.width(&style::page_label(&self.options.labels.page, 99, 99), size)
            + style::PAGE_NUMBER_GAP_PT;
        let (box_w, gap) = if s.initials {
            (style::INITIALS_BOX_MM.0 * PT_PER_MM, style::INITIALS_GAP_PT)
        } else {
            (0.0, 0.0)
        };
        let footer_w = self.width_pt - page_w - gap - box_w;
        let mut cells = vec![
            TableCell::new()
                .width(twips_pt(footer_w) as usize, WidthType::Dxa)
                .set_borders(no_borders())
                .add_paragraph(footer_p),
            TableCell::new()
                .width(twips_pt(page_w) as usize, WidthType::Dxa)
                .set_borders(no_borders())
                .add_paragraph(pages),
        ];
        let mut grid = vec![twips_pt(footer_w) as usize, twips_pt(page_w) as usize];
        if s.initials {
            cells.push(
                TableCell::new()
                    .width(twips_pt(gap) as usize, WidthType::Dxa)
                    .set_borders(no_borders())
                    .add_paragraph(Paragraph::new().style("Footer")),
            );
            cells.push(
                TableCell::new()
                    .width(twips_pt(box_w) as usize, WidthType::Dxa)
                    .set_borders(borders())
                    .add_paragraph(
                        Paragraph::new().style("Footer").add_run(
                            Run::new()
                                .add_text(&self.options.labels.initials)
                                .italic()
                                .size(half_points(size - 1.0)),
                        ),
                    )
                    .add_paragraph(Paragraph::new().style("Footer").add_run(small(""))),
            );
            grid.push(twips_pt(gap) as usize);
            grid.push(twips_pt(box_w) as usize);
        }
        let t = DTable::without_borders(vec![TableRow::new(cells)])
            .set_grid(grid.clone())
            .layout(TableLayoutType::Fixed)
            .width(grid.iter().sum(), WidthType::Dxa);
        self.docx = std::mem::take(&mut self.docx).footer(
            Footer::new().add_table(t).add_paragraph(
                Paragraph::new().line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::AtLeast)
                        .line(20)
                        .after(0),
                ),
            ),
        );
    }
}

/// docx-rs's parts by their names in the package, as its own `pack`
/// names them (`docx_rs::XMLDocx::pack`), without zipping them first
/// only for [`repack`] to unzip them.
fn package_parts(xml: docx_rs::XMLDocx) -> Vec<(String, Vec<u8>)> {
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    for (i, h) in xml.headers.into_iter().enumerate() {
        parts.push((format!("word/header{}.xml", i + 1), h));
        if let Some(rels) = xml.header_rels.get(i) {
            parts.push((format!("word/_rels/header{}.xml.rels", i + 1), rels.clone()));
        }
    }
    for (i, f) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
        if let Some(rels) = xml.footer_rels.get(i) {
            parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone()));
        }
    }
    for (id, bytes) in xml.media {
        parts.push((format!("word/media/{id}.png"), bytes));
    }
    if let Some(taskpanes) = xml.taskpanes {
        parts.push(("word/webextensions/taskpanes.xml".into(), taskpanes));
        parts.push((
            "word/webextensions/_rels/taskpanes.xml.rels".into(),
            xml.taskpanes_rels,
        ));
        for (i, ext) in xml.web_extensions.into_iter().enumerate() {
            parts.push((format!("word/webextensions/webextension{}.xml", i + 1), ext));
        }
    }
    for (i, item) in xml.custom_items.into_iter().enumerate() {
        let n = i + 1;
        if let Some(rels) = xml.custom_item_rels.get(i) {
            parts.push((format!("customXml/_rels/item{n}.xml.rels"), rels.clone()));
        }
        parts.push((format!("customXml/item{n}.xml"), item));
        if let Some(props) = xml.custom_item_props.get(i) {
            parts.push((format!("customXml/itemProps{n}.xml"), props.clone()));
        }
    }
    parts
}

/// Takes docx-rs's parts, puts each XML part in schema order, marks
/// header rows, and writes the package with fixed dates and a fixed entry
/// order, so the same document always gives the same bytes.
fn repack(
    raw: Vec<(String, Vec<u8>)>,
    header_rows: &[usize],
    lang: &str,
    properties: &properties::Properties<'_>,
) -> Result<Vec<u8>, Diagnostic> {
    let mut raw = raw;
    renumber_hyperlinks(&mut raw);
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, mut data) in raw {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let text = String::from_utf8(data).map_err(|e| defect(&e.to_string()))?;
            let mut root = xml::parse(&text).map_err(|e| defect(&format!("{name}: {e}")))?;
            if name == "word/document.xml"
                && let Some(body) = root.child_mut("w:body")
            {
                schema::mark_header_rows(body, header_rows);
            }
            match name.as_str() {
                "word/styles.xml" => language::styles(&mut root, lang),
                "word/settings.xml" => language::settings(&mut root),
                "docProps/core.xml" => properties::core(&mut root, properties),
                "docProps/app.xml" => properties::app(&mut root, properties),
                "word/_rels/document.xml.rels" => theme::relationships(&mut root),
                "[Content_Types].xml" => theme::content_types(&mut root),
                n if n == "word/document.xml"
                    || n.starts_with("word/header")
                    || n.starts_with("word/footer") =>
                {
                    language::paragraphs(&mut root)
                }
                _ => {}
            }
            schema::reorder(&mut root);
            data = xml::write(&root).map_err(|e| defect(&e))?;
        }
        parts.push((name, data));
    }
    if !parts.iter().any(|(n, _)| n == theme::PART) {
        parts.push((theme::PART.to_string(), theme::XML.as_bytes().to_vec()));
    }
    // [Content_Types].xml first, as Office writes it; then by name.
    parts.sort_by(|a, b| {
        (a.0 != "[Content_Types].xml", &a.0).cmp(&(b.0 != "[Content_Types].xml", &b.0))
    });
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(3))
        .last_modified_time(zip::DateTime::DEFAULT)
        .unix_permissions(0o644);
    for (name, data) in parts {
        out.start_file(name, options)
            .map_err(|e| defect(&e.to_string()))?;
        out.write_all(&data).map_err(|e| defect(&e.to_string()))?;
    }
    let cursor = out.finish().map_err(|e| defect(&e.to_string()))?;
    Ok(cursor.into_inner())
}
