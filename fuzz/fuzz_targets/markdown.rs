//! Any text a template could produce, through the Markdown parser, the
//! typography pass, the layout and both renderers, on the build's worker
//! pool: nothing may panic or overflow a stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // On a worker thread of the build's pool, whose stack is the build's.
    gabarit_fuzz::pool().install(|| {
        if let Ok(doc) = gabarit::make_document_with(&text, &mut |_| Err("no images".to_string())) {
            let _ = gabarit::render_document(&doc, gabarit::Format::Pdf);
            let _ = gabarit::render_document(&doc, gabarit::Format::Docx);
        }
    });
});
