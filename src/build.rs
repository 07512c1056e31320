//! `gabarit build`: check the data, plan the documents, fill the templates,
//! render each document in each format, write the files atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::manifest::{Entry, Manifest};
use crate::output::sha256_hex;

use crate::plan::{Job, Selection, plan_shared};
use crate::template::Templates;
use crate::{Diagnostic, Format, Programme, make_document_with, render_document_with, t};

/// The templates shipped inside the binary, so that `build` works from any
/// folder; files of the same name in `./templates/` or in the programme's
/// own `templates/` folder win over them.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "letterhead.md.tera",
        include_str!("../templates/letterhead.md.tera"),
    ),
    (
        "signature.md.tera",
        include_str!("../templates/signature.md.tera"),
    ),
    (
        "state-next.md.tera",
        include_str!("../templates/state-next.md.tera"),
    ),
    (
        "state-settlement.md.tera",
        include_str!("../templates/state-settlement.md.tera"),
    ),
    (
        "state-bank.md.tera",
        include_str!("../templates/state-bank.md.tera"),
    ),
    (
        "convention-programme.md.tera",
        include_str!("../templates/convention-programme.md.tera"),
    ),
    (
        "convention-delegation.md.tera",
        include_str!("../templates/convention-delegation.md.tera"),
    ),
    (
        "convention-etat.md.tera",
        include_str!("../templates/convention-etat.md.tera"),
    ),
    (
        "statement.md.tera",
        include_str!("../templates/statement.md.tera"),
    ),
    (
        "report.md.tera",
        include_str!("../templates/report.md.tera"),
    ),
    (
        "convocation-formation.md.tera",
        include_str!("../templates/convocation-formation.md.tera"),
    ),
    (
        "invitation-rencontre.md.tera",
        include_str!("../templates/invitation-rencontre.md.tera"),
    ),
    (
        "invitation-comite.md.tera",
        include_str!("../templates/invitation-comite.md.tera"),
    ),
    (
        "attestation-presence.md.tera",
        include_str!("../templates/attestation-presence.md.tera"),
    ),
    (
        "avenant.md.tera",
        include_str!("../templates/avenant.md.tera"),
    ),
    (
        "report-reunion.md.tera",
        include_str!("../templates/report-reunion.md.tera"),
    ),
    (
        "sample.md.tera",
        include_str!("../templates/sample.md.tera"),
    ),
];

/// The template folders over the shipped templates: the programme's own
/// `templates/` folder, beside its file. Never the current folder's: a
/// `templates/` folder where one happens to stand overrides nothing
/// (`--templates DIR` names one on purpose, see [`Options::templates`]).
pub fn template_dirs(data: &Path) -> Vec<PathBuf> {
    vec![data.parent().unwrap_or(Path::new("")).join("templates")]
}

/// The name of the lock file in an output folder.
pub const LOCK: &str = ".gabarit.lock";

/// The temporary files gabarit writes before renaming them: a killed
/// build may leave some, which the next build removes.
pub fn is_leftover(name: &str) -> bool {
    name.starts_with(crate::output::TMP_PREFIX) && name.ends_with(crate::output::TMP_SUFFIX)
}

/// Takes the output folder's lock (waiting, with a word, while another
/// build holds it) and removes the temporary files a killed build left.
fn take_folder(out: &Path) -> Result<std::fs::File, Diagnostic> {
    std::fs::create_dir_all(out)
        .map_err(|e| io_failure(out, "build-cannot-create-folder", &e, "build-folder-hint"))?;
    let path = out.join(LOCK);
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io_failure(&path, "build-cannot-open-lock", &e, "build-folder-hint"))?;
    if let Err(std::fs::TryLockError::WouldBlock) = lock.try_lock() {
        eprintln!(
            "{}",
            t!("build-waiting", folder = out.display().to_string())
        );
        lock.lock()
            .map_err(|e| io_failure(&path, "build-cannot-lock", &e, "build-try-again"))?;
    }
    // The folders of the output folder: whatever families made them;
    // never a link to a folder elsewhere, where gabarit created nothing.
    let folders = std::fs::read_dir(out)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path());
    for dir in std::iter::once(out.to_path_buf()).chain(folders) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.file_name().to_str().is_some_and(is_leftover) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(lock)
}

/// Loads the shipped templates, then those of `dirs`, later ones winning.
pub fn load_templates(dirs: &[PathBuf]) -> Result<Templates, crate::Diagnostic> {
    templates_with(dirs, None)
}

/// The shipped templates, those of `dirs` over them, and `own` (a
/// template file given on the command line) over all: its name wins.
pub fn templates_with(
    dirs: &[PathBuf],
    own: Option<crate::template::Source>,
) -> Result<Templates, crate::Diagnostic> {
    let mut sources: Vec<crate::template::Source> = SHIPPED
        .iter()
        .map(|(n, t)| {
            (
                n.to_string(),
                PathBuf::from(format!("templates/{n} (shipped)")),
                t.to_string(),
            )
        })
        .collect();
    crate::template::add_files(&mut sources, dirs)?;
    if let Some(own) = own {
        sources.retain(|(n, ..)| *n != own.0);
        sources.push(own);
    }
    Templates::from_sources(sources)
}

/// Reads an image a template names: the lead's logo (`lead-logo`, read
/// with the programme), or a file of the template folders (last first).
pub fn load_image(p: &Programme, dirs: &[PathBuf], src: &str) -> Result<Vec<u8>, String> {
    if src == crate::context::LOGO {
        return p
            .lead
            .logo_image
            .clone()
            .ok_or_else(|| crate::t!("image-no-logo"));
    }
    load_image_from(dirs, src)
}

/// An image a template names by a path inside one of `dirs` (the last
/// first).
pub fn load_image_from(dirs: &[PathBuf], src: &str) -> Result<Vec<u8>, String> {
    let path = crate::inside(src).ok_or_else(|| crate::t!("image-outside-templates"))?;
    for dir in dirs.iter().rev() {
        let file = dir.join(path);
        if !file.exists() {
            continue;
        }
        // Only an ordinary file of the folder, reached through no link.
        if let Some((message, _)) = crate::model::load::refusal(dir, path) {
            return Err(message);
        }
        if let Ok(bytes) = std::fs::read(&file) {
            return Ok(bytes);
        }
    }
    Err(crate::t!("image-not-in-templates"))
}

/// What could not be made, and why: a diagnostic of rule `build` placed
/// at `place` (a template's `file:line:column`, a path, an option), its
/// message naming the document it concerns when there is one.
pub fn failure(document: &str, place: String, message: String, hint: String) -> Diagnostic {
    let named = !document.is_empty() && document != place;
    let d = Diagnostic::error("build", message).in_file(place, 0, 0);
    let d = if hint.is_empty() { d } else { d.hint(hint) };
    if named { of_document(d, document) } else { d }
}

/// `e`, a problem of the text a template produced, said of the
/// template's file `place`: "line 3 of the text it produces: …".
pub fn in_produced_text(e: Diagnostic, place: String) -> Diagnostic {
    let message = t!(
        "build-text-line",
        line = e.text_line().unwrap_or(0),
        message = e.message.as_str()
    );
    failure("", place, message, e.hint.unwrap_or_default())
}

/// `diagnostic`, said of `document`: its message names the document.
pub fn of_document(mut diagnostic: Diagnostic, document: &str) -> Diagnostic {
    diagnostic.message = format!("{} ({document})", diagnostic.message);
    diagnostic
}

/// What a build made.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents made.
    pub documents: usize,
    /// Documents left as they were: inputs unchanged, files intact.
    pub skipped: usize,
    /// Documents made again because an input changed, into the same bytes
    /// (nothing written).
    pub identical: usize,
    /// Files written.
    pub files: usize,
    /// Pages (PDF) written.
    pub pages: usize,
    /// Bytes written.
    pub bytes: usize,
    /// Seconds taken.
    pub seconds: f64,
    /// Documents that failed, each with what went wrong.
    pub failures: Vec<Failure>,
    /// Issued documents left as issued (their files are the archive's).
    pub issued: usize,
    /// Documents not selected whose files are out of date with the data
    /// (`folder/name`): what another build would make.
    pub stale: Vec<String>,
}

/// A document a build could not make.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The document, as `folder/name`.
    pub document: String,
    /// What went wrong, said as `build` prints it.
    pub diagnostic: Diagnostic,
}

/// How to build.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The programme file.
    pub data: &'a Path,
    /// The output folder.
    pub out: &'a Path,
    /// Which documents.
    pub selection: &'a Selection,
    /// Which formats.
    pub formats: &'a [Format],
    /// Threads (0: all cores).
    pub jobs: usize,
    /// Re-render even what has not changed.
    pub force: bool,
    /// Show a progress bar (on a terminal).
    pub progress: bool,
    /// A folder of templates to use over the programme's own and the
    /// shipped ones (`--templates DIR`).
    pub templates: Option<&'a Path>,
}

fn job_failure(job: &Job, place: String, message: String, hint: String) -> Diagnostic {
    failure(&job_name(job), place, message, hint)
}

/// `folder/name` of a job's document.
pub fn job_name(job: &Job) -> String {
    format!("{}/{}", job.folder, job.name)
}

/// The path of a job's file in `format`, relative to the output folder.
pub fn job_file(job: &Job, format: Format) -> String {
    format!("{}.{}", job_name(job), format.extension())
}

/// The document a job makes, before it is rendered: its template filled
/// with the job's context, parsed, set in French typography.
pub fn document(
    p: &Programme,
    shared: &crate::context::Shared,
    job: &Job,
    templates: &Templates,
    dirs: &[PathBuf],
) -> Result<crate::document::Document, Diagnostic> {
    let text = fill(p, shared, job, templates)?;
    parse_filled(p, job, &job.template, &text, templates, dirs)
}

/// The text a job's template produces with the job's context: with the
/// images it names, everything its document is made from.
pub fn fill(
    p: &Programme,
    shared: &crate::context::Shared,
    job: &Job,
    templates: &Templates,
) -> Result<String, Diagnostic> {
    let context = crate::context::context_with(p, shared, job);
    templates
        .render(&job.template, &context)
        .map_err(|e| of_document(e, &job_name(job)))
}

/// What a job's files are rendered with: the command line's options, the
/// time of `SOURCE_DATE_EPOCH` or else the document's own date (never the
/// clock), and what the files say about themselves: the programme as
/// subject, the lead authority as author, the programme's reference and
/// the family as keywords.
pub fn options_for(p: &Programme, job: &Job) -> crate::render::RenderOptions {
    let mut options = crate::render_options_on(Some(job.date));
    options.metadata = metadata(p, &job.family);
    options.metadata.title = Some(job_title(job));
    options
}

/// A document's one-line title, as its file's properties and `gabarit
/// serve` show it: capitalised, with the French apostrophe and spaces.
pub fn job_title(job: &Job) -> String {
    crate::document::typography::text(&crate::fr::grammar::ucfirst(&job.title))
}

/// What every document of programme `p` of family `family` says about
/// itself.
pub fn metadata(p: &Programme, family: &str) -> crate::render::Metadata {
    let author = p.members.iter().find(|m| m.id == p.lead.member).map(|m| {
        let (designation, _) = crate::parties::member_designation(m);
        crate::fr::grammar::ucfirst(&crate::fr::grammar::bare(&designation))
    });
    crate::render::Metadata {
        title: None,
        subject: Some(p.programme.title.clone()),
        author,
        keywords: [p.programme.reference.as_str(), family]
            .iter()
            .filter(|k| !k.is_empty())
            .map(|k| k.to_string())
            .collect(),
    }
}

/// The document `template`, filled for `job`, makes; a fault in its text
/// names `template`.
pub fn parse_filled(
    p: &Programme,
    job: &Job,
    template: &str,
    text: &str,
    templates: &Templates,
    dirs: &[PathBuf],
) -> Result<crate::document::Document, Diagnostic> {
    let mut loader = |src: &str| load_image(p, dirs, src);
    let doc = make_document_with(text, &mut loader).map_err(|e| {
        let file = templates
            .file_of(template)
            .map_or(template.to_string(), |f| f.display().to_string());
        of_document(in_produced_text(e, file), &job_name(job))
    })?;
    Ok(doc)
}

/// A pool of worker threads (rayon's).
pub type Pool = rayon::ThreadPool;

/// The threads documents are made on: `jobs` of them (0: one per core),
/// each with the stack the main thread has (8 MiB), so that a document
/// that renders on one renders on the other. Tests and fuzz targets use
/// the same pool.
pub fn worker_pool(jobs: usize) -> Result<Pool, rayon::ThreadPoolBuildError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(8 << 20)
        .build()
}

/// What became of a document in a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Its inputs had not changed and its files were intact: not made.
    Unchanged,
    /// Made again (its inputs changed), into the very bytes already there:
    /// nothing written.
    Identical,
    /// Made and written.
    Made,
}

/// What every document is made from besides its filled template: the
/// program itself (a new gabarit remakes everything; `build.rs` computes
/// its id), `SOURCE_DATE_EPOCH`, the logo, the images of the template
/// folders.
fn common_inputs(p: &Programme, dirs: &[PathBuf]) -> String {
    let mut all = format!(
        "gabarit {} {}\n",
        env!("CARGO_PKG_VERSION"),
        env!("GABARIT_SOURCE_ID")
    );
    if let Some(epoch) = crate::i18n::source_date_epoch() {
        all.push_str(&format!("SOURCE_DATE_EPOCH {epoch}\n"));
    }
    if let Some(logo) = &p.lead.logo_image {
        all.push_str(&format!("logo {}\n", sha256_hex(logo)));
    }
    for dir in dirs {
        let mut images: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|f| {
                f.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg")
                })
            })
            .collect();
        images.sort();
        for image in images {
            let digest = std::fs::read(&image)
                .map(|b| sha256_hex(&b))
                .unwrap_or_default();
            all.push_str(&format!("image {} {digest}\n", image.display()));
        }
    }
    all
}

/// The digest of everything one document is made from.
fn document_inputs(common: &str, job: &Job, text: &str) -> String {
    sha256_hex(format!("{common}template {}\n{text}", job.template).as_bytes())
}

/// The formats `job` is made in: those asked that its family makes.
fn formats_of<'a>(job: &'a Job, opts: &'a Options<'_>) -> impl Iterator<Item = Format> + 'a {
    opts.formats
        .iter()
        .copied()
        .filter(|f| job.formats.contains(f))
}

/// Whether every file of `job` in `formats` is in the manifest with
/// `inputs` and intact on disk.
fn up_to_date(job: &Job, inputs: &str, kept: &BTreeMap<String, Entry>, opts: &Options<'_>) -> bool {
    formats_of(job, opts).all(|f| {
        let rel = job_file(job, f);
        kept.get(&rel).is_some_and(|e| {
            e.inputs == inputs
                && std::fs::read(opts.out.join(&rel)).is_ok_and(|b| sha256_hex(&b) == e.sha256)
        })
    })
}

/// A document of a build once its template is filled: the first step,
/// which tells whether it must be made.
struct Filled {
    /// The filled template and the digest of all it is made from; the
    /// template's fault if it does not fill.
    text: Result<(String, String), Diagnostic>,
    /// Whether its files are those of these inputs, intact: not made.
    current: bool,
}

impl Filled {
    /// Whether the build makes this document (or fails on it).
    fn pending(&self) -> bool {
        !self.current
    }
}

/// Fills the template of each job, in parallel, and tells whether its
/// files are already those of its inputs.
fn fill_all(
    p: &Programme,
    shared: &crate::context::Shared,
    jobs: &[Job],
    templates: &Templates,
    common: &str,
    kept: &BTreeMap<String, Entry>,
    opts: &Options<'_>,
) -> Vec<Filled> {
    use rayon::prelude::*;
    jobs.par_iter()
        .map(|job| {
            let text = fill(p, shared, job, templates).map(|text| {
                let inputs = document_inputs(common, job, &text);
                (text, inputs)
            });
            let current = !opts.force
                && text
                    .as_ref()
                    .is_ok_and(|(_, inputs)| up_to_date(job, inputs, kept, opts));
            Filled { text, current }
        })
        .collect()
}

/// Makes one document from its filled template, unless its files are
/// already those of its inputs; writes only the files whose bytes change.
fn make_one(
    p: &Programme,
    job: &Job,
    filled: Filled,
    templates: &Templates,
    dirs: &[PathBuf],
    kept: &BTreeMap<String, Entry>,
    opts: &Options<'_>,
) -> Result<(Outcome, Vec<Entry>), Diagnostic> {
    let rel = |f: Format| job_file(job, f);
    if filled.current {
        let entries = formats_of(job, opts)
            .filter_map(|f| kept.get(&rel(f)).cloned())
            .collect();
        return Ok((Outcome::Unchanged, entries));
    }
    let (text, inputs) = filled.text?;
    let doc = parse_filled(p, job, &job.template, &text, templates, dirs)?;
    let mut entries = Vec::new();
    let mut wrote = false;
    for format in formats_of(job, opts) {
        let rendered = render_document_with(&doc, format, &options_for(p, job)).map_err(|e| {
            job_failure(
                job,
                job.template.clone(),
                e.message,
                e.hint.unwrap_or_default(),
            )
        })?;
        let rel = rel(format);
        let path = opts.out.join(&rel);
        let sha256 = sha256_hex(&rendered.bytes);
        let same = std::fs::read(&path).is_ok_and(|b| sha256_hex(&b) == sha256);
        if !same {
            crate::output::write_atomic(&path, &rendered.bytes).map_err(|e| {
                io_failure(&path, "build-cannot-write", &e, "build-cannot-write-hint")
            })?;
            wrote = true;
        }
        entries.push(Entry {
            path: rel,
            kind: job.folder.clone(),
            record: job.name.clone(),
            format: format.extension().to_string(),
            pages: rendered.pages,
            bytes: rendered.bytes.len(),
            sha256,
            inputs: inputs.clone(),
        });
    }
    let outcome = if wrote {
        Outcome::Made
    } else {
        Outcome::Identical
    };
    Ok((outcome, entries))
}

/// The template folders of a build (the programme's own, then
/// `--templates`, which must be a folder) and the templates they give over
/// the shipped ones.
fn templates_of(opts: &Options<'_>) -> Result<(Vec<PathBuf>, Templates), Diagnostic> {
    templates_for(opts.data, opts.templates)
}

/// The template folders of the programme at `data` (its own `templates/`,
/// then `extra` from `--templates`, which must be a folder) and the
/// templates they give over the shipped ones: those a build fills.
pub fn templates_for(
    data: &Path,
    extra: Option<&Path>,
) -> Result<(Vec<PathBuf>, Templates), Diagnostic> {
    if let Some(dir) = extra
        && !dir.is_dir()
    {
        return Err(failure(
            "",
            dir.display().to_string(),
            t!("build-templates-not-folder"),
            t!("build-templates-not-folder-hint"),
        ));
    }
    let mut dirs = template_dirs(data);
    dirs.extend(extra.map(Path::to_path_buf));
    let templates = load_templates(&dirs)?;
    Ok((dirs, templates))
}

/// Which selected documents a build would make (their inputs changed, or
/// a file is missing or damaged), in plan order: what `--dry-run` lists.
/// Issued documents are never made.
pub fn pending(p: &Programme, opts: &Options<'_>) -> Result<Vec<Job>, Diagnostic> {
    Ok(survey(p, opts)?
        .into_iter()
        .filter(|(job, state)| *state != Currency::Current && opts.selection.selects(job))
        .map(|(job, _)| job)
        .collect())
}

/// Where a document's files stand against the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    /// Its files are those its inputs make, intact.
    Current,
    /// Files of it are in the folder, made from other inputs (or damaged).
    Stale,
    /// None of its files was ever made in the folder.
    Missing,
    /// It is issued: never made again.
    Issued,
}

/// Every document of the plan, issued ones excepted from making, with
/// where its files stand (its template filled to know).
pub fn survey(p: &Programme, opts: &Options<'_>) -> Result<Vec<(Job, Currency)>, Diagnostic> {
    let (dirs, templates) = templates_of(opts)?;
    let common = common_inputs(p, &dirs);
    let kept: BTreeMap<String, Entry> = Manifest::read(opts.out)
        .map(|m| m.outputs.into_iter().map(|e| (e.path.clone(), e)).collect())
        .unwrap_or_default();
    let shared = crate::context::Shared::new(p);
    let jobs = plan_shared(p, &shared);
    let filled = fill_all(p, &shared, &jobs, &templates, &common, &kept, opts);
    Ok(jobs
        .into_iter()
        .zip(filled)
        .map(|(job, f)| {
            let state = currency(p, &job, &f, &kept, opts);
            (job, state)
        })
        .collect())
}

fn currency(
    p: &Programme,
    job: &Job,
    filled: &Filled,
    kept: &BTreeMap<String, Entry>,
    opts: &Options<'_>,
) -> Currency {
    if p.register.standing(&job_name(job)).is_some() {
        Currency::Issued
    } else if filled.current {
        Currency::Current
    } else if formats_of(job, opts).any(|f| kept.contains_key(&job_file(job, f))) {
        Currency::Stale
    } else {
        Currency::Missing
    }
}

/// Makes `folder`, a folder of the output folder, unless it is a link to
/// a folder elsewhere, where gabarit never writes.
pub fn folder_in(folder: &Path) -> Result<(), Diagnostic> {
    if std::fs::symlink_metadata(folder).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(failure(
            "",
            folder.display().to_string(),
            t!(
                "build-folder-is-link",
                folder = folder.display().to_string()
            ),
            t!("build-folder-is-link-hint"),
        ));
    }
    std::fs::create_dir_all(folder).map_err(|e| {
        io_failure(
            folder,
            "build-cannot-create-folder",
            &e,
            "build-folder-hint",
        )
    })
}

/// Refuses an output folder that holds the programme or a template
/// folder (`--out .` in the programme's folder): a build would write
/// among the data, and `serve` would take its own writing for saves.
pub fn refuse_overlap(out: &Path, data: &Path, dirs: &[PathBuf]) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| {
        std::fs::canonicalize(p)
            .unwrap_or_else(|_| std::path::absolute(p).unwrap_or(p.to_path_buf()))
    };
    let folder = absolute(out);
    let programme = absolute(
        data.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    );
    let held =
        std::iter::once(programme).chain(dirs.iter().filter(|d| d.exists()).map(|d| absolute(d)));
    if held.into_iter().any(|h| h.starts_with(&folder)) {
        return Err(failure(
            "",
            out.display().to_string(),
            t!("build-out-holds-data", out = out.display().to_string()),
            t!("build-out-holds-data-hint"),
        ));
    }
    Ok(())
}

/// The data files of a programme and their sha256, by path.
fn data_digests(p: &Programme, data: &Path) -> BTreeMap<String, String> {
    let base = data.parent().unwrap_or(Path::new(""));
    let mut out = BTreeMap::new();
    let logo = p.lead.logo.as_ref().map(|l| base.join(l));
    let documents = p.files.documents.as_ref().map(|d| base.join(d));
    for path in [
        data.to_path_buf(),
        base.join(&p.files.ledger),
        base.join(&p.files.participants),
    ]
    .into_iter()
    .chain(logo)
    .chain(documents)
    {
        let digest = std::fs::read(&path)
            .map(|b| sha256_hex(&b))
            .unwrap_or_default();
        // Keyed by the path relative to the programme's folder, so the
        // same files reached as `./data/…` or from another folder match.
        let key = path
            .strip_prefix(base)
            .unwrap_or(&path)
            .display()
            .to_string();
        out.insert(key, digest);
    }
    out
}

/// A file that cannot be made or written: `what` and `hint` are keys of
/// the catalogues, `what` taking the reason.
pub fn io_failure(path: &Path, what: &str, e: &std::io::Error, hint: &str) -> Diagnostic {
    failure(
        "",
        path.display().to_string(),
        crate::i18n::tr(what, &[("reason", crate::i18n::io_reason(e).into())]),
        crate::i18n::tr(hint, &[]),
    )
}

/// Makes the selected documents of `p` into `opts.out`, in parallel,
/// skipping those whose inputs and files are unchanged since the manifest,
/// and writes the manifest. Output bytes and manifest do not depend on the
/// number of threads.
pub fn build(p: &Programme, opts: &Options<'_>) -> Result<Summary, Diagnostic> {
    build_observed(p, opts, |_, _| {})
}

/// [`build`], telling `planned` the selected documents, in plan order,
/// and which of them it is about to make (`pending[i]` for `jobs[i]`),
/// once every template is filled and before any is made: what `gabarit
/// serve` shows as being made. A build that stops before (a template
/// that does not read, a folder it cannot take) never calls it.
pub fn build_observed(
    p: &Programme,
    opts: &Options<'_>,
    planned: impl FnOnce(&[Job], &[bool]),
) -> Result<Summary, Diagnostic> {
    let start = Instant::now();
    let (dirs, templates) = templates_of(opts)?;
    refuse_overlap(opts.out, opts.data, &dirs)?;
    let data = data_digests(p, opts.data);
    let template_digests: BTreeMap<String, String> = templates.digests().iter().cloned().collect();
    let common = common_inputs(p, &dirs);
    // One build at a time in a folder; the leftovers of a killed one go.
    let _lock = take_folder(opts.out)?;
    let previous = Manifest::read(opts.out);
    let mut kept: BTreeMap<String, Entry> = previous
        .map(|m| m.outputs.into_iter().map(|e| (e.path.clone(), e)).collect())
        .unwrap_or_default();

    let shared = crate::context::Shared::new(p);
    let planned_jobs = plan_shared(p, &shared);
    let order: BTreeMap<String, usize> = planned_jobs
        .iter()
        .enumerate()
        .map(|(i, j)| (job_name(j), i))
        .collect();
    let (selected, others): (Vec<Job>, Vec<Job>) = planned_jobs
        .into_iter()
        .partition(|j| opts.selection.selects(j));
    // An issued document is never made again: its files are the
    // archive's, put back if they are missing or were changed.
    let (issued, jobs): (Vec<Job>, Vec<Job>) = selected
        .into_iter()
        .partition(|j| p.register.standing(&job_name(j)).is_some());
    for job in jobs.iter().chain(&issued) {
        folder_in(&opts.out.join(&job.folder))?;
    }

    // An issued document's files are the archive's.
    let place = crate::acts::Place::of(opts.data, p);
    let mut issued_entries = Vec::new();
    for job in &issued {
        if let Some(act) = p.register.standing(&job_name(job)) {
            issued_entries.extend(place.put_back(act, opts.out, formats_of(job, opts))?);
        }
    }

    let bar = if opts.progress && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{bar:40}} {{pos}}/{{len}} {}  {{elapsed}}  {{msg}}",
                t!("build-progress")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pool = worker_pool(opts.jobs).map_err(|e| {
        failure(
            "",
            "--jobs".into(),
            t!("build-no-threads", reason = e.to_string()),
            t!("build-no-threads-hint"),
        )
    })?;
    // First every template is filled (texts are small), which tells what
    // is to be made; then each task renders one document and writes its
    // files at once, so memory stays bounded whatever the number of
    // documents. Results come back in plan order.
    let filled = pool.install(|| fill_all(p, &shared, &jobs, &templates, &common, &kept, opts));
    {
        // Every selected document, in plan order; the issued ones are
        // never made.
        let mut shown: Vec<(usize, &Job, bool)> = jobs
            .iter()
            .zip(&filled)
            .map(|(j, f)| (j, f.pending()))
            .chain(issued.iter().map(|j| (j, false)))
            .map(|(j, pending)| (order.get(&job_name(j)).copied().unwrap_or(0), j, pending))
            .collect();
        shown.sort_by_key(|(i, ..)| *i);
        let all: Vec<Job> = shown.iter().map(|(_, j, _)| (*j).clone()).collect();
        let pending: Vec<bool> = shown.iter().map(|(.., p)| *p).collect();
        planned(&all, &pending);
    }
    let results: Vec<Result<(Outcome, Vec<Entry>), Diagnostic>> = pool.install(|| {
        use rayon::prelude::*;
        jobs.par_iter()
            .zip(filled)
            .map(|(job, filled)| {
                let result = make_one(p, job, filled, &templates, &dirs, &kept, opts);
                bar.inc(1);
                result
            })
            .collect()
    });
    bar.finish_and_clear();

    let mut summary = Summary {
        issued: issued.len(),
        ..Summary::default()
    };
    for e in issued_entries {
        kept.insert(e.path.clone(), e);
    }
    // What was not selected and is out of date is said, not made.
    let unforced = Options {
        force: false,
        ..opts.clone()
    };
    let others: Vec<Job> = others
        .into_iter()
        .filter(|j| p.register.standing(&job_name(j)).is_none())
        .collect();
    let filled_others =
        pool.install(|| fill_all(p, &shared, &others, &templates, &common, &kept, &unforced));
    for (job, f) in others.iter().zip(&filled_others) {
        if currency(p, job, f, &kept, &unforced) == Currency::Stale {
            summary.stale.push(job_name(job));
        }
    }
    for (job, result) in jobs.iter().zip(results) {
        match result {
            Ok((outcome, entries)) => {
                match outcome {
                    Outcome::Unchanged => summary.skipped += 1,
                    Outcome::Identical => summary.identical += 1,
                    Outcome::Made => summary.documents += 1,
                }
                for e in entries {
                    if outcome == Outcome::Made {
                        summary.files += 1;
                        summary.pages += e.pages;
                        summary.bytes += e.bytes;
                    }
                    kept.insert(e.path.clone(), e);
                }
            }
            Err(diagnostic) => summary.failures.push(Failure {
                document: job_name(job),
                diagnostic,
            }),
        }
    }
    // The manifest lists every output of the folder it knows, sorted.
    kept.retain(|path, _| opts.out.join(path).is_file());
    let manifest = Manifest {
        gabarit: env!("CARGO_PKG_VERSION").to_string(),
        data,
        templates: template_digests,
        outputs: kept.into_values().collect(),
    };
    let path = opts.out.join(crate::manifest::FILE);
    if let Err(e) = crate::output::write_atomic(&path, manifest.to_json().as_bytes()) {
        // A manifest that cannot be written (a full disk) is removed
        // rather than left describing files that were replaced: the next
        // build makes everything again, and nothing is taken for what it
        // is not. The documents not written are said with it.
        let _ = std::fs::remove_file(&path);
        summary.failures.push(Failure {
            document: String::new(),
            diagnostic: io_failure(
                &path,
                "build-cannot-write-manifest",
                &e,
                "build-cannot-write-manifest-hint",
            ),
        });
    }
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A member without partner is named by a pronoun agreed with it:
    /// « le » for a syndicat, « la » for a commune (issue 26).
    #[test]
    fn a_member_without_partner_is_named_by_its_own_pronoun() {
        let mut p = crate::test_support::shipped();
        let i = p
            .members
            .iter()
            .position(|m| m.id != p.lead.member)
            .expect("a member");
        p.members[i].partner = None;
        p.members[i].kind = crate::model::AuthorityKind::Syndicat;
        p.members[i].name = "Syndicat mixte des eaux".into();
        let templates = load_templates(&[]).expect("the shipped templates");
        let shared = crate::context::Shared::new(&p);
        let job = crate::plan::plan_shared(&p, &shared)
            .into_iter()
            .find(|j| j.family == "conventions-programme" && j.tags.contains(&p.members[i].id))
            .expect("its convention");
        let text = fill(&p, &shared, &job, &templates).expect("it fills");
        assert!(
            text.contains("les actions propres aux partenariats le concernent"),
            "{text}"
        );
    }
}
