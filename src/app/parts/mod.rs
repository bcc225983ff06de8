//! Parts that several screens draw: contacts, help, a regulation's card, the answers, the hand-over, wiping,
//! the question's fields and errors, the soft questions around an answer. Parts use the handle and each other, never a screen.

pub mod alles_veld;
pub mod antwoorden_lijst;
pub mod contact;
pub mod gemeente_laden;
pub mod hulp_altijd;
pub mod lees_voor;
pub mod lijst_laden;
pub mod opslag_melding;
pub mod overdracht;
pub mod plan_kop;
pub mod regeling_kaart;
pub mod start_uitleg;
pub mod taal_menu;
pub mod uitslag_overzicht;
pub mod velden;
pub mod wissen;
pub mod zachte_vragen;
