//! What `regels check` does besides loading: run the example households and report the ones that changed.

use super::datum::Datum;
use super::evaluate::{Feiten, Status};
use super::model::{Regeling, Regels, Toets, Voorbeeld, Voorwaarde};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Verschil {
    pub regeling: String,
    pub naam: String,
    pub verwacht: Status,
    pub uitkomst: Status,
    /// The reasons behind the outcome, so the policy officer sees why it differs.
    pub redenen: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VoorbeeldUitkomst {
    pub naam: String,
    /// The date the example computes with: its own, or today.
    pub datum: Datum,
    pub bestand: String,
    pub regel: usize,
    pub verschillen: Vec<Verschil>,
}

impl VoorbeeldUitkomst {
    pub fn klopt(&self) -> bool {
        self.verschillen.is_empty()
    }

    /// What `regels check` says about one regulation that changed: where the example is, what was expected and
    /// what came out; the reasons follow on their own lines.
    pub fn verschil_zin(&self, v: &Verschil) -> String {
        format!(
            "{}:{}: voorbeeld \"{}\" (op {}): voor {} ({}) verwacht {}, maar de uitkomst is {}. Dit besliste:",
            self.bestand,
            self.regel,
            self.naam,
            self.datum.nl(),
            v.naam,
            v.regeling,
            v.verwacht.as_str(),
            v.uitkomst.as_str()
        )
    }
}

/// A warning about a file, at a line when one is known.
#[derive(Clone, Debug, PartialEq)]
pub struct Plaatsmelding {
    pub bestand: String,
    pub regel: Option<usize>,
    pub bericht: String,
}

impl std::fmt::Display for Plaatsmelding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.regel {
            Some(r) => write!(f, "{}:{r}: {}", self.bestand, self.bericht),
            None => write!(f, "{}: {}", self.bestand, self.bericht),
        }
    }
}

/// The line of `id = "..."` in a regulations file, to point a warning at a regulation.
pub fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let needle = format!("id = \"{id}\"");
    text.lines().position(|l| l.trim() == needle).map(|i| i + 1)
}

/// `untested_limits` as warnings at the regulation's line in the first of `bestanden` (path, text) that has it.
pub fn untested_limit_warnings(
    regels: &Regels,
    today: Datum,
    bestanden: &[(&str, &str)],
) -> Vec<Plaatsmelding> {
    untested_limits(regels, today)
        .into_iter()
        .map(|g| {
            let plaats = bestanden
                .iter()
                .find_map(|(pad, tekst)| line_of_id(tekst, &g.regeling).map(|r| (*pad, Some(r))));
            let (bestand, regel) = plaats
                .or_else(|| bestanden.first().map(|(pad, _)| (*pad, None)))
                .unwrap_or(("regulations.toml", None));
            Plaatsmelding {
                bestand: bestand.to_string(),
                regel,
                bericht: format!(
                    "regeling '{}' heeft een inkomensgrens, maar geen voorbeeldhuishouden {}. Voeg er een toe in de voorbeelden; `regels grenzen` geeft de bedragen.",
                    g.regeling,
                    g.ontbreekt.join(" en geen ")
                ),
            }
        })
        .collect()
}

/// Runs every `[[voorbeeld]]` on its own date, or on `today` when it has none. Only the regulations an example
/// names are evaluated for it: with every municipality of the country loaded, evaluating all of them for every
/// example would make `regels check` quadratic in the number of municipalities.
pub fn run_examples(regels: &Regels, today: Datum) -> Vec<VoorbeeldUitkomst> {
    let per_id = by_id(regels);
    regels
        .voorbeelden
        .iter()
        .map(|v| {
            let datum = v.datum.unwrap_or(today);
            let feiten = Feiten::new(regels, &v.antwoorden, datum);
            let verschillen = v
                .verwacht
                .iter()
                .filter_map(|(id, verwacht)| {
                    let regeling = per_id.get(id.as_str())?;
                    // An ended or not yet valid regulation is not offered: nee, as residents see it.
                    let uitkomst = if regeling.is_valid_on(datum) {
                        feiten.node(&regeling.voorwaarde).status
                    } else {
                        Status::Nee
                    };
                    (uitkomst != *verwacht).then(|| Verschil {
                        regeling: id.clone(),
                        naam: regeling.naam.clone(),
                        verwacht: *verwacht,
                        uitkomst,
                        redenen: why(regeling, &feiten, datum),
                    })
                })
                .collect();
            VoorbeeldUitkomst {
                naam: v.naam.clone(),
                datum,
                bestand: v.bestand.clone(),
                regel: v.regel,
                verschillen,
            }
        })
        .collect()
}

fn by_id(regels: &Regels) -> HashMap<&str, &Regeling> {
    regels
        .regelingen
        .iter()
        .map(|r| (r.id.as_str(), r))
        .collect()
}

/// What decided a regulation's outcome for an example: first its period when the example's date lies outside it,
/// then the reasons a resident would read (with the limit in euros).
fn why(r: &Regeling, feiten: &Feiten, datum: Datum) -> Vec<String> {
    let mut redenen = Vec::new();
    if datum < r.geldig_vanaf {
        redenen.push(format!(
            "De regeling geldt pas vanaf {}; het voorbeeld rekent op {}.",
            r.geldig_vanaf.nl(),
            datum.nl()
        ));
    }
    if let Some(tot) = r.geldig_tot.filter(|tot| datum > *tot) {
        redenen.push(format!(
            "De regeling is afgelopen op {}; het voorbeeld rekent op {}.",
            tot.nl(),
            datum.nl()
        ));
    }
    redenen.extend(feiten.uitkomst(r).redenen.into_iter().map(|r| r.tekst));
    redenen
}

/// A regulation with an income limit whose example households do not test both sides of it.
#[derive(Clone, Debug, PartialEq)]
pub struct OngetesteGrens {
    pub regeling: String,
    /// "op of onder de grens" and/or "boven de grens": the sides no example covers.
    pub ontbreekt: Vec<&'static str>,
}

pub const ONDER: &str = "op of onder de grens";
pub const BOVEN: &str = "boven de grens";

/// Every regulation with an income test that has no example on one side of its limit. An example counts for a
/// regulation when it names the regulation in `verwacht` and its income decides the test on its date.
pub fn untested_limits(regels: &Regels, today: Datum) -> Vec<OngetesteGrens> {
    let mut per_regeling: HashMap<&str, Vec<&Voorbeeld>> = HashMap::new();
    for v in &regels.voorbeelden {
        for id in v.verwacht.keys() {
            per_regeling.entry(id.as_str()).or_default().push(v);
        }
    }
    let mut out = Vec::new();
    for r in &regels.regelingen {
        let mut leaves = Vec::new();
        income_leaves(&r.voorwaarde, &mut leaves);
        if leaves.is_empty() {
            continue;
        }
        let (mut onder, mut boven) = (false, false);
        for v in per_regeling.get(r.id.as_str()).into_iter().flatten() {
            let feiten = Feiten::new(regels, &v.antwoorden, v.datum.unwrap_or(today));
            for leaf in &leaves {
                let node = feiten.node(leaf);
                match node.status {
                    Status::Ja => onder = true,
                    Status::Nee => boven = true,
                    Status::Misschien if node.boven_zachte_grens => boven = true,
                    Status::Misschien => {}
                }
            }
        }
        let ontbreekt: Vec<&'static str> = [(onder, ONDER), (boven, BOVEN)]
            .into_iter()
            .filter(|(covered, _)| !covered)
            .map(|(_, side)| side)
            .collect();
        if !ontbreekt.is_empty() {
            out.push(OngetesteGrens {
                regeling: r.id.clone(),
                ontbreekt,
            });
        }
    }
    out
}

fn income_leaves<'r>(v: &'r Voorwaarde, out: &mut Vec<&'r Voorwaarde>) {
    match v {
        Voorwaarde::Alle(delen, _) | Voorwaarde::EenVan(delen, _) => {
            delen.iter().for_each(|d| income_leaves(d, out))
        }
        Voorwaarde::Niet(d, _) => income_leaves(d, out),
        Voorwaarde::Toets(Toets::InkomenBinnen { .. }, _) => out.push(v),
        Voorwaarde::Toets(..) => {}
    }
}
