//! Potjeswijzer: which regulations (potjes) probably fit a Dutch low-income household.
//!
//! `rules` is the pure engine (no web crates), shared by the `regels` command line and the browser app.
//! `app` is the Leptos wizard, compiled only with the `web` feature so that plain `cargo test` never builds it.

pub mod rules;

#[cfg(feature = "web")]
pub mod app;
