//! The State's share as the State convention defines it, at any date.
//!
//! - The **ceiling** is the rate × the eligible forecast, capped by the
//!   credit (Art. 4 of the convention).
//! - The **tranches** are paid on their conditions (an advance at
//!   signature, interim payments, a balance on the final report): their
//!   amounts are the ceiling × their shares.
//! - On a date, what was **received so far** is every State receipt of the
//!   ledger dated on or before it, whatever its year: an advance is paid on
//!   the whole programme, not on one year.
//! - The **final settlement** (final statement and report only) is
//!   min(ceiling, rate × eligible actual) − received: a balance to receive,
//!   or a sum to pay back. An interim document never asks for a refund: it
//!   states what was received and what comes next.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::accounts::tranche_amounts;
use crate::figures::{Figures, cents};
use crate::model::{Amount, EntryKind, Programme, ResourceSource};

/// One tranche of the schedule, and whether it is received by the date.
#[derive(Debug, Clone, Serialize)]
pub struct TrancheLine {
    /// "Avance", "Solde"…
    pub label: String,
    /// "de" and the tranche named in a sentence: « de la deuxième
    /// tranche », « du solde », « de l'avance » (see
    /// [`crate::fr::grammar::payment_of`]).
    pub of_label: String,
    /// Its share of the ceiling, in percent.
    pub share: Decimal,
    /// Its amount.
    pub amount: Amount,
    /// When it is paid.
    pub condition: String,
    /// Whether it is the last tranche, the balance: its amount is then a
    /// ceiling, the final settlement sets what is paid.
    pub balance: bool,
    /// The report that asks for it (its key in `issued.reports`), if the
    /// data says one does.
    pub report: Option<String>,
    /// For the first tranche when no report asks for it (an advance paid
    /// on signature): the day the State convention was signed.
    pub signed: Option<NaiveDate>,
}

/// A payment of the State, from the ledger.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Payment {
    /// Its date.
    pub date: NaiveDate,
    /// Its amount.
    pub amount: Amount,
    /// Its receipt voucher.
    pub voucher: String,
}

/// The State's share as seen on one date.
#[derive(Debug, Clone, Serialize)]
pub struct StateShare {
    /// The date.
    pub as_of: NaiveDate,
    /// Rate × eligible forecast, capped by the credit.
    pub ceiling: Amount,
    /// The schedule of tranches.
    pub tranches: Vec<TrancheLine>,
    /// Received so far: the State's receipts dated on or before `as_of`.
    pub received: Amount,
    /// The receipts so far, in date order.
    pub payments: Vec<Payment>,
    /// The first tranche not yet covered by what was received, if any.
    pub next: Option<TrancheLine>,
    /// The tranche the document asks for: the one whose `report` is the
    /// document's (see [`StateShare::asked_by`]).
    pub requested: Option<TrancheLine>,
    /// Eligible spending realised so far.
    pub eligible_actual: Amount,
    /// Whether this is the final settlement (the programme's final
    /// statement or report).
    pub is_final: bool,
    /// Final only: min(ceiling, rate × eligible actual).
    pub due: Amount,
    /// Final only: due − received (positive: to receive; negative: to pay
    /// back). Zero on interim documents.
    pub balance: Amount,
    /// Final only: whether the State is owed a reversement.
    pub reversement: bool,
    /// Final only: what the settlement takes off the ceiling (ceiling −
    /// due), the part of the State's commitment it can release.
    pub released: Amount,
    /// Final only: whether the settlement is below the ceiling.
    pub reduced: bool,
    /// Final only: the reversement as a positive amount (zero otherwise).
    pub to_repay: Amount,
    /// Final only: whether a balance is still to be received from the
    /// State (the document then gives the account to pay it into).
    pub to_receive: bool,
}

impl StateShare {
    /// This share as the report of `key` (`"2007"`, `final`) states it:
    /// with the tranche it asks for, when the data says it asks for one
    /// and it is not received yet.
    pub fn asked_by(mut self, key: &str) -> StateShare {
        let mut cumulated = Decimal::ZERO;
        self.requested = self
            .tranches
            .iter()
            .find(|t| {
                cumulated += t.amount.0;
                t.report.as_deref() == Some(key)
            })
            .filter(|_| cumulated > self.received.0)
            .cloned();
        self
    }
}

/// The State's share of `p` on `as_of`; `is_final` for the final
/// settlement.
pub fn state_share(p: &Programme, as_of: NaiveDate, is_final: bool) -> StateShare {
    let f = Figures::of(p);
    let ceiling = f.state_share;
    let amounts = tranche_amounts(p);
    let count = p.state.tranches.len();
    let tranches: Vec<TrancheLine> = p
        .state
        .tranches
        .iter()
        .zip(amounts)
        .enumerate()
        .map(|(i, (t, amount))| TrancheLine {
            label: t.label.clone(),
            of_label: crate::fr::grammar::payment_of(&t.label),
            share: t.share.0,
            amount,
            condition: t.condition.clone(),
            balance: count > 1 && i + 1 == count,
            report: t.report.clone(),
            signed: (i == 0 && t.report.is_none()).then_some(p.issued.conventions),
        })
        .collect();
    let state_ids = p.budget.resource_ids(ResourceSource::State);
    let mut payments: Vec<Payment> = p
        .ledger
        .iter()
        .filter(|e| {
            e.kind == EntryKind::Receipt && state_ids.contains(&e.line.as_str()) && e.date <= as_of
        })
        .map(|e| Payment {
            date: e.date,
            amount: e.amount,
            voucher: e.voucher.clone(),
        })
        .collect();
    payments.sort();
    let received: Amount = payments.iter().map(|x| x.amount).sum();
    // The next tranche: the first whose cumulated amount is not yet
    // covered by what was received.
    let mut cumulated = Decimal::ZERO;
    let next = tranches
        .iter()
        .find(|t| {
            cumulated += t.amount.0;
            cumulated > received.0
        })
        .cloned();
    let eligible_lines: Vec<&str> = p
        .budget
        .lines
        .iter()
        .filter(|l| l.eligible)
        .map(|l| l.id.as_str())
        .collect();
    let eligible_actual: Amount = p
        .ledger
        .iter()
        .filter(|e| {
            e.kind == EntryKind::Expense
                && eligible_lines.contains(&e.line.as_str())
                && e.date <= as_of
        })
        .map(|e| e.amount)
        .sum();
    let (due, balance) = if is_final {
        let computed = cents(eligible_actual.0 * p.state.rate.0 / Decimal::ONE_HUNDRED);
        let due = Amount(computed.min(ceiling.0));
        (due, Amount(due.0 - received.0))
    } else {
        (Amount::ZERO, Amount::ZERO)
    };
    StateShare {
        as_of,
        ceiling,
        tranches,
        received,
        payments,
        next,
        requested: None,
        eligible_actual,
        is_final,
        due,
        balance,
        reversement: is_final && balance.0 < Decimal::ZERO,
        released: if is_final {
            Amount(ceiling.0 - due.0)
        } else {
            Amount::ZERO
        },
        to_repay: Amount((-balance.0).max(Decimal::ZERO)),
        to_receive: is_final && balance.0 > Decimal::ZERO,
        reduced: is_final && due.0 < ceiling.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LedgerEntry;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    use crate::test_support::shipped;

    /// The shipped programme with its ledger replaced: State receipts and
    /// eligible expenses as given.
    fn with(receipts: &[(NaiveDate, &str)], expenses: &[(NaiveDate, &str)]) -> Programme {
        let mut p = shipped();
        p.ledger.clear();
        for (i, (date, amount)) in receipts.iter().enumerate() {
            p.ledger.push(LedgerEntry {
                date: *date,
                year: chrono::Datelike::year(date),
                line: "etat".into(),
                kind: EntryKind::Receipt,
                label: "Versement".into(),
                amount: Amount(amount.parse().expect("an amount")),
                voucher: format!("T{i}"),
                party: "state".into(),
            });
        }
        for (i, (date, amount)) in expenses.iter().enumerate() {
            p.ledger.push(LedgerEntry {
                date: *date,
                year: chrono::Datelike::year(date),
                line: "pilotage".into(),
                kind: EntryKind::Expense,
                label: "Dépense".into(),
                amount: Amount(amount.parse().expect("an amount")),
                voucher: format!("M{i}"),
                party: "x".into(),
            });
        }
        p
    }

    // The shipped ceiling: 49 % of 88 624,00 € = 43 425,76 €; tranches
    // 50 / 30 / 20 %: 21 712,88 €, 13 027,73 €, 8 685,15 €.

    #[test]
    fn an_advance_is_not_an_excess_on_an_interim_document() {
        let p = with(
            &[(d(2007, 1, 15), "21712.88")],
            &[(d(2007, 3, 1), "2000.00")],
        );
        let s = state_share(&p, d(2008, 1, 31), false);
        assert_eq!(s.received.to_string(), "21712.88");
        assert!(!s.reversement);
        assert_eq!(s.balance, Amount::ZERO);
        assert_eq!(
            s.next.map(|t| t.label),
            Some("Deuxième versement".to_string())
        );
    }

    #[test]
    fn advance_then_balance_to_receive() {
        let p = with(
            &[(d(2007, 1, 15), "21712.88")],
            &[(d(2007, 3, 1), "80000.00")],
        );
        let s = state_share(&p, d(2008, 12, 31), true);
        // 49 % of 80 000 = 39 200 < ceiling.
        assert_eq!(s.due.to_string(), "39200.00");
        assert_eq!(s.balance.to_string(), "17487.12");
        assert!(!s.reversement);
    }

    #[test]
    fn advance_then_reversement_when_under_spent() {
        let p = with(
            &[(d(2007, 1, 15), "21712.88"), (d(2008, 3, 1), "13027.73")],
            &[(d(2007, 3, 1), "20000.00")],
        );
        let s = state_share(&p, d(2008, 12, 31), true);
        assert_eq!(s.due.to_string(), "9800.00");
        assert_eq!(s.balance.to_string(), "-24940.61");
        assert!(s.reversement);
    }

    #[test]
    fn over_spending_is_capped_by_the_ceiling() {
        let p = with(
            &[(d(2007, 1, 15), "21712.88")],
            &[(d(2007, 3, 1), "500000.00")],
        );
        let s = state_share(&p, d(2008, 12, 31), true);
        assert_eq!(s.due.to_string(), "43425.76");
        assert_eq!(s.balance.to_string(), "21712.88");
    }

    #[test]
    fn the_credit_caps_the_ceiling() {
        let mut p = with(&[], &[(d(2007, 3, 1), "500000.00")]);
        p.state.credit = Amount("40000.00".parse().expect("an amount"));
        let s = state_share(&p, d(2008, 12, 31), true);
        assert_eq!(s.ceiling.to_string(), "40000.00");
        assert_eq!(s.due.to_string(), "40000.00");
    }

    #[test]
    fn receipts_after_the_date_are_not_received_yet() {
        let p = with(
            &[(d(2007, 1, 15), "21712.88"), (d(2008, 3, 1), "13027.73")],
            &[],
        );
        assert_eq!(
            state_share(&p, d(2007, 12, 31), false).received.to_string(),
            "21712.88"
        );
        assert_eq!(
            state_share(&p, d(2008, 12, 31), false).received.to_string(),
            "34740.61"
        );
    }
}
