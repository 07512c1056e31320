//! The style sheet both renderers read, so that the PDF and the DOCX are
//! set alike: the page size, the leading, the spaces after paragraphs and
//! list items, the heading sizes, the table cells, the list indent, the
//! running header's and footer's size, the page number and the initials
//! box. The words the page writes itself ("Page", "Paraphes") come from
//! the render options' [`Labels`](crate::locale::Labels).

/// A page size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    /// Width, mm.
    pub width_mm: f32,
    /// Height, mm.
    pub height_mm: f32,
}

impl PageSize {
    /// A4 portrait, 210 × 297 mm: every French administrative document.
    pub const A4: PageSize = PageSize {
        width_mm: 210.0,
        height_mm: 297.0,
    };
    /// US Letter portrait, 8.5 × 11 in.
    pub const LETTER: PageSize = PageSize {
        width_mm: 215.9,
        height_mm: 279.4,
    };
}

impl Default for PageSize {
    fn default() -> Self {
        PageSize::A4
    }
}

/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.2;
/// Space after a paragraph, as a multiple of the font size.
pub const PARAGRAPH_SPACE: f32 = 0.5;
/// Space between list items, as a multiple of the font size.
pub const LIST_ITEM_SPACE: f32 = 0.2;
/// Cell padding in points.
pub const PAD: f32 = 3.0;
/// Room left to sign, in millimetres.
pub const SIGNATURE_ROOM_MM: f32 = 22.0;

/// The font size of table cells for a body size.
pub fn table_font_size(body: f32) -> f32 {
    (body - 1.0).max(7.0)
}

/// Heading sizes (multiples of the body size), space before and after in
/// points, for levels 1 to 3.
pub fn heading_metrics(level: u8) -> (f32, f32, f32) {
    match level {
        1 => (1.4, 12.0, 8.0),
        2 => (1.1, 10.0, 4.0),
        _ => (1.0, 8.0, 3.0),
    }
}

/// Indent of list items (and of a list's following paragraphs), mm.
pub const LIST_INDENT_MM: f32 = 6.0;
/// The initials box at the bottom right of each page: width, height, mm.
pub const INITIALS_BOX_MM: (f32, f32) = (32.0, 9.0);
/// The gap between the page number and the initials box, points.
pub const INITIALS_GAP_PT: f32 = 8.0;
/// The gap between the footer and the page number, points.
pub const PAGE_NUMBER_GAP_PT: f32 = 12.0;

/// The size of the running header and footer for a body size.
pub fn running_size(body: f32) -> f32 {
    (body - 2.0).max(7.0)
}

/// "Page 2 / 5", with the word the labels give.
pub fn page_label(word: &str, n: usize, total: usize) -> String {
    format!("{word} {n} / {total}")
}
