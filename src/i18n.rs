//! What gabarit says to people, in their language: the message
//! catalogues (`locales/fr/gabarit.ftl`, `locales/en/gabarit.ftl`, in
//! Project Fluent's syntax, with their plural forms), the language chosen
//! as people expect, and [`tr`] (or the [`t!`](crate::t) macro) to say a
//! message.
//!
//! The language: `--lang fr|en` or `GABARIT_LANG`, else the first of
//! `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty: a value
//! starting with `fr` is French, any other English.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language gabarit speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

/// The catalogues, embedded: (language, file name, text).
pub const CATALOGUES: [(Lang, &str, &str); 2] = [
    (
        Lang::Fr,
        "locales/fr/gabarit.ftl",
        include_str!("../locales/fr/gabarit.ftl"),
    ),
    (
        Lang::En,
        "locales/en/gabarit.ftl",
        include_str!("../locales/en/gabarit.ftl"),
    ),
];

impl Lang {
    /// The language a `--lang` or `GABARIT_LANG` value names.
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

    /// The language the environment asks for: `GABARIT_LANG`, then
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`.
    pub fn from_env() -> Lang {
        let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        if let Some(lang) = get("GABARIT_LANG").as_deref().and_then(Lang::parse) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|n| get(n))
            .map_or(Lang::En, |v| Lang::of_locale(&v))
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

/// Speaks `lang` from now on (the command line's `--lang`).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index() as u8 + 1, Ordering::Relaxed);
}

/// The language gabarit speaks: the one set, else the environment's.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Fr,
        2 => Lang::En,
        // Unit tests assert the English messages, whatever the locale of
        // the machine that runs them.
        _ if cfg!(test) => Lang::En,
        _ => {
            let lang = Lang::from_env();
            set_lang(lang);
            lang
        }
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let make = |(lang, _, text): (Lang, &str, &str)| {
            let id = match lang {
                Lang::Fr => unic_langid::langid!("fr-FR"),
                Lang::En => unic_langid::langid!("en-GB"),
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Placeables are not wrapped in bidi isolation marks: a
            // terminal shows them as they are.
            bundle.set_use_isolating(false);
            // A catalogue that does not parse keeps the messages it has;
            // `tests` checks that both parse whole.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        };
        let [fr, en] = CATALOGUES;
        [make(fr), make(en)]
    })
}

/// A value given to a message.
pub type Arg<'a> = FluentValue<'a>;

/// Message `key` of the current language with `args`; the English one
/// when the current catalogue lacks it, the key itself when both do (the
/// tests check that none lacks any).
pub fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_in(lang(), key, args)
}

/// Message `key` in `lang`.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [&bundles()[lang.index()], &bundles()[Lang::En.index()]] {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// Says a message of the catalogue: `t!("check-consistent", path = p,
/// warnings = n)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The words of a diagnostic ("error", "warning", "hint"), in the current
/// language.
pub fn diagnostic_words() -> gabarit_engine::diagnostic::Words {
    gabarit_engine::diagnostic::Words {
        error: tr("word-error", &[]),
        warning: tr("word-warning", &[]),
        hint: tr("word-hint", &[]),
        colon: tr("word-colon", &[]),
    }
}

/// `d` for a person, in the current language, its source line quoted
/// from `sources`.
pub fn render(d: &crate::Diagnostic, sources: &crate::source::SourceMap) -> String {
    d.render_in(sources, &diagnostic_words())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a catalogue and the variables it uses.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("the catalogue parses: {errors:?}"));
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
        out
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

    #[test]
    fn every_key_is_in_every_catalogue_with_the_same_placeholders() {
        let [(_, fr_name, fr), (_, en_name, en)] = CATALOGUES;
        let (fr, en) = (messages(fr), messages(en));
        assert!(!fr.is_empty());
        for (key, vars) in &en {
            let other = fr
                .get(key)
                .unwrap_or_else(|| panic!("{fr_name} lacks `{key}`"));
            assert_eq!(vars, other, "`{key}` takes other values in {fr_name}");
        }
        for key in fr.keys() {
            assert!(en.contains_key(key), "{en_name} lacks `{key}`");
        }
    }

    #[test]
    fn plurals_and_french_typography() {
        let n = |n: usize| [("warnings", Arg::from(n)), ("path", Arg::from("p.yaml"))];
        assert_eq!(
            tr_in(Lang::Fr, "check-consistent", &n(0)),
            "p.yaml\u{a0}: le programme est cohérent (0\u{a0}avertissement)"
        );
        assert_eq!(
            tr_in(Lang::Fr, "check-consistent", &n(3)),
            "p.yaml\u{a0}: le programme est cohérent (3\u{a0}avertissements)"
        );
        assert_eq!(
            tr_in(Lang::En, "check-consistent", &n(1)),
            "p.yaml: the programme is consistent (1 warning)"
        );
        assert_eq!(
            tr_in(Lang::En, "check-consistent", &n(0)),
            "p.yaml: the programme is consistent (0 warnings)"
        );
    }

    #[test]
    fn the_language_follows_the_locale() {
        assert_eq!(Lang::of_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::of_locale("fr"), Lang::Fr);
        assert_eq!(Lang::of_locale("C"), Lang::En);
        assert_eq!(Lang::of_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }
}
