//! What became of each issued document since its issue: for every
//! standing act of the register, what its template receives now compared
//! with what it received when issued (or amended last), read from the
//! archive. The documents whose text would change are the programme's
//! `changed_acts`, what amendments and letters of postponement are made
//! for; `check` and `build` say each one as a warning.

use std::sync::Arc;

pub use super::archive::Place;

use crate::Diagnostic;
use crate::model::Programme;
use crate::model::register::{Act, ChangedAct, files};
use crate::plan::Job;
use crate::t;
use crate::template::Templates;

/// The state an issued document was last issued in: what its template
/// received and the text it made, from its own archive or from its last
/// amendment's, with that act's number and date.
pub struct IssuedState {
    /// The act whose archive holds the state.
    pub number: String,
    /// Its date of issue.
    pub issued: chrono::NaiveDate,
    /// What the template received.
    pub context: serde_json::Value,
    /// The text it made.
    pub text: String,
}

/// The last issued state of the standing act `act`.
pub fn issued_state(p: &Programme, place: &Place, act: &Act) -> Result<IssuedState, Diagnostic> {
    let last = p.register.amendments_of(&act.document).last();
    let (holder, context, text) = match last {
        Some(amendment) => (amendment, files::STATE_CONTEXT, files::STATE_TEXT),
        None => (act, files::CONTEXT, files::TEXT),
    };
    let context_bytes = place.read(holder, context)?;
    let text_bytes = place.read(holder, text)?;
    let context = serde_json::from_slice(&context_bytes).map_err(|e| {
        Diagnostic::error(
            "register",
            t!(
                "register-archive-damaged",
                number = holder.number.as_str(),
                path = place.folder_of(holder).join(context).display().to_string(),
                reason = e.to_string()
            ),
        )
        .hint(t!("register-archive-damaged-hint"))
    })?;
    Ok(IssuedState {
        number: holder.number.clone(),
        issued: holder.issued,
        context,
        text: String::from_utf8_lossy(&text_bytes).into_owned(),
    })
}

/// Finds the issued documents of `p` whose data changed since, sets them
/// as `p.changed_acts`, and says each one (warnings), with what cannot
/// be read of the archive (errors). `templates` are those a build uses.
pub fn review(p: &mut Programme, place: &Place, templates: &Templates) -> Vec<Diagnostic> {
    p.changed_acts.clear();
    if p.register.acts.is_empty() {
        return Vec::new();
    }
    let shared = crate::context::Shared::new(p);
    let jobs = crate::plan::plan_shared(p, &shared);
    let years = p.programme.years();
    let mut out = Vec::new();
    let mut changed = Vec::new();
    let standing: Vec<&Act> = p
        .register
        .acts
        .iter()
        .filter(|a| a.stands() && a.amends.is_none())
        .collect();
    for act in standing {
        let at =
            |d: Diagnostic| d.in_file(place.register.display().to_string(), place.line_of(act), 0);
        let Some(job) = jobs
            .iter()
            .find(|j| crate::build::job_name(j) == act.document)
        else {
            out.push(
                at(Diagnostic::warning(
                    "register",
                    t!(
                        "register-not-planned",
                        number = act.number.as_str(),
                        date = crate::check::day(act.dated),
                        document = act.document.as_str()
                    ),
                ))
                .hint(t!(
                    "register-not-planned-hint",
                    document = act.document.as_str()
                )),
            );
            continue;
        };
        let state = match issued_state(p, place, act) {
            Ok(s) => s,
            Err(d) => {
                out.push(d);
                continue;
            }
        };
        let after = crate::context::context_json(p, &shared, job);
        let Ok(after_text) = crate::build::fill(p, &shared, job, templates) else {
            // A template that does not fill is the build's to say.
            continue;
        };
        if after_text == state.text {
            continue;
        }
        let used = templates.words_of(&job.template);
        let changes = super::changes::changes(
            &state.context,
            &after,
            &state.text,
            &after_text,
            &years,
            &used,
        );
        if changes.is_empty() {
            out.push(
                at(Diagnostic::warning(
                    "register",
                    t!(
                        "register-template-changed",
                        number = act.number.as_str(),
                        date = crate::check::day(act.dated),
                        title = act.title.as_str()
                    ),
                ))
                .hint(t!("register-template-changed-hint")),
            );
            continue;
        }
        out.push(
            at(Diagnostic::warning(
                "register",
                t!(
                    "register-changed",
                    number = state.number.as_str(),
                    date = crate::check::day(state.issued),
                    title = act.title.as_str(),
                    changes = said(&changes)
                ),
            ))
            .hint(t!(
                "register-changed-hint",
                document = act.document.as_str()
            )),
        );
        let amendment = p.register.amendments_of(&act.document).count() + 1;
        changed.push(Arc::new(ChangedAct {
            act: act.clone(),
            amendment,
            since: (state.number, state.issued),
            before: Arc::new(state.context),
            after: Arc::new(after),
            after_text: Arc::new(after_text),
            changes,
            tags: tags_of(job),
        }));
    }
    if !changed.is_empty() && p.issued.amendments.is_none() {
        out.push(
            Diagnostic::warning("register", t!("register-amendment-undated"))
                .in_file(place.register.display().to_string(), 1, 0)
                .hint(t!("register-amendment-undated-hint")),
        );
    }
    p.changed_acts = changed;
    out
}

/// The ids an amendment of `job` concerns: the document's own name and
/// its ids, so that `--only` finds the amendment by either.
fn tags_of(job: &Job) -> Vec<String> {
    let mut tags = vec![job.name.clone()];
    tags.extend(job.tags.iter().filter(|t| **t != job.family).cloned());
    tags
}

/// The changes in one line: the first few, then how many more.
pub fn said(changes: &[crate::model::register::Change]) -> String {
    const SHOWN: usize = 5;
    let mut parts: Vec<String> = changes
        .iter()
        .take(SHOWN)
        .map(|c| {
            t!(
                "register-change",
                label = crate::fr::plain(&c.label),
                before = crate::fr::plain(&c.before),
                after = crate::fr::plain(&c.after)
            )
        })
        .collect();
    if changes.len() > SHOWN {
        parts.push(t!("register-more-changes", count = changes.len() - SHOWN));
    }
    parts.join(" ; ")
}
