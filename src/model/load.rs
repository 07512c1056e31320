//! Loading a programme from disk: the YAML file, then the CSV lists it
//! names. This is the only part of `model` that does I/O.

use std::path::{Path, PathBuf};

use super::csv_lists::{CsvIndex, decode, read_ledger, read_participants};
use super::types::Programme;
use super::yaml::read_programme;
use super::yaml_index::YamlIndex;
use crate::diagnostic::{Diagnostic, Location, has_errors};
use crate::source::{FileId, SourceMap};
use crate::t;

/// Where the values of a loaded programme come from, to locate
/// diagnostics.
#[derive(Debug, Clone)]
pub struct Locations {
    /// The YAML file.
    pub yaml_file: FileId,
    /// Positions of the YAML values, by path.
    pub yaml: YamlIndex,
    /// Positions of the ledger's fields.
    pub ledger: CsvIndex,
    /// Positions of the participants' fields.
    pub participants: CsvIndex,
    /// The file of family declarations (`files.documents`) and the
    /// positions of its values, when the programme names one.
    pub documents: Option<(FileId, YamlIndex)>,
}

impl Locations {
    /// The location of the YAML value at `path` (or of its nearest
    /// ancestor).
    pub fn value(&self, path: &str) -> Option<Location> {
        if let Some((file, index)) = &self.documents
            && (path == "documents" || path.starts_with("documents["))
        {
            return index.value(path).map(|p| Location {
                file: *file,
                line: p.line,
                column: p.column,
                len: p.len,
            });
        }
        self.yaml.value(path).map(|p| Location {
            file: self.yaml_file,
            line: p.line,
            column: p.column,
            len: p.len,
        })
    }

    /// The location of the YAML key naming the value at `path`.
    pub fn key(&self, path: &str) -> Option<Location> {
        self.yaml.key(path).map(|p| Location {
            file: self.yaml_file,
            line: p.line,
            column: p.column,
            len: p.len,
        })
    }
}

/// A programme as loaded: the data (when the YAML could be read), the
/// files read, where each value is, and the problems met on the way.
#[derive(Debug)]
pub struct Loaded {
    /// The programme, when the YAML file has the right shape. Its ledger or
    /// participants may be incomplete when `diagnostics` holds errors.
    pub programme: Option<Programme>,
    /// Every file read.
    pub sources: SourceMap,
    /// Where values are.
    pub locations: Locations,
    /// Problems met while reading (syntax, unknown keys, types, CSV).
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether reading met an error.
    pub fn has_errors(&self) -> bool {
        has_errors(&self.diagnostics)
    }
}

/// Loads the programme at `path` and the CSV lists it names. Never fails:
/// a file that cannot be read becomes a diagnostic.
pub fn load(path: &Path) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    let yaml_text = read_text(path, &mut sources, &mut diagnostics);
    let yaml_file = FileId(sources.len().saturating_sub(1));
    let mut locations = Locations {
        yaml_file,
        yaml: YamlIndex::default(),
        ledger: CsvIndex::default(),
        participants: CsvIndex::default(),
        documents: None,
    };
    let Some(yaml_text) = yaml_text else {
        return Loaded {
            programme: None,
            sources,
            locations,
            diagnostics,
        };
    };
    let controls = control_characters(&yaml_text, yaml_file);
    if !controls.is_empty() {
        diagnostics.extend(controls);
        return Loaded {
            programme: None,
            sources,
            locations,
            diagnostics,
        };
    }
    let read = read_programme(&yaml_text, yaml_file);
    locations.yaml = read.index;
    diagnostics.extend(read.diagnostics);
    let Some(mut programme) = read.programme else {
        return Loaded {
            programme: None,
            sources,
            locations,
            diagnostics,
        };
    };

    let base = path.parent().unwrap_or(Path::new(""));
    let ledger_path = base.join(&programme.files.ledger);
    let ledger_ref = locations.value("files.ledger");
    if let Some((text, file)) = read_csv(&ledger_path, ledger_ref, &mut sources, &mut diagnostics) {
        let (entries, index) = read_ledger(&text, file, &mut diagnostics);
        programme.ledger = entries;
        locations.ledger = index;
    }
    let participants_path = base.join(&programme.files.participants);
    let participants_ref = locations.value("files.participants");
    if let Some((text, file)) = read_csv(
        &participants_path,
        participants_ref,
        &mut sources,
        &mut diagnostics,
    ) {
        let (list, index) = read_participants(&text, file, &mut diagnostics);
        programme.participants = list;
        locations.participants = index;
    }
    if let Some(name) = programme.files.documents.clone() {
        read_documents(
            &base.join(&name),
            &mut programme,
            &mut locations,
            &mut sources,
            &mut diagnostics,
        );
    }
    read_register(
        &register_path(path, &programme),
        &mut programme,
        &mut sources,
        &mut diagnostics,
    );
    if let Some(logo) = &programme.lead.logo {
        let logo_path = base.join(logo);
        let inside = logo
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        let problem = if !inside {
            Some((t!("logo-outside"), t!("logo-outside-hint")))
        } else if let Some(refused) = refusal(base, logo) {
            Some(refused)
        } else {
            match std::fs::read(&logo_path) {
                Ok(bytes) if bytes.starts_with(b"\x89PNG") || bytes.starts_with(&[0xFF, 0xD8]) => {
                    match crate::document::parse::image_data(bytes.clone()) {
                        Ok(_) => {
                            programme.lead.logo_image = Some(bytes);
                            None
                        }
                        Err(why) => Some((
                            t!(
                                "logo-damaged",
                                path = logo_path.display().to_string(),
                                reason = why
                            ),
                            t!("logo-damaged-hint"),
                        )),
                    }
                }
                Ok(_) => Some((
                    t!("logo-not-image", path = logo_path.display().to_string()),
                    t!("logo-not-image-hint"),
                )),
                Err(e) => Some((
                    t!(
                        "logo-cannot-read",
                        path = logo_path.display().to_string(),
                        reason = crate::i18n::io_reason(&e)
                    ),
                    read_hint(&logo_path, &e),
                )),
            }
        };
        if let Some((message, hint)) = problem {
            diagnostics.push(
                Diagnostic::error("read-file", message)
                    .at(locations.value("lead.logo"))
                    .hint(hint),
            );
        }
    }
    Loaded {
        programme: Some(programme),
        sources,
        locations,
        diagnostics,
    }
}

/// Reads the family declarations of the file `files.documents` names
/// into `programme.documents`.
fn read_documents(
    path: &Path,
    programme: &mut Programme,
    locations: &mut Locations,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let at = locations.value("files.documents");
    if programme.documents.is_some() {
        diagnostics.push(
            Diagnostic::error("documents", crate::t!("documents-twice"))
                .at(at)
                .hint(crate::t!("documents-twice-hint")),
        );
        return;
    }
    if let Some(refused) = link_refused(path) {
        diagnostics.push(refused.at(at));
        return;
    }
    let Some(text) = read_text(path, sources, diagnostics) else {
        return;
    };
    let file = FileId(sources.len().saturating_sub(1));
    let read = super::yaml::read_yaml::<super::documents::DocumentsFile>(&text, file);
    diagnostics.extend(read.diagnostics);
    locations.documents = Some((file, read.index));
    if let Some(list) = read.programme {
        programme.documents = Some(list.documents);
    }
}

/// The register of issued documents of the programme at `data`: the file
/// `files.register` names, else `registre.yaml`, beside the programme.
pub fn register_path(data: &Path, programme: &Programme) -> PathBuf {
    let base = data.parent().unwrap_or(Path::new(""));
    base.join(
        programme
            .files
            .register
            .as_deref()
            .unwrap_or(Path::new(super::register::DEFAULT_FILE)),
    )
}

/// Reads the register at `path` into `programme.register`. A register
/// not written yet is an empty one; one that cannot be read is an error
/// (never an empty register in its place: what was issued would be
/// rewritten).
fn read_register(
    path: &Path,
    programme: &mut Programme,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if std::fs::symlink_metadata(path).is_err() {
        return;
    }
    if let Some(refused) = link_refused(path) {
        diagnostics.push(refused);
        return;
    }
    let Some(text) = read_text(path, sources, diagnostics) else {
        return;
    };
    let file = FileId(sources.len().saturating_sub(1));
    match serde_saphyr::from_str::<super::register::Register>(&text) {
        Ok(register) => programme.register = register,
        Err(e) => diagnostics.push(
            Diagnostic::error("register", format!("{} ({e})", t!("register-unreadable")))
                .at(Some(Location::whole_file(file)))
                .hint(t!("register-unreadable-hint")),
        ),
    }
}

/// The first symbolic link on the way from `base` to `base/rel` (`rel`
/// itself included), if any: a file the data or a template folder names
/// is read only when no link leads to it, so that a programme folder
/// received from elsewhere cannot make gabarit read a file of the machine
/// (`templates/letterhead.md.tera -> /etc/passwd`).
pub fn link_on_the_way(base: &Path, rel: &Path) -> Option<PathBuf> {
    let mut at = base.to_path_buf();
    for part in rel.components() {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(at);
        }
    }
    None
}

/// Why the file `rel` of the folder `base` may not be read as a file the
/// data or a template folder names: a link on the way, not an ordinary
/// file (a pipe that never comes, a device), over [`MAX_BYTES`]. As
/// (message, hint); none when it may be read, or when it does not exist
/// (its reader says so).
pub fn refusal(base: &Path, rel: &Path) -> Option<(String, String)> {
    if let Some(link) = link_on_the_way(base, rel) {
        return Some((
            t!("read-link", path = link.display().to_string()),
            t!("read-link-hint"),
        ));
    }
    let path = base.join(rel);
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() {
        return Some((
            t!("read-not-ordinary", path = path.display().to_string()),
            t!("read-not-ordinary-hint"),
        ));
    }
    too_large(&path, &meta)
}

/// The refusal of a file over [`MAX_BYTES`].
fn too_large(path: &Path, meta: &std::fs::Metadata) -> Option<(String, String)> {
    (meta.len() > MAX_BYTES).then(|| {
        (
            t!(
                "read-too-large",
                path = path.display().to_string(),
                size = meta.len() >> 20,
                limit = MAX_BYTES >> 20
            ),
            t!("read-too-large-hint"),
        )
    })
}

/// The refusal of a file the programme names (a list, the declarations,
/// the register) that is a symbolic link: said at the file.
fn link_refused(path: &Path) -> Option<Diagnostic> {
    let base = path.parent().unwrap_or(Path::new(""));
    let link = link_on_the_way(base, Path::new(path.file_name()?))?;
    Some(
        Diagnostic::error(
            "read-file",
            t!("read-link", path = link.display().to_string()),
        )
        .in_file(link.display().to_string(), 0, 0)
        .hint(t!("read-link-hint")),
    )
}

/// The largest file gabarit reads (a programme, a list, a spreadsheet).
pub const MAX_BYTES: u64 = 64 << 20;

/// Reads the bytes of an ordinary file of a sensible size: not a device
/// that never ends (/dev/zero), not a pipe that never comes, not a folder,
/// not over [`MAX_BYTES`]. The file is added to `sources` (empty).
pub fn read_bytes(
    path: &Path,
    sources: &mut SourceMap,
) -> Result<(crate::source::FileId, Vec<u8>), Diagnostic> {
    let file = sources.add(path, String::new());
    let refuse = |message: String, hint: &str| {
        Diagnostic::error("read-file", message)
            .at(Some(Location::whole_file(file)))
            .hint(hint.to_string())
    };
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => {
            return Err(refuse(
                t!("read-not-ordinary", path = path.display().to_string()),
                &t!("read-not-ordinary-hint"),
            ));
        }
        Ok(m) if m.is_file() => {
            if let Some((message, hint)) = too_large(path, &m) {
                return Err(refuse(message, &hint));
            }
        }
        _ => {}
    }
    std::fs::read(path).map(|bytes| (file, bytes)).map_err(|e| {
        refuse(
            t!("read-cannot-read", reason = crate::i18n::io_reason(&e)),
            &read_hint(path, &e),
        )
    })
}

/// Reads a text file into `sources`; on failure, records a diagnostic.
fn read_text(
    path: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let (file, bytes) = match read_bytes(path, sources) {
        Ok(read) => read,
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    };
    // A list is saved by a spreadsheet, the programme by a text editor.
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let not_utf8_hint = if csv {
        "csv-not-utf8-hint"
    } else {
        "text-not-utf8-hint"
    };
    match decode(&bytes, file, not_utf8_hint) {
        Ok(text) => {
            sources.set_text(file, text.clone());
            Some(text)
        }
        Err(d) => {
            sources.set_text(file, String::from_utf8_lossy(&bytes).into_owned());
            diagnostics.push(d);
            None
        }
    }
}

fn read_hint(path: &Path, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            let beside = same_kind_beside(path);
            if beside.is_empty() {
                t!(
                    "read-hint-not-found",
                    path = absolute(path).display().to_string()
                )
            } else {
                t!(
                    "read-hint-not-found-beside",
                    path = absolute(path).display().to_string(),
                    files = beside.join(", ")
                )
            }
        }
        std::io::ErrorKind::PermissionDenied => t!("read-hint-permission"),
        _ if path.is_dir() => t!("read-hint-folder"),
        _ => t!("read-hint-other"),
    }
}

/// The files of `path`'s folder with its extension (at most five, sorted):
/// a list renamed or saved under another name is among them.
fn same_kind_beside(path: &Path) -> Vec<String> {
    let Some(ext) = path.extension() else {
        return Vec::new();
    };
    let folder = match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f,
        _ => Path::new("."),
    };
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)))
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names.truncate(5);
    names
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn read_csv(
    path: &Path,
    named_at: Option<Location>,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, FileId)> {
    let before = diagnostics.len();
    if let Some(refused) = link_refused(path) {
        diagnostics.push(refused.at(named_at));
        return None;
    }
    let text = read_text(path, sources, diagnostics);
    // Point a missing file at the line of the programme that names it.
    for d in &mut diagnostics[before..] {
        if d.rule == "read-file" {
            let prefix = t!("read-cannot-read", reason = "");
            let reason = d
                .message
                .strip_prefix(prefix.as_str())
                .unwrap_or(&d.message)
                .to_string();
            d.message = t!(
                "read-cannot-read-named",
                path = path.display().to_string(),
                reason = reason
            );
            if let Some(at) = named_at {
                d.span = Some(crate::diagnostic::Span::Source(at));
            }
        }
    }
    let text = text?;
    let file = FileId(sources.len() - 1);
    let controls = control_characters(&text, file);
    if !controls.is_empty() {
        diagnostics.extend(controls);
        return None;
    }
    Some((text, file))
}

/// Reports each control character (other than tab and line breaks) in a
/// file, where it is.
pub fn control_characters(text: &str, file: FileId) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for (col, c) in line.chars().enumerate() {
            if c.is_control() && c != '\t' {
                out.push(
                    Diagnostic::error(
                        "control-character",
                        t!("read-control-character", code = format!("{:04X}", c as u32)),
                    )
                    .at(Some(Location {
                        file,
                        line: i + 1,
                        column: col + 1,
                        len: 1,
                    }))
                    .hint(t!("read-control-character-hint")),
                );
            }
        }
    }
    out
}
