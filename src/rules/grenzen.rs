//! `regels grenzen`: every income limit the engine would use on a date, per regulation and household type, to
//! the cent, with its basis and source. What a policy officer holds next to the municipal leaflet.

use super::datum::Datum;
use super::household::{income_limit, norm_on, procent_for, vermogensgrens_on};
use super::model::{Basis, Grens, Huishouden, Regels, Toets, Voorwaarde};
use rust_decimal::Decimal;
use serde::Serialize;

/// The household types a leaflet prints: name, norm type, whether there are children under 18.
pub const TABEL_HUISHOUDENS: [(&str, Huishouden, bool); 6] = [
    ("alleenstaand", Huishouden::Alleenstaand, false),
    ("alleenstaande ouder", Huishouden::AlleenstaandeOuder, true),
    ("paar", Huishouden::Paar, false),
    ("paar met kinderen", Huishouden::Paar, true),
    ("alleenstaand met AOW", Huishouden::AlleenstaandAow, false),
    ("paar met AOW", Huishouden::PaarAow, false),
];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bedrag {
    pub huishouden: &'static str,
    pub procent: Decimal,
    pub bedrag: Decimal,
}

/// One income test of one regulation, with the limit for every household type.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegelingGrens {
    pub regeling: String,
    pub naam: String,
    pub gemeente: Option<String>,
    pub grens: String,
    pub grens_naam: String,
    pub basis: Basis,
    /// A soft limit: above it the answer is misschien, never nee.
    pub zacht: bool,
    pub bron: String,
    pub artikel: Option<String>,
    pub bedragen: Vec<Bedrag>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Grenzen {
    pub datum: Datum,
    pub gemeente: Option<String>,
    pub normen_van: Option<Datum>,
    pub normen_bron: Option<String>,
    pub vermogensgrens_alleenstaand: Option<Decimal>,
    pub vermogensgrens_gezin: Option<Decimal>,
    pub vermogensgrens_bron: Option<String>,
    pub regelingen: Vec<RegelingGrens>,
}

/// The limits on `datum` of every regulation valid then, for one municipality (with the national and partner
/// regulations) or, without one, for all.
pub fn grenzen(regels: &Regels, datum: Datum, gemeente: Option<&str>) -> Grenzen {
    let norm = norm_on(regels, datum);
    let vermogen = vermogensgrens_on(regels, datum);
    let mut regelingen = Vec::new();
    for r in regels.regelingen.iter().filter(|r| r.is_valid_on(datum)) {
        if let (Some(woont), Some(van)) = (gemeente, r.gemeente.as_deref()) {
            if woont != van {
                continue;
            }
        }
        let mut tests = Vec::new();
        income_tests(&r.voorwaarde, &mut tests);
        for (id, zacht) in tests {
            let Some(grens) = regels.grenzen.iter().find(|g| g.id == id) else {
                continue;
            };
            let woont = gemeente.or(r.gemeente.as_deref());
            regelingen.push(RegelingGrens {
                regeling: r.id.clone(),
                naam: r.naam.clone(),
                gemeente: r.gemeente.clone(),
                grens: grens.id.clone(),
                grens_naam: grens.naam.clone(),
                basis: grens.basis,
                zacht,
                bron: source_on(grens, datum, woont),
                artikel: grens.artikel.clone(),
                bedragen: amounts(regels, grens, datum, woont),
            });
        }
    }
    Grenzen {
        datum,
        gemeente: gemeente.map(str::to_string),
        normen_van: norm.map(|n| n.geldig_vanaf),
        normen_bron: norm.map(|n| n.bron.clone()),
        vermogensgrens_alleenstaand: vermogen.map(|v| v.alleenstaand),
        vermogensgrens_gezin: vermogen.map(|v| v.gezin),
        vermogensgrens_bron: vermogen.map(|v| v.bron.clone()),
        regelingen,
    }
}

fn amounts(regels: &Regels, grens: &Grens, datum: Datum, gemeente: Option<&str>) -> Vec<Bedrag> {
    TABEL_HUISHOUDENS
        .iter()
        .filter_map(|(naam, h, kinderen)| {
            Some(Bedrag {
                huishouden: naam,
                procent: procent_for(grens, datum, gemeente, *kinderen)?,
                bedrag: income_limit(regels, grens, datum, Some(*h), *kinderen, gemeente)?,
            })
        })
        .collect()
}

/// The source of the value in force: its own when it has one, else the limit's.
fn source_on(grens: &Grens, datum: Datum, gemeente: Option<&str>) -> String {
    grens
        .waarde_on(datum, gemeente)
        .and_then(|w| w.bron.clone())
        .unwrap_or_else(|| grens.bron.clone())
}

fn income_tests(v: &Voorwaarde, out: &mut Vec<(String, bool)>) {
    match v {
        Voorwaarde::Alle(delen, _) | Voorwaarde::EenVan(delen, _) => {
            delen.iter().for_each(|d| income_tests(d, out))
        }
        Voorwaarde::Niet(d, _) => income_tests(d, out),
        Voorwaarde::Toets(Toets::InkomenBinnen { grens, zacht }, _) => {
            if !out.iter().any(|(g, _)| g == grens) {
                out.push((grens.clone(), *zacht));
            }
        }
        Voorwaarde::Toets(..) => {}
    }
}
