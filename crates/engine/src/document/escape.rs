//! Data is text, never markup. Every value a template prints goes through
//! [`escape`] (Tera's autoescape), which writes each character that could
//! mean something to Markdown, to the directives (`:::`), to a table (`|`)
//! or to the front matter's YAML as a numeric character reference
//! (`&#124;`). Markdown decodes references back to the character, in text,
//! table cells and directive lines alike; [`decode`] does it for the front
//! matter. A line break in a value (`&#10;`) becomes a line break inside
//! its paragraph or table cell, never a new block.

use std::io::Write;

/// The characters written as references: Markdown's punctuation, the
/// directives' colon, YAML's indicators, and the line break.
fn needs_reference(c: char) -> bool {
    matches!(
        c,
        '\\' | '`'
            | '*'
            | '_'
            | '['
            | ']'
            | '<'
            | '>'
            | '&'
            | '#'
            | '|'
            | '~'
            | '!'
            | ':'
            | '-'
            | '+'
            | '.'
            | '='
            | '('
            | ')'
            | '{'
            | '}'
            | '"'
            | '\n'
            | '\r'
            | '\t'
    )
}

/// Tera's escape function: `input` with every character that could be
/// markup written as `&#N;`.
pub fn escape(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut start = 0;
    for (i, c) in input.char_indices() {
        if needs_reference(c) {
            out.write_all(&input.as_bytes()[start..i])?;
            write!(out, "&#{};", u32::from(c))?;
            start = i + c.len_utf8();
        }
    }
    out.write_all(&input.as_bytes()[start..])
}

/// `input` escaped, as a string.
pub fn escaped(input: &str) -> String {
    let mut out = Vec::with_capacity(input.len());
    // Writing to a Vec cannot fail.
    let _ = escape(input, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Decodes the numeric character references [`escape`] writes, and the
/// named `&amp; &lt; &gt; &quot; &apos;`; a line break becomes a space (for
/// the front matter's one-line texts). Anything else is left as it is.
pub fn decode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let decoded = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &after[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix('#')
                    .and_then(|n| n.parse::<u32>().ok())
                    .and_then(char::from_u32),
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(if c == '\n' || c == '\r' { ' ' } else { c });
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_written_as_references_and_comes_back() {
        let hostile = "# ANNULÉ\n::: page-break :::\n| a | b |\n1. rue **X** ![x](logo.png) <Les Amis> &#9744; `c` ~~s~~ \\ \"q\" : - + _";
        let e = escaped(hostile);
        for c in ['#', ':', '|', '*', '!', '[', '<', '&'] {
            let bare = e.replace("&#", "");
            assert!(!bare.contains(c) || c == '&', "{c} left in {e}");
        }
        assert!(!e.contains('\n'));
        assert_eq!(decode(&e), hostile.replace('\n', " "));
        assert_eq!(escaped("Melle, à l'été"), "Melle, à l'été");
        assert_eq!(
            decode("a &unknown; b & c &#xZZ;"),
            "a &unknown; b & c &#xZZ;"
        );
    }
}
