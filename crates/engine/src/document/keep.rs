//! Text that must stay on one page. A filter marks what a reader must
//! never find split by a page break (an amount in words: « quarante-trois
//! mille … / … centimes » over two pages is what a controller objects
//! to) with [`KEEP`] around it; the paragraph that holds it is kept whole
//! on one page, as `::: keep-together` would keep it, in the PDF and in
//! Word alike. The mark itself is never printed.

use super::{Block, Inline};

/// The mark, a character of Unicode's private use area: `check` refuses
/// it in the data, so only a filter writes it.
pub const KEEP: char = '\u{E000}';

/// `text` between marks: what a filter returns to keep it on one page.
pub fn kept(text: &str) -> String {
    format!("{KEEP}{text}{KEEP}")
}

/// Removes the marks from `content`; whether there were any.
fn strip(content: &mut [Inline]) -> bool {
    let mut found = false;
    for inline in content.iter_mut() {
        if let Inline::Text { text, .. } = inline
            && text.contains(KEEP)
        {
            found = true;
            text.retain(|c| c != KEEP);
        }
    }
    found
}

/// `blocks` without marks: a paragraph that held one is kept whole.
pub fn marked(blocks: Vec<Block>) -> Vec<Block> {
    blocks.into_iter().map(block).collect()
}

fn block(mut b: Block) -> Block {
    match &mut b {
        Block::Paragraph { content, .. } => {
            if strip(content) {
                return Block::KeepTogether(vec![b]);
            }
        }
        Block::Heading { content, .. } | Block::PlaceDate(content) => {
            strip(content);
        }
        Block::List(l) => {
            for item in &mut l.items {
                *item = std::mem::take(item)
                    .into_iter()
                    .map(|b| match block(b) {
                        // A list item is laid out as a whole already.
                        Block::KeepTogether(mut inner) if inner.len() == 1 => inner.remove(0),
                        other => other,
                    })
                    .collect();
            }
        }
        Block::Table(t) => {
            for cell in t.rows.iter_mut().flatten() {
                strip(&mut cell.content);
            }
        }
        Block::KeepTogether(inner) | Block::Sender(inner) | Block::Addressee(inner) => {
            *inner = marked(std::mem::take(inner));
        }
        Block::References(refs) => {
            for r in refs {
                strip(&mut r.text);
            }
        }
        Block::Signatures { parties, .. } => {
            for line in parties.iter_mut().flatten() {
                strip(line);
            }
        }
        Block::Image(_) | Block::Rule | Block::PageBreak => {}
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Align, Style};

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::Text {
                text: text.into(),
                style: Style::default(),
            }],
            align: Align::Justify,
        }
    }

    #[test]
    fn a_marked_paragraph_is_kept_whole_and_the_mark_never_printed() {
        let blocks = marked(vec![
            paragraph(&format!("soit {} (1 000,00 €).", kept("mille euros"))),
            paragraph("rien"),
        ]);
        assert_eq!(
            blocks,
            vec![
                Block::KeepTogether(vec![paragraph("soit mille euros (1 000,00 €).")]),
                paragraph("rien"),
            ]
        );
    }
}
