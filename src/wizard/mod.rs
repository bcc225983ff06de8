//! The wizard's decisions, without web crates: everything the browser app decides that is not drawing. Plain
//! `cargo test` checks all of it; `crate::app` only draws what these functions return.
//!
//! - `pad`: the questions on a household's path, derived from the answers, and the progress on it.
//! - `stap`: which screen shows, and where next, back, continue and "Wijzigen" lead.
//! - `opslag`: the stored-progress format and its tolerant reading; `begin`: what the wizard opens with.
//! - `inkomen_check`: one kind question when bijstand alone seems more than the bijstand (toeslagen counted?).
//! - `drempel`: the threshold question on savings, against the household's own limit.
//! - `invoer`: reading what the resident typed or chose, with errors that say how to fix it.
//! - `lijst`: the list grouped as ja / misschien / nee, the check-your-answers rows and hand-over links.
//! - `andere_gemeente`: "Een andere gemeente" and the honest message that follows it.
//! - `actie`: what a card's main action says, so a link says what it delivers.
//! - `nee_groep`: the "nee" list folded where one household fact decides several (no children).
//! - `hulp`: who helps, from the regulations file.
//! - `hulpverlener`: the one page for professionals: sections, which questions apply, the condition rows.
//! - `geschiedenis`: which browser history entry each step gets, so Back goes to the previous question.
//! - `tekst`: the page title, progress, notices and announcements.
//! - `instellingen`: the settings a host page gives in `data-*` attributes.
//! - `data_url`: the encoding of the hand-over QR code's image.

pub mod actie;
pub mod andere_gemeente;
pub mod begin;
pub mod data_url;
pub mod drempel;
pub mod geschiedenis;
pub mod hulp;
pub mod hulpverlener;
pub mod inkomen_check;
pub mod instellingen;
pub mod invoer;
pub mod json;
pub mod lijst;
pub mod nee_groep;
pub mod opslag;
pub mod pad;
pub mod plan;
pub mod proef;
pub mod stap;
pub mod tekst;

#[cfg(test)]
mod testdata;
