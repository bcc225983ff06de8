//! Every defect a policy officer can make is caught with its place and a Dutch message that says how to fix it.
// test helpers: a broken fixture should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use potjeswijzer::rules::{load_for_check, Datum};

fn errors_of(name: &str) -> Vec<String> {
    let path = format!("{}/tests/invalid/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let today = Datum::new(2026, 11, 23).unwrap();
    match load_for_check(&format!("{name}.toml"), &text, today) {
        Ok(_) => panic!("{name}: loaded without errors"),
        Err(e) => e.errors.iter().map(|e| e.to_string()).collect(),
    }
}

/// (fixture, expected "file:line:col: " prefix of the first error, words the message must contain)
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "toml_syntax",
        "3:27",
        &["geen geldige TOML", "aanhalingstekens"],
    ),
    (
        "unknown_key",
        "6:1",
        &[
            "'hulpnummer'",
            "kennen we hier niet",
            "titel, laatst_bekeken",
        ],
    ),
    (
        "duplicate_id",
        "67:6",
        &["al een vraag met id 'partner'", "eigen id"],
    ),
    (
        "unknown_question",
        "103:13",
        &["vraag 'leeftyd' bestaat niet", "gemeente, leeftijd"],
    ),
    (
        "unknown_choice",
        "70:41",
        &["'haren' is geen keuze", "groningen, anders"],
    ),
    ("bad_date", "92:16", &["datum bestaat niet", "2025-07-01"]),
    (
        "amount_not_money",
        "23:8",
        &["geen bedrag", "bijvoorbeeld 1250"],
    ),
    (
        "amount_float",
        "36:9",
        &["als tekst tussen aanhalingstekens", "precies"],
    ),
    (
        "norm_missing_household",
        "19:1",
        &["mist een bedrag voor: paar_aow", "regel 103"],
    ),
    (
        "regeling_without_bron",
        "84:1",
        &["geen bron", "bron = \"https://...\""],
    ),
    (
        "question_without_text",
        "66:1",
        &["'leeftijd_partner' heeft geen tekst", "tekst = \"...\""],
    ),
    (
        "link_not_https",
        "98:8",
        &["geen veilige link", "https:// of tel:"],
    ),
    (
        "link_javascript",
        "98:8",
        &["'javascript:alert(1)' is geen veilige link"],
    ),
    (
        "unknown_municipality",
        "88:12",
        &["'haren' staat niet bij [[gemeente]]", "groningen"],
    ),
    ("condition_without_text", "103:3", &["geen tekst", "u-vorm"]),
    (
        "two_tests_in_one",
        "103:3",
        &["vraag, kinderen_minstens", "alle = [...]"],
    ),
    (
        "unknown_placeholder",
        "81:10",
        &["{grens_inkomen} kennen we niet", "{inkomensgrens:id}"],
    ),
    (
        "wrong_answer_type",
        "110:51",
        &["past niet bij vraag 'leeftijd'", "heel getal"],
    ),
    (
        "unknown_status",
        "111:28",
        &["'waarschijnlijk' is geen uitkomst", "ja, misschien, nee"],
    ),
    (
        "too_many_documents",
        "99:78",
        &["4 documenten", "hoogstens 3"],
    ),
    (
        "unknown_category",
        "89:13",
        &["'sport' kennen we niet", "meedoen"],
    ),
    (
        "compare_on_yes_no",
        "70:46",
        &["horen bij een getal of bedrag", "'partner'"],
    ),
    (
        "unknown_grens",
        "104:22",
        &[
            "Grens 'minimum' staat niet bij [[grens]]",
            "Kies uit: minima",
        ],
    ),
    (
        "grens_without_basis",
        "38:1",
        &["geen basis", "met_vakantiegeld", "zonder_vakantiegeld"],
    ),
    (
        "norm_with_single_parent",
        "23:23",
        &[
            "één bedrag voor een alleenstaande en een alleenstaande ouder",
            "alleenstaande_ouder_procent_paar",
        ],
    ),
    (
        "grens_procent_float",
        "46:11",
        &["percentage als heel getal", "\"117.5\""],
    ),
    (
        "zacht_on_question_test",
        "103:48",
        &["zacht hoort bij inkomen_binnen of vermogen_binnen_grens"],
    ),
    (
        "text_not_string",
        "3:9",
        &["Hier hoort tekst tussen aanhalingstekens", "heel getal"],
    ),
];

#[test]
fn every_fixture_fails_with_its_own_message_at_its_place() {
    for (name, place, words) in CASES {
        let errors = errors_of(name);
        let first = &errors[0];
        assert!(
            first.starts_with(&format!("{name}.toml:{place}: ")),
            "{name}: expected the error at {place}, got: {first}"
        );
        for w in *words {
            assert!(first.contains(w), "{name}: '{w}' missing in: {first}");
        }
        // one defect, one message: no cascade of follow-up errors
        assert_eq!(errors.len(), 1, "{name}: {errors:#?}");
    }
}

#[test]
fn every_fixture_in_the_folder_is_covered() {
    let dir = format!("{}/tests/invalid", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".toml")
                .to_string()
        })
        .collect();
    names.sort();
    let mut covered: Vec<String> = CASES.iter().map(|(n, _, _)| n.to_string()).collect();
    covered.sort();
    assert_eq!(names, covered);
    assert!(names.len() >= 12);
}

#[test]
fn the_minimal_file_is_valid_so_each_fixture_has_exactly_one_defect() {
    let path = format!("{}/tests/fixtures/minimal.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let today = Datum::new(2026, 11, 23).unwrap();
    assert!(load_for_check("minimal.toml", &text, today).is_ok());
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
