//! Numbers and amounts in words, in traditional or 1990 French spelling
//! (`../shared/domain/paperwork-fr.md` §5).
//!
//! "vingt" and "cent" take an s when multiplied and ending the number, or
//! before "million(s)"/"milliard(s)" (nouns), not before "mille"; "mille"
//! never changes; the 1990 spelling hyphenates every numeral but keeps
//! spaces around "million(s)" and "milliard(s)".

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Which spelling rules to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spelling {
    /// Hyphens only between tens and units, "et" between spaces.
    #[default]
    Traditional,
    /// The 1990 rectifications: a hyphen between every numeral.
    Rectified1990,
}

const UNITS: [&str; 20] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
];
const TENS: [&str; 10] = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
];

/// 0–99 as words; `plural_ok` lets "quatre-vingt" take its s.
fn below_100(n: u64, plural_ok: bool, s: Spelling) -> String {
    let n = n as usize;
    if n < 20 {
        return UNITS[n].to_string();
    }
    let tens = n / 10;
    let units = n % 10;
    let base = TENS[tens];
    // 70–79 and 90–99 count from ten: soixante-dix, quatre-vingt-onze.
    let rest = if tens == 7 || tens == 9 {
        units + 10
    } else {
        units
    };
    let and = if s == Spelling::Traditional {
        " et "
    } else {
        "-et-"
    };
    match rest {
        0 if tens == 8 && plural_ok => "quatre-vingts".to_string(),
        0 => base.to_string(),
        1 if tens != 8 && tens != 9 => format!("{base}{and}un"),
        11 if tens == 7 => format!("{base}{and}onze"),
        r => format!("{base}-{}", UNITS[r]),
    }
}

/// 0–999 as words (0 gives an empty string); `plural_ok` when nothing, or
/// only "million(s)"/"milliard(s)", follows.
fn below_1000(n: u64, plural_ok: bool, s: Spelling) -> String {
    let join = if s == Spelling::Traditional { " " } else { "-" };
    let hundreds = n / 100;
    let rest = n % 100;
    let mut out = String::new();
    if hundreds > 0 {
        if hundreds > 1 {
            out.push_str(UNITS[hundreds as usize]);
            out.push_str(join);
        }
        out.push_str("cent");
        if hundreds > 1 && rest == 0 && plural_ok {
            out.push('s');
        }
    }
    if rest > 0 {
        if !out.is_empty() {
            out.push_str(join);
        }
        out.push_str(&below_100(rest, plural_ok, s));
    }
    out
}

/// A whole number in words: `number(88624, Traditional)` is
/// "quatre-vingt-huit mille six cent vingt-quatre".
pub fn number(n: u64, s: Spelling) -> String {
    if n == 0 {
        return UNITS[0].to_string();
    }
    let join = if s == Spelling::Traditional { " " } else { "-" };
    let mut parts: Vec<String> = Vec::new();
    // Groups above a thousand, largest first; beyond a billion, the
    // milliards are themselves spelt as a number.
    let milliards = n / 1_000_000_000;
    let millions = (n / 1_000_000) % 1000;
    let thousands = (n / 1000) % 1000;
    let rest = n % 1000;
    if milliards > 0 {
        let w = if milliards < 1000 {
            below_1000(milliards, true, s)
        } else {
            number(milliards, s)
        };
        parts.push(format!(
            "{w} milliard{}",
            if milliards > 1 { "s" } else { "" }
        ));
    }
    if millions > 0 {
        parts.push(format!(
            "{} million{}",
            below_1000(millions, true, s),
            if millions > 1 { "s" } else { "" }
        ));
    }
    // Numerals join with hyphens in 1990 spelling; "million(s)" and
    // "milliard(s)" stay between spaces.
    let mut low = String::new();
    if thousands > 0 {
        if thousands > 1 {
            low.push_str(&below_1000(thousands, false, s));
            low.push_str(join);
        }
        low.push_str("mille");
    }
    if rest > 0 {
        if !low.is_empty() {
            low.push_str(join);
        }
        low.push_str(&below_1000(rest, true, s));
    }
    if !low.is_empty() {
        parts.push(low);
    }
    parts.join(" ")
}

/// Why an amount cannot be written in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct WordsError(pub String);

/// An amount in euros in words: "quarante-trois mille quatre cent
/// vingt-cinq euros et soixante-seize centimes", "deux cents millions
/// d'euros", "un euro et un centime".
pub fn money(amount: Decimal, s: Spelling) -> Result<String, WordsError> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(WordsError(crate::t!(
            "words-negative",
            amount = amount.to_string()
        )));
    }
    if amount.normalize().scale() > 2 {
        return Err(WordsError(crate::t!(
            "words-decimals",
            amount = amount.to_string()
        )));
    }
    let euros = amount
        .trunc()
        .to_u64()
        .ok_or_else(|| WordsError(crate::t!("words-too-large", amount = amount.to_string())))?;
    let cents = ((amount - amount.trunc()) * Decimal::ONE_HUNDRED)
        .to_u64()
        .unwrap_or(0);
    let euro_part = if euros == 0 && cents > 0 {
        String::new()
    } else {
        let words = number(euros, s);
        let unit = if euros <= 1 {
            "euro"
        } else if euros % 1_000_000 == 0 {
            // Round millions and milliards: "un million d'euros".
            "d'euros"
        } else {
            "euros"
        };
        format!("{words} {unit}")
    };
    if cents == 0 {
        return Ok(euro_part);
    }
    let cent_part = format!(
        "{} centime{}",
        number(cents, s),
        if cents > 1 { "s" } else { "" }
    );
    Ok(if euro_part.is_empty() {
        cent_part
    } else {
        format!("{euro_part} et {cent_part}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Spelling::{Rectified1990 as R, Traditional as T};
    use std::str::FromStr;

    #[test]
    fn every_vector_of_the_reference() {
        let vectors: [(u64, &str, &str); 14] = [
            (21, "vingt et un", "vingt-et-un"),
            (71, "soixante et onze", "soixante-et-onze"),
            (80, "quatre-vingts", "quatre-vingts"),
            (81, "quatre-vingt-un", "quatre-vingt-un"),
            (180, "cent quatre-vingts", "cent-quatre-vingts"),
            (200, "deux cents", "deux-cents"),
            (201, "deux cent un", "deux-cent-un"),
            (2_000, "deux mille", "deux-mille"),
            (
                14_700,
                "quatorze mille sept cents",
                "quatorze-mille-sept-cents",
            ),
            (80_000, "quatre-vingt mille", "quatre-vingt-mille"),
            (200_000, "deux cent mille", "deux-cent-mille"),
            (1_000_000, "un million", "un million"),
            (
                88_624,
                "quatre-vingt-huit mille six cent vingt-quatre",
                "quatre-vingt-huit-mille-six-cent-vingt-quatre",
            ),
            (200_000_000, "deux cents millions", "deux-cents millions"),
        ];
        for (n, traditional, rectified) in vectors {
            assert_eq!(number(n, T), traditional, "{n}");
            assert_eq!(number(n, R), rectified, "{n} (1990)");
        }
    }

    #[test]
    fn more_numbers() {
        assert_eq!(number(0, T), "zéro");
        assert_eq!(number(91, T), "quatre-vingt-onze");
        assert_eq!(number(99, T), "quatre-vingt-dix-neuf");
        assert_eq!(number(1_001, T), "mille un");
        assert_eq!(number(350, T), "trois cent cinquante");
        assert_eq!(number(4_900, T), "quatre mille neuf cents");
        assert_eq!(number(80_080, T), "quatre-vingt mille quatre-vingts");
        assert_eq!(number(2_080_000, T), "deux millions quatre-vingt mille");
        assert_eq!(number(1_000_000_000, T), "un milliard");
        assert_eq!(
            number(3_200_000_001, R),
            "trois milliards deux-cents millions un"
        );
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(
            money(d("43425.76"), T).unwrap(),
            "quarante-trois mille quatre cent vingt-cinq euros et soixante-seize centimes"
        );
        assert_eq!(
            money(d("200000000.00"), T).unwrap(),
            "deux cents millions d'euros"
        );
        assert_eq!(money(d("1.01"), T).unwrap(), "un euro et un centime");
        assert_eq!(money(d("350.00"), T).unwrap(), "trois cent cinquante euros");
        assert_eq!(money(d("1000000"), T).unwrap(), "un million d'euros");
        assert_eq!(money(d("0.50"), T).unwrap(), "cinquante centimes");
        assert_eq!(money(d("0"), T).unwrap(), "zéro euro");
        assert_eq!(
            money(d("88624.00"), R).unwrap(),
            "quatre-vingt-huit-mille-six-cent-vingt-quatre euros"
        );
        assert!(money(d("-1"), T).is_err());
        assert!(money(d("1.005"), T).is_err());
    }
}
