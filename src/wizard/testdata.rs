//! What the wizard's tests share: the real regulations file, a date, and a household.

use crate::rules::{load, Antwoord, Antwoorden, Datum, Regels};

pub fn regels() -> Regels {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml");
    let tekst = std::fs::read_to_string(pad).unwrap_or_default();
    match load("regulations.toml", &tekst) {
        Ok(r) => r,
        Err(e) => panic!("regulations.toml does not load: {e}"),
    }
}

pub fn datum() -> Datum {
    Datum::new(2025, 9, 1).unwrap_or_else(|| panic!("valid date"))
}

/// A single resident of Groningen, 35, without a partner.
pub fn alleenstaande() -> Antwoorden {
    let mut a = Antwoorden::new();
    a.insert("gemeente".into(), Antwoord::Keuze("groningen".into()));
    a.insert("leeftijd".into(), Antwoord::Getal(35));
    a.insert("partner".into(), Antwoord::JaNee(false));
    a
}
