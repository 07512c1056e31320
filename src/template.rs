//! Tera 2 templates: loading, French filters, rendering, and errors that
//! name the template file, line and column.
//!
//! Templates are `*.md.tera` files. A programme's own folder may hold a
//! `templates/` folder whose files win over the shipped ones of the same
//! name.

use std::path::{Path, PathBuf};

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Span};
use crate::t;

/// A template error: a diagnostic of rule `template`, placed in the
/// template's file (line and column when Tera tells them).
fn template_error(
    file: String,
    line: usize,
    column: usize,
    message: String,
    hint: String,
) -> Diagnostic {
    Diagnostic::error("template", message)
        .in_file(file, line, column)
        .hint(hint)
}

/// A template's name, the file it comes from and its text.
pub type Source = (String, PathBuf, String);

/// Adds the `*.md.tera` files of `dirs` (in name order) to `sources`, each
/// replacing a source of the same name.
pub fn add_files(sources: &mut Vec<Source>, dirs: &[impl AsRef<Path>]) -> Result<(), Diagnostic> {
    for dir in dirs {
        for (name, path) in files_in(dir.as_ref()) {
            let text = read(&path)?;
            sources.retain(|(n, ..)| *n != name);
            sources.push((name, path, text));
        }
    }
    Ok(())
}

/// The template `name` (read from `path`, its text `text`) and the
/// templates of `dir` it includes, directly or not: what rendering it
/// needs. A sibling it does not include is not read, so that a faulty
/// one does not stop it.
pub fn with_includes(
    dir: &Path,
    name: &str,
    path: PathBuf,
    text: String,
) -> Result<Vec<Source>, Diagnostic> {
    let text = cleaned(&path, text)?;
    let mut todo = includes(&text);
    let mut sources = vec![(name.to_string(), path, text)];
    while let Some(next) = todo.pop() {
        if sources.iter().any(|(n, ..)| *n == next) {
            continue;
        }
        let Some(rel) = crate::inside(&next) else {
            continue;
        };
        let file = dir.join(rel);
        if std::fs::symlink_metadata(&file).is_err() {
            // Tera says which include is missing.
            continue;
        }
        let text = read(&file)?;
        todo.extend(includes(&text));
        sources.push((next, file, text));
    }
    Ok(sources)
}

/// Refuses a template holding an invisible character (a right-to-left
/// override, a zero-width space) or a control character: the same rule
/// as for the data, at its line and column.
fn invisible_free(path: &Path, text: &str) -> Result<(), Diagnostic> {
    for (i, line) in text.lines().enumerate() {
        if let Some((column, c)) = line.chars().enumerate().find(|(_, c)| {
            crate::model::chars::invisible(*c) || (c.is_control() && *c != '\t' && *c != '\r')
        }) {
            return Err(template_error(
                path.display().to_string(),
                i + 1,
                column + 1,
                t!("template-invisible", code = format!("U+{:04X}", c as u32)),
                t!("template-invisible-hint"),
            ));
        }
    }
    Ok(())
}

/// Whether the template file at `path` can be used: an ordinary file of
/// its folder, readable, without invisible or control characters (what
/// `check` says of every template a build would read).
pub fn usable(path: &Path) -> Result<(), Diagnostic> {
    read(path).map(|_| ())
}

/// The text of the template file at `path`: an ordinary file of its
/// folder (see [`ordinary`]), read, its byte-order mark dropped, free of
/// invisible and control characters.
pub fn read(path: &Path) -> Result<String, Diagnostic> {
    ordinary(path)?;
    let text = std::fs::read_to_string(path).map_err(|e| {
        template_error(
            path.display().to_string(),
            0,
            0,
            t!("template-cannot-read", reason = crate::i18n::io_reason(&e)),
            t!("template-cannot-read-hint"),
        )
    })?;
    cleaned(path, text)
}

/// A template's text as read: a byte-order mark dropped (it reads like
/// one without, its front matter first), refused if it holds an invisible
/// or control character.
fn cleaned(path: &Path, text: String) -> Result<String, Diagnostic> {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    invisible_free(path, &text)?;
    Ok(text)
}

/// Refuses a template that is not an ordinary file of its folder: a
/// symbolic link (it could print any file of the machine into documents
/// sent out), a pipe (reading it would wait for ever), a device.
pub fn ordinary(path: &Path) -> Result<(), Diagnostic> {
    let base = path.parent().unwrap_or(Path::new(""));
    let Some(name) = path.file_name() else {
        return Ok(());
    };
    match crate::model::load::refusal(base, Path::new(name)) {
        Some((message, hint)) => Err(template_error(
            path.display().to_string(),
            0,
            0,
            message,
            hint,
        )),
        None => Ok(()),
    }
}

/// The `*.md.tera` files of `dir` (none when it cannot be read), by name:
/// (template name, path).
pub fn files_in(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_string();
            name.ends_with(".md.tera").then_some((name, path))
        })
        .collect()
}

/// A block tag of a template.
#[derive(Debug, PartialEq)]
struct OpenBlock {
    /// `if`, `for`, `block`, `macro`, `filter` or `raw`.
    keyword: String,
    /// The tag's content, as written (`if member`).
    tag: String,
    line: usize,
    column: usize,
}

/// The last block tag of `text` that no `{% end… %}` closes, if any.
fn unclosed_block(text: &str) -> Option<OpenBlock> {
    const KEYWORDS: [&str; 6] = ["if", "for", "block", "macro", "filter", "raw"];
    let mut open: Vec<OpenBlock> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        let mut offset = 0;
        while let Some(start) = rest.find("{%") {
            let after = &rest[start + 2..];
            let Some(end) = after.find("%}") else { break };
            let tag = after[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
            let keyword = tag.split_whitespace().next().unwrap_or_default();
            if let Some(closed) = keyword.strip_prefix("end") {
                if let Some(i) = open.iter().rposition(|b| b.keyword == closed) {
                    open.truncate(i);
                }
            } else if KEYWORDS.contains(&keyword) {
                open.push(OpenBlock {
                    keyword: keyword.to_string(),
                    tag: tag.to_string(),
                    line: n + 1,
                    column: line[..offset + start].chars().count() + 1,
                });
            }
            offset += start + 2 + end + 2;
            rest = &line[offset..];
        }
    }
    open.pop()
}

/// The longest one document's template may take to fill: a real one takes
/// milliseconds.
pub const MOST_TIME: std::time::Duration = std::time::Duration::from_secs(10);

/// The most bytes of values one document's template may print.
pub const MOST_OUTPUT: usize = 4 << 20;

thread_local! {
    /// Whether the document being filled on this thread went over its
    /// budget.
    static OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// What it went over, said.
    static OVER_WHY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    /// When the document being filled on this thread must be done, and
    /// how many bytes of values it may still print.
    static BUDGET: std::cell::Cell<(std::time::Instant, usize)> =
        std::cell::Cell::new((std::time::Instant::now() + MOST_TIME, MOST_OUTPUT));
}

/// Records that the document being filled went over its budget, and why.
fn over(why: String) -> std::io::Error {
    OVER.with(|o| o.set(true));
    OVER_WHY.with(|w| *w.borrow_mut() = why.clone());
    std::io::Error::other(why)
}

/// The escaping of every value a template prints (the engine's), within
/// the document's budget of time and size: a loop over the data nested
/// too deep stops with a message instead of running for hours.
fn escape_within_budget(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let (deadline, left) = BUDGET.with(std::cell::Cell::get);
    if std::time::Instant::now() > deadline {
        return Err(over(t!(
            "template-budget-time",
            seconds = MOST_TIME.as_secs()
        )));
    }
    if input.len() > left {
        return Err(over(t!(
            "template-budget-size",
            megabytes = MOST_OUTPUT >> 20
        )));
    }
    BUDGET.with(|b| b.set((deadline, left - input.len())));
    crate::document::escape::escape(input, out)
}

/// The most numbers `range` may give while one document is filled, all
/// its calls together: loops over `range` nested three deep (a billion
/// turns) stop with a message instead of running for hours.
pub const MOST_RANGE: i128 = 100_000;

thread_local! {
    /// What `range` has given in the document being filled on this thread.
    static RANGE_SPENT: std::cell::Cell<i128> = const { std::cell::Cell::new(0) };
}

/// Tera's `range(start=, end=, step_by=)`, within [`MOST_RANGE`] per
/// document.
fn bounded_range(kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<Vec<i128>> {
    let start = kwargs.get::<i128>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i128>("end")?;
    let step = kwargs.get::<i128>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message(t!("template-range-step")));
    }
    let len = if step > 0 {
        (end.saturating_sub(start).max(0) + step - 1) / step
    } else {
        (start.saturating_sub(end).max(0) + (-step) - 1) / (-step)
    };
    let spent = RANGE_SPENT.with(|s| {
        let total = s.get().saturating_add(len);
        s.set(total);
        total
    });
    if spent > MOST_RANGE {
        let why = t!("template-range-budget", limit = MOST_RANGE.to_string());
        over(why.clone());
        return Err(tera::Error::message(why));
    }
    let mut values = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    let mut at = start;
    for _ in 0..len {
        values.push(at);
        at = at.saturating_add(step);
    }
    Ok(values)
}

/// The most templates one document may be made of, its includes counted
/// each time they are included: thirty levels of templates that each
/// include the next twice would fill a billion.
pub const MOST_INCLUDES: u64 = 10_000;

/// The templates a template's text includes, once per `{% include %}`.
fn includes(text: &str) -> Vec<String> {
    text.split("{%")
        .skip(1)
        .filter_map(|tag| {
            let tag = tag.split("%}").next()?.trim_start_matches('-').trim_start();
            let rest = tag.strip_prefix("include")?.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            rest[1..].split(quote).next().map(str::to_string)
        })
        .collect()
}

/// Refuses a set of templates in which one document would be made of more
/// than [`MOST_INCLUDES`] templates, or a template includes itself.
/// `tags` gives each source's includes, in the order of `sources`.
fn check_includes(sources: &[Source], tags: &[Tags]) -> Result<(), Diagnostic> {
    use std::collections::HashMap;
    let by_name: HashMap<&str, (&PathBuf, &[String])> = sources
        .iter()
        .zip(tags)
        .map(|((n, p, _), (.., included))| (n.as_str(), (p, included.as_slice())))
        .collect();
    // How many templates rendering each one makes (itself included);
    // `None` while it is being counted (a cycle).
    let mut count: HashMap<&str, Option<u64>> = HashMap::new();
    fn walk<'a>(
        name: &'a str,
        by_name: &'a HashMap<&'a str, (&'a PathBuf, &'a [String])>,
        count: &mut HashMap<&'a str, Option<u64>>,
    ) -> Option<u64> {
        match count.get(name) {
            Some(Some(n)) => return Some(*n),
            Some(None) => return None,
            None => {}
        }
        count.insert(name, None);
        let mut total: u64 = 1;
        if let Some((_, children)) = by_name.get(name) {
            for child in children.iter() {
                // An include of a template the set does not have is
                // Tera's to say.
                let Some((key, _)) = by_name.get_key_value(child.as_str()) else {
                    continue;
                };
                total = total.saturating_add(walk(key, by_name, count)?);
            }
        }
        count.insert(name, Some(total));
        Some(total)
    }
    let mut names: Vec<&str> = by_name.keys().copied().collect();
    names.sort_unstable();
    for name in names {
        let total = walk(name, &by_name, &mut count);
        if total.is_none_or(|t| t > MOST_INCLUDES) {
            let path = by_name[name].0.display().to_string();
            return Err(template_error(
                path,
                0,
                0,
                match total {
                    None => t!("template-includes-itself", name = name),
                    Some(t) => t!(
                        "template-too-many-includes",
                        name = name,
                        count = t,
                        limit = MOST_INCLUDES
                    ),
                },
                t!("template-too-many-includes-hint"),
            ));
        }
    }
    Ok(())
}

/// The words of the tags of a template's text: its identifiers.
fn tag_words(text: &str) -> std::collections::BTreeSet<String> {
    let mut words = std::collections::BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let Some(end) = after.find(close) else {
            break;
        };
        let inside = &after[1..end];
        for w in inside.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if w.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            {
                words.insert(w.to_string());
            }
        }
        rest = &after[end + close.len()..];
    }
    words
}

/// A template's name, the words of its tags (a superset of the variables
/// it reads) and the templates it includes.
type Tags = (String, std::collections::BTreeSet<String>, Vec<String>);

/// A set of templates, ready to render.
pub struct Templates {
    tera: Tera,
    /// Template name → file it was read from.
    files: Vec<(String, PathBuf)>,
    /// Template name → sha256 of its text, sorted by name.
    digests: Vec<(String, String)>,
    /// Template name → the words of its tags (`{{ … }}`, `{% … %}`),
    /// a superset of the variables it reads, and the templates it
    /// includes.
    words: Vec<Tags>,
    /// The templates that went over their budget (time, size, `range`)
    /// for one document, with what was said: not filled again for the
    /// next documents, which would each spend the budget too.
    over_budget: std::sync::Mutex<std::collections::HashMap<String, Diagnostic>>,
}

impl Templates {
    /// Loads every `*.md.tera` file of `dirs`; a later folder's file
    /// replaces an earlier one of the same name.
    pub fn load(dirs: &[&Path]) -> Result<Templates, Diagnostic> {
        let mut sources = Vec::new();
        add_files(&mut sources, dirs)?;
        Self::from_sources(sources)
    }

    /// Builds a set from (name, file, text) triples.
    pub fn from_sources(sources: Vec<Source>) -> Result<Templates, Diagnostic> {
        Self::with_escaping(sources, true)
    }

    /// Builds a set of short patterns that make plain text, not a
    /// document (a family's file name and title): nothing escaped.
    pub fn plain(sources: Vec<Source>) -> Result<Templates, Diagnostic> {
        Self::with_escaping(sources, false)
    }

    fn with_escaping(sources: Vec<Source>, escape: bool) -> Result<Templates, Diagnostic> {
        let mut tera = Tera::new();
        if escape {
            // Every value a template prints is text, never markup: escaped
            // for Markdown, the directives and the front matter, whatever
            // the template's name (only `| safe` lets markup through).
            tera.autoescape_on([""]);
            tera.set_escape_fn(escape_within_budget);
        } else {
            tera.autoescape_on(Vec::<&'static str>::new());
        }
        crate::fr::filters::register(&mut tera);
        tera.register_function("range", bounded_range);
        let files: Vec<(String, PathBuf)> = sources
            .iter()
            .map(|(n, p, _)| (n.clone(), p.clone()))
            .collect();
        let mut digests: Vec<(String, String)> = sources
            .iter()
            .map(|(n, _, t)| (n.clone(), crate::output::sha256_hex(t.as_bytes())))
            .collect();
        digests.sort();
        let words: Vec<Tags> = sources
            .iter()
            .map(|(n, _, t)| (n.clone(), tag_words(t), includes(t)))
            .collect();
        check_includes(&sources, &words)?;
        let mut set = Templates {
            tera,
            files,
            digests,
            words,
            over_budget: std::sync::Mutex::new(std::collections::HashMap::new()),
        };
        let raw = sources.iter().map(|(n, _, t)| (n, t));
        if let Err(e) = set.tera.add_raw_templates(raw) {
            let error = set.error(&e);
            // Tera says only "Unexpected end of input": name the block
            // left open.
            let file = match &error.span {
                Some(Span::File { path, .. }) => path.clone(),
                _ => String::new(),
            };
            let text = sources
                .iter()
                .find(|(_, path, _)| path.display().to_string() == file)
                .map(|(_, _, text)| text);
            if let Some(text) = text
                && error.message.to_lowercase().contains("end of input")
                && let Some(open) = unclosed_block(text)
            {
                return Err(template_error(
                    file,
                    open.line,
                    open.column,
                    t!(
                        "template-never-closed",
                        tag = open.tag.as_str(),
                        reason = error.message.as_str()
                    ),
                    t!(
                        "template-never-closed-hint",
                        keyword = open.keyword.as_str()
                    ),
                ));
            }
            return Err(error);
        }
        Ok(set)
    }

    /// The sha256 of each template's text, sorted by name.
    pub fn digests(&self) -> &[(String, String)] {
        &self.digests
    }

    /// The words template `name` and those it includes, extends or
    /// imports use in their tags: a superset of the variables it reads.
    pub fn words_of(&self, name: &str) -> std::collections::BTreeSet<String> {
        let mut all = std::collections::BTreeSet::new();
        let mut todo = vec![name.to_string()];
        let mut seen = std::collections::BTreeSet::new();
        while let Some(n) = todo.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            if let Some((_, words, included)) = self.words.iter().find(|(k, ..)| *k == n) {
                all.extend(words.iter().cloned());
                todo.extend(included.iter().cloned());
            }
        }
        all
    }

    /// Whether a template of that name is loaded.
    pub fn contains(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// The file a template was read from.
    pub fn file_of(&self, name: &str) -> Option<&Path> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.as_path())
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        if let Some(said) = self
            .over_budget
            .lock()
            .ok()
            .and_then(|m| m.get(name).cloned())
        {
            return Err(said);
        }
        RANGE_SPENT.with(|spent| spent.set(0));
        BUDGET.with(|b| b.set((std::time::Instant::now() + MOST_TIME, MOST_OUTPUT)));
        OVER.with(|o| o.set(false));
        self.tera.render(name, context).map_err(|e| {
            if !OVER.with(std::cell::Cell::get) {
                return self.error(&e);
            }
            // Tera says only "Io error": the budget says what it was.
            let why = OVER_WHY.with(|w| w.borrow().clone());
            let file = self
                .file_of(name)
                .map_or(name.to_string(), |f| f.display().to_string());
            let said = template_error(file, 0, 0, why, t!("template-budget-hint"));
            if let Ok(mut m) = self.over_budget.lock() {
                m.insert(name.to_string(), said.clone());
            }
            said
        })
    }

    fn error(&self, e: &tera::Error) -> Diagnostic {
        use tera::ErrorKind;
        let (name, line, column, message) = match e.kind() {
            ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => (
                r.filename().to_string(),
                r.span().start_line,
                r.span().start_col + 1,
                r.message().to_string(),
            ),
            other => {
                // Some errors only carry the report as text: find its
                // `--> name:line:column` and first line.
                let text = other.to_string();
                let located = text
                    .lines()
                    .find_map(|l| l.trim().strip_prefix("--> "))
                    .and_then(|loc| {
                        let mut parts = loc.rsplitn(3, ':');
                        let column = parts.next()?.trim().parse::<usize>().ok()?;
                        let line = parts.next()?.trim().parse::<usize>().ok()?;
                        Some((parts.next()?.trim().to_string(), line, column))
                    });
                let first = text
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("error: ")
                    .to_string();
                match located {
                    Some((name, line, column)) => (name, line, column, first),
                    None => (String::new(), 0, 0, text),
                }
            }
        };
        let file = self
            .file_of(&name)
            .map_or(name.clone(), |p| p.display().to_string());
        let said = crate::tera_said::said(&message);
        let hint = if said.hint == "template-hint-name" || message.contains("not found") {
            let mut names: Vec<&str> = self.files.iter().map(|(n, _)| n.as_str()).collect();
            names.sort();
            names.dedup();
            t!("template-hint-name", names = names.join(", "))
        } else if let Some(s) = &said.suggestion {
            t!("did-you-mean", suggestion = s.as_str())
        } else {
            t!(said.hint)
        };
        template_error(file, line, column, said.message, hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_block_left_open() {
        let open =
            unclosed_block("# T\n\n{% if a %}x{% endif %}\n  {%- for m in ms -%}\n{{ m }}\n")
                .unwrap();
        assert_eq!(
            (open.keyword.as_str(), open.line, open.column),
            ("for", 4, 3)
        );
        assert_eq!(open.tag, "for m in ms");
        assert_eq!(
            unclosed_block("{% if a %}{% for b in c %}{% endfor %}{% endif %}"),
            None
        );
        assert_eq!(unclosed_block("no tags at all {{ x }}"), None);
    }

    #[test]
    fn a_syntax_error_names_the_open_block() {
        let text = "# Convention\n\n{% if member %}\nsans fin\n";
        let Err(e) = Templates::from_sources(vec![(
            "c.md.tera".into(),
            PathBuf::from("templates/c.md.tera"),
            text.into(),
        )]) else {
            panic!("an unclosed if is an error");
        };
        assert_eq!(
            e.place().as_deref(),
            Some("templates/c.md.tera:3:1"),
            "{e:?}"
        );
        assert!(
            e.message
                .contains("`{% if member %}` opened here is never closed"),
            "{}",
            e.message
        );
        assert!(e.hint_text().contains("{% endif %}"));
    }
}
