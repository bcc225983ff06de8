//! The resident's own language. Dutch is what counts and is built in; each other language is a file per owner,
//! beside the file it translates (`talen/en.toml` for the national file and the wizard's own texts,
//! `gemeenten/leiden.en.toml` for Leiden's), with a glossary per language.

mod begrippen;
mod bestand;
#[cfg(not(target_arch = "wasm32"))]
mod bron;
#[cfg(not(target_arch = "wasm32"))]
mod controle;
mod plekken;
mod talen;
mod tekst;
mod toepassen;

pub use begrippen::{lees_begrippen, Begrip};
pub use bestand::{lees_vertaling, Invoer, Vertaalbestand, PLEK_APP};
#[cfg(not(target_arch = "wasm32"))]
pub use bron::{app_teksten, teksten_in};
#[cfg(not(target_arch = "wasm32"))]
pub use controle::{controleer, nog_te_vertalen, Controle};
pub use plekken::{alle_teksten, elke_tekst, Plek};
pub use talen::{
    begrippen_bestand, gemeente_bestand, landelijk_bestand, taal, Taal, NEDERLANDS, TALEN,
};
pub use tekst::{gebruik_vertalingen, rond, t, tf};
pub use toepassen::{vertaal_regels, Vertalingen};
