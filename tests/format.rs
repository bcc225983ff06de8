//! The file format is declared once (`rules::format`): the JSON Schema and the policy officer's manual must name
//! exactly the keys the reader allows, so the three cannot drift apart.

use potjeswijzer::rules::format::{NORM, SECTIES};
use potjeswijzer::rules::schema::SCHEMA;
use potjeswijzer::rules::Huishouden;
use serde_json::Value;
use std::collections::BTreeSet;

#[test]
fn the_schema_names_exactly_the_declared_keys_of_every_section() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema.json is JSON");
    for sectie in SECTIES {
        let node = schema
            .pointer(sectie.schema)
            .unwrap_or_else(|| panic!("{}: no {} in schema.json", sectie.naam, sectie.schema));
        let in_schema: BTreeSet<&str> = node["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{}: no properties at {}", sectie.naam, sectie.schema))
            .keys()
            .map(String::as_str)
            .collect();
        let declared: BTreeSet<&str> = sectie.sleutels.iter().copied().collect();
        assert_eq!(in_schema, declared, "section {}", sectie.naam);
        assert_eq!(
            node["additionalProperties"],
            Value::Bool(false),
            "{}: the schema must reject unknown keys, as the reader does",
            sectie.naam
        );
    }
}

#[test]
fn the_manual_explains_every_declared_key() {
    let manual = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/regels-formaat.md"
    ))
    .expect("docs/regels-formaat.md");
    let mut missing = Vec::new();
    for sectie in SECTIES {
        assert_eq!(
            sectie.sleutels.len(),
            sectie.uitleg.len(),
            "{}",
            sectie.naam
        );
        for (sleutel, uitleg) in sectie.sleutels.iter().zip(sectie.uitleg) {
            let named = manual.contains(&format!("`{sleutel}`"))
                || manual.contains(&format!("{sleutel} ="))
                || manual.contains(&format!("[[{sleutel}]]"))
                || manual.contains(&format!("[{sleutel}]"))
                || manual.contains(&format!(".{sleutel}]"));
            if !named {
                missing.push(format!("{}.{sleutel}", sectie.naam));
            }
            assert!(!uitleg.is_empty(), "{}.{sleutel}", sectie.naam);
        }
    }
    assert!(
        missing.is_empty(),
        "not in docs/regels-formaat.md: {missing:?}"
    );
}

#[test]
fn a_norm_block_has_exactly_the_household_types_the_law_prints() {
    let mut expected: Vec<&str> = vec!["geldig_vanaf", "bron"];
    expected.extend(
        Huishouden::ALL
            .iter()
            .filter(|h| h.in_norm_block())
            .map(|h| h.key()),
    );
    assert_eq!(NORM, expected.as_slice());
}
