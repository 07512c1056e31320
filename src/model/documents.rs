//! A family of documents, as the data declares it (`documents:` in
//! `programme.yaml`, or the shipped `templates/documents.yaml`).

use serde::{Deserialize, Serialize};

/// An output format as people name it: in a family's `formats:` and in
/// `--format`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FormatName {
    // The variants carry no doc comment: clap would print it in `--help`
    // as a list of possible values instead of `[possible values: pdf,
    // docx]`.
    Pdf,
    Docx,
}

impl FormatName {
    /// The formats `names` ask for, each once, in a stable order.
    pub fn formats(names: &[FormatName]) -> Vec<crate::Format> {
        let mut f: Vec<crate::Format> = names
            .iter()
            .map(|f| match f {
                FormatName::Pdf => crate::Format::Pdf,
                FormatName::Docx => crate::Format::Docx,
            })
            .collect();
        f.sort();
        f.dedup();
        f
    }
}

/// One family of documents: which template makes them, over which list,
/// named how, filed where, dated when.
///
/// `title`, `name`, `filter` and `date` are written as in a template:
/// `"convention-programme-{{ member.id }}"`. They see what every template
/// sees (`programme`, `lead`…) and what the list's item gives
/// (`member`, `training`, `participant`…), but not what depends on the
/// document's date (`accounts`, `report`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Family {
    /// Identifier, unique among the families (`--kind` takes it).
    pub id: String,
    /// What one document is, for people: shown by `--dry-run`.
    pub title: String,
    /// What the family is, for people (« Conventions du programme »):
    /// the heading of its documents in `gabarit serve`; absent: its id.
    #[serde(default)]
    pub label: Option<String>,
    /// The template, by file name (`convention-programme.md.tera`).
    pub template: String,
    /// The folder of the output folder its files go in (`conventions`).
    pub folder: String,
    /// The list it makes one document per item of: `programme`,
    /// `members`, `partners`, `committees`, `meetings`, `trainings`,
    /// `exchange_days`, `participants`, `years`,
    /// `trainings.participants`, `exchange_days.participants`,
    /// `meetings.addressees`.
    pub for_each: String,
    /// A condition an item must meet (`member.id != lead.id`); absent:
    /// every item.
    #[serde(default)]
    pub filter: Option<String>,
    /// The file name, without extension; made a readable ASCII name
    /// (accents dropped, spaces as hyphens).
    pub name: String,
    /// The formats made; absent: PDF and DOCX.
    #[serde(default)]
    pub formats: Option<Vec<FormatName>>,
    /// The document's date: one of the list's dates (`convention`,
    /// `statement`, `report`, `letter`, `start`, `end`), a fixed date
    /// (`2008-06-30`), or an expression (`"{{ meeting.date }}"`).
    pub date: String,
    /// How its acts are numbered when issued (`gabarit issue`):
    /// `{year}` the document's year, `{n}` the count in the register
    /// (`{n:03}` on three digits). Absent: `{year}-{n:03}`.
    #[serde(default)]
    pub numbering: Option<String>,
}

/// A file of family declarations: `documents:` and the list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentsFile {
    /// The families.
    pub documents: Vec<Family>,
}
