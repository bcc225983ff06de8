//! Shared by the native test files: the real regulations file and answer helpers.
#![allow(dead_code)]
// test helpers: a broken fixture should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use potjeswijzer::rules::{load, load_examples, Antwoord, Antwoorden, Datum, Regels};
use rust_decimal::Decimal;

/// The real regulations file with its example households from `voorbeelden.toml`.
pub fn regulations() -> Regels {
    let read = |name: &str| {
        let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let mut regels = load("regulations.toml", &read("regulations.toml"))
        .unwrap_or_else(|e| panic!("regulations.toml does not load:\n{e}"));
    let voorbeelden = load_examples(&regels, "voorbeelden.toml", &read("voorbeelden.toml"))
        .unwrap_or_else(|e| panic!("voorbeelden.toml does not load:\n{e}"));
    regels.voorbeelden.extend(voorbeelden);
    regels
}

pub fn date(y: i32, m: u32, d: u32) -> Datum {
    Datum::new(y, m, d).expect("a real date")
}

pub fn money(s: &str) -> Antwoord {
    Antwoord::Bedrag(s.parse::<Decimal>().expect("a decimal"))
}

pub fn answers(pairs: &[(&str, Antwoord)]) -> Antwoorden {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}
