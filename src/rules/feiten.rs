//! The answers and what follows from them once: the possible households, and each condition evaluated to a node
//! with its status, the questions that would decide it, and the limit for its texts.

use super::datum::Datum;
use super::household::{
    agreed, asset_limit, households, income_limit, lookup, Huishoudens, Lookup,
};
use super::model::*;
use super::money::{format_bedrag, format_bedrag_rond};
use super::status::Status;
use super::vergelijk::{drempel_toets, Bedragsoort, GrensHangtAf, Vergelijk};
use super::vertaling::{t, tf};
use rust_decimal::Decimal;

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
    /// For an income or asset limit: the resident's figure and the limit, for the comparison in the reasons.
    pub vergelijk: Option<Vergelijk>,
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
                    vergelijk: None,
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
                    vergelijk: None,
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
            vergelijk: None,
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
                    Antwoord::Drempel { boven, bedrag } => {
                        return drempel_toets(*boven, *bedrag, *op, *grens)
                    }
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
                let grens_bedrag = agreed(limits.iter().copied()).flatten();
                let hangt_af = hangt_af(&limits, gemeenten.len());
                node.grens = Some(match grens_bedrag {
                    Some(g) => tf("{bedrag} per maand", &[("bedrag", &format_bedrag(g))]),
                    None => t("de grens voor uw huishouden"),
                });
                node.vergelijk = Some(Vergelijk {
                    soort: Bedragsoort::Inkomen,
                    bedrag: self.bedrag_van("inkomen"),
                    grens: grens_bedrag,
                    drempel: self.drempel_van("inkomen"),
                    hangt_af,
                });
                let extra: Vec<&str> = gemeente_open.into_iter().collect();
                // A limit that differs by municipality depends on it, also after "weet ik niet" (not asked again).
                let onzeker: Vec<&str> =
                    matches!(hangt_af, GrensHangtAf::Gemeente | GrensHangtAf::Beide)
                        .then_some("gemeente")
                        .into_iter()
                        .collect();
                self.against_limits(&mut node, "inkomen", &limits, &extra, &onzeker);
                node.soften(*zacht);
            }
            Toets::VermogenBinnenGrens { zacht } => {
                let limits: Vec<Option<Decimal>> = self
                    .huishoudens
                    .mogelijk
                    .iter()
                    .map(|m| asset_limit(self.regels, self.datum, m.huishouden))
                    .collect();
                let grens_bedrag = agreed(limits.iter().copied()).flatten();
                node.grens = Some(match grens_bedrag {
                    Some(g) => format_bedrag(g),
                    None => t("de vermogensgrens"),
                });
                node.vergelijk = Some(Vergelijk {
                    soort: Bedragsoort::Spaargeld,
                    bedrag: self.bedrag_van("vermogen"),
                    grens: grens_bedrag,
                    drempel: self.drempel_van("vermogen"),
                    hangt_af: GrensHangtAf::Huishouden,
                });
                self.against_limits(&mut node, "vermogen", &limits, &[], &[]);
                node.soften(*zacht);
            }
        }
        node
    }

    /// The amount the resident gave for this question, if any.
    fn bedrag_van(&self, vraag: &str) -> Option<Decimal> {
        match lookup(self.antwoorden, vraag) {
            Lookup::Value(Antwoord::Bedrag(b)) => Some(*b),
            _ => None,
        }
    }

    /// The answer to the threshold question for this question, if that is how it was answered.
    fn drempel_van(&self, vraag: &str) -> Option<(bool, Decimal)> {
        match lookup(self.antwoorden, vraag) {
            Lookup::Value(Antwoord::Drempel { boven, bedrag }) => Some((*boven, *bedrag)),
            _ => None,
        }
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
        extra_onzeker: &[&str],
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
            .chain(extra_onzeker.iter().copied())
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
            Lookup::Value(Antwoord::Drempel { boven, bedrag }) => {
                let outcomes = limits
                    .iter()
                    .map(|l| l.map(|l| drempel_toets(*boven, *bedrag, Vergelijking::Hoogstens, l)));
                match agreed(outcomes) {
                    Some(Some(Some(b))) => node.status = Status::from_bool(b),
                    // the household's limit is known, but the threshold does not decide it
                    Some(Some(None)) => node.unknown_inputs = vec![vraag.to_string()],
                    _ => {
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
}

/// What the limits of `income_limits` (each household in turn, each with every municipality in `gemeenten`) still
/// differ by.
fn hangt_af(limits: &[Option<Decimal>], gemeenten: usize) -> GrensHangtAf {
    let n = gemeenten.max(1);
    let per_gemeente = limits.chunks(n).any(|c| c.iter().any(|l| *l != c[0]));
    let per_huishouden = (0..n).any(|j| {
        let mut kolom = limits.iter().skip(j).step_by(n);
        let eerste = kolom.next();
        kolom.any(|l| Some(l) != eerste)
    });
    match (per_huishouden, per_gemeente) {
        (false, true) => GrensHangtAf::Gemeente,
        (true, true) => GrensHangtAf::Beide,
        _ => GrensHangtAf::Huishouden,
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
