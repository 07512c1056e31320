//! Any text a template could produce, through the Markdown parser, the
//! typography pass, the layout and both renderers: nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = gabarit::make_document_with(&text, &mut |_| Err("no images".to_string())) {
        let _ = gabarit::render_document(&doc, gabarit::Format::Pdf);
        let _ = gabarit::render_document(&doc, gabarit::Format::Docx);
    }
});
