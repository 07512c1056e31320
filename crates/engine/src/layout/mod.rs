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
