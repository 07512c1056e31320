//! The programme data: types, and how they are read from YAML and CSV.

pub mod amount;
pub mod chars;
pub mod csv_lists;
pub mod documents;
pub mod keys;
pub mod load;
pub mod register;
pub mod types;
pub mod yaml;
pub mod yaml_index;
pub mod yaml_said;

pub use amount::{Amount, Parity, Percent};
pub use documents::{Family, FormatName};
pub use load::{Loaded, Locations, load, register_path};
pub use types::*;
