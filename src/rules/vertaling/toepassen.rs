//! The translations of one language in use: the wizard's own texts, and the rules with their texts translated.
//! A text whose translation is missing, or was made from another Dutch text, stays Dutch; its question or
//! regulation is then listed in `Regels::onvertaald`, so the screen can say that it shows the Dutch text.

use super::super::model::Regels;
use super::bestand::{Vertaalbestand, PLEK_APP};
use super::plekken::elke_tekst;
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vertalingen {
    pub taal: String,
    /// place → Dutch text → translation; the wizard's own texts under `PLEK_APP`. Nested, so a lookup by `&str`
    /// allocates nothing (it runs for every text on every redraw).
    teksten: HashMap<String, HashMap<String, String>>,
}

impl Vertalingen {
    pub fn new(taal: &str) -> Vertalingen {
        Vertalingen {
            taal: taal.to_string(),
            teksten: HashMap::new(),
        }
    }

    /// Adds a file's translations (a municipality's file after the national one); empty ones are left out.
    pub fn voeg_toe(&mut self, bestand: Vertaalbestand) {
        for i in bestand.invoer {
            if !i.vertaling.is_empty() {
                self.teksten
                    .entry(i.plek)
                    .or_default()
                    .insert(i.nl, i.vertaling);
            }
        }
    }

    /// The translation of a text at `plek`, made from exactly this Dutch text.
    pub fn zoek(&self, plek: &str, nl: &str) -> Option<&str> {
        self.teksten.get(plek)?.get(nl).map(String::as_str)
    }

    /// The translation of one of the wizard's own texts.
    pub fn app(&self, nl: &str) -> Option<&str> {
        self.zoek(PLEK_APP, nl)
    }
}

/// `basis` (the Dutch rules) with every text translated that has a current translation.
pub fn vertaal_regels(basis: &Regels, v: &Vertalingen) -> Regels {
    let mut regels = basis.clone();
    regels.onvertaald.clear();
    let mut onvertaald = std::collections::BTreeSet::new();
    elke_tekst(&mut regels, &mut |plek, tekst| {
        if tekst.trim().is_empty() {
            return;
        }
        match v.zoek(&plek.sleutel, tekst) {
            Some(vertaling) => *tekst = vertaling.to_string(),
            None => {
                onvertaald.insert(plek.onderdeel.clone());
            }
        }
    });
    regels.onvertaald = onvertaald;
    regels
}

#[cfg(test)]
mod tests {
    use super::super::bestand::lees_vertaling;
    use super::*;
    use crate::rules::load;

    const REGELS: &str = include_str!("../../../tests/fixtures/minimal.toml");

    #[test]
    fn a_translation_of_another_dutch_text_is_not_used() {
        let basis = load("minimal.toml", REGELS).unwrap();
        let vraag = &basis.vragen[0];
        let tekst = format!(
            "taal = \"en\"\n[[tekst]]\nplek = \"vraag.{id}.tekst\"\nnl = \"{nl}\"\nvertaling = \"Translated\"\n[[tekst]]\nplek = \"vraag.{id}.optie.anders\"\nnl = \"Ergens anders, oud\"\nvertaling = \"Somewhere else\"\n",
            id = vraag.id,
            nl = vraag.tekst
        );
        let mut v = Vertalingen::new("en");
        v.voeg_toe(lees_vertaling("talen/en.toml", &tekst, "en").unwrap());
        let vertaald = vertaal_regels(&basis, &v);
        assert_eq!(vertaald.vragen[0].tekst, "Translated");
        assert_eq!(vertaald.vragen[0].opties[1].tekst, "Ergens anders");
        assert!(vertaald.onvertaald.contains(&format!("vraag.{}", vraag.id)));
    }
}
