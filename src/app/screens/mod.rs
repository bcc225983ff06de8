//! One screen per file, named after its component. Screens use only the handle (`crate::app::handle`), the
//! shared parts and `crate::wizard`; the router and the app's root are the only ones that use screens.

pub mod alles;
pub mod controle;
pub mod gedeelde_lijst;
pub mod lijst;
pub mod mislukt;
pub mod start_laden;
pub mod start_scherm;
pub mod vraag_scherm;
