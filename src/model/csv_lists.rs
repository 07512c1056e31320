//! Reading the CSV lists a programme names: the ledger and the
//! participants.
//!
//! Users keep these in a spreadsheet, so gabarit accepts what a French
//! spreadsheet writes: `;` or `,` between fields, a byte-order mark, a comma
//! before the decimals, dates as `05/12/2006` as well as `2006-12-05`.
//! Every problem is located at its line and column.

use chrono::NaiveDate;

use super::amount::{Amount, parse_decimal_fr};
use super::types::{Civility, EntryKind, LedgerEntry, Participant};
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::source::FileId;
use crate::t;

/// Columns of the ledger, in the order of the shipped file.
pub const LEDGER_COLUMNS: [&str; 8] = [
    "date", "year", "line", "kind", "label", "amount", "voucher", "party",
];

/// Columns of the participants list.
pub const PARTICIPANT_COLUMNS: [&str; 6] = [
    "partnership",
    "civility",
    "first_name",
    "last_name",
    "role",
    "actions",
];

/// Where each field of each record of a CSV file starts.
#[derive(Debug, Clone, Default)]
pub struct CsvIndex {
    /// The file.
    pub file: Option<FileId>,
    /// Column names, in the order of the file's header.
    pub header: Vec<String>,
    /// For each record kept (same order as the loaded list): its line and
    /// the column of each field.
    pub rows: Vec<CsvRow>,
    /// Whether every record of the file was read and kept: rules that count
    /// records (participants per partnership) say nothing when it was not,
    /// rather than blame the data for what the file's own errors left out.
    pub complete: bool,
}

/// Position of one record.
#[derive(Debug, Clone, Default)]
pub struct CsvRow {
    /// 1-based line.
    pub line: usize,
    /// 1-based column of each field, in header order.
    pub columns: Vec<usize>,
}

impl CsvIndex {
    /// The location of field `column` of record `row`.
    pub fn field(&self, row: usize, column: &str) -> Option<Location> {
        let file = self.file?;
        let record = self.rows.get(row)?;
        let i = self.header.iter().position(|h| h == column);
        let col = i.and_then(|i| record.columns.get(i)).copied().unwrap_or(1);
        Some(Location {
            file,
            line: record.line,
            column: col,
            len: 1,
        })
    }
}

/// A CSV file split into records, with the positions of their fields.
struct Table {
    header: Vec<String>,
    /// (line, field starts, values) per record.
    records: Vec<(usize, Vec<usize>, Vec<String>)>,
    /// Whether a line could not be read at all (and is not in `records`).
    lossy: bool,
}

/// A list of any columns, as read from a CSV file: its column names and,
/// for each record, its line and values.
pub struct AnyList {
    /// The column names of the first line.
    pub header: Vec<String>,
    /// (line, values) per record, blank lines left out.
    pub records: Vec<(usize, Vec<String>)>,
}

/// Reads a CSV list of any columns (`;` or `,`), for mail merge: every
/// column named once, every line with as many fields as the header.
pub fn read_any(text: &str, file: FileId, diags: &mut Vec<Diagnostic>) -> Option<AnyList> {
    let table = split(text, file, &[], diags)?;
    let complete = !table.lossy;
    complete.then(|| AnyList {
        header: table.header,
        records: table
            .records
            .into_iter()
            .map(|(line, _, values)| (line, values))
            .collect(),
    })
}

/// Decodes raw bytes as UTF-8 (without a byte-order mark), or says where
/// the first invalid byte is, with the hint `not_utf8_hint` (a key of the
/// catalogues: how the program that saved the file saves UTF-8).
pub fn decode(bytes: &[u8], file: FileId, not_utf8_hint: &str) -> Result<String, Diagnostic> {
    let whole = |rule: &'static str, message: &str, hint: &str| {
        Diagnostic::error(rule, message.to_string())
            .at(Some(Location::whole_file(file)))
            .hint(hint.to_string())
    };
    // One cause, said once, before the flood of errors it would give.
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || (bytes.len() >= 8
            && bytes.iter().take(64).filter(|b| **b == 0).count() * 3 >= bytes.len().min(64));
    if utf16 {
        return Err(whole("encoding", &t!("csv-utf16"), &t!("csv-utf16-hint")));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // A run of NULs (padding from a copy); a single one is reported
        // where it is, with the other control characters.
        Ok(text) if text.matches('\0').count() >= 8 => {
            let at = text.find('\0').unwrap_or(0);
            let line = text[..at].matches('\n').count() + 1;
            Err(Diagnostic::error(
                "encoding",
                t!("csv-nul", count = text.matches('\0').count(), line = line),
            )
            .at(Some(Location::whole_file(file)))
            .hint(t!("csv-nul-hint")))
        }
        Ok(text) if text.contains('\r') && !text.contains('\n') => Err(whole(
            "encoding",
            &t!("csv-cr-only"),
            &t!("csv-cr-only-hint"),
        )),
        Ok(text) => {
            use unicode_normalization::{UnicodeNormalization, is_nfc_quick};
            // Accents typed as a letter and a combining mark (NFD) become
            // the one accented letter (NFC): drawn right, compared right.
            if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
                Ok(text.to_string())
            } else {
                Ok(text.nfc().collect())
            }
        }
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let line = text.matches('\n').count() + 1;
            let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic::error("encoding", t!("csv-not-utf8"))
                .at(Some(Location {
                    file,
                    line,
                    column,
                    len: 1,
                }))
                .hint(crate::i18n::tr(not_utf8_hint, &[])))
        }
    }
}

fn split(
    text: &str,
    file: FileId,
    expected: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Option<Table> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let whole = Some(Location::whole_file(file));
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(|s| s.trim().to_string()).collect(),
        Some(Err(e)) => {
            diags.push(
                Diagnostic::error("csv-syntax", t!("csv-bad-header", reason = e.to_string()))
                    .at(whole),
            );
            return None;
        }
        None => {
            diags.push(
                Diagnostic::error("csv-columns", t!("csv-empty"))
                    .at(whole)
                    .hint(t!("csv-empty-hint", columns = expected.join(";"))),
            );
            return None;
        }
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let header_starts = field_starts(lines.first().copied().unwrap_or_default(), delimiter);
    let mut ok = true;
    for (i, name) in header.iter().enumerate() {
        // A list of any columns (`expected` empty) names each of them.
        if expected.is_empty() && name.is_empty() {
            ok = false;
            diags.push(
                Diagnostic::error("csv-columns", t!("csv-no-name", number = i + 1))
                    .at(Some(Location {
                        file,
                        line: 1,
                        column: header_starts.get(i).copied().unwrap_or(1),
                        len: 1,
                    }))
                    .hint(t!("csv-no-name-hint")),
            );
        }
        if !expected.is_empty() && !expected.contains(&name.as_str()) {
            ok = false;
            let mut d = Diagnostic::error(
                "csv-columns",
                t!("csv-unknown-column", name = name.as_str()),
            )
            .at(Some(Location {
                file,
                line: 1,
                column: header_starts.get(i).copied().unwrap_or(1),
                len: name.chars().count(),
            }));
            d = match did_you_mean(name, expected.iter().copied()) {
                Some(s) => d.hint(t!("did-you-mean", suggestion = s)),
                None => d.hint(t!("csv-columns-are", columns = expected.join(";"))),
            };
            diags.push(d);
        }
        if header[..i].contains(name) {
            ok = false;
            diags.push(
                Diagnostic::error("csv-columns", t!("csv-column-twice", name = name.as_str()))
                    .at(Some(Location {
                        file,
                        line: 1,
                        column: header_starts.get(i).copied().unwrap_or(1),
                        len: name.chars().count(),
                    }))
                    .hint(t!("csv-column-twice-hint")),
            );
        }
    }
    let missing: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|c| !header.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        ok = false;
        diags.push(
            Diagnostic::error(
                "csv-columns",
                t!(
                    "csv-missing-columns",
                    count = missing.len(),
                    columns = missing.join(", ")
                ),
            )
            .at(Some(Location {
                file,
                line: 1,
                column: 1,
                len: 1,
            }))
            .hint(t!("csv-missing-columns-hint", columns = expected.join(";"))),
        );
    }
    if !ok {
        return None;
    }
    let mut out = Vec::new();
    let mut lossy = false;
    let mut lines_seen = LineCounter::default();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                diags.push(
                    Diagnostic::error("csv-syntax", t!("csv-bad-line", reason = e.to_string()))
                        .at(Some(Location {
                            file,
                            line,
                            column: 1,
                            len: 1,
                        }))
                        .hint(t!("csv-bad-line-hint")),
                );
                lossy = true;
                continue;
            }
        };
        let line = record
            .position()
            .map_or(0, |p| lines_seen.line_at(text, p.byte() as usize));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let starts = field_starts(
            lines
                .get(line.saturating_sub(1))
                .copied()
                .unwrap_or_default(),
            delimiter,
        );
        if record.len() != header.len() {
            diags.push(
                Diagnostic::error(
                    "csv-columns",
                    t!(
                        "csv-field-count",
                        fields = record.len(),
                        header = header.len()
                    ),
                )
                .at(Some(Location {
                    file,
                    line,
                    column: 1,
                    len: 1,
                }))
                .hint(t!("csv-field-count-hint")),
            );
            lossy = true;
            continue;
        }
        out.push((
            line,
            starts,
            record.iter().map(|s| s.trim().to_string()).collect(),
        ));
    }
    Some(Table {
        header,
        records: out,
        lossy,
    })
}

/// The 1-based line where the record starting at byte `offset` has its
/// first field (the reader reports the position before blank lines it
/// skips).
/// Counts lines as records come, so a file is read in linear time.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, offset: usize) -> usize {
        let mut offset = offset.min(text.len());
        while text[offset..].starts_with(['\n', '\r']) {
            offset += 1;
        }
        if offset < self.offset {
            *self = LineCounter::default();
        }
        self.line += text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = offset;
        self.line + 1
    }
}

/// 1-based character columns where each field of `line` starts.
fn field_starts(line: &str, delimiter: u8) -> Vec<usize> {
    let delimiter = char::from(delimiter);
    let mut starts = vec![1];
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delimiter && !quoted {
            starts.push(i + 2);
        }
    }
    starts
}

/// A record being converted, with what is needed to locate its fields.
struct Row<'a> {
    file: FileId,
    header: &'a [String],
    line: usize,
    starts: &'a [usize],
    values: &'a [String],
    failed: bool,
}

impl Row<'_> {
    fn location(&self, column: &str) -> Option<Location> {
        let i = self.header.iter().position(|h| h == column)?;
        Some(Location {
            file: self.file,
            line: self.line,
            column: self.starts.get(i).copied().unwrap_or(1),
            len: self.values.get(i).map_or(1, |v| v.chars().count().max(1)),
        })
    }

    fn text(&self, column: &str) -> &str {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.values.get(i))
            .map_or("", String::as_str)
    }

    fn required(&mut self, column: &str, diags: &mut Vec<Diagnostic>) -> String {
        let value = self.text(column).to_string();
        if value.is_empty() {
            self.fail(
                diags,
                column,
                t!("csv-empty-field", column = column),
                &t!("csv-empty-field-hint"),
            );
        }
        value
    }

    fn fail(&mut self, diags: &mut Vec<Diagnostic>, column: &str, message: String, hint: &str) {
        self.failed = true;
        diags.push(
            Diagnostic::error("csv-value", message)
                .at(self.location(column))
                .hint(hint),
        );
    }

    fn parse<T>(
        &mut self,
        column: &str,
        diags: &mut Vec<Diagnostic>,
        parse: impl Fn(&str) -> Option<T>,
        what: &str,
    ) -> Option<T> {
        let text = self.text(column).to_string();
        let value = parse(&text);
        if value.is_none() {
            let message = if text.is_empty() {
                t!("csv-empty-field", column = column)
            } else {
                t!("csv-not-a", text = text.as_str(), what = t!(what))
            };
            self.fail(diags, column, message, &t!(&format!("{what}-hint")));
        }
        value
    }
}

/// Parses `2006-12-05` or `05/12/2006`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
}

fn parse_kind(text: &str) -> Option<EntryKind> {
    match text.to_lowercase().as_str() {
        "expense" | "dépense" | "depense" => Some(EntryKind::Expense),
        "receipt" | "recette" => Some(EntryKind::Receipt),
        _ => None,
    }
}

fn parse_civility(text: &str) -> Option<Civility> {
    match text {
        "M." | "M" | "Monsieur" => Some(Civility::Monsieur),
        "Mme" | "Madame" => Some(Civility::Madame),
        _ => None,
    }
}

/// Splits `text` into records with the `columns` expected and converts
/// each with `convert`; records with a bad field are reported (by
/// `convert`, through the row) and left out. The index keeps the position
/// of each record kept.
fn read_records<T>(
    text: &str,
    file: FileId,
    columns: &[&str],
    diags: &mut Vec<Diagnostic>,
    mut convert: impl FnMut(&mut Row<'_>, &mut Vec<Diagnostic>) -> Option<T>,
) -> (Vec<T>, CsvIndex) {
    let Some(table) = split(text, file, columns, diags) else {
        return (
            Vec::new(),
            CsvIndex {
                file: Some(file),
                ..CsvIndex::default()
            },
        );
    };
    let mut index = CsvIndex {
        file: Some(file),
        header: table.header.clone(),
        rows: Vec::new(),
        complete: !table.lossy,
    };
    let mut out = Vec::new();
    for (line, starts, values) in &table.records {
        let mut row = Row {
            file,
            header: &table.header,
            line: *line,
            starts,
            values,
            failed: false,
        };
        if let Some(record) = convert(&mut row, diags).filter(|_| !row.failed) {
            out.push(record);
            index.rows.push(CsvRow {
                line: *line,
                columns: starts.clone(),
            });
        } else {
            index.complete = false;
        }
    }
    (out, index)
}

/// Reads the ledger. Records with a bad field are reported and left out.
pub fn read_ledger(
    text: &str,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<LedgerEntry>, CsvIndex) {
    read_records(text, file, &LEDGER_COLUMNS, diags, |row, diags| {
        let date = row.parse("date", diags, parse_date, "csv-a-date");
        let year = row.parse("year", diags, |t| t.parse::<i32>().ok(), "csv-a-year");
        let kind = row.parse("kind", diags, parse_kind, "csv-a-kind");
        let amount = row.parse(
            "amount",
            diags,
            |t| parse_decimal_fr(t).ok().map(Amount),
            "csv-an-amount",
        );
        let line = row.required("line", diags);
        let label = row.required("label", diags);
        let voucher = row.required("voucher", diags);
        let party = row.required("party", diags);
        Some(LedgerEntry {
            date: date?,
            year: year?,
            line,
            kind: kind?,
            label,
            amount: amount?,
            voucher,
            party,
        })
    })
}

/// Reads the participants list. Records with a bad field are reported and
/// left out.
pub fn read_participants(
    text: &str,
    file: FileId,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Participant>, CsvIndex) {
    read_records(text, file, &PARTICIPANT_COLUMNS, diags, |row, diags| {
        let civility = row.parse("civility", diags, parse_civility, "csv-a-civility");
        let partnership = row.required("partnership", diags);
        let first_name = row.required("first_name", diags);
        let last_name = row.required("last_name", diags);
        let role = row.required("role", diags);
        let actions = row
            .text("actions")
            .split_whitespace()
            .map(str::to_string)
            .collect();
        Some(Participant {
            partnership,
            civility: civility?,
            first_name,
            last_name,
            role,
            actions,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEDGER: &str = "date;year;line;kind;label;amount;voucher;party\n2007-06-29;2007;pilotage;dépense;\"Comité; Paris\";1234,56;M-2007-001;SNCF\n\n05/12/2006;2006;pilotage;expense;Salle;100.00;M-2006-001;Melle\n";

    #[test]
    fn reads_french_spreadsheet_exports() {
        let mut diags = Vec::new();
        let (entries, index) = read_ledger(LEDGER, FileId(0), &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].label, "Comité; Paris");
        assert_eq!(entries[0].amount.to_string(), "1234.56");
        assert_eq!(
            entries[1].date,
            NaiveDate::from_ymd_opt(2006, 12, 5).unwrap()
        );
        let loc = index.field(1, "amount").unwrap();
        assert_eq!((loc.line, loc.column), (4, 40));
    }

    #[test]
    fn locates_bad_fields() {
        let text = "date,year,line,kind,label,amount,voucher,party\n2007-02-30,2007,x,expense,y,1.234.5,v,p\n";
        let mut diags = Vec::new();
        let (entries, _) = read_ledger(text, FileId(0), &mut diags);
        assert!(entries.is_empty());
        let places: Vec<(usize, usize)> = diags
            .iter()
            .map(|d| d.location().map(|l| (l.line, l.column)).unwrap())
            .collect();
        assert_eq!(places, vec![(2, 1), (2, 29)]);
    }

    #[test]
    fn reports_missing_and_misspelt_columns() {
        let mut diags = Vec::new();
        let (list, _) = read_participants(
            "partnership;civility;first_nam;last_name;role\n",
            FileId(0),
            &mut diags,
        );
        assert!(list.is_empty());
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].hint.as_deref(), Some("did you mean `first_name`?"));
        assert!(diags[1].message.contains("first_name, actions"));
    }

    #[test]
    fn refuses_invalid_utf8_with_its_place() {
        let err = decode(b"a;b\nd\xe9but;c\n", FileId(0), "csv-not-utf8-hint").unwrap_err();
        let loc = err.location().unwrap();
        assert_eq!((loc.line, loc.column), (2, 2));
        assert_eq!(
            decode(b"\xEF\xBB\xBFa", FileId(0), "csv-not-utf8-hint").unwrap(),
            "a"
        );
    }
}
