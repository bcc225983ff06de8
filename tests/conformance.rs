//! The conformance suite of the file format: one base file that is valid, and one small patch per defect a
//! policy officer can make. Each patched file must fail with the Dutch message at the place its patch names, and
//! with nothing else (no cascade); the JSON Schema that editors use must agree where it can see the defect.
// test helpers: a broken fixture should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use potjeswijzer::rules::{load_for_check, load_lijst, schema, Datum, LoadErrors};
use std::path::Path;

const BASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal.toml");
const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance");
/// The index of municipalities (`gemeenten.toml`) has its own base file and defects.
const LIJST_BASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/gemeenten.toml");
const LIJST_CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/lijst");

/// One defect: replace `zoek` (found exactly once in the base file) by `vervang`.
struct Patch {
    naam: String,
    zoek: String,
    vervang: String,
    plaats: String,
    melding: Vec<String>,
    schema: String,
}

fn string(doc: &serde_json::Value, key: &str, naam: &str) -> String {
    doc[key]
        .as_str()
        .unwrap_or_else(|| panic!("{naam}: '{key}' missing"))
        .to_string()
}

fn patches() -> Vec<Patch> {
    patches_in(CASES)
}

fn patches_in(dir: &str) -> Vec<Patch> {
    let mut out: Vec<Patch> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let naam = p.file_stem().unwrap().to_string_lossy().into_owned();
            let doc = schema::as_json(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{naam}: {e}"));
            Patch {
                zoek: string(&doc, "zoek", &naam),
                vervang: string(&doc, "vervang", &naam),
                plaats: string(&doc, "plaats", &naam),
                schema: string(&doc, "schema", &naam),
                melding: doc["melding"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{naam}: 'melding' missing"))
                    .iter()
                    .map(|m| m.as_str().unwrap().to_string())
                    .collect(),
                naam,
            }
        })
        .collect();
    out.sort_by(|a, b| a.naam.cmp(&b.naam));
    out
}

fn patched(p: &Patch) -> String {
    patched_from(BASE, p)
}

fn patched_from(base: &str, p: &Patch) -> String {
    let base = std::fs::read_to_string(base).unwrap();
    assert_eq!(
        base.matches(&p.zoek).count(),
        1,
        "{}: 'zoek' must occur exactly once",
        p.naam
    );
    base.replacen(&p.zoek, &p.vervang, 1)
}

/// Whether the JSON Schema accepts a TOML text (`None` when it is no TOML at all).
fn schema_accepts(text: &str) -> Option<bool> {
    let instance = schema::as_json(text).ok()?;
    let schema_json: serde_json::Value = serde_json::from_str(schema::SCHEMA).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource(
            "https://potjeswijzer.nl/regulations.schema.json",
            schema_json,
        )
        .unwrap();
    let index = compiler
        .compile(
            "https://potjeswijzer.nl/regulations.schema.json",
            &mut schemas,
        )
        .unwrap();
    Some(schemas.validate(&instance, index).is_ok())
}

#[test]
fn every_defect_fails_with_its_own_message_at_its_place_and_nothing_else() {
    let today = Datum::new(2026, 11, 23).unwrap();
    let all = patches();
    assert!(all.len() >= 25, "only {} defects", all.len());
    for p in &all {
        let text = patched(p);
        assert_only_its_error(
            p,
            "regels.toml",
            load_for_check("regels.toml", &text, today),
        );
    }
}

/// A patched file must fail with exactly one error: at the patch's place, with its words.
fn assert_only_its_error<T>(p: &Patch, file: &str, loaded: Result<T, LoadErrors>) {
    let errors: Vec<String> = match loaded {
        Ok(_) => panic!("{}: loaded without errors", p.naam),
        Err(e) => e.errors.iter().map(|e| e.to_string()).collect(),
    };
    let first = &errors[0];
    assert!(
        first.starts_with(&format!("{file}:{}: ", p.plaats)),
        "{}: expected the error at {}, got: {first}",
        p.naam,
        p.plaats
    );
    for w in &p.melding {
        assert!(
            first.contains(w.as_str()),
            "{}: '{w}' missing in: {first}",
            p.naam
        );
    }
    assert_eq!(errors.len(), 1, "{}: {errors:#?}", p.naam);
}

#[test]
fn the_schema_rejects_what_it_can_see_and_every_defect_says_which() {
    let wrong: Vec<String> = patches()
        .into_iter()
        .filter_map(|p| {
            let verdict = match schema_accepts(&patched(&p)) {
                None => "geen_toml",
                Some(true) => "accepteert",
                Some(false) => "weigert",
            };
            (verdict != p.schema)
                .then(|| format!("{} = {verdict} (file says {})", p.naam, p.schema))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "the JSON Schema's verdict differs:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_base_file_and_the_real_files_are_valid_for_the_loader_and_the_schema() {
    let today = Datum::new(2026, 11, 23).unwrap();
    let base = std::fs::read_to_string(BASE).unwrap();
    assert!(load_for_check("minimal.toml", &base, today).is_ok());
    for file in [
        "tests/fixtures/minimal.toml",
        "regulations.toml",
        "voorbeelden.toml",
    ] {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        if file == "voorbeelden.toml" {
            // a file of example households only; the schema describes the whole regulations file
            assert!(schema::as_json(&text).is_ok());
            continue;
        }
        assert_eq!(schema_accepts(&text), Some(true), "{file}");
    }
}

fn warnings_of(path: &str, today: Datum) -> Vec<String> {
    let path = format!("{}/tests/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match load_for_check("file.toml", &text, today) {
        Ok((_, warnings)) => warnings.iter().map(|w| w.to_string()).collect(),
        Err(e) => panic!("{path}: {e:?}"),
    }
}

#[test]
fn an_ended_regulation_is_a_warning_so_the_officer_can_remove_it() {
    let warnings = warnings_of(
        "fixtures/expired_geldig_tot.toml",
        Datum::new(2026, 11, 23).unwrap(),
    );
    assert!(
        warnings.iter().any(|w| w.starts_with("file.toml:93:14: ")
            && w.contains("afgelopen op 31 december 2025")
            && w.contains("Haal de regeling weg")),
        "{warnings:#?}"
    );
}

#[test]
fn a_regulation_ending_within_two_months_is_announced_and_not_earlier() {
    let ends_soon = warnings_of(
        "fixtures/expired_geldig_tot.toml",
        Datum::new(2025, 11, 15).unwrap(),
    );
    assert!(
        ends_soon
            .iter()
            .any(|w| w.contains("stopt op 31 december 2025")),
        "{ends_soon:#?}"
    );
    let months_before = warnings_of(
        "fixtures/expired_geldig_tot.toml",
        Datum::new(2025, 9, 1).unwrap(),
    );
    assert!(
        !months_before.iter().any(|w| w.contains("31 december 2025")),
        "{months_before:#?}"
    );
}

#[test]
fn norms_older_than_seven_months_are_a_warning_and_fresh_ones_are_not() {
    // the minimal file's newest norm starts on 1 July 2025
    let stale = warnings_of("fixtures/minimal.toml", Datum::new(2026, 2, 1).unwrap());
    assert!(
        stale
            .iter()
            .any(|w| w
                .contains("De nieuwste normen gelden vanaf 1 juli 2025: dat is 7 maanden geleden")),
        "{stale:#?}"
    );
    let fresh = warnings_of("fixtures/minimal.toml", Datum::new(2026, 1, 31).unwrap());
    assert!(
        !fresh.iter().any(|w| w.contains("nieuwste normen")),
        "{fresh:#?}"
    );
}

/// Whether the index schema (`regels schema --lijst`) accepts a TOML text (`None` when it is no TOML at all).
fn lijst_schema_accepts(text: &str) -> Option<bool> {
    let instance = schema::as_json(text).ok()?;
    let schema_json: serde_json::Value =
        serde_json::from_str(&schema::lijst_schema().unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let id = "https://potjeswijzer.nl/gemeenten.schema.json";
    compiler.add_resource(id, schema_json).unwrap();
    let index = compiler.compile(id, &mut schemas).unwrap();
    Some(schemas.validate(&instance, index).is_ok())
}

#[test]
fn every_defect_in_the_index_of_municipalities_fails_with_its_own_message_and_the_schema_agrees() {
    let base = std::fs::read_to_string(LIJST_BASE).unwrap();
    assert!(load_lijst("gemeenten.toml", &base).is_ok());
    assert_eq!(lijst_schema_accepts(&base), Some(true));
    let all = patches_in(LIJST_CASES);
    assert!(all.len() >= 4, "only {} defects", all.len());
    for p in &all {
        let text = patched_from(LIJST_BASE, p);
        assert_only_its_error(p, "gemeenten.toml", load_lijst("gemeenten.toml", &text));
        let verdict = match lijst_schema_accepts(&text) {
            None => "geen_toml",
            Some(true) => "accepteert",
            Some(false) => "weigert",
        };
        assert_eq!(verdict, p.schema, "{}: the schema's verdict", p.naam);
    }
}
