//! Breaking a paragraph into lines.
//!
//! [`items`] turns styled text into boxes (unbreakable pieces, measured),
//! glue (breakable spaces) and penalties (hyphenation points); no-break
//! spaces stay inside boxes, so no line ever breaks there.
//!
//! Two breakers, pure functions of those items and a width:
//! - [`break_optimal`], for justified text: Knuth and Plass's total-fit
//!   algorithm, as TeX and Typst do. It chooses the breaks of the whole
//!   paragraph at once so that the spaces of every line stretch as little
//!   and as evenly as possible, with penalties for hyphens, for two hyphens
//!   in a row and for a tight line next to a loose one. When no set of
//!   breaks keeps every line within its width (a run of text with no break
//!   point wider than the line), it falls back to the greedy breaker.
//! - [`break_lines`], greedy, for ragged text (left, centred, right): it
//!   fills each line, hyphenates the word that does not fit when it can,
//!   and never returns a line wider than the width (a word longer than a
//!   whole line is cut, with a hyphen, by [`items`]).

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

/// How much an inter-word space may stretch or shrink, as a fraction of
/// its natural width: a half, as TeX; a fifth, less than TeX's and
/// Typst's third, because a space shrunk by a third before a capital A
/// ("à Assomada") is too narrow for PDF readers to see it (text copied
/// from the PDF would read "àAssomada": `tests/readback.rs` checks it).
pub const STRETCH: f32 = 0.5;
/// See [`STRETCH`].
pub const SHRINK: f32 = 0.2;

/// The demerits of the total-fit breaker (TeX's defaults, scaled to its
/// badness of 100 × ratio³).
const LINE_PENALTY: f64 = 10.0;
const HYPHEN_PENALTY: f64 = 50.0;
const DOUBLE_HYPHEN_DEMERITS: f64 = 3000.0;
const FINAL_HYPHEN_DEMERITS: f64 = 5000.0;
const ADJACENT_DEMERITS: f64 = 100.0;
/// The first pass accepts lines whose spaces stretch up to this ratio
/// (badness 200, as TeX's `\tolerance`); the second accepts any stretch.
const FIRST_PASS_RATIO: f64 = 1.26;

/// A feasible break of the total-fit breaker.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The break item (`usize::MAX` for the paragraph's start).
    at: usize,
    /// The first item of the line after it.
    next: usize,
    /// Total demerits from the start.
    demerits: f64,
    /// The node of the line's start.
    prev: Option<usize>,
    /// Whether the line ending here ends with an added hyphen.
    hyphen: bool,
    /// Tight (0), decent (1), loose (2) or very loose (3).
    fitness: u8,
    /// Whether it is a forced break (end of paragraph or line break).
    forced: bool,
}

/// Breaks justified text into lines of `width` by total fit; falls back to
/// [`break_lines`] when no set of breaks fits.
pub fn break_optimal(items: &[Item], width: f32) -> Vec<Line> {
    optimal(items, width, Some(FIRST_PASS_RATIO))
        .or_else(|| optimal(items, width, None))
        .unwrap_or_else(|| break_lines(items, width))
}

/// The first item at or after `i` that is not a space or a break point.
fn skip_breaks(items: &[Item], mut i: usize) -> usize {
    while i < items.len() && matches!(items[i], Item::Glue { .. } | Item::Penalty { .. }) {
        i += 1;
    }
    i
}

/// One pass of the total-fit breaker, accepting lines whose spaces stretch
/// by at most `max_ratio` (any stretch for none).
fn optimal(items: &[Item], width: f32, max_ratio: Option<f64>) -> Option<Vec<Line>> {
    let n = items.len();
    let width = f64::from(width);
    // Prefix sums of widths, stretch and shrink.
    let (mut w, mut st, mut sh) = (
        vec![0.0f64; n + 1],
        vec![0.0f64; n + 1],
        vec![0.0f64; n + 1],
    );
    for (i, item) in items.iter().enumerate() {
        let (a, b, c) = match item {
            Item::Box(p) => (f64::from(p.width), 0.0, 0.0),
            Item::Glue { width: g, .. } => {
                let g = f64::from(*g);
                (g, g * f64::from(STRETCH), g * f64::from(SHRINK))
            }
            Item::Penalty { .. } | Item::Newline => (0.0, 0.0, 0.0),
        };
        w[i + 1] = w[i] + a;
        st[i + 1] = st[i] + b;
        sh[i + 1] = sh[i] + c;
    }
    let mut nodes = vec![Node {
        at: usize::MAX,
        next: skip_breaks(items, 0),
        demerits: 0.0,
        prev: None,
        hyphen: false,
        fitness: 1,
        forced: true,
    }];
    let mut active: Vec<usize> = vec![0];
    for b in 0..=n {
        // Is `b` a break point, and of which kind?
        let (forced, hyphen) = match items.get(b) {
            None => (true, 0.0),
            Some(Item::Newline) => (true, 0.0),
            Some(Item::Glue { .. }) if b > 0 && matches!(items[b - 1], Item::Box(_)) => {
                (false, 0.0)
            }
            Some(Item::Penalty { hyphen }) => (false, f64::from(*hyphen)),
            _ => continue,
        };
        let mut best: [Option<Node>; 4] = [None; 4];
        let mut still = Vec::with_capacity(active.len());
        for &a in &active {
            let node = nodes[a];
            let start = node.next;
            if start > b {
                still.push(a);
                continue;
            }
            let end = if forced { trim_end(items, start, b) } else { b };
            let natural = w[end] - w[start] + hyphen;
            let (stretch, shrink) = (st[end] - st[start], sh[end] - sh[start]);
            // The ratio by which the spaces stretch (or shrink, negative).
            let ratio = if forced {
                if natural > width + 1e-3 { -2.0 } else { 0.0 }
            } else if natural > width {
                if shrink > 0.0 {
                    (width - natural) / shrink
                } else {
                    -2.0
                }
            } else if natural >= width - 1e-3 {
                0.0
            } else if stretch > 0.0 {
                (width - natural) / stretch
            } else {
                f64::INFINITY
            };
            if ratio < -1.0 - 1e-9 {
                // Overfull from here on: this start is done.
                continue;
            }
            still.push(a);
            if max_ratio.is_some_and(|m| ratio > m) {
                continue;
            }
            let badness = (100.0 * ratio.abs().powi(3)).min(10_000.0);
            let mut demerits = (LINE_PENALTY + badness).powi(2);
            if hyphen > 0.0 {
                demerits += HYPHEN_PENALTY * HYPHEN_PENALTY;
                if node.hyphen {
                    demerits += DOUBLE_HYPHEN_DEMERITS;
                }
            }
            if forced && node.hyphen {
                demerits += FINAL_HYPHEN_DEMERITS;
            }
            let fitness: u8 = if ratio < -0.5 {
                0
            } else if ratio <= 0.5 {
                1
            } else if ratio <= 1.0 {
                2
            } else {
                3
            };
            if !forced && !node.forced && fitness.abs_diff(node.fitness) > 1 {
                demerits += ADJACENT_DEMERITS;
            }
            let total = node.demerits + demerits;
            let slot = &mut best[usize::from(fitness)];
            if slot.is_none_or(|s| total < s.demerits) {
                *slot = Some(Node {
                    at: b,
                    next: if b < n { skip_breaks(items, b + 1) } else { n },
                    demerits: total,
                    prev: Some(a),
                    hyphen: hyphen > 0.0,
                    fitness,
                    forced,
                });
            }
        }
        active = if forced { Vec::new() } else { still };
        for node in best.into_iter().flatten() {
            nodes.push(node);
            active.push(nodes.len() - 1);
        }
        if active.is_empty() {
            return None;
        }
    }
    // The best way to reach the end.
    let last = active
        .iter()
        .copied()
        .filter(|&a| nodes[a].at == n)
        .min_by(|&x, &y| nodes[x].demerits.total_cmp(&nodes[y].demerits))?;
    let mut chain = Vec::new();
    let mut at = Some(last);
    while let Some(k) = at {
        chain.push(k);
        at = nodes[k].prev;
    }
    chain.reverse();
    let mut lines = Vec::new();
    for pair in chain.windows(2) {
        let (from, to) = (nodes[pair[0]], nodes[pair[1]]);
        let start = from.next;
        if start >= n && to.at >= n {
            break;
        }
        let end = trim_end(items, start, to.at.min(n));
        let hyphen = match items.get(to.at) {
            Some(Item::Penalty { hyphen }) => *hyphen,
            _ => 0.0,
        };
        lines.push(Line {
            start,
            end,
            hyphen: hyphen > 0.0,
            last: to.forced,
            width: (w[end] - w[start]) as f32 + hyphen,
        });
    }
    Some(lines)
}

/// Hyphenation points in the last word of the paragraph are dropped: its
/// last word is never split.
pub fn protect_last_word(items: &mut Vec<Item>) {
    let mut i = items.len();
    while i > 0 && !matches!(items[i - 1], Item::Glue { .. } | Item::Newline) {
        i -= 1;
        if matches!(items[i], Item::Penalty { hyphen } if hyphen > 0.0) {
            items.remove(i);
        }
    }
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

/// `text` with a no-break space after each number that a word follows
/// (« 28 écritures », « 655,957 XOF », « 3 jours »): a number is never
/// left at a line's end, away from what it counts. A number is a token of
/// digits, with the decimal comma, point or thin spaces of French
/// figures; a year (four digits, « en 2007 la … ») counts nothing and is
/// not one.
pub fn glue_numbers(text: &str) -> std::borrow::Cow<'_, str> {
    let is_number = |t: &str| {
        let year = t.len() == 4 && t.chars().all(|c| c.is_ascii_digit());
        !year
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}'))
            && t.ends_with(|c: char| c.is_ascii_digit())
    };
    if !text.contains(' ') || !text.contains(|c: char| c.is_ascii_digit()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if let Some(next) = words.get(i + 1) {
            let token = w.rsplit(['(', '\u{a0}']).next().unwrap_or(w);
            if is_number(token) && !next.is_empty() {
                out.push('\u{a0}');
            } else {
                out.push(' ');
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Turns styled text into items at `size` points, for lines `width` wide.
/// Words are hyphenated (with the patterns of the language `hyphenate`
/// names) when it is set; a word wider than a whole line is cut into
/// pieces that fit, with hyphens.
pub fn items(
    inlines: &[Inline],
    family: &Family,
    size: f32,
    width: f32,
    hyphenate: Option<crate::locale::Locale>,
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
        // Superscript letters are set smaller.
        let size = if style.superscript {
            size * crate::document::SUPERSCRIPT_SCALE
        } else {
            size
        };
        let mut first = true;
        // A number stays with the word it counts or measures: « 28
        // écritures », « 655,957 XOF ».
        let text = glue_numbers(text);
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
            // Ragged text (a letter's blocks, cells, titles) breaks
            // before a word that fits on a line rather than inside it: an
            // e-mail address or a compound name (« Saint-Loup-Lamairé »)
            // stays whole when it can.
            if hyphenate.is_none() && face.width(word, size) <= width {
                push_piece(&mut out, word, style, family, size, width);
                continue;
            }
            // An e-mail address or a web address breaks only after `@`,
            // `.` or `/`, never with a hyphen.
            if is_address(word) {
                let mut last = 0;
                for (i, c) in word.char_indices() {
                    let after = i + c.len_utf8();
                    if matches!(c, '@' | '.' | '/') && i > 0 && after < word.len() {
                        push_piece(&mut out, &word[last..after], style, family, size, width);
                        out.push(Item::Penalty { hyphen: 0.0 });
                        last = after;
                    }
                }
                push_piece(&mut out, &word[last..], style, family, size, width);
                continue;
            }
            // A proper name (a capital first letter) or a month is not
            // hyphenated.
            let hyphenate = hyphenate.filter(|locale| {
                !word.chars().next().is_some_and(char::is_uppercase) && !locale.is_month(word)
            });
            // Break points inside the word: after a written hyphen, dash
            // or slash (« Vienne–Vakinankaratra »), and at syllables.
            let mut cuts: Vec<(usize, bool)> = Vec::new(); // (byte offset, add hyphen)
            let mut part_start = 0;
            for (i, c) in word.char_indices() {
                let after = i + c.len_utf8();
                // Not before a digit: "T-2007-0041", "2006-2008" and
                // "M-2025-0013" stay whole.
                let digit_next = word[after..].starts_with(|n: char| n.is_ascii_digit());
                if matches!(c, '-' | '/' | '–' | '—') && after < word.len() && i > 0 && !digit_next
                {
                    if let Some(locale) = hyphenate {
                        cuts.extend(
                            hyphenate::points(&word[part_start..i], locale)
                                .into_iter()
                                .map(|p| (part_start + p, true)),
                        );
                    }
                    cuts.push((after, false));
                    part_start = after;
                }
            }
            if let Some(locale) = hyphenate {
                cuts.extend(
                    hyphenate::points(&word[part_start..], locale)
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

/// Whether `word` is an e-mail or web address.
fn is_address(word: &str) -> bool {
    word.contains('@')
        || word.starts_with("http://")
        || word.starts_with("https://")
        || word.starts_with("www.")
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

    #[test]
    fn a_number_stays_with_what_it_counts() {
        assert_eq!(glue_numbers("(28 écritures)"), "(28\u{a0}écritures)");
        assert_eq!(
            glue_numbers("1 € = 655,957 XOF"),
            "1\u{a0}€ = 655,957\u{a0}XOF"
        );
        assert_eq!(glue_numbers("en 2007, la commune"), "en 2007, la commune");
        assert_eq!(
            glue_numbers("du 6 novembre 2006 donnant"),
            "du 6\u{a0}novembre 2006 donnant"
        );
        assert_eq!(
            glue_numbers("Vienne–Vakinankaratra"),
            "Vienne–Vakinankaratra"
        );
        assert_eq!(glue_numbers("le 5 décembre"), "le 5\u{a0}décembre");
    }
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
        let items = items(
            &[Inline::plain(text)],
            fam,
            11.0,
            width,
            Some(crate::locale::Locale::French),
        );
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
            Some(crate::locale::Locale::French),
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
