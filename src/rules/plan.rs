//! From a list to a plan: the regulations that probably or maybe fit, in the order to apply for them. What must
//! come first (`eerst`) comes first; then what has a deadline, soonest first; then what can be requested now;
//! what opens later comes last, with its date. Dates are real dates on the day of use.

use super::datum::Datum;
use super::evaluate::{Uitkomst, Uitslag};
use super::model::{DagMaand, Regeling, Regels};
use super::status::Status;
use super::vertaling::{t, tf};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanStap {
    pub id: String,
    pub naam: String,
    pub status: Status,
    /// Applying opens on this date (it is not possible today).
    pub open_vanaf: Option<Datum>,
    /// The last day to apply in the current or next window.
    pub uiterlijk: Option<Datum>,
    /// Apply within this many months after the costs or event the regulation's `termijn` names.
    pub binnen_maanden: Option<u32>,
    /// Names of the steps in this plan that come first.
    pub na: Vec<String>,
    /// When, in one sentence for the resident: "Vraag aan vóór 31 januari 2027."
    pub wanneer: Option<String>,
}

/// The plan for this outcome on `datum`: ja before misschien within the same urgency.
pub fn plan(regels: &Regels, uitslag: &Uitslag, datum: Datum) -> Vec<PlanStap> {
    let gevonden: Vec<(usize, &Regeling, PlanStap)> = uitslag
        .uitkomsten
        .iter()
        .filter(|u| u.status != Status::Nee)
        .enumerate()
        .filter_map(|(i, u)| {
            let r = regels.regelingen.iter().find(|r| r.id == u.id)?;
            Some((i, r, stap(r, u, datum)))
        })
        .collect();
    let naam_van = |id: &str| {
        gevonden
            .iter()
            .find(|(_, _, s)| s.id == id)
            .map(|(_, _, s)| s.naam.clone())
    };
    let mut stappen: Vec<(usize, PlanStap)> = gevonden
        .iter()
        .map(|(i, r, s)| {
            let na = r
                .aanvragen
                .eerst
                .iter()
                .filter_map(|e| naam_van(e))
                .collect();
            (*i, PlanStap { na, ..s.clone() })
        })
        .collect();
    stappen.sort_by_key(|(i, s)| (urgentie(s), *i));
    // What must come first moves before what needs it (the file's `eerst`), keeping the order otherwise.
    let mut plan: Vec<PlanStap> = Vec::new();
    let mut rest: Vec<PlanStap> = stappen.into_iter().map(|(_, s)| s).collect();
    while !rest.is_empty() {
        let klaar = |s: &PlanStap| s.na.iter().all(|n| plan.iter().any(|p| &p.naam == n));
        let i = rest.iter().position(klaar).unwrap_or(0);
        plan.push(rest.remove(i));
    }
    plan
}

/// Sorts steps: a deadline soonest first, then ja before misschien, then what opens later by its date.
fn urgentie(s: &PlanStap) -> (u8, Option<Datum>, u8) {
    let status = u8::from(s.status != Status::Ja);
    match (s.open_vanaf, s.uiterlijk, s.binnen_maanden) {
        (None, Some(d), _) => (0, Some(d), status),
        (None, None, Some(_)) => (1, None, status),
        (None, None, None) => (2, None, status),
        (Some(d), _, _) => (3, Some(d), status),
    }
}

fn stap(r: &Regeling, u: &Uitkomst, datum: Datum) -> PlanStap {
    let (open_vanaf, uiterlijk) = venster(r.aanvragen.van, r.aanvragen.tot_en_met, datum);
    let binnen_maanden = r.aanvragen.binnen_maanden;
    let wanneer = match (open_vanaf, uiterlijk, binnen_maanden) {
        (Some(van), Some(tot), _) => Some(tf(
            "Aanvragen kan vanaf {van} tot en met {tot}.",
            &[("van", &van.nl()), ("tot", &tot.nl())],
        )),
        (Some(van), None, _) => Some(tf("Aanvragen kan vanaf {van}.", &[("van", &van.nl())])),
        (None, Some(tot), _) => Some(tf("Vraag aan vóór of op {tot}.", &[("tot", &tot.nl())])),
        (None, None, Some(1)) => Some(t("Vraag aan binnen 1 maand.")),
        (None, None, Some(n)) => Some(tf(
            "Vraag aan binnen {n} maanden.",
            &[("n", &n.to_string())],
        )),
        (None, None, None) => None,
    };
    PlanStap {
        id: u.id.clone(),
        naam: u.naam.clone(),
        status: u.status,
        open_vanaf,
        uiterlijk,
        binnen_maanden,
        na: Vec::new(),
        wanneer,
    }
}

/// The window around `datum` of a yearly period: (opens on, last day). `opens on` only when it is not open today.
pub fn venster(
    van: Option<DagMaand>,
    tot: Option<DagMaand>,
    datum: Datum,
) -> (Option<Datum>, Option<Datum>) {
    let op = |jaar: i32, d: DagMaand| Datum::new(jaar, d.maand, d.dag);
    let jaar = datum.jaar();
    match (van, tot) {
        (None, None) => (None, None),
        (None, Some(t)) => {
            let dit_jaar = op(jaar, t);
            let tot = dit_jaar.filter(|d| *d >= datum).or_else(|| op(jaar + 1, t));
            (None, tot)
        }
        (Some(v), None) => {
            // Open from that day until the end of the year.
            let start = op(jaar, v);
            (start.filter(|s| *s > datum), None)
        }
        (Some(v), Some(t)) => {
            // A window may run over the new year (1 oktober - 31 januari): try the one that started last year,
            // this year's, and next year's.
            let over_jaar = (t.maand, t.dag) < (v.maand, v.dag);
            for start_jaar in [jaar - 1, jaar, jaar + 1] {
                let eind_jaar = if over_jaar {
                    start_jaar + 1
                } else {
                    start_jaar
                };
                let (Some(start), Some(eind)) = (op(start_jaar, v), op(eind_jaar, t)) else {
                    continue;
                };
                if datum <= eind {
                    return ((start > datum).then_some(start), Some(eind));
                }
            }
            (None, None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> Datum {
        Datum::new(j, m, dag).unwrap_or(Datum::EPOCH)
    }
    const OKT: DagMaand = DagMaand { dag: 1, maand: 10 };
    const JAN: DagMaand = DagMaand { dag: 31, maand: 1 };

    #[test]
    fn a_window_over_the_new_year_is_open_in_december_and_opens_again_in_october() {
        assert_eq!(
            venster(Some(OKT), Some(JAN), d(2026, 11, 30)),
            (None, Some(d(2027, 1, 31)))
        );
        assert_eq!(
            venster(Some(OKT), Some(JAN), d(2027, 1, 31)),
            (None, Some(d(2027, 1, 31)))
        );
        assert_eq!(
            venster(Some(OKT), Some(JAN), d(2027, 2, 1)),
            (Some(d(2027, 10, 1)), Some(d(2028, 1, 31)))
        );
    }

    #[test]
    fn only_a_last_day_moves_to_next_year_once_it_has_passed() {
        let dec = DagMaand { dag: 31, maand: 12 };
        assert_eq!(
            venster(None, Some(dec), d(2026, 11, 30)),
            (None, Some(d(2026, 12, 31)))
        );
        assert_eq!(
            venster(None, Some(dec), d(2027, 1, 1)),
            (None, Some(d(2027, 12, 31)))
        );
        let april = DagMaand { dag: 1, maand: 4 };
        assert_eq!(
            venster(Some(april), None, d(2026, 3, 2)),
            (Some(d(2026, 4, 1)), None)
        );
        assert_eq!(venster(Some(april), None, d(2026, 11, 30)), (None, None));
    }
}
