//! Hyphenation in the document's language, from the patterns the
//! `hyphenation` crate embeds.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

use crate::locale::Locale;

fn dictionary(locale: Locale) -> Option<&'static Standard> {
    static FRENCH: OnceLock<Option<Standard>> = OnceLock::new();
    static ENGLISH: OnceLock<Option<Standard>> = OnceLock::new();
    let (cell, language) = match locale {
        Locale::French => (&FRENCH, Language::French),
        Locale::English => (&ENGLISH, Language::EnglishUS),
    };
    cell.get_or_init(|| Standard::from_embedded(language).ok())
        .as_ref()
}

/// Byte offsets inside `word` where it may be hyphenated, following
/// French usage: at least two letters before the break and three after,
/// never in a word with a digit or a capital initial (proper nouns,
/// acronyms), never in words under six letters.
pub fn points(word: &str, locale: Locale) -> Vec<usize> {
    // Hyphenate the letters between any leading and trailing punctuation.
    let start = word.find(char::is_alphabetic).unwrap_or(word.len());
    let end = word.rfind(char::is_alphabetic).map_or(start, |i| {
        i + word[i..].chars().next().map_or(1, char::len_utf8)
    });
    if start >= end {
        return Vec::new();
    }
    core(&word[start..end], locale)
        .into_iter()
        .map(|p| p + start)
        .collect()
}

fn core(word: &str, locale: Locale) -> Vec<usize> {
    let letters = word.chars().count();
    if letters < 6
        || word
            .chars()
            .any(|c| !c.is_alphabetic() && c != '\'' && c != '’')
        || word.chars().next().is_some_and(char::is_uppercase)
    {
        return Vec::new();
    }
    let Some(dict) = dictionary(locale) else {
        return Vec::new();
    };
    dict.hyphenate(word)
        .breaks
        .into_iter()
        .filter(|&b| {
            word.is_char_boundary(b) && {
                let before = word[..b].chars().count();
                before >= 2 && letters - before >= 3 && !word[..b].ends_with(['\'', '’'])
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(word: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for p in points(word, Locale::French) {
            out.push_str(&word[last..p]);
            out.push('-');
            last = p;
        }
        out.push_str(&word[last..]);
        out
    }

    #[test]
    fn french_words_break_at_syllables() {
        assert_eq!(split("coopération"), "co-opé-ra-tion");
        assert_eq!(split("décentralisée"), "dé-cen-tra-li-sée");
        assert_eq!(split("Melle"), "Melle");
        assert_eq!(split("2006"), "2006");
        assert_eq!(split("dans"), "dans");
        assert_eq!(split("(coopération)."), "(co-opé-ra-tion).");
    }
}
