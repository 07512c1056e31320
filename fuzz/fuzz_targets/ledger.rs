//! Any bytes as the ledger CSV of the shipped programme, through the loader
//! and every consistency rule: nothing may panic. Seed it with
//! `data/ledger.csv`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A folder holding the shipped programme and participants, made once.
fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gabarit-fuzz-ledger-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        for name in ["programme.yaml", "participants.csv"] {
            std::fs::copy(data.join(name), dir.join(name)).expect("the shipped files");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    std::fs::write(folder().join("ledger.csv"), data).expect("write the input");
    let loaded = gabarit::load(&folder().join("programme.yaml"));
    for d in gabarit::check(&loaded) {
        let _ = d.render(&loaded.sources);
    }
});
