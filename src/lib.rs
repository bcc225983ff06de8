//! Potjeswijzer: which regulations (potjes) probably fit a Dutch low-income household.
//!
//! `rules` is the pure engine (no web crates), shared by the `regels` command line and the browser app.
//! `wizard` holds the wizard's decisions (path, navigation, stored progress, input, list, help, texts), also
//! without web crates, so plain `cargo test` checks them.
//! `app` is the Leptos wizard that draws them, compiled only with the `web` feature.

pub mod rules;
/// The policy officer's workbench without web crates: native (tested) and in the workbench's WebAssembly only.
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
pub mod werkbank;
pub mod wizard;

#[cfg(feature = "web")]
pub mod app;

/// The policy officer's workbench (beheer.html): its own WebAssembly, never the wizard's.
#[cfg(feature = "beheer")]
pub mod beheer_app;
