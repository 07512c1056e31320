//! Breaking a paragraph into lines.
//!
//! [`items`] turns styled text into boxes (unbreakable pieces, measured),
//! glue (breakable spaces) and penalties (hyphenation points); no-break
//! spaces stay inside boxes, so no line ever breaks there. [`break_lines`]
//! is a pure function of those items and a width: greedy, it fills each
//! line, hyphenates the word that does not fit when it can, and never
//! returns a line wider than the width (a word longer than a whole line is
//! cut, with a hyphen, by [`items`]).

use crate::document::{Inline, Style};

use super::fonts::Family;
use super::hyphenate;

/// An unbreakable piece of text in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The text (may hold no-break spaces, never a plain space).
    pub text: String,
    /// Its style.
    pub style: Style,
    /// Its width in points.
    pub width: f32,
}

/// What a paragraph is made of, for the line breaker.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text that stays on one line.
    Box(Piece),
    /// A space where a line may break; dropped at a line's end.
    Glue {
        /// Natural width.
        width: f32,
        /// Style of the space (its font).
        style: Style,
    },
    /// A place inside a word where a line may break; `hyphen` is the width
    /// of the hyphen added when it does (0 after a hyphen already written).
    Penalty {
        /// Width of the added hyphen, 0 for none.
        hyphen: f32,
    },
    /// A forced line break.
    Newline,
}

/// One line: items `start..end` of the paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// First item.
    pub start: usize,
    /// One past the last item (trailing glue excluded).
    pub end: usize,
    /// Whether a hyphen is added at the end.
    pub hyphen: bool,
    /// Whether this line ends the paragraph or a forced break (not
    /// justified).
    pub last: bool,
    /// Natural width, hyphen included.
    pub width: f32,
}

/// Breaks `items` into lines no wider than `width`.
pub fn break_lines(items: &[Item], width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let n = items.len();
    while start < n {
        // A line never starts with a space or a break point.
        while start < n && matches!(items[start], Item::Glue { .. } | Item::Penalty { .. }) {
            start += 1;
        }
        if start >= n {
            break;
        }
        let mut w = 0.0;
        // Best break so far: (end, next start, hyphen, width).
        let mut best: Option<(usize, usize, bool, f32)> = None;
        let mut i = start;
        let mut done = None;
        while i < n {
            match &items[i] {
                Item::Box(p) => {
                    if w + p.width > width + 1e-3 {
                        done = Some(match best {
                            Some(b) => b,
                            // Two boxes with no break between them: cut
                            // between the boxes rather than overflow.
                            None if i > start => (i, i, false, w),
                            None => (i + 1, i + 1, false, w + p.width),
                        });
                        break;
                    }
                    w += p.width;
                }
                Item::Glue { width: g, .. } => {
                    best = Some((i, i + 1, false, w));
                    w += g;
                }
                Item::Penalty { hyphen } => {
                    if w + hyphen <= width + 1e-3 {
                        best = Some((i, i + 1, *hyphen > 0.0, w + hyphen));
                    }
                }
                Item::Newline => {
                    done = Some((i, i + 1, false, w));
                    lines.push(Line {
                        start,
                        end: trim_end(items, start, i),
                        hyphen: false,
                        last: true,
                        width: w,
                    });
                    break;
                }
            }
            i += 1;
        }
        match done {
            Some((end, next, _, _))
                if matches!(items.get(end), Some(Item::Newline)) && end == i =>
            {
                start = next;
            }
            Some((end, next, hyphen, w)) => {
                let end = trim_end(items, start, end);
                lines.push(Line {
                    start,
                    end,
                    hyphen,
                    last: false,
                    width: w,
                });
                start = next;
            }
            None => {
                let end = trim_end(items, start, n);
                lines.push(Line {
                    start,
                    end,
                    hyphen: false,
                    last: true,
                    width: w,
                });
                start = n;
            }
        }
    }
    lines
}

/// Drops trailing glue and penalties from `start..end`.
fn trim_end(items: &[Item], start: usize, mut end: usize) -> usize {
    while end > start && matches!(items[end - 1], Item::Glue { .. } | Item::Penalty { .. }) {
        end -= 1;
    }
    end
}

/// Turns styled text into items at `size` points, for lines `width` wide.
/// Words are hyphenated (French patterns) when `hyphenate` is set; a word
/// wider than a whole line is cut into pieces that fit, with hyphens.
pub fn items(
    inlines: &[Inline],
    family: &Family,
    size: f32,
    width: f32,
    hyphenate: bool,
) -> Vec<Item> {
    let mut out = Vec::new();
    for inline in inlines {
        let (text, style) = match inline {
            Inline::Text { text, style } => (text.as_str(), *style),
            Inline::Break => {
                out.push(Item::Newline);
                continue;
            }
        };
        let face = family.face(style);
        let mut first = true;
        for word in text.split(' ') {
            if !first {
                out.push(Item::Glue {
                    width: face.width(" ", size),
                    style,
                });
            }
            first = false;
            if word.is_empty() {
                continue;
            }
            // Break points inside the word: after a written hyphen or
            // slash, and at syllables.
            let mut cuts: Vec<(usize, bool)> = Vec::new(); // (byte offset, add hyphen)
            let mut part_start = 0;
            for (i, c) in word.char_indices() {
                let after = i + c.len_utf8();
                if (c == '-' || c == '/') && after < word.len() && i > 0 {
                    if hyphenate {
                        cuts.extend(
                            hyphenate::points(&word[part_start..i])
                                .into_iter()
                                .map(|p| (part_start + p, true)),
                        );
                    }
                    cuts.push((after, false));
                    part_start = after;
                }
            }
            if hyphenate {
                cuts.extend(
                    hyphenate::points(&word[part_start..])
                        .into_iter()
                        .map(|p| (part_start + p, true)),
                );
            }
            cuts.sort_by_key(|c| c.0);
            let hyphen_width = face.width("-", size);
            let mut last = 0;
            for (at, add) in cuts.into_iter().chain(std::iter::once((word.len(), false))) {
                if at <= last {
                    continue;
                }
                push_piece(
                    &mut out,
                    &word[last..at],
                    style,
                    family,
                    size,
                    width - hyphen_width,
                );
                if at < word.len() {
                    out.push(Item::Penalty {
                        hyphen: if add { hyphen_width } else { 0.0 },
                    });
                }
                last = at;
            }
        }
    }
    out
}

/// Pushes a piece, cut into several with hyphens if it is wider than
/// `width` on its own.
fn push_piece(
    out: &mut Vec<Item>,
    text: &str,
    style: Style,
    family: &Family,
    size: f32,
    width: f32,
) {
    let face = family.face(style);
    let full = face.width(text, size);
    if full <= width || text.chars().count() < 2 {
        out.push(Item::Box(Piece {
            text: text.to_string(),
            style,
            width: full,
        }));
        return;
    }
    let hyphen = face.width("-", size);
    let mut current = String::new();
    for c in text.chars() {
        let mut candidate = current.clone();
        candidate.push(c);
        if face.width(&candidate, size) > width.max(face.width(&c.to_string(), size))
            && !current.is_empty()
        {
            let w = face.width(&current, size);
            out.push(Item::Box(Piece {
                text: std::mem::take(&mut current),
                style,
                width: w,
            }));
            out.push(Item::Penalty { hyphen });
            candidate = c.to_string();
        }
        current = candidate;
    }
    if !current.is_empty() {
        let w = face.width(&current, size);
        out.push(Item::Box(Piece {
            text: current,
            style,
            width: w,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::FontFamily;
    use crate::layout::fonts::family;

    fn b(w: f32) -> Item {
        Item::Box(Piece {
            text: "x".into(),
            style: Style::default(),
            width: w,
        })
    }
    fn g() -> Item {
        Item::Glue {
            width: 1.0,
            style: Style::default(),
        }
    }

    #[test]
    fn greedy_fills_lines_and_drops_spaces_at_breaks() {
        let items = vec![b(3.0), g(), b(3.0), g(), b(3.0), g(), b(3.0)];
        let lines = break_lines(&items, 7.0);
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[0].start, lines[0].end), (0, 3));
        assert_eq!((lines[1].start, lines[1].end), (4, 7));
        assert!(lines[1].last && !lines[0].last);
        assert!(lines.iter().all(|l| l.width <= 7.0));
    }

    #[test]
    fn hyphenation_points_are_used_with_their_hyphen() {
        let items = vec![b(5.0), g(), b(2.0), Item::Penalty { hyphen: 0.5 }, b(2.0)];
        let lines = break_lines(&items, 8.6);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].hyphen);
        assert_eq!(lines[0].end, 3);
        assert!((lines[0].width - 8.5).abs() < 1e-6);
    }

    #[test]
    fn forced_breaks_end_lines() {
        let items = vec![b(1.0), Item::Newline, b(1.0)];
        let lines = break_lines(&items, 100.0);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].last);
    }

    #[test]
    fn never_breaks_at_a_no_break_space_and_never_overflows() {
        let fam = family(FontFamily::Sans);
        let text = "La somme de 43\u{202f}425,76\u{a0}€ est due\u{a0}: ".repeat(12);
        let width = 120.0;
        let items = items(&[Inline::plain(text)], fam, 11.0, width, true);
        let lines = break_lines(&items, width);
        assert!(lines.len() > 5);
        for line in &lines {
            assert!(line.width <= width + 1e-3, "{line:?}");
            let first = &items[line.start];
            if let Item::Box(p) = first {
                assert!(
                    !p.text.starts_with('€') && !p.text.starts_with(':'),
                    "line starts with {:?}",
                    p.text
                );
            }
        }
    }

    #[test]
    fn a_sixty_letter_word_is_cut_not_overflowing() {
        let fam = family(FontFamily::Sans);
        let word = "anticonstitutionnellement".repeat(3);
        let width = 100.0;
        let items = items(
            &[Inline::plain(format!("Le mot {word} finit."))],
            fam,
            11.0,
            width,
            true,
        );
        let lines = break_lines(&items, width);
        assert!(lines.len() >= 3);
        assert!(lines.iter().all(|l| l.width <= width + 1e-3));
        let text: String = items
            .iter()
            .filter_map(|i| match i {
                Item::Box(p) => Some(p.text.as_str()),
                _ => None,
            })
            .collect();
        assert!(text.contains(&word));
    }
}
