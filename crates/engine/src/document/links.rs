//! E-mail and web addresses in a text, and where they lead: a reader
//! clicks them in the PDF (a tagged `Link`) and in Word (a hyperlink).

use std::ops::Range;

/// The addresses of `text`, each with its byte range and its target
/// (`mailto:…` for an e-mail, `https://…` for `www.…`). An address is a
/// word (between spaces) without the punctuation around it: an e-mail has
/// one `@` with a dot after it; a web address starts with `http://`,
/// `https://` or `www.` and has a dot.
pub fn addresses(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let separator = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\n');
    let mut words = Vec::new();
    let mut begin = None;
    for (i, c) in text.char_indices() {
        match (separator(c), begin) {
            (true, Some(b)) => {
                words.push((b, &text[b..i]));
                begin = None;
            }
            (false, None) => begin = Some(i),
            _ => {}
        }
    }
    if let Some(b) = begin {
        words.push((b, &text[b..]));
    }
    for (at, word) in words {
        let lead = word.len() - word.trim_start_matches(['(', '«', '<', '[']).len();
        let core =
            word[lead..].trim_end_matches(['.', ',', ';', ':', ')', '»', '>', ']', '!', '?']);
        if core.is_empty() {
            continue;
        }
        let target = if let Some((user, domain)) = core.split_once('@') {
            let ok = !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && user
                    .chars()
                    .chain(domain.chars())
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '+' | '\''));
            ok.then(|| format!("mailto:{core}"))
        } else if (core.starts_with("http://") || core.starts_with("https://"))
            && core.contains('.')
        {
            Some(core.to_string())
        } else if core.starts_with("www.") && core[4..].contains('.') {
            Some(format!("https://{core}"))
        } else {
            None
        };
        if let Some(target) = target {
            out.push((at + lead..at + lead + core.len(), target));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::addresses;

    #[test]
    fn e_mails_and_web_addresses_are_found_without_their_punctuation() {
        let text = "Courriel\u{a0}: cooperation@ruffec.fr.example, site (www.ruffec.fr).";
        let found = addresses(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(&text[found[0].0.clone()], "cooperation@ruffec.fr.example");
        assert_eq!(found[0].1, "mailto:cooperation@ruffec.fr.example");
        assert_eq!(&text[found[1].0.clone()], "www.ruffec.fr");
        assert_eq!(found[1].1, "https://www.ruffec.fr");
        assert!(addresses("le 5 @ midi, a@b, x@y.").is_empty());
        assert_eq!(
            addresses("https://example.org/a")[0].1,
            "https://example.org/a"
        );
    }
}
