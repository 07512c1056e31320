//! The plan: which documents to make, from which template and record, and
//! under which file name. Plain data, so selecting (`--kind`, `--year`,
//! `--only`) is filtering a list, and `--dry-run` prints it.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::Format;
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::items::{Item, List, items};
use crate::model::{Family, FormatName, Programme};
use crate::t;
use crate::template::Templates;

/// The shipped family declarations, made when a programme declares none.
pub const SHIPPED_DOCUMENTS: &str = include_str!("../templates/documents.yaml");

/// One document to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The id of its family.
    pub family: String,
    /// Its family's label for people (its id when it has none).
    pub family_label: String,
    /// The folder of the output folder it goes in.
    pub folder: String,
    /// The template, by file name.
    pub template: String,
    /// What it is about.
    pub item: Item,
    /// The file name without extension: a readable ASCII slug, unique in
    /// its folder.
    pub name: String,
    /// The year it belongs to (none for conventions and whole-programme
    /// documents).
    pub year: Option<i32>,
    /// The ids it concerns (its family, member, meeting, training…), for
    /// `--only`.
    pub tags: Vec<String>,
    /// One line for people: what this document is.
    pub title: String,
    /// The document's date.
    pub date: NaiveDate,
    /// The formats its family is made in.
    pub formats: Vec<Format>,
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}  ←  {}  ({})",
            self.folder, self.name, self.template, self.title
        )
    }
}

/// The shipped declarations, read once.
fn shipped() -> &'static Result<Vec<Family>, String> {
    static SHIPPED: std::sync::OnceLock<Result<Vec<Family>, String>> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| {
        serde_saphyr::from_str::<crate::model::documents::DocumentsFile>(SHIPPED_DOCUMENTS)
            .map(|f| f.documents)
            .map_err(|e| e.to_string())
    })
}

/// The families `p` makes: its own declarations, or the shipped ones.
pub fn families(p: &Programme) -> &[Family] {
    match &p.documents {
        Some(own) => own,
        None => shipped().as_deref().unwrap_or(&[]),
    }
}

/// Whether `p` declares its own families (else the shipped ones are
/// made, and a diagnostic about them has no place in the user's file).
pub fn declares_families(p: &Programme) -> bool {
    p.documents.is_some()
}

/// How a family's date is found.
enum DateRule {
    /// One of the list's dates.
    Named(String),
    /// The same date for every document.
    Fixed(NaiveDate),
    /// An expression, evaluated for each item.
    Expression,
}

/// Where the diagnostics of the declarations point: the YAML value of
/// field `field` of family number `index`.
pub type Locate<'a> = &'a dyn Fn(usize, &str) -> Option<Location>;

/// The plan and what is wrong with the declarations it comes from.
#[derive(Debug, Default)]
pub struct Planned {
    /// Every document, in the order of the families, then of the lists.
    pub jobs: Vec<Job>,
    /// The problems of the declarations (errors leave their family out).
    pub diagnostics: Vec<Diagnostic>,
}

/// Every document the programme needs, in a stable order. The
/// declarations' problems are left out: `check` reports them (see
/// [`plan_with`]).
pub fn plan(p: &Programme) -> Vec<Job> {
    plan_shared(p, &crate::context::Shared::new(p))
}

/// [`plan`], with what every template gets converted beforehand (a build
/// converts it once for the plan and the documents).
pub fn plan_shared(p: &Programme, shared: &crate::context::Shared) -> Vec<Job> {
    plan_in(p, shared, &|_, _| None).jobs
}

/// The plan, with the problems of the declarations located by `locate`.
pub fn plan_with(p: &Programme, locate: Locate<'_>) -> Planned {
    plan_in(p, &crate::context::Shared::new(p), locate)
}

fn plan_in(p: &Programme, shared: &crate::context::Shared, locate: Locate<'_>) -> Planned {
    let mut out = Planned::default();
    if !declares_families(p)
        && let Err(e) = shipped()
    {
        out.diagnostics.push(
            Diagnostic::error(
                "documents",
                t!("documents-shipped-unreadable", reason = e.as_str()),
            )
            .hint(t!("documents-shipped-unreadable-hint")),
        );
        return out;
    }
    let families = families(p);
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, family) in families.iter().enumerate() {
        let mut problem = |field: &str, message: String, hint: String| {
            out.diagnostics.push(
                Diagnostic::error("documents", message)
                    .at(locate(index, field))
                    .hint(hint),
            );
        };
        if slug(&family.id) != family.id {
            problem(
                "id",
                t!("documents-bad-id", id = family.id.as_str()),
                t!("documents-bad-id-hint", suggestion = slug(&family.id)),
            );
        } else if let Some(first) = ids.insert(&family.id, index) {
            problem(
                "id",
                t!(
                    "documents-same-id",
                    id = family.id.as_str(),
                    first = first + 1,
                    second = index + 1
                ),
                t!("documents-same-id-hint"),
            );
        }
        if slug(&family.folder) != family.folder {
            problem(
                "folder",
                t!("documents-bad-folder", folder = family.folder.as_str()),
                t!(
                    "documents-bad-folder-hint",
                    suggestion = slug(&family.folder)
                ),
            );
            continue;
        }
        let Some(list) = List::parse(&family.for_each) else {
            let hint = match did_you_mean(&family.for_each, List::names()) {
                Some(s) => t!("did-you-mean", suggestion = s),
                None => t!(
                    "documents-lists",
                    lists = List::names().collect::<Vec<_>>().join(", ")
                ),
            };
            problem(
                "for_each",
                t!("documents-unknown-list", list = family.for_each.as_str()),
                hint,
            );
            continue;
        };
        let formats: Vec<Format> = match &family.formats {
            None => vec![Format::Pdf, Format::Docx],
            Some(list) => FormatName::formats(list),
        };
        if formats.is_empty() {
            problem(
                "formats",
                t!("documents-no-format"),
                t!("documents-no-format-hint"),
            );
            continue;
        }
        let date_text = family.date.trim();
        let rule = if !date_text.is_empty()
            && date_text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_')
        {
            if list.dates().contains(&date_text) {
                DateRule::Named(date_text.to_string())
            } else {
                let hint = if list.dates().is_empty() {
                    t!("documents-no-dates")
                } else {
                    t!(
                        "documents-dates-of",
                        list = list.name(),
                        dates = list.dates().join(", ")
                    )
                };
                problem(
                    "date",
                    t!(
                        "documents-not-a-date-of",
                        date = date_text,
                        list = list.name()
                    ),
                    hint,
                );
                continue;
            }
        } else if let Some(d) = crate::model::csv_lists::parse_date(date_text) {
            DateRule::Fixed(d)
        } else if date_text.contains("{{") {
            DateRule::Expression
        } else {
            problem(
                "date",
                t!("documents-not-a-date", date = date_text),
                t!("documents-not-a-date-hint", dates = list.dates().join(", ")),
            );
            continue;
        };
        // A pattern is one short line: a filter is a condition, never a
        // tag (`%}` pasted into it would close the tag it is put in), and
        // no pattern loops.
        if let Some(filter) = &family.filter
            && ["{%", "%}", "{{", "}}", "{#", "#}"]
                .iter()
                .any(|t| filter.contains(t))
        {
            problem(
                "filter",
                t!("documents-filter-tag", filter = filter.as_str()),
                t!("documents-filter-tag-hint"),
            );
            continue;
        }
        let looping = [
            ("name", &family.name),
            ("title", &family.title),
            ("date", &family.date),
        ]
        .into_iter()
        .find(|(_, text)| {
            text.split("{%").skip(1).any(|tag| {
                tag.trim_start()
                    .trim_start_matches('-')
                    .trim_start()
                    .starts_with("for ")
            })
        });
        if let Some((field, _)) = looping {
            problem(
                field,
                t!("documents-pattern-loop", field = field),
                t!("documents-pattern-loop-hint"),
            );
            continue;
        }
        // The patterns, compiled once: a mistake in one is told once.
        let mut sources = vec![
            (
                "name".to_string(),
                PathBuf::from("name"),
                family.name.clone(),
            ),
            (
                "title".to_string(),
                PathBuf::from("title"),
                family.title.clone(),
            ),
        ];
        if let Some(filter) = &family.filter {
            sources.push((
                "filter".to_string(),
                PathBuf::from("filter"),
                format!("{{% if {filter} %}}1{{% endif %}}"),
            ));
        }
        if matches!(rule, DateRule::Expression) {
            sources.push((
                "date".to_string(),
                PathBuf::from("date"),
                date_text.to_string(),
            ));
        }
        let patterns = match Templates::plain(sources) {
            Ok(t) => t,
            Err(e) => {
                let file = match &e.span {
                    Some(crate::diagnostic::Span::File { path, .. }) => path.clone(),
                    _ => String::new(),
                };
                let field = match file.as_str() {
                    "name" | "title" | "filter" | "date" => file,
                    _ => "name".into(),
                };
                problem(
                    &field,
                    t!(
                        "documents-unreadable-pattern",
                        field = field.as_str(),
                        reason = e.message.as_str()
                    ),
                    pattern_hint(list),
                );
                continue;
            }
        };
        let mut made: Vec<Job> = Vec::new();
        let mut failed = false;
        for item in items(p, list) {
            let mut c = shared.context();
            crate::context::item_variables(p, shared, &item, &mut c);
            let render = |field: &str| {
                patterns
                    .render(field, &c)
                    .map_err(|e| (field.to_string(), e.message))
            };
            let result = (|| -> Result<Option<Job>, (String, String)> {
                if family.filter.is_some() && render("filter")?.trim().is_empty() {
                    return Ok(None);
                }
                let name = slug(&render("name")?);
                let title = render("title")?.trim().to_string();
                let date = match &rule {
                    DateRule::Named(n) => item.date(p, n).ok_or_else(|| {
                        (
                            "date".to_string(),
                            t!("documents-no-such-date", date = n.as_str()),
                        )
                    })?,
                    DateRule::Fixed(d) => *d,
                    DateRule::Expression => {
                        let text = render("date")?;
                        crate::model::csv_lists::parse_date(text.trim()).ok_or_else(|| {
                            (
                                "date".to_string(),
                                t!("documents-gives-no-date", text = text.trim()),
                            )
                        })?
                    }
                };
                let mut tags = vec![family.id.clone()];
                tags.extend(item.tags(p));
                Ok(Some(Job {
                    family: family.id.clone(),
                    family_label: family.label.clone().unwrap_or_else(|| family.id.clone()),
                    folder: family.folder.clone(),
                    template: family.template.clone(),
                    year: item.year(p),
                    item,
                    name,
                    tags,
                    title,
                    date,
                    formats: formats.clone(),
                }))
            })();
            match result {
                Ok(Some(job)) => made.push(job),
                Ok(None) => {}
                Err((field, message)) => {
                    problem(
                        &field,
                        t!(
                            "documents-pattern-fails",
                            field = field.as_str(),
                            what = list.what(),
                            reason = message
                        ),
                        pattern_hint(list),
                    );
                    failed = true;
                    break;
                }
            }
        }
        if failed {
            continue;
        }
        if made.len() > 1 && made.iter().all(|j| j.name == made[0].name) {
            problem(
                "name",
                t!(
                    "documents-one-name",
                    family = family.id.as_str(),
                    name = made[0].name.as_str()
                ),
                t!(
                    "documents-one-name-hint",
                    list = list.name(),
                    variables = list.variables()
                ),
            );
            continue;
        }
        out.jobs.extend(made);
    }
    let renamed = make_unique(&mut out.jobs);
    // A few renamings of one name are said one by one, the rest counted.
    const SAID: usize = 3;
    let mut per_name: BTreeMap<(String, String), (usize, String)> = BTreeMap::new();
    for (job, first) in &renamed {
        let entry = per_name
            .entry((job.folder.clone(), first.clone()))
            .or_insert((0, job.family.clone()));
        entry.0 += 1;
    }
    for ((folder, first), (count, family)) in per_name.iter().filter(|(_, (c, _))| *c > SAID) {
        let index = families.iter().position(|f| f.id == *family).unwrap_or(0);
        out.diagnostics.push(
            Diagnostic::warning(
                "documents",
                t!(
                    "documents-homonyms-more",
                    name = format!("{folder}/{first}"),
                    count = count - SAID
                ),
            )
            .at(locate(index, "name"))
            .hint(t!("documents-homonyms-hint")),
        );
    }
    let mut said: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (job, first) in renamed {
        let n = said.entry((job.folder.clone(), first.clone())).or_default();
        *n += 1;
        if *n > SAID {
            continue;
        }
        let index = families
            .iter()
            .position(|f| f.id == job.family)
            .unwrap_or(0);
        out.diagnostics.push(
            Diagnostic::warning(
                "documents",
                t!(
                    "documents-homonyms",
                    first = format!("{}/{first}", job.folder),
                    second = job.name.as_str()
                ),
            )
            .at(locate(index, "name"))
            .hint(t!("documents-homonyms-hint")),
        );
    }
    out
}

/// What a pattern of a family over `list` may use.
fn pattern_hint(list: List) -> String {
    t!(
        "documents-pattern-hint",
        list = list.name(),
        variables = list.variables()
    )
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

/// Two documents never get the same file: the second of a name gets `-2`.
/// Returns each renamed job with the name it would have had.
fn make_unique(jobs: &mut [Job]) -> Vec<(Job, String)> {
    let mut taken: std::collections::HashSet<(String, String)> = std::collections::HashSet::new();
    // The next number to try for each name, so that ten thousand
    // documents of one name are renamed in linear time.
    let mut next: std::collections::HashMap<(String, String), usize> =
        std::collections::HashMap::new();
    let mut renamed = Vec::new();
    for job in jobs.iter_mut() {
        let first = job.name.clone();
        let key = (job.folder.clone(), first.clone());
        let mut n = 1;
        if !taken.insert(key.clone()) {
            n = next.get(&key).copied().unwrap_or(1);
            loop {
                n += 1;
                job.name = format!("{first}-{n}");
                if taken.insert((job.folder.clone(), job.name.clone())) {
                    break;
                }
            }
            next.insert(key, n);
        }
        if n > 1 {
            renamed.push((job.clone(), first));
        }
    }
    renamed
}

/// Whether `kind` (from `--kind`) names the family of `job`: its id, its
/// folder, or its folder without the final `s`.
pub fn names_family(kind: &str, job: &Job) -> bool {
    let kind = slug(kind);
    kind == job.family || kind == job.folder || format!("{kind}s") == job.folder
}

/// What the user asked to make.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Families, by id or by folder (all when empty): `convention`
    /// names the folder `conventions`.
    pub kinds: Vec<String>,
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
        (self.kinds.is_empty() || self.kinds.iter().any(|k| names_family(k, job)))
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
        let job = |name: &str| Job {
            family: "f".into(),
            family_label: "f".into(),
            folder: "invitations".into(),
            template: "t".into(),
            item: Item::Programme,
            name: name.into(),
            year: None,
            tags: Vec::new(),
            title: String::new(),
            date: NaiveDate::MIN,
            formats: vec![Format::Pdf],
        };
        let mut jobs = vec![job("x"), job("x-2"), job("x"), job("x")];
        let renamed = make_unique(&mut jobs);
        let names: Vec<&str> = jobs.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names, ["x", "x-2", "x-3", "x-4"]);
        assert_eq!(renamed.len(), 2);
    }

    #[test]
    fn the_shipped_declarations_read_and_plan_without_a_problem() {
        assert!(shipped().is_ok(), "{:?}", shipped());
        let p = crate::test_support::shipped();
        let planned = plan_with(&p, &|_, _| None);
        assert!(planned.diagnostics.is_empty(), "{:?}", planned.diagnostics);
        // Amendments and letters of postponement are made only once an
        // issued document's data change.
        for family in families(&p).iter().filter(|f| f.for_each != "changed_acts") {
            assert!(
                planned.jobs.iter().any(|j| j.family == family.id),
                "{} makes no document",
                family.id
            );
        }
    }

    fn with_family(edit: impl Fn(&mut Family)) -> Planned {
        let mut p = crate::test_support::shipped();
        let mut own = families(&p).to_vec();
        for f in &mut own {
            edit(f);
        }
        p.documents = Some(own);
        plan_with(&p, &|_, _| None)
    }

    #[test]
    fn a_wrong_declaration_is_told() {
        let first = |planned: Planned| planned.diagnostics[0].message.clone();
        let m = first(with_family(|f| {
            if f.id == "convention-etat" {
                f.for_each = "member".into();
            }
        }));
        assert!(m.contains("`member` is not a list"), "{m}");
        let m = first(with_family(|f| {
            if f.id == "conventions-programme" {
                f.name = "convention".into();
            }
        }));
        assert!(
            m.contains("every document of `conventions-programme`"),
            "{m}"
        );
        let m = first(with_family(|f| {
            if f.id == "convocations-formation" {
                f.date = "statement".into();
            }
        }));
        assert!(m.contains("not a date of `trainings.participants`"), "{m}");
        let m = first(with_family(|f| {
            if f.id == "convocations-formation" {
                f.name = "c-{{ participant.nom }}".into();
            }
        }));
        assert!(m.contains("cannot be worked out"), "{m}");
        let m = first(with_family(|f| {
            if f.id == "rapport-final" {
                f.folder = "../etc".into();
            }
        }));
        assert!(m.contains("not a folder name"), "{m}");
    }
}
