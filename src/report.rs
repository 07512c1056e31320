//! The non-financial content of a report to the ministry: the steps of the
//! programme, the meetings, and the indicators per partnership (T4).

use chrono::Datelike;
use serde::Serialize;

use crate::model::{MeetingKind, Programme};

/// T4: one partnership.
#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    /// Member name.
    pub member: String,
    /// Partner name ("pas encore choisi" when there is none yet).
    pub partner: String,
    /// Whether the member has a partner.
    pub has_partner: bool,
    /// Support days planned and done, over the missions in scope.
    pub days_planned: u32,
    /// Days done (missions not yet done count zero).
    pub days_done: u32,
    /// Trainees planned.
    pub trainees_planned: u32,
    /// Trainees registered in the participants list.
    pub trainees_registered: u32,
    /// Participants registered at the exchange days in scope.
    pub exchange_registered: u32,
}

/// A meeting as reports tell it.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingLine {
    /// Committee name (or "Lancement officiel").
    pub what: String,
    /// First day.
    pub date: chrono::NaiveDate,
    /// Last day, if several.
    pub end: Option<chrono::NaiveDate>,
    /// Town.
    pub city: String,
    /// Venue.
    pub place: String,
    /// Minutes reference.
    pub minutes: Option<String>,
}

/// A step of the programme, dated (a milestone that is a meeting takes the
/// meeting's date).
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// When.
    pub date: chrono::NaiveDate,
    /// What.
    pub text: String,
}

/// The date of a milestone: its own, or its meeting's.
pub fn milestone_date(p: &Programme, m: &crate::model::Milestone) -> Option<chrono::NaiveDate> {
    m.date.or_else(|| {
        let id = m.meeting.as_deref()?;
        p.governance
            .meetings
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.date)
    })
}

/// What a report says besides the accounts.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The year, or none for the final report.
    pub year: Option<i32>,
    /// Milestones in scope, in date order.
    pub milestones: Vec<Step>,
    /// Meetings in scope.
    pub meetings: Vec<MeetingLine>,
    /// T4 rows: every member of the period.
    pub indicators: Vec<Indicator>,
    /// Members in the period.
    pub members: usize,
    /// Of which with a partner.
    pub partnerships: usize,
}

/// The report content of `year` (or of the whole programme).
pub fn report(p: &Programme, year: Option<i32>) -> Report {
    let in_scope = |y: i32| year.is_none_or(|w| w == y);
    let mut milestones: Vec<Step> = p
        .milestones
        .iter()
        .filter_map(|m| {
            let date = milestone_date(p, m)?;
            in_scope(date.year()).then(|| Step {
                date,
                text: m.text.clone(),
            })
        })
        .collect();
    milestones.sort_by_key(|s| s.date);
    let meetings = p
        .governance
        .meetings
        .iter()
        .filter(|m| in_scope(m.date.year()))
        .map(|m| MeetingLine {
            what: match m.kind {
                MeetingKind::Launch => "Lancement officiel du programme".into(),
                MeetingKind::Committee => p
                    .governance
                    .committees
                    .iter()
                    .find(|c| c.id == m.committee)
                    .map_or(m.committee.clone(), |c| c.name.clone()),
            },
            date: m.date,
            end: m.end,
            city: m.place.city.clone(),
            place: m.place.name.clone(),
            minutes: m.minutes.clone(),
        })
        .collect();
    let indicators = p
        .members
        .iter()
        .filter(|m| match year {
            Some(y) => m.member_in(&p.programme, y),
            None => true,
        })
        .map(|m| {
            let missions = p
                .actions
                .missions
                .iter()
                .filter(|x| in_scope(x.start.year()) && m.member_on(&p.programme, x.start));
            let (mut planned, mut done) = (0, 0);
            for mission in missions {
                if let Some(d) = mission.days.get(&m.id) {
                    planned += d.planned;
                    done += d.done.unwrap_or(0);
                }
            }
            let trainings: Vec<_> = p
                .actions
                .trainings
                .iter()
                .filter(|t| in_scope(t.start.year()) && m.member_on(&p.programme, t.start))
                .collect();
            let trainees_planned = if m.partner.is_some() {
                trainings
                    .iter()
                    .map(|t| t.participants_per_partnership)
                    .sum()
            } else {
                0
            };
            let trainees_registered = p
                .participants
                .iter()
                .filter(|x| {
                    x.partnership == m.id && trainings.iter().any(|t| x.actions.contains(&t.id))
                })
                .count() as u32;
            let days: Vec<_> = p
                .actions
                .exchange_days
                .iter()
                .filter(|e| in_scope(e.date.year()))
                .collect();
            let exchange_registered = p
                .participants
                .iter()
                .filter(|x| x.partnership == m.id)
                .map(|x| days.iter().filter(|d| x.actions.contains(&d.id)).count() as u32)
                .sum();
            Indicator {
                member: crate::fr::grammar::bare(&crate::parties::member_designation(m).0),
                partner: m
                    .partner
                    .as_ref()
                    .map_or_else(|| "pas encore choisi".to_string(), |x| x.short_name.clone()),
                has_partner: m.partner.is_some(),
                days_planned: planned,
                days_done: done,
                trainees_planned,
                trainees_registered,
                exchange_registered,
            }
        })
        .collect();
    let indicators: Vec<Indicator> = indicators;
    Report {
        year,
        milestones,
        meetings,
        members: indicators.len(),
        partnerships: indicators.iter().filter(|i| i.has_partner).count(),
        indicators,
    }
}
