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

use gabarit_engine::i18n::Catalogue;
pub use gabarit_engine::i18n::{Arg, Lang, set_lang};

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

/// The language the environment asks for: `GABARIT_LANG`, then
/// `LC_ALL`, `LC_MESSAGES`, `LANG`.
pub fn lang_from_env() -> Lang {
    let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(lang) = get("GABARIT_LANG").as_deref().and_then(Lang::parse) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|n| get(n))
        .map_or(Lang::En, |v| Lang::of_locale(&v))
}

/// What is wrong with the environment gabarit reads, said once at the
/// start: a `GABARIT_LANG` it does not speak, a `SOURCE_DATE_EPOCH` that
/// is not a time it can write in a file (seconds since 1970, before the
/// year 10 000). Such a value is not used; the warning says so.
pub fn environment_warnings() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(v) = std::env::var("GABARIT_LANG")
        && !v.trim().is_empty()
        && Lang::parse(&v).is_none()
    {
        out.push(tr("env-unknown-lang", &[("value", v.into())]));
    }
    if let Ok(v) = std::env::var("SOURCE_DATE_EPOCH")
        && source_date_epoch().is_none()
    {
        out.push(tr("env-bad-epoch", &[("value", v.into())]));
    }
    out
}

/// `SOURCE_DATE_EPOCH` when it is a time a file can carry: whole seconds
/// from 1970 to the end of the year 9999.
pub fn source_date_epoch() -> Option<i64> {
    const LAST: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|t| (0..=LAST).contains(t))
}

/// The language gabarit speaks: the one set (`--lang`), else the
/// environment's. Gabarit and its engine speak the same one.
pub fn lang() -> Lang {
    match gabarit_engine::i18n::chosen() {
        Some(lang) => lang,
        // Unit tests assert the English messages, whatever the locale of
        // the machine that runs them.
        None if cfg!(test) => Lang::En,
        None => {
            let lang = lang_from_env();
            set_lang(lang);
            lang
        }
    }
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    let [(_, _, fr), (_, _, en)] = CATALOGUES;
    CATALOGUE.get_or_init(|| Catalogue::new(fr, en))
}

/// Message `key` of the current language with `args`; the English one
/// when the current catalogue lacks it, the key itself when both do (the
/// tests check that none lacks any).
pub fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_in(lang(), key, args)
}

/// Message `key` in `lang`.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    catalogue().tr_in(lang, key, args)
}

/// Says a message of the catalogue: `t!("check-consistent", path = p,
/// warnings = n)`.
#[macro_export]
macro_rules! t {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr($key, gabarit_engine::message_args!($($name = $value),*))
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

/// `value` with `places` decimals, its decimal separator the language's
/// (a build's seconds and megabytes, for people).
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match lang() {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// An exact number for a message (a rate, a gap): as few decimals as it
/// has, with the language's decimal separator and minus sign (-17.6 →
/// « −17,6 »).
pub fn number(value: rust_decimal::Decimal) -> String {
    let text = value.normalize().to_string();
    match lang() {
        Lang::Fr => text.replace('.', ",").replace('-', "\u{2212}"),
        Lang::En => text,
    }
}

/// A percentage for a message: [`number`] and the sign, after a no-break
/// space in French (« −17,6 % »), a space in English (“-17.6 %”).
pub fn percent(value: rust_decimal::Decimal) -> String {
    match lang() {
        Lang::Fr => format!("{}\u{a0}%", number(value)),
        Lang::En => format!("{} %", number(value)),
    }
}

/// Why a file could not be read or written, in the current language: the
/// usual causes said by kind, any other in the system's own words.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let key = match e.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::IsADirectory => "io-is-a-folder",
        ErrorKind::NotADirectory => "io-not-a-folder",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::StorageFull => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::AddrInUse => "io-address-in-use",
        _ => return e.to_string(),
    };
    tr(key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_file_faults_are_said_in_the_language() {
        let missing = std::fs::read("/nonexistent/gabarit/ledger.csv").unwrap_err();
        assert_eq!(io_reason(&missing), tr("io-not-found", &[]));
        let folder = std::fs::read(std::env::temp_dir()).unwrap_err();
        assert_eq!(io_reason(&folder), tr("io-is-a-folder", &[]));
        assert!(!io_reason(&missing).contains("os error"));
    }

    #[test]
    fn every_key_is_in_every_catalogue_with_the_same_placeholders() {
        let [(_, fr_name, fr), (_, en_name, en)] = CATALOGUES;
        if let Err(faults) = gabarit_engine::i18n::check_catalogues((en_name, en), (fr_name, fr)) {
            panic!("{faults}");
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
}
