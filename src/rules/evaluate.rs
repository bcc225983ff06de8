//! Three-valued evaluation (ja / misschien / nee, Kleene logic) of every regulation for one household.

use super::answers::join_dutch;
use super::bijna::{bijna_voor, Bijna};
use super::datum::Datum;
use super::household::{agreed, norm_on};
use super::model::*;
use super::money::format_bedrag;
use super::vergelijk::met_vergelijking;
use super::vertaling::{t, tf};
use rust_decimal::Decimal;
use serde::Serialize;

pub(crate) use super::feiten::{Feiten, Node};
pub use super::status::Status;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reden {
    pub status: Status,
    pub tekst: String,
    /// The legal ground of the condition, when the file names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artikel: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Uitkomst {
    pub id: String,
    pub naam: String,
    pub aanbieder: String,
    pub gemeente: Option<String>,
    pub categorie: String,
    pub uitleg: String,
    pub status: Status,
    /// What it gives, computed for this household ("Ongeveer € 538 per jaar"); `None` when only described.
    pub bedrag: Option<String>,
    /// The same as an amount per year, for the plan's total; `None` when the file gives no amount per year or
    /// month for this household (one-off amounts and descriptions).
    pub per_jaar: Option<Decimal>,
    pub omschrijving: Option<String>,
    pub redenen: Vec<Reden>,
    /// What a "misschien" depends on, as the questions' subjects ("uw inkomen").
    pub hangt_af_van: Vec<String>,
    /// For a nee or misschien: the single answer changes that would make it ja (near misses).
    pub bijna: Vec<Bijna>,
    pub ook_bekeken: Vec<String>,
    pub aanvragen: Aanvragen,
    pub hulp: Hulp,
    pub bron: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Uitslag {
    pub peildatum: Datum,
    /// The start date of the norms the amounts were computed with.
    pub normen_van: Option<Datum>,
    pub uitkomsten: Vec<Uitkomst>,
}

/// Evaluates every regulation that is valid on `datum` and, once the gemeente is known, that applies there.
pub fn evaluate(regels: &Regels, antwoorden: &Antwoorden, datum: Datum) -> Uitslag {
    let feiten = Feiten::new(regels, antwoorden, datum);
    let uitkomsten = in_scope(regels, antwoorden, datum)
        .map(|r| feiten.uitkomst(r))
        .collect();
    Uitslag {
        peildatum: datum,
        normen_van: norm_on(regels, datum).map(|n| n.geldig_vanaf),
        uitkomsten,
    }
}

/// The status of every regulation, including other municipalities' (nee) and ended ones (nee): for example households.
pub fn status_of_all(
    regels: &Regels,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> Vec<(String, Status)> {
    let feiten = Feiten::new(regels, antwoorden, datum);
    regels
        .regelingen
        .iter()
        .map(|r| {
            let status = if r.is_valid_on(datum) {
                feiten.node(&r.voorwaarde).status
            } else {
                Status::Nee
            };
            (r.id.clone(), status)
        })
        .collect()
}

pub(crate) fn in_scope<'r>(
    regels: &'r Regels,
    antwoorden: &'r Antwoorden,
    datum: Datum,
) -> impl Iterator<Item = &'r Regeling> + 'r {
    let gemeente = match antwoorden.get("gemeente") {
        Some(Antwoord::Keuze(g)) => Some(g.as_str()),
        _ => None,
    };
    regels.regelingen.iter().filter(move |r| {
        r.is_valid_on(datum)
            && match (gemeente, r.gemeente.as_deref()) {
                (Some(woont), Some(van)) => woont == van,
                _ => true,
            }
    })
}

impl Feiten<'_> {
    pub fn uitkomst(&self, r: &Regeling) -> Uitkomst {
        let node = self.node(&r.voorwaarde);
        let mut redenen = Vec::new();
        reasons(&node, &mut redenen);
        let mut hangt_af_van = Vec::new();
        if node.status == Status::Misschien {
            unknown_subjects(self.regels, &node, &mut hangt_af_van);
        }
        let gemeente_hulp = r
            .gemeente
            .as_ref()
            .and_then(|g| self.regels.gemeenten.iter().find(|x| &x.id == g))
            .or_else(|| match self.antwoorden.get("gemeente") {
                Some(Antwoord::Keuze(g)) => self.regels.gemeenten.iter().find(|x| &x.id == g),
                _ => None,
            })
            .and_then(|g| g.hulp.clone());
        Uitkomst {
            id: r.id.clone(),
            naam: r.naam.clone(),
            aanbieder: r.aanbieder.clone(),
            gemeente: r.gemeente.clone(),
            categorie: r.categorie.clone(),
            uitleg: r.uitleg.clone(),
            status: node.status,
            bedrag: self.bedrag(&r.krijgt),
            per_jaar: self.per_jaar(&r.krijgt),
            omschrijving: r.krijgt.omschrijving.clone(),
            redenen,
            hangt_af_van,
            bijna: if node.status == Status::Ja {
                Vec::new()
            } else {
                bijna_voor(self, r)
            },
            ook_bekeken: r.ook_bekeken.clone(),
            aanvragen: r.aanvragen.clone(),
            hulp: r
                .hulp
                .clone()
                .or(gemeente_hulp)
                .unwrap_or_else(|| self.regels.meta.hulp.clone()),
            bron: r.bron.clone(),
        }
    }

    /// What the regulation gives this household per year, when the file gives an amount per year or month.
    fn per_jaar(&self, k: &Krijgt) -> Option<Decimal> {
        let keer = match k.per? {
            Periode::Jaar => Decimal::ONE,
            Periode::Maand => Decimal::from(12),
            Periode::Keer => return None,
        };
        let (volwassenen, kinderen) = agreed(
            self.huishoudens
                .mogelijk
                .iter()
                .map(|m| (m.volwassenen, m.kinderen)),
        )?;
        let totaal = k.bedrag.unwrap_or_default()
            + k.per_volwassene.unwrap_or_default() * Decimal::from(volwassenen)
            + k.per_kind.unwrap_or_default() * Decimal::from(kinderen);
        (!totaal.is_zero()).then_some(totaal * keer)
    }

    fn bedrag(&self, k: &Krijgt) -> Option<String> {
        let periode = k.per?;
        let vast = k.bedrag.unwrap_or_default();
        let sizes = agreed(
            self.huishoudens
                .mogelijk
                .iter()
                .map(|m| (m.volwassenen, m.kinderen)),
        );
        let bedrag = match (k.per_volwassene, k.per_kind, sizes) {
            (None, None, _) => format_bedrag(vast),
            (pv, pk, Some((volwassenen, kinderen))) => {
                let totaal = vast
                    + pv.unwrap_or_default() * Decimal::from(volwassenen)
                    + pk.unwrap_or_default() * Decimal::from(kinderen);
                if totaal.is_zero() {
                    // e.g. only an amount per child, and no children: the description says what it gives
                    return None;
                }
                format_bedrag(totaal)
            }
            (pv, pk, None) => {
                let mut delen = Vec::new();
                if !vast.is_zero() {
                    delen.push(format_bedrag(vast));
                }
                if let Some(pv) = pv {
                    delen.push(tf(
                        "{bedrag} per volwassene",
                        &[("bedrag", &format_bedrag(pv))],
                    ));
                }
                if let Some(pk) = pk {
                    delen.push(tf("{bedrag} per kind", &[("bedrag", &format_bedrag(pk))]));
                }
                join_dutch(delen)
            }
        };
        let b = [("bedrag", bedrag.as_str())];
        Some(match (periode, k.ongeveer) {
            (Periode::Jaar, false) => tf("{bedrag} per jaar", &b),
            (Periode::Jaar, true) => tf("Ongeveer {bedrag} per jaar", &b),
            (Periode::Maand, false) => tf("{bedrag} per maand", &b),
            (Periode::Maand, true) => tf("Ongeveer {bedrag} per maand", &b),
            (Periode::Keer, false) => tf("{bedrag}, één keer", &b),
            (Periode::Keer, true) => tf("Ongeveer {bedrag}, één keer", &b),
        })
    }
}

/// What a misschien above a soft limit depends on, in the words of `hangt_af_van`.
fn zachte_grens_onderwerp() -> String {
    t("wat u zelf kunt betalen")
}

pub(crate) fn teksten(v: &Voorwaarde) -> Option<&Teksten> {
    match v {
        Voorwaarde::Alle(_, t) | Voorwaarde::EenVan(_, t) => t.as_ref(),
        Voorwaarde::Niet(_, t) | Voorwaarde::Toets(_, t) => Some(t),
    }
}

/// The reasons a resident reads: a node with its own text speaks for itself; otherwise its parts that explain it.
fn reasons(node: &Node, out: &mut Vec<Reden>) {
    if let Some(t) = teksten(node.voorwaarde) {
        let fill = |s: &str| match &node.grens {
            Some(g) => s.replace("{grens}", g),
            None => s.to_string(),
        };
        // An income or asset limit: the resident's own figure against the limit, instead of the file's
        // sentence that says the limit as if it were theirs.
        let vergelijk = |s: &str| {
            node.vergelijk
                .as_ref()
                .and_then(|v| met_vergelijking(s, v, node.status))
        };
        let tekst = match node.status {
            Status::Misschien if node.boven_zachte_grens => t
                .nee
                .as_deref()
                .map(|s| vergelijk(s).unwrap_or_else(|| fill(s)))
                .unwrap_or_else(|| {
                    super::vertaling::t("Met uw inkomen betaalt u waarschijnlijk een deel zelf.")
                }),
            Status::Ja if vergelijk(&t.ja).is_some() => vergelijk(&t.ja).unwrap_or_default(),
            Status::Nee
                if t.nee
                    .as_deref()
                    .or(Some(&t.ja))
                    .and_then(vergelijk)
                    .is_some() =>
            {
                t.nee
                    .as_deref()
                    .or(Some(&t.ja))
                    .and_then(vergelijk)
                    .unwrap_or_default()
            }
            Status::Misschien if vergelijk(&t.ja).is_some() => vergelijk(&t.ja).unwrap_or_default(),
            Status::Ja => fill(&t.ja),
            Status::Nee => t.nee.as_deref().map(fill).unwrap_or_else(|| {
                tf(
                    "Dit klopt niet: {voorwaarde}",
                    &[("voorwaarde", &lower_first(&fill(&t.ja)))],
                )
            }),
            Status::Misschien => tf(
                "Dat weten we nog niet: {voorwaarde}",
                &[("voorwaarde", &lower_first(&fill(&t.ja)))],
            ),
        };
        out.push(Reden {
            status: node.status,
            tekst,
            artikel: t.artikel.clone(),
        });
        return;
    }
    let is_alle = matches!(node.voorwaarde, Voorwaarde::Alle(..));
    for child in &node.children {
        let explains = match (node.status, is_alle) {
            // all parts hold, or some part is unknown: show every part
            (Status::Ja, true) | (Status::Misschien, true) => true,
            (Status::Nee, true) => child.status == Status::Nee,
            (Status::Ja, false) => child.status == Status::Ja,
            (Status::Nee, false) => true,
            (Status::Misschien, false) => child.status == Status::Misschien,
        };
        if explains {
            reasons(child, out);
        }
    }
}

fn unknown_subjects(regels: &Regels, node: &Node, out: &mut Vec<String>) {
    if node.status != Status::Misschien {
        return;
    }
    let onderwerp = zachte_grens_onderwerp();
    if node.boven_zachte_grens && !out.contains(&onderwerp) {
        out.push(onderwerp);
    }
    for id in &node.unknown_inputs {
        let onderwerp = regels
            .vragen
            .iter()
            .find(|v| &v.id == id)
            .map(|v| {
                v.onderwerp
                    .clone()
                    .unwrap_or_else(|| lower_first(v.tekst.trim_end_matches('?')))
            })
            .unwrap_or_else(|| id.clone());
        if !out.contains(&onderwerp) {
            out.push(onderwerp);
        }
    }
    for child in &node.children {
        unknown_subjects(regels, child, out);
    }
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
