//! What `regels check` does besides loading: run the example households and report the ones that changed.

use super::datum::Datum;
use super::evaluate::{status_of_all, Feiten, Status};
use super::model::Regels;

#[derive(Clone, Debug, PartialEq)]
pub struct Verschil {
    pub regeling: String,
    pub verwacht: Status,
    pub uitkomst: Status,
    /// The reasons behind the outcome, so the policy officer sees why it differs.
    pub redenen: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VoorbeeldUitkomst {
    pub naam: String,
    pub bestand: String,
    pub regel: usize,
    pub verschillen: Vec<Verschil>,
}

impl VoorbeeldUitkomst {
    pub fn klopt(&self) -> bool {
        self.verschillen.is_empty()
    }
}

/// Runs every `[[voorbeeld]]` on its own date, or on `today` when it has none.
pub fn run_examples(regels: &Regels, today: Datum) -> Vec<VoorbeeldUitkomst> {
    regels
        .voorbeelden
        .iter()
        .map(|v| {
            let datum = v.datum.unwrap_or(today);
            let statuses = status_of_all(regels, &v.antwoorden, datum);
            let feiten = Feiten::new(regels, &v.antwoorden, datum);
            let verschillen = v
                .verwacht
                .iter()
                .filter_map(|(id, verwacht)| {
                    let uitkomst = statuses.iter().find(|(r, _)| r == id).map(|(_, s)| *s)?;
                    (uitkomst != *verwacht).then(|| {
                        let regeling = regels.regelingen.iter().find(|r| &r.id == id);
                        let redenen = regeling
                            .map(|r| {
                                feiten
                                    .uitkomst(r)
                                    .redenen
                                    .into_iter()
                                    .map(|r| r.tekst)
                                    .collect()
                            })
                            .unwrap_or_default();
                        Verschil {
                            regeling: id.clone(),
                            verwacht: *verwacht,
                            uitkomst,
                            redenen,
                        }
                    })
                })
                .collect();
            VoorbeeldUitkomst {
                naam: v.naam.clone(),
                bestand: v.bestand.clone(),
                regel: v.regel,
                verschillen,
            }
        })
        .collect()
}
