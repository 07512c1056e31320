//! The command line in the user's language: the help of every command and
//! option from the catalogues, and clap's usage errors said again from
//! their parts (the exit code stays 2).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use gabarit::t;

/// The help of `arg` of `command` (`help-build-dry_run`), or of a
/// command (`help-build`).
fn key(command: &str, arg: Option<&str>) -> String {
    match arg {
        Some(a) => format!("help-{command}-{a}"),
        None => format!("help-{command}"),
    }
}

/// The help flag, said in the language.
fn help_flag() -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(t!("help-help"))
}

/// Headings, help flag and help texts of one command.
fn localize_one(cmd: Command, name: &str) -> Command {
    let options = t!("help-options");
    let arguments = t!("help-arguments");
    let usage = t!("help-usage");
    let mut cmd = cmd
        .disable_help_flag(true)
        .arg(help_flag())
        .help_template(format!(
            "{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(t!("help-commands"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = match id.as_str() {
            "help" => None,
            "lang" => Some(t!("help-lang")),
            "version" => Some(t!("help-version")),
            other => Some(gabarit::i18n::tr(&key(name, Some(other)), &[])),
        };
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            let mut a = a.help_heading(heading.clone());
            // The placeholder of the value (`<FICHIER>`), in the language.
            if a.get_action().takes_values() {
                let value = gabarit::i18n::tr(&format!("value-{}", a.get_id()), &[]);
                a = a.value_name(value);
            }
            match help {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    cmd
}

/// The command line of `cli`, its help in the current language.
pub fn localize(cmd: Command) -> Command {
    let cmd = cmd.about(t!("help-about")).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version),
    );
    let mut cmd = localize_one(cmd, "gabarit");
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| {
            let s = s.about(gabarit::i18n::tr(&key(&name, None), &[]));
            localize_one(s, &name)
        });
    }
    cmd
}

/// The help or version text clap made, its fixed words in the language.
pub fn help_text(text: &str) -> String {
    text.replace(
        "Print this message or the help of the given subcommand(s)", // not said: clap's words
        &t!("help-help-command"),
    )
    .replace(
        "[default: ",
        &format!("[{}{} ", t!("help-default"), t!("word-colon")),
    )
    .replace(
        "[possible values: ",
        &format!("[{}{} ", t!("help-possible"), t!("word-colon")),
    )
}

/// A value of clap's error context, as text.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A usage error said from its parts, as a diagnostic (message and
/// hint), or none for the kinds gabarit leaves to clap.
pub fn usage_error(e: &clap::Error) -> Option<gabarit::Diagnostic> {
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(e, ContextKind::InvalidValue).unwrap_or_default();
    let (message, hint) = match e.kind() {
        ErrorKind::UnknownArgument => (
            t!("cli-unknown-argument", arg = arg()),
            context(e, ContextKind::SuggestedArg).map(|s| t!("cli-similar", suggestion = s)),
        ),
        ErrorKind::InvalidValue if value().is_empty() => {
            (t!("cli-missing-value", arg = arg()), None)
        }
        ErrorKind::InvalidValue => (
            t!("cli-invalid-value", value = value(), arg = arg()),
            context(e, ContextKind::ValidValue).map(|v| t!("cli-possible-values", values = v)),
        ),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            (
                t!(
                    "cli-bad-value",
                    value = value(),
                    arg = arg(),
                    reason = reason
                ),
                None,
            )
        }
        ErrorKind::MissingRequiredArgument => (t!("cli-missing", args = arg()), None),
        ErrorKind::InvalidSubcommand => (
            t!(
                "cli-unknown-command",
                command = context(e, ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            context(e, ContextKind::SuggestedSubcommand).map(|s| t!("cli-similar", suggestion = s)),
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            (t!("cli-no-command"), None)
        }
        _ => return None,
    };
    let d = gabarit::Diagnostic::error("usage", message)
        .hint(hint.unwrap_or_else(|| t!("cli-more-info")));
    Some(d)
}
