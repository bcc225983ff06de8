//! Every defect a policy officer can make is caught with its place and a Dutch message that says how to fix it.

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
        "58:6",
        &["al een vraag met id 'partner'", "eigen id"],
    ),
    (
        "unknown_question",
        "94:13",
        &["vraag 'leeftyd' bestaat niet", "gemeente, leeftijd"],
    ),
    (
        "unknown_choice",
        "61:41",
        &["'haren' is geen keuze", "groningen, anders"],
    ),
    ("bad_date", "83:16", &["datum bestaat niet", "2025-07-01"]),
    (
        "amount_not_money",
        "24:8",
        &["geen bedrag", "bijvoorbeeld 1250"],
    ),
    (
        "amount_float",
        "37:9",
        &["als tekst tussen aanhalingstekens", "precies"],
    ),
    (
        "norm_missing_household",
        "19:1",
        &["mist een bedrag voor: paar_aow", "regel 94"],
    ),
    (
        "regeling_without_bron",
        "75:1",
        &["geen bron", "bron = \"https://...\""],
    ),
    (
        "question_without_text",
        "57:1",
        &["'leeftijd_partner' heeft geen tekst", "tekst = \"...\""],
    ),
    (
        "link_not_https",
        "89:8",
        &["geen veilige link", "https:// of tel:"],
    ),
    (
        "link_javascript",
        "89:8",
        &["'javascript:alert(1)' is geen veilige link"],
    ),
    (
        "expired_geldig_tot",
        "84:14",
        &["afgelopen op 31 december 2025", "geldig_tot later"],
    ),
    (
        "unknown_municipality",
        "79:12",
        &["'haren' staat niet bij [[gemeente]]", "groningen"],
    ),
    ("condition_without_text", "94:3", &["geen tekst", "u-vorm"]),
    (
        "two_tests_in_one",
        "94:3",
        &["vraag, kinderen_minstens", "alle = [...]"],
    ),
    (
        "unknown_placeholder",
        "72:10",
        &["{grens_inkomen} kennen we niet", "{inkomensgrens:120}"],
    ),
    (
        "wrong_answer_type",
        "101:51",
        &["past niet bij vraag 'leeftijd'", "heel getal"],
    ),
    (
        "unknown_status",
        "102:28",
        &["'waarschijnlijk' is geen uitkomst", "ja, misschien, nee"],
    ),
    (
        "too_many_documents",
        "90:78",
        &["4 documenten", "hoogstens 3"],
    ),
    (
        "unknown_category",
        "80:13",
        &["'sport' kennen we niet", "meedoen"],
    ),
    (
        "compare_on_yes_no",
        "61:46",
        &["horen bij een getal of bedrag", "'partner'"],
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
