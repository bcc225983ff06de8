//! The JSON Schema of `regulations.toml`, for editors that validate TOML while typing (`regels schema`).

/// Kept as a file so it reads as what it is; `tests/format.rs` checks that it names exactly the keys declared in
/// `format`, which the reader allows.
pub const SCHEMA: &str = include_str!("schema.json");

/// A TOML text as the JSON an editor checks against `SCHEMA` (dates as text), or the Dutch syntax error.
/// For tests and tools that hold a file to the schema; the app does not use it.
pub fn as_json(text: &str) -> Result<serde_json::Value, String> {
    super::reader::parse_document(text)
        .map(|doc| json_of(doc.get_ref()))
        .map_err(|(_, message)| message)
}

fn json_of(v: &super::raw::Value) -> serde_json::Value {
    use super::raw::Value;
    use serde_json::Value as J;
    match v {
        Value::String(s) => J::String(s.clone()),
        Value::Integer(n) => J::from(*n),
        Value::Float(f) => f
            .parse()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(J::Null, J::Number),
        Value::Boolean(b) => J::Bool(*b),
        Value::Datetime { text, .. } => J::String(text.clone()),
        Value::Array(items) => J::Array(items.iter().map(|i| json_of(i.get_ref())).collect()),
        Value::Table(t) => J::Object(
            t.entries
                .iter()
                .map(|(k, v)| (k.clone(), json_of(v.get_ref())))
                .collect(),
        ),
    }
}

/// The JSON Schema of a municipality's own file (`gemeenten/leiden.toml`), made from `SCHEMA`: its top level is
/// `$defs/gemeentebestand`, and it keeps every definition that refers to.
pub fn gemeente_schema() -> Result<String, String> {
    deel_schema(
        "gemeentebestand",
        "https://potjeswijzer.nl/gemeente.schema.json",
        "Potjeswijzer gemeenten/<gemeente>.toml",
        "De hulp, grenzen en regelingen van één gemeente. Zie docs/regels-formaat.md.",
    )
}

/// The JSON Schema of the index of municipalities (`gemeenten.toml`), made from `SCHEMA` in the same way.
pub fn lijst_schema() -> Result<String, String> {
    deel_schema(
        "gemeentenlijst",
        "https://potjeswijzer.nl/gemeenten.schema.json",
        "Potjeswijzer gemeenten.toml",
        "De gemeenten die meedoen, met id en naam. Zie docs/regels-formaat.md.",
    )
}

/// A schema whose top level is `$defs/<def>` of `SCHEMA`, keeping every definition.
fn deel_schema(def: &str, id: &str, title: &str, description: &str) -> Result<String, String> {
    let mut schema: serde_json::Value =
        serde_json::from_str(SCHEMA).map_err(|e| format!("schema.json is geen JSON: {e}"))?;
    let bestand = schema
        .pointer(&format!("/$defs/{def}"))
        .cloned()
        .ok_or_else(|| format!("schema.json heeft geen $defs/{def}"))?;
    let top = schema
        .as_object_mut()
        .ok_or("schema.json is geen JSON-object")?;
    top.insert("$id".into(), id.into());
    top.insert("title".into(), title.into());
    top.insert("description".into(), description.into());
    for key in ["type", "additionalProperties", "required", "properties"] {
        match bestand.get(key) {
            Some(v) => top.insert(key.into(), v.clone()),
            None => top.remove(key),
        };
    }
    serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())
}
