//! Three-valued evaluation (ja / misschien / nee, Kleene logic) of every regulation for one household.

use super::answers::join_dutch;
use super::datum::Datum;
use super::household::{
    agreed, asset_limit, households, income_limit, lookup, norm_on, Huishoudens, Lookup,
};
use super::model::*;
use super::money::{format_bedrag, format_bedrag_rond};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ja,
    Misschien,
    Nee,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ja => "ja",
            Status::Misschien => "misschien",
            Status::Nee => "nee",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "ja" => Some(Status::Ja),
            "misschien" => Some(Status::Misschien),
            "nee" => Some(Status::Nee),
            _ => None,
        }
    }

    fn from_bool(b: bool) -> Status {
        if b {
            Status::Ja
        } else {
            Status::Nee
        }
    }

    pub(crate) fn and(parts: impl IntoIterator<Item = Status>) -> Status {
        let mut uit = Status::Ja;
        for s in parts {
            match s {
                Status::Nee => return Status::Nee,
                Status::Misschien => uit = Status::Misschien,
                Status::Ja => {}
            }
        }
        uit
    }

    pub(crate) fn or(parts: impl IntoIterator<Item = Status>) -> Status {
        let mut uit = Status::Nee;
        for s in parts {
            match s {
                Status::Ja => return Status::Ja,
                Status::Misschien => uit = Status::Misschien,
                Status::Nee => {}
            }
        }
        uit
    }

    pub(crate) fn not(self) -> Status {
        match self {
            Status::Ja => Status::Nee,
            Status::Nee => Status::Ja,
            Status::Misschien => Status::Misschien,
        }
    }
}

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
    pub omschrijving: Option<String>,
    pub redenen: Vec<Reden>,
    /// What a "misschien" depends on, as the questions' subjects ("uw inkomen").
    pub hangt_af_van: Vec<String>,
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

/// One evaluated condition: its status, and for leaves what the resident reads and which questions would decide it.
pub(crate) struct Node<'r> {
    pub voorwaarde: &'r Voorwaarde,
    pub status: Status,
    pub children: Vec<Node<'r>>,
    /// Unanswered questions that could still decide this leaf.
    pub blocking: Vec<String>,
    /// Questions this leaf needs that are unanswered or "weet ik niet".
    pub unknown_inputs: Vec<String>,
    /// The household's limit for `{grens}` in the texts.
    pub grens: Option<String>,
    /// A limit the law does not make a ceiling: an open leaf can become ja or misschien, never nee.
    pub zacht: bool,
    /// Above such a limit: misschien, because the municipality weighs what one can pay oneself.
    pub boven_zachte_grens: bool,
}

/// The answers plus everything derived from them once: the possible households.
pub(crate) struct Feiten<'a> {
    pub regels: &'a Regels,
    pub antwoorden: &'a Antwoorden,
    pub datum: Datum,
    pub huishoudens: Huishoudens,
}

impl<'a> Feiten<'a> {
    pub fn new(regels: &'a Regels, antwoorden: &'a Antwoorden, datum: Datum) -> Self {
        Feiten {
            regels,
            antwoorden,
            datum,
            huishoudens: households(regels, antwoorden),
        }
    }

    pub fn node<'r>(&self, v: &'r Voorwaarde) -> Node<'r> {
        match v {
            Voorwaarde::Alle(delen, _) | Voorwaarde::EenVan(delen, _) => {
                let children: Vec<Node> = delen.iter().map(|d| self.node(d)).collect();
                let statuses = children.iter().map(|c| c.status);
                let status = if matches!(v, Voorwaarde::Alle(..)) {
                    Status::and(statuses)
                } else {
                    Status::or(statuses)
                };
                Node {
                    voorwaarde: v,
                    status,
                    children,
                    blocking: vec![],
                    unknown_inputs: vec![],
                    grens: None,
                    zacht: false,
                    boven_zachte_grens: false,
                }
            }
            Voorwaarde::Niet(deel, _) => {
                let child = self.node(deel);
                Node {
                    voorwaarde: v,
                    status: child.status.not(),
                    children: vec![child],
                    blocking: vec![],
                    unknown_inputs: vec![],
                    grens: None,
                    zacht: false,
                    boven_zachte_grens: false,
                }
            }
            Voorwaarde::Toets(toets, _) => self.leaf(v, toets),
        }
    }

    fn leaf<'r>(&self, v: &'r Voorwaarde, toets: &Toets) -> Node<'r> {
        let mut node = Node {
            voorwaarde: v,
            status: Status::Misschien,
            children: vec![],
            blocking: vec![],
            unknown_inputs: vec![],
            grens: None,
            zacht: false,
            boven_zachte_grens: false,
        };
        // answers to one question; the household-based tests below handle their own inputs
        let mut simple = |vraag: &str, test: &dyn Fn(&Antwoord) -> Option<bool>| match lookup(
            self.antwoorden,
            vraag,
        ) {
            Lookup::Value(a) => match test(a) {
                Some(b) => node.status = Status::from_bool(b),
                None => node.unknown_inputs.push(vraag.to_string()),
            },
            Lookup::Unknown => node.unknown_inputs.push(vraag.to_string()),
            Lookup::Unanswered => {
                node.unknown_inputs.push(vraag.to_string());
                node.blocking.push(vraag.to_string());
            }
        };
        match toets {
            Toets::IsJaNee { vraag, waarde } => simple(vraag, &|a| match a {
                Antwoord::JaNee(b) => Some(b == waarde),
                _ => None,
            }),
            Toets::IsEenVan { vraag, waarden } => simple(vraag, &|a| match a {
                Antwoord::Keuze(w) => Some(waarden.contains(w)),
                _ => None,
            }),
            Toets::Bevat { vraag, waarde } => simple(vraag, &|a| match a {
                Antwoord::Meerkeuze(ws) => Some(ws.contains(waarde)),
                _ => None,
            }),
            Toets::Vergelijk { vraag, op, grens } => simple(vraag, &|a| {
                let n = match a {
                    Antwoord::Getal(n) => Decimal::from(*n),
                    Antwoord::Bedrag(b) => *b,
                    _ => return None,
                };
                Some(match op {
                    Vergelijking::Minstens => n >= *grens,
                    Vergelijking::Hoogstens => n <= *grens,
                    Vergelijking::MeerDan => n > *grens,
                    Vergelijking::MinderDan => n < *grens,
                })
            }),
            Toets::KindLeeftijd { van, tot_en_met } => simple("kinderen", &|a| match a {
                Antwoord::Leeftijden(ls) => {
                    Some(ls.iter().any(|l| (*van..=*tot_en_met).contains(l)))
                }
                _ => None,
            }),
            Toets::KinderenMinstens(n) => simple("kinderen", &|a| match a {
                Antwoord::Leeftijden(ls) => Some(ls.len() as u32 >= *n),
                _ => None,
            }),
            Toets::OnderAowLeeftijd(onder) => {
                let aow = i64::from(self.regels.meta.aow_leeftijd);
                simple("leeftijd", &|a| match a {
                    Antwoord::Getal(n) => Some((*n < aow) == *onder),
                    _ => None,
                })
            }
            Toets::InkomenBinnen { grens, zacht } => {
                let Some(grens) = self.regels.grenzen.iter().find(|g| &g.id == grens) else {
                    // `load` makes sure every condition names a limit of the file
                    return node;
                };
                let (gemeenten, gemeente_open) = self.gemeenten_for(grens);
                let limits = self.income_limits(grens, &gemeenten);
                node.grens = Some(match agreed(limits.iter().copied()).flatten() {
                    Some(g) => format!("{} per maand", format_bedrag(g)),
                    None => "de grens voor uw huishouden".to_string(),
                });
                let extra: Vec<&str> = gemeente_open.into_iter().collect();
                self.against_limits(&mut node, "inkomen", &limits, &extra);
                node.soften(*zacht);
            }
            Toets::VermogenBinnenGrens { zacht } => {
                let limits: Vec<Option<Decimal>> = self
                    .huishoudens
                    .mogelijk
                    .iter()
                    .map(|m| asset_limit(self.regels, self.datum, m.huishouden))
                    .collect();
                node.grens = Some(match agreed(limits.iter().copied()).flatten() {
                    Some(g) => format_bedrag(g),
                    None => "de vermogensgrens".to_string(),
                });
                self.against_limits(&mut node, "vermogen", &limits, &[]);
                node.soften(*zacht);
            }
        }
        node
    }

    /// Where the resident may live, as far as `grens` depends on it, and the question that would tell.
    pub(crate) fn gemeenten_for(
        &self,
        grens: &Grens,
    ) -> (Vec<Option<&'a str>>, Option<&'static str>) {
        if !grens.per_gemeente() {
            return (vec![None], None);
        }
        match lookup(self.antwoorden, "gemeente") {
            Lookup::Value(Antwoord::Keuze(g)) => (vec![Some(g.as_str())], None),
            other => (
                self.regels
                    .gemeenten
                    .iter()
                    .map(|g| Some(g.id.as_str()))
                    .collect(),
                matches!(other, Lookup::Unanswered).then_some("gemeente"),
            ),
        }
    }

    /// The limit for every household and municipality still possible.
    pub(crate) fn income_limits(
        &self,
        grens: &Grens,
        gemeenten: &[Option<&str>],
    ) -> Vec<Option<Decimal>> {
        let mut limits = Vec::new();
        for m in &self.huishoudens.mogelijk {
            for g in gemeenten {
                limits.push(income_limit(
                    self.regels,
                    grens,
                    self.datum,
                    m.huishouden,
                    m.kinderen > 0,
                    *g,
                ));
            }
        }
        limits
    }

    /// An amount at most the household's limit, decided when every household still possible agrees.
    fn against_limits(
        &self,
        node: &mut Node,
        vraag: &str,
        limits: &[Option<Decimal>],
        extra_open: &[&str],
    ) {
        let household_open: Vec<String> = self
            .huishoudens
            .open_vragen
            .iter()
            .copied()
            .chain(extra_open.iter().copied())
            .map(|s| s.to_string())
            .collect();
        let household_unsure: Vec<String> = self
            .huishoudens
            .onzeker
            .iter()
            .copied()
            .chain(extra_open.iter().copied())
            .map(|s| s.to_string())
            .collect();
        match lookup(self.antwoorden, vraag) {
            Lookup::Value(Antwoord::Bedrag(bedrag)) => {
                let outcomes = limits.iter().map(|l| l.map(|l| *bedrag <= l));
                match agreed(outcomes).flatten() {
                    Some(b) => node.status = Status::from_bool(b),
                    None => {
                        node.blocking = household_open;
                        node.unknown_inputs = household_unsure;
                    }
                }
            }
            Lookup::Unanswered => {
                node.blocking = std::iter::once(vraag.to_string())
                    .chain(household_open.iter().cloned())
                    .collect();
                node.unknown_inputs = node.blocking.clone();
            }
            _ => {
                // "weet ik niet": no other answer can decide this test
                node.unknown_inputs = vec![vraag.to_string()];
            }
        }
    }

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
            .map(|g| g.hulp.clone());
        Uitkomst {
            id: r.id.clone(),
            naam: r.naam.clone(),
            aanbieder: r.aanbieder.clone(),
            gemeente: r.gemeente.clone(),
            categorie: r.categorie.clone(),
            uitleg: r.uitleg.clone(),
            status: node.status,
            bedrag: self.bedrag(&r.krijgt),
            omschrijving: r.krijgt.omschrijving.clone(),
            redenen,
            hangt_af_van,
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

    fn bedrag(&self, k: &Krijgt) -> Option<String> {
        let per = match k.per? {
            Periode::Jaar => " per jaar",
            Periode::Maand => " per maand",
            Periode::Keer => ", één keer",
        };
        let vast = k.bedrag.unwrap_or_default();
        let sizes = agreed(
            self.huishoudens
                .mogelijk
                .iter()
                .map(|m| (m.volwassenen, m.kinderen)),
        );
        let tekst = match (k.per_volwassene, k.per_kind, sizes) {
            (None, None, _) => format!("{}{per}", format_bedrag(vast)),
            (pv, pk, Some((volwassenen, kinderen))) => {
                let totaal = vast
                    + pv.unwrap_or_default() * Decimal::from(volwassenen)
                    + pk.unwrap_or_default() * Decimal::from(kinderen);
                if totaal.is_zero() {
                    // e.g. only an amount per child, and no children: the description says what it gives
                    return None;
                }
                format!("{}{per}", format_bedrag(totaal))
            }
            (pv, pk, None) => {
                let mut delen = Vec::new();
                if !vast.is_zero() {
                    delen.push(format_bedrag(vast));
                }
                if let Some(pv) = pv {
                    delen.push(format!("{} per volwassene", format_bedrag(pv)));
                }
                if let Some(pk) = pk {
                    delen.push(format!("{} per kind", format_bedrag(pk)));
                }
                format!("{}{per}", join_dutch(delen))
            }
        };
        Some(if k.ongeveer {
            format!("Ongeveer {tekst}")
        } else {
            tekst
        })
    }
}

impl Node<'_> {
    /// A soft limit: above it the municipality weighs what one can pay, so the answer is misschien, not nee.
    fn soften(&mut self, zacht: bool) {
        self.zacht = zacht;
        if zacht && self.status == Status::Nee {
            self.status = Status::Misschien;
            self.boven_zachte_grens = true;
        }
    }
}

/// What a misschien above a soft limit depends on, in the words of `hangt_af_van`.
const ZACHTE_GRENS_ONDERWERP: &str = "wat u zelf kunt betalen";

fn teksten(v: &Voorwaarde) -> Option<&Teksten> {
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
        let tekst = match node.status {
            Status::Misschien if node.boven_zachte_grens => {
                t.nee.as_deref().map(fill).unwrap_or_else(|| {
                    "Met uw inkomen betaalt u waarschijnlijk een deel zelf.".to_string()
                })
            }
            Status::Ja => fill(&t.ja),
            Status::Nee => t
                .nee
                .as_deref()
                .map(fill)
                .unwrap_or_else(|| format!("Dit klopt niet: {}", lower_first(&fill(&t.ja)))),
            Status::Misschien => format!("Dat weten we nog niet: {}", lower_first(&fill(&t.ja))),
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
    if node.boven_zachte_grens && !out.iter().any(|s| s == ZACHTE_GRENS_ONDERWERP) {
        out.push(ZACHTE_GRENS_ONDERWERP.to_string());
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

/// For question texts: this household's `grens`, rounded to euros, or a description while it is not yet known.
pub(crate) fn income_limit_text(feiten: &Feiten, grens: &Grens) -> Option<String> {
    let (gemeenten, _) = feiten.gemeenten_for(grens);
    let limits = feiten.income_limits(grens, &gemeenten);
    agreed(limits)
        .flatten()
        .map(|g| format!("{} per maand", format_bedrag_rond(g)))
}

pub(crate) fn asset_limit_text(feiten: &Feiten) -> String {
    let limits = feiten
        .huishoudens
        .mogelijk
        .iter()
        .map(|m| asset_limit(feiten.regels, feiten.datum, m.huishouden));
    match agreed(limits).flatten() {
        Some(g) => format_bedrag_rond(g),
        None => "de vermogensgrens".to_string(),
    }
}
