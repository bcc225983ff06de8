//! Near misses: for a regulation that is *nee* or *misschien*, the single answer change that would make it *ja*
//! ("Met een inkomen tot € 1.618,19 per maand komt u wel in aanmerking", "Als uw kind 4 jaar is", "Over 2 jaar").
//! Said as information, never as blame. Only changes that can happen are tried: a lower income or less savings,
//! a child or the resident getting older, a year more of a low income, another yes/no answer.

use super::datum::Datum;
use super::evaluate::{lower_first, Feiten};
use super::model::*;
use super::money::format_bedrag;
use super::status::Status;
use super::vertaling::tf;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bijna {
    /// The question whose answer would change.
    pub vraag: String,
    /// That answer as an answers file writes it: "1618.19", "4", "true", "[4, 9]".
    pub waarde: String,
    /// The change as the resident reads it.
    pub tekst: String,
}

/// The single answer changes that make `r` *ja* for this household; empty when it is *ja* already or no single
/// change would do.
pub fn bijna(regels: &Regels, antwoorden: &Antwoorden, datum: Datum, r: &Regeling) -> Vec<Bijna> {
    let feiten = Feiten::new(regels, antwoorden, datum);
    if !r.is_valid_on(datum) || feiten.node(&r.voorwaarde).status == Status::Ja {
        return Vec::new();
    }
    bijna_voor(&feiten, r)
}

/// `bijna` for a regulation the caller already found not to be *ja* with these facts (the outcome of `evaluate`),
/// so the household is not worked out and the regulation not evaluated a second time.
pub(crate) fn bijna_voor(feiten: &Feiten, r: &Regeling) -> Vec<Bijna> {
    let (regels, antwoorden, datum) = (feiten.regels, feiten.antwoorden, feiten.datum);
    let mut kandidaten = Vec::new();
    bladeren(&r.voorwaarde, &mut |toets, teksten, voorwaarde| {
        if feiten.node(voorwaarde).status != Status::Ja {
            kandidaten.extend(kandidaat(feiten, antwoorden, toets, teksten, voorwaarde));
        }
    });
    let mut uit: Vec<Bijna> = Vec::new();
    for (antwoord, b) in kandidaten {
        if uit
            .iter()
            .any(|x| x.vraag == b.vraag && x.waarde == b.waarde)
        {
            continue;
        }
        let mut anders = antwoorden.clone();
        anders.insert(b.vraag.clone(), antwoord);
        if Feiten::new(regels, &anders, datum)
            .node(&r.voorwaarde)
            .status
            == Status::Ja
        {
            uit.push(b);
        }
    }
    uit
}

/// Every test that counts as written (not under a `niet`), with its texts.
fn bladeren<'r>(v: &'r Voorwaarde, f: &mut impl FnMut(&'r Toets, &'r Teksten, &'r Voorwaarde)) {
    match v {
        Voorwaarde::Alle(delen, _) | Voorwaarde::EenVan(delen, _) => {
            delen.iter().for_each(|d| bladeren(d, f))
        }
        Voorwaarde::Niet(..) => {}
        Voorwaarde::Toets(t, teksten) => f(t, teksten, v),
    }
}

fn getal(antwoorden: &Antwoorden, vraag: &str) -> Option<i64> {
    match antwoorden.get(vraag) {
        Some(Antwoord::Getal(n)) => Some(*n),
        _ => None,
    }
}

/// The answer change this one test suggests, if a change that can happen would make it hold.
fn kandidaat(
    feiten: &Feiten,
    antwoorden: &Antwoorden,
    toets: &Toets,
    teksten: &Teksten,
    voorwaarde: &Voorwaarde,
) -> Option<(Antwoord, Bijna)> {
    let maak = |vraag: &str, antwoord: Antwoord, waarde: String, tekst: String| {
        Some((
            antwoord,
            Bijna {
                vraag: vraag.to_string(),
                waarde,
                tekst,
            },
        ))
    };
    match toets {
        Toets::InkomenBinnen { .. } | Toets::VermogenBinnenGrens { .. } => {
            let grens = feiten.node(voorwaarde).vergelijk?.grens?;
            let (vraag, tekst) = if matches!(toets, Toets::InkomenBinnen { .. }) {
                (
                    "inkomen",
                    tf(
                        "Met een inkomen tot {bedrag} per maand komt u wel in aanmerking.",
                        &[("bedrag", &format_bedrag(grens))],
                    ),
                )
            } else {
                (
                    "vermogen",
                    tf(
                        "Met spaargeld tot {bedrag} komt u wel in aanmerking.",
                        &[("bedrag", &format_bedrag(grens))],
                    ),
                )
            };
            maak(vraag, Antwoord::Bedrag(grens), grens.to_string(), tekst)
        }
        Toets::Vergelijk { vraag, op, grens } => {
            // Only what time brings: an age or a number of years that grows.
            let nu = getal(antwoorden, vraag)?;
            let doel = grens.trunc().to_i64()?;
            let doel = match op {
                Vergelijking::Minstens => doel,
                Vergelijking::MeerDan => doel + 1,
                Vergelijking::Hoogstens | Vergelijking::MinderDan => return None,
            };
            if doel <= nu {
                return None;
            }
            let tekst = match vraag.as_str() {
                "leeftijd" => tf(
                    "Vanaf {leeftijd} jaar komt u wel in aanmerking.",
                    &[("leeftijd", &doel.to_string())],
                ),
                "leeftijd_partner" => tf(
                    "Als uw partner {leeftijd} jaar is, komt u wel in aanmerking.",
                    &[("leeftijd", &doel.to_string())],
                ),
                _ => tf(
                    "Over {jaren} jaar komt u wel in aanmerking.",
                    &[("jaren", &(doel - nu).to_string())],
                ),
            };
            maak(vraag, Antwoord::Getal(doel), doel.to_string(), tekst)
        }
        Toets::IsJaNee { vraag, waarde } => {
            let Some(Antwoord::JaNee(nu)) = antwoorden.get(vraag) else {
                return None;
            };
            if nu == waarde || teksten.ja.trim().is_empty() {
                return None;
            }
            let tekst = tf(
                "Het past wel als dit klopt: {voorwaarde}",
                &[("voorwaarde", &lower_first(teksten.ja.trim()))],
            );
            maak(vraag, Antwoord::JaNee(*waarde), waarde.to_string(), tekst)
        }
        Toets::KindLeeftijd { van, .. } => {
            let Some(Antwoord::Leeftijden(leeftijden)) = antwoorden.get("kinderen") else {
                return None;
            };
            // The child that reaches the age first.
            let (i, _) = leeftijden
                .iter()
                .enumerate()
                .filter(|(_, a)| **a < *van)
                .max_by_key(|(_, a)| **a)?;
            let mut ouder = leeftijden.clone();
            ouder[i] = *van;
            let waarde = format!(
                "[{}]",
                ouder
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let tekst = tf(
                "Als uw kind {leeftijd} jaar is, komt u wel in aanmerking.",
                &[("leeftijd", &van.to_string())],
            );
            maak("kinderen", Antwoord::Leeftijden(ouder), waarde, tekst)
        }
        Toets::IsEenVan { .. }
        | Toets::Bevat { .. }
        | Toets::KinderenMinstens(_)
        | Toets::OnderAowLeeftijd(_) => None,
    }
}
