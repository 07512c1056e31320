//! Documents that are acts: what was issued and signed never changes.
//!
//! The register (`registre.yaml`) lists every document issued, with its
//! number and date; `archive/` beside it keeps its files and what its
//! template received. [`review`] compares each issued document with what
//! the data would make now; [`issue`] records issues, signed copies and
//! withdrawals; [`status`] says the state of every document.

pub mod archive;
pub mod changes;
pub mod issue;
pub mod review;
pub mod status;

pub use archive::Place;
pub use review::review;

/// The template folders of the programme at `data` (its own
/// `templates/`, then `extra`) and the templates they give over the
/// shipped ones: those a build fills.
pub fn templates(
    data: &std::path::Path,
    extra: Option<&std::path::Path>,
) -> Result<(Vec<std::path::PathBuf>, crate::template::Templates), crate::Diagnostic> {
    let mut dirs = crate::build::template_dirs(data);
    dirs.extend(extra.map(std::path::Path::to_path_buf));
    let templates = crate::build::load_templates(&dirs)?;
    Ok((dirs, templates))
}
