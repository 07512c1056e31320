//! Mail merge: one document per row of a list (CSV, or a spreadsheet as
//! LibreOffice Calc or Excel saves it: `.xlsx`, `.xls`, `.ods`), each made
//! as PDF and DOCX from one template.
//!
//! The template gets the row as `row` (by column name, `row["Prénom"]`, and
//! by the column's slug, `row.prenom`), its number `row_number` (from 1),
//! `rows` (how many), and with a programme the context every document of
//! `build` shares (`programme`, `figures`, `lead_party`…). Files are named
//! by a pattern of columns (`--name "lettre-{nom}-{prenom}"`, slugged);
//! two rows that would give one name stop the merge before anything is
//! written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Format;
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::model::Programme;
use crate::plan::slug;
use crate::source::SourceMap;
use crate::t;

/// A list to merge: its column names and rows.
#[derive(Debug, Clone)]
pub struct MergeList {
    /// Column names, from the first row.
    pub header: Vec<String>,
    /// The rows, each with where it is ("line 12", "sheet Feuille1, row
    /// 12") and its values (as many as columns).
    pub rows: Vec<(String, Vec<String>)>,
}

/// The column letters of a spreadsheet: A … Z, AA …
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn whole(file: crate::source::FileId, message: String, hint: &str) -> Diagnostic {
    Diagnostic::error("merge-list", message)
        .at(Some(Location::whole_file(file)))
        .hint(t!(hint))
}

/// A cell of a spreadsheet as text: whole numbers without decimals,
/// dates as 2008-03-10, booleans as oui / non.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "oui" } else { "non" }.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|t| {
                if t.time() == chrono::NaiveTime::MIN {
                    t.date().to_string()
                } else {
                    t.format("%Y-%m-%d %H:%M").to_string()
                }
            })
            .unwrap_or_else(|| d.as_f64().to_string()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Reads the list at `path` (its text goes into `sources` for CSV files,
/// so that diagnostics show the line).
pub fn read_list(path: &Path, sources: &mut SourceMap) -> Result<MergeList, Vec<Diagnostic>> {
    let list = read_rows(path, sources)?;
    // The same text rules as the programme's lists: no control character,
    // no invisible one (a right-to-left override would print « 1000001 »
    // for « 100 U+202E 0001 »).
    let mut faults = Vec::new();
    for (place, values) in &list.rows {
        for (name, value) in list.header.iter().zip(values) {
            let fault = value.chars().find(|c| {
                (c.is_control() && *c != '\n' && *c != '\t') || crate::check::invisible(*c)
            });
            if let Some(c) = fault {
                faults.push(
                    Diagnostic::error(
                        "merge-list",
                        t!(
                            "merge-invisible",
                            place = place.as_str(),
                            column = name.as_str(),
                            code = format!("U+{:04X}", c as u32)
                        ),
                    )
                    .hint(t!("merge-invisible-hint")),
                );
            }
        }
    }
    if faults.is_empty() {
        Ok(list)
    } else {
        Err(faults)
    }
}

/// The most bytes a spreadsheet's parts may inflate to, all together.
const MOST_INFLATED: u64 = 256 << 20;
/// The most cells a sheet may span (its rows times its columns).
const MOST_CELLS: u64 = 4_000_000;

/// Refuses, before reading it, a spreadsheet (a ZIP package: `.xlsx`,
/// `.ods`) whose parts inflate beyond [`MOST_INFLATED`], or whose sheet
/// spans more than [`MOST_CELLS`] (cells at A1 and XFD1048576): the
/// reader would allocate it all. An `.xls` (not a ZIP) is left to the
/// reader.
fn spreadsheet_within_limits(bytes: &[u8]) -> Result<(), String> {
    use std::io::Read;
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let too_large = |size: u64| {
        t!(
            "merge-spreadsheet-inflates",
            megabytes = size >> 20,
            limit = MOST_INFLATED >> 20
        )
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index(i) else {
            continue;
        };
        total = total.saturating_add(part.size());
        if total > MOST_INFLATED {
            return Err(too_large(total));
        }
    }
    let sheets: Vec<String> = zip
        .file_names()
        .filter(|n| (n.starts_with("xl/worksheets/") && n.ends_with(".xml")) || *n == "content.xml")
        .map(str::to_string)
        .collect();
    for name in sheets {
        let Ok(part) = zip.by_name(&name) else {
            continue;
        };
        // Read no more than the limit, whatever the part declares.
        let mut text = Vec::new();
        part.take(MOST_INFLATED + 1)
            .read_to_end(&mut text)
            .map_err(|e| crate::i18n::io_reason(&e))?;
        if text.len() as u64 > MOST_INFLATED {
            return Err(too_large(text.len() as u64));
        }
        let (rows, columns) = extent(&text);
        if rows.saturating_mul(columns) > MOST_CELLS {
            return Err(t!(
                "merge-spreadsheet-extent",
                rows = rows,
                columns = columns,
                limit = MOST_CELLS
            ));
        }
    }
    Ok(())
}

/// The rows and columns a sheet's cell references (`r="XFD1048576"`)
/// reach, and for a spreadsheet of LibreOffice the repeated rows and
/// columns it declares.
fn extent(xml: &[u8]) -> (u64, u64) {
    let text = String::from_utf8_lossy(xml);
    let (mut rows, mut columns) = (1u64, 1u64);
    for part in text.split("<c r=\"").skip(1) {
        let reference: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let letters: String = reference
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let digits = &reference[letters.len()..];
        let column = letters.bytes().fold(0u64, |n, b| {
            n.saturating_mul(26)
                .saturating_add(u64::from(b.to_ascii_uppercase() - b'A' + 1))
        });
        columns = columns.max(column);
        rows = rows.max(digits.parse().unwrap_or(0));
    }
    for (attribute, most) in [
        ("table:number-rows-repeated=\"", &mut rows),
        ("table:number-columns-repeated=\"", &mut columns),
    ] {
        for part in text.split(attribute).skip(1) {
            let n: u64 = part
                .split('"')
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            *most = (*most).max(n);
        }
    }
    (rows, columns)
}

/// The list's header and rows, as the file gives them.
fn read_rows(path: &Path, sources: &mut SourceMap) -> Result<MergeList, Vec<Diagnostic>> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    // An ordinary file under 64 MB, as every list.
    let (file, bytes) = crate::model::load::read_bytes(path, sources).map_err(|d| vec![d])?;
    match ext.as_str() {
        "csv" | "txt" => {
            let text = crate::model::csv_lists::decode(&bytes, file, "csv-not-utf8-hint")
                .map_err(|d| vec![d])?;
            sources.set_text(file, text.clone());
            let mut diags = Vec::new();
            let list = crate::model::csv_lists::read_any(&text, file, &mut diags);
            match list {
                Some(l) if diags.is_empty() => Ok(MergeList {
                    header: l.header,
                    rows: l
                        .records
                        .into_iter()
                        .map(|(line, v)| (t!("merge-line", line = line), v))
                        .collect(),
                }),
                _ => Err(diags),
            }
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            use calamine::Reader;
            if let Err(why) = spreadsheet_within_limits(&bytes) {
                return Err(vec![whole(file, why, "merge-spreadsheet-too-large-hint")]);
            }
            let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
                .map_err(|e| {
                    vec![whole(
                        file,
                        t!("merge-bad-spreadsheet", reason = e.to_string()),
                        "merge-bad-spreadsheet-hint",
                    )]
                })?;
            let sheet =
                book.sheet_names().first().cloned().ok_or_else(|| {
                    vec![whole(file, t!("merge-no-sheet"), "merge-no-sheet-hint")]
                })?;
            let range = book.worksheet_range(&sheet).map_err(|e| {
                vec![whole(
                    file,
                    t!(
                        "merge-bad-sheet",
                        sheet = sheet.as_str(),
                        reason = e.to_string()
                    ),
                    "merge-bad-sheet-hint",
                )]
            })?;
            let (first_row, first_col) = range.start().unwrap_or((0, 0));
            let mut rows = range.rows();
            let header: Vec<String> = rows
                .next()
                .map(|r| r.iter().map(cell_text).collect())
                .unwrap_or_default();
            let mut diags = Vec::new();
            if header.is_empty() {
                diags.push(whole(
                    file,
                    t!("merge-empty-sheet", sheet = sheet.as_str()),
                    "merge-empty-sheet-hint",
                ));
            }
            for (i, name) in header.iter().enumerate() {
                let at = t!(
                    "merge-cell",
                    sheet = sheet.as_str(),
                    row = first_row + 1,
                    column = column_letters(first_col as usize + i)
                );
                if name.is_empty() {
                    diags.push(whole(
                        file,
                        t!("merge-no-name", at = at.as_str()),
                        "merge-no-name-hint",
                    ));
                } else if header[..i].contains(name) {
                    diags.push(whole(
                        file,
                        t!("merge-column-twice", at = at.as_str(), name = name.as_str()),
                        "merge-column-twice-hint",
                    ));
                }
            }
            if !diags.is_empty() {
                return Err(diags);
            }
            let rows = rows
                .enumerate()
                .map(|(k, r)| {
                    (
                        t!(
                            "merge-row",
                            sheet = sheet.as_str(),
                            row = first_row as usize + k + 2
                        ),
                        r.iter().map(cell_text).collect::<Vec<_>>(),
                    )
                })
                .filter(|(_, v)| v.iter().any(|c| !c.is_empty()))
                .collect();
            Ok(MergeList { header, rows })
        }
        _ => Err(vec![whole(
            file,
            t!("merge-unknown-format", ext = ext.as_str()),
            "merge-unknown-format-hint",
        )]),
    }
}

/// The file name a row gets from `pattern` (`{column}` replaced by the
/// row's value, slugged), or why not.
fn file_name(
    pattern: &str,
    header: &[String],
    values: &[String],
    n: usize,
) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| t!("merge-unclosed-brace", pattern = pattern))?;
        let key = after[..close].trim();
        let value = if key == "n" {
            format!("{n:04}")
        } else {
            let i = header
                .iter()
                .position(|h| h == key || slug(h) == slug(key))
                .ok_or_else(|| {
                    // Compared without case or accents: `nome` → `Nom`.
                    let slugs: Vec<String> = header.iter().map(|h| slug(h)).collect();
                    match did_you_mean(&slug(key), slugs.iter().map(String::as_str))
                        .and_then(|s| slugs.iter().position(|h| h == s))
                    {
                        Some(i) => t!(
                            "merge-not-a-column-suggest",
                            key = key,
                            suggestion = header[i].as_str()
                        ),
                        None => t!("merge-not-a-column", key = key),
                    }
                })?;
            values.get(i).cloned().unwrap_or_default()
        };
        out.push_str(&value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    let name = slug(&out);
    if name.is_empty() {
        return Err(t!("merge-empty-name", pattern = pattern));
    }
    Ok(name)
}

/// What a merge made.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    /// Documents made (each in every format asked).
    pub documents: usize,
    /// Files written.
    pub files: usize,
}

/// A failure of a merge: the diagnostics, ready to print with the
/// sources.
pub type MergeError = Vec<Diagnostic>;

/// Options of a merge.
pub struct MergeOptions<'a> {
    /// The template file.
    pub template: &'a Path,
    /// The list read by [`read_list`].
    pub list: &'a MergeList,
    /// Where to write.
    pub out: &'a Path,
    /// The file-name pattern (`{column}`, `{n}`).
    pub name: &'a str,
    /// A programme whose shared context the template gets, with the file
    /// it was read from.
    pub programme: Option<(&'a Path, &'a Programme)>,
    /// The formats to make.
    pub formats: &'a [Format],
    /// The documents' date (`date` in the template), if given.
    pub date: Option<chrono::NaiveDate>,
}

/// A file to write: its path and bytes.
type File = (PathBuf, Vec<u8>);

/// A merge error: `hint` is a key of the catalogues.
fn error(message: String, hint: &str) -> MergeError {
    vec![Diagnostic::error("merge", message).hint(t!(hint))]
}

/// A diagnostic of the template or of its text, said of `place` of the
/// list.
fn of_row(place: &str, mut d: Diagnostic) -> MergeError {
    d.message = match d.text_line() {
        Some(line) => t!(
            "merge-of-row-line",
            place = place,
            line = line,
            message = d.message.as_str()
        ),
        None => t!("merge-of-row", place = place, message = d.message.as_str()),
    };
    if d.text_line().is_some() {
        d.span = None;
    }
    vec![d]
}

/// The issued documents' files a build keeps in `out` or in the folder
/// above it (as the manifest of that build folder lists them).
fn issued_files(out: &Path) -> std::collections::BTreeSet<PathBuf> {
    let mut found = std::collections::BTreeSet::new();
    for folder in [Some(out), out.parent()].into_iter().flatten() {
        let Some(manifest) = crate::manifest::Manifest::read(folder) else {
            continue;
        };
        for e in manifest.outputs {
            if e.inputs.starts_with("issued ")
                && let Ok(c) = std::fs::canonicalize(folder.join(&e.path))
            {
                found.insert(c);
            }
        }
    }
    found
}

/// Makes one document per row of the list: every file name is checked
/// and every document made before any file is written.
pub fn merge(o: &MergeOptions<'_>) -> Result<Merged, MergeError> {
    let list = o.list;
    if list.rows.is_empty() {
        return Err(error(t!("merge-no-rows"), "merge-no-rows-hint"));
    }
    // Names first: a pattern error or two rows with one name stop all.
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    let mut named = Vec::with_capacity(list.rows.len());
    for (n, (place, values)) in list.rows.iter().enumerate() {
        let name = file_name(o.name, &list.header, values, n + 1)
            .map_err(|m| error(m, "merge-name-hint"))?;
        if let Some(other) = names.insert(name.clone(), place) {
            return Err(error(
                t!(
                    "merge-same-name",
                    first = other.to_string(),
                    second = place.as_str(),
                    name = name.as_str()
                ),
                "merge-same-name-hint",
            ));
        }
        named.push(name);
    }
    let template_name = o
        .template
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The letters' files: the time of SOURCE_DATE_EPOCH or the letters'
    // date, and, with a programme, what they say about themselves.
    let mut options = crate::render_options_on(o.date);
    if let Some((_, p)) = o.programme {
        let stem = template_name.split('.').next().unwrap_or_default();
        options.metadata = crate::build::metadata(p, stem);
    }
    let text = std::fs::read_to_string(o.template).map_err(|e| {
        error(
            t!(
                "merge-cannot-read-template",
                path = o.template.display().to_string(),
                reason = crate::i18n::io_reason(&e)
            ),
            "render-cannot-read-hint",
        )
    })?;
    let own_dir = o
        .template
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut dirs: Vec<PathBuf> = o
        .programme
        .map(|(data, _)| crate::build::template_dirs(data))
        .unwrap_or_default();
    dirs.push(own_dir.clone());
    let templates = crate::build::templates_with(
        &dirs,
        Some((template_name.clone(), o.template.to_path_buf(), text)),
    )
    .map_err(|e| vec![e])?;
    let mut base = o.programme.map_or_else(tera::Context::new, |(_, p)| {
        crate::context::Shared::new(p).context()
    });
    base.insert("rows", &list.rows.len());
    if let Some(d) = o.date {
        base.insert("date", &d);
    }
    // Make every document in memory, then write.
    let made: Vec<Result<Vec<File>, MergeError>> = list
        .rows
        .par_iter()
        .zip(named.par_iter())
        .enumerate()
        .map(|(n, ((place, values), name))| {
            let mut row = serde_json::Map::new();
            for (h, v) in list.header.iter().zip(values) {
                row.insert(h.clone(), serde_json::Value::String(v.clone()));
                let key = slug(h).replace('-', "_");
                if !key.is_empty() && !row.contains_key(&key) {
                    row.insert(key, serde_json::Value::String(v.clone()));
                }
            }
            let mut context = base.clone();
            context.insert("row", &row);
            context.insert("row_number", &(n + 1));
            let filled = templates
                .render(&template_name, &context)
                .map_err(|e| of_row(place, e))?;
            let mut loader = |src: &str| match o.programme {
                Some((_, p)) => crate::build::load_image(p, &dirs, src),
                None => crate::build::load_image_from(&dirs, src),
            };
            let doc =
                crate::make_document_with(&filled, &mut loader).map_err(|e| of_row(place, e))?;
            o.formats
                .iter()
                .map(|f| {
                    let r = crate::render_document_with(&doc, *f, &options)
                        .map_err(|e| of_row(place, e))?;
                    Ok((o.out.join(format!("{name}.{}", f.extension())), r.bytes))
                })
                .collect()
        })
        .collect();
    let mut files = Vec::new();
    for m in made {
        files.extend(m?);
    }
    std::fs::create_dir_all(o.out).map_err(|e| {
        error(
            t!(
                "merge-cannot-create",
                path = o.out.display().to_string(),
                reason = crate::i18n::io_reason(&e)
            ),
            "merge-cannot-create-hint",
        )
    })?;
    // An issued document is never written over: a merge into a build's
    // folder refuses, before writing anything.
    let issued = issued_files(o.out);
    if let Some((path, _)) = files
        .iter()
        .find(|(path, _)| std::fs::canonicalize(path).is_ok_and(|c| issued.contains(&c)))
    {
        return Err(error(
            t!("merge-issued", path = path.display().to_string()),
            "merge-issued-hint",
        ));
    }
    for (path, bytes) in &files {
        crate::output::write_atomic(path, bytes).map_err(|e| {
            error(
                t!(
                    "merge-cannot-write",
                    path = path.display().to_string(),
                    reason = crate::i18n::io_reason(&e)
                ),
                "merge-cannot-write-hint",
            )
        })?;
    }
    Ok(Merged {
        documents: list.rows.len(),
        files: files.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
    }

    #[test]
    fn file_names_come_from_the_columns() {
        let header = vec!["Nom".to_string(), "Prénom".to_string()];
        let values = vec!["DURAND".to_string(), "Élodie".to_string()];
        assert_eq!(
            file_name("lettre-{nom}-{Prénom}", &header, &values, 7).as_deref(),
            Ok("lettre-durand-elodie")
        );
        assert_eq!(file_name("{n}", &header, &values, 7).as_deref(), Ok("0007"));
        let err = file_name("{nome}", &header, &values, 1).unwrap_err();
        assert!(err.contains("did you mean `Nom`"), "{err}");
        assert!(file_name("{nom", &header, &values, 1).is_err());
    }
}
