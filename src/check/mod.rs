//! The consistency rules of `gabarit check`, over a whole programme.
//!
//! Each rule is a function that reads the typed programme and pushes
//! diagnostics; it names the value it complains about by its YAML path (or
//! its CSV row), and [`Ctx`] turns that into a file, line and column. All
//! rules run, so the user sees every problem at once.

mod actions;
mod amounts;
mod budget;
mod dates;
mod documents;
mod identifiers;
mod letters;
mod membership;
mod references;
mod reports;
mod text;

pub use text::invisible;

use crate::diagnostic::{self, Diagnostic, Location, did_you_mean};
use crate::model::{Loaded, Locations, Programme};

/// Where the rules write, and how they locate what they complain about.
pub struct Ctx<'a> {
    /// The programme under check.
    pub programme: &'a Programme,
    locations: &'a Locations,
    out: Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    fn new(programme: &'a Programme, locations: &'a Locations) -> Self {
        Ctx {
            programme,
            locations,
            out: Vec::new(),
        }
    }

    /// The location of the YAML value at `path`.
    pub fn at(&self, path: &str) -> Option<Location> {
        self.locations.value(path)
    }

    /// The location of field `column` of ledger row `row`.
    pub fn ledger_at(&self, row: usize, column: &str) -> Option<Location> {
        self.locations.ledger.field(row, column)
    }

    /// The location of field `column` of participant row `row`.
    pub fn participant_at(&self, row: usize, column: &str) -> Option<Location> {
        self.locations.participants.field(row, column)
    }

    /// Reports an error.
    pub fn error(
        &mut self,
        rule: &'static str,
        at: Option<Location>,
        message: String,
        hint: String,
    ) {
        self.out
            .push(Diagnostic::error(rule, message).at(at).hint(hint));
    }

    /// Adds diagnostics found elsewhere.
    pub fn extend(&mut self, found: impl IntoIterator<Item = Diagnostic>) {
        self.out.extend(found);
    }

    /// Reports a warning.
    pub fn warning(
        &mut self,
        rule: &'static str,
        at: Option<Location>,
        message: String,
        hint: String,
    ) {
        self.out
            .push(Diagnostic::warning(rule, message).at(at).hint(hint));
    }

    /// Reports a reference to an id that does not exist, suggesting the
    /// closest existing one.
    pub fn unknown_reference<'b>(
        &mut self,
        at: Option<Location>,
        what: &str,
        id: &str,
        known: impl IntoIterator<Item = &'b str>,
    ) {
        // An id written wrong where it is defined (`Melle`) is said
        // there, once: the references written right (`melle`) are not
        // errors of their own, and a wrong id is never suggested.
        let (known, wrong): (Vec<&str>, Vec<&str>) =
            known.into_iter().partition(|k| references::well_formed(k));
        if wrong.iter().any(|k| crate::plan::slug(k) == id) {
            return;
        }
        let hint = match did_you_mean(id, known.iter().copied()) {
            Some(s) => crate::t!("did-you-mean", suggestion = s),
            None if known.is_empty() => crate::t!("ref-none-yet", what = noun(what)),
            None => crate::t!("ref-known", what = noun(what), ids = known.join(", ")),
        };
        self.error(
            "unknown-reference",
            at,
            crate::t!("ref-unknown", id = id, what = noun(what)),
            hint,
        );
    }
}

/// A date as the rules' messages write it: `05/12/2006`.
pub fn day(date: chrono::NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// What a rule names in English (`budget line`), in the current language.
pub fn noun(what: &str) -> String {
    let key: String = what
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    crate::i18n::tr(&format!("noun-{key}"), &[])
}

/// Applies every rule to a loaded programme. Returns the loading
/// diagnostics followed by the rules' findings, sorted by place.
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    check_with(loaded, &[])
}

/// Like [`check`], for a build that also takes templates from `extra`
/// folders (`--templates DIR`).
pub fn check_with(loaded: &Loaded, extra: &[std::path::PathBuf]) -> Vec<Diagnostic> {
    let mut all = loaded.diagnostics.clone();
    if let Some(programme) = &loaded.programme {
        let data = loaded.sources.path(loaded.locations.yaml_file);
        let mut dirs = crate::build::template_dirs(data);
        dirs.extend(extra.iter().cloned());
        let templates = template_names(&dirs);
        // A template that is a link, a pipe or a device, or that holds an
        // invisible character, is said here, not only when a build reads
        // it.
        for dir in &dirs {
            for (_, path) in crate::template::files_in(dir) {
                if let Err(d) = crate::template::usable(&path) {
                    all.push(d);
                }
            }
        }
        all.extend(check_programme_with(
            programme,
            &loaded.locations,
            &templates,
        ));
    }
    diagnostic::sort(&mut all);
    all
}

/// The names of the shipped templates and of those in `dirs`.
fn template_names(dirs: &[std::path::PathBuf]) -> Vec<String> {
    let mut names: Vec<String> = crate::build::SHIPPED
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    for dir in dirs {
        names.extend(
            crate::template::files_in(dir)
                .into_iter()
                .map(|(name, _)| name),
        );
    }
    names.sort();
    names.dedup();
    names
}

/// The longest period, in budget years, the rules accept.
pub const MAX_YEARS: usize = 20;

/// Applies every rule to a programme, its families of documents checked
/// against the shipped templates.
pub fn check_programme(programme: &Programme, locations: &Locations) -> Vec<Diagnostic> {
    let shipped = template_names(&[]);
    check_programme_with(programme, locations, &shipped)
}

/// Applies every rule to a programme whose build can use `templates`.
pub fn check_programme_with(
    programme: &Programme,
    locations: &Locations,
    templates: &[String],
) -> Vec<Diagnostic> {
    let mut ctx = Ctx::new(programme, locations);
    // A mistyped year (9999) would make every rule about years speak
    // thousands of times: say the one cause, alone.
    let info = &programme.programme;
    let years = info.years().len();
    if years > MAX_YEARS {
        ctx.error(
            "date-period",
            ctx.at("programme.end"),
            crate::t!(
                "period-too-long",
                years = years,
                start = day(info.start),
                end = day(info.end)
            ),
            crate::t!("period-too-long-hint"),
        );
        return ctx.out;
    }
    // A period that ends before it starts has no year: every rule about
    // years would speak of none. Say the one cause, alone.
    if info.end < info.start {
        ctx.error(
            "date-order",
            ctx.at("programme.end"),
            crate::t!(
                "date-after",
                first = crate::t!("date-programme-start"),
                first_date = day(info.start),
                second = crate::t!("date-its-end"),
                second_date = day(info.end)
            ),
            crate::t!("period-reversed-hint"),
        );
        return ctx.out;
    }
    references::unique_ids(&mut ctx);
    references::resolve(&mut ctx);
    amounts::check(&mut ctx);
    budget::check(&mut ctx);
    dates::check(&mut ctx);
    actions::check(&mut ctx);
    membership::check(&mut ctx);
    identifiers::check(&mut ctx);
    reports::check(&mut ctx);
    text::check(&mut ctx);
    documents::check(&mut ctx, templates);
    ctx.out
}
