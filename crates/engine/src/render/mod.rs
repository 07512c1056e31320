//! The two renderers. Each takes a [`Document`](crate::document::Document)
//! only, and returns the bytes of a file.

pub mod docx;
pub mod pdf;

/// Why a document could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RenderError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl From<crate::layout::LayoutError> for RenderError {
    fn from(e: crate::layout::LayoutError) -> Self {
        RenderError {
            message: e.message,
            hint: e.hint,
        }
    }
}

/// A short stable digest of some bytes, for ids derived from content.
pub fn digest(parts: &[&[u8]]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p);
    }
    h.finalize().into()
}

/// What a renderer is told besides the document. The renderers read no
/// environment variable and no clock: the caller decides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The time to write in the file's metadata (seconds since 1970);
    /// none: no time at all, so that outputs never depend on the clock.
    pub timestamp: Option<i64>,
}

impl RenderOptions {
    /// The options of the command line: the time from
    /// `SOURCE_DATE_EPOCH` when it is set, as reproducible builds expect.
    pub fn from_env() -> RenderOptions {
        RenderOptions {
            timestamp: std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|v| v.trim().parse().ok()),
        }
    }
}
