//! Documents that are acts: what was issued and signed never changes.
//!
//! The register (`registre.yaml`) lists every document issued, with its
//! number and date; `archive/` beside it keeps its files and what its
//! template received. [`review`] compares each issued document with what
//! the data would make now; [`issue`] records issues, signed copies and
//! withdrawals; [`status`] says the state of every document.

pub mod archive;
pub mod changes;
pub mod issue;
pub mod review;
pub mod status;

pub use archive::Place;
pub use review::review;
