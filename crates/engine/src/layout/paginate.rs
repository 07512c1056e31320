//! Distributing vertical slots (lines, table rows, blocks) onto pages.
//!
//! A pure function of the slots' heights and constraints and the page's
//! height: slots are stacked until the next does not fit; a slot marked
//! `keep_with_next` moves to the next page with the one that follows (so a
//! heading never ends a page, nor a paragraph's first line alone); a slot
//! that belongs to a table brings the table's header rows at the top of
//! each new page.

/// What a slot holds, for the rules that keep things together and for
/// the tests that read a page's make-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlotKind {
    /// A line of a paragraph or list item.
    #[default]
    Line,
    /// A line of a heading.
    Heading,
    /// A header row of table number `table` (in the document's order).
    TableHeader {
        /// Which table.
        table: usize,
    },
    /// Body row `row` (from 0) of table `table`, of `rows`.
    TableRow {
        /// Which table.
        table: usize,
        /// Which body row.
        row: usize,
        /// How many body rows the table has.
        rows: usize,
    },
    /// The top of a letter (sender, addressee), or a place and date.
    Letterhead,
    /// A place and date alone ("Fait à …, le …").
    PlaceDate,
    /// A row of signature blocks.
    Signatures,
    /// Anything else: an image, a rule, references.
    Other,
}

/// Something to place.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// What it holds.
    pub kind: SlotKind,
    /// Height in points (never more than a page: the caller splits).
    pub height: f32,
    /// Space above it, dropped at the top of a page.
    pub space_before: f32,
    /// The part of `height` that is space below it (a paragraph's space
    /// after): the next slot starts below it, but it may fall past the
    /// page's bottom, as in Word and LibreOffice.
    pub space_after: f32,
    /// Must stay on the same page as the next slot.
    pub keep_with_next: bool,
    /// Starts a new page.
    pub break_before: bool,
    /// Header slots (a range of indices) to repeat above this slot when it
    /// opens a page.
    pub header: Option<(usize, usize)>,
}

impl Slot {
    /// A plain slot of `height` with `space_before`.
    pub fn new(height: f32, space_before: f32) -> Slot {
        Slot {
            kind: SlotKind::Line,
            height,
            space_before,
            space_after: 0.0,
            keep_with_next: false,
            break_before: false,
            header: None,
        }
    }

    /// Adds `space` below the slot: part of its height, but free to fall
    /// past the page's bottom (see [`Slot::space_after`]).
    pub fn add_space_after(&mut self, space: f32) {
        self.height += space;
        self.space_after += space;
    }
}

/// A slot placed on a page: its index and the y of its top below the top of
/// the page's body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Index of the slot.
    pub slot: usize,
    /// Top of the slot, from the top of the body.
    pub y: f32,
}

/// Places `slots` on pages of body height `page`.
pub fn paginate(slots: &[Slot], page: f32) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = 0.0;
    // Index of the first slot of the current page's own content (after
    // repeated headers), to know how far back a keep chain may reach.
    let mut page_first = 0;
    let mut i = 0;
    while i < slots.len() {
        let s = &slots[i];
        let current_has_content = pages
            .last()
            .is_some_and(|p| p.iter().any(|pl| pl.slot >= page_first));
        if s.break_before && current_has_content {
            new_page(&mut pages, &mut y, slots, i, &mut page_first);
            continue_placing(&mut pages, &mut y, slots, i);
            i += 1;
            continue;
        }
        let space = if pages.last().is_some_and(Vec::is_empty) {
            0.0
        } else {
            s.space_before
        };
        if y + space + s.height - s.space_after <= page + 1e-3 || !current_has_content {
            if let Some(p) = pages.last_mut() {
                p.push(Placed {
                    slot: i,
                    y: y + space,
                })
            }
            y += space + s.height;
            i += 1;
            continue;
        }
        // Does not fit: move the keep chain ending here to a new page,
        // unless it fills the page from its top (then break inside it).
        let mut k = i;
        while k > page_first && slots[k - 1].keep_with_next {
            k -= 1;
        }
        let on_page_start = pages
            .last()
            .and_then(|p| p.iter().find(|pl| pl.slot >= page_first))
            .map(|pl| pl.slot);
        if k > on_page_start.unwrap_or(i) {
            if let Some(p) = pages.last_mut() {
                p.retain(|pl| pl.slot < k || pl.slot < page_first);
            }
            i = k;
        }
        new_page(&mut pages, &mut y, slots, i, &mut page_first);
    }
    if pages.last().is_some_and(Vec::is_empty) && pages.len() > 1 {
        pages.pop();
    }
    pages
}

fn continue_placing(pages: &mut [Vec<Placed>], y: &mut f32, slots: &[Slot], i: usize) {
    if let Some(p) = pages.last_mut() {
        let space = if p.is_empty() {
            0.0
        } else {
            slots[i].space_before
        };
        p.push(Placed {
            slot: i,
            y: *y + space,
        });
        *y += space + slots[i].height;
    }
}

/// Opens a page for slot `i`, with its table's header rows if it has some.
fn new_page(
    pages: &mut Vec<Vec<Placed>>,
    y: &mut f32,
    slots: &[Slot],
    i: usize,
    page_first: &mut usize,
) {
    pages.push(Vec::new());
    *y = 0.0;
    *page_first = i;
    if let Some((a, b)) = slots[i].header
        && i >= b
    {
        for h in a..b {
            continue_placing(pages, y, slots, h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heights(pages: &[Vec<Placed>]) -> Vec<Vec<usize>> {
        pages
            .iter()
            .map(|p| p.iter().map(|pl| pl.slot).collect())
            .collect()
    }

    #[test]
    fn stacks_until_full() {
        let slots = vec![Slot::new(40.0, 0.0); 5];
        let pages = paginate(&slots, 100.0);
        assert_eq!(heights(&pages), vec![vec![0, 1], vec![2, 3], vec![4]]);
        for page in &pages {
            for pl in page {
                assert!(pl.y + slots[pl.slot].height <= 100.0);
            }
        }
    }

    #[test]
    fn space_before_is_dropped_at_the_top_of_a_page() {
        let slots = vec![Slot::new(60.0, 10.0), Slot::new(60.0, 10.0)];
        let pages = paginate(&slots, 100.0);
        assert_eq!(pages[1][0].y, 0.0);
        assert_eq!(pages[0][0].y, 0.0);
    }

    #[test]
    fn keep_with_next_moves_a_heading_with_its_text() {
        let mut slots = vec![
            Slot::new(30.0, 0.0),
            Slot::new(30.0, 0.0),
            Slot::new(20.0, 0.0),
            Slot::new(30.0, 0.0),
        ];
        slots[2].keep_with_next = true; // a heading at the bottom of page 1
        let pages = paginate(&slots, 100.0);
        assert_eq!(heights(&pages), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn a_keep_chain_longer_than_a_page_still_breaks() {
        let mut slots = vec![Slot::new(40.0, 0.0); 4];
        for s in &mut slots {
            s.keep_with_next = true;
        }
        let pages = paginate(&slots, 100.0);
        assert_eq!(heights(&pages), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn table_headers_repeat_on_each_page() {
        let mut slots = vec![Slot::new(10.0, 0.0)];
        slots[0].keep_with_next = true;
        for _ in 0..20 {
            let mut row = Slot::new(10.0, 0.0);
            row.header = Some((0, 1));
            slots.push(row);
        }
        let pages = paginate(&slots, 50.0);
        assert!(pages.len() >= 5);
        for page in &pages {
            assert_eq!(page[0].slot, 0, "each page starts with the header");
            assert!(page.iter().all(|pl| pl.y + 10.0 <= 50.0));
        }
        let rows: usize = pages
            .iter()
            .map(|p| p.iter().filter(|pl| pl.slot != 0).count())
            .sum();
        assert_eq!(rows, 20);
    }

    #[test]
    fn page_breaks_start_a_new_page() {
        let mut slots = vec![Slot::new(10.0, 0.0); 3];
        slots[1].break_before = true;
        let pages = paginate(&slots, 100.0);
        assert_eq!(heights(&pages), vec![vec![0], vec![1, 2]]);
    }
}
