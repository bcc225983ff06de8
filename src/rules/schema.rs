//! The JSON Schema of `regulations.toml`, for editors that validate TOML while typing (`regels schema`).

/// Kept as a file so it reads as what it is; `tests/format.rs` checks that it names exactly the keys declared in
/// `format`, which the reader allows.
pub const SCHEMA: &str = include_str!("schema.json");
