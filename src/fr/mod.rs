//! French formatting of numbers, money and percentages, and the grammar of
//! names ([`grammar`]).
//!
//! Documents get the typographic spaces of French usage (U+202F between
//! groups of thousands, U+00A0 before `€` and `%`); [`plain`] turns them into
//! ordinary spaces for a terminal.

pub mod dates;
pub mod filters;
pub mod grammar;
mod number;
pub mod references;
pub mod words;

pub use number::{converted, money, number, percent, percent_fixed, plain};
