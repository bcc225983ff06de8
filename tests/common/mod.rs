//! Shared by the native test files: the real regulations file and answer helpers.
#![allow(dead_code)]
// test helpers: a broken fixture should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use potjeswijzer::rules::bestanden::{lees, lees_voorbeelden, voorbeeldbestanden, Welke};
use potjeswijzer::rules::{Antwoord, Antwoorden, Datum, Regels};
use rust_decimal::Decimal;
use std::path::Path;

/// The real regulations: the national file with every municipality's own file, and all example households
/// (`voorbeelden.toml` and `gemeenten/*.voorbeelden.toml`).
pub fn regulations() -> Regels {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations.toml");
    let mut gelezen = lees(&pad, Welke::Alle, None)
        .unwrap_or_else(|e| panic!("the regulations do not load:\n{e:?}"));
    let voorbeelden = voorbeeldbestanden(&gelezen, None);
    lees_voorbeelden(&mut gelezen, &voorbeelden)
        .unwrap_or_else(|e| panic!("the examples do not load:\n{e:?}"));
    gelezen.regels
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

/// Runs the `regels` command line in the project folder: (success, stdout, stderr).
pub fn regels_cli(args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_regels"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("regels runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh folder of this test run for files a test writes.
pub fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The smallest valid regulations file, which the conformance suite patches too.
pub fn minimal() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.toml"
    ))
    .unwrap()
}
