//! The `Document`: a small tree of blocks and inlines that both renderers
//! take, and nothing else. It knows nothing of programmes, YAML or Tera.
//!
//! Text is made by templates as Markdown with a few directives
//! ([`parse`]), set in French typography ([`typography`]), then rendered as
//! PDF and as DOCX.

pub mod escape;
pub mod frontmatter;
pub mod keep;
pub mod links;
pub mod parse;
pub mod style;
pub mod typography;

pub use frontmatter::{FontFamily, Margins, Settings};
pub use parse::parse;

/// A whole document: its settings and its blocks, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Page and running settings, from the front matter.
    pub settings: Settings,
    /// The content.
    pub blocks: Vec<Block>,
    /// Images the blocks refer to by index.
    pub images: Vec<ImageData>,
}

/// Bold and italic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Style {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Raised and smaller: the letters of an ordinal ("1er", "2e", "Ier").
    pub superscript: bool,
}

impl Style {
    /// Bold, upright, on the baseline.
    pub const BOLD: Style = Style {
        bold: true,
        italic: false,
        superscript: false,
    };

    /// This style with the bold and italic of `over` added; its position
    /// (superscript or not) kept.
    pub fn with(self, over: Style) -> Style {
        Style {
            bold: self.bold || over.bold,
            italic: self.italic || over.italic,
            superscript: self.superscript,
        }
    }
}

/// How much smaller superscript letters are than their text.
pub const SUPERSCRIPT_SCALE: f32 = 0.65;
/// How far above the baseline they stand, as a share of the text's size.
pub const SUPERSCRIPT_RISE: f32 = 0.33;

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text in one style.
    Text {
        /// The text; never contains a line break or a control character.
        text: String,
        /// Its style.
        style: Style,
    },
    /// A line break inside the paragraph.
    Break,
}

impl Inline {
    /// Plain text in the regular style.
    pub fn plain(text: impl Into<String>) -> Inline {
        Inline::Text {
            text: text.into(),
            style: Style::default(),
        }
    }
}

/// A block as both renderers place it.
#[derive(Debug, PartialEq)]
pub enum Unit<'a> {
    /// A letterhead: the sender's block on the left (empty for a lone
    /// place-date or addressee), the place-date and addressee on the right.
    Letterhead {
        /// The sender's blocks.
        left: &'a [Block],
        /// The place-date and addressee blocks, in order.
        right: Vec<&'a Block>,
    },
    /// Any other block.
    Block(&'a Block),
}

impl<'a> Unit<'a> {
    /// The text of a place and date that stands alone, outside a letter's
    /// head ("Fait à …, le …" before the signatures).
    pub fn place_date_alone(&self) -> Option<&'a [Inline]> {
        match self {
            Unit::Letterhead { left, right } => place_date_alone(left, right),
            Unit::Block(_) => None,
        }
    }
}

/// The text of the place and date of a letterhead of `left` and `right`
/// blocks when it is all the letterhead holds.
pub fn place_date_alone<'a>(left: &[Block], right: &[&'a Block]) -> Option<&'a [Inline]> {
    match (left, right) {
        ([], [Block::PlaceDate(content)]) => Some(content),
        _ => None,
    }
}

/// `blocks` as the renderers place them: a sender block takes the
/// place-date and addressee blocks that follow it into one letterhead; a
/// place-date or addressee without a sender makes a letterhead of its own.
pub fn units(blocks: &[Block]) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        out.push(match &blocks[i] {
            Block::Sender(left) => {
                let mut right = Vec::new();
                while let Some(b @ (Block::PlaceDate(_) | Block::Addressee(_))) = blocks.get(i + 1)
                {
                    right.push(b);
                    i += 1;
                }
                Unit::Letterhead { left, right }
            }
            b @ (Block::PlaceDate(_) | Block::Addressee(_)) => Unit::Letterhead {
                left: &[],
                right: vec![b],
            },
            b => Unit::Block(b),
        });
        i += 1;
    }
    out
}

/// The text of a run of inlines, line breaks as `\n`.
pub fn inline_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text, .. } => text.as_str(),
            Inline::Break => "\n",
        })
        .collect()
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Left.
    #[default]
    Left,
    /// Centred.
    Center,
    /// Right.
    Right,
    /// Justified (the last line left).
    Justify,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Its content.
    pub content: Vec<Inline>,
}

/// A table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Alignment of each column.
    pub align: Vec<Align>,
    /// Declared relative widths of the columns (any unit: they are
    /// proportions); empty when the widths come from the content.
    pub widths: Vec<f32>,
    /// How many of the first rows are header rows, repeated on each page.
    pub header_rows: usize,
    /// The rows, header rows first; every row has one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// Whether a paragraph is all in bold: a heading in all but name (« **Commune
/// de Ruffec – Canton de Kpélé.** » before that partnership's list), kept
/// with what follows it, in the PDF and in Word.
pub fn all_bold(content: &[Inline]) -> bool {
    let mut texts = content.iter().filter_map(|i| match i {
        Inline::Text { text, style } => Some((text, style)),
        Inline::Break => None,
    });
    let mut any = false;
    texts.all(|(text, style)| {
        any |= !text.trim().is_empty();
        style.bold || text.trim().is_empty()
    }) && any
}

impl Table {
    /// Number of columns.
    pub fn columns(&self) -> usize {
        self.align.len()
    }
}

/// A list.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// Numbered (from `start`) or bulleted.
    pub ordered: bool,
    /// First number of a numbered list.
    pub start: u64,
    /// Items, each a sequence of blocks.
    pub items: Vec<Vec<Block>>,
    /// Per item: whether it starts with a tick box (`- [ ] …`), drawn
    /// instead of its bullet.
    pub boxes: Vec<bool>,
}

/// An image placed in the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Index into [`Document::images`].
    pub index: usize,
    /// Width in millimetres.
    pub width_mm: f32,
    /// Alternative text.
    pub alt: String,
}

/// The bytes and size of an image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageData {
    /// The file's bytes (PNG or JPEG).
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width_px: u32,
    /// Height in pixels.
    pub height_px: u32,
    /// `png` or `jpeg`.
    pub format: ImageFormat,
}

/// Image formats gabarit embeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

/// One line of the "Objet / Réf. / P. J." group.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// The label, without its colon ("Objet").
    pub label: String,
    /// The text after the colon.
    pub text: Vec<Inline>,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, level 1 to 3 (deeper levels are shown as 3).
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// The text.
        content: Vec<Inline>,
    },
    /// A paragraph.
    Paragraph {
        /// The text.
        content: Vec<Inline>,
        /// Alignment.
        align: Align,
    },
    /// A bulleted or numbered list.
    List(List),
    /// A table.
    Table(Table),
    /// An image.
    Image(Image),
    /// A horizontal rule.
    Rule,
    /// A forced page break.
    PageBreak,
    /// Blocks kept on one page when they fit on one.
    KeepTogether(Vec<Block>),
    /// The sender's block, top left of a letter (may hold a logo).
    Sender(Vec<Block>),
    /// The place-and-date line, top right of a letter.
    PlaceDate(Vec<Inline>),
    /// The addressee's block, in the right half of a letter.
    Addressee(Vec<Block>),
    /// "Objet :", "Réf. :", "P. J. :" lines.
    References(Vec<Reference>),
    /// Signature blocks side by side, `per_row` to a row.
    Signatures {
        /// Blocks per row (1 to 3).
        per_row: usize,
        /// Each party's block: its lines; room to sign is left before the
        /// last one (the signatory's name).
        parties: Vec<Vec<Vec<Inline>>>,
    },
}

impl Document {
    /// Every text of the document, one paragraph (or cell, or line of a
    /// block) per line, in reading order: what a reader should extract from
    /// either rendering.
    pub fn plain_text(&self) -> Vec<String> {
        let mut out = Vec::new();
        for block in &self.blocks {
            block_text(block, &mut out);
        }
        out
    }
}

fn block_text(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Heading { content, .. }
        | Block::Paragraph { content, .. }
        | Block::PlaceDate(content) => out.push(inline_text(content)),
        Block::List(list) => list.items.iter().flatten().for_each(|b| block_text(b, out)),
        Block::Table(t) => t
            .rows
            .iter()
            .flatten()
            .for_each(|c| out.push(inline_text(&c.content))),
        Block::KeepTogether(blocks) | Block::Sender(blocks) | Block::Addressee(blocks) => {
            blocks.iter().for_each(|b| block_text(b, out))
        }
        Block::References(refs) => refs
            .iter()
            .for_each(|r| out.push(format!("{} : {}", r.label, inline_text(&r.text)))),
        Block::Signatures { parties, .. } => parties
            .iter()
            .flatten()
            .for_each(|line| out.push(inline_text(line))),
        Block::Image(_) | Block::Rule | Block::PageBreak => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_blocks_gather_into_letterheads() {
        let date = Block::PlaceDate(vec![Inline::plain("Melle, le 5 décembre 2006")]);
        let to = Block::Addressee(vec![]);
        let text = Block::Paragraph {
            content: vec![Inline::plain("Texte")],
            align: Align::Left,
        };
        let from = Block::Sender(vec![text.clone()]);
        let blocks = vec![from, date.clone(), to.clone(), text.clone(), date.clone()];
        let Block::Sender(left) = &blocks[0] else {
            unreachable!()
        };
        assert_eq!(
            units(&blocks),
            vec![
                Unit::Letterhead {
                    left,
                    right: vec![&date, &to]
                },
                Unit::Block(&text),
                Unit::Letterhead {
                    left: &[],
                    right: vec![&date]
                },
            ]
        );
    }
}
