//! French typography, applied once to a [`Document`] so that PDF and DOCX
//! say exactly the same thing (`../shared/domain/paperwork-fr.md` §4):
//!
//! - U+202F (narrow no-break space) before `;`, `!`, `?` and after `«` /
//!   before `»`;
//! - U+00A0 (no-break space) before `:`, `€` and `%`;
//! - spaces the author typed there become no-break, and missing ones are
//!   added.
//!
//! - the typographic apostrophe ’ between letters (`l'État` → `l’État`);
//! - the minus sign U+2212 before a number (`-400,00 €` → `−400,00 €`),
//!   not in `2006-2008` or `T-2007-0041`;
//! - U+00A0 where a line must not break: inside a date (`8 décembre
//!   2008`, `1er mars`), after `n°`, inside a time (`10 h 30`), after a
//!   civility (`M. Dupont`, `Mme Durand`).
//!
//! Colons inside times (`14:30`) or web addresses (`http://`) are left
//! alone. Renderers never break a line at U+00A0 or U+202F.

use super::{Block, Document, Inline};

/// Narrow no-break space.
pub const NNBSP: char = '\u{202F}';
/// No-break space.
pub const NBSP: char = '\u{A0}';

/// Applies the French rules to every text of `doc`: its blocks, and the
/// texts of its front matter a reader sees (the title, which is also the
/// file's, and the running header and footer).
pub fn apply(doc: &mut Document) {
    for block in &mut doc.blocks {
        block_apply(block);
    }
    let settings = &mut doc.settings;
    settings.title = text(&settings.title);
    for t in [&mut settings.header, &mut settings.footer]
        .into_iter()
        .flatten()
    {
        *t = text(t);
    }
}

/// `t` with the French spaces, apostrophe and minus sign: for a plain text
/// outside the blocks (a title, a file's properties). Ordinals stay as
/// they are, a plain text having no superscript.
pub fn text(t: &str) -> String {
    french(t).into_iter().map(|(c, _)| c).collect()
}

fn block_apply(block: &mut Block) {
    match block {
        Block::Heading { content, .. }
        | Block::Paragraph { content, .. }
        | Block::PlaceDate(content) => inlines(content),
        Block::List(l) => l.items.iter_mut().flatten().for_each(block_apply),
        Block::Table(t) => t
            .rows
            .iter_mut()
            .flatten()
            .for_each(|c| inlines(&mut c.content)),
        Block::KeepTogether(b) | Block::Sender(b) | Block::Addressee(b) => {
            b.iter_mut().for_each(block_apply)
        }
        Block::References(refs) => refs.iter_mut().for_each(|r| inlines(&mut r.text)),
        Block::Signatures { parties, .. } => parties.iter_mut().flatten().for_each(inlines),
        Block::Image(_) | Block::Rule | Block::PageBreak => {}
    }
}

/// Applies the rules to a run of inlines: the spaces and signs, then the
/// ordinals' letters set as superscript.
fn inlines(content: &mut Vec<Inline>) {
    spaces(content);
    *content = std::mem::take(content)
        .into_iter()
        .flat_map(ordinals)
        .collect();
}

/// The length in bytes of an ordinal's letters at the start of `rest`
/// ("er" of "1er", "e" of "2e", "re", "es", "ème"), if they end a word.
fn ordinal_suffix(rest: &str, roman: bool) -> Option<usize> {
    let suffixes: &[&str] = if roman {
        &["er", "re", "e"]
    } else {
        &["ers", "res", "èmes", "ème", "er", "re", "es", "e"]
    };
    suffixes.iter().find_map(|s| {
        let after = rest.strip_prefix(s)?;
        (!after.starts_with(char::is_alphanumeric)).then_some(s.len())
    })
}

/// Splits a text run so that the letters of its ordinals ("1er", "2e",
/// "XIXe", "Ier") are superscript.
fn ordinals(inline: Inline) -> Vec<Inline> {
    let Inline::Text { text, style } = inline else {
        return vec![inline];
    };
    if style.superscript {
        return vec![Inline::Text { text, style }];
    }
    let sup = super::Style {
        superscript: true,
        ..style
    };
    let mut out = Vec::new();
    let mut last = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        let starts_word = i == 0 || !text[..i].ends_with(char::is_alphanumeric);
        let c = bytes[i];
        let digits = c.is_ascii_digit();
        let roman = matches!(c, b'I' | b'V' | b'X');
        if !starts_word || !(digits || roman) {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let mut j = i;
        while j < text.len()
            && (if digits {
                bytes[j].is_ascii_digit()
            } else {
                matches!(bytes[j], b'I' | b'V' | b'X')
            })
        {
            j += 1;
        }
        if roman && j - i > 4 {
            i = j;
            continue;
        }
        if let Some(n) = ordinal_suffix(&text[j..], roman) {
            if j > last {
                out.push(Inline::Text {
                    text: text[last..j].to_string(),
                    style,
                });
            }
            out.push(Inline::Text {
                text: text[j..j + n].to_string(),
                style: sup,
            });
            last = j + n;
            i = j + n;
        } else {
            i = j;
        }
    }
    if last == 0 {
        return vec![Inline::Text { text, style }];
    }
    if last < text.len() {
        out.push(Inline::Text {
            text: text[last..].to_string(),
            style,
        });
    }
    out
}

/// Applies the spacing rules across a run of inlines, so that `**Objet** :`
/// (a space in a different style before the colon) is handled too.
fn spaces(content: &mut [Inline]) {
    // Concatenate the texts, remembering which run each character is in.
    let mut whole = String::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, inline) in content.iter().enumerate() {
        if let Inline::Text { text, .. } = inline {
            whole.push_str(text);
            owner.extend(std::iter::repeat_n(i, text.chars().count()));
        }
    }
    if owner.is_empty() {
        return;
    }
    let mut rebuilt: Vec<String> = vec![String::new(); content.len()];
    let mut inserted = String::new();
    for (c, source) in french(&whole) {
        match source {
            // An inserted space belongs with the character that follows it.
            None => inserted.push(c),
            Some(s) => {
                let run = &mut rebuilt[owner[s]];
                run.push_str(&std::mem::take(&mut inserted));
                run.push(c);
            }
        }
    }
    if let Some(&last) = owner.last() {
        rebuilt[last].push_str(&inserted);
    }
    for (inline, text) in content.iter_mut().zip(rebuilt) {
        if let Inline::Text { text: t, .. } = inline {
            *t = text;
        }
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == NBSP || c == NNBSP
}

/// The corrected characters, each with the index of the source character it
/// comes from (`None` for an inserted space).
fn french(text: &str) -> Vec<(char, Option<usize>)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(char, Option<usize>)> = Vec::with_capacity(chars.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = out.last().map(|(p, _)| *p);
        let wanted = match c {
            // Inside a web address, a cell reference, a code or an
            // entity (`?b=1`, `A1:A9`, `&amp;`), punctuation is not prose.
            ';' | '!' | '?' | ':' if in_a_code(&chars, i) => None,
            ';' | '!' | '?' | '»' => Some(NNBSP),
            ':' if colon_takes_space(&chars, i) => Some(NBSP),
            '€' | '%' if prev.is_some_and(|p| p.is_ascii_digit() || is_space(p)) => Some(NBSP),
            _ => None,
        };
        let next = chars.get(i + 1).copied();
        if c == '\''
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic)
        {
            out.push(('\u{2019}', Some(i)));
            continue;
        }
        if c == '-'
            && next.is_some_and(|n| n.is_ascii_digit())
            && prev.is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '«'))
        {
            out.push(('\u{2212}', Some(i)));
            continue;
        }
        if c == ' ' && binds(&chars, i) {
            out.push((NBSP, Some(i)));
            continue;
        }
        if let Some(space) = wanted {
            match prev {
                Some(p) if is_space(p) => {
                    if let Some(last) = out.last_mut() {
                        last.0 = space;
                    }
                }
                // "?!" and "!!" stay together.
                Some('!' | '?') if matches!(c, '!' | '?') => {}
                Some(_) => out.push((space, None)),
                None => {}
            }
            out.push((c, Some(i)));
        } else if is_space(c) && prev == Some('«') {
            out.push((NNBSP, Some(i)));
        } else {
            out.push((c, Some(i)));
            if c == '«' && chars.get(i + 1).is_some_and(|n| !is_space(*n)) {
                out.push((NNBSP, None));
            }
        }
    }
    out
}

/// The word that ends just before `i` and the one that starts after it.
fn words_around(chars: &[char], i: usize) -> (String, String) {
    let stop = |c: &char| is_space(*c);
    let before: String = {
        let mut w: Vec<char> = chars[..i]
            .iter()
            .rev()
            .take_while(|c| !stop(c))
            .copied()
            .collect();
        w.reverse();
        w.into_iter().collect()
    };
    let after: String = chars[i + 1..].iter().take_while(|c| !stop(c)).collect();
    (before, after)
}

/// Whether the plain space at `i` must not break a line: inside a date
/// ("8 décembre 2008", "1er mars"), after "n°", inside a time ("10 h 30",
/// "10 h"), after a civility ("M. Dupont").
fn binds(chars: &[char], i: usize) -> bool {
    let (before, after) = words_around(chars, i);
    let trim = |w: &str| {
        w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | ')' | '(' | '»' | '«'))
            .to_lowercase()
    };
    let (b, a) = (trim(&before), trim(&after));
    let is_day = |w: &str| {
        w == "1er" || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty())
    };
    let is_month = crate::locale::fr::is_month;
    let is_year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    (is_day(&b) && is_month(&a))
        || (is_month(&b) && is_year(&a) && !before.ends_with(','))
        || b == "n°"
        || (is_number(&b) && a == "h")
        || (b == "h" && is_number(&a))
        || matches!(
            before.as_str(),
            "M." | "Mme" | "Mlle" | "MM." | "Mmes" | "Me" | "Dr"
        )
}

/// Whether the punctuation at `i` sits inside a code rather than ends a
/// phrase: a letter or digit right after it (`?b=1`, `A1:A9`, `x;y`), or
/// a `;` that closes an entity (`&amp;`).
fn in_a_code(chars: &[char], i: usize) -> bool {
    let prev = if i > 0 { chars[i - 1] } else { return false };
    if is_space(prev) {
        return false;
    }
    let next = chars.get(i + 1).copied();
    if next.is_some_and(|n| {
        n.is_alphanumeric() || matches!(n, '=' | '/' | '&' | '#' | '_' | '~' | '+' | '@')
    }) {
        return true;
    }
    if chars[i] == ';' {
        let (before, _) = words_around(chars, i);
        let name = before.rsplit('&').next().unwrap_or("");
        return before.contains('&')
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#');
    }
    false
}

/// A colon takes a space before it in running text, not in `14:30`,
/// `http://`, or at the very start.
fn colon_takes_space(chars: &[char], i: usize) -> bool {
    let prev = if i > 0 { chars[i - 1] } else { return false };
    let next = chars.get(i + 1).copied();
    if prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
        return false;
    }
    if next == Some('/') {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Align, Style};

    fn fix(t: &str) -> String {
        text(t)
    }

    #[test]
    fn spaces_before_high_punctuation() {
        assert_eq!(fix("Objet : convocation"), "Objet\u{a0}: convocation");
        assert_eq!(fix("Objet: convocation"), "Objet\u{a0}: convocation");
        assert_eq!(
            fix("Pourquoi ? Parce que ; enfin !"),
            "Pourquoi\u{202f}? Parce que\u{202f}; enfin\u{202f}!"
        );
        assert_eq!(fix("Quoi?"), "Quoi\u{202f}?");
        assert_eq!(fix("« chef de file »"), "«\u{202f}chef de file\u{202f}»");
        assert_eq!(fix("«chef»"), "«\u{202f}chef\u{202f}»");
        assert_eq!(fix("350 € et 49 %"), "350\u{a0}€ et 49\u{a0}%");
    }

    #[test]
    fn the_front_matter_texts_are_set_too() {
        let mut doc = Document::default();
        doc.settings.title = "Convention de maîtrise d'œuvre : 2007".into();
        doc.settings.header = Some("Programme d'échanges ; 2006-2008".into());
        doc.settings.footer = Some("l'État".into());
        apply(&mut doc);
        assert_eq!(
            doc.settings.title,
            "Convention de maîtrise d’œuvre\u{a0}: 2007"
        );
        assert_eq!(
            doc.settings.header.as_deref(),
            Some("Programme d’échanges\u{202f}; 2006-2008")
        );
        assert_eq!(doc.settings.footer.as_deref(), Some("l’État"));
    }

    #[test]
    fn apostrophes_minus_signs_and_no_break_spaces() {
        assert_eq!(fix("l'État d'Agen"), "l\u{2019}État d\u{2019}Agen");
        assert_eq!(fix("écart de -400,00 €"), "écart de \u{2212}400,00\u{a0}€");
        assert_eq!(fix("-7 %"), "\u{2212}7\u{a0}%");
        assert_eq!(fix("2006-2008 et T-2007-0041"), "2006-2008 et T-2007-0041");
        assert_eq!(fix("le 8 décembre 2008"), "le 8\u{a0}décembre\u{a0}2008");
        assert_eq!(fix("le 1er mars"), "le 1er\u{a0}mars");
        assert_eq!(fix("à 10 h 30"), "à 10\u{a0}h\u{a0}30");
        assert_eq!(fix("n° 12 et M. Dupont"), "n°\u{a0}12 et M.\u{a0}Dupont");
        assert_eq!(fix("en mai, 2008 fut"), "en mai, 2008 fut");
    }

    fn runs(text: &str) -> Vec<(String, bool)> {
        ordinals(Inline::plain(text))
            .into_iter()
            .filter_map(|i| match i {
                Inline::Text { text, style } => Some((text, style.superscript)),
                Inline::Break => None,
            })
            .collect()
    }

    #[test]
    fn ordinal_letters_are_superscript() {
        assert_eq!(
            runs("Article 1er – le 2e et la XIXe"),
            vec![
                ("Article 1".to_string(), false),
                ("er".to_string(), true),
                (" – le 2".to_string(), false),
                ("e".to_string(), true),
                (" et la XIX".to_string(), false),
                ("e".to_string(), true),
            ]
        );
        assert_eq!(
            runs("Ier"),
            vec![("I".to_string(), false), ("er".to_string(), true)]
        );
        for plain in [
            "Ce programme",
            "T-2007-0041",
            "a2e",
            "2006",
            "Vie",
            "le 3 et",
        ] {
            assert_eq!(runs(plain), vec![(plain.to_string(), false)], "{plain}");
        }
    }

    #[test]
    fn times_and_addresses_keep_their_colons() {
        assert_eq!(fix("à 14:30"), "à 14:30");
        assert_eq!(fix("https://example.org"), "https://example.org");
    }

    #[test]
    fn codes_addresses_and_entities_are_not_prose() {
        assert_eq!(
            fix("voir https://a.fr/p?b=1&c=2"),
            "voir https://a.fr/p?b=1&c=2"
        );
        assert_eq!(fix("la somme A1:A9"), "la somme A1:A9");
        assert_eq!(fix("écrit &amp; ici"), "écrit &amp; ici");
        assert_eq!(fix("contact@mairie.fr"), "contact@mairie.fr");
        // Prose keeps its spaces.
        assert_eq!(fix("Vraiment?"), "Vraiment\u{202f}?");
        assert_eq!(fix("a; b"), "a\u{202f}; b");
        assert_eq!(fix("Objet: x"), "Objet\u{a0}: x");
    }

    #[test]
    fn is_idempotent() {
        for s in ["Objet : a ; b ! « c » 3 € 4 %", "Réf. : x"] {
            assert_eq!(fix(&fix(s)), fix(s));
        }
    }

    #[test]
    fn works_across_styled_runs() {
        let mut doc = Document {
            blocks: vec![Block::Paragraph {
                content: vec![
                    Inline::Text {
                        text: "Objet".into(),
                        style: Style {
                            bold: true,
                            italic: false,
                            superscript: false,
                        },
                    },
                    Inline::plain(" : réunion"),
                ],
                align: Align::Left,
            }],
            ..Document::default()
        };
        apply(&mut doc);
        let Block::Paragraph { content, .. } = &doc.blocks[0] else {
            panic!()
        };
        assert_eq!(
            content[0],
            Inline::Text {
                text: "Objet".into(),
                style: Style {
                    bold: true,
                    italic: false,
                    superscript: false
                }
            }
        );
        assert_eq!(content[1], Inline::plain("\u{a0}: réunion"));
    }
}
