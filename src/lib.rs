//! gabarit turns structured programme data into official French paperwork.
//!
//! The pipeline, as a library: [`load`] reads a programme (YAML and the CSV
//! lists it names) into typed data, [`check`] applies the consistency rules
//! and returns every diagnostic at once.

pub mod check;
pub mod diagnostic;
pub mod document;
pub mod figures;
pub mod fr;
pub mod layout;
pub mod model;
pub mod source;

pub use check::check;
pub use diagnostic::{Diagnostic, Severity};
pub use model::{Loaded, Programme, load};
