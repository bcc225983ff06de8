//! The JSON Schema of `regulations.toml`, for editors that validate TOML while typing (`regels schema`).

/// Kept as a file so it reads as what it is; `tests/schema.rs` checks it against the loader's keys.
pub const SCHEMA: &str = include_str!("schema.json");
