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
        Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
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
