//! Any bytes as a regulations file: loading never panics, and every error has a real position.
#![no_main]
use libfuzzer_sys::fuzz_target;
use potjeswijzer::rules::{load, load_for_check, Datum};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let lines = text.lines().count().max(1);
    if let Err(e) = load("fuzz.toml", text) {
        for err in &e.errors {
            assert!(err.line >= 1 && err.line <= lines + 1, "{err}");
            assert!(err.column >= 1);
        }
    }
    if let Some(today) = Datum::new(2026, 11, 23) {
        let _ = load_for_check("fuzz.toml", text, today);
    }
});
