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
    /// Partner name with its kind ("Canton de Kpélé"; "pas encore choisi", or
    /// "sans partenaire propre" for a member without one by design).
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
    /// The fewest support days the finished missions promised it.
    pub days_minimum: u32,
    /// Whether it received fewer days than the finished missions
    /// promised.
    pub below_minimum: bool,
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

/// What a step of the programme is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A milestone written in the data (its `text`).
    Milestone,
    /// A meeting of a committee no milestone tells.
    Meeting,
    /// The official launch, when no milestone tells it.
    Launch,
    /// A training session.
    Training,
    /// An exchange day between the partnerships.
    Exchange,
    /// A support mission of the consultant.
    Mission,
}

/// A step of the programme, dated: a milestone of the data (one that is a
/// meeting takes the meeting's date), or a meeting or action of the data
/// that no milestone tells, so that a report's steps never stop before
/// its date.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// When.
    pub date: chrono::NaiveDate,
    /// Last day, when it lasts several.
    pub end: Option<chrono::NaiveDate>,
    /// What kind of step.
    pub kind: StepKind,
    /// The milestone's text (empty for the other kinds).
    pub text: String,
    /// The committee's name, or the action's title.
    pub title: String,
    /// Where (town), for meetings and actions.
    pub city: String,
    /// For trainings and exchange days: the participants registered.
    pub registered: u32,
}

/// What one partnership did in one year, as the data tells it.
#[derive(Debug, Clone, Serialize)]
pub struct YearActivity {
    /// The year.
    pub year: i32,
    /// The account written in the data, if any (the report prints a
    /// placeholder without it, and `check` warns).
    pub text: Option<String>,
}

/// The accounts of one partnership over the report's years.
#[derive(Debug, Clone, Serialize)]
pub struct Activity {
    /// The member's id.
    pub member_id: String,
    /// Member name.
    pub member: String,
    /// Partner name, if chosen.
    pub partner: Option<String>,
    /// One account per year of the report the member took part in.
    pub years: Vec<YearActivity>,
}

/// The date of a milestone: its own, or its meeting's.
pub fn milestone_date(p: &Programme, m: &crate::model::Milestone) -> Option<chrono::NaiveDate> {
    milestone_days(p, m).map(|(first, _)| first)
}

/// The first day of milestone `m`, and its last when it lasts more than
/// one: its own date, or the days of the meeting or action it is.
fn milestone_days(
    p: &Programme,
    m: &crate::model::Milestone,
) -> Option<(chrono::NaiveDate, Option<chrono::NaiveDate>)> {
    match m.date {
        Some(d) => Some((d, None)),
        None => {
            let (_, first, last) = p.event(m.event()?)?;
            Some((first, (last != first).then_some(last)))
        }
    }
}

/// What a report says besides the accounts.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The year, or none for the final report.
    pub year: Option<i32>,
    /// The steps in scope up to the report's date, in date order.
    pub steps: Vec<Step>,
    /// Meetings in scope.
    pub meetings: Vec<MeetingLine>,
    /// T4 rows: every member of the period.
    pub indicators: Vec<Indicator>,
    /// Members in the period.
    pub members: usize,
    /// Of which with a partner.
    pub partnerships: usize,
    /// What each partnership did, year by year.
    pub activities: Vec<Activity>,
    /// The partnerships that received fewer support days than promised.
    pub below_minimum: Vec<String>,
}

/// The report content of `year` (or of the whole programme), as known on
/// `as_of`, the report's date.
pub fn report(p: &Programme, year: Option<i32>, as_of: chrono::NaiveDate) -> Report {
    let in_scope = |y: i32| year.is_none_or(|w| w == y);
    let steps = steps(p, year, as_of);
    let meetings = p
        .governance
        .meetings
        .iter()
        .filter(|m| in_scope(m.date.year()) && m.date <= as_of)
        .map(|m| MeetingLine {
            what: match m.kind {
                MeetingKind::Launch => "Lancement officiel du programme".into(),
                MeetingKind::Committee => committee_name(p, m),
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
            let (mut planned, mut done, mut minimum) = (0, 0, 0);
            for mission in missions {
                if let Some(d) = mission.days.get(&m.id) {
                    planned += d.planned;
                    if mission.start <= as_of {
                        done += d.done.unwrap_or(0);
                    }
                }
                if m.partner.is_some() && mission.end <= as_of {
                    minimum += mission.min_days_per_partnership;
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
                partner: match &m.partner {
                    Some(x) => partner_name(x),
                    None if m.without_partner => "sans partenaire propre".to_string(),
                    None if year.is_none() => "aucun partenaire choisi".to_string(),
                    None => "pas encore choisi".to_string(),
                },
                has_partner: m.partner.is_some(),
                days_planned: planned,
                days_done: done,
                trainees_planned,
                trainees_registered,
                exchange_registered,
                days_minimum: minimum,
                below_minimum: done < minimum,
            }
        })
        .collect();
    let indicators: Vec<Indicator> = indicators;
    let activities = p
        .members
        .iter()
        .map(|m| Activity {
            member_id: m.id.clone(),
            member: crate::fr::grammar::bare(&crate::parties::member_designation(m).0),
            partner: m.partner.as_ref().map(partner_name),
            years: p
                .programme
                .years()
                .into_iter()
                .filter(|&y| in_scope(y) && m.member_in(&p.programme, y))
                .map(|y| YearActivity {
                    year: y,
                    text: m.activities.get(&y).cloned(),
                })
                .collect(),
        })
        // Members of none of the report's years are not in it.
        .filter(|a| !a.years.is_empty())
        .collect();
    Report {
        year,
        steps,
        meetings,
        members: indicators.len(),
        partnerships: indicators.iter().filter(|i| i.has_partner).count(),
        below_minimum: indicators
            .iter()
            .filter(|i| i.below_minimum)
            .map(|i| i.member.clone())
            .collect(),
        indicators,
        activities,
    }
}

/// The name of the committee that holds meeting `m` (its id when unknown).
fn committee_name(p: &Programme, m: &crate::model::Meeting) -> String {
    p.governance
        .committee(&m.committee)
        .map_or_else(|| m.committee.clone(), |c| c.name.clone())
}

/// The steps of `year` (or of the whole programme) up to `as_of`: the
/// data's milestones, then every meeting and action no milestone tells.
fn steps(p: &Programme, year: Option<i32>, as_of: chrono::NaiveDate) -> Vec<Step> {
    let in_scope = |d: chrono::NaiveDate| d <= as_of && year.is_none_or(|w| w == d.year());
    let step = |date, end, kind, title: &str, city: &str, registered| Step {
        date,
        end,
        kind,
        text: String::new(),
        title: title.to_string(),
        city: city.to_string(),
        registered,
    };
    let registered = |id: &str| {
        p.participants
            .iter()
            .filter(|x| x.actions.iter().any(|a| a == id))
            .count() as u32
    };
    let mut steps: Vec<Step> = p
        .milestones
        .iter()
        .filter_map(|m| {
            let (date, end) = milestone_days(p, m)?;
            in_scope(date).then(|| Step {
                text: m.text.clone(),
                ..step(date, end, StepKind::Milestone, "", "", 0)
            })
        })
        .collect();
    // What a milestone tells is not told again.
    let told: Vec<&str> = p.milestones.iter().filter_map(|m| m.event()).collect();
    for m in &p.governance.meetings {
        if in_scope(m.date) && !told.contains(&m.id.as_str()) {
            let (kind, title) = match m.kind {
                MeetingKind::Launch => (StepKind::Launch, String::new()),
                MeetingKind::Committee => (StepKind::Meeting, committee_name(p, m)),
            };
            steps.push(step(m.date, m.end, kind, &title, &m.place.city, 0));
        }
    }
    for t in &p.actions.trainings {
        if in_scope(t.start) && !told.contains(&t.id.as_str()) {
            let end = (t.end != t.start).then_some(t.end);
            steps.push(step(
                t.start,
                end,
                StepKind::Training,
                &t.title,
                &t.place.city,
                registered(&t.id),
            ));
        }
    }
    for e in &p.actions.exchange_days {
        if in_scope(e.date) && !told.contains(&e.id.as_str()) {
            steps.push(step(
                e.date,
                e.end.filter(|end| *end != e.date),
                StepKind::Exchange,
                &e.title,
                &e.place.city,
                registered(&e.id),
            ));
        }
    }
    for m in &p.actions.missions {
        if in_scope(m.start) && !told.contains(&m.id.as_str()) {
            let end = (m.end != m.start).then_some(m.end);
            steps.push(step(m.start, end, StepKind::Mission, &m.title, "", 0));
        }
    }
    steps.sort_by_key(|s| s.date);
    steps
}

/// A partner as a table names it, with its kind, beside its member's
/// (« Canton de Kpélé », « Préfecture d'Antsirabe »): two partners of one
/// town are told apart.
fn partner_name(x: &crate::model::Partner) -> String {
    crate::fr::grammar::bare(&crate::parties::partner_designation(x).0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    use crate::test_support::shipped;

    #[test]
    fn steps_stop_at_the_report_date_and_reach_it() {
        let p = shipped();
        // A report of 2007 made on 30 September sees nothing later.
        let r = report(&p, Some(2007), d(2007, 9, 30));
        assert!(r.steps.iter().all(|s| s.date <= d(2007, 9, 30)));
        assert!(r.steps.windows(2).all(|w| w[0].date <= w[1].date));
        // The final report goes on to the end: the meetings and actions of
        // 2008 no milestone tells are steps of their own.
        let last = report(&p, None, d(2008, 12, 31));
        let kinds: Vec<StepKind> = last
            .steps
            .iter()
            .filter(|s| s.date.year() == 2008)
            .map(|s| s.kind)
            .collect();
        assert!(kinds.contains(&StepKind::Training));
        assert!(kinds.contains(&StepKind::Exchange));
        assert!(kinds.contains(&StepKind::Mission));
        // A meeting a milestone tells is not told twice.
        let told = last
            .steps
            .iter()
            .filter(|s| s.date == d(2006, 12, 5))
            .count();
        assert_eq!(told, 1);
    }

    #[test]
    fn accounts_of_each_year_and_missing_ones() {
        let mut p = shipped();
        let r = report(&p, None, d(2008, 12, 31));
        assert_eq!(r.activities.len(), p.members.len());
        assert!(r.activities.iter().all(|a| a.years.len() == 3));
        p.members[0].activities.remove(&2007);
        let r = report(&p, Some(2007), d(2008, 2, 29));
        let first = &r.activities[0];
        assert_eq!(first.years.len(), 1);
        assert!(first.years[0].text.is_none());
    }

    #[test]
    fn a_partnership_below_the_promised_days_is_named_once_the_mission_is_over() {
        let p = shipped();
        // The 2007 mission ends on 23 November: one partnership got one
        // day of the two promised.
        assert!(
            report(&p, Some(2007), d(2007, 11, 1))
                .below_minimum
                .is_empty()
        );
        assert_eq!(
            report(&p, Some(2007), d(2008, 2, 29)).below_minimum.len(),
            1
        );
    }
}
