//! From the text a template produces to a [`Document`].
//!
//! The text is CommonMark with GFM tables, a YAML front matter (see
//! [`super::frontmatter`]) and fenced directives in the Pandoc style:
//!
//! ```text
//! ::: name key=value
//! Markdown content
//! :::
//! ```
//!
//! Directives may nest (`signatures` holds `signature` blocks); a `:::` line
//! closes the innermost one. `::: page-break :::` on one line is a page
//! break. The directives and their keys are listed in [`DIRECTIVES`]; an
//! unknown one is an error that names its line.

use crate::diagnostic::Diagnostic;
use crate::i18n::t;
use std::collections::BTreeMap;
use std::io::Cursor;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::frontmatter::Settings;
use super::{
    Align, Block, Cell, Document, Image, ImageData, ImageFormat, Inline, List, Reference, Style,
    Table,
};

/// The directives a template may use, with the keys each accepts.
pub const DIRECTIVES: &[(&str, &[&str])] = &[
    ("sender", &[]),
    ("place-date", &[]),
    ("addressee", &[]),
    ("references", &[]),
    ("signatures", &["per_row"]),
    ("signature", &[]),
    ("page-break", &[]),
    ("keep-together", &[]),
    ("table", &["widths", "header_rows"]),
    ("center", &[]),
    ("right", &[]),
    ("left", &[]),
];

/// What is wrong with a template's text: a diagnostic of rule `markup`
/// on `line` of the text (1-based).
fn markup_error(line: usize, message: impl Into<String>, hint: impl Into<String>) -> Diagnostic {
    Diagnostic::error("markup", message)
        .on_line(line)
        .hint(hint)
}

/// Loads the bytes of an image a document names.
pub type ImageLoader<'a> = dyn FnMut(&str) -> Result<Vec<u8>, String> + 'a;

/// Parses `text` into a document; `load_image` fetches the images it names.
pub fn parse(text: &str, load_image: &mut ImageLoader<'_>) -> Result<Document, Diagnostic> {
    for (i, line) in text.split('\n').enumerate() {
        if let Some(c) = line
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\r'))
        {
            return Err(markup_error(
                i + 1,
                t!("markup-control", code = format!("U+{:04X}", c as u32)),
                t!("markup-control-hint"),
            ));
        }
    }
    let (settings, body, first_line) = split_front_matter(text)?;
    let lines: Vec<&str> = body
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut ctx = Ctx {
        images: Vec::new(),
        load_image,
        depth: 0,
    };
    let blocks = super::keep::marked(parse_lines(&lines, first_line, &mut ctx, Mode::Flow)?);
    let mut settings = settings;
    for t in [&mut settings.header, &mut settings.footer]
        .into_iter()
        .flatten()
        .chain([&mut settings.title])
    {
        t.retain(|c| c != super::keep::KEEP);
    }
    Ok(Document {
        settings,
        blocks,
        images: ctx.images,
    })
}

struct Ctx<'a, 'b> {
    images: Vec<ImageData>,
    load_image: &'a mut ImageLoader<'b>,
    /// Directives open around the one being read.
    depth: usize,
}

/// How deep directives may nest (a signature in signatures in a
/// keep-together is 3): deeper is a mistake, and would make the renderers
/// recurse without bound.
pub const MAX_DIRECTIVE_DEPTH: usize = 16;

/// How deep lists and quotes may nest inside each other.
pub const MAX_LIST_DEPTH: usize = 10;

/// How soft line breaks are read: as spaces in running text, as line breaks
/// in address-like blocks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Flow,
    Lines,
}

fn split_front_matter(text: &str) -> Result<(Settings, &str, usize), Diagnostic> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok((Settings::default(), text, 1));
    };
    let mut offset = 0;
    for (i, line) in rest.split('\n').enumerate() {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = rest.get(offset + line.len() + 1..).unwrap_or("");
            let settings: Settings = if yaml.trim().is_empty() {
                Settings::default()
            } else {
                serde_saphyr::from_str(yaml).map_err(|e| {
                    let line = e.location().map_or(2, |l| l.line() as usize + 1);
                    let message = e.without_snippet().to_string();
                    let message = message.lines().next().unwrap_or_default().to_string();
                    markup_error(
                        line,
                        t!("front-matter-unreadable", reason = message),
                        t!("front-matter-unreadable-hint"),
                    )
                })?
            };
            let mut settings = settings;
            for text in [&mut settings.title]
                .into_iter()
                .chain(settings.header.as_mut())
                .chain(settings.footer.as_mut())
            {
                *text = super::escape::decode(text);
            }
            settings.validate().map_err(|m| {
                markup_error(
                    2,
                    t!("front-matter-value", reason = m),
                    t!("front-matter-value-hint"),
                )
            })?;
            return Ok((settings, body, i + 3));
        }
        offset += line.len() + 1;
    }
    Err(markup_error(
        1,
        t!("front-matter-unclosed"),
        t!("front-matter-unclosed-hint"),
    ))
}

/// An opening directive line: `::: name key=value…`, and whether it closes
/// on the same line.
struct Opening {
    name: String,
    attrs: BTreeMap<String, String>,
    inline_close: bool,
}

fn opening(line: &str, number: usize) -> Result<Option<Opening>, Diagnostic> {
    let trimmed = line.trim();
    let Some(rest) = trimmed.strip_prefix(":::") else {
        return Ok(None);
    };
    let rest = rest.trim_start_matches(':').trim();
    if rest.is_empty() {
        return Ok(None); // a closing line
    }
    let (rest, inline_close) = match rest.strip_suffix(":::") {
        Some(r) => (r.trim(), true),
        None => (rest, false),
    };
    let mut words = rest.split_whitespace();
    let name = words
        .next()
        .unwrap_or_default()
        .trim_start_matches('{')
        .trim_start_matches('.')
        .trim_end_matches('}')
        .to_string();
    let Some((_, keys)) = DIRECTIVES.iter().find(|(n, _)| *n == name) else {
        let names: Vec<&str> = DIRECTIVES.iter().map(|(n, _)| *n).collect();
        let hint = match crate::diagnostic::did_you_mean(&name, names.iter().copied()) {
            Some(s) => t!("did-you-mean", suggestion = s),
            None => t!("directives-are", names = names.join(", ")),
        };
        return Err(markup_error(
            number,
            t!("directive-unknown", name = name.as_str()),
            hint,
        ));
    };
    let mut attrs = BTreeMap::new();
    for word in words {
        let Some((k, v)) = word.split_once('=') else {
            return Err(markup_error(
                number,
                t!("directive-setting-shape", word = word, name = name.as_str()),
                t!("directive-setting-shape-hint"),
            ));
        };
        if !keys.contains(&k) {
            let hint = if keys.is_empty() {
                t!("directive-no-setting", name = name.as_str())
            } else {
                t!(
                    "directive-settings",
                    name = name.as_str(),
                    keys = keys.join(", ")
                )
            };
            return Err(markup_error(
                number,
                t!("directive-setting-unknown", key = k, name = name.as_str()),
                hint,
            ));
        }
        attrs.insert(k.to_string(), v.trim_matches('"').to_string());
    }
    Ok(Some(Opening {
        name,
        attrs,
        inline_close,
    }))
}

fn is_closing(line: &str) -> bool {
    let t = line.trim();
    t.starts_with(":::") && t.trim_start_matches(':').trim().is_empty()
}

fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

fn parse_lines(
    lines: &[&str],
    first: usize,
    ctx: &mut Ctx<'_, '_>,
    mode: Mode,
) -> Result<Vec<Block>, Diagnostic> {
    let mut blocks = Vec::new();
    let mut chunk_start = 0;
    let mut i = 0;
    let mut in_fence = false;
    while i < lines.len() {
        let line = lines[i];
        if is_fence(line) {
            in_fence = !in_fence;
        }
        if in_fence {
            i += 1;
            continue;
        }
        if is_closing(line) {
            return Err(markup_error(
                first + i,
                t!("directive-closes-nothing"),
                t!("directive-closes-nothing-hint"),
            ));
        }
        let Some(open) = opening(line, first + i)? else {
            i += 1;
            continue;
        };
        blocks.extend(markdown(
            &lines[chunk_start..i].join("\n"),
            first + chunk_start,
            ctx,
            mode,
        )?);
        if open.inline_close {
            blocks.push(directive(&open, &[], first + i, ctx)?);
            i += 1;
        } else {
            let end = matching_close(lines, i, first)?;
            blocks.push(directive(&open, &lines[i + 1..end], first + i, ctx)?);
            i = end + 1;
        }
        chunk_start = i;
    }
    blocks.extend(markdown(
        &lines[chunk_start..].join("\n"),
        first + chunk_start,
        ctx,
        mode,
    )?);
    Ok(blocks)
}

/// The index of the `:::` line closing the directive opened at `open`.
fn matching_close(lines: &[&str], open: usize, first: usize) -> Result<usize, Diagnostic> {
    let mut depth = 0;
    let mut in_fence = false;
    for (j, line) in lines.iter().enumerate().skip(open + 1) {
        if is_fence(line) {
            in_fence = !in_fence;
        }
        if in_fence {
            continue;
        }
        if is_closing(line) {
            if depth == 0 {
                return Ok(j);
            }
            depth -= 1;
        } else if opening(line, first + j)?.is_some_and(|o| !o.inline_close) {
            depth += 1;
        }
    }
    Err(markup_error(
        first + open,
        t!("directive-unclosed"),
        t!("directive-unclosed-hint"),
    ))
}

fn directive(
    open: &Opening,
    body: &[&str],
    line: usize,
    ctx: &mut Ctx<'_, '_>,
) -> Result<Block, Diagnostic> {
    if ctx.depth >= MAX_DIRECTIVE_DEPTH {
        return Err(markup_error(
            line,
            t!("directive-too-deep", depth = MAX_DIRECTIVE_DEPTH),
            t!("directive-too-deep-hint"),
        ));
    }
    ctx.depth += 1;
    let block = directive_body(open, body, line, ctx);
    ctx.depth -= 1;
    block
}

fn directive_body(
    open: &Opening,
    body: &[&str],
    line: usize,
    ctx: &mut Ctx<'_, '_>,
) -> Result<Block, Diagnostic> {
    let inner_first = line + 1;
    let name = open.name.as_str();
    Ok(match name {
        "page-break" => Block::PageBreak,
        "keep-together" => Block::KeepTogether(parse_lines(body, inner_first, ctx, Mode::Flow)?),
        "sender" => Block::Sender(parse_lines(body, inner_first, ctx, Mode::Lines)?),
        "addressee" => Block::Addressee(parse_lines(body, inner_first, ctx, Mode::Lines)?),
        "place-date" => {
            let blocks = parse_lines(body, inner_first, ctx, Mode::Lines)?;
            Block::PlaceDate(lines_of(&blocks).into_iter().flatten().collect())
        }
        "references" => {
            let blocks = parse_lines(body, inner_first, ctx, Mode::Lines)?;
            let mut refs = Vec::new();
            for l in lines_of(&blocks) {
                refs.push(reference(l).ok_or_else(|| {
                    markup_error(line, t!("references-shape"), t!("references-shape-hint"))
                })?);
            }
            Block::References(refs)
        }
        "signatures" => {
            let per_row = match open.attrs.get("per_row") {
                None => 0,
                Some(v) => v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=3).contains(n))
                    .ok_or_else(|| {
                        markup_error(line, t!("per-row", value = v.as_str()), t!("per-row-hint"))
                    })?,
            };
            let blocks = parse_lines(body, inner_first, ctx, Mode::Lines)?;
            let mut parties = Vec::new();
            for b in blocks {
                match b {
                    Block::Signatures { parties: p, .. } => parties.extend(p),
                    _ => {
                        return Err(markup_error(
                            line,
                            t!("signatures-only"),
                            t!("signatures-only-hint"),
                        ));
                    }
                }
            }
            if parties.is_empty() {
                return Err(markup_error(
                    line,
                    t!("signatures-none"),
                    t!("signatures-none-hint"),
                ));
            }
            let per_row = if per_row == 0 {
                parties.len().min(if parties.len() == 4 { 2 } else { 3 })
            } else {
                per_row
            };
            Block::Signatures { per_row, parties }
        }
        "signature" => {
            let blocks = parse_lines(body, inner_first, ctx, Mode::Lines)?;
            Block::Signatures {
                per_row: 1,
                parties: vec![lines_of(&blocks)],
            }
        }
        "table" => {
            let blocks = parse_lines(body, inner_first, ctx, Mode::Flow)?;
            let mut tables = blocks.into_iter().filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            });
            let Some(mut table) = tables.next() else {
                return Err(markup_error(line, t!("table-none"), t!("table-none-hint")));
            };
            if let Some(w) = open.attrs.get("widths") {
                let widths: Option<Vec<f32>> = w
                    .split(',')
                    // Relative widths: finite, positive, and within a
                    // ratio that keeps every column printable.
                    .map(|x| {
                        x.trim()
                            .parse::<f32>()
                            .ok()
                            .filter(|v| v.is_finite() && (0.01..=1000.0).contains(v))
                    })
                    .collect();
                match widths {
                    Some(ws) if ws.len() == table.columns() => table.widths = ws,
                    _ => {
                        return Err(markup_error(
                            line,
                            t!(
                                "table-widths",
                                value = w.as_str(),
                                columns = table.columns()
                            ),
                            t!("table-widths-hint"),
                        ));
                    }
                }
            }
            if let Some(h) = open.attrs.get("header_rows") {
                match h.parse::<usize>() {
                    Ok(n) if n >= 1 && n < table.rows.len() => table.header_rows = n,
                    _ => {
                        return Err(markup_error(
                            line,
                            t!("table-header-rows", value = h.as_str()),
                            t!("table-header-rows-hint"),
                        ));
                    }
                }
            }
            Block::Table(table)
        }
        "center" | "right" | "left" => {
            let align = match name {
                "center" => Align::Center,
                "right" => Align::Right,
                _ => Align::Left,
            };
            let blocks = parse_lines(body, inner_first, ctx, Mode::Lines)?;
            return Ok(Block::KeepTogether(
                blocks
                    .into_iter()
                    .map(|b| match b {
                        Block::Paragraph { content, .. } => Block::Paragraph { content, align },
                        other => other,
                    })
                    .collect(),
            ));
        }
        _ => unreachable_directive(name, line)?,
    })
}

fn unreachable_directive(name: &str, line: usize) -> Result<Block, Diagnostic> {
    Err(markup_error(
        line,
        t!("directive-not-here", name = name),
        t!("directive-not-here-hint"),
    ))
}

/// The lines of simple blocks: each paragraph split at its line breaks.
fn lines_of(blocks: &[Block]) -> Vec<Vec<Inline>> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Paragraph { content, .. } | Block::Heading { content, .. } => {
                let mut current = Vec::new();
                for i in content {
                    match i {
                        Inline::Break => out.push(std::mem::take(&mut current)),
                        other => current.push(other.clone()),
                    }
                }
                out.push(current);
            }
            Block::KeepTogether(inner) => out.extend(lines_of(inner)),
            _ => {}
        }
    }
    out
}

/// `Objet : text` → a reference line.
fn reference(line: Vec<Inline>) -> Option<Reference> {
    let first = match line.first()? {
        Inline::Text { text, .. } => text.clone(),
        Inline::Break => return None,
    };
    let (label, rest) = first.split_once(':')?;
    let mut text = Vec::new();
    let rest = rest.trim_start();
    if !rest.is_empty() {
        text.push(Inline::plain(rest));
    }
    text.extend(line.into_iter().skip(1));
    Some(Reference {
        label: label.trim().trim_end_matches('\u{a0}').trim().to_string(),
        text,
    })
}

/// Converts one stretch of Markdown into blocks.
fn markdown(
    text: &str,
    first: usize,
    ctx: &mut Ctx<'_, '_>,
    mode: Mode,
) -> Result<Vec<Block>, Diagnostic> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut builder = Builder {
        mode,
        stack: vec![Frame::Root(Vec::new())],
        style: Style::default(),
        table: None,
        pending_image: None,
        image_open: false,
        item_box: false,
        first,
        text,
    };
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS)
        .into_offset_iter();
    for (event, range) in parser {
        builder.event(event, range.start, ctx)?;
    }
    builder.finish_image(ctx, "")?;
    match builder.stack.pop() {
        Some(Frame::Root(blocks)) => Ok(blocks),
        _ => Ok(Vec::new()),
    }
}

enum Frame {
    Root(Vec<Block>),
    Inlines {
        kind: InlineKind,
        content: Vec<Inline>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
        boxes: Vec<bool>,
    },
    Item(Vec<Block>),
    Quote(Vec<Block>),
}

#[derive(Clone, Copy)]
enum InlineKind {
    Paragraph,
    Heading(u8),
    Code,
}

struct TableState {
    align: Vec<Align>,
    rows: Vec<Vec<Cell>>,
    header_rows: usize,
    cell: Option<Vec<Inline>>,
}

struct Builder<'t> {
    mode: Mode,
    stack: Vec<Frame>,
    style: Style,
    table: Option<TableState>,
    /// An image seen, waiting for a possible `{width=…}` right after it.
    pending_image: Option<(String, String, usize)>,
    /// Inside `![…](…)`: text events are the image's description.
    image_open: bool,
    /// The current list item starts with a tick box (`- [ ] …`).
    item_box: bool,
    first: usize,
    text: &'t str,
}

impl Builder<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.first
            + self.text[..offset.min(self.text.len())]
                .matches('\n')
                .count()
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Frame::Root(b)) | Some(Frame::Item(b)) | Some(Frame::Quote(b)) => b.push(block),
            Some(Frame::List { items, .. }) => items.push(vec![block]),
            Some(Frame::Inlines { .. }) | None => {}
        }
    }

    fn push_inline(&mut self, inline: Inline) {
        if let Some(table) = &mut self.table
            && let Some(cell) = &mut table.cell
        {
            append_inline(cell, inline);
            return;
        }
        if let Some(Frame::Inlines { content, .. }) = self.stack.last_mut() {
            append_inline(content, inline);
            return;
        }
        // Text directly in a tight list item: open an implicit paragraph.
        self.stack.push(Frame::Inlines {
            kind: InlineKind::Paragraph,
            content: vec![inline],
        });
    }

    fn text(&mut self, text: &str) {
        // A line break a value brought (written `&#10;`) breaks the line
        // inside its paragraph or cell; it never starts a block.
        for (i, part) in text.split(['\n', '\r']).enumerate() {
            if i > 0 {
                self.push_inline(Inline::Break);
            }
            if !part.is_empty() {
                self.push_inline(Inline::Text {
                    text: part.to_string(),
                    style: self.style,
                });
            }
        }
    }

    fn close_implicit_paragraph(&mut self) {
        if let Some(Frame::Inlines {
            kind: InlineKind::Paragraph,
            ..
        }) = self.stack.last()
            && let Some(Frame::Inlines { content, .. }) = self.stack.pop()
        {
            self.push_block(Block::Paragraph {
                content,
                align: Align::Justify,
            });
        }
    }

    fn finish_image(
        &mut self,
        ctx: &mut Ctx<'_, '_>,
        following: &str,
    ) -> Result<usize, Diagnostic> {
        let Some((src, alt, line)) = self.pending_image.take() else {
            return Ok(0);
        };
        let mut width_mm = 40.0;
        let mut consumed = 0;
        if let Some(rest) = following.strip_prefix('{')
            && let Some(end) = rest.find('}')
        {
            let attr = &rest[..end];
            consumed = end + 2;
            let value = attr
                .trim()
                .strip_prefix("width=")
                .and_then(|v| v.trim().strip_suffix("mm"))
                .and_then(|v| v.trim().parse::<f32>().ok());
            match value {
                Some(w) if w > 0.0 && w <= 170.0 => width_mm = w,
                _ => {
                    return Err(markup_error(
                        line,
                        t!("image-width", attr = attr),
                        t!("image-width-hint"),
                    ));
                }
            }
        }
        let bytes = (ctx.load_image)(&src).map_err(|e| {
            markup_error(
                line,
                t!("image-unreadable", src = src.as_str(), reason = e),
                t!("image-unreadable-hint"),
            )
        })?;
        let data = image_data(bytes).map_err(|e| {
            // An image too large is not fixed by another format.
            let hint = if e.starts_with(&too_large_prefix()) {
                t!("image-too-large-hint", megapixels = MOST_PIXELS / 1_000_000)
            } else {
                t!("image-format-hint")
            };
            markup_error(
                line,
                t!("image-unusable", src = src.as_str(), reason = e),
                hint,
            )
        })?;
        ctx.images.push(data);
        let image = Block::Image(Image {
            index: ctx.images.len() - 1,
            width_mm,
            alt,
        });
        self.push_image(image);
        Ok(consumed)
    }

    /// An image splits the paragraph it sits in: what came before stays a
    /// paragraph, the image becomes a block, what follows a new paragraph.
    fn push_image(&mut self, image: Block) {
        if matches!(
            self.stack.last(),
            Some(Frame::Inlines {
                kind: InlineKind::Paragraph,
                ..
            })
        ) {
            if let Some(Frame::Inlines { content, .. }) = self.stack.pop() {
                let content = trim_inlines(content);
                if !content.is_empty() {
                    self.push_block(Block::Paragraph {
                        content,
                        align: Align::Justify,
                    });
                }
            }
            self.push_block(image);
            self.stack.push(Frame::Inlines {
                kind: InlineKind::Paragraph,
                content: Vec::new(),
            });
        } else {
            self.push_block(image);
        }
    }

    fn event(
        &mut self,
        event: Event<'_>,
        offset: usize,
        ctx: &mut Ctx<'_, '_>,
    ) -> Result<(), Diagnostic> {
        if self.pending_image.is_some() && !self.image_open {
            if let Event::Text(t) = &event {
                let consumed = self.finish_image(ctx, t)?;
                let rest = t.get(consumed..).unwrap_or("").to_string();
                self.text(rest.trim_start_matches(' '));
                return Ok(());
            }
            self.finish_image(ctx, "")?;
        }
        match event {
            Event::Start(tag) => self.start(tag, offset)?,
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => {
                if matches!(
                    self.stack.last(),
                    Some(Frame::Inlines {
                        kind: InlineKind::Code,
                        ..
                    })
                ) {
                    let lines: Vec<&str> = t.split('\n').collect();
                    for (k, l) in lines.iter().enumerate() {
                        if k > 0 {
                            self.push_inline(Inline::Break);
                        }
                        self.text(l);
                    }
                } else {
                    self.text(&t);
                }
            }
            Event::SoftBreak => match self.mode {
                Mode::Flow => self.text(" "),
                Mode::Lines => self.push_inline(Inline::Break),
            },
            Event::HardBreak => self.push_inline(Inline::Break),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(_) => self.item_box = true,
            Event::Html(h) | Event::InlineHtml(h) => {
                return Err(markup_error(
                    self.line_of(offset),
                    t!("markup-html", html = h.trim()),
                    t!("markup-html-hint"),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    fn start(&mut self, tag: Tag<'_>, offset: usize) -> Result<(), Diagnostic> {
        match tag {
            Tag::Paragraph => self.stack.push(Frame::Inlines {
                kind: InlineKind::Paragraph,
                content: Vec::new(),
            }),
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                };
                self.stack.push(Frame::Inlines {
                    kind: InlineKind::Heading(level),
                    content: Vec::new(),
                });
            }
            Tag::CodeBlock(_) => self.stack.push(Frame::Inlines {
                kind: InlineKind::Code,
                content: Vec::new(),
            }),
            Tag::List(_) | Tag::BlockQuote(_)
                if self
                    .stack
                    .iter()
                    .filter(|f| matches!(f, Frame::List { .. } | Frame::Quote(_)))
                    .count()
                    >= MAX_LIST_DEPTH =>
            {
                return Err(markup_error(
                    self.line_of(offset),
                    t!("list-too-deep", depth = MAX_LIST_DEPTH),
                    t!("list-too-deep-hint"),
                ));
            }
            Tag::List(start) => {
                self.close_implicit_paragraph();
                self.stack.push(Frame::List {
                    ordered: start.is_some(),
                    start: start.unwrap_or(1),
                    items: Vec::new(),
                    boxes: Vec::new(),
                });
            }
            Tag::Item => {
                self.item_box = false;
                self.stack.push(Frame::Item(Vec::new()));
            }
            Tag::BlockQuote(_) => self.stack.push(Frame::Quote(Vec::new())),
            Tag::Emphasis => self.style.italic = true,
            Tag::Strong => self.style.bold = true,
            Tag::Table(aligns) => {
                self.table = Some(TableState {
                    align: aligns
                        .iter()
                        .map(|a| match a {
                            Alignment::Center => Align::Center,
                            Alignment::Right => Align::Right,
                            _ => Align::Left,
                        })
                        .collect(),
                    rows: Vec::new(),
                    header_rows: 0,
                    cell: None,
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(t) = &mut self.table {
                    t.cell = Some(Vec::new());
                }
            }
            Tag::Image { dest_url, .. } => {
                self.pending_image =
                    Some((dest_url.to_string(), String::new(), self.line_of(offset)));
                self.image_open = true;
                self.stack.push(Frame::Inlines {
                    kind: InlineKind::Code,
                    content: Vec::new(),
                });
            }
            Tag::Link { .. } => {}
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => {
                if let Some(Frame::Inlines { kind, content }) = self.stack.pop() {
                    let content = trim_inlines(content);
                    if content.is_empty() {
                        return;
                    }
                    self.push_block(match kind {
                        InlineKind::Heading(level) => Block::Heading { level, content },
                        InlineKind::Paragraph => Block::Paragraph {
                            content,
                            align: Align::Justify,
                        },
                        InlineKind::Code => Block::Paragraph {
                            content,
                            align: Align::Left,
                        },
                    });
                }
            }
            TagEnd::Item => {
                self.close_implicit_paragraph();
                if let Some(Frame::Item(blocks)) = self.stack.pop()
                    && let Some(Frame::List { items, boxes, .. }) = self.stack.last_mut()
                {
                    items.push(blocks);
                    boxes.push(std::mem::take(&mut self.item_box));
                }
            }
            TagEnd::List(_) => {
                self.close_implicit_paragraph();
                if let Some(Frame::List {
                    ordered,
                    start,
                    items,
                    boxes,
                }) = self.stack.pop()
                {
                    self.push_block(Block::List(List {
                        ordered,
                        start,
                        items,
                        boxes,
                    }));
                }
            }
            TagEnd::BlockQuote(_) => {
                if let Some(Frame::Quote(blocks)) = self.stack.pop() {
                    for b in blocks {
                        self.push_block(b);
                    }
                }
            }
            TagEnd::Emphasis => self.style.italic = false,
            TagEnd::Strong => self.style.bold = false,
            TagEnd::TableCell => {
                if let Some(t) = &mut self.table {
                    let content = trim_inlines(t.cell.take().unwrap_or_default());
                    if let Some(row) = t.rows.last_mut() {
                        row.push(Cell { content });
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = &mut self.table {
                    t.header_rows = t.rows.len();
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    let columns = t.align.len();
                    let rows = t
                        .rows
                        .into_iter()
                        .map(|mut r| {
                            r.resize(columns, Cell::default());
                            r
                        })
                        .collect();
                    self.push_block(Block::Table(Table {
                        align: t.align,
                        widths: Vec::new(),
                        header_rows: t.header_rows,
                        rows,
                    }));
                }
            }
            TagEnd::Image => {
                self.image_open = false;
                if let Some(Frame::Inlines { content, .. }) = self.stack.pop()
                    && let Some((_, alt, _)) = &mut self.pending_image
                {
                    *alt = super::inline_text(&content);
                }
            }
            _ => {}
        }
    }
}

/// Drops leading and trailing breaks and spaces.
/// Appends `inline`, joining text to the text before it in the same style:
/// Markdown splits a text at each character reference (`&#45;`), and a
/// word must stay one run to break and hyphenate as one.
fn append_inline(content: &mut Vec<Inline>, inline: Inline) {
    if let (
        Some(Inline::Text { text, style }),
        Inline::Text {
            text: more,
            style: next,
        },
    ) = (content.last_mut(), &inline)
        && style == next
    {
        text.push_str(more);
        return;
    }
    content.push(inline);
}

fn trim_inlines(mut content: Vec<Inline>) -> Vec<Inline> {
    while matches!(content.last(), Some(Inline::Break)) {
        content.pop();
    }
    while matches!(content.first(), Some(Inline::Break)) {
        content.remove(0);
    }
    if let Some(Inline::Text { text, .. }) = content.first_mut() {
        *text = text.trim_start().to_string();
    }
    if let Some(Inline::Text { text, .. }) = content.last_mut() {
        *text = text.trim_end().to_string();
    }
    content.retain(|i| !matches!(i, Inline::Text { text, .. } if text.is_empty()));
    content
}

/// The most pixels an image may have: a logo or a signature is well
/// under a million, a full-page scan at 300 dpi under nine million.
pub const MOST_PIXELS: u64 = 40_000_000;

/// How the message of an image too large starts, in the language.
fn too_large_prefix() -> String {
    let said = t!("image-too-large", width = 0, height = 0, megapixels = 0);
    said.split(['0', '{'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Reads the format and size of a PNG or JPEG image.
pub fn image_data(bytes: Vec<u8>) -> Result<ImageData, String> {
    let reader = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let format = match reader.format() {
        Some(image::ImageFormat::Png) => ImageFormat::Png,
        Some(image::ImageFormat::Jpeg) => ImageFormat::Jpeg,
        _ => return Err(t!("image-not-png-jpeg")),
    };
    // Decoded whole once per process (a damaged file is refused here, for
    // the PDF and the DOCX alike), then known by its digest.
    static DECODED: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, (u32, u32)>>,
    > = std::sync::OnceLock::new();
    let digest = crate::sha256_hex(&bytes);
    let known = DECODED
        .get_or_init(Default::default)
        .lock()
        .ok()
        .and_then(|m| m.get(&digest).copied());
    let (width_px, height_px) = match known {
        Some(size) => size,
        None => {
            // The size first, from the header: an image too large to
            // decode is said to be too large, not damaged.
            let (w, h) = image::ImageReader::new(Cursor::new(&bytes))
                .with_guessed_format()
                .ok()
                .and_then(|r| r.into_dimensions().ok())
                .unwrap_or((0, 0));
            if u64::from(w) * u64::from(h) > MOST_PIXELS {
                return Err(t!(
                    "image-too-large",
                    width = w,
                    height = h,
                    megapixels = MOST_PIXELS / 1_000_000
                ));
            }
            let image = reader
                .decode()
                .map_err(|e| t!("image-damaged", reason = e.to_string()))?;
            let size = (image.width(), image.height());
            if let Ok(mut m) = DECODED.get_or_init(Default::default).lock() {
                m.insert(digest, size);
            }
            size
        }
    };
    if width_px == 0 || height_px == 0 {
        return Err(t!("image-no-pixels"));
    }
    Ok(ImageData {
        bytes,
        width_px,
        height_px,
        format,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG whose header says 12 000 × 12 000 pixels (no image data
    /// needed: the size is read first).
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = 0xFFFF_FFFFu32;
            for &b in bytes {
                crc ^= u32::from(b);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 {
                        (crc >> 1) ^ 0xEDB8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        }
        let mut chunk = b"IHDR".to_vec();
        chunk.extend(width.to_be_bytes());
        chunk.extend(height.to_be_bytes());
        chunk.extend([8, 2, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(13u32.to_be_bytes());
        png.extend(&chunk);
        png.extend(crc32(&chunk).to_be_bytes());
        for name in [b"IDAT", b"IEND"] {
            png.extend(0u32.to_be_bytes());
            png.extend(name);
            png.extend(crc32(name).to_be_bytes());
        }
        png
    }

    #[test]
    fn an_image_too_large_is_said_too_large_with_its_size() {
        let said = image_data(png_header(12_000, 12_000)).expect_err("refused");
        assert!(said.starts_with(&too_large_prefix()), "{said}");
        assert!(said.contains("12000") && said.contains("40"), "{said}");
    }

    fn doc(text: &str) -> Document {
        parse(text, &mut |_| Err("no images here".to_string())).unwrap()
    }

    fn err(text: &str) -> Diagnostic {
        parse(text, &mut |_| Err("no images here".to_string())).unwrap_err()
    }

    #[test]
    fn paragraphs_headings_and_styles() {
        let d = doc("# Titre\n\nUn **gras** et *italique*\nsuite.\n");
        assert_eq!(d.blocks.len(), 2);
        assert!(matches!(&d.blocks[0], Block::Heading { level: 1, .. }));
        let Block::Paragraph { content, .. } = &d.blocks[1] else {
            panic!()
        };
        assert_eq!(
            super::super::inline_text(content),
            "Un gras et italique suite."
        );
        assert!(content.iter().any(|i| matches!(
            i,
            Inline::Text {
                style: Style { bold: true, .. },
                ..
            }
        )));
    }

    #[test]
    fn front_matter_sets_the_settings() {
        let d = doc("---\ntitle: Essai\nfont: serif\ninitials: true\n---\nTexte\n");
        assert_eq!(d.settings.title, "Essai");
        assert!(d.settings.initials);
        assert_eq!(d.blocks.len(), 1);
        let e = err("---\ntitle: Essai\ncolour: red\n---\nTexte\n");
        assert_eq!(e.text_line().unwrap_or(0), 3);
        assert!(e.message.contains("colour"), "{e:?}");
    }

    #[test]
    fn directives_nest_and_soft_breaks_are_lines_in_blocks() {
        let d = doc(
            "::: sender\nMairie de Melle\nPlace de la Mairie\n:::\n\n::: signatures\n::: signature\nPour la commune,\nLe Maire,\n\nJean EXEMPLE\n:::\n::: signature\nPour l'État,\n\nBernard PROTOTYPE\n:::\n:::\n\n::: page-break :::\n",
        );
        let Block::Sender(inner) = &d.blocks[0] else {
            panic!("{:?}", d.blocks[0])
        };
        let Block::Paragraph { content, .. } = &inner[0] else {
            panic!()
        };
        assert!(content.contains(&Inline::Break));
        let Block::Signatures { per_row, parties } = &d.blocks[1] else {
            panic!()
        };
        assert_eq!(*per_row, 2);
        assert_eq!(parties.len(), 2);
        assert_eq!(parties[0].len(), 3);
        assert_eq!(d.blocks[2], Block::PageBreak);
    }

    #[test]
    fn tables_with_declared_widths_and_header_rows() {
        let d = doc(
            "::: table widths=3,1 header_rows=2\n| A | B |\n|---|--:|\n| sous-titre | x |\n| a | 1 |\n:::\n",
        );
        let Block::Table(t) = &d.blocks[0] else {
            panic!()
        };
        assert_eq!(t.widths, vec![3.0, 1.0]);
        assert_eq!(t.header_rows, 2);
        assert_eq!(t.align, vec![Align::Left, Align::Right]);
        assert_eq!(t.rows.len(), 3);
    }

    #[test]
    fn references_split_at_the_colon() {
        let d = doc("::: references\nObjet : Convocation\nP. J. : 2\n:::\n");
        let Block::References(r) = &d.blocks[0] else {
            panic!()
        };
        assert_eq!(r[0].label, "Objet");
        assert_eq!(r[1].label, "P. J.");
        assert_eq!(super::super::inline_text(&r[1].text), "2");
    }

    #[test]
    fn errors_name_their_line() {
        assert_eq!(err("a\n\n::: sendr\nx\n:::\n").text_line().unwrap_or(0), 3);
        assert_eq!(
            err("a\n::: sender\nx\n").message,
            "this directive is never closed"
        );
        assert_eq!(err("a\n:::\n").text_line().unwrap_or(0), 2);
        assert!(
            err("::: table widths=1\n| a | b |\n|---|---|\n:::\n")
                .message
                .contains("widths=1")
        );
        assert!(err("::: sendr\n:::\n").hint_text().contains("sender"));
        assert!(err("x <b>y</b>\n").message.contains("HTML"));
        assert_eq!(err("a\nb\u{c}c\n").text_line().unwrap_or(0), 2);
    }

    #[test]
    fn images_take_their_width_and_split_paragraphs() {
        let png = {
            let mut bytes = Vec::new();
            let img = image::RgbImage::new(4, 2);
            image::DynamicImage::ImageRgb8(img)
                .write_to(
                    &mut std::io::Cursor::new(&mut bytes),
                    image::ImageFormat::Png,
                )
                .unwrap();
            bytes
        };
        let d = parse("::: sender\n![Logo](logo.png){width=30mm}\n\n**Mairie**\n:::\n\nAvant ![x](logo.png) après\n", &mut |_| Ok(png.clone())).unwrap();
        let Block::Sender(inner) = &d.blocks[0] else {
            panic!()
        };
        assert!(
            matches!(&inner[0], Block::Image(Image { width_mm, alt, .. }) if *width_mm == 30.0 && alt == "Logo")
        );
        assert!(matches!(&inner[1], Block::Paragraph { .. }));
        assert_eq!(d.blocks.len(), 4, "{:?}", d.blocks);
        assert!(matches!(&d.blocks[2], Block::Image(_)));
        assert_eq!(d.images.len(), 2);
        assert_eq!((d.images[0].width_px, d.images[0].height_px), (4, 2));
        let e = parse("![x](nope.png)\n", &mut |_| Err("not found".into())).unwrap_err();
        assert!(e.message.contains("nope.png"));
    }

    #[test]
    fn lists_keep_their_items() {
        let d = doc("1. un\n2. deux\n\n- a\n- b\n");
        let Block::List(l) = &d.blocks[0] else {
            panic!()
        };
        assert!(l.ordered);
        assert_eq!(l.items.len(), 2);
        let Block::List(l) = &d.blocks[1] else {
            panic!()
        };
        assert!(!l.ordered);
    }
}
