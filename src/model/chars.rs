//! Characters no input may hold, whatever its kind (the programme, its
//! lists, a mail-merge list, a template).

/// Invisible format and direction characters: zero-width spaces and
/// joiners, direction marks and overrides, word joiners, a byte-order mark
/// inside a text. Pasted from the web or a word processor, they reach the
/// documents unseen and change what a reader sees (a right-to-left
/// override reverses the text). The no-break spaces U+00A0 and U+202F are
/// fine: French typography uses them.
pub fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{180E}')
}
