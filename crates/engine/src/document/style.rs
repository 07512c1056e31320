//! The measures and words of the page that both renderers share, so that
//! the PDF and the DOCX are set alike: the list indent, the running
//! header's and footer's size, the page number and the initials box.

/// Indent of list items (and of a list's following paragraphs), mm.
pub const LIST_INDENT_MM: f32 = 6.0;
/// The initials box at the bottom right of each page: width, height, mm.
pub const INITIALS_BOX_MM: (f32, f32) = (32.0, 9.0);
/// The gap between the page number and the initials box, points.
pub const INITIALS_GAP_PT: f32 = 8.0;
/// The gap between the footer and the page number, points.
pub const PAGE_NUMBER_GAP_PT: f32 = 12.0;
/// The label in the initials box.
pub const INITIALS_LABEL: &str = "Paraphes";
/// The word before the page number.
pub const PAGE_WORD: &str = "Page";

/// The size of the running header and footer for a body size.
pub fn running_size(body: f32) -> f32 {
    (body - 2.0).max(7.0)
}

/// "Page 2 / 5".
pub fn page_label(n: usize, total: usize) -> String {
    format!("{PAGE_WORD} {n} / {total}")
}
