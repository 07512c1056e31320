//! The languages a document can be set in: the words the layout writes
//! itself ("Page 1 / 3", "Paraphes"), the typography pass, and the
//! hyphenation dictionary.

/// A document's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// French: no-break spaces before `: ; ! ?`, inside `« »` and dates,
    /// the apostrophe ’, French hyphenation.
    #[default]
    French,
    /// English: no typography pass, English (US) hyphenation.
    English,
}

impl Locale {
    /// The BCP 47 tag of the language (`fr-FR`), for the DOCX `w:lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::French => "fr-FR",
            Locale::English => "en-US",
        }
    }

    /// The words the layout writes itself, in this language.
    pub fn labels(self) -> Labels {
        match self {
            Locale::French => Labels {
                page: "Page".into(),
                initials: "Paraphes".into(),
            },
            Locale::English => Labels {
                page: "Page".into(),
                initials: "Initials".into(),
            },
        }
    }

    /// Whether `word` names a month in this language.
    pub fn is_month(self, word: &str) -> bool {
        match self {
            Locale::French => fr::is_month(word),
            Locale::English => {
                let w = word
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase();
                en::MONTHS.contains(&w.as_str())
            }
        }
    }
}

/// The words the layout writes itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Labels {
    /// Before the page number: "Page" 2 / 5.
    pub page: String,
    /// Under the initials box of conventions: "Paraphes".
    pub initials: String,
}

/// French words the typography pass and the layout know.
pub mod fr {
    /// The months, in lower case.
    pub const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];

    /// Whether `word` (punctuation around it ignored, any case) names a
    /// month.
    pub fn is_month(word: &str) -> bool {
        let w = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        MONTHS.contains(&w.as_str())
    }
}

/// English words the layout knows.
pub mod en {
    /// The months, in lower case.
    pub const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
}
