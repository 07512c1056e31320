//! `gabarit status`: the state of every document of the programme —
//! issued (number, date, signed copy or not), changed since issue (an
//! amendment is needed), up to date, out of date, never made, withdrawn —
//! as a table or as JSON.

use serde::Serialize;

use crate::build::{Currency, Options, job_name};
use crate::model::Programme;
use crate::model::register::{Change, SignedKind};
use crate::{Diagnostic, t};

/// The state of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Issued, and its data unchanged since.
    Issued,
    /// Issued, and its data changed since: an amendment is needed.
    Changed,
    /// Not issued; its files are those of the data.
    UpToDate,
    /// Not issued; its files were made from other data.
    OutOfDate,
    /// Not issued, never made.
    NeverMade,
    /// Issued, then withdrawn.
    Withdrawn,
}

impl State {
    /// Its words, in the current language.
    pub fn said(self) -> String {
        let key = match self {
            State::Issued => "status-issued",
            State::Changed => "status-changed",
            State::UpToDate => "status-up-to-date",
            State::OutOfDate => "status-out-of-date",
            State::NeverMade => "status-never-made",
            State::Withdrawn => "status-withdrawn",
        };
        crate::i18n::tr(key, &[])
    }
}

/// One line of the status.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// `folder/name`.
    pub document: String,
    /// What it is.
    pub title: String,
    /// Its state.
    pub state: State,
    /// Its act number, when issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// When it was issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<chrono::NaiveDate>,
    /// How its signed copy was signed, when it came back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<SignedKind>,
    /// The document it amends, for an amendment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amends: Option<String>,
    /// What changed since issue.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

/// The state of every document of `p` (reviewed: its `changed_acts`
/// set), in plan order, then the acts no longer in the plan and the
/// withdrawn ones, in the order of issue.
pub fn status(p: &Programme, opts: &Options<'_>) -> Result<Vec<Row>, Diagnostic> {
    let survey = crate::build::survey(p, opts)?;
    let act_row = |act: &crate::model::register::Act| {
        let changed = p.changed_acts.iter().find(|c| c.act.number == act.number);
        let state = if !act.stands() {
            State::Withdrawn
        } else if changed.is_some() {
            State::Changed
        } else {
            State::Issued
        };
        Row {
            document: act.document.clone(),
            title: act.title.clone(),
            state,
            number: Some(act.number.clone()),
            issued: Some(act.issued),
            signed: act.signed.as_ref().map(|s| s.kind),
            amends: act.amends.clone(),
            changes: changed.map(|c| c.changes.clone()).unwrap_or_default(),
        }
    };
    let mut rows = Vec::new();
    let mut placed = std::collections::BTreeSet::new();
    for (job, currency) in &survey {
        let document = job_name(job);
        let state = match currency {
            Currency::Current => State::UpToDate,
            Currency::Stale => State::OutOfDate,
            Currency::Missing => State::NeverMade,
            Currency::Issued => {
                if let Some(act) = p.register.standing(&document) {
                    placed.insert(act.number.clone());
                    rows.push(act_row(act));
                }
                continue;
            }
        };
        rows.push(Row {
            document,
            title: crate::build::job_title(job),
            state,
            number: None,
            issued: None,
            signed: None,
            amends: None,
            changes: Vec::new(),
        });
    }
    for act in &p.register.acts {
        if !placed.contains(&act.number) {
            rows.push(act_row(act));
        }
    }
    Ok(rows)
}

/// The rows as a table for the terminal: state, number, date, document.
pub fn table(rows: &[Row]) -> String {
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            let mut state = r.state.said();
            if r.signed.is_some() {
                state = t!("status-signed", state = state);
            }
            [
                state,
                r.number.clone().unwrap_or_default(),
                r.issued.map(crate::check::day).unwrap_or_default(),
                r.document.clone(),
            ]
        })
        .collect();
    let header = [
        t!("status-head-state"),
        t!("status-head-number"),
        t!("status-head-date"),
        t!("status-head-document"),
    ];
    let width = |i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let line = |c: &[String; 4]| {
        let mut out = String::new();
        for (i, w) in widths.iter().enumerate() {
            out.push_str(&c[i]);
            out.push_str(&" ".repeat(w - c[i].chars().count() + 2));
        }
        out.push_str(&c[3]);
        out.trim_end().to_string()
    };
    let mut out = line(&header);
    out.push('\n');
    for c in &cells {
        out.push_str(&line(c));
        out.push('\n');
    }
    for r in rows.iter().filter(|r| r.state == State::Changed) {
        out.push_str(&t!(
            "status-changes",
            document = r.document.as_str(),
            changes = super::review::said(&r.changes)
        ));
        out.push('\n');
    }
    let count = |s: State| rows.iter().filter(|r| r.state == s).count();
    out.push_str(&t!(
        "status-summary",
        issued = count(State::Issued) + count(State::Changed),
        changed = count(State::Changed),
        current = count(State::UpToDate),
        stale = count(State::OutOfDate),
        never = count(State::NeverMade),
        withdrawn = count(State::Withdrawn)
    ));
    out.push('\n');
    out
}

/// The rows as JSON.
pub fn json(rows: &[Row]) -> String {
    let mut text = serde_json::to_string_pretty(rows).unwrap_or_default();
    text.push('\n');
    text
}
