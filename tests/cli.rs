//! The `gabarit` binary: exit codes, output format, the shipped programme.

mod common;

use std::fs;
use std::path::Path;

use common::{gabarit, text};

#[test]
fn check_of_the_shipped_programme_prints_its_figures() {
    let out = gabarit(&["check"]);
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout,
        text(&out.stderr)
    );
    assert!(stdout.contains("partnerships:      14"), "{stdout}");
    assert!(stdout.contains("88 624,00 €"), "{stdout}");
    assert!(stdout.contains("43 425,76 €"), "{stdout}");
    assert!(stdout.contains("14 700,00 €"), "{stdout}");
}

/// Copies the shipped data with `from` replaced by `to` in the YAML file.
fn edited(dir: &Path, from: &str, to: &str) -> String {
    common::copy_shipped_data(dir);
    let path = dir.join("programme.yaml");
    let yaml = fs::read_to_string(&path).unwrap();
    assert!(yaml.contains(from));
    fs::write(&path, yaml.replacen(from, to, 1)).unwrap();
    path.to_string_lossy().into_owned()
}

fn line_of(path: &str, needle: &str) -> usize {
    let text = fs::read_to_string(path).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn misspelt_key_exits_1_with_file_line_column_and_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited(dir.path(), "\nbudget:", "\nbudjet:");
    let out = gabarit(&["check", &path]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = line_of(&path, "budjet:");
    let expected = format!("{path}:{line}:1: error: unknown key `budjet`");
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains("hint: did you mean `budget`?"), "{stderr}");
    assert!(stderr.contains(&format!("{line} | budjet:")), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn broken_yaml_exits_1_at_the_fault() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited(
        dir.path(),
        "  signing_place: \"Chauray\"",
        "  signing_place: [\"Chauray\"",
    );
    let out = gabarit(&["check", &path]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let first = stderr.lines().next().unwrap();
    // file:line:column: error: …
    let rest = first
        .strip_prefix(&format!("{path}:"))
        .expect("starts with the file");
    let mut parts = rest.splitn(3, ':');
    let line: usize = parts.next().unwrap().parse().unwrap();
    let column: usize = parts.next().unwrap().parse().unwrap();
    assert!(parts.next().unwrap().starts_with(" error: "), "{first}");
    let fault = line_of(&path, "signing_place: [");
    assert!(line >= fault && line <= fault + 1, "{first}");
    assert!(column >= 1);
}

#[test]
fn every_error_is_printed_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited(dir.path(), "  total: 88624.00", "  total: 88642.00");
    let yaml = fs::read_to_string(&path)
        .unwrap()
        .replacen("  rate: 49\n", "  rate: 149\n", 1);
    fs::write(&path, yaml).unwrap();
    let out = gabarit(&["check", &path]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("error: the budget lines add up to 88 624,00 €"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: the cofinancing rate 149"),
        "{stderr}"
    );
    assert!(stderr.contains(" errors, "), "{stderr}");
}

#[test]
fn missing_file_exits_1_and_usage_errors_exit_2() {
    let out = gabarit(&["check", "no/such/programme.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/programme.yaml: error: cannot read this file"));
    assert_eq!(gabarit(&["check", "--frobnicate"]).status.code(), Some(2));
    assert_eq!(gabarit(&["chekc"]).status.code(), Some(2));
    assert_eq!(gabarit(&[]).status.code(), Some(2));
    assert_eq!(gabarit(&["--help"]).status.code(), Some(0));
}

#[test]
fn render_gives_every_shipped_template_the_context_of_build() {
    let p = gabarit::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/programme.yaml"
    )))
    .programme
    .expect("the shipped programme loads");
    let jobs = gabarit::plan::plan(&p);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut rendered = 0;
    for (name, _) in gabarit::build::SHIPPED {
        // Partials are parts of other templates; `sample` is rendered
        // with the data of a document it does not make.
        let record = match jobs.iter().find(|j| j.template == *name) {
            Some(job) => job.name.clone(),
            None if *name == "sample.md.tera" => "convention-programme-bressuire".to_string(),
            None => continue,
        };
        let out = dir.path().join(name.replace(".md.tera", ".pdf"));
        let template = format!("templates/{name}");
        let run = gabarit(&[
            "render",
            &template,
            "--data",
            "data/programme.yaml",
            "--record",
            &record,
            "--out",
            out.to_str().expect("a UTF-8 path"),
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{name} --record {record}: {}",
            text(&run.stderr)
        );
        assert!(
            fs::read(&out).is_ok_and(|b| b.starts_with(b"%PDF")),
            "{name}"
        );
        rendered += 1;
    }
    assert!(rendered >= 7, "{rendered} templates rendered");
    // A template that makes several documents asks which one.
    let run = gabarit(&[
        "render",
        "templates/convention-programme.md.tera",
        "--data",
        "data/programme.yaml",
        "--out",
        dir.path().join("x.pdf").to_str().expect("a UTF-8 path"),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("choose one with --record"),
        "{}",
        text(&run.stderr)
    );
}

/// Runs gabarit with only `env` as its locale variables.
fn with_locale(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_gabarit"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    for v in ["GABARIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c.envs(env.iter().copied());
    c.args(args).output().expect("gabarit runs")
}

#[test]
fn the_language_follows_the_locale_and_the_option() {
    let said = |env: &[(&str, &str)], args: &[&str]| {
        let out = with_locale(env, args);
        text(&out.stdout) + &text(&out.stderr)
    };
    let french = "data/programme.yaml\u{a0}: le programme est cohérent (0\u{a0}avertissement)";
    let english = "data/programme.yaml: the programme is consistent (0 warnings)";
    assert!(said(&[("LANG", "fr_FR.UTF-8")], &["check"]).contains(french));
    assert!(said(&[("LANG", "C")], &["check"]).contains(english));
    assert!(said(&[], &["check"]).contains(english));
    // LC_ALL wins over LANG, LC_MESSAGES too; an empty one does not count.
    assert!(said(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")], &["check"]).contains(english));
    assert!(said(&[("LANG", "C"), ("LC_MESSAGES", "fr_FR.UTF-8")], &["check"]).contains(french));
    assert!(said(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "")], &["check"]).contains(french));
    // GABARIT_LANG and --lang win over the locale.
    assert!(
        said(
            &[("LANG", "fr_FR.UTF-8"), ("GABARIT_LANG", "en")],
            &["check"]
        )
        .contains(english)
    );
    assert!(said(&[("LANG", "C")], &["check", "--lang", "fr"]).contains(french));
    // A usage error of gabarit's own, in French, with its exit code.
    let out = with_locale(
        &[("LANG", "fr_FR.UTF-8")],
        &["build", "--kind", "factures", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("erreur\u{a0}: `--kind factures` ne désigne aucune famille de documents"),
        "{err}"
    );
    assert!(err.contains("= astuce\u{a0}:"), "{err}");
    // clap's help and usage errors in French, exit codes unchanged.
    let help = with_locale(&[("LANG", "fr_FR.UTF-8")], &["build", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = text(&help.stdout);
    for words in [
        "Utilisation\u{a0}: gabarit build",
        "Options\u{a0}:",
        "Le fichier du programme [par défaut\u{a0}: data/programme.yaml]",
        "[valeurs possibles\u{a0}: pdf, docx]",
        "-h, --help ",
        "Affiche l’aide",
    ] {
        assert!(help.contains(words), "{words} not in {help}");
    }
    assert!(
        !help.contains("Print help") && !help.contains("Usage"),
        "{help}"
    );
    let bogus = with_locale(&[("LANG", "fr_FR.UTF-8")], &["build", "--bogus"]);
    assert_eq!(bogus.status.code(), Some(2));
    assert!(
        text(&bogus.stderr).contains("erreur\u{a0}: argument inattendu `--bogus`"),
        "{}",
        text(&bogus.stderr)
    );
    let value = with_locale(&[("LANG", "fr_FR.UTF-8")], &["build", "--format", "odt"]);
    assert_eq!(value.status.code(), Some(2));
    let said = text(&value.stderr);
    assert!(
        said.contains("valeur invalide `odt` pour `--format"),
        "{said}"
    );
    assert!(
        said.contains("valeurs possibles\u{a0}: pdf, docx"),
        "{said}"
    );
    let english = with_locale(&[("LANG", "C")], &["build", "--bogus"]);
    assert_eq!(english.status.code(), Some(2));
    assert!(text(&english.stderr).contains("unexpected argument"));
}

/// What `check` prints on stderr for `path` in the locale `lang`, with
/// its exit code 1.
fn checked_in(lang: &str, path: &str) -> String {
    let out = with_locale(&[("LANG", lang)], &["check", path]);
    assert_eq!(out.status.code(), Some(1));
    text(&out.stderr)
}

/// The source line `n` quoted as a diagnostic quotes it, with `carets`
/// under its column `column`.
fn quoted(path: &str, n: usize, column: usize, carets: usize) -> String {
    let line = fs::read_to_string(path)
        .unwrap()
        .lines()
        .nth(n - 1)
        .unwrap()
        .to_string();
    let pad = " ".repeat(n.to_string().len());
    format!(
        "{pad} |\n{n} | {line}\n{pad} | {}{}\n",
        " ".repeat(column - 1),
        "^".repeat(carets)
    )
}

#[test]
fn check_says_the_three_usual_mistakes_in_french_and_in_english() {
    let fr_summary = |p: &str| {
        format!(
            "\n{p}\u{a0}: 1\u{a0}erreur, 0\u{a0}avertissement\u{202f}; rien ne peut être fabriqué avant que les erreurs soient corrigées\n"
        )
    };
    let en_summary = |p: &str| {
        format!("\n{p}: 1 error, 0 warnings; nothing can be built until the errors are fixed\n")
    };

    // A misspelt key.
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), "\nbudget:", "\nbudjet:");
    let n = line_of(&p, "budjet:");
    let q = quoted(&p, n, 1, 6);
    assert_eq!(
        checked_in("fr_FR.UTF-8", &p),
        format!(
            "{p}:{n}:1: erreur\u{a0}: clé inconnue `budjet` au premier niveau du programme\n{q}  = astuce\u{a0}: vouliez-vous dire `budget`\u{202f}?\n{}",
            fr_summary(&p)
        )
    );
    assert_eq!(
        checked_in("C", &p),
        format!(
            "{p}:{n}:1: error: unknown key `budjet` at the top of the programme\n{q}  = hint: did you mean `budget`?\n{}",
            en_summary(&p)
        )
    );

    // A value of the wrong type: words where a number goes.
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), "  rate: 49\n", "  rate: quarante-neuf\n");
    let n = line_of(&p, "rate: quarante-neuf");
    let q = quoted(&p, n, 9, "quarante-neuf".len());
    assert_eq!(
        checked_in("fr_FR.UTF-8", &p),
        format!(
            "{p}:{n}:9: erreur\u{a0}: `quarante-neuf` n’est pas un nombre\n{q}  = astuce\u{a0}: écrivez le taux en pour cent, sans le signe %\u{a0}: 49 pour 49\u{a0}%, 12.5 pour 12,5\u{a0}%\n{}",
            fr_summary(&p)
        )
    );
    assert_eq!(
        checked_in("C", &p),
        format!(
            "{p}:{n}:9: error: `quarante-neuf` is not a number\n{q}  = hint: write the rate in percent, without the % sign: 49 for 49 %, 12.5 for 12.5 %\n{}",
            en_summary(&p)
        )
    );

    // A number written the French way: the hint gives it back with a dot,
    // whether YAML reads it as a text or, between braces, as two keys.
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), "  rate: 49\n", "  rate: 49,5\n");
    assert!(
        checked_in("fr_FR.UTF-8", &p).contains(
            "`49,5` n’est pas un nombre\n"
        ) && checked_in("fr_FR.UTF-8", &p).contains(
            "= astuce\u{a0}: écrivez 49.5\u{a0}: dans les données, un point sépare les décimales"
        ),
        "{}",
        checked_in("fr_FR.UTF-8", &p)
    );
    let p = edited(dir.path(), "per_euro: 655.957", "per_euro: 655,957");
    let n = line_of(&p, "per_euro: 655,957");
    let column = std::fs::read_to_string(&p)
        .unwrap()
        .lines()
        .nth(n - 1)
        .unwrap()
        .find("655,957")
        .unwrap()
        + 1;
    let q = quoted(&p, n, column, "655,957".len());
    assert_eq!(
        checked_in("C", &p),
        format!(
            "{p}:{n}:{column}: error: `655,957`: between braces a comma separates two keys, not the decimals of a number\n{q}  = hint: write 655.957: in the data, a dot separates the decimals, with no space between the digits\n{}",
            en_summary(&p)
        )
    );

    // A budget whose lines do not add up to its total.
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), "\n  total: 88624.00", "\n  total: 90000.00");
    let n = line_of(&p, "  total: 90000.00");
    let q = quoted(&p, n, 10, "90000.00".len());
    assert_eq!(
        checked_in("fr_FR.UTF-8", &p),
        format!(
            "{p}:{n}:10: erreur\u{a0}: les lignes du budget totalisent 88 624,00 €, et non le total déclaré de 90 000,00 €\n{q}  = astuce\u{a0}: corrigez une ligne ou le total\u{a0}: les lignes font 1 376,00 € de moins que le total\n{}",
            fr_summary(&p)
        )
    );
    assert_eq!(
        checked_in("C", &p),
        format!(
            "{p}:{n}:10: error: the budget lines add up to 88 624,00 €, not to the declared total 90 000,00 €\n{q}  = hint: correct a line or the total: the lines make 1 376,00 € less than the total\n{}",
            en_summary(&p)
        )
    );
}

/// An environment variable gabarit cannot use is said, not silently
/// ignored (issue 25).
#[test]
fn an_unusable_environment_is_said() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "klingon")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("SOURCE_DATE_EPOCH", "99999999999999")
        .args(["check", "data/programme.yaml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gabarit runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("GABARIT_LANG=klingon is not a language gabarit speaks"),
        "{said}"
    );
    assert!(
        said.contains("SOURCE_DATE_EPOCH=99999999999999 is not a time"),
        "{said}"
    );
}

/// A reader that goes away (`gabarit build --dry-run | head -1`) ends the
/// command quietly, never with a panic (issue 25).
#[test]
fn a_closed_pipe_is_no_panic() {
    let dir = tempfile::tempdir().expect("a folder");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .args([
            "build",
            "--dry-run",
            "--data",
            "data/programme.yaml",
            "--out",
        ])
        .arg(dir.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("gabarit runs");
    // The reading end closed before anything is read.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("it ends");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(out.status.code(), Some(0), "{said}");
}
