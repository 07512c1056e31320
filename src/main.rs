//! The `gabarit` command line: parses arguments, calls the library, prints
//! diagnostics and maps the outcome to an exit code (0 fine, 1 errors in
//! the data, 2 usage error).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod cli_text;

/// `println!` for what a command prints: when the reader has gone (`gabarit
/// status | head -1`), gabarit stops quietly, never with a panic.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            stdout_failed(&e);
        }
    }};
}

/// `print!`, the same way as [`out!`].
macro_rules! out_raw {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = write!(std::io::stdout(), $($arg)*) {
            stdout_failed(&e);
        }
    }};
}

/// A write to the standard output failed: a closed pipe ends the command
/// quietly (as `cat` or `grep` do); another fault is said.
fn stdout_failed(e: &std::io::Error) {
    if e.kind() != std::io::ErrorKind::BrokenPipe {
        eprintln!("{}", gabarit::i18n::io_reason(e));
    }
    std::process::exit(if e.kind() == std::io::ErrorKind::BrokenPipe {
        0
    } else {
        1
    });
}

/// mimalloc: a third of a build's time went to the system allocator
/// (many small, short-lived buffers across two threads).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use gabarit::figures::Figures;
use gabarit::fr::plain;
use gabarit::t;

use gabarit::model::FormatName;

#[derive(Parser)]
// Its about and help are said from the catalogues (`cli_text`).
#[command(name = "gabarit", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language gabarit speaks (default: GABARIT_LANG, else LC_ALL,
    /// LC_MESSAGES, LANG: French when they start with `fr`).
    #[arg(long, global = true, value_parser = ["fr", "en"])]
    lang: Option<String>,
}

/// The language `--lang` asks for, read before the command line is parsed
/// (so that what parsing says is in that language too).
fn lang_in_args() -> Option<gabarit::i18n::Lang> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        value.and_then(gabarit::i18n::Lang::parse)
    })
}

#[derive(Subcommand)]
enum Command {
    /// Make the paperwork: check the data, then write every document (or
    /// those selected) as PDF and DOCX into the output folder.
    Build {
        /// The programme file.
        #[arg(long, default_value = "data/programme.yaml")]
        data: PathBuf,
        /// The output folder.
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// Only these families of documents (repeat for several): a
        /// family's id (`convocations-formation`) or its folder
        /// (`conventions`, `statement`…).
        #[arg(long)]
        kind: Vec<String>,
        /// Only these formats (repeat for several).
        #[arg(long, value_enum)]
        format: Vec<FormatName>,
        /// Only the documents of this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only the documents about this id (member, meeting, training…) or
        /// of this name.
        #[arg(long)]
        only: Option<String>,
        /// Print what would be made, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Worker threads (default: all cores; at most 256).
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u16).range(0..=256))]
        jobs: u16,
        /// Re-render every document, even those unchanged since the last
        /// build.
        #[arg(long)]
        force: bool,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
        /// A folder of templates over the programme's own (`templates/`
        /// beside the programme file) and the shipped ones.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Load a programme and check it: print every problem found, or a
    /// summary when there is none.
    Check {
        /// The programme file.
        #[arg(default_value = "data/programme.yaml")]
        path: PathBuf,
    },
    /// Start a new programme: write a complete, commented example
    /// programme (YAML, ledger, participants, logo) into a folder, to
    /// adapt. `gabarit check` passes on it at once.
    Init {
        /// The folder to write (made if missing; existing files are never
        /// overwritten).
        #[arg(default_value = "mon-programme")]
        dir: PathBuf,
    },
    /// Mail merge: make one document per row of a list (CSV, or a
    /// spreadsheet: .xlsx, .xls, .ods), as PDF and DOCX.
    Merge {
        /// The template file; it gets the row as `row` (`row.nom`,
        /// `row["Prénom"]`) and `row_number`.
        template: PathBuf,
        /// The list: a CSV file (UTF-8, `;` or `,`) or a spreadsheet (its
        /// first sheet), with the column names in its first row.
        #[arg(long)]
        list: PathBuf,
        /// The output folder.
        #[arg(long, default_value = "output/publipostage")]
        out: PathBuf,
        /// How files are named: column names between braces, `{n}` for
        /// the row's number (e.g. "lettre-{nom}-{prenom}").
        #[arg(long, default_value = "document-{n}")]
        name: String,
        /// A programme whose data every document also gets (`programme`,
        /// `lead_party`…).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Only these formats (repeat for several).
        #[arg(long, value_enum)]
        format: Vec<FormatName>,
        /// The documents' date, as `date` in the template (2008-05-15).
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
    /// A local web page (on 127.0.0.1 only) that shows the check, the
    /// key figures and the documents, and brings them up to date at each
    /// save of the data or the templates. Ctrl-C stops it.
    Serve {
        /// The programme file.
        #[arg(long, default_value = "data/programme.yaml")]
        data: PathBuf,
        /// The output folder.
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// The port (0: any free port).
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Open the page in the default browser.
        #[arg(long)]
        open: bool,
        /// A folder of templates over the programme's own (`templates/`
        /// beside the programme file) and the shipped ones.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Record that documents were issued (signed, sent): each gets an act
    /// number, and its files and what its template received are archived
    /// beside the register; an issued document is never made again.
    Issue {
        /// The documents: a name as `build` writes it
        /// (`convention-etat-cofinancement`), a family or a folder.
        #[arg(required = true)]
        documents: Vec<String>,
        /// The programme file.
        #[arg(long, default_value = "data/programme.yaml")]
        data: PathBuf,
        /// The output folder of the builds: its issued files are made
        /// the archive's.
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// The date of issue (of the signed copy, of the withdrawal);
        /// default: today.
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
        /// The act number, for one document (default: the family's
        /// numbering).
        #[arg(long)]
        number: Option<String>,
        /// Store the copy that came back signed (a PDF signed
        /// electronically, or a scan) of the issued document.
        #[arg(long, conflicts_with_all = ["withdraw", "number"])]
        signed: Option<PathBuf>,
        /// Withdraw the issued document (with --reason): the only way to
        /// make it again under its name.
        #[arg(long, requires = "reason", conflicts_with = "number")]
        withdraw: bool,
        /// Why the document is withdrawn.
        #[arg(long, requires = "withdraw")]
        reason: Option<String>,
        /// A folder of templates over the programme's own and the shipped
        /// ones.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// The state of every document: issued (number, date, signed copy),
    /// changed since issue, up to date, out of date, never made.
    Status {
        /// The programme file.
        #[arg(long, default_value = "data/programme.yaml")]
        data: PathBuf,
        /// The output folder.
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// `table` (for people) or `json`.
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
        /// A folder of templates over the programme's own and the shipped
        /// ones.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Render one template as PDF or DOCX (the format follows the
    /// extension of --out): for template authors.
    Render {
        /// The template file (`*.md.tera`, or plain Markdown).
        template: PathBuf,
        /// The file to write: `*.pdf` or `*.docx`.
        #[arg(long)]
        out: PathBuf,
        /// A programme: the template gets the same data as in `build`
        /// (`programme`, `figures`, `lead_party`, `member`…); without it
        /// the template gets no data.
        #[arg(long)]
        data: Option<PathBuf>,
        /// With --data, which document of the template: the end of its
        /// file name (`ruffec` for convention-programme-ruffec,
        /// `2007` for etat-financier-2007); not needed when the template
        /// makes one document.
        #[arg(long, requires = "data")]
        record: Option<String>,
    },
}

fn main() -> ExitCode {
    match lang_in_args() {
        Some(lang) => gabarit::i18n::set_lang(lang),
        // Chosen now from the environment, for gabarit and its engine.
        None => gabarit::i18n::set_lang(gabarit::i18n::lang_from_env()),
    }
    for warning in gabarit::i18n::environment_warnings() {
        say(&gabarit::Diagnostic::warning("environment", warning));
    }
    let cli = match cli_text::localize(Cli::command())
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    match cli.command {
        Command::Check { path } => check(&path),
        Command::Serve {
            data,
            out,
            port,
            open,
            templates,
        } => match gabarit::serve::run(gabarit::serve::Options {
            data,
            out,
            port,
            open,
            templates,
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(d) => report(&d),
        },
        Command::Init { dir } => match gabarit::init::init(&dir) {
            Ok(files) => {
                for f in &files {
                    out!("{}", t!("init-wrote", path = f.display().to_string()));
                }
                out!(
                    "{}",
                    t!(
                        "init-next",
                        path = dir.join("programme.yaml").display().to_string()
                    )
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&dir.display().to_string(), &e.message, e.hint_text()),
        },
        Command::Build {
            data,
            out,
            kind,
            format,
            year,
            only,
            dry_run,
            jobs,
            force,
            quiet,
            templates,
        } => {
            let formats = formats(&format);
            let selection = gabarit::plan::Selection {
                kinds: kind,
                year,
                only,
            };
            let options = gabarit::build::Options {
                data: &data,
                out: &out,
                selection: &selection,
                formats: &formats,
                jobs: usize::from(jobs),
                force,
                progress: !quiet,
                templates: templates.as_deref(),
            };
            build(&options, dry_run)
        }
        Command::Issue {
            documents,
            data,
            out,
            date,
            number,
            signed,
            withdraw,
            reason,
            templates,
        } => {
            let request = if let Some(file) = signed {
                one_document(&documents)
                    .map(|document| gabarit::acts::issue::Request::Signed { file, document })
            } else if withdraw {
                one_document(&documents).map(|document| gabarit::acts::issue::Request::Withdraw {
                    document,
                    reason: reason.unwrap_or_default(),
                })
            } else {
                Ok(gabarit::acts::issue::Request::Issue { documents, number })
            };
            match request {
                Ok(request) => issue(&data, &out, templates.as_deref(), &request, date),
                Err(code) => code,
            }
        }
        Command::Status {
            data,
            out,
            format,
            templates,
        } => status(&data, &out, templates.as_deref(), format == "json"),
        Command::Render {
            template,
            out,
            data,
            record,
        } => render(&template, &out, data.as_deref(), record.as_deref()),
        Command::Merge {
            template,
            list,
            out,
            name,
            data,
            format,
            date,
        } => merge(
            &template,
            &list,
            &out,
            &name,
            data.as_deref(),
            &formats(&format),
            date,
        ),
    }
}

/// What clap says when it parses no command: the help or the version
/// (exit 0), or a usage error (exit 2), in the language.
fn usage(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        out_raw!("{}", cli_text::help_text(&e.to_string()));
        return ExitCode::SUCCESS;
    }
    match (gabarit::i18n::lang(), cli_text::usage_error(e)) {
        (gabarit::i18n::Lang::Fr, Some(d)) => say(&d),
        _ => {
            let _ = e.print();
        }
    }
    ExitCode::from(2)
}

/// The formats asked for (both when none is).
fn formats(asked: &[FormatName]) -> Vec<gabarit::Format> {
    if asked.is_empty() {
        return vec![gabarit::Format::Pdf, gabarit::Format::Docx];
    }
    FormatName::formats(asked)
}

/// The programme at `data`, for a command that uses it: loaded and
/// checked, its errors printed (its warnings are `check`'s to print), or
/// the exit code 1.
fn checked_programme(data: &Path) -> Result<gabarit::model::Programme, ExitCode> {
    let loaded = gabarit::load(data);
    let diagnostics = gabarit::check(&loaded);
    if diagnostics.iter().any(|d| d.is_error()) {
        for d in &diagnostics {
            eprintln!("{}", gabarit::i18n::render(d, &loaded.sources));
        }
        return Err(ExitCode::from(1));
    }
    loaded.programme.ok_or(ExitCode::from(1))
}

/// The one document `--signed` and `--withdraw` take.
fn one_document(documents: &[String]) -> Result<String, ExitCode> {
    match documents {
        [one] => Ok(one.clone()),
        _ => {
            say(&gabarit::Diagnostic::error(
                "usage",
                t!("issue-one-document", count = documents.len()),
            )
            .hint(t!("issue-one-document-hint")));
            Err(ExitCode::from(2))
        }
    }
}

/// The programme at `data`, checked: every diagnostic printed (warnings
/// too when `warnings`), or the exit code 1 on an error.
fn checked(
    data: &Path,
    extra: Option<&Path>,
    warnings: bool,
) -> Result<gabarit::model::Programme, ExitCode> {
    let loaded = gabarit::load(data);
    let extra_dirs: Vec<PathBuf> = extra.map(Path::to_path_buf).into_iter().collect();
    let diagnostics = gabarit::check::check_with(&loaded, &extra_dirs);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    for d in diagnostics.iter().filter(|d| warnings || d.is_error()) {
        eprintln!("{}", gabarit::i18n::render(d, &loaded.sources));
    }
    loaded.programme.filter(|_| errors == 0).ok_or_else(|| {
        eprintln!(
            "{}",
            t!(
                "build-refused",
                path = data.display().to_string(),
                errors = errors
            )
        );
        ExitCode::from(1)
    })
}

/// [`checked`], then reviewed against its register: what was issued
/// compared with what the data make now, said the same way.
fn reviewed_programme(
    data: &Path,
    extra: Option<&Path>,
    warnings: bool,
) -> Result<gabarit::model::Programme, ExitCode> {
    let mut programme = checked(data, extra, warnings)?;
    // Nothing issued, nothing to compare (and no template to read twice).
    if programme.register.acts.is_empty() {
        return Ok(programme);
    }
    let templates = match gabarit::build::templates_for(data, extra) {
        Ok((_, t)) => t,
        Err(d) => return Err(report(&d)),
    };
    let place = gabarit::acts::Place::of(data, &programme);
    let found = gabarit::acts::review(&mut programme, &place, &templates);
    let errors = found.iter().filter(|d| d.is_error()).count();
    for d in found.iter().filter(|d| warnings || d.is_error()) {
        say(d);
    }
    if errors > 0 {
        return Err(ExitCode::from(1));
    }
    Ok(programme)
}

fn issue(
    data: &Path,
    out: &Path,
    extra: Option<&Path>,
    request: &gabarit::acts::issue::Request,
    date: Option<chrono::NaiveDate>,
) -> ExitCode {
    // `issue` reviews the register itself, once it holds its lock.
    let mut programme = match checked(data, extra, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (dirs, templates) = match gabarit::build::templates_for(data, extra) {
        Ok(t) => t,
        Err(d) => return report(&d),
    };
    match gabarit::acts::issue::run(&mut programme, data, &dirs, &templates, request, date) {
        Ok(lines) => {
            for line in lines {
                out!("{line}");
            }
            let place = gabarit::acts::Place::of(data, &programme);
            match gabarit::acts::issue::mark_output(&programme, &place, out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(d) => report(&d),
            }
        }
        Err(found) => {
            for d in &found {
                say(d);
            }
            ExitCode::from(1)
        }
    }
}

fn status(data: &Path, out: &Path, extra: Option<&Path>, json: bool) -> ExitCode {
    let programme = match reviewed_programme(data, extra, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let selection = gabarit::plan::Selection::default();
    let formats = formats(&[]);
    let options = gabarit::build::Options {
        data,
        out,
        selection: &selection,
        formats: &formats,
        jobs: 0,
        force: false,
        progress: false,
        templates: extra,
    };
    match gabarit::acts::status::status(&programme, &options) {
        Ok(rows) if json => {
            out_raw!("{}", gabarit::acts::status::json(&rows));
            ExitCode::SUCCESS
        }
        Ok(rows) => {
            out_raw!("{}", gabarit::acts::status::table(&rows));
            ExitCode::SUCCESS
        }
        Err(d) => report(&d),
    }
}

fn merge(
    template: &Path,
    list: &Path,
    out: &Path,
    name: &str,
    data: Option<&Path>,
    formats: &[gabarit::Format],
    date: Option<chrono::NaiveDate>,
) -> ExitCode {
    let programme = match data.map(checked_programme).transpose() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let programme = data.zip(programme.as_ref());
    let mut sources = gabarit::source::SourceMap::default();
    let rows = match gabarit::merge::read_list(list, &mut sources) {
        Ok(r) => r,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{}", gabarit::i18n::render(d, &sources));
            }
            return ExitCode::from(1);
        }
    };
    let options = gabarit::merge::MergeOptions {
        template,
        list: &rows,
        out,
        name,
        programme,
        formats,
        date,
    };
    match gabarit::merge::merge(&options) {
        Ok(m) => {
            out!(
                "{}",
                t!(
                    "merge-summary",
                    documents = m.documents,
                    files = m.files,
                    out = out.display().to_string()
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            for d in &e {
                eprintln!("{}", gabarit::i18n::render(d, &sources));
            }
            ExitCode::from(1)
        }
    }
}

/// Prints a failure at `place` the way diagnostics are printed, and
/// exits 1.
fn fail(place: &str, message: &str, hint: &str) -> ExitCode {
    let d = gabarit::Diagnostic::error("cli", message).in_file(place, 0, 0);
    report(&if hint.is_empty() { d } else { d.hint(hint) })
}

/// Prints a diagnostic that needs no source (a template's, a build's),
/// and exits 1.
fn report(d: &gabarit::Diagnostic) -> ExitCode {
    say(d);
    ExitCode::from(1)
}

/// Prints a diagnostic that needs no source, in the current language.
fn say(d: &gabarit::Diagnostic) {
    let text = gabarit::i18n::render(d, &gabarit::source::SourceMap::default());
    eprintln!("{}", text.trim_end());
}

fn render(template: &Path, out: &Path, data: Option<&Path>, record: Option<&str>) -> ExitCode {
    let Some(format) = gabarit::Format::from_path(out) else {
        say(&gabarit::Diagnostic::error(
            "cli",
            t!("render-bad-extension", path = out.display().to_string()),
        ));
        return ExitCode::from(2);
    };
    let context = tera::Context::new();
    if let Some(data) = data {
        let p = match checked_programme(data) {
            Ok(p) => p,
            Err(code) => return code,
        };
        // The same context as `build` gives the template.
        return match gabarit::render_template::render_template(data, &p, template, record) {
            Ok((job, doc)) => write_rendered(
                template,
                out,
                &doc,
                format,
                &gabarit::build::options_for(&p, &job),
            ),
            Err(f) => report(&f),
        };
    }
    let name = template
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match std::fs::read_to_string(template) {
        Ok(t) => t,
        Err(e) => {
            return fail(
                &template.display().to_string(),
                &t!("render-cannot-read", reason = gabarit::i18n::io_reason(&e)),
                &t!("render-cannot-read-hint"),
            );
        }
    };
    let dir = template
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // The sibling templates it includes (not the others: a faulty one it
    // does not use does not stop it).
    let sources = match gabarit::template::with_includes(dir, &name, template.to_path_buf(), text) {
        Ok(s) => s,
        Err(e) => return report(&e),
    };
    let filled = match gabarit::template::Templates::from_sources(sources)
        .and_then(|t| t.render(&name, &context))
    {
        Ok(f) => f,
        Err(e) => return report(&e),
    };
    let doc = match gabarit::make_document(&filled, dir) {
        Ok(d) => d,
        Err(e) => {
            return report(&gabarit::build::in_produced_text(
                e,
                template.display().to_string(),
            ));
        }
    };
    write_rendered(template, out, &doc, format, &gabarit::render_options())
}

/// Renders `doc` as `format` into `out`, atomically, and says so.
fn write_rendered(
    template: &Path,
    out: &Path,
    doc: &gabarit::document::Document,
    format: gabarit::Format,
    options: &gabarit::render::RenderOptions,
) -> ExitCode {
    let rendered = match gabarit::render_document_with(doc, format, options) {
        Ok(r) => r,
        Err(e) => return fail(&template.display().to_string(), &e.message, e.hint_text()),
    };
    if let Err(e) = gabarit::output::write_atomic(out, &rendered.bytes) {
        return fail(
            &out.display().to_string(),
            &t!("render-cannot-write", reason = gabarit::i18n::io_reason(&e)),
            &t!("render-cannot-write-hint"),
        );
    }
    out!(
        "{}",
        t!(
            "render-wrote",
            path = out.display().to_string(),
            bytes = rendered.bytes.len(),
            pages = rendered.pages
        )
    );
    ExitCode::SUCCESS
}

fn build(options: &gabarit::build::Options<'_>, dry_run: bool) -> ExitCode {
    let (data, out, selection, formats) = (
        options.data,
        options.out,
        options.selection,
        options.formats,
    );
    // Checked, and compared with what was issued: its warnings said here.
    let programme = match reviewed_programme(data, options.templates, true) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let programme = &programme;
    let all = gabarit::plan::plan(programme);
    for kind in &selection.kinds {
        if !all.iter().any(|j| gabarit::plan::names_family(kind, j)) {
            let known: std::collections::BTreeSet<&str> = all
                .iter()
                .flat_map(|j| [j.family.as_str(), j.folder.as_str()])
                .collect();
            let hint = match gabarit::diagnostic::did_you_mean(kind, known.iter().copied()) {
                Some(s) => t!("build-unknown-kind-suggest", suggestion = s),
                None => t!(
                    "build-unknown-kind-list",
                    list = known.into_iter().collect::<Vec<_>>().join(", ")
                ),
            };
            say(
                &gabarit::Diagnostic::error("cli", t!("build-unknown-kind", kind = kind.as_str()))
                    .hint(hint),
            );
            return ExitCode::from(2);
        }
    }
    let jobs: Vec<&gabarit::plan::Job> = all.iter().filter(|j| selection.selects(j)).collect();
    if jobs.is_empty() {
        let nothing = gabarit::Diagnostic::error("cli", t!("build-nothing-selected"));
        let known: std::collections::BTreeSet<&str> = all
            .iter()
            .flat_map(|j| j.tags.iter().map(String::as_str).chain([j.name.as_str()]))
            .collect();
        let suggestion = selection.only.as_deref().and_then(|o| {
            gabarit::diagnostic::did_you_mean(&gabarit::plan::slug(o), known.iter().copied())
        });
        say(&nothing.hint(match suggestion {
            Some(s) => t!("build-only-suggest", suggestion = s),
            None => t!("build-selection-hint"),
        }));
        return ExitCode::from(2);
    }
    if dry_run {
        // Only what a build would change: documents whose inputs changed
        // since the manifest, or whose files are missing or damaged.
        let pending = match gabarit::build::pending(programme, options) {
            Ok(p) => p,
            Err(f) => return report(&f),
        };
        let mut files = 0;
        for job in &pending {
            let exts: Vec<&str> = formats
                .iter()
                .filter(|f| job.formats.contains(f))
                .map(|f| f.extension())
                .collect();
            files += exts.len();
            out!("{}  [{}]", job, exts.join(", "));
        }
        out!(
            "{}",
            t!(
                "build-dry-run",
                documents = pending.len(),
                files = files,
                out = out.display().to_string(),
                unchanged = jobs.len() - pending.len()
            )
        );
        return ExitCode::SUCCESS;
    }
    if out.exists() && !out.is_dir() {
        return fail(
            &out.display().to_string(),
            &t!("build-out-is-file"),
            &t!("build-out-is-file-hint"),
        );
    }
    match gabarit::build::build(programme, options) {
        Ok(summary) => {
            // A few failures said whole; many of one cause (a full disk)
            // said once, with the documents they leave unwritten.
            const WHOLE: usize = 5;
            for f in summary.failures.iter().take(WHOLE) {
                say(&f.diagnostic);
            }
            let rest: Vec<String> = summary
                .failures
                .iter()
                .skip(WHOLE)
                .filter(|f| !f.document.is_empty())
                .map(|f| f.document.clone())
                .collect();
            if !rest.is_empty() {
                eprintln!(
                    "{}",
                    t!(
                        "build-more-failures",
                        count = rest.len(),
                        documents = rest.join(", ")
                    )
                );
            }
            for f in summary
                .failures
                .iter()
                .skip(WHOLE)
                .filter(|f| f.document.is_empty())
            {
                say(&f.diagnostic);
            }
            out!(
                "{}",
                t!(
                    "build-summary",
                    documents = summary.documents,
                    identical = summary.identical,
                    skipped = summary.skipped,
                    files = summary.files,
                    pages = summary.pages,
                    megabytes = gabarit::i18n::decimal(summary.bytes as f64 / 1_000_000.0, 1),
                    seconds = gabarit::i18n::decimal(summary.seconds, 2),
                    out = out.display().to_string()
                )
            );
            if summary.issued > 0 {
                out!("{}", t!("build-issued-kept", count = summary.issued));
            }
            if !summary.stale.is_empty() {
                out!(
                    "{}",
                    t!(
                        "build-stale",
                        count = summary.stale.len(),
                        documents = few(&summary.stale)
                    )
                );
                out!(
                    "{}",
                    t!(
                        "build-stale-hint",
                        data = data.display().to_string(),
                        out = out.display().to_string()
                    )
                );
            }
            if summary.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                eprintln!("{}", t!("build-failed", failed = summary.failures.len()));
                ExitCode::from(1)
            }
        }
        Err(f) => report(&f),
    }
}

/// The first ten of `names`, then an ellipsis.
fn few(names: &[String]) -> String {
    let mut shown = names
        .iter()
        .take(10)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > 10 {
        shown.push_str(", …");
    }
    shown
}

fn check(path: &std::path::Path) -> ExitCode {
    let mut loaded = gabarit::load(path);
    let mut diagnostics = gabarit::check(&loaded);
    // What was issued, compared with what the data would make now.
    if let Some(p) = loaded.programme.as_mut()
        && !p.register.acts.is_empty()
        && !diagnostics.iter().any(|d| d.is_error())
    {
        match gabarit::build::templates_for(path, None) {
            Ok((_, templates)) => {
                let place = gabarit::acts::Place::of(path, p);
                diagnostics.extend(gabarit::acts::review(p, &place, &templates));
            }
            Err(d) => diagnostics.push(d),
        }
    }
    for d in &diagnostics {
        eprintln!("{}", gabarit::i18n::render(d, &loaded.sources));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 {
        eprintln!(
            "{}",
            t!(
                "check-errors",
                path = path.display().to_string(),
                errors = errors,
                warnings = warnings
            )
        );
        return ExitCode::from(1);
    }
    let Some(programme) = &loaded.programme else {
        return ExitCode::from(1);
    };
    out!(
        "{}",
        t!(
            "check-consistent",
            path = path.display().to_string(),
            warnings = warnings
        )
    );
    out!("  {}", programme.programme.title);
    let colon = gabarit::i18n::tr("word-colon", &[]);
    let rows = gabarit::figures::key_figures(programme, &Figures::of(programme), plain);
    // The values in one column, whatever the language's labels.
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for (label, value) in &rows {
        let pad = width.saturating_sub(label.chars().count());
        out!("  {label}{colon}{} {value}", " ".repeat(pad));
    }
    ExitCode::SUCCESS
}
