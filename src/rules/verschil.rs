//! `regels verschil`: what a change of the files does. The example households and the grid of `bereik` are
//! evaluated with the old and the new rules; every status or yearly amount that changes is reported, with the
//! incomes where it changes. What goes into the memo to the alderman before a change is published.

use super::bereik::{in_scope, per_jaar, Rasterhuishouden, MAX_PROCENT, RASTER, STAP_PROCENT};
use super::datum::Datum;
use super::evaluate::{status_of_all, Feiten, Status};
use super::household::{basis_norm, cent, lookup, norm_on, Lookup};
use super::model::{Antwoord, Basis, OuderNorm, Regeling, Regels, Voorbeeld};
use super::money::format_bedrag;
use rust_decimal::Decimal;

/// One regulation whose outcome changes for one household; `None` where a file does not have the regulation.
#[derive(Clone, Debug, PartialEq)]
pub struct Wijziging {
    pub regeling: String,
    pub naam: String,
    pub oud: Option<Status>,
    pub nieuw: Option<Status>,
    pub per_jaar_oud: Option<Decimal>,
    pub per_jaar_nieuw: Option<Decimal>,
}

/// The changes for one example household.
#[derive(Clone, Debug, PartialEq)]
pub struct VoorbeeldVerschil {
    pub naam: String,
    pub datum: Datum,
    pub wijzigingen: Vec<Wijziging>,
}

/// A status change for a household type of the grid over a range of incomes (both ends on the grid).
#[derive(Clone, Debug, PartialEq)]
pub struct Strook {
    pub gemeente: Option<String>,
    pub huishouden: &'static str,
    pub regeling: String,
    pub naam: String,
    pub oud: Option<Status>,
    pub nieuw: Option<Status>,
    pub van: Decimal,
    pub tot_en_met: Decimal,
    pub van_procent: u32,
    pub tot_en_met_procent: u32,
}

/// A yearly amount that changes for a household type of the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct BedragVerschil {
    pub gemeente: Option<String>,
    pub huishouden: &'static str,
    pub regeling: String,
    pub naam: String,
    pub oud: Option<Decimal>,
    pub nieuw: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verschil {
    pub datum: Datum,
    pub voorbeelden: Vec<VoorbeeldVerschil>,
    pub stroken: Vec<Strook>,
    pub bedragen: Vec<BedragVerschil>,
}

/// Compares `oud` and `nieuw` for `voorbeelden` (each on its own date, else `datum`) and for the grid on `datum`,
/// in every municipality of either file, or only in `alleen`.
pub fn verschil(
    oud: &Regels,
    nieuw: &Regels,
    voorbeelden: &[Voorbeeld],
    datum: Datum,
    alleen: Option<&str>,
) -> Verschil {
    let voorbeelden = voorbeelden
        .iter()
        .map(|v| {
            let d = v.datum.unwrap_or(datum);
            let (volwassenen, kinderen) = omvang(v);
            let per_id = |regels: &Regels| -> Vec<(String, Status, Option<Decimal>)> {
                status_of_all(regels, &v.antwoorden, d)
                    .into_iter()
                    .map(|(id, s)| {
                        let bedrag = regels
                            .regelingen
                            .iter()
                            .find(|r| r.id == id)
                            .and_then(|r| per_jaar(&r.krijgt, volwassenen, kinderen));
                        (id, s, bedrag)
                    })
                    .collect()
            };
            VoorbeeldVerschil {
                naam: v.naam.clone(),
                datum: d,
                wijzigingen: wijzigingen(oud, nieuw, &per_id(oud), &per_id(nieuw)),
            }
        })
        .filter(|v| !v.wijzigingen.is_empty())
        .collect();
    let mut gemeenten: Vec<Option<String>> = Vec::new();
    for g in oud.gemeenten.iter().chain(&nieuw.gemeenten) {
        if alleen.is_none_or(|a| a == g.id) && !gemeenten.contains(&Some(g.id.clone())) {
            gemeenten.push(Some(g.id.clone()));
        }
    }
    if gemeenten.is_empty() {
        gemeenten.push(None);
    }
    let mut stroken = Vec::new();
    let mut bedragen = Vec::new();
    for gemeente in &gemeenten {
        for hh in RASTER {
            raster(
                oud,
                nieuw,
                datum,
                gemeente.as_deref(),
                hh,
                &mut stroken,
                &mut bedragen,
            );
        }
    }
    Verschil {
        datum,
        voorbeelden,
        stroken,
        bedragen,
    }
}

/// Adults and children under 18 of an example, as far as its answers say.
fn omvang(v: &Voorbeeld) -> (u32, u32) {
    let volwassenen = match lookup(&v.antwoorden, "partner") {
        Lookup::Value(Antwoord::JaNee(true)) => 2,
        _ => 1,
    };
    let kinderen = match lookup(&v.antwoorden, "kinderen") {
        Lookup::Value(Antwoord::Leeftijden(ls)) => ls.iter().filter(|l| **l < 18).count() as u32,
        _ => 0,
    };
    (volwassenen, kinderen)
}

fn naam_van(oud: &Regels, nieuw: &Regels, id: &str) -> String {
    nieuw
        .regelingen
        .iter()
        .chain(&oud.regelingen)
        .find(|r| r.id == id)
        .map_or_else(|| id.to_string(), |r| r.naam.clone())
}

type Uitkomsten = [(String, Status, Option<Decimal>)];

fn wijzigingen(oud: &Regels, nieuw: &Regels, a: &Uitkomsten, b: &Uitkomsten) -> Vec<Wijziging> {
    let mut ids: Vec<&str> = b.iter().map(|(id, ..)| id.as_str()).collect();
    for (id, ..) in a {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let o = a.iter().find(|(i, ..)| i == id);
            let n = b.iter().find(|(i, ..)| i == id);
            let (so, sn) = (o.map(|x| x.1), n.map(|x| x.1));
            let telt = |s: Option<Status>, bedrag: Option<Decimal>| {
                bedrag.filter(|_| s.is_some_and(|s| s != Status::Nee))
            };
            let (bo, bn) = (telt(so, o.and_then(|x| x.2)), telt(sn, n.and_then(|x| x.2)));
            let geen_van_beide =
                so.is_none_or(|s| s == Status::Nee) && sn.is_none_or(|s| s == Status::Nee);
            (so != sn && !geen_van_beide || bo != bn).then(|| Wijziging {
                regeling: id.to_string(),
                naam: naam_van(oud, nieuw, id),
                oud: so,
                nieuw: sn,
                per_jaar_oud: bo,
                per_jaar_nieuw: bn,
            })
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn raster(
    oud: &Regels,
    nieuw: &Regels,
    datum: Datum,
    gemeente: Option<&str>,
    hh: Rasterhuishouden,
    stroken: &mut Vec<Strook>,
    bedragen: &mut Vec<BedragVerschil>,
) {
    // The income axis of the new file (its norm), so both are evaluated at the same incomes.
    let Some(norm) = norm_on(nieuw, datum).or_else(|| norm_on(oud, datum)) else {
        return;
    };
    let Some(norm) = basis_norm(
        norm,
        hh.norm,
        Basis::MetVakantiegeld,
        OuderNorm::Alleenstaand,
    ) else {
        return;
    };
    let (ro, rn) = (
        in_scope(oud, datum, gemeente),
        in_scope(nieuw, datum, gemeente),
    );
    let (volwassenen, kinderen) = (hh.volwassenen(), hh.minderjarigen());
    let uitkomsten = |regels: &Regels,
                      rs: &[&Regeling],
                      inkomen: Decimal|
     -> Vec<(String, Status, Option<Decimal>)> {
        let antwoorden = hh.antwoorden(regels, gemeente, inkomen);
        let feiten = Feiten::new(regels, &antwoorden, datum);
        rs.iter()
            .map(|r| {
                let bedrag = per_jaar(&r.krijgt, volwassenen, kinderen);
                (r.id.clone(), feiten.node(&r.voorwaarde).status, bedrag)
            })
            .collect()
    };
    let mut open: Vec<Strook> = Vec::new();
    let mut bedrag_gezien: Vec<String> = Vec::new();
    for procent in (0..=MAX_PROCENT).step_by(STAP_PROCENT as usize) {
        let inkomen = cent(norm * Decimal::from(procent) / Decimal::ONE_HUNDRED);
        let ws = wijzigingen(
            oud,
            nieuw,
            &uitkomsten(oud, &ro, inkomen),
            &uitkomsten(nieuw, &rn, inkomen),
        );
        let mut nog_open = Vec::new();
        for w in &ws {
            if w.oud != w.nieuw {
                let vervolg = open
                    .iter()
                    .position(|s| s.regeling == w.regeling && s.oud == w.oud && s.nieuw == w.nieuw);
                match vervolg {
                    Some(i) => {
                        let mut s = open.remove(i);
                        s.tot_en_met = inkomen;
                        s.tot_en_met_procent = procent;
                        nog_open.push(s);
                    }
                    None => nog_open.push(Strook {
                        gemeente: gemeente.map(str::to_string),
                        huishouden: hh.naam,
                        regeling: w.regeling.clone(),
                        naam: w.naam.clone(),
                        oud: w.oud,
                        nieuw: w.nieuw,
                        van: inkomen,
                        tot_en_met: inkomen,
                        van_procent: procent,
                        tot_en_met_procent: procent,
                    }),
                }
            } else if !bedrag_gezien.contains(&w.regeling) {
                bedrag_gezien.push(w.regeling.clone());
                bedragen.push(BedragVerschil {
                    gemeente: gemeente.map(str::to_string),
                    huishouden: hh.naam,
                    regeling: w.regeling.clone(),
                    naam: w.naam.clone(),
                    oud: w.per_jaar_oud,
                    nieuw: w.per_jaar_nieuw,
                });
            }
        }
        // A range that did not continue at this income is complete.
        stroken.append(&mut open);
        open = nog_open;
    }
    stroken.append(&mut open);
}

fn status_woord(s: Option<Status>) -> &'static str {
    s.map_or("niet in het bestand", Status::as_str)
}

fn bedrag_woord(b: Option<Decimal>) -> String {
    b.map_or_else(
        || "geen bedrag".to_string(),
        |b| format!("{} per jaar", format_bedrag(b)),
    )
}

/// The comparison as a policy officer puts it in a memo.
pub fn verschil_tekst(
    v: &Verschil,
    oud: &str,
    nieuw: &str,
    gemeente_naam: impl Fn(&str) -> String,
) -> String {
    let mut uit = format!(
        "Verschil tussen {oud} (oud) en {nieuw} (nieuw) op {}.\n",
        v.datum.nl()
    );
    uit.push_str("\nVoorbeeldhuishoudens:\n");
    if v.voorbeelden.is_empty() {
        uit.push_str("  Geen verschil.\n");
    }
    for vb in &v.voorbeelden {
        uit.push_str(&format!("  \"{}\" (op {}):\n", vb.naam, vb.datum.nl()));
        for w in &vb.wijzigingen {
            let mut zin = format!(
                "    {} ({}): {} → {}",
                w.naam,
                w.regeling,
                status_woord(w.oud),
                status_woord(w.nieuw)
            );
            if w.per_jaar_oud != w.per_jaar_nieuw {
                zin.push_str(&format!(
                    "; {} → {}",
                    bedrag_woord(w.per_jaar_oud),
                    bedrag_woord(w.per_jaar_nieuw)
                ));
            }
            uit.push_str(&format!("{zin}.\n"));
        }
    }
    uit.push_str(&format!(
        "\nSoorten huishoudens (inkomen 0 tot {MAX_PROCENT}% van de bijstandsnorm, in stappen van {STAP_PROCENT}%):\n"
    ));
    if v.stroken.is_empty() && v.bedragen.is_empty() {
        uit.push_str("  Geen verschil.\n");
    }
    let waar = |g: &Option<String>| {
        g.as_deref()
            .map_or_else(|| "Landelijk".to_string(), &gemeente_naam)
    };
    for s in &v.stroken {
        uit.push_str(&format!(
            "  {}, {}: {} ({}): {} → {} bij een inkomen van {} tot en met {} per maand ({}% tot en met {}% van de norm).\n",
            waar(&s.gemeente),
            s.huishouden,
            s.naam,
            s.regeling,
            status_woord(s.oud),
            status_woord(s.nieuw),
            format_bedrag(s.van),
            format_bedrag(s.tot_en_met),
            s.van_procent,
            s.tot_en_met_procent
        ));
    }
    for b in &v.bedragen {
        uit.push_str(&format!(
            "  {}, {}: {} ({}): {} → {}.\n",
            waar(&b.gemeente),
            b.huishouden,
            b.naam,
            b.regeling,
            bedrag_woord(b.oud),
            bedrag_woord(b.nieuw)
        ));
    }
    uit
}
