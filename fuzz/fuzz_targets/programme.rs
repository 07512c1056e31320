//! Any bytes as the programme file (beside the shipped CSV lists), through
//! the loader, every consistency rule and the rendering of each diagnostic:
//! nothing may panic. Seed it with `data/programme.yaml`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A folder holding the shipped CSV lists, made once per process.
fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gabarit-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        for name in ["ledger.csv", "participants.csv"] {
            std::fs::copy(data.join(name), dir.join(name)).expect("the shipped CSV lists");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let path = folder().join("programme.yaml");
    std::fs::write(&path, data).expect("write the input");
    let loaded = gabarit::load(&path);
    for d in gabarit::check(&loaded) {
        let _ = d.render(&loaded.sources);
    }
});
