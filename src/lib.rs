//! Potjeswijzer: which regulations (potjes) probably fit a Dutch low-income household.
//!
//! `rules` is the pure engine (no web crates), shared by the `regels` command line and the browser app.
//! `wizard` holds the wizard's decisions (path, navigation, stored progress, input, list, help, texts), also
//! without web crates, so plain `cargo test` checks them.
//! `app` is the Leptos wizard that draws them, compiled only with the `web` feature.

pub mod rules;
pub mod wizard;

#[cfg(feature = "web")]
pub mod app;
