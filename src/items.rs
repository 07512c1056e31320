//! The lists of a programme a family of documents iterates over
//! (`for_each:` in a declaration), and what each item of them gives a
//! template.
//!
//! A list is named as the data names it: `members`, `trainings`,
//! `years`… A list of lists reads "the participants of each training":
//! `trainings.participants`. What an item gives is the same whatever the
//! family: a training's participant always brings `training`,
//! `participant`, `member`, `partner`, `addressee`…, so a new family is a
//! new declaration and a new template, never new code.

use chrono::{Datelike, NaiveDate};

use crate::model::{Committee, MeetingKind, Programme, Side};

/// A list a family can iterate over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// One document for the whole programme.
    Programme,
    /// Every member authority.
    Members,
    /// Every member that has chosen its partner (one item per partner).
    Partners,
    /// Every steering committee.
    Committees,
    /// Every meeting (committees and launch).
    Meetings,
    /// Every training.
    Trainings,
    /// Every exchange day.
    ExchangeDays,
    /// Every participant (of the participants list).
    Participants,
    /// Every budget year of the programme.
    Years,
    /// Every participant of every training.
    TrainingParticipants,
    /// Every participant of every exchange day.
    ExchangeParticipants,
    /// Every addressee of every committee meeting: the members (French
    /// committee, the lead excepted) or partners (partner committee)
    /// sitting on it on its date, then the invited institutions.
    MeetingAddressees,
    /// Every issued document whose data changed since its issue (or its
    /// last amendment): what amendments and letters of postponement are
    /// made for.
    ChangedActs,
}

/// Each list: its name in the data (what it is, for people, is in the
/// catalogues: `list-members`…), the variables an item
/// gives, and the dates a declaration's `date:` may name.
struct ListInfo {
    list: List,
    name: &'static str,
    variables: &'static str,
    dates: &'static [&'static str],
}

const LISTS: &[ListInfo] = &[
    ListInfo {
        list: List::Programme,
        name: "programme",
        variables: "year (none), accounts, state, report, annex, tranche_amounts, other_members, other_partnerships, prefect_quality, comptable_quality",
        dates: &["convention", "statement", "report", "end"],
    },
    ListInfo {
        list: List::Members,
        name: "members",
        variables: "member, member_party, partner, partner_party, member_years, member_joined, member_contribution, member_exempt, member_contribution_total",
        dates: &["convention"],
    },
    ListInfo {
        list: List::Partners,
        name: "partners",
        variables: "member, member_party, partner, partner_party, member_years, member_joined, member_contribution, member_exempt, member_contribution_total",
        dates: &["convention"],
    },
    ListInfo {
        list: List::Committees,
        name: "committees",
        variables: "committee, body, body_quality, delegation_rows, delegation_ceiling",
        dates: &["convention"],
    },
    ListInfo {
        list: List::Meetings,
        name: "meetings",
        variables: "meeting, committee",
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::Trainings,
        name: "trainings",
        variables: "training",
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::ExchangeDays,
        name: "exchange_days",
        variables: "exchange, theme_committee",
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::Participants,
        name: "participants",
        variables: "participant, participant_gender, member, member_party, partner, partner_party, addressee",
        dates: &[],
    },
    ListInfo {
        list: List::Years,
        name: "years",
        variables: "year, accounts, state, report, comptable_quality",
        dates: &["statement", "report", "end"],
    },
    ListInfo {
        list: List::TrainingParticipants,
        name: "trainings.participants",
        variables: "training, participant, participant_gender, member, member_party, partner, partner_party, addressee",
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::ExchangeParticipants,
        name: "exchange_days.participants",
        variables: "exchange, theme_committee, participant, participant_gender, member, member_party, partner, partner_party, addressee",
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::MeetingAddressees,
        name: "meetings.addressees",
        variables: "meeting, committee, invited_names, recipient, addressee, addressee_is_member, meeting_at_addressee, member, member_party, partner_party", // not said: the template variables' names
        dates: &["letter", "start", "end"],
    },
    ListInfo {
        list: List::ChangedActs,
        name: "changed_acts",
        variables: "original, amendment, before, after, changes",
        dates: &["amendment"],
    },
];

impl List {
    fn info(self) -> &'static ListInfo {
        LISTS.iter().find(|i| i.list == self).unwrap_or(&LISTS[0])
    }

    /// The list a declaration names, if gabarit knows it.
    pub fn parse(name: &str) -> Option<List> {
        LISTS.iter().find(|i| i.name == name.trim()).map(|i| i.list)
    }

    /// Every list, in the order of the documentation.
    pub fn all() -> impl Iterator<Item = List> {
        LISTS.iter().map(|i| i.list)
    }

    /// Every list name, in the order of the documentation.
    pub fn names() -> impl Iterator<Item = &'static str> + Clone {
        LISTS.iter().map(|i| i.name)
    }

    /// Its name in declarations.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// What one item of it is, for people, in the current language.
    pub fn what(self) -> String {
        crate::i18n::tr(&format!("list-{}", self.name().replace('.', "-")), &[])
    }

    /// The variables an item gives a template, for hints.
    pub fn variables(self) -> &'static str {
        self.info().variables
    }

    /// The dates a declaration's `date:` may name for this list.
    pub fn dates(self) -> &'static [&'static str] {
        self.info().dates
    }
}

/// The addressee of a committee invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Addressee {
    /// A French member authority (index in `members`).
    Member(usize),
    /// The partner of a member (index in `members`).
    Partner(usize),
    /// An invited institution (index in `governance.institutions`).
    Institution(usize),
}

/// One item of a list: what one document is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// The whole programme.
    Programme,
    /// A member (index in `members`).
    Member(usize),
    /// A committee (index in `governance.committees`).
    Committee(usize),
    /// A meeting (index in `governance.meetings`).
    Meeting(usize),
    /// A training (index in `actions.trainings`).
    Training(usize),
    /// An exchange day (index in `actions.exchange_days`).
    Exchange(usize),
    /// A participant (index in `participants`).
    Participant(usize),
    /// A budget year.
    Year(i32),
    /// A participant of a training.
    TrainingParticipant {
        /// Index in `actions.trainings`.
        training: usize,
        /// Index in `participants`.
        participant: usize,
    },
    /// A participant of an exchange day.
    ExchangeParticipant {
        /// Index in `actions.exchange_days`.
        exchange: usize,
        /// Index in `participants`.
        participant: usize,
    },
    /// An addressee of a committee meeting.
    MeetingAddressee {
        /// Index in `governance.meetings`.
        meeting: usize,
        /// Who.
        addressee: Addressee,
    },
    /// An issued document whose data changed since its issue.
    ChangedAct(std::sync::Arc<crate::model::register::ChangedAct>),
}

/// The items of `list` in `p`, in the data's order.
pub fn items(p: &Programme, list: List) -> Vec<Item> {
    let attending = |id: &str| -> Vec<usize> {
        p.participants
            .iter()
            .enumerate()
            .filter(|(_, x)| x.actions.iter().any(|a| a == id))
            .map(|(k, _)| k)
            .collect()
    };
    match list {
        List::Programme => vec![Item::Programme],
        List::Members => (0..p.members.len()).map(Item::Member).collect(),
        List::Partners => p
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.partner.is_some())
            .map(|(i, _)| Item::Member(i))
            .collect(),
        List::Committees => (0..p.governance.committees.len())
            .map(Item::Committee)
            .collect(),
        List::Meetings => (0..p.governance.meetings.len())
            .map(Item::Meeting)
            .collect(),
        List::Trainings => (0..p.actions.trainings.len()).map(Item::Training).collect(),
        List::ExchangeDays => (0..p.actions.exchange_days.len())
            .map(Item::Exchange)
            .collect(),
        List::Participants => (0..p.participants.len()).map(Item::Participant).collect(),
        List::Years => p.programme.years().into_iter().map(Item::Year).collect(),
        List::TrainingParticipants => p
            .actions
            .trainings
            .iter()
            .enumerate()
            .flat_map(|(training, t)| {
                attending(&t.id)
                    .into_iter()
                    .map(move |participant| Item::TrainingParticipant {
                        training,
                        participant,
                    })
            })
            .collect(),
        List::ExchangeParticipants => p
            .actions
            .exchange_days
            .iter()
            .enumerate()
            .flat_map(|(exchange, e)| {
                attending(&e.id)
                    .into_iter()
                    .map(move |participant| Item::ExchangeParticipant {
                        exchange,
                        participant,
                    })
            })
            .collect(),
        List::MeetingAddressees => {
            let mut out = Vec::new();
            for (meeting, m) in p.governance.meetings.iter().enumerate() {
                if m.kind != MeetingKind::Committee {
                    continue;
                }
                for addressee in addressees(p, m) {
                    out.push(Item::MeetingAddressee { meeting, addressee });
                }
            }
            out
        }
        List::ChangedActs => p
            .changed_acts
            .iter()
            .cloned()
            .map(Item::ChangedAct)
            .collect(),
    }
}

/// Who a committee meeting's letters go to: the members (or their
/// partners) sitting on it on its date, the lead excepted (it writes the
/// letters), then the institutions it invites.
fn addressees(p: &Programme, meeting: &crate::model::Meeting) -> Vec<Addressee> {
    let Some(committee) = p.governance.committee(&meeting.committee) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in seats(p, committee, meeting.date) {
        match committee.side {
            Side::France if p.members[i].id == p.lead.member => {}
            Side::France => out.push(Addressee::Member(i)),
            Side::Partner => out.push(Addressee::Partner(i)),
        }
    }
    for id in &committee.invited {
        if let Some(i) = p.governance.institutions.iter().position(|x| &x.id == id) {
            out.push(Addressee::Institution(i));
        }
    }
    out
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

impl Item {
    /// The year the document belongs to, for `--year`: none for a
    /// convention or a whole-programme document.
    pub fn year(&self, p: &Programme) -> Option<i32> {
        match self {
            Item::Programme
            | Item::Member(_)
            | Item::Committee(_)
            | Item::Participant(_)
            | Item::ChangedAct(_) => None,
            Item::Year(y) => Some(*y),
            Item::Meeting(m) | Item::MeetingAddressee { meeting: m, .. } => {
                Some(p.governance.meetings[*m].date.year())
            }
            Item::Training(t) | Item::TrainingParticipant { training: t, .. } => {
                Some(p.actions.trainings[*t].start.year())
            }
            Item::Exchange(e) | Item::ExchangeParticipant { exchange: e, .. } => {
                Some(p.actions.exchange_days[*e].date.year())
            }
        }
    }

    /// The ids the document concerns (member, meeting, training…), for
    /// `--only`.
    pub fn tags(&self, p: &Programme) -> Vec<String> {
        let participant = |k: usize| p.participants[k].partnership.clone();
        match self {
            Item::Programme | Item::Year(_) => Vec::new(),
            Item::Member(i) => vec![p.members[*i].id.clone()],
            Item::Committee(i) => vec![p.governance.committees[*i].id.clone()],
            Item::Meeting(i) => vec![p.governance.meetings[*i].id.clone()],
            Item::Training(i) => vec![p.actions.trainings[*i].id.clone()],
            Item::Exchange(i) => vec![p.actions.exchange_days[*i].id.clone()],
            Item::Participant(k) => vec![participant(*k)],
            Item::TrainingParticipant {
                training,
                participant: k,
            } => vec![p.actions.trainings[*training].id.clone(), participant(*k)],
            Item::ExchangeParticipant {
                exchange,
                participant: k,
            } => vec![
                p.actions.exchange_days[*exchange].id.clone(),
                participant(*k),
            ],
            Item::MeetingAddressee { meeting, addressee } => {
                let who = match addressee {
                    Addressee::Member(i) | Addressee::Partner(i) => p.members[*i].id.clone(),
                    Addressee::Institution(i) => p.governance.institutions[*i].id.clone(),
                };
                vec![p.governance.meetings[*meeting].id.clone(), who]
            }
            Item::ChangedAct(changed) => changed.tags.clone(),
        }
    }

    /// The date `name` (one of [`List::dates`]) of this item, if it has it.
    pub fn date(&self, p: &Programme, name: &str) -> Option<NaiveDate> {
        let span = |letter: NaiveDate, start: NaiveDate, end: NaiveDate| match name {
            "letter" => Some(letter),
            "start" => Some(start),
            "end" => Some(end),
            _ => None,
        };
        match self {
            Item::Programme => match name {
                "convention" => Some(p.issued.conventions),
                "statement" => Some(p.issued.statement(None).unwrap_or(p.programme.end)),
                "report" => Some(p.issued.report(None).unwrap_or(p.programme.end)),
                "end" => Some(p.programme.end),
                _ => None,
            },
            Item::Year(y) => match name {
                "statement" => Some(p.issued.statement(Some(*y)).unwrap_or(p.programme.end)),
                "report" => Some(p.issued.report(Some(*y)).unwrap_or(p.programme.end)),
                "end" => NaiveDate::from_ymd_opt(*y, 12, 31).map(|d| d.min(p.programme.end)),
                _ => None,
            },
            Item::Member(i) => {
                (name == "convention").then(|| crate::context::convention_date(p, &p.members[*i]))
            }
            Item::Committee(i) => (name == "convention").then(|| {
                p.governance.committees[*i]
                    .signing_body
                    .as_ref()
                    .and_then(|b| b.convention_date)
                    .unwrap_or(p.issued.conventions)
            }),
            Item::Participant(_) => None,
            Item::Meeting(m) | Item::MeetingAddressee { meeting: m, .. } => {
                let m = &p.governance.meetings[*m];
                span(
                    m.letter_date.unwrap_or(m.date),
                    m.date,
                    m.end.unwrap_or(m.date),
                )
            }
            Item::Training(t) | Item::TrainingParticipant { training: t, .. } => {
                let t = &p.actions.trainings[*t];
                span(t.letter_date, t.start, t.end)
            }
            Item::Exchange(e) | Item::ExchangeParticipant { exchange: e, .. } => {
                let e = &p.actions.exchange_days[*e];
                span(e.letter_date, e.date, e.last_day())
            }
            // Dated by the programme's `issued.amendments`; without it, as
            // the act it amends was issued (and `check` asks for the date).
            Item::ChangedAct(changed) => {
                (name == "amendment").then(|| p.issued.amendments.unwrap_or(changed.act.issued))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_its_name_and_parses_back() {
        for name in List::names() {
            let list = List::parse(name).expect("a listed name parses");
            assert_eq!(list.name(), name);
        }
        assert_eq!(List::parse("membres"), None);
    }

    #[test]
    fn items_follow_the_data() {
        let p = crate::test_support::shipped();
        assert_eq!(items(&p, List::Members).len(), p.members.len());
        assert_eq!(items(&p, List::Programme), vec![Item::Programme]);
        let years = items(&p, List::Years);
        assert_eq!(years.len(), p.programme.years().len());
        for item in items(&p, List::TrainingParticipants) {
            let Item::TrainingParticipant {
                training,
                participant,
            } = item
            else {
                panic!("a training's participant");
            };
            let id = &p.actions.trainings[training].id;
            assert!(p.participants[participant].actions.contains(id));
            assert!(item.date(&p, "end").is_some());
            assert_eq!(item.date(&p, "statement"), None);
        }
    }
}
