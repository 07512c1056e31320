//! Any bytes as the ledger CSV of the shipped programme, through the loader
//! and every consistency rule: nothing may panic. Seed it with
//! `data/ledger.csv`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = gabarit_fuzz::shipped_folder(&["programme.yaml", "participants.csv", "logo-chauray.png"]);
    std::fs::write(dir.join("ledger.csv"), data).expect("write the input");
    gabarit_fuzz::check(&dir.join("programme.yaml"));
});
