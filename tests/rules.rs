//! One failing fixture per rule of `gabarit check`.
//!
//! Each fixture is the shipped programme (data/) with one edit; the test
//! asserts the rule that fires, a fragment of its message, and its location:
//! the file, and the line and column of a marker on the edited line.

mod common;

use std::fs;
use std::path::Path;

use gabarit::diagnostic::Diagnostic;

/// One fixture: an edit of a shipped file, and what the check must say.
struct Case {
    /// File of data/ to edit.
    file: &'static str,
    /// Text to replace (its first occurrence), and its replacement.
    from: &'static str,
    to: &'static str,
    /// Rule expected.
    rule: &'static str,
    /// Fragment of the message.
    message: &'static str,
    /// The diagnostic's file.
    at_file: &'static str,
    /// Whether the diagnostic is a warning (else an error).
    warning: bool,
    /// A fragment of the mutated file, unique, that shows where the
    /// diagnostic must point (line and column): see [`place`].
    at: &'static str,
}

/// The messages these tests assert are the English ones.
fn english() {
    gabarit::i18n::set_lang(gabarit::i18n::Lang::En);
}

fn copy_data(dir: &Path) {
    common::copy_shipped_data(dir);
}

/// Line and column (1-based, in characters) of the unique occurrence of
/// `needle` in `text`.
/// A `|` in the marker stands just before the expected place; without one,
/// the place is the marker's first character.
fn place(text: &str, marker: &str) -> (usize, usize) {
    let (context, _) = marker.split_once('|').unwrap_or(("", marker));
    let needle = marker.replace('|', "");
    let found: Vec<usize> = text.match_indices(&needle).map(|(i, _)| i).collect();
    assert_eq!(
        found.len(),
        1,
        "marker {needle:?} must occur once in the fixture, found {}",
        found.len()
    );
    let before = &text[..found[0] + context.len()];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, column)
}

fn run(case: &Case) -> Vec<Diagnostic> {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join(case.file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(case.from),
        "fixture text {:?} not in {}",
        case.from,
        case.file
    );
    let edited = text.replacen(case.from, case.to, 1);
    fs::write(&path, &edited).unwrap();
    let loaded = gabarit::load(&dir.path().join("programme.yaml"));
    let diagnostics = gabarit::check(&loaded);
    let at_text = fs::read_to_string(dir.path().join(case.at_file)).unwrap();
    let (line, column) = place(&at_text, case.at);
    let found = diagnostics
        .iter()
        .find(|d| d.rule == case.rule && d.message.contains(case.message));
    let rendered: Vec<String> = diagnostics
        .iter()
        .map(|d| d.render(&loaded.sources))
        .collect();
    let Some(d) = found else {
        panic!(
            "no `{}` diagnostic containing {:?}; got:\n{}",
            case.rule,
            case.message,
            rendered.join("\n")
        );
    };
    assert_eq!(
        d.is_error(),
        !case.warning,
        "{} should be {}",
        case.rule,
        if case.warning {
            "a warning"
        } else {
            "an error"
        }
    );
    let loc = d.location().expect("the diagnostic has a location");
    assert_eq!(
        loaded.sources.path(loc.file).file_name().unwrap(),
        case.at_file,
        "wrong file for {}",
        case.rule
    );
    assert_eq!(
        (loc.line, loc.column),
        (line, column),
        "wrong place for {}:\n{}",
        case.rule,
        d.render(&loaded.sources)
    );
    assert!(d.hint.is_some(), "{} has no hint", case.rule);
    diagnostics
}

/// A case whose diagnostic is an error (`case!`) or a warning
/// (`case!(warning …)`: the documents can be made, but say something the
/// data should complete).
macro_rules! case {
    ($name:ident, $($rest:tt)*) => {
        case!(@ false, $name, $($rest)*);
    };
    (warning $name:ident, $($rest:tt)*) => {
        case!(@ true, $name, $($rest)*);
    };
    (@ $warning:expr, $name:ident, $file:expr, $from:expr => $to:expr, $rule:expr, $message:expr, $at_file:expr, $at:expr) => {
        #[test]
        fn $name() {
            run(&Case {
                file: $file,
                from: $from,
                to: $to,
                rule: $rule,
                message: $message,
                at_file: $at_file,
                at: $at,
                warning: $warning,
            });
        }
    };
}

const Y: &str = "programme.yaml";
const L: &str = "ledger.csv";
const P: &str = "participants.csv";

#[test]
fn a_member_id_written_wrong_is_said_once_at_the_id() {
    let diagnostics = run(&Case {
        file: Y,
        from: "  - id: coulon\n",
        to: "  - id: Coulon\n",
        rule: "id-format",
        message: "`Coulon`",
        at_file: Y,
        at: "- id: |Coulon",
        warning: false,
    });
    // Not the dozen references written right, nor the days, participants
    // and committee seats they lead to.
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0]
            .hint
            .as_deref()
            .is_some_and(|h| h.contains("`coulon`")),
        "{diagnostics:?}"
    );
}

#[test]
fn quotation_marks_pasted_around_a_text_are_warned_of() {
    let (text, diagnostics) =
        checked_after("signing_place: \"Chauray\"", "signing_place: “Chauray”");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    assert!(!d.is_error() && d.rule == "quoted-text", "{d:?}");
    let at = d.location().expect("a place");
    assert_eq!((at.line, at.column), place(&text, "“Chauray”"));
}

/// The diagnostics of the shipped programme once `from` is replaced by
/// `to`, in English, and the programme's edited text.
fn checked_after(from: &str, to: &str) -> (String, Vec<Diagnostic>) {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join(Y);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from:?} not in the programme");
    let text = text.replacen(from, to, 1);
    fs::write(&path, &text).unwrap();
    let diagnostics = gabarit::check(&gabarit::load(&path));
    (text, diagnostics)
}

#[test]
fn a_rate_written_as_a_fraction_is_said_where_it_is_written() {
    let (text, diagnostics) = checked_after("  rate: 49\n", "  rate: 0.49\n");
    let d = diagnostics
        .iter()
        .find(|d| d.message.contains("0.49 %, below 1 %"))
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(
        d.hint.as_deref(),
        Some("the rate is written in percent: for 49 %, write `rate: 49`")
    );
    let at = d.location().expect("a place");
    assert_eq!((at.line, at.column), place(&text, "rate: |0.49"));
}

#[test]
fn a_dot_between_thousands_is_not_taken_for_cents() {
    let diagnostics = run(&Case {
        file: Y,
        from: "credit: 50000.00",
        to: "credit: 50.000",
        rule: "amount-decimals",
        message: "50.000",
        at_file: Y,
        at: "50.000",
        warning: false,
    });
    let d = diagnostics
        .iter()
        .find(|d| d.rule == "amount-decimals")
        .expect("found above");
    assert!(
        d.hint.as_deref().is_some_and(|h| h.contains("50000.00")),
        "{d:?}"
    );
}

#[test]
fn shipped_programme_is_clean() {
    english();
    let loaded = gabarit::load(Path::new("data/programme.yaml"));
    let diagnostics = gabarit::check(&loaded);
    let rendered: Vec<String> = diagnostics
        .iter()
        .map(|d| d.render(&loaded.sources))
        .collect();
    assert!(diagnostics.is_empty(), "{}", rendered.join("\n"));
    let programme = loaded.programme.unwrap();
    assert_eq!(programme.members.len(), 14);
    assert_eq!(programme.participants.len(), 28);
    assert!(programme.ledger.len() > 50);
}

// Loading: syntax, keys, types.
case!(yaml_syntax, Y, "    kind: commune\n" => "    kind: commune: x\n", "yaml-syntax", "a `:` inside a value", Y, ": x");
case!(unknown_key_with_suggestion, Y, "\nbudget:" => "\nbudjet:", "unknown-key", "unknown key `budjet`", Y, "budjet:");
case!(unknown_key_deep, Y, "      city: \"Coulon\"" => "      cty: \"Coulon\"", "unknown-key", "`cty` in `members[3].address`", Y, "cty:");
case!(missing_key, Y, "  reference: \"PCPR-TG-2006-2008\"\n" => "", "yaml-type", "missing key `reference` in `programme`", Y, "programme:\n  |title");
case!(amount_not_a_number, Y, "credit: 50000.00" => "credit: 50 000,00", "yaml-type", "`50 000,00` is not a number", Y, "50 000,00");
case!(decimal_comma_between_braces, Y, "per_euro: 655.957" => "per_euro: 655,957", "unknown-key", "`655,957`: between braces a comma separates two keys", Y, "655,957 }");
case!(invalid_date, Y, "date: 2006-10-16" => "date: 2006-13-16", "yaml-type", "`2006-13-16` is not a valid date", Y, "2006-13-16");
case!(unknown_variant, Y, "    kind: communaute_de_communes\n" => "    kind: communaute_de_commune\n", "yaml-type", "`communaute_de_commune` is not one of the values accepted here", Y, "communaute_de_commune\n");
case!(duplicate_key, Y, "  rate: 49\n" => "  rate: 49\n  rate: 50\n", "yaml-syntax", "the key `rate` appears twice", Y, "rate: 50");
case!(tab_indentation, Y, "  rate: 49\n" => "\trate: 49\n", "yaml-syntax", "a tab is used for indentation", Y, "\trate");
case!(control_character_typed, Y, "Programme concerté franco-togolais 2006-2008" => "Programme concerté\u{c} franco-togolais 2006-2008", "control-character", "U+000C", Y, "\u{c}");
case!(control_character_escaped, Y, "short_title: \"Programme concerté" => "short_title: \"Programme\\t concerté", "control-character", "`programme.short_title`", Y, "\"Programme\\t");
case!(unprintable_in_yaml, Y, "short_title: \"Programme concerté" => "short_title: \"Programme ☐ concerté", "unprintable-character", "`☐` (U+2610)", Y, "\"Programme ☐");
case!(unprintable_in_csv, L, "Reprographie" => "Reprographie 😀", "unprintable-character", "(U+1F600)", L, "Reprographie 😀");

// Ids and references.
case!(duplicate_member_id, Y, "  - id: cerizay" => "  - id: bressuire", "duplicate-id", "member id `bressuire` is used twice", Y, "bressuire\n    kind: commune\n    name: \"Commune de CERIZAY\"");
case!(id_format, Y, "  - id: coulon" => "  - id: Coulon", "id-format", "`Coulon` is not a valid id", Y, "id: |Coulon");
case!(duplicate_in_committee, Y, "      members: [bressuire, cerizay" => "      members: [bressuire, bressuire, cerizay", "duplicate-id", "listed twice in committee `copil-fr`", Y, "bressuire, |bressuire, cerizay");
case!(unknown_committee, Y, "      committee: copil-fr\n      date: 2007-06-29" => "      committee: copil-frr\n      date: 2007-06-29", "unknown-reference", "`copil-frr` is not a known committee", Y, "copil-frr");
case!(unknown_lead, Y, "  member: chauray" => "  member: chaurai", "unknown-reference", "`chaurai` is not a known member", Y, "chaurai");
case!(unknown_ledger_line, L, ";pilotage;dépense;Reprographie" => ";pilotge;dépense;Reprographie", "unknown-reference", "`pilotge` is not a known budget line", L, "pilotge");
case!(unknown_receipt_party, L, ";T-2007-0101;cerizay" => ";T-2007-0101;cerizai", "unknown-reference", "`cerizai` is not a known member", L, "cerizai");
case!(unknown_partnership, P, "chauray;M.;Yao" => "chaurai;M.;Yao", "unknown-reference", "`chaurai` is not a known member", P, "chaurai");
case!(unknown_action, P, "formation-2008 rencontre-2008 rencontre-2007\ncerizay" => "formation-2008 rencontre-2008 rencontre-2006\ncerizay", "unknown-reference", "`rencontre-2006`", P, "formation-2008 rencontre-2008 rencontre-2006");
case!(duplicate_voucher, L, "M-2006-0431" => "M-2006-0412", "duplicate-id", "voucher `M-2006-0412` is used twice", L, "M-2006-0412;Imprimerie");

// Amounts.
case!(negative_amount, L, ";863,40;" => ";-863,40;", "amount-negative", "is negative", L, "-863,40");
case!(three_decimals, L, ";863,40;" => ";863,405;", "amount-decimals", "more than two decimals", L, "863,405");
case!(amount_beyond_budget, L, ";863,40;" => ";886240,00;", "amount-beyond-budget", "larger than the whole budget", L, "886240,00");
case!(rate_out_of_range, Y, "  rate: 49\n" => "  rate: 149\n", "rate-range", "not between 0 and 100", Y, "rate: |149");
case!(tranches_total, Y, "share: 20," => "share: 25,", "tranches-total", "add up to 105 %", Y, "|- { label: \"Avance\"");

// Budget.
case!(budget_total, Y, "  total: 88624.00" => "  total: 88642.00", "budget-total", "not to the declared total 88 642,00 €", Y, "88642.00");
case!(budget_balance, Y, "2008: 19835.00" => "2008: 19835.18", "budget-balance", "the budget is not balanced", Y, "|- id: etat");
case!(budget_balance_by_year, Y, "2007: 10663.24, 2008: 19835.00" => "2007: 11713.24, 2008: 18785.00", "budget-balance", "in 2007, resources exceed expenses by 1 050,00 €", Y, "|11713.24, 2008");
case!(state_credit, Y, "credit: 50000.00" => "credit: 40000.00", "state-credit", "more than the State's credit (40 000,00 €)", Y, "49\n  tranches");
case!(state_share, Y, "2006: 1285.76" => "2006: 1285.67", "state-share", "the State's resources add up to 43 425,67 €", Y, "|- id: etat");
case!(contributions, Y, "member_contribution: 350.00" => "member_contribution: 400.00", "contributions", "the members' contributions for 2007 are 4 900,00 €", Y, "4900.00, 2008: 4900.00");
case!(budget_years, Y, "forecast: { 2006: 0.00, 2007: 12000.00, 2008: 12000.00 }" => "forecast: { 2007: 12000.00, 2008: 12000.00 }", "budget-years", "`appui-conseil` has no forecast for 2006", Y, "{ 2007: 12000.00, 2008: 12000.00 }");
case!(members_own_contributions, Y, "    short_name: \"Lezay\"\n" => "    short_name: \"Lezay\"\n    contribution: 500.00\n", "contributions", "the year's 14 members owe 5 050,00 €", Y, "{ 2006: |4900.00, 2007: 4900.00, 2008: 4900.00 }");

// Names that read right in a sentence (issue 26).
case!(name_repeats_its_kind, Y, "short_name: \"Lezay\"" => "short_name: \"Commune de Lezay\"", "name-grammar", "starts with \"commune\"", Y, "\"Commune de Lezay\"");
case!(warning institution_without_designation, Y, "      designation: \"l'association Cités Unies France\"\n" => "", "name-grammar", "how to name \"Cités Unies France\" in a sentence", Y, "\"Cités Unies France\"\n      department");
case!(without_partner_with_one, Y, "    short_name: \"Lezay\"\n" => "    short_name: \"Lezay\"\n    without_partner: true\n", "no-partner", "is declared without a partner", Y, "without_partner: |true");
case!(warning milestone_on_a_training_day, Y, "  - date: 2007-05-31\n" => "  - date: 2008-03-10\n", "milestone", "falls on the day `formation-2008` starts", Y, "2008-03-10\n    text: \"Quatorze");
case!(warning signing_body_established_unknown, Y, "        established: 2007-05-24\n" => "", "convention-date", "is not known", Y, "\"la Structure administrative");
case!(rate_date_without_rate, Y, "per_euro: 655.957 }" => "rate_date: 2007-01-02 }", "rate-range", "`per_euro` does not give that rate", Y, "2007-01-02");
case!(warning final_documents_before_the_end, Y, "\"2008\": 2008-12-31, final: 2008-12-31 }\n  reports" => "\"2008\": 2008-12-31, final: 2008-12-15 }\n  reports", "issued-final-early", "`issued.statements.final` is dated 15/12/2008, before the programme ends (31/12/2008)", Y, "2008-12-15 }\n  reports");
case!(warning contribution_not_paid, L, "2008-05-12;2008;contributions;recette;Contribution 2008 au programme concerté;350,00;T-2008-0100;bressuire\n" => "", "contribution-missing", "`bressuire` has not paid all its contribution for 2008", Y, "bressuire\n    kind");

// Dates.
case!(date_outside_period, Y, "    date: 2007-06-29" => "    date: 2009-06-29", "date-period", "meeting `copil-fr-2007-06` (29/06/2009) is outside", Y, "2009-06-29");
case!(date_order, Y, "      end: 2008-03-13" => "      end: 2008-03-09", "date-order", "the training's start (10/03/2008) comes after its end", Y, "2008-03-09");
case!(period_reversed, Y, "end: 2008-12-31" => "end: 2005-12-31", "date-order", "the programme's start (01/01/2006) comes after its end (31/12/2005)", Y, "2005-12-31");
case!(ledger_year, L, "2006-12-12;2006" => "2006-12-12;2007", "ledger-year", "charged to 2007 but dated 12/12/2006", L, "2007;pilotage;dépense;Reprographie");
case!(ledger_date_outside, L, "2006-12-12;2006" => "2005-12-12;2005", "date-period", "(12/12/2005) is outside", L, "2005-12-12");

case!(issued_missing_year, Y, "statements: { \"2006\": 2007-01-31, " => "statements: { ", "issued-dates", "gives no date for 2006", Y, "statements: |{ \"2007\"");
case!(letter_after_meeting, Y, "letter_date: 2007-06-08" => "letter_date: 2007-07-08", "date-order", "the invitation date (08/07/2007) comes after the meeting", Y, "2007-07-08");

// Actions.
case!(mission_days, Y, "bressuire: { planned: 2, done: 3 }" => "bressuire: { planned: 1, done: 3 }", "mission-days", "plans 1 day for `bressuire`", Y, "1, done: 3");
case!(training_days, Y, "      days: 4\n" => "      days: 5\n", "training-days", "lasts 5 days but runs over 4 days", Y, "days: |5\n      place");
case!(missing_participant, P, "bressuire;Mme;Ama;SPÉCIMEN;secrétaire générale de mairie;formation-2008 rencontre-2008\n" => "", "participants", "`bressuire` has 1 participant for `formation-2008`", Y, "2\n      costs_covered");
case!(extra_participant, P, "cerizay;M.;Kodjo" => "bressuire;M.;Kodjo", "participants", "`bressuire` has 3 participants for `formation-2008`", P, "Kodjo;ESSAI;membre du comité de jumelage;|formation-2008");

// CSV files.
case!(csv_unknown_column, L, "label;amount;voucher" => "label;montant;voucher", "csv-columns", "unknown column `montant`", L, "montant");
case!(csv_bad_date, L, "2006-12-12;2006" => "2006-02-30;2006", "csv-value", "`2006-02-30` is not a date", L, "2006-02-30");
case!(csv_bad_kind, L, ";pilotage;dépense;Reprographie" => ";pilotage;depnse;Reprographie", "csv-value", "`depnse` is not a kind of entry", L, "depnse");
case!(csv_missing_file, Y, "ledger: ledger.csv" => "ledger: grand-livre.csv", "read-file", "cannot read", Y, "grand-livre.csv");
case!(participant_civility, P, "chauray;M.;Yao" => "chauray;Mr;Yao", "csv-value", "`Mr` is not a civility", P, "Mr;Yao");

#[test]
fn empty_programme_file() {
    english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("programme.yaml");
    fs::write(&path, "\n  \n").unwrap();
    let loaded = gabarit::load(&path);
    let diagnostics = gabarit::check(&loaded);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].rule, "empty-file");
}

#[test]
fn invalid_utf8_in_a_csv_is_located() {
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join("participants.csv");
    let mut bytes = fs::read(&path).unwrap();
    let at = bytes.windows(5).position(|w| w == b"Yao;G").unwrap();
    bytes[at + 1] = 0xe0; // a Latin-1 "à" in the middle of "Yao"
    fs::write(&path, bytes).unwrap();
    let loaded = gabarit::load(&dir.path().join("programme.yaml"));
    let d = gabarit::check(&loaded)
        .into_iter()
        .find(|d| d.rule == "encoding")
        .expect("an encoding error");
    let loc = d.location().unwrap();
    assert_eq!(
        loaded.sources.path(loc.file).file_name().unwrap(),
        "participants.csv"
    );
    assert_eq!(loc.line, 6);
    assert_eq!(loc.column, 13);
}

#[test]
fn every_diagnostic_is_reported_at_once() {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let yaml = dir.path().join("programme.yaml");
    let text = fs::read_to_string(&yaml)
        .unwrap()
        .replacen("  total: 88624.00", "  total: 88642.00", 1)
        .replacen("  rate: 49\n", "  rate: 149\n", 1);
    fs::write(&yaml, text).unwrap();
    let ledger = dir.path().join("ledger.csv");
    let text = fs::read_to_string(&ledger)
        .unwrap()
        .replacen(";863,40;", ";-863,40;", 1);
    fs::write(&ledger, text).unwrap();
    let diagnostics = gabarit::check(&gabarit::load(&yaml));
    for rule in ["budget-total", "rate-range", "amount-negative"] {
        assert!(diagnostics.iter().any(|d| d.rule == rule), "{rule} missing");
    }
}

// Membership over time, conventions, groupements, names.
case!(convention_before_deliberation, Y, "deliberation: { date: 2006-10-16 }" => "deliberation: { date: 2006-12-16 }", "convention-date", "before the deliberation of 16/12/2006", Y, "2006-12-16");
case!(late_joiner_without_convention_date, Y, "  - id: bressuire\n    kind: commune\n" => "  - id: bressuire\n    joined: 2007-03-01\n    kind: commune\n", "convention-date", "has no `convention_date` of its own", Y, "2007-03-01");
case!(groupement_without_carrier, Y, "    carrier: { kind: commune, short_name: \"Mazières-en-Gâtine\" }\n" => "", "carrier", "no member signs for it", Y, "kind: |groupement");
case!(body_signs_before_it_exists, Y, "        convention_date: 2007-05-28\n" => "        convention_date: 2007-05-20\n", "convention-date", "before it was set up on 24/05/2007", Y, "convention_date: |2007-05-20");
case!(milestone_with_two_dates, Y, "  - meeting: copil-fr-2006-12\n" => "  - meeting: copil-fr-2006-12\n    date: 2006-12-05\n", "milestone", "has a date of its own", Y, "- meeting: copil-fr-2006-12\n    date: |2006-12-05");
case!(milestone_unknown_meeting, Y, "  - meeting: copil-fr-2007-06\n" => "  - meeting: copil-fr-2007-6\n", "unknown-reference", "`copil-fr-2007-6` is not a known meeting", Y, "copil-fr-2007-6\n");
case!(assembly_without_gender, Y, "body: \"la commission permanente du conseil régional\"" => "body: \"plénière du conseil régional\"", "name-grammar", "masculine or feminine", Y, "\"plénière du conseil régional\"");
case!(country_article, Y, "  article: \"le\"                 # le Togo" => "  article: \"lo\"                 # le Togo", "name-grammar", "`lo` is not an article", Y, "\"lo\"");
case!(managed_by_without_article, Y, "managed_by: \"la préfecture" => "managed_by: \"préfecture", "name-grammar", "has no article", Y, "\"préfecture de la région");
case!(partner_other_without_designation, Y, "      kind: canton\n" => "      kind: other\n", "name-grammar", "of kind `other`, but has no `designation`", Y, "other\n");

#[test]
fn warnings_say_what_a_member_still_lacks() {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join(Y);
    let text = fs::read_to_string(&path).unwrap();
    // Off the French committee's list, and its partner not chosen.
    let text = text.replacen("members: [bressuire, cerizay", "members: [cerizay", 1);
    let start = text.find("    partner:\n      name: \"KPALIME\"").unwrap();
    let end = start + text[start..].find("  - id: cerizay").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    fs::write(&path, text).unwrap();
    let diagnostics = gabarit::check(&gabarit::load(&path));
    let warned = |rule: &str, words: &str| {
        diagnostics
            .iter()
            .any(|d| !d.is_error() && d.rule == rule && d.message.contains(words))
    };
    assert!(
        warned(
            "committee-seat",
            "`bressuire` is a member of the programme but not of committee `copil-fr`"
        ),
        "{diagnostics:?}"
    );
    assert!(
        warned("no-partner", "`bressuire` has no partner yet"),
        "{diagnostics:?}"
    );
    // Its participants are refused: a partnership that does not exist sends none.
    assert!(
        diagnostics
            .iter()
            .any(|d| d.rule == "participants" && d.message.contains("has no partner yet"))
    );
}

#[test]
fn a_gap_without_its_justification_is_warned_about() {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join(Y);
    let text = fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "      justifications:\n        2007: \"La lettre d'information a été réalisée à moindre coût, en interne.\"\n",
        "",
        1,
    );
    fs::write(&path, text).unwrap();
    let diagnostics = gabarit::check(&gabarit::load(&path));
    assert!(
        diagnostics.iter().any(|d| !d.is_error()
            && d.rule == "gap-justification"
            && d.message.contains("in 2007, above the")
            && d.message.contains("`evaluation`")),
        "{diagnostics:?}"
    );
}

case!(report_year_outside, Y, "      2006: \"Délibération d'adhésion au programme ; premiers échanges avec le partenaire sur l'aménagement" => "      2005: \"Délibération d'adhésion au programme ; premiers échanges avec le partenaire sur l'aménagement", "report-years", "`bressuire` has an account of 2005, outside the programme's years", Y, "2005: \"Délibération");

#[test]
fn reports_that_would_print_a_placeholder_are_warned_about() {
    english();
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let path = dir.path().join(Y);
    let text = fs::read_to_string(&path).unwrap();
    // Bressuire's account of 2007 gone, the whole programme's justification
    // of the training line gone, a figure typed in a label.
    let start = text
        .find("      2007: \"Participation au lancement")
        .unwrap();
    let end = start + text[start..].find("      2008:").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    let start = text.find("      programme_justification:").unwrap();
    let end = start + 1 + text[start..].find("\n").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    let text = text.replacen(
        "label: \"Contributions des collectivités membres\"",
        "label: \"Contributions des collectivités membres (14 × 350 €)\"",
        1,
    );
    fs::write(&path, &text).unwrap();
    let diagnostics = gabarit::check(&gabarit::load(&path));
    let warned = |rule: &str, words: &str, line: usize| {
        diagnostics.iter().any(|d| {
            !d.is_error()
                && d.rule == rule
                && d.message.contains(words)
                && d.location().is_some_and(|l| l.line == line)
        })
    };
    let line_of = |needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
    assert!(
        warned(
            "report-activity",
            "`bressuire` has no account of what its partnership did in 2007",
            line_of("  - id: bressuire")
        ),
        "{diagnostics:?}"
    );
    assert!(
        warned(
            "gap-justification",
            "`formation` shows a gap of -17.6 % over the whole programme",
            line_of("    - id: formation")
        ),
        "{diagnostics:?}"
    );
    assert!(
        warned(
            "typed-figure",
            "\"14 ×\"",
            line_of("label: \"Contributions des collectivités membres (14")
        ),
        "{diagnostics:?}"
    );
}

// Dates that are facts: a convocation to a member's participant dated
// before the member joined (issue 24).
case!(convocation_before_joining, Y, "  - id: bressuire\n    kind: commune\n" => "  - id: bressuire\n    joined: 2008-02-01\n    kind: commune\n", "letter-membership", "before `bressuire` joined the programme (01/02/2008)", "participants.csv", "Koffi;FICTIF;conseiller municipal;|formation-2008 rencontre-2008 rencontre-2007");

/// Statements without the public accountant's visa are warned of (issue
/// 26, item 13).
#[test]
fn a_lead_without_comptable_is_warned_of() {
    let line = "  comptable: { civility: \"Mme\", first_name: \"Odette\", last_name: \"MODÈLE\", quality: \"trésorière de Niort-Sèvre, comptable de la commune\" }\n";
    let (_, diagnostics) = checked_after(line, "");
    let d = diagnostics
        .iter()
        .find(|d| d.rule == "comptable")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert!(!d.is_error(), "a warning: {d:?}");
    assert!(d.message.contains("`lead.comptable`"), "{d:?}");
    assert!(d.location().is_some());
    let (_, shipped) = checked_after("programme:", "programme:");
    assert!(!shipped.iter().any(|d| d.rule == "comptable"));
}
