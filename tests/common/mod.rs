//! Shared by the native test files: the real regulations file and answer helpers.
#![allow(dead_code)]

use potjeswijzer::rules::{load, Antwoord, Antwoorden, Datum, Regels};
use rust_decimal::Decimal;

pub fn regulations() -> Regels {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml");
    let text = std::fs::read_to_string(path).expect("regulations.toml is readable");
    load("regulations.toml", &text)
        .unwrap_or_else(|e| panic!("regulations.toml does not load:\n{e}"))
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
