//! What changed in an issued document: the values its template received
//! when issued, compared with those it receives now, each said in words
//! (« annexe, ressources, Cotisations des membres, 2008 : 4 900,00 € →
//! 5 250,00 € »).
//!
//! Only the values the document prints count: a value that changed but
//! appears in neither text (a member added to the programme, which a
//! convention with another member never names) is not a change of that
//! document.

use serde_json::Value;

use crate::model::register::Change;

/// The most changes said for one document; the rest are counted.
pub const MOST: usize = 40;

/// Every leaf of `value` (a string, number, boolean or null) by its path
/// (`annex.resources[2].years[1]`), with the words that name it.
fn leaves<'a>(value: &'a Value, years: &[i32]) -> Vec<(String, String, &'a Value)> {
    let mut out = Vec::new();
    walk(value, String::new(), Vec::new(), years, &mut out);
    out
}

fn walk<'a>(
    value: &'a Value,
    path: String,
    words: Vec<String>,
    years: &[i32],
    out: &mut Vec<(String, String, &'a Value)>,
) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let mut words = words.clone();
                words.push(key_words(key));
                walk(v, path, words, years, out);
            }
        }
        Value::Array(items) => {
            let yearly = path.ends_with("years") && items.len() == years.len();
            for (i, v) in items.iter().enumerate() {
                let mut words = words.clone();
                // An element with an id is found by it, so that one added
                // before it does not make it another: "contributions[member-id]".

                let (key, element) = match (yearly, years.get(i)) {
                    (true, Some(y)) => (y.to_string(), y.to_string()),
                    _ => match element_words(v) {
                        Some((Some(id), said)) => (id, said),
                        Some((None, said)) => (i.to_string(), said),
                        None => (i.to_string(), format!("n° {}", i + 1)),
                    },
                };
                if yearly && let Some(last) = words.last_mut() {
                    // "years" said once, by the year itself.
                    *last = element;
                } else {
                    words.push(element);
                }
                walk(v, format!("{path}[{key}]"), words, years, out);
            }
        }
        leaf => out.push((path, words.join(", "), leaf)),
    }
}

/// What names an element of a list: its id, when it has one, as its key
/// (else its rank is), and its label, name or title (or else its id) in
/// words.
fn element_words(v: &Value) -> Option<(Option<String>, String)> {
    let map = v.as_object()?;
    let field = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| map.get(*k)?.as_str().map(str::to_string))
    };
    let said = field(&["label", "name", "title", "last_name", "id"])?;
    Some((field(&["id"]), said))
}

/// A key of a template's variables, in words: from the catalogues when
/// they have it (`change-key-annex`), else the key with spaces.
fn key_words(key: &str) -> String {
    let id = format!("change-key-{}", key.replace('_', "-"));
    // Said in the documents' language, whatever the terminal's.
    let said = crate::i18n::tr_in(crate::i18n::Lang::Fr, &id, &[]);
    if said.is_empty() || said == id {
        key.replace('_', " ")
    } else {
        said
    }
}

/// A leaf as documents print it, in French: amounts in euros (with the
/// typographic spaces), dates by day, yes or no, « — » for nothing.
pub fn shown(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::Bool(true) => crate::i18n::tr_in(crate::i18n::Lang::Fr, "word-yes", &[]),
        Value::Bool(false) => crate::i18n::tr_in(crate::i18n::Lang::Fr, "word-no", &[]),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            if let Some(amount) = as_amount(s) {
                crate::fr::money(amount)
            } else if let Some(d) = as_date(s) {
                crate::check::day(d)
            } else {
                s.clone()
            }
        }
        other => other.to_string(),
    }
}

/// A string that is an amount as the data writes it: digits, a dot, two
/// decimals.
fn as_amount(s: &str) -> Option<rust_decimal::Decimal> {
    let (int, dec) = s.strip_prefix('-').unwrap_or(s).split_once('.')?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    (digits(int) && dec.len() == 2 && digits(dec))
        .then(|| s.parse().ok())
        .flatten()
}

fn as_date(s: &str) -> Option<chrono::NaiveDate> {
    (s.len() == 10)
        .then(|| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
}

/// The ways a leaf may appear in a document's text, without spaces.
fn printed_forms(v: &Value) -> Vec<String> {
    let mut forms = Vec::new();
    match v {
        Value::String(s) => {
            if let Some(a) = as_amount(s) {
                forms.push(crate::fr::money(a));
                forms.push(s.replace('.', ","));
            } else if let Some(d) = as_date(s) {
                forms.push(crate::fr::dates::date(d, false));
                forms.push(crate::check::day(d));
            } else {
                forms.push(s.clone());
            }
        }
        Value::Number(n) => forms.push(n.to_string()),
        _ => {}
    }
    forms
        .into_iter()
        .map(|f| squeeze(&f))
        .filter(|f| f.chars().count() >= 2)
        .collect()
}

/// The lines of `before` that are not in `after`, and those of `after`
/// not in `before` (a line diff), each squeezed, one per line.
fn changed_lines(before: &str, after: &str) -> (String, String) {
    let diff = similar::TextDiff::from_lines(before, after);
    let (mut old, mut new) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let into = match change.tag() {
            similar::ChangeTag::Delete => &mut old,
            similar::ChangeTag::Insert => &mut new,
            similar::ChangeTag::Equal => continue,
        };
        into.push_str(&squeeze(change.value()));
        into.push('\n');
    }
    (old, new)
}

/// `text` without any kind of space, and with the typewriter apostrophe:
/// what a value and a text are compared as.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The changes between what a template received (`before`, with the text
/// it made, `before_text`) and what it receives now: the values that
/// differ and that one of the two texts prints. When none is printed
/// (the text changed through a value said another way), every value that
/// differs outside the raw `programme` is told.
pub fn changes(
    before: &Value,
    after: &Value,
    before_text: &str,
    after_text: &str,
    years: &[i32],
    used: &std::collections::BTreeSet<String>,
) -> Vec<Change> {
    let old: std::collections::BTreeMap<String, (String, &Value)> = leaves(before, years)
        .into_iter()
        .map(|(path, words, v)| (path, (words, v)))
        .collect();
    let new: std::collections::BTreeMap<String, (String, &Value)> = leaves(after, years)
        .into_iter()
        .map(|(path, words, v)| (path, (words, v)))
        .collect();
    let null = Value::Null;
    let mut differing: Vec<(String, String, &Value, &Value)> = Vec::new();
    for (path, (words, v)) in &new {
        let was = old.get(path).map_or(&null, |(_, w)| *w);
        if was != *v {
            differing.push((path.clone(), words.clone(), was, v));
        }
    }
    for (path, (words, v)) in &old {
        if !new.contains_key(path) {
            differing.push((path.clone(), words.clone(), v, &null));
        }
    }
    // The raw programme says again what the other variables say: its
    // values count only when nothing else changed.
    differing.sort_by_key(|(path, ..)| path.starts_with("programme.") || path == "programme");
    // Only the lines of the texts that changed are looked in.
    let (old_text, new_text) = changed_lines(before_text, after_text);
    let printed = |(_, _, was, now): &&(String, String, &Value, &Value)| {
        printed_forms(was).iter().any(|f| old_text.contains(f))
            || printed_forms(now).iter().any(|f| new_text.contains(f))
    };
    // Only the variables the template reads (their top name in its tags).
    let read = |path: &str| {
        let top = path.split(['.', '[']).next().unwrap_or(path);
        used.is_empty() || used.contains(top)
    };
    differing.retain(|d| read(&d.0));
    let mut kept: Vec<&(String, String, &Value, &Value)> = differing
        .iter()
        .filter(|d| !d.0.starts_with("programme"))
        .filter(printed)
        .collect();
    if kept.is_empty() {
        kept = differing.iter().filter(printed).collect();
    }
    if kept.is_empty() {
        kept = differing
            .iter()
            .filter(|d| !d.0.starts_with("programme") && d.0 != "job")
            .collect();
    }
    // One line per fact: the same value reached through two variables
    // (`body` is the committee's `signing_body`; the annex's line and the
    // figures' year) is said once, under the first.
    let mut seen: std::collections::BTreeMap<(String, String, String), String> =
        std::collections::BTreeMap::new();
    let top = |path: &str| path.split(['.', '[']).next().unwrap_or(path).to_string();
    let last = |words: &str| words.rsplit(", ").next().unwrap_or(words).to_string();
    kept.into_iter()
        .filter(|(path, words, was, now)| {
            let fact = (last(words), shown(was), shown(now));
            match seen.get(&fact) {
                Some(first) => *first == top(path),
                None => {
                    seen.insert(fact, top(path));
                    true
                }
            }
        })
        .map(|(path, words, was, now)| Change {
            label: words.clone(),
            path: path.clone(),
            before: shown(was),
            after: shown(now),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_changed_amount_is_said_by_its_row_and_year() {
        let before = json!({"annex": {"resources": [
            {"label": "Cotisations des membres", "years": ["4900.00", "4900.00"]}
        ]}, "programme": {"members": ["a"]}});
        let after = json!({"annex": {"resources": [
            {"label": "Cotisations des membres", "years": ["4900.00", "5250.00"]}
        ]}, "programme": {"members": ["a", "b"]}});
        let c = changes(
            &before,
            &after,
            "4 900,00 €",
            "5 250,00 €",
            &[2007, 2008],
            &Default::default(),
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].path, "annex.resources[0].years[2008]");
        assert!(
            c[0].label.ends_with("Cotisations des membres, 2008"),
            "{}",
            c[0].label
        );
        assert_eq!(crate::fr::plain(&c[0].before), "4 900,00 €");
        assert_eq!(crate::fr::plain(&c[0].after), "5 250,00 €");
    }

    #[test]
    fn a_value_no_text_prints_is_no_change_when_another_is() {
        let before = json!({"meeting": {"date": "2007-03-01", "room": "A"}});
        let after = json!({"meeting": {"date": "2007-03-08", "room": "B"}});
        let c = changes(
            &before,
            &after,
            "le 1er mars 2007",
            "le 8 mars 2007",
            &[],
            &Default::default(),
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].before, "01/03/2007");
        assert_eq!(c[0].after, "08/03/2007");
    }
}
