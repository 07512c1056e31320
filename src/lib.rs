//! gabarit turns structured programme data into official French paperwork.
//!
//! The pipeline, as a library: [`load`] reads a programme (YAML and the CSV
//! lists it names) into typed data, [`check`] applies the consistency rules
//! and returns every diagnostic at once; [`make_document`] turns the text a
//! template produced into a [`document::Document`], which
//! [`render::pdf::render`] and [`render::docx::render`] write as files.

pub mod accounts;
pub mod acts;
pub mod build;
pub mod check;
pub mod context;
pub mod figures;
pub mod fr;
pub mod i18n;
pub mod init;
pub mod items;
pub mod labels;
pub mod manifest;
pub mod merge;
pub mod model;
pub mod output;
pub mod parties;
pub mod plan;
pub mod render_template;
pub mod report;
pub mod serve;
pub mod state_share;
pub mod template;
pub mod tera_said;

pub use check::check;
pub use diagnostic::{Diagnostic, Severity};
pub use model::{Loaded, Programme, load};

pub use gabarit_engine::{
    Format, Rendered, diagnostic, document, inside, layout, locale, make_document,
    make_document_with, render, render_document_with, source,
};

/// The render options of the command line: A4 pages in French, with the
/// time of `SOURCE_DATE_EPOCH` when it is set, as reproducible builds
/// expect (the engine itself reads no environment variable).
pub fn render_options() -> render::RenderOptions {
    render::RenderOptions {
        timestamp: i18n::source_date_epoch(),
        ..render::RenderOptions::default()
    }
}

/// [`render_options`] for a document dated `date`: its files carry that
/// day (at midnight UTC) unless `SOURCE_DATE_EPOCH` gives the time.
pub fn render_options_on(date: Option<chrono::NaiveDate>) -> render::RenderOptions {
    let mut options = render_options();
    if options.timestamp.is_none() {
        options.timestamp = date
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc().timestamp());
    }
    options
}

/// Renders a document in a format with [`render_options`].
pub fn render_document(doc: &document::Document, format: Format) -> Result<Rendered, Diagnostic> {
    render_document_with(doc, format, &render_options())
}

/// What the unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    /// The shipped programme, loaded.
    pub fn shipped() -> crate::model::Programme {
        crate::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/programme.yaml"
        )))
        .programme
        .expect("the shipped programme loads")
    }
}
