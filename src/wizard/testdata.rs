//! What the wizard's tests share: the real regulations file, a date, and a household.

use crate::rules::bestanden::{lees, Welke};
use crate::rules::{Antwoord, Antwoorden, Datum, Regels};

/// The national file with every municipality's own file.
pub fn regels() -> Regels {
    let pad = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations.toml");
    match lees(&pad, Welke::Alle, None) {
        Ok(g) => g.regels,
        Err(e) => panic!("the regulations do not load: {e:?}"),
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
