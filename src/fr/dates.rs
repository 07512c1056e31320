//! Dates and ordinals the French way: "5 décembre 2006", "1er mars 2007",
//! "mardi 5 décembre 2006", "1er", "2e", "1re".

use chrono::{Datelike, NaiveDate, Weekday};

/// The months, in lower case as French writes them inside a sentence
/// (the engine's, which the typography pass and the layout know too).
pub use gabarit_engine::locale::fr::{MONTHS, is_month};

/// The ordinal of `n`: "1er" (or "1re" in the feminine), "2e"…
pub fn ordinal(n: i64, feminine: bool) -> String {
    match (n, feminine) {
        (1, false) => "1er".into(),
        (1, true) => "1re".into(),
        _ => format!("{n}e"),
    }
}

/// The day of the week, lower case.
pub fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

/// A period as French writes it, saying the month and year once when they
/// are shared: "du 10 au 13 mars 2008", "du 28 février au 3 mars 2008",
/// "du 1er octobre 2007 au 23 novembre 2008"; one day: "le 8 décembre 2008".
pub fn range(from: NaiveDate, to: NaiveDate) -> String {
    range_with(from, to, false)
}

/// [`range`], with each day's weekday when `with_weekday`: "du lundi 10
/// au jeudi 13 mars 2008"; two days that follow each other are "les 12 et
/// 13 juin 2026" ("les vendredi 12 et samedi 13 juin 2026").
pub fn range_with(from: NaiveDate, to: NaiveDate, with_weekday: bool) -> String {
    let day = |d: NaiveDate| {
        let n = if d.day() == 1 {
            "1er".to_string()
        } else {
            d.day().to_string()
        };
        if with_weekday {
            format!("{} {n}", weekday(d))
        } else {
            n
        }
    };
    let next_day = from.succ_opt() == Some(to);
    if from == to {
        format!("le {}", date(from, with_weekday))
    } else if next_day {
        let first = if from.month() != to.month() {
            date(from, with_weekday)
                .trim_end_matches(&format!(" {}", from.year()))
                .to_string()
        } else {
            day(from)
        };
        let first = if from.year() != to.year() {
            date(from, with_weekday)
        } else {
            first
        };
        format!("les {first} et {}", date(to, with_weekday))
    } else if from.year() == to.year() && from.month() == to.month() {
        format!("du {} au {}", day(from), date(to, with_weekday))
    } else if from.year() == to.year() {
        format!(
            "du {} {} au {}",
            day(from),
            MONTHS[from.month0() as usize],
            date(to, with_weekday)
        )
    } else {
        format!(
            "du {} au {}",
            date(from, with_weekday),
            date(to, with_weekday)
        )
    }
}

/// "5 décembre 2006"; "1er mars 2007"; with `with_weekday`, "mardi 5
/// décembre 2006". Month in lower case, never abbreviated.
pub fn date(date: NaiveDate, with_weekday: bool) -> String {
    let day = if date.day() == 1 {
        "1er".to_string()
    } else {
        date.day().to_string()
    };
    let text = format!("{day} {} {}", MONTHS[date.month0() as usize], date.year());
    if with_weekday {
        format!("{} {text}", weekday(date))
    } else {
        text
    }
}

/// Reads a time as French people write it: `14:30`, `14h30`, `14 h 30`,
/// `14h`, `9 h` (hours 0–23, minutes 0–59). None otherwise.
pub fn parse_time(text: &str) -> Option<(u32, u32)> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (h, m) = t
        .split_once(':')
        .or_else(|| t.split_once('h'))
        .or_else(|| t.split_once('H'))?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !(m.is_empty() || digits(m)) {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let m: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
    (h <= 23 && m <= 59).then_some((h, m))
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_period_with_weekdays_says_the_month_once() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            range_with(d(2011, 3, 14), d(2011, 3, 18), true),
            "du lundi 14 au vendredi 18 mars 2011"
        );
        assert_eq!(
            range_with(d(2024, 11, 21), d(2024, 11, 22), false),
            "les 21 et 22 novembre 2024"
        );
        assert_eq!(
            range_with(d(2008, 3, 1), d(2008, 3, 1), true),
            "le samedi 1er mars 2008"
        );
    }
    use super::*;

    #[test]
    fn periods_say_the_shared_month_and_year_once() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            range(d(2008, 3, 10), d(2008, 3, 13)),
            "du 10 au 13 mars 2008"
        );
        assert_eq!(
            range(d(2008, 2, 28), d(2008, 3, 1)),
            "du 28 février au 1er mars 2008"
        );
        assert_eq!(
            range(d(2007, 10, 1), d(2008, 11, 23)),
            "du 1er octobre 2007 au 23 novembre 2008"
        );
        assert_eq!(range(d(2008, 12, 8), d(2008, 12, 8)), "le 8 décembre 2008");
        // Two days that follow each other.
        assert_eq!(
            range(d(2026, 6, 12), d(2026, 6, 13)),
            "les 12 et 13 juin 2026"
        );
        assert_eq!(
            range_with(d(2026, 6, 12), d(2026, 6, 13), true),
            "les vendredi 12 et samedi 13 juin 2026"
        );
        assert_eq!(
            range(d(2026, 5, 31), d(2026, 6, 1)),
            "les 31 mai et 1er juin 2026"
        );
        assert_eq!(
            range(d(2025, 12, 31), d(2026, 1, 1)),
            "les 31 décembre 2025 et 1er janvier 2026"
        );
    }

    #[test]
    fn times_in_their_french_forms() {
        for (text, want) in [
            ("14:30", Some((14, 30))),
            ("14h30", Some((14, 30))),
            ("14 h 30", Some((14, 30))),
            ("9h", Some((9, 0))),
            ("09:05", Some((9, 5))),
            ("24:00", None),
            ("14h60", None),
            ("midi", None),
            ("", None),
            ("1430", None),
        ] {
            assert_eq!(parse_time(text), want, "{text}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn french_dates() {
        assert_eq!(date(d(2006, 12, 5), false), "5 décembre 2006");
        assert_eq!(date(d(2007, 3, 1), false), "1er mars 2007");
        assert_eq!(date(d(2006, 12, 5), true), "mardi 5 décembre 2006");
        assert_eq!(date(d(2007, 8, 15), false), "15 août 2007");
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(1, false), "1er");
        assert_eq!(ordinal(1, true), "1re");
        assert_eq!(ordinal(2, false), "2e");
        assert_eq!(ordinal(12, true), "12e");
    }
}
