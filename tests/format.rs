//! The file format is declared once (`rules::format`): the JSON Schema and the policy officer's manual must name
//! exactly the keys the reader allows, so the three cannot drift apart.

use potjeswijzer::rules::format::{namen, SECTIES};
use potjeswijzer::rules::schema::SCHEMA;
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
        let declared: BTreeSet<&str> = namen(sectie.sleutels).into_iter().collect();
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
        for sleutel in sectie.sleutels {
            let named = manual.contains(&format!("`{}`", sleutel.naam))
                || manual.contains(&format!("{} =", sleutel.naam))
                || manual.contains(&format!("[[{}]]", sleutel.naam))
                || manual.contains(&format!("[{}]", sleutel.naam))
                || manual.contains(&format!(".{}]", sleutel.naam));
            if !named {
                missing.push(format!("{}.{}", sectie.naam, sleutel.naam));
            }
            assert!(
                !sleutel.uitleg.is_empty(),
                "{}.{}",
                sectie.naam,
                sleutel.naam
            );
        }
    }
    assert!(
        missing.is_empty(),
        "not in docs/regels-formaat.md: {missing:?}"
    );
}
