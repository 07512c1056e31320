//! `gabarit build`: check the data, plan the documents, fill the templates,
//! render each document in each format, write the files atomically.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::plan::{Job, Selection, plan};
use crate::template::Templates;
use crate::{Format, Programme, make_document_with, render_document};

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
        "sample.md.tera",
        include_str!("../templates/sample.md.tera"),
    ),
];

/// Images shipped with the templates.
pub const SHIPPED_IMAGES: &[(&str, &[u8])] = &[(
    "logo-chauray.png",
    include_bytes!("../templates/logo-chauray.png"),
)];

/// The template folders, in increasing priority: `./templates` then the
/// programme's own `templates/` folder.
pub fn template_dirs(data: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("templates")];
    let own = data.parent().unwrap_or(Path::new("")).join("templates");
    if own != dirs[0] && std::fs::canonicalize(&own).ok() != std::fs::canonicalize(&dirs[0]).ok() {
        dirs.push(own);
    }
    dirs
}

/// Loads the shipped templates, then those of `dirs`, later ones winning.
pub fn load_templates(dirs: &[PathBuf]) -> Result<Templates, crate::template::TemplateError> {
    let mut sources: Vec<(String, PathBuf, String)> = SHIPPED
        .iter()
        .map(|(n, t)| {
            (
                n.to_string(),
                PathBuf::from(format!("templates/{n} (shipped)")),
                t.to_string(),
            )
        })
        .collect();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let Some(name) = path
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_string)
            else {
                continue;
            };
            if !name.ends_with(".md.tera") {
                continue;
            }
            let text =
                std::fs::read_to_string(&path).map_err(|e| crate::template::TemplateError {
                    file: path.display().to_string(),
                    line: 0,
                    column: 0,
                    message: format!("cannot read this template: {e}"),
                    hint: "check that it is readable UTF-8 text".into(),
                })?;
            sources.retain(|(n, ..)| *n != name);
            sources.push((name, path, text));
        }
    }
    Templates::from_sources(sources)
}

/// Reads an image a template names: from the template folders (last
/// first), then from the shipped images.
pub fn load_image(dirs: &[PathBuf], src: &str) -> Result<Vec<u8>, String> {
    let path = Path::new(src);
    if path.is_absolute()
        || path
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return Err("images must be named by a path inside the templates folder".into());
    }
    for dir in dirs.iter().rev() {
        if let Ok(bytes) = std::fs::read(dir.join(path)) {
            return Ok(bytes);
        }
    }
    SHIPPED_IMAGES
        .iter()
        .find(|(n, _)| *n == src)
        .map(|(_, b)| b.to_vec())
        .ok_or_else(|| "no such file in the templates folders".into())
}

/// A document that could not be made.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Which document.
    pub document: String,
    /// Where the fault is (template file and line), when known.
    pub place: String,
    /// What went wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// What a build made.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents made.
    pub documents: usize,
    /// Files written.
    pub files: usize,
    /// Pages (PDF).
    pub pages: usize,
    /// Bytes written.
    pub bytes: usize,
    /// Seconds taken.
    pub seconds: f64,
    /// Documents that failed.
    pub failures: Vec<Failure>,
}

/// Makes one document in each format: (format, bytes, pages).
pub fn make(
    p: &Programme,
    job: &Job,
    templates: &Templates,
    dirs: &[PathBuf],
    formats: &[Format],
) -> Result<Vec<(Format, crate::Rendered)>, Failure> {
    let fail = |place: String, message: String, hint: String| Failure {
        document: format!("{}/{}", job.kind.folder(), job.name),
        place,
        message,
        hint,
    };
    let context = crate::context::context(p, job);
    let text = templates.render(job.template, &context).map_err(|e| {
        fail(
            format!("{}:{}:{}", e.file, e.line, e.column),
            e.message,
            e.hint,
        )
    })?;
    let mut loader = |src: &str| load_image(dirs, src);
    let doc = make_document_with(&text, &mut loader).map_err(|e| {
        let file = templates
            .file_of(job.template)
            .map_or(job.template.to_string(), |f| f.display().to_string());
        fail(
            file,
            format!("line {} of the text it produces: {}", e.line, e.message),
            e.hint,
        )
    })?;
    let mut out = Vec::new();
    for &format in formats {
        let rendered = render_document(&doc, format)
            .map_err(|e| fail(job.template.to_string(), e.message, e.hint))?;
        out.push((format, rendered));
    }
    Ok(out)
}

/// Makes the selected documents of `p` into `out`.
pub fn build(
    p: &Programme,
    data: &Path,
    out: &Path,
    selection: &Selection,
    formats: &[Format],
) -> Result<Summary, Failure> {
    let start = Instant::now();
    let dirs = template_dirs(data);
    let templates = load_templates(&dirs).map_err(|e| Failure {
        document: String::new(),
        place: format!("{}:{}:{}", e.file, e.line, e.column),
        message: e.message,
        hint: e.hint,
    })?;
    let jobs: Vec<Job> = plan(p)
        .into_iter()
        .filter(|j| selection.selects(j))
        .collect();
    let mut summary = Summary::default();
    for job in &jobs {
        let folder = out.join(job.kind.folder());
        std::fs::create_dir_all(&folder).map_err(|e| Failure {
            document: String::new(),
            place: folder.display().to_string(),
            message: format!("cannot create this folder: {e}"),
            hint: "check that the output folder is a folder you may write in".into(),
        })?;
        match make(p, job, &templates, &dirs, formats) {
            Ok(files) => {
                summary.documents += 1;
                for (format, rendered) in files {
                    let path = folder.join(format!("{}.{}", job.name, format.extension()));
                    crate::output::write_atomic(&path, &rendered.bytes).map_err(|e| Failure {
                        document: path.display().to_string(),
                        place: path.display().to_string(),
                        message: format!("cannot write this file: {e}"),
                        hint: "check that the output folder is writable and the disk not full"
                            .into(),
                    })?;
                    summary.files += 1;
                    summary.pages += rendered.pages;
                    summary.bytes += rendered.bytes.len();
                }
            }
            Err(f) => summary.failures.push(f),
        }
    }
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}
