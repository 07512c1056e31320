//! `gabarit issue`: records that documents were issued (signed, sent),
//! under a number, with their files and what their templates received
//! archived beside the register; stores the copy that came back signed;
//! records a withdrawal.
//!
//! Writing is atomic for a kill at any moment: each act's archive folder
//! is written under a temporary name, then renamed; the register is
//! written last, as one file renamed over the old. A folder the register
//! does not name is not an act (a killed issue left it), and the next
//! issue replaces it.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::review::Place;
use crate::model::Programme;
use crate::model::register::{Act, ArchivedFile, Register, Signed, SignedKind, Withdrawal, files};
use crate::plan::Job;
use crate::template::Templates;
use crate::{Diagnostic, Format, t};

/// What `gabarit issue` is asked to do.
#[derive(Debug, Clone)]
pub enum Request {
    /// Issue these documents (names, `folder/name`, families or folders).
    Issue {
        /// What to issue.
        documents: Vec<String>,
        /// The act number, for one document.
        number: Option<String>,
    },
    /// Store the signed copy `file` of an issued document.
    Signed {
        /// The copy that came back signed.
        file: PathBuf,
        /// The issued document.
        document: String,
    },
    /// Withdraw an issued document.
    Withdraw {
        /// The issued document.
        document: String,
        /// Why.
        reason: String,
    },
}

/// Today's date, by the system clock (UTC).
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// A problem of the command line.
fn usage(message: String, hint: String) -> Diagnostic {
    Diagnostic::error("cli", message).hint(hint)
}

/// Takes the register's lock: one `issue` at a time on a register.
fn lock(place: &Place) -> Result<std::fs::File, Diagnostic> {
    std::fs::create_dir_all(&place.base).map_err(|e| io_error(&place.base, &e))?;
    let name = format!(
        ".{}.lock",
        place
            .register
            .file_name()
            .map_or("registre.yaml".into(), |n| n.to_string_lossy())
    );
    let path = place.base.join(name);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io_error(&path, &e))?;
    file.lock().map_err(|e| io_error(&path, &e))?;
    Ok(file)
}

fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "register",
        t!(
            "register-cannot-write",
            path = path.display().to_string(),
            reason = crate::i18n::io_reason(e)
        ),
    )
    .in_file(path.display().to_string(), 0, 0)
    .hint(t!("register-cannot-write-hint"))
}

/// Reads the register as it is on disk now (another issue may have
/// written it since the programme was loaded).
fn read_register(place: &Place) -> Result<Register, Diagnostic> {
    match std::fs::read_to_string(&place.register) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Register::default()),
        Err(e) => Err(io_error(&place.register, &e)),
        Ok(text) => serde_saphyr::from_str(&text).map_err(|e| {
            Diagnostic::error("register", t!("register-unreadable"))
                .in_file(place.register.display().to_string(), 0, 0)
                .hint(format!("{e}\n{}", t!("register-unreadable-hint")))
        }),
    }
}

/// Writes the register, atomically.
fn write_register(place: &Place, register: &Register) -> Result<(), Diagnostic> {
    crate::output::write_atomic(&place.register, register.to_yaml().as_bytes())
        .map_err(|e| io_error(&place.register, &e))
}

/// Carries out `request` for the programme `p` read from `data`, with
/// the templates of `dirs`; `date` is the date of the event (today when
/// absent). Returns what was done, one line each.
pub fn run(
    p: &mut Programme,
    data: &Path,
    dirs: &[PathBuf],
    templates: &Templates,
    request: &Request,
    date: Option<NaiveDate>,
) -> Result<Vec<String>, Vec<Diagnostic>> {
    let place = Place::of(data, p);
    let _lock = lock(&place).map_err(|d| vec![d])?;
    p.register = read_register(&place).map_err(|d| vec![d])?;
    let date = date.unwrap_or_else(today);
    match request {
        Request::Issue { documents, number } => issue(
            p,
            &place,
            dirs,
            templates,
            documents,
            number.as_deref(),
            date,
        ),
        Request::Signed { file, document } => {
            signed(p, &place, file, document, date).map_err(|d| vec![d])
        }
        Request::Withdraw { document, reason } => {
            withdraw(p, &place, document, reason, date).map_err(|d| vec![d])
        }
    }
}

/// The jobs `asked` names: a document's name (with or without its
/// folder), a family's id or a folder.
/// Each comes with whether it was named itself (not through its family
/// or folder).
fn resolve<'a>(jobs: &'a [Job], asked: &[String]) -> Result<Vec<(&'a Job, bool)>, Vec<Diagnostic>> {
    let mut chosen: Vec<(&Job, bool)> = Vec::new();
    let mut errors = Vec::new();
    for a in asked {
        let a = a.trim().trim_end_matches('/');
        let found: Vec<&Job> = jobs
            .iter()
            .filter(|j| {
                j.name == a || crate::build::job_name(j) == a || j.family == a || j.folder == a
            })
            .collect();
        if found.is_empty() {
            let known = jobs.iter().map(|j| j.name.as_str());
            let hint = match crate::diagnostic::did_you_mean(a, known) {
                Some(s) => t!("did-you-mean", suggestion = s),
                None => t!("issue-unknown-hint"),
            };
            errors.push(usage(t!("issue-unknown", document = a), hint));
        }
        for j in found {
            let named = j.name == a || crate::build::job_name(j) == a;
            match chosen.iter_mut().find(|(c, _)| std::ptr::eq(*c, j)) {
                Some(c) => c.1 |= named,
                None => chosen.push((j, named)),
            }
        }
    }
    if errors.is_empty() {
        // In the plan's order, whatever the order asked.
        chosen.sort_by_key(|(j, _)| jobs.iter().position(|x| std::ptr::eq(x, *j)));
        Ok(chosen)
    } else {
        Err(errors)
    }
}

/// The number scheme's text for `n` and `year`: `{year}`, `{n}`,
/// `{n:03}`; another placeholder is an error.
pub fn number_of(scheme: &str, year: i32, n: usize) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = scheme;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return Err(rest[open..].to_string());
        };
        let field = &rest[open + 1..open + close];
        match field.split_once(':') {
            None if field == "year" => out.push_str(&year.to_string()),
            None if field == "n" => out.push_str(&n.to_string()),
            Some(("n", width)) if width.starts_with('0') && width.len() <= 3 => {
                let w: usize = width.parse().map_err(|_| field.to_string())?;
                out.push_str(&format!("{n:0w$}"));
            }
            _ => return Err(format!("{{{field}}}")),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The scheme a family's acts are numbered by.
pub fn scheme_of(p: &Programme, family: &str) -> String {
    crate::plan::families(p)
        .iter()
        .find(|f| f.id == family)
        .and_then(|f| f.numbering.clone())
        .unwrap_or_else(|| "{year}-{n:03}".to_string())
}

/// The next number of `scheme` in `year`: after the highest the register
/// holds, never one it holds.
fn next_number(
    register: &Register,
    taken: &[String],
    scheme: &str,
    year: i32,
) -> Result<String, String> {
    let used = |number: &str| register.has_number(number) || taken.iter().any(|t| t == number);
    let bound = register.acts.len() + taken.len() + 1;
    let mut highest = 0;
    for n in 1..=bound {
        if used(&number_of(scheme, year, n)?) {
            highest = n;
        }
    }
    let mut n = highest + 1;
    loop {
        let number = number_of(scheme, year, n)?;
        if !used(&number) {
            return Ok(number);
        }
        n += 1;
    }
}

/// What one document's archive holds before it is written.
struct Prepared {
    act: Act,
    contents: Vec<(String, Vec<u8>)>,
}

fn issue(
    p: &mut Programme,
    place: &Place,
    dirs: &[PathBuf],
    templates: &Templates,
    asked: &[String],
    number: Option<&str>,
    date: NaiveDate,
) -> Result<Vec<String>, Vec<Diagnostic>> {
    let mut errors = super::review::review(p, place, templates);
    errors.retain(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(errors);
    }
    let shared = crate::context::Shared::new(p);
    let jobs = crate::plan::plan_shared(p, &shared);
    let chosen = resolve(&jobs, asked)?;
    if number.is_some() && chosen.len() != 1 {
        return Err(vec![usage(
            t!("issue-number-for-one", count = chosen.len()),
            t!("issue-number-for-one-hint"),
        )]);
    }
    let mut errors = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    let mut prepared = Vec::new();
    // A family or a folder issues those of its documents not issued yet;
    // a document named itself that is issued already is an error.
    let already = chosen
        .iter()
        .filter(|(j, named)| !named && p.register.standing(&crate::build::job_name(j)).is_some())
        .count();
    let chosen: Vec<&Job> = chosen
        .into_iter()
        .filter(|(j, named)| *named || p.register.standing(&crate::build::job_name(j)).is_none())
        .map(|(j, _)| j)
        .collect();
    if chosen.is_empty() {
        return Err(vec![usage(
            t!("issue-all-issued", count = already),
            t!("issue-all-issued-hint"),
        )]);
    }
    for job in chosen {
        let document = crate::build::job_name(job);
        if let Some(act) = p.register.standing(&document) {
            errors.push(usage(
                t!(
                    "issue-already",
                    document = document.as_str(),
                    number = act.number.as_str(),
                    date = crate::check::day(act.issued)
                ),
                t!("issue-already-hint", document = document.as_str()),
            ));
            continue;
        }
        if date < job.date {
            errors.push(usage(
                t!(
                    "issue-before-its-date",
                    document = document.as_str(),
                    date = crate::check::day(date),
                    dated = crate::check::day(job.date)
                ),
                t!("issue-before-its-date-hint", dated = job.date.to_string()),
            ));
            continue;
        }
        let number = match number {
            Some(n) if p.register.has_number(n) => {
                errors.push(usage(
                    t!("issue-number-taken", number = n),
                    t!("issue-number-taken-hint"),
                ));
                continue;
            }
            Some(n) => n.trim().to_string(),
            None => {
                let scheme = scheme_of(p, &job.family);
                match next_number(&p.register, &taken, &scheme, job.date.year()) {
                    Ok(n) => n,
                    Err(field) => {
                        errors.push(usage(
                            t!(
                                "issue-bad-numbering",
                                family = job.family.as_str(),
                                field = field
                            ),
                            t!("issue-bad-numbering-hint"),
                        ));
                        continue;
                    }
                }
            }
        };
        taken.push(number.clone());
        match prepare(p, &shared, job, templates, dirs, number, date) {
            Ok(one) => prepared.push(one),
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut said = Vec::new();
    for one in &prepared {
        write_archive(place, &p.register, one).map_err(|d| vec![d])?;
    }
    for one in prepared {
        said.push(t!(
            "issue-done",
            document = one.act.document.as_str(),
            number = one.act.number.as_str(),
            date = crate::check::day(one.act.issued),
            archive = one.act.archive.as_str()
        ));
        p.register.acts.push(one.act);
    }
    write_register(place, &p.register).map_err(|d| vec![d])?;
    if already > 0 {
        said.push(t!("issue-left-out", count = already));
    }
    Ok(said)
}

/// Marks the acts of `p` in the output folder `out` of a build: each
/// issued file there is the archive's (written when it differs), and the
/// manifest lists it as issued, so that a mail merge into the folder
/// knows not to write over it before the next build.
pub fn mark_output(p: &Programme, place: &Place, out: &Path) -> Result<(), Diagnostic> {
    let Some(mut manifest) = crate::manifest::Manifest::read(out) else {
        return Ok(());
    };
    for act in p.register.acts.iter().filter(|a| a.stands()) {
        for entry in place.put_back(act, out, [Format::Pdf, Format::Docx])? {
            manifest.outputs.retain(|e| e.path != entry.path);
            manifest.outputs.push(entry);
        }
    }
    manifest.outputs.sort_by(|a, b| a.path.cmp(&b.path));
    let path = out.join(crate::manifest::FILE);
    crate::output::write_atomic(&path, manifest.to_json().as_bytes())
        .map_err(|e| io_error(&path, &e))
}

/// Renders `job` and gathers what its archive keeps.
fn prepare(
    p: &Programme,
    shared: &crate::context::Shared,
    job: &Job,
    templates: &Templates,
    dirs: &[PathBuf],
    number: String,
    date: NaiveDate,
) -> Result<Prepared, Diagnostic> {
    let document = crate::build::job_name(job);
    let text = crate::build::fill(p, shared, job, templates)?;
    let doc = crate::build::parse_filled(p, job, &job.template, &text, templates, dirs)?;
    let context = crate::context::context_json(p, shared, job);
    let mut contents: Vec<(String, Vec<u8>)> = Vec::new();
    for format in [Format::Pdf, Format::Docx] {
        if !job.formats.contains(&format) {
            continue;
        }
        let rendered =
            crate::render_document_with(&doc, format, &crate::build::options_for(p, job))
                .map_err(|e| crate::build::of_document(e, &document))?;
        contents.push((
            format!("{}.{}", job.name, format.extension()),
            rendered.bytes,
        ));
    }
    let json = |v: &serde_json::Value| {
        let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
        text.push('\n');
        text.into_bytes()
    };
    contents.push((files::CONTEXT.to_string(), json(&context)));
    contents.push((files::TEXT.to_string(), text.into_bytes()));
    let amends = match &job.item {
        crate::items::Item::ChangedAct(changed) => {
            contents.push((files::STATE_CONTEXT.to_string(), json(&changed.after)));
            contents.push((
                files::STATE_TEXT.to_string(),
                changed.after_text.as_bytes().to_vec(),
            ));
            Some(changed.act.document.clone())
        }
        _ => None,
    };
    let k = p.register.entries_of(&document) + 1;
    let archive = format!("{}/{document}/{k}", crate::model::register::ARCHIVE);
    let files = contents
        .iter()
        .map(|(name, bytes)| ArchivedFile {
            name: name.clone(),
            sha256: crate::output::sha256_hex(bytes),
        })
        .collect();
    Ok(Prepared {
        act: Act {
            document,
            family: job.family.clone(),
            title: crate::build::job_title(job),
            number,
            dated: job.date,
            issued: date,
            archive,
            files,
            amends,
            signed: None,
            withdrawn: None,
        },
        contents,
    })
}

/// Writes an act's archive folder: under a temporary name, then renamed
/// into place. A folder already there that the register does not name is
/// what a killed issue left: it goes first.
fn write_archive(place: &Place, register: &Register, one: &Prepared) -> Result<(), Diagnostic> {
    let folder = place.base.join(&one.act.archive);
    let parent = folder.parent().unwrap_or(&place.base).to_path_buf();
    std::fs::create_dir_all(&parent).map_err(|e| io_error(&parent, &e))?;
    if std::fs::symlink_metadata(&folder).is_ok() {
        if register.acts.iter().any(|a| a.archive == one.act.archive) {
            return Err(io_error(
                &folder,
                &std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            ));
        }
        std::fs::remove_dir_all(&folder).map_err(|e| io_error(&folder, &e))?;
    }
    let tmp = tempfile::Builder::new()
        .prefix(crate::output::TMP_PREFIX)
        .suffix(crate::output::TMP_SUFFIX)
        .tempdir_in(&parent)
        .map_err(|e| io_error(&parent, &e))?;
    for (name, bytes) in &one.contents {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).map_err(|e| io_error(&path, &e))?;
    }
    let tmp = tmp.keep();
    std::fs::rename(&tmp, &folder).map_err(|e| {
        let _ = std::fs::remove_dir_all(&tmp);
        io_error(&folder, &e)
    })
}

/// The standing act `asked` names (`folder/name` or `name`).
fn standing<'a>(register: &'a Register, asked: &str) -> Result<&'a Act, Diagnostic> {
    let asked = asked.trim().trim_end_matches('/');
    let found = register.acts.iter().rev().find(|a| {
        a.stands() && (a.document == asked || a.document.rsplit('/').next() == Some(asked))
    });
    found.ok_or_else(|| {
        let known = register
            .acts
            .iter()
            .filter(|a| a.stands())
            .map(|a| a.document.as_str());
        let hint = match crate::diagnostic::did_you_mean(asked, known) {
            Some(s) => t!("did-you-mean", suggestion = s),
            None => t!("issue-not-issued-hint"),
        };
        usage(t!("issue-not-issued", document = asked), hint)
    })
}

/// How a copy that came back is stored: an electronic signature whose
/// first revision is the original, or a scan.
pub fn signed_kind(original: &[u8], copy: &[u8]) -> Result<SignedKind, String> {
    let is_pdf = copy.starts_with(b"%PDF-");
    let has_signature = |b: &[u8]| b.windows(10).any(|w| w == b"/ByteRange");
    if is_pdf && copy.len() > original.len() && copy.starts_with(original) {
        if has_signature(&copy[original.len()..]) {
            return Ok(SignedKind::Electronic);
        }
        return Err(t!("signed-added-no-signature"));
    }
    if is_pdf && copy == original {
        return Err(t!("signed-same-as-original"));
    }
    if is_pdf && has_signature(copy) {
        return Err(t!("signed-first-revision-differs"));
    }
    let image = copy.starts_with(b"\x89PNG")
        || copy.starts_with(&[0xFF, 0xD8])
        || copy.starts_with(b"II*\0")
        || copy.starts_with(b"MM\0*");
    if is_pdf || image {
        return Ok(SignedKind::Scan);
    }
    Err(t!("signed-not-pdf-or-image"))
}

fn signed(
    p: &mut Programme,
    place: &Place,
    file: &Path,
    document: &str,
    date: NaiveDate,
) -> Result<Vec<String>, Diagnostic> {
    let act = standing(&p.register, document)?.clone();
    if let Some(s) = &act.signed {
        return Err(usage(
            t!(
                "signed-already",
                number = act.number.as_str(),
                date = crate::check::day(s.on)
            ),
            t!("signed-already-hint"),
        ));
    }
    let mut sources = crate::source::SourceMap::default();
    let (_, copy) = crate::model::load::read_bytes(file, &mut sources)?;
    let name = act.document.rsplit('/').next().unwrap_or(&act.document);
    let original = place.read(&act, &format!("{name}.pdf"))?;
    let kind = signed_kind(&original, &copy).map_err(|why| {
        Diagnostic::error(
            "register",
            t!(
                "signed-refused",
                path = file.display().to_string(),
                number = act.number.as_str(),
                reason = why
            ),
        )
        .in_file(file.display().to_string(), 0, 0)
        .hint(t!("signed-refused-hint"))
    })?;
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .filter(|e| e.chars().all(|c| c.is_ascii_alphanumeric()) && !e.is_empty())
        .unwrap_or_else(|| "pdf".into());
    let stored = format!("{name}-signe.{extension}");
    let path = place.folder_of(&act).join(&stored);
    crate::output::write_atomic(&path, &copy).map_err(|e| io_error(&path, &e))?;
    let signed = Signed {
        file: stored,
        sha256: crate::output::sha256_hex(&copy),
        kind,
        on: date,
    };
    record_on(p, place, &act.number, |a| a.signed = Some(signed))?;
    let said = match kind {
        SignedKind::Electronic => t!(
            "signed-electronic",
            number = act.number.as_str(),
            document = act.document.as_str()
        ),
        SignedKind::Scan => t!(
            "signed-scan",
            number = act.number.as_str(),
            document = act.document.as_str()
        ),
    };
    Ok(vec![said])
}

/// Records what happened to the act numbered `number` (its signed copy,
/// its withdrawal) and writes the register.
fn record_on(
    p: &mut Programme,
    place: &Place,
    number: &str,
    change: impl FnOnce(&mut Act),
) -> Result<(), Diagnostic> {
    if let Some(act) = p.register.acts.iter_mut().find(|a| a.number == number) {
        change(act);
    }
    write_register(place, &p.register)
}

fn withdraw(
    p: &mut Programme,
    place: &Place,
    document: &str,
    reason: &str,
    date: NaiveDate,
) -> Result<Vec<String>, Diagnostic> {
    if reason.trim().is_empty() {
        return Err(usage(
            t!("withdraw-no-reason"),
            t!("withdraw-no-reason-hint"),
        ));
    }
    let act = standing(&p.register, document)?.clone();
    if p.register.amendments_of(&act.document).next().is_some() {
        return Err(usage(
            t!("withdraw-amended", number = act.number.as_str()),
            t!("withdraw-amended-hint"),
        ));
    }
    let withdrawal = Withdrawal {
        on: date,
        reason: reason.trim().to_string(),
    };
    record_on(p, place, &act.number, |a| a.withdrawn = Some(withdrawal))?;
    Ok(vec![t!(
        "withdraw-done",
        number = act.number.as_str(),
        document = act.document.as_str(),
        date = crate::check::day(date)
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_scheme() {
        assert_eq!(
            number_of("{year}-CONV-{n:03}", 2006, 15).unwrap(),
            "2006-CONV-015"
        );
        assert_eq!(number_of("A{n}", 2006, 7).unwrap(), "A7");
        assert!(number_of("{year}-{m}", 2006, 1).is_err());
        assert!(number_of("{year", 2006, 1).is_err());
        let r = Register::default();
        assert_eq!(
            next_number(&r, &[], "{year}-{n:03}", 2006).unwrap(),
            "2006-001"
        );
        let taken = vec!["2006-001".to_string(), "2006-002".to_string()];
        assert_eq!(
            next_number(&r, &taken, "{year}-{n:03}", 2006).unwrap(),
            "2006-003"
        );
        assert_eq!(
            next_number(&r, &taken, "{year}-{n:03}", 2007).unwrap(),
            "2007-001"
        );
    }

    #[test]
    fn a_signed_copy_is_told_from_a_changed_one() {
        let original = b"%PDF-1.7\nbody\n%%EOF\n".to_vec();
        let mut signed = original.clone();
        signed.extend_from_slice(b"1 0 obj << /Type /Sig /ByteRange [0 1 2 3] >>\n%%EOF\n");
        assert_eq!(signed_kind(&original, &signed), Ok(SignedKind::Electronic));
        let mut other = b"%PDF-1.7\nBODY\n%%EOF\n".to_vec();
        other.extend_from_slice(b"/ByteRange [0 1 2 3]");
        assert!(signed_kind(&original, &other).is_err());
        let mut appended = original.clone();
        appended.extend_from_slice(b"1 0 obj << >>\n%%EOF\n");
        assert!(signed_kind(&original, &appended).is_err());
        assert_eq!(
            signed_kind(&original, b"%PDF-1.4 scan"),
            Ok(SignedKind::Scan)
        );
        assert_eq!(signed_kind(&original, b"\x89PNG...."), Ok(SignedKind::Scan));
        assert!(signed_kind(&original, b"hello").is_err());
        assert!(signed_kind(&original, &original).is_err());
    }
}
