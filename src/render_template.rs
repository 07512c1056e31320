//! `gabarit render TEMPLATE --data PROGRAMME [--record ID]`: one template
//! rendered with exactly the context `build` gives it, so a template
//! author can try a shipped template, or a copy of one, alone.
//!
//! The document is one of the programme's plan: the one the template
//! makes, or, when it makes several, the one `--record` names (the end of
//! its file name: `ruffec` for `convention-programme-ruffec`,
//! `2007` for `etat-financier-2007`). A template that `build` does not use
//! (a copy under a new name) renders any document `--record` names.

use std::path::{Path, PathBuf};

use crate::build::template_dirs;
use crate::document::Document;
use crate::model::Programme;
use crate::plan::{Job, plan};
use crate::{Diagnostic, t};

fn failure(place: &Path, message: String, hint: String) -> Diagnostic {
    crate::build::failure("", place.display().to_string(), message, hint)
}

/// Whether `job` is the one `record` names.
fn names(job: &Job, record: &str) -> bool {
    job.name == record || job.name.ends_with(&format!("-{record}"))
}

/// The document `template` makes for the job `record` names (or its only
/// one) in programme `p` read from `data`.
pub fn render_template(
    data: &Path,
    p: &Programme,
    template: &Path,
    record: Option<&str>,
) -> Result<(Job, Document), Diagnostic> {
    let name = template
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = std::fs::read_to_string(template).map_err(|e| {
        failure(
            template,
            t!("render-cannot-read", reason = crate::i18n::io_reason(&e)),
            t!("render-cannot-read-hint"),
        )
    })?;
    let own_dir = template
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    // The shipped templates, the programme's own, then the template's
    // folder (its siblings, for includes) and the template itself.
    let mut dirs = template_dirs(data);
    dirs.push(own_dir);
    let templates =
        crate::build::templates_with(&dirs, Some((name.clone(), template.to_path_buf(), text)))?;
    let jobs = plan(p);
    let own: Vec<&Job> = jobs.iter().filter(|j| j.template == name).collect();
    let pool: Vec<&Job> = if own.is_empty() {
        jobs.iter().collect()
    } else {
        own.clone()
    };
    let chosen: Vec<&Job> = match record {
        Some(r) => pool.iter().copied().filter(|j| names(j, r)).collect(),
        None if own.len() == 1 => own.clone(),
        None => Vec::new(),
    };
    let job = match chosen.as_slice() {
        [one] => (*one).clone(),
        _ => {
            let some: Vec<&str> = pool.iter().take(6).map(|j| j.name.as_str()).collect();
            let (message, hint) = match (record, own.len()) {
                (Some(r), _) if chosen.is_empty() => (
                    t!("render-no-such-record", record = r),
                    t!("render-no-such-record-hint", names = some.join(", ")),
                ),
                (Some(r), _) => (
                    t!("render-many-records", record = r, count = chosen.len()),
                    t!(
                        "render-many-records-hint",
                        names = chosen
                            .iter()
                            .take(6)
                            .map(|j| j.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                (None, 0) => (
                    t!("render-not-built"),
                    t!("render-not-built-hint", names = some.join(", ")),
                ),
                (None, n) => (
                    t!("render-several", count = n),
                    t!("render-several-hint", names = some.join(", ")),
                ),
            };
            return Err(failure(template, message, hint));
        }
    };
    let shared = crate::context::Shared::new(p);
    let context = crate::context::context_with(p, &shared, &job);
    let filled = templates.render(&name, &context)?;
    let doc = crate::build::parse_filled(p, &job, &name, &filled, &templates, &dirs)?;
    Ok((job, doc))
}
