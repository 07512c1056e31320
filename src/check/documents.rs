//! The families of documents the programme declares (`documents:`): each
//! one reads, its list exists, its patterns work out for every item, its
//! template exists, and its documents get names of their own.

use super::Ctx;
use crate::diagnostic::did_you_mean;
use crate::plan::{declares_families, families, plan_with};

/// Plans the documents and reports what is wrong with the declarations;
/// `templates` are the names of the templates a build can use.
pub fn check(ctx: &mut Ctx, templates: &[String]) {
    let p = ctx.programme;
    let own = declares_families(p);
    let locate = |i: usize, field: &str| {
        if own {
            ctx.at(&format!("documents[{i}].{field}"))
        } else {
            None
        }
    };
    let planned = plan_with(p, &locate);
    let mut found = planned.diagnostics;
    for (i, family) in families(p).iter().enumerate() {
        if templates.contains(&family.template) {
            continue;
        }
        let hint = match did_you_mean(&family.template, templates.iter().map(String::as_str)) {
            Some(s) => crate::t!("did-you-mean", suggestion = s),
            None => crate::t!("documents-unknown-template-hint"),
        };
        found.push(
            crate::Diagnostic::error(
                "documents",
                crate::t!(
                    "documents-unknown-template",
                    family = family.id.as_str(),
                    template = family.template.as_str()
                ),
            )
            .at(locate(i, "template"))
            .hint(hint),
        );
    }
    ctx.extend(found);
    super::letters::check(ctx, &planned.jobs);
}
