//! One set of figures, whatever the document: on the shipped programme and
//! every fixture, every table's total is the sum of its rows, the State's
//! ceiling and tranches read the same in the convention, every statement
//! and every report, and each statement's actual total is the ledger's as
//! of its date.

mod common;

use gabarit::document::{Block, Document, inline_text};
use rust_decimal::Decimal;

/// "88 624,00 €" (with any spaces) as a decimal; none for anything else.
fn money(text: &str) -> Option<Decimal> {
    let t = text.trim().trim_matches('*');
    let number = t.strip_suffix('€')?;
    let compact: String = number
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    compact.parse().ok()
}

fn tables<'a>(blocks: &'a [Block], out: &mut Vec<&'a gabarit::document::Table>) {
    for b in blocks {
        match b {
            Block::Table(t) => out.push(t),
            Block::KeepTogether(b) | Block::Sender(b) | Block::Addressee(b) => tables(b, out),
            Block::List(l) => l.items.iter().for_each(|i| tables(i, out)),
            _ => {}
        }
    }
}

/// Every column of a table whose last row is a total: its amount is the
/// sum of the rows' amounts (columns holding anything but amounts, such as
/// "(à venir)" or "–", are left out).
fn totals_add_up(name: &str, doc: &Document) -> usize {
    let mut all = Vec::new();
    tables(&doc.blocks, &mut all);
    let mut checked = 0;
    for t in all {
        let Some((last, body)) = t.rows.split_last() else {
            continue;
        };
        let head = inline_text(&last[0].content);
        if !head.trim_matches('*').starts_with("Total") {
            continue;
        }
        let body = &body[t.header_rows.min(body.len())..];
        for col in 1..t.columns() {
            let Some(total) = last.get(col).and_then(|c| money(&inline_text(&c.content))) else {
                continue;
            };
            let cells: Vec<Option<Decimal>> = body
                .iter()
                .map(|r| r.get(col).and_then(|c| money(&inline_text(&c.content))))
                .collect();
            if cells.iter().any(Option::is_none) {
                continue;
            }
            let sum: Decimal = cells.into_iter().flatten().sum();
            assert_eq!(
                sum, total,
                "{name}: a column's rows add up to {sum}, its total says {total}"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_figure_is_the_same_everywhere_and_every_total_adds_up() {
    for made in common::made_programmes() {
        let (data, p) = (&made.data, &made.programme);
        let figures = gabarit::figures::Figures::of(p);
        let ceiling = gabarit::fr::money(figures.state_share.0);
        let tranches: Vec<String> = gabarit::accounts::tranche_amounts(p)
            .iter()
            .map(|a| gabarit::fr::money(a.0))
            .collect();
        let mut columns = 0;
        let mut balances: Vec<(String, String)> = Vec::new();
        for (job, doc) in &made.documents {
            let name = format!("{}: {}/{}", data.display(), job.folder, job.name);
            let is_state_convention = job.template == "convention-etat.md.tera";
            let is_statement = job.template == "statement.md.tera";
            let is_report = job.template == "report.md.tera";
            let year = match job.item {
                gabarit::items::Item::Year(y) => Some(y),
                _ => None,
            };
            columns += totals_add_up(&name, doc);
            let text = doc.plain_text().join("\n");
            let money_docs = is_state_convention || is_statement || is_report;
            if money_docs {
                assert!(
                    text.contains(&ceiling),
                    "{name} does not state the ceiling {ceiling}"
                );
            }
            if is_state_convention || is_statement {
                for t in &tranches {
                    assert!(
                        text.contains(t.as_str()),
                        "{name} does not state the tranche {t}"
                    );
                }
            }
            // Statements and reports: the State's receipts, the members'
            // contributions received and, on final documents, the balance
            // are the ledger's on the document's date, the same in every
            // document of that date.
            if is_statement || is_report {
                let date = if is_report {
                    p.issued.report(year)
                } else {
                    p.issued.statement(year)
                }
                .expect("the document's date");
                assert_eq!(job.date, date, "{name}: the date of its declaration");
                let receipts = |source: gabarit::model::ResourceSource, in_year: bool| -> Decimal {
                    let ids = p.budget.resource_ids(source);
                    p.ledger
                        .iter()
                        .filter(|e| {
                            e.kind == gabarit::model::EntryKind::Receipt
                                && ids.contains(&e.line.as_str())
                                && e.date <= date
                                && (!in_year || year.is_none_or(|y| e.year == y))
                        })
                        .map(|e| e.amount.0)
                        .sum()
                };
                let state =
                    gabarit::fr::money(receipts(gabarit::model::ResourceSource::State, false));
                let plain = common::normal(&text);
                assert!(
                    plain.contains(&common::normal(&format!(
                        "Reçu de l'État au {} : {state}",
                        gabarit::fr::dates::date(date, false)
                    ))),
                    "{name} does not state the State's receipts {state} on its date"
                );
                if !p
                    .budget
                    .resource_ids(gabarit::model::ResourceSource::Members)
                    .is_empty()
                {
                    let members =
                        gabarit::fr::money(receipts(gabarit::model::ResourceSource::Members, true));
                    assert!(
                        text.contains(&members),
                        "{name} does not state the contributions received {members}"
                    );
                }
                if year.is_none() {
                    let share = gabarit::state_share::state_share(p, date, true);
                    let balance = gabarit::fr::money(share.balance.0.abs());
                    assert!(
                        text.contains(&balance),
                        "{name} does not state the final balance {balance}"
                    );
                    balances.push((name.clone(), balance));
                }
            }
            // A statement's actual total is the ledger's on its date.
            if is_statement {
                let date = p.issued.statement(year).expect("the statement's date");
                let ledger: Decimal = p
                    .ledger
                    .iter()
                    .filter(|e| {
                        e.kind == gabarit::model::EntryKind::Expense
                            && e.date <= date
                            && year.is_none_or(|y| e.year == y)
                    })
                    .map(|e| e.amount.0)
                    .sum();
                let total = gabarit::fr::money(ledger);
                assert!(
                    text.contains(&total),
                    "{name} does not show the ledger's total {total} on its date"
                );
            }
        }
        // The final statement and the final report settle the same balance.
        assert!(
            balances.len() >= 2 && balances.iter().all(|(_, b)| *b == balances[0].1),
            "{}: final balances differ or are missing: {balances:?}",
            data.display()
        );
        assert!(
            columns > 20,
            "{}: only {columns} total columns checked",
            data.display()
        );
    }
}
