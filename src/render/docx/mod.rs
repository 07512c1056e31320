//! DOCX renderer (in progress).

use super::RenderError;
use crate::document::Document;

/// Renders `doc` as a DOCX file.
pub fn render(_doc: &Document) -> Result<Vec<u8>, RenderError> {
    Err(RenderError {
        message: "DOCX output is not written yet".into(),
        hint: String::new(),
    })
}
