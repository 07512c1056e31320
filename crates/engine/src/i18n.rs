//! Messages in the reader's language: the language chosen for messages
//! (one for the whole process, English until told otherwise), and
//! [`Catalogue`], a pair of Project Fluent catalogues (French and English)
//! with their plural forms. The engine says its own messages (a directive
//! never closed, an image it cannot read, a character no font has) from
//! `locales/{fr,en}/engine.ftl`; an application keeps its own catalogue in
//! the same type and sets the language once for both.
//!
//! The language of messages is not the language of a document: a French
//! convention can be made by someone who reads English messages.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// A language messages are said in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The language a `--lang`-like value names (`fr`, `français`, `en`,
    /// `english`), in any case.
    pub fn parse(value: &str) -> Option<Lang> {
        match value.trim().to_ascii_lowercase().as_str() {
            "fr" | "français" | "francais" => Some(Lang::Fr),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a locale value (`fr_FR.UTF-8` → French; `C`,
    /// `en_GB.UTF-8` → English).
    pub fn of_locale(value: &str) -> Lang {
        if value.trim().to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The language's ISO 639-1 code, as HTML's `lang` wants it (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::Fr => 0,
            Lang::En => 1,
        }
    }
}

/// 0: not chosen yet; 1: French; 2: English.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Says messages in `lang` from now on, in the engine and in the
/// application that shares this setting.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index() as u8 + 1, Ordering::Relaxed);
}

/// The language chosen with [`set_lang`], if one was.
pub fn chosen() -> Option<Lang> {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Some(Lang::Fr),
        2 => Some(Lang::En),
        _ => None,
    }
}

/// The language messages are said in: the one chosen, else English.
pub fn lang() -> Lang {
    chosen().unwrap_or(Lang::En)
}

/// A value given to a message.
pub type Arg<'a> = FluentValue<'a>;

/// A message catalogue in French and English.
pub struct Catalogue {
    bundles: [FluentBundle<FluentResource>; 2],
}

impl Catalogue {
    /// The catalogue of the French text `fr` and the English text `en`,
    /// both in Fluent's syntax. A text that does not parse keeps the
    /// messages it has (the tests of each catalogue check that both parse
    /// whole, see [`check_catalogues`]).
    pub fn new(fr: &str, en: &str) -> Catalogue {
        let make = |lang: Lang, text: &str| {
            let id = match lang {
                Lang::Fr => unic_langid::langid!("fr-FR"),
                Lang::En => unic_langid::langid!("en-GB"),
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Placeables are not wrapped in bidi isolation marks: a
            // terminal shows them as they are.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        };
        Catalogue {
            bundles: [make(Lang::Fr, fr), make(Lang::En, en)],
        }
    }

    /// Message `key` in `lang` with `args`; the English one when `lang`'s
    /// catalogue lacks it, the key itself when both do.
    pub fn tr_in(&self, lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in [&self.bundles[lang.index()], &self.bundles[Lang::En.index()]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }
}

/// The engine's own catalogue.
fn engine() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::new(
            include_str!("../locales/fr/engine.ftl"),
            include_str!("../locales/en/engine.ftl"),
        )
    })
}

/// The engine's message `key` in the current language.
pub fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    engine().tr_in(lang(), key, args)
}

/// The engine's catalogues, for their tests: (file name, text).
pub const ENGINE_CATALOGUES: [(&str, &str); 2] = [
    (
        "crates/engine/locales/fr/engine.ftl",
        include_str!("../locales/fr/engine.ftl"),
    ),
    (
        "crates/engine/locales/en/engine.ftl",
        include_str!("../locales/en/engine.ftl"),
    ),
];

/// Each message of a Fluent text and the variables it takes; an error
/// when the text does not parse whole.
pub fn messages(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(text.to_string())
        .map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.clone(), vars);
        }
    }
    Ok(out)
}

fn pattern_vars(p: &ast::Pattern<String>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<String>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<String>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

/// Checks a pair of catalogues, `(name, text)` each: both parse whole,
/// have the same keys, and each message takes the same variables in both.
/// Returns what is wrong, one line per fault.
pub fn check_catalogues(a: (&str, &str), b: (&str, &str)) -> Result<(), String> {
    let (a_name, a) = (a.0, messages(a.1).map_err(|e| format!("{}: {e}", a.0))?);
    let (b_name, b) = (b.0, messages(b.1).map_err(|e| format!("{}: {e}", b.0))?);
    let mut faults = Vec::new();
    for (key, vars) in &a {
        match b.get(key) {
            None => faults.push(format!("{b_name} lacks `{key}`")),
            Some(other) if other != vars => {
                faults.push(format!("`{key}` takes other values in {b_name}"))
            }
            Some(_) => {}
        }
    }
    for key in b.keys().filter(|k| !a.contains_key(*k)) {
        faults.push(format!("{a_name} lacks `{key}`"));
    }
    if a.is_empty() {
        faults.push(format!("{a_name} holds no message"));
    }
    if faults.is_empty() {
        Ok(())
    } else {
        Err(faults.join("\n"))
    }
}

/// The values given to a message, as [`Catalogue::tr_in`] takes them:
/// `message_args!(path = p, warnings = n)`.
#[macro_export]
macro_rules! message_args {
    ($($name:ident = $value:expr),* $(,)?) => {
        &[$((stringify!($name), $crate::i18n::Arg::from($value))),*]
    };
}

/// Says an engine message: `t!("markup-never-closed")`,
/// `t!("image-width", attr = a)`.
macro_rules! t {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr($key, $crate::message_args!($($name = $value),*))
    };
}
pub(crate) use t;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_catalogues_agree() {
        let [fr, en] = ENGINE_CATALOGUES;
        if let Err(faults) = check_catalogues(en, fr) {
            panic!("{faults}");
        }
    }

    #[test]
    fn a_missing_key_falls_back_to_english_then_to_the_key() {
        let c = Catalogue::new("a = un\n", "a = one\nb = two\n");
        assert_eq!(c.tr_in(Lang::Fr, "a", &[]), "un");
        assert_eq!(c.tr_in(Lang::Fr, "b", &[]), "two");
        assert_eq!(c.tr_in(Lang::Fr, "c", &[]), "c");
    }

    #[test]
    fn the_language_follows_the_locale() {
        assert_eq!(Lang::of_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::of_locale("C"), Lang::En);
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }
}
