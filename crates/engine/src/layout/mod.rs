//! The layout engine of the PDF backend: from a [`Document`] to pages of
//! positioned text, lines, boxes and images. Pure: no I/O, no PDF.
//!
//! - [`fonts`]: the embedded fonts and their metrics;
//! - [`linebreak`]: paragraphs into lines (pure);
//! - [`paginate`]: slots onto pages (pure);
//! - [`flow`]: blocks into slots, then pages with running header and
//!   footer.

pub mod flow;
pub mod fonts;
pub mod hyphenate;
pub mod linebreak;
pub mod paginate;

use crate::document::Style;

pub use flow::{layout, layout_with};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// The hyphen a line break inserts in a word: drawn as a hyphen, written
/// in a span's text (and so in the PDF's text layer) as a soft hyphen,
/// U+00AD, so that text extraction, search and screen readers find the
/// word whole (« délibéra- / tion » is « délibération »).
pub const SOFT_HYPHEN: char = '\u{ad}';

/// A run of text drawn from a point on the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Left of the run, in points from the page's left edge.
    pub x: f32,
    /// Baseline, in points from the page's top edge.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Style (selects the face).
    pub style: Style,
    /// The text.
    pub text: String,
    /// Extra width added after each plain space (justification), points.
    pub space_extra: f32,
    /// Where the run stands in the document's logical structure (tagged
    /// PDF): set by [`flow`].
    pub mark: Mark,
}

/// The place of a text run in the document's logical structure, for a
/// tagged PDF (PDF/UA, PDF/A-2a): runs with the same `block` and `role`
/// are one structure element (one heading, one paragraph, one cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mark {
    /// The block the run belongs to, numbered in reading order from 1 (0:
    /// not set). For a cell, the table's number.
    pub block: u32,
    /// What the block is.
    pub role: Role,
    /// For the content of a list item: the list's block and the item's
    /// index.
    pub item: Option<(u32, u32)>,
}

/// What a block is, for tagging.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// Not set by the flow (the renderer makes it a paragraph).
    #[default]
    Unset,
    /// Not content: running header, footer, page number, initials box,
    /// a table header repeated on a new page.
    Artifact(ArtifactKind),
    /// A heading of this level (1–6).
    Heading(u8),
    /// A paragraph: a line block, a letter block, a reference, a
    /// signature block.
    Paragraph,
    /// The marker of a list item (its bullet or number).
    ListLabel,
    /// A table cell.
    Cell {
        /// Row (from 0, header rows first).
        row: u32,
        /// Column (from 0).
        col: u32,
        /// Whether the row is a header row.
        header: bool,
    },
}

/// Which kind of artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArtifactKind {
    /// The running header.
    Header,
    /// The running footer.
    Footer,
    /// The page number.
    PageNumber,
    /// Other pagination artifacts (initials box, repeated table header).
    Pagination,
}

/// Something drawn on a page. Coordinates are points from the top-left
/// corner of the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// Text.
    Text(Span),
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Thickness in points.
        width: f32,
    },
    /// The outline of a rectangle, drawn as one closed path: a box (the
    /// initials box), not four lines a reader could take for a table's
    /// rules.
    Frame {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Thickness in points.
        width: f32,
    },
    /// A filled rectangle (gray level 0 black – 1 white).
    Fill {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Gray level.
        gray: f32,
    },
    /// An image from [`crate::document::Document::images`].
    Image {
        /// Index of the image.
        index: usize,
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Its alternative text, for a reader who cannot see it (tagged
        /// PDF): the Markdown's `![…]`.
        alt: String,
    },
    /// The blank room a party signs in: nothing is drawn; a PDF makes it
    /// an empty signature field, so a reader or a parapheur can sign
    /// there.
    SignatureField {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Who signs there: the first line of the party's block ("Pour la
        /// commune de Melle").
        party: String,
        /// The number of the party's block (its [`Mark::block`]): a tagged
        /// PDF reads the field right after that block.
        block: u32,
    },
}

impl Draw {
    /// Moves a draw down by `dy` and right by `dx`.
    pub fn shifted(mut self, dx: f32, dy: f32) -> Draw {
        match &mut self {
            Draw::Text(s) => {
                s.x += dx;
                s.baseline += dy;
            }
            Draw::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
            Draw::Fill { x, y, .. }
            | Draw::Frame { x, y, .. }
            | Draw::Image { x, y, .. }
            | Draw::SignatureField { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
        }
        self
    }
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// What to draw, in order.
    pub draws: Vec<Draw>,
    /// What the page's body holds, slot by slot, top to bottom.
    pub slots: Vec<paginate::SlotKind>,
}

impl Page {
    /// The runs of text the page draws, in order.
    pub fn spans(&self) -> impl Iterator<Item = &Span> {
        self.draws.iter().filter_map(|d| match d {
            Draw::Text(s) => Some(s),
            _ => None,
        })
    }
}
