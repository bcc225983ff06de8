//! What `regels check` says about a translation file: texts not translated yet, translations made from a Dutch
//! text that has changed since (the app shows the Dutch text there), entries for places that no longer exist,
//! and Dutch terms from the glossary that a translation left out.

use super::super::check::Plaatsmelding;
use super::begrippen::Begrip;
use super::bestand::{Invoer, Vertaalbestand, PLEK_APP};
use super::plekken::Plek;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Controle {
    /// Texts without a translation: (place, Dutch text).
    pub ontbreekt: Vec<(String, String)>,
    pub meldingen: Vec<Plaatsmelding>,
}

/// Checks `vertaald` (the file at `pad`) against the Dutch `teksten` it should translate: the texts of its owner
/// (the national file or one municipality's), and for the national file `app`, the wizard's own texts (`None`:
/// not known here, not checked).
pub fn controleer(
    pad: &str,
    vertaald: &Vertaalbestand,
    teksten: &[(Plek, String)],
    app: Option<&[String]>,
    begrippen: &[Begrip],
) -> Controle {
    let mut per_plek: HashMap<&str, Vec<&str>> = HashMap::new();
    for (plek, nl) in teksten {
        per_plek
            .entry(plek.sleutel.as_str())
            .or_default()
            .push(nl.as_str());
    }
    if let Some(app) = app {
        per_plek.insert(PLEK_APP, app.iter().map(String::as_str).collect());
    }
    // An entry at a place with several texts is matched by its Dutch text alone.
    let lijsten: HashSet<&str> = teksten
        .iter()
        .filter(|(p, _)| p.lijst)
        .map(|(p, _)| p.sleutel.as_str())
        .collect();
    let gevonden: HashSet<(&str, &str)> = vertaald
        .invoer
        .iter()
        .filter(|i| !i.vertaling.is_empty())
        .map(|i| (i.plek.as_str(), i.nl.as_str()))
        .collect();
    let mut c = Controle::default();
    let melding = |i: &Invoer, bericht: String| Plaatsmelding {
        bestand: pad.to_string(),
        regel: Some(i.regel),
        bericht,
    };
    for i in &vertaald.invoer {
        let Some(nu) = per_plek.get(i.plek.as_str()) else {
            if i.plek != PLEK_APP || app.is_some() {
                c.meldingen.push(melding(
                    i,
                    format!(
                        "De plek '{}' bestaat niet (meer). Haal deze tekst weg.",
                        i.plek
                    ),
                ));
            }
            continue;
        };
        if nu.contains(&i.nl.as_str()) {
            if i.vertaling.is_empty() {
                continue;
            }
            for b in begrippen {
                if bevat(&i.nl, &b.nl) && !bevat(&i.vertaling, &b.nl) {
                    c.meldingen.push(melding(
                        i,
                        format!(
                            "Laat '{}' in het Nederlands staan, met uitleg (zie de woordenlijst): inwoners horen dit woord aan de balie.",
                            b.nl
                        ),
                    ));
                }
            }
            continue;
        }
        let bericht = if i.plek == PLEK_APP {
            "Deze tekst van de app bestaat niet meer; waarschijnlijk is de Nederlandse tekst veranderd. Vertaal de nieuwe tekst en haal deze weg.".to_string()
        } else if lijsten.contains(i.plek.as_str()) || nu.len() != 1 {
            format!(
                "Verouderd: deze Nederlandse tekst staat niet meer bij '{}'. Vertaal de nieuwe tekst en haal deze weg. Tot dan toont de app de Nederlandse tekst.",
                i.plek
            )
        } else {
            format!(
                "Verouderd: de Nederlandse tekst bij '{}' is veranderd sinds deze vertaling. Nu staat er: \"{}\". Vertaal die tekst en zet hem bij nl. Tot dan toont de app de Nederlandse tekst.",
                i.plek, nu[0]
            )
        };
        c.meldingen.push(melding(i, bericht));
    }
    let mut ontbreekt = |plek: &str, nl: &str| {
        if !gevonden.contains(&(plek, nl)) {
            c.ontbreekt.push((plek.to_string(), nl.to_string()));
        }
    };
    for (plek, nl) in teksten {
        ontbreekt(&plek.sleutel, nl);
    }
    for nl in app.unwrap_or_default() {
        ontbreekt(PLEK_APP, nl);
    }
    let mut gezien = HashSet::new();
    c.ontbreekt.retain(|p| gezien.insert(p.clone()));
    c
}

/// Whether `tekst` has `woord` as a word of its own (not "wij" inside "bewijs", nor "gemeente" inside
/// "gemeentelijke"); an abbreviation in capitals (WIJ, AOW) only in capitals, other words in any case.
fn bevat(tekst: &str, woord: &str) -> bool {
    let afkorting = woord.chars().filter(|c| c.is_alphabetic()).count() > 1
        && woord.chars().all(|c| !c.is_lowercase());
    let (tekst, woord) = if afkorting {
        (tekst.to_string(), woord.to_string())
    } else {
        (tekst.to_lowercase(), woord.to_lowercase())
    };
    // A Latin letter next to it makes it part of a longer word; Arabic writes "and" (و) against the next word.
    let latijn = |c: char| c.is_alphanumeric() && u32::from(c) < 0x250;
    tekst.match_indices(&woord).any(|(i, _)| {
        let ervoor = tekst[..i].chars().next_back();
        let erna = tekst[i + woord.len()..].chars().next();
        !ervoor.is_some_and(latijn) && !erna.is_some_and(latijn)
    })
}

/// The entries to add for the texts in `ontbreekt`, as TOML a translator fills in (`vertaling = ""`).
pub fn nog_te_vertalen(ontbreekt: &[(String, String)]) -> String {
    let mut uit = String::new();
    for (plek, nl) in ontbreekt {
        uit.push_str(&format!(
            "\n[[tekst]]\nplek = {}\nnl = {}\nvertaling = \"\"\n",
            toml_tekst(plek),
            toml_tekst(nl)
        ));
    }
    uit
}

/// A TOML basic string.
fn toml_tekst(s: &str) -> String {
    let mut uit = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => uit.push_str("\\\""),
            '\\' => uit.push_str("\\\\"),
            '\n' => uit.push_str("\\n"),
            '\t' => uit.push_str("\\t"),
            c => uit.push(c),
        }
    }
    uit.push('"');
    uit
}

#[cfg(test)]
mod tests {
    use super::super::bestand::lees_vertaling;
    use super::*;

    fn plek(sleutel: &str) -> Plek {
        Plek {
            sleutel: sleutel.to_string(),
            onderdeel: sleutel
                .rsplit_once('.')
                .map_or(sleutel, |(o, _)| o)
                .to_string(),
            gemeente: None,
            lijst: sleutel.ends_with(".voorwaarde"),
        }
    }

    #[test]
    fn reports_missing_stale_unknown_and_dropped_terms() {
        let tekst = "taal = \"en\"\n\
            [[tekst]]\nplek = \"vraag.leeftijd.tekst\"\nnl = \"Hoe oud ben je?\"\nvertaling = \"How old?\"\n\
            [[tekst]]\nplek = \"vraag.weg.tekst\"\nnl = \"Weg\"\nvertaling = \"Gone\"\n\
            [[tekst]]\nplek = \"vraag.bijstand.tekst\"\nnl = \"Heeft u bijstand?\"\nvertaling = \"Do you get welfare?\"\n";
        let bestand = lees_vertaling("talen/en.toml", tekst, "en").unwrap();
        let teksten = vec![
            (plek("vraag.leeftijd.tekst"), "Hoe oud bent u?".to_string()),
            (
                plek("vraag.bijstand.tekst"),
                "Heeft u bijstand?".to_string(),
            ),
            (
                plek("vraag.kinderen.tekst"),
                "Heeft u kinderen?".to_string(),
            ),
        ];
        let begrippen = vec![Begrip {
            nl: "bijstand".to_string(),
            uitleg: "money to live on from the municipality".to_string(),
        }];
        let c = controleer("talen/en.toml", &bestand, &teksten, None, &begrippen);
        assert!(!bevat("Uw identiteitsbewijs", "WIJ"));
        assert!(bevat("Bel het WIJ-team.", "WIJ"));
        assert!(!bevat("gemeentelijke belastingen", "gemeente"));
        assert!(bevat("De Gemeente Leiden", "gemeente"));
        assert!(bevat("وkindgebonden budget", "kindgebonden budget"));
        let berichten: Vec<String> = c.meldingen.iter().map(ToString::to_string).collect();
        assert!(
            berichten[0].starts_with("talen/en.toml:2: Verouderd"),
            "{berichten:?}"
        );
        assert!(berichten[0].contains("Nu staat er: \"Hoe oud bent u?\""));
        assert!(
            berichten[1].contains("'vraag.weg.tekst' bestaat niet"),
            "{berichten:?}"
        );
        assert!(
            berichten[2].contains("Laat 'bijstand' in het Nederlands staan"),
            "{berichten:?}"
        );
        assert_eq!(
            c.ontbreekt,
            vec![
                (
                    "vraag.leeftijd.tekst".to_string(),
                    "Hoe oud bent u?".to_string()
                ),
                (
                    "vraag.kinderen.tekst".to_string(),
                    "Heeft u kinderen?".to_string()
                ),
            ]
        );
        let nieuw = nog_te_vertalen(&c.ontbreekt);
        assert!(nieuw.contains(
            "plek = \"vraag.kinderen.tekst\"\nnl = \"Heeft u kinderen?\"\nvertaling = \"\""
        ));
    }
}
