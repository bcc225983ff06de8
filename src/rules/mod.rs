//! The rules engine: pure Rust, no web crates. Loads `regulations.toml`, evaluates a household's answers
//! three-valued, and decides which question to ask next.

mod answers;
pub mod bereik;
mod bijna;
mod datum;
mod errors;
mod evaluate;
mod feiten;
mod flow;
pub mod format;
mod grenzen;
mod household;
mod load;
mod model;
mod money;
mod plan;
mod raw;
mod reader;
mod sections;
mod status;
mod suggest;
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
mod syntax;
mod text;
mod vergelijk;
pub mod verschil;
pub mod vertaling;

/// The B1 guard for `regels check` and the workbench; never in the wizard's WebAssembly.
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
pub mod b1;
/// Reading the national file and the municipalities' own files from disk; native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod bestanden;
pub mod check;
pub mod schema;

pub use answers::{answer_fits, describe_answer, parse_answers, WEET_IK_NIET, WEET_IK_NIET_KNOP};
pub use bijna::{bijna, Bijna};
pub use datum::Datum;
pub use errors::{LoadError, LoadErrors};
pub use evaluate::{evaluate, status_of_all, Reden, Status, Uitkomst, Uitslag};
pub use flow::{may_ask, next_question, open_questions};
pub use grenzen::{grenzen, Bedrag, Grenzen, RegelingGrens, TABEL_HUISHOUDENS};
pub use household::{
    basis_norm, cent, hoogste_bijstandsnorm, income_limit, norm_on, vermogensgrens_on,
    vermogensgrens_voor,
};
pub use load::{
    add_gemeente, add_gemeente_for_check, add_lijst, lijst_pad, load, load_examples,
    load_for_check, load_for_check_met_lijst, load_lijst, voorbeelden_naast, LijstGemeente,
    CATEGORIEEN,
};
pub use model::*;
pub use money::{
    format_bedrag, format_bedrag_rond, parse_bedrag, westerse_cijfers, zonder_schatting,
};
pub use plan::{plan, venster, PlanStap};
pub use text::{question_text, VraagTekst};
