//! The `gabarit` command line: parses arguments, calls the library, prints
//! diagnostics and maps the outcome to an exit code (0 fine, 1 errors in
//! the data, 2 usage error).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use gabarit::figures::Figures;
use gabarit::fr::{money, plain};

#[derive(Parser)]
#[command(
    name = "gabarit",
    version,
    about = "Official paperwork (PDF and DOCX) from programme data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load a programme and check it: print every problem found, or a
    /// summary when there is none.
    Check {
        /// The programme file.
        #[arg(default_value = "data/programme.yaml")]
        path: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Check { path } => check(&path),
    }
}

fn check(path: &std::path::Path) -> ExitCode {
    let loaded = gabarit::load(path);
    let diagnostics = gabarit::check(&loaded);
    for d in &diagnostics {
        eprintln!("{}", d.render(&loaded.sources));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 {
        eprintln!(
            "{}: {errors} error(s), {warnings} warning(s); nothing can be built until the errors are fixed",
            path.display()
        );
        return ExitCode::from(1);
    }
    let Some(programme) = &loaded.programme else {
        return ExitCode::from(1);
    };
    let f = Figures::of(programme);
    let first = f.years.first().copied().unwrap_or_default();
    let last = f.years.last().copied().unwrap_or_default();
    println!(
        "{}: the programme is consistent ({warnings} warning(s))",
        path.display()
    );
    println!("  {}", programme.programme.title);
    println!("  period:              {first}–{last}");
    println!("  partnerships:        {}", f.partnerships);
    println!(
        "  triennial budget:    {}",
        plain(&money(programme.budget.total.0))
    );
    println!(
        "  State share:         {} ({} of {} eligible, credit {})",
        plain(&money(f.state_share.0)),
        plain(&gabarit::fr::percent(programme.state.rate.0)),
        plain(&money(f.eligible_total.0)),
        plain(&money(programme.state.credit.0))
    );
    println!(
        "  contributions:       {} ({} members × {} × {} years)",
        plain(&money(f.contributions_total.0)),
        f.partnerships,
        plain(&money(programme.programme.member_contribution.0)),
        f.years.len()
    );
    println!("  ledger:              {} entries", programme.ledger.len());
    println!("  participants:        {}", programme.participants.len());
    ExitCode::SUCCESS
}
