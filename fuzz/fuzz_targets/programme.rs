//! Any bytes as the programme file (beside the shipped CSV lists), through
//! the loader, every consistency rule and the rendering of each diagnostic:
//! nothing may panic. Seed it with `data/programme.yaml`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = gabarit_fuzz::shipped_folder(&["ledger.csv", "participants.csv", "logo-chauray.png"]);
    let path = dir.join("programme.yaml");
    std::fs::write(&path, data).expect("write the input");
    gabarit_fuzz::check(&path);
});
