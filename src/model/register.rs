//! The register of issued documents (`registre.yaml` beside the
//! programme, or the file `files.register` names): what was issued, under
//! which number, on which date, with the digests of the files archived
//! beside it; the copy that came back signed; a withdrawal. Plain data:
//! reading it is `load`'s, writing it the `acts` module's.
//!
//! An entry is never changed once written, except to add what happened to
//! the document after: its signed copy, its withdrawal.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The register's default file name, beside the programme.
pub const DEFAULT_FILE: &str = "registre.yaml";

/// The folder beside the register that keeps the issued files.
pub const ARCHIVE: &str = "archive";

/// The register: every act issued, in the order of issue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// The acts, oldest first.
    #[serde(default)]
    pub acts: Vec<Act>,
}

/// One issued document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// The document, as `folder/name` (`conventions/convention-etat-cofinancement`).
    pub document: String,
    /// Its family's id.
    pub family: String,
    /// What it is, for people.
    pub title: String,
    /// Its number in the register of acts (`2006-CONV-001`).
    pub number: String,
    /// The date written on the document.
    pub dated: NaiveDate,
    /// The date it was issued (signed, sent).
    pub issued: NaiveDate,
    /// Its folder in the archive, relative to the register's folder.
    pub archive: String,
    /// The files archived, with their SHA-256.
    pub files: Vec<ArchivedFile>,
    /// For an amendment: the document it amends (`folder/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<String>,
    /// The copy that came back signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Signed>,
    /// Its withdrawal (annulation), if it was withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
}

/// A file of an act's archive folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchivedFile {
    /// Its name in the act's archive folder.
    pub name: String,
    /// Its SHA-256, in hexadecimal.
    pub sha256: String,
}

/// How a signed copy was signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignedKind {
    /// A PDF signed electronically, whose first revision is the issued
    /// original, byte for byte.
    Electronic,
    /// A scan of the paper signed by hand, kept as it came.
    Scan,
}

/// The copy of an act that came back signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    /// Its name in the act's archive folder.
    pub file: String,
    /// Its SHA-256.
    pub sha256: String,
    /// Electronic signature or scan.
    pub kind: SignedKind,
    /// When it was registered.
    pub on: NaiveDate,
}

/// The withdrawal of an act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// Its date.
    pub on: NaiveDate,
    /// Why, in the words of whoever withdrew it.
    pub reason: String,
}

/// The names of the files that hold what a template received and what it
/// produced, in an act's archive folder.
pub mod files {
    /// What the template received, as JSON.
    pub const CONTEXT: &str = "context.json";
    /// The text the template produced.
    pub const TEXT: &str = "text.md";
    /// For an amendment: what the amended document's template receives
    /// once amended (its state after the amendment).
    pub const STATE_CONTEXT: &str = "state.json";
    /// For an amendment: the amended document's text once amended.
    pub const STATE_TEXT: &str = "state.md";
}

impl Act {
    /// Whether it stands: not withdrawn.
    pub fn stands(&self) -> bool {
        self.withdrawn.is_none()
    }

    /// The digest the register holds for the archived file `name`.
    pub fn digest(&self, name: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.sha256.as_str())
    }
}

impl Register {
    /// The standing act issued under the name `document`, if any.
    pub fn standing(&self, document: &str) -> Option<&Act> {
        self.acts
            .iter()
            .rev()
            .find(|a| a.document == document && a.stands())
    }

    /// The standing amendments of `document`, oldest first.
    pub fn amendments_of<'a>(&'a self, document: &'a str) -> impl Iterator<Item = &'a Act> + 'a {
        self.acts
            .iter()
            .filter(move |a| a.stands() && a.amends.as_deref() == Some(document))
    }

    /// How many entries name `document`, withdrawn ones included: the
    /// next entry's archive folder is numbered after them.
    pub fn entries_of(&self, document: &str) -> usize {
        self.acts.iter().filter(|a| a.document == document).count()
    }

    /// Whether `number` is already an act's number.
    pub fn has_number(&self, number: &str) -> bool {
        self.acts.iter().any(|a| a.number == number)
    }

    /// The register as the YAML text it is kept in: one act after the
    /// other, each string quoted, so that a versioning tool shows an
    /// issue as lines added.
    pub fn to_yaml(&self) -> String {
        let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
        let mut out = String::from(
            "# Registre des documents émis, tenu par gabarit (gabarit issue).\n\
             # Ne le modifiez pas à la main : chaque acte y est inscrit à son\n\
             # émission, avec l’empreinte (SHA-256) de ses fichiers archivés.\n",
        );
        if self.acts.is_empty() {
            out.push_str("acts: []\n");
            return out;
        }
        out.push_str("acts:\n");
        for a in &self.acts {
            out.push_str(&format!("  - document: {}\n", q(&a.document)));
            out.push_str(&format!("    family: {}\n", q(&a.family)));
            out.push_str(&format!("    title: {}\n", q(&a.title)));
            out.push_str(&format!("    number: {}\n", q(&a.number)));
            out.push_str(&format!("    dated: {}\n", a.dated));
            out.push_str(&format!("    issued: {}\n", a.issued));
            out.push_str(&format!("    archive: {}\n", q(&a.archive)));
            out.push_str("    files:\n");
            for f in &a.files {
                out.push_str(&format!(
                    "      - {{ name: {}, sha256: {} }}\n",
                    q(&f.name),
                    q(&f.sha256)
                ));
            }
            if let Some(amends) = &a.amends {
                out.push_str(&format!("    amends: {}\n", q(amends)));
            }
            if let Some(s) = &a.signed {
                let kind = match s.kind {
                    SignedKind::Electronic => "electronic",
                    SignedKind::Scan => "scan",
                };
                out.push_str(&format!(
                    "    signed: {{ file: {}, sha256: {}, kind: {kind}, on: {} }}\n",
                    q(&s.file),
                    q(&s.sha256),
                    s.on
                ));
            }
            if let Some(w) = &a.withdrawn {
                out.push_str(&format!(
                    "    withdrawn: {{ on: {}, reason: {} }}\n",
                    w.on,
                    q(&w.reason)
                ));
            }
        }
        out
    }
}

/// An issued document whose data changed since it was issued (or since
/// its last amendment): what an amendment, or a letter of postponement,
/// is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedAct {
    /// The act as first issued.
    pub act: Act,
    /// The number the next amendment of it takes (1 for the first).
    pub amendment: usize,
    /// The number and date of the last issued state it is compared with
    /// (the act's own, or its last amendment's).
    pub since: (String, NaiveDate),
    /// What its template received when last issued, as JSON.
    pub before: Arc<serde_json::Value>,
    /// What its template receives now.
    pub after: Arc<serde_json::Value>,
    /// The text its template produces now (what an amendment's issue
    /// archives as the document's state after it).
    pub after_text: Arc<String>,
    /// Each value that changed, said for people.
    pub changes: Vec<Change>,
    /// The ids the document concerns (for `--only`).
    pub tags: Vec<String>,
}

/// One value of a document that changed since its issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What it is, in words (« annexe, ressources, cotisations, 2008 »).
    pub label: String,
    /// Where it is in what the template receives (`annex.resources[2].years[2]`).
    pub path: String,
    /// Its value when issued, as documents print it (« — » when absent).
    pub before: String,
    /// Its value now.
    pub after: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(document: &str, number: &str) -> Act {
        Act {
            document: document.into(),
            family: "f".into(),
            title: "une convention : « n° 1 »\n".into(),
            number: number.into(),
            dated: NaiveDate::from_ymd_opt(2006, 11, 30).unwrap(),
            issued: NaiveDate::from_ymd_opt(2006, 12, 1).unwrap(),
            archive: format!("archive/{document}/1"),
            files: vec![ArchivedFile {
                name: "x.pdf".into(),
                sha256: "ab".into(),
            }],
            amends: None,
            signed: None,
            withdrawn: None,
        }
    }

    #[test]
    fn the_register_reads_back_what_it_writes() {
        let mut r = Register {
            acts: vec![act("conventions/a", "2006-CONV-001"), act("b/c", "2")],
        };
        r.acts[1].amends = Some("conventions/a".into());
        r.acts[1].signed = Some(Signed {
            file: "signe.pdf".into(),
            sha256: "cd".into(),
            kind: SignedKind::Electronic,
            on: NaiveDate::from_ymd_opt(2007, 1, 2).unwrap(),
        });
        r.acts[0].withdrawn = Some(Withdrawal {
            on: NaiveDate::from_ymd_opt(2007, 1, 3).unwrap(),
            reason: "erreur: « montant » # pas un commentaire".into(),
        });
        let text = r.to_yaml();
        let back: Register = serde_saphyr::from_str(&text).expect("reads back");
        assert_eq!(back, r);
        assert!(r.standing("conventions/a").is_none());
        assert_eq!(r.amendments_of("conventions/a").count(), 1);
        let empty: Register = serde_saphyr::from_str(&Register::default().to_yaml()).unwrap();
        assert_eq!(empty, Register::default());
    }
}
