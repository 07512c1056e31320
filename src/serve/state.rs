//! What the page shows, and how it is brought up to date: the programme
//! read and checked again, the documents planned, those whose inputs
//! changed made again (the build's manifest knows which), each step
//! published to the open pages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use crate::build::{self, job_file};
use crate::plan::{Job, Selection};
use crate::{Format, t};

/// Where a document stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Its files are those of the current data and templates.
    UpToDate,
    /// Being made again.
    BeingMade,
    /// Its making failed: the diagnostic, as `build` prints it.
    Failed(String),
    /// The data has an error: its files are the last good ones.
    Stale,
    /// Issued: its files are the archive's, never made again.
    Issued,
    /// Issued, and its data changed since: the changes, said.
    ChangedSinceIssue(String),
}

/// What the register says of an issued document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    /// Its act number.
    pub number: String,
    /// Its date of issue, as `dd/mm/yyyy`.
    pub issued: String,
    /// Whether its signed copy came back, and how it was signed.
    pub signed: Option<crate::model::register::SignedKind>,
    /// The signed copy in the archive, when it came back.
    pub signed_file: Option<PathBuf>,
}

/// One file of a document.
#[derive(Debug, Clone)]
pub struct File {
    /// PDF or DOCX.
    pub format: Format,
    /// Its path in the output folder, with `/`.
    pub path: String,
    /// The start of its sha256 (from the manifest), to tell a browser the
    /// file changed; empty before it is first made.
    pub version: String,
}

/// One document of the programme.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its family's id (`conventions-programme`).
    pub family: String,
    /// Its family's label (« Conventions du programme »), or its id.
    pub family_label: String,
    /// Its family's folder (`conventions`, `statements`…).
    pub folder: String,
    /// Its file name, without extension.
    pub name: String,
    /// Its title.
    pub title: String,
    /// Its files, in the order of the formats.
    pub files: Vec<File>,
    /// Where it stands.
    pub status: Status,
    /// Its act, when it is issued.
    pub act: Option<Act>,
}

/// One problem found by the check.
#[derive(Debug, Clone)]
pub struct Problem {
    /// An error (true) or a warning.
    pub error: bool,
    /// The diagnostic as `check` prints it: place, message, the source
    /// line underlined, the hint.
    pub text: String,
}

/// Everything a page shows.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// Increased at each change; sent to the open pages.
    pub generation: u64,
    /// The programme's title, once it was read.
    pub title: String,
    /// The check is running.
    pub checking: bool,
    /// Documents are being made.
    pub building: bool,
    /// The programme was read and checked at least once.
    pub checked: bool,
    /// The problems of the last check.
    pub problems: Vec<Problem>,
    /// The key figures, labelled, of the last programme without error.
    pub figures: Vec<(String, String)>,
    /// The documents, in plan order (the last good plan while the data
    /// has an error).
    pub documents: Vec<Document>,
    /// The last build's summary line.
    pub summary: String,
}

impl View {
    /// Errors in the last check.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }

    /// Documents whose making failed.
    pub fn failed(&self) -> usize {
        self.documents
            .iter()
            .filter(|d| matches!(d.status, Status::Failed(_)))
            .count()
    }

    /// The document `folder/name`.
    pub fn document(&self, folder: &str, name: &str) -> Option<&Document> {
        self.documents
            .iter()
            .find(|d| d.folder == folder && d.name == name)
    }

    /// Whether `path` (relative, with `/`) is a file of the current build.
    pub fn serves(&self, path: &str) -> bool {
        self.documents
            .iter()
            .flat_map(|d| &d.files)
            .any(|f| f.path == path)
    }
}

/// What `serve` works on.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The programme file.
    pub data: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// A folder of templates over the programme's own (`--templates`).
    pub templates: Option<PathBuf>,
}

/// The view shared by the server and the worker, and the channel that
/// tells open pages it changed.
pub struct LiveView {
    view: RwLock<View>,
    changed: tokio::sync::broadcast::Sender<u64>,
}

impl LiveView {
    /// An empty view.
    pub fn new() -> Arc<LiveView> {
        let (changed, _) = tokio::sync::broadcast::channel(16);
        Arc::new(LiveView {
            view: RwLock::new(View::default()),
            changed,
        })
    }

    /// A copy of the current view.
    pub fn view(&self) -> View {
        match self.view.read() {
            Ok(v) => v.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Changes the view and tells the open pages.
    pub fn update(&self, change: impl FnOnce(&mut View)) {
        let generation = {
            let mut v = match self.view.write() {
                Ok(v) => v,
                Err(poisoned) => poisoned.into_inner(),
            };
            change(&mut v);
            v.generation += 1;
            v.generation
        };
        // No page open: nobody to tell.
        let _ = self.changed.send(generation);
    }

    /// A receiver of the generations to come.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<u64> {
        self.changed.subscribe()
    }
}

/// The files `refresh` read: the programme, its lists, and the template
/// folders, to watch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    /// The data files read (programme, lists, logo).
    pub files: BTreeSet<PathBuf>,
    /// The template folders (the programme's own, `--templates`).
    pub folders: BTreeSet<PathBuf>,
}

/// Reads and checks the programme again, then makes again what changed,
/// publishing each step. Returns the files and folders to watch.
pub fn refresh(shared: &LiveView, setup: &Setup) -> Inputs {
    shared.update(|v| v.checking = true);
    let loaded = crate::load(&setup.data);
    let extra: Vec<PathBuf> = setup.templates.iter().cloned().collect();
    let diagnostics = crate::check::check_with(&loaded, &extra);
    let problems: Vec<Problem> = diagnostics
        .iter()
        .map(|d| Problem {
            error: d.is_error(),
            text: crate::i18n::render(d, &loaded.sources),
        })
        .collect();
    let mut inputs = Inputs::default();
    for id in 0..loaded.sources.len() {
        inputs
            .files
            .insert(loaded.sources.path(crate::source::FileId(id)).to_path_buf());
    }
    inputs.files.insert(setup.data.clone());
    let mut folders = build::template_dirs(&setup.data);
    folders.extend(extra.iter().cloned());
    inputs.folders = folders.into_iter().collect();

    let mut problems = problems;
    let mut errors = problems.iter().any(|p| p.error);
    let mut programme = loaded.programme.filter(|_| !errors);
    // What was issued, compared with what the data make now (nothing
    // issued: nothing to compare, and no template to read for it).
    let place = programme
        .as_ref()
        .map(|p| crate::acts::Place::of(&setup.data, p));
    if let Some(place) = &place {
        // Watched even before it exists: the first issue is a change.
        inputs.files.insert(place.register.clone());
    }
    if let (Some(p), Some(place)) = (programme.as_mut(), &place)
        && !p.register.acts.is_empty()
    {
        let found = match crate::build::templates_for(&setup.data, setup.templates.as_deref()) {
            Ok((_, templates)) => crate::acts::review(p, place, &templates),
            Err(d) => vec![d],
        };
        for d in &found {
            problems.push(Problem {
                error: d.is_error(),
                text: crate::i18n::render(d, &loaded.sources),
            });
        }
        errors = problems.iter().any(|p| p.error);
    }
    let programme = programme.filter(|_| !errors);
    let Some(programme) = programme else {
        shared.update(|v| {
            v.checking = false;
            v.checked = true;
            v.problems = problems;
            for d in &mut v.documents {
                d.status = Status::Stale;
            }
        });
        return inputs;
    };
    if let Some(logo) = programme.lead.logo.as_ref() {
        let base = setup.data.parent().unwrap_or(Path::new(""));
        inputs.files.insert(base.join(logo));
    }
    let figures = crate::figures::Figures::of(&programme);
    let rows = crate::figures::key_figures(&programme, &figures, |s| s.to_string());
    let selection = Selection::default();
    let formats = [Format::Pdf, Format::Docx];
    let options = build::Options {
        data: &setup.data,
        out: &setup.out,
        selection: &selection,
        formats: &formats,
        jobs: 0,
        force: false,
        progress: false,
        templates: setup.templates.as_deref(),
    };
    shared.update(|v| {
        v.checking = false;
        v.checked = true;
        v.building = true;
        v.problems = problems.clone();
    });
    let title = programme.programme.title.clone();
    let place = place.unwrap_or_else(|| crate::acts::Place::of(&setup.data, &programme));
    // What the page shows once the build knows what it makes: every
    // document, those to be made marked so.
    let show = |jobs: &[Job], pending: &[bool]| {
        let documents = documents(&programme, &place, jobs, pending, &formats);
        let building = pending.iter().any(|p| *p);
        shared.update(|v| {
            v.checking = false;
            v.checked = true;
            v.building = building;
            v.title = title.clone();
            v.problems = problems.clone();
            v.figures = rows.clone();
            v.documents = documents;
        });
    };
    let mut shown = false;
    let outcome = build::build_observed(&programme, &options, |jobs, pending| {
        shown = true;
        show(jobs, pending);
    });
    if !shown {
        // The build stopped before it planned (a template that does not
        // read): every document is listed, failed below with its reason.
        let jobs = crate::plan::plan(&programme);
        show(&jobs, &vec![true; jobs.len()]);
    }
    let versions = versions(&setup.out);
    shared.update(|v| {
        v.building = false;
        match &outcome {
            Ok(summary) => {
                v.summary = if summary.documents + summary.identical + summary.failures.len() == 0 {
                    t!("serve-summary-all-current", documents = summary.skipped)
                } else {
                    t!(
                        "serve-summary",
                        made = summary.documents,
                        identical = summary.identical,
                        unchanged = summary.skipped,
                        failed = summary.failures.len(),
                        seconds = crate::i18n::decimal(summary.seconds, 2)
                    )
                };
                for d in &mut v.documents {
                    if d.act.is_some() {
                        continue;
                    }
                    let name = format!("{}/{}", d.folder, d.name);
                    d.status = match summary.failures.iter().find(|f| f.document == name) {
                        Some(f) => {
                            Status::Failed(crate::i18n::render(&f.diagnostic, &Default::default()))
                        }
                        None => Status::UpToDate,
                    };
                }
            }
            Err(e) => {
                let text = crate::i18n::render(e, &Default::default());
                v.summary = text.clone();
                for d in &mut v.documents {
                    if d.status == Status::BeingMade {
                        d.status = Status::Failed(text.clone());
                    }
                }
            }
        }
        for d in &mut v.documents {
            for f in &mut d.files {
                f.version = versions.get(&f.path).cloned().unwrap_or_default();
            }
        }
    });
    inputs
}

/// The page's documents: `jobs`, those `pending` marked as being made,
/// the issued ones with their act.
fn documents(
    p: &crate::model::Programme,
    place: &crate::acts::Place,
    jobs: &[Job],
    pending: &[bool],
    formats: &[Format],
) -> Vec<Document> {
    jobs.iter()
        .zip(pending)
        .map(|(job, pending)| {
            let standing = p.register.standing(&build::job_name(job));
            let act = standing.map(|a| Act {
                number: a.number.clone(),
                issued: crate::check::day(a.issued),
                signed: a.signed.as_ref().map(|s| s.kind),
                signed_file: a.signed.as_ref().and_then(|s| place.file_of(a, &s.file)),
            });
            let changed = standing.and_then(|a| {
                p.changed_acts
                    .iter()
                    .find(|c| c.act.number == a.number)
                    .map(|c| crate::acts::review::said(&c.changes))
            });
            let status = match (&act, changed) {
                (Some(_), Some(changes)) => Status::ChangedSinceIssue(changes),
                (Some(_), None) => Status::Issued,
                (None, _) if *pending => Status::BeingMade,
                (None, _) => Status::UpToDate,
            };
            Document {
                family: job.family.clone(),
                family_label: job.family_label.clone(),
                folder: job.folder.clone(),
                name: job.name.clone(),
                title: build::job_title(job),
                files: job
                    .formats
                    .iter()
                    .filter(|f| formats.contains(f))
                    .map(|f| File {
                        format: *f,
                        path: job_file(job, *f),
                        version: String::new(),
                    })
                    .collect(),
                status,
                act,
            }
        })
        .collect()
}

/// The start of each output's sha256, from the manifest.
fn versions(out: &Path) -> std::collections::BTreeMap<String, String> {
    crate::manifest::Manifest::read(out)
        .map(|m| {
            m.outputs
                .into_iter()
                .map(|e| (e.path, e.sha256.chars().take(12).collect()))
                .collect()
        })
        .unwrap_or_default()
}
