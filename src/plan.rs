//! The plan: which documents to make, from which template and record, and
//! under which file name. Plain data, so selecting (`--kind`, `--year`,
//! `--only`) is filtering a list, and `--dry-run` prints it.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{Committee, MeetingKind, Programme, Side};

/// The four kinds of documents, each in its own folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Kind {
    /// Conventions to sign.
    Convention,
    /// Financial statements.
    Statement,
    /// Invitations and convocations.
    Invitation,
    /// Reports to the ministry.
    Report,
}

impl Kind {
    /// The folder of this kind under the output folder.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Convention => "conventions",
            Kind::Statement => "statements",
            Kind::Invitation => "invitations",
            Kind::Report => "reports",
        }
    }
}

/// Who or what a document is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The programme convention with member `member` (index).
    ProgrammeConvention {
        /// Index in `members`.
        member: usize,
    },
    /// The delegated-management convention with the Senegalese committee.
    DelegationConvention {
        /// Index in `governance.committees`.
        committee: usize,
    },
    /// The State cofinancing convention.
    StateConvention,
    /// The financial statement of a year, or of the whole programme.
    Statement {
        /// The year, or `None` for the triennial summary.
        year: Option<i32>,
    },
    /// A training convocation for one participant.
    TrainingConvocation {
        /// Index in `actions.trainings`.
        training: usize,
        /// Index in `participants`.
        participant: usize,
    },
    /// An exchange-day invitation for one participant.
    ExchangeInvitation {
        /// Index in `actions.exchange_days`.
        exchange: usize,
        /// Index in `participants`.
        participant: usize,
    },
    /// A steering committee invitation to one addressee.
    CommitteeInvitation {
        /// Index in `governance.meetings`.
        meeting: usize,
        /// Who receives it.
        addressee: Addressee,
    },
    /// The interim report of a year, or the final report.
    Report {
        /// The year, or `None` for the final report.
        year: Option<i32>,
    },
}

/// The addressee of a committee invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Addressee {
    /// A French member authority (index in `members`).
    Member(usize),
    /// The Senegalese partner of a member (index in `members`).
    Partner(usize),
    /// An invited institution (index in `governance.institutions`).
    Institution(usize),
}

/// One document to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Its kind.
    pub kind: Kind,
    /// The template, by file name.
    pub template: &'static str,
    /// What it is about.
    pub record: Record,
    /// The file name without extension: a readable ASCII slug, unique.
    pub name: String,
    /// The year it belongs to (none for conventions and whole-programme
    /// documents).
    pub year: Option<i32>,
    /// The ids it concerns (member, meeting, training…), for `--only`.
    pub tags: Vec<String>,
    /// One line for people: what this document is.
    pub title: String,
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}  ←  {}  ({})",
            self.kind.folder(),
            self.name,
            self.template,
            self.title
        )
    }
}

/// An ASCII slug: lower case letters and digits joined by single hyphens,
/// at most 80 characters. It never holds a `/`, a `.` or a space, so a
/// file named from it stays in its folder.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => "a",
            'ç' => "c",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'î' | 'ï' | 'í' => "i",
            'ô' | 'ö' | 'ó' => "o",
            'ù' | 'û' | 'ü' | 'ú' => "u",
            'ÿ' => "y",
            'œ' => "oe",
            'æ' => "ae",
            'ñ' => "n",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let mut collapsed = String::with_capacity(out.len());
    for c in out.chars() {
        if c == '-' && (collapsed.is_empty() || collapsed.ends_with('-')) {
            continue;
        }
        collapsed.push(c);
    }
    let mut s: String = collapsed.trim_end_matches('-').chars().take(80).collect();
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "document".into() } else { s }
}

/// Every document the programme needs, in a stable order.
pub fn plan(p: &Programme) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (i, m) in p.members.iter().enumerate() {
        // The lead signs no convention with itself.
        if m.id == p.lead.member {
            continue;
        }
        jobs.push(Job {
            kind: Kind::Convention,
            template: "convention-programme.md.tera",
            record: Record::ProgrammeConvention { member: i },
            name: slug(&format!("convention-programme-{}", m.id)),
            year: None,
            tags: vec![m.id.clone()],
            title: format!("convention du programme avec {}", m.name),
        });
    }
    for (i, c) in p.governance.committees.iter().enumerate() {
        if c.side == Side::Partner && c.signing_body.is_some() {
            jobs.push(Job {
                kind: Kind::Convention,
                template: "convention-delegation.md.tera",
                record: Record::DelegationConvention { committee: i },
                name: slug(&format!("convention-maitrise-oeuvre-deleguee-{}", c.id)),
                year: None,
                tags: vec![c.id.clone()],
                title: format!("convention de maîtrise d'œuvre déléguée avec le {}", c.name),
            });
        }
    }
    jobs.push(Job {
        kind: Kind::Convention,
        template: "convention-etat.md.tera",
        record: Record::StateConvention,
        name: "convention-etat-cofinancement".into(),
        year: None,
        tags: vec!["state".into()],
        title: "convention de cofinancement avec l'État".into(),
    });
    let years = p.programme.years();
    for year in years.iter().map(|y| Some(*y)).chain(std::iter::once(None)) {
        jobs.push(Job {
            kind: Kind::Statement,
            template: "statement.md.tera",
            record: Record::Statement { year },
            name: match year {
                Some(y) => format!("etat-financier-{y}"),
                None => "etat-financier-final".into(),
            },
            year,
            tags: Vec::new(),
            title: match year {
                Some(y) => format!("compte rendu financier {y}"),
                None => "compte rendu financier de tout le programme".into(),
            },
        });
    }
    for (t, training) in p.actions.trainings.iter().enumerate() {
        for (k, person) in p.participants.iter().enumerate() {
            if person.actions.contains(&training.id) {
                jobs.push(Job {
                    kind: Kind::Invitation,
                    template: "convocation-formation.md.tera",
                    record: Record::TrainingConvocation {
                        training: t,
                        participant: k,
                    },
                    name: slug(&format!(
                        "convocation-{}-{}-{}-{}",
                        training.id, person.partnership, person.first_name, person.last_name
                    )),
                    year: Some(chrono::Datelike::year(&training.start)),
                    tags: vec![training.id.clone(), person.partnership.clone()],
                    title: format!(
                        "convocation de {} {} à la formation",
                        person.first_name, person.last_name
                    ),
                });
            }
        }
    }
    for (e, day) in p.actions.exchange_days.iter().enumerate() {
        for (k, person) in p.participants.iter().enumerate() {
            if person.actions.contains(&day.id) {
                jobs.push(Job {
                    kind: Kind::Invitation,
                    template: "invitation-rencontre.md.tera",
                    record: Record::ExchangeInvitation {
                        exchange: e,
                        participant: k,
                    },
                    name: slug(&format!(
                        "invitation-{}-{}-{}-{}",
                        day.id, person.partnership, person.first_name, person.last_name
                    )),
                    year: Some(chrono::Datelike::year(&day.date)),
                    tags: vec![day.id.clone(), person.partnership.clone()],
                    title: format!(
                        "invitation de {} {} à la journée de rencontre",
                        person.first_name, person.last_name
                    ),
                });
            }
        }
    }
    for (mi, meeting) in p.governance.meetings.iter().enumerate() {
        if meeting.kind != MeetingKind::Committee || meeting.letter_date.is_none() {
            continue;
        }
        let Some(committee) = p.governance.committee(&meeting.committee) else {
            continue;
        };
        let mut addressees: Vec<(Addressee, String, String)> = Vec::new();
        for i in seats(p, committee, meeting.date) {
            let m = &p.members[i];
            let (a, who) = match committee.side {
                // The lead writes the letters: it does not invite itself.
                Side::France if m.id == p.lead.member => continue,
                Side::France => (Addressee::Member(i), m.id.clone()),
                Side::Partner => (Addressee::Partner(i), format!("{}-partenaire", m.id)),
            };
            addressees.push((a, who, m.id.clone()));
        }
        for id in &committee.invited {
            if let Some(i) = p.governance.institutions.iter().position(|x| &x.id == id) {
                addressees.push((Addressee::Institution(i), id.clone(), id.clone()));
            }
        }
        for (addressee, who, tag) in addressees {
            jobs.push(Job {
                kind: Kind::Invitation,
                template: "invitation-comite.md.tera",
                record: Record::CommitteeInvitation {
                    meeting: mi,
                    addressee,
                },
                name: slug(&format!("invitation-{}-{}", meeting.id, who)),
                year: Some(chrono::Datelike::year(&meeting.date)),
                tags: vec![meeting.id.clone(), tag],
                title: format!(
                    "invitation au {} du {}",
                    committee.name.to_lowercase(),
                    meeting.date
                ),
            });
        }
    }
    for year in years.iter().map(|y| Some(*y)).chain(std::iter::once(None)) {
        jobs.push(Job {
            kind: Kind::Report,
            template: "report.md.tera",
            record: Record::Report { year },
            name: match year {
                Some(y) => format!("rapport-intermediaire-{y}"),
                None => "rapport-final".into(),
            },
            year,
            tags: Vec::new(),
            title: match year {
                Some(y) => format!("rapport intermédiaire {y} au ministère"),
                None => "rapport final au ministère".into(),
            },
        });
    }
    make_unique(&mut jobs);
    jobs
}

/// The members (indices) that sit on `committee` on `date`: those it
/// lists, or every member when it lists none; only members on that date,
/// and on the partner side only those that have a partner.
pub fn seats(p: &Programme, committee: &Committee, date: chrono::NaiveDate) -> Vec<usize> {
    let listed = |id: &str| {
        committee
            .members
            .as_ref()
            .is_none_or(|list| list.iter().any(|x| x == id))
    };
    p.members
        .iter()
        .enumerate()
        .filter(|(_, m)| listed(&m.id) && m.member_on(&p.programme, date))
        .filter(|(_, m)| committee.side == Side::France || m.partner.is_some())
        .map(|(i, _)| i)
        .collect()
}

/// Two documents never get the same file: the second of a name gets `-2`.
fn make_unique(jobs: &mut [Job]) {
    let mut seen: BTreeMap<(Kind, String), usize> = BTreeMap::new();
    for job in jobs.iter_mut() {
        let count = seen.entry((job.kind, job.name.clone())).or_insert(0);
        *count += 1;
        if *count > 1 {
            job.name = format!("{}-{}", job.name, count);
        }
    }
}

/// What the user asked to make.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Kinds (all when empty).
    pub kinds: Vec<Kind>,
    /// Year (all when none; documents of the whole programme are left out
    /// when a year is given).
    pub year: Option<i32>,
    /// An id (member, meeting, training…) or a document name.
    pub only: Option<String>,
}

impl Selection {
    /// Whether `job` is selected. `--only` ignores case, accents and
    /// spaces: `Ruffec`, `ruffec` and `RUFFEC` name one member.
    pub fn selects(&self, job: &Job) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&job.kind))
            && self.year.is_none_or(|y| job.year == Some(y))
            && self.only.as_ref().is_none_or(|o| {
                let o = slug(o);
                slug(&job.name) == o || job.tags.iter().any(|t| slug(t) == o)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_safe() {
        assert_eq!(
            slug("Commune d’ISSOUDUN LES BAINS"),
            "commune-d-issoudun-les-bains"
        );
        assert_eq!(slug("Élancourt / ../etc"), "elancourt-etc");
        assert_eq!(slug("Cœur"), "coeur");
        assert_eq!(slug("///"), "document");
        assert_eq!(slug(&"a".repeat(300)).len(), 80);
        assert!(!slug("a\u{0}b").contains('\u{0}'));
    }

    #[test]
    fn duplicate_names_get_a_number() {
        let job = Job {
            kind: Kind::Invitation,
            template: "t",
            record: Record::StateConvention,
            name: "x".into(),
            year: None,
            tags: Vec::new(),
            title: String::new(),
        };
        let mut jobs = vec![job.clone(), job.clone(), job];
        make_unique(&mut jobs);
        let names: Vec<&str> = jobs.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names, ["x", "x-2", "x-3"]);
    }
}
