//! The household facts the norms depend on, as far as the answers tell them.

use super::datum::Datum;
use super::model::{
    Antwoord, Antwoorden, Basis, Grens, Huishouden, Norm, OuderNorm, Regels, Vermogensgrens,
};
use rust_decimal::{Decimal, RoundingStrategy};

/// What the answers say about one question.
pub(crate) enum Lookup<'a> {
    Unanswered,
    Unknown,
    Value(&'a Antwoord),
}

pub(crate) fn lookup<'a>(antwoorden: &'a Antwoorden, id: &str) -> Lookup<'a> {
    match antwoorden.get(id) {
        None => Lookup::Unanswered,
        Some(Antwoord::WeetIkNiet) => Lookup::Unknown,
        Some(a) => Lookup::Value(a),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Leeftijdsgroep {
    Minderjarig,
    Jong,
    Volwassen,
    Aow,
}

const ADULT_GROUPS: [Leeftijdsgroep; 3] = [
    Leeftijdsgroep::Jong,
    Leeftijdsgroep::Volwassen,
    Leeftijdsgroep::Aow,
];

fn groep(leeftijd: i64, aow: u32) -> Leeftijdsgroep {
    match leeftijd {
        ..18 => Leeftijdsgroep::Minderjarig,
        18..=20 => Leeftijdsgroep::Jong,
        n if n >= i64::from(aow) => Leeftijdsgroep::Aow,
        _ => Leeftijdsgroep::Volwassen,
    }
}

/// One way the household can be, given what is known: its norm type (none for a minor) and its size.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mogelijkheid {
    pub huishouden: Option<Huishouden>,
    pub volwassenen: u32,
    pub kinderen: u32,
}

/// Every household the answers still allow, and the unanswered questions that would narrow them down.
pub(crate) struct Huishoudens {
    pub mogelijk: Vec<Mogelijkheid>,
    pub open_vragen: Vec<&'static str>,
    /// What a resident should be told the outcome depends on: unanswered or "weet ik niet" household facts
    /// (the partner's age only once there is a partner).
    pub onzeker: Vec<&'static str>,
}

pub(crate) fn households(regels: &Regels, antwoorden: &Antwoorden) -> Huishoudens {
    let aow = regels.meta.aow_leeftijd;
    let mut open_vragen = Vec::new();
    let age = |id: &'static str, open: &mut Vec<&'static str>| match lookup(antwoorden, id) {
        Lookup::Value(Antwoord::Getal(n)) => vec![groep(*n, aow)],
        Lookup::Unanswered => {
            open.push(id);
            ADULT_GROUPS.to_vec()
        }
        _ => ADULT_GROUPS.to_vec(),
    };
    let eigen = age("leeftijd", &mut open_vragen);
    let partner = match lookup(antwoorden, "partner") {
        Lookup::Value(Antwoord::JaNee(b)) => vec![*b],
        Lookup::Unanswered => {
            open_vragen.push("partner");
            vec![false, true]
        }
        _ => vec![false, true],
    };
    let partner_leeftijd = if partner.contains(&true) {
        age("leeftijd_partner", &mut open_vragen)
    } else {
        Vec::new()
    };
    let kinderen: Vec<u32> = match lookup(antwoorden, "kinderen") {
        Lookup::Value(Antwoord::Leeftijden(ls)) => {
            vec![ls.iter().filter(|l| **l < 18).count() as u32]
        }
        other => {
            if matches!(other, Lookup::Unanswered) {
                open_vragen.push("kinderen");
            }
            vec![0, 1]
        }
    };
    let onzeker = ["leeftijd", "partner", "leeftijd_partner", "kinderen"]
        .into_iter()
        .filter(|id| {
            let partner_known_true = matches!(
                lookup(antwoorden, "partner"),
                Lookup::Value(Antwoord::JaNee(true))
            );
            let applies = *id != "leeftijd_partner" || partner_known_true;
            applies && !matches!(lookup(antwoorden, id), Lookup::Value(_))
        })
        .collect();
    let mut mogelijk = Vec::new();
    for &e in &eigen {
        for &p in &partner {
            let partners: Vec<Option<Leeftijdsgroep>> = if p {
                partner_leeftijd.iter().map(|g| Some(*g)).collect()
            } else {
                vec![None]
            };
            for pg in partners {
                for &k in &kinderen {
                    let m = Mogelijkheid {
                        huishouden: huishouden(e, pg, k > 0),
                        volwassenen: 1 + u32::from(pg.is_some()),
                        kinderen: k,
                    };
                    if !mogelijk.contains(&m) {
                        mogelijk.push(m);
                    }
                }
            }
        }
    }
    Huishoudens {
        mogelijk,
        open_vragen,
        onzeker,
    }
}

fn huishouden(
    eigen: Leeftijdsgroep,
    partner: Option<Leeftijdsgroep>,
    kinderen: bool,
) -> Option<Huishouden> {
    use Leeftijdsgroep::*;
    // Under 18 there is no norm of its own; the 18-to-21 norm is the closest, and using it keeps answering the
    // age from ever turning a decided income test back into "misschien".
    let eigen = if eigen == Minderjarig { Jong } else { eigen };
    Some(match partner {
        None => match eigen {
            Aow => Huishouden::AlleenstaandAow,
            Jong => Huishouden::Jongere,
            _ if kinderen => Huishouden::AlleenstaandeOuder,
            _ => Huishouden::Alleenstaand,
        },
        Some(p) => {
            // a partner under 18 is counted like one of 18 to 21: the closest norm the file has
            let p = if p == Minderjarig { Jong } else { p };
            match (eigen, p) {
                (Aow, _) | (_, Aow) => Huishouden::PaarAow,
                (Jong, Jong) if kinderen => Huishouden::PaarJongerenKinderen,
                (Jong, Jong) => Huishouden::PaarJongeren,
                (Jong, _) | (_, Jong) if kinderen => Huishouden::PaarJongereVolwasseneKinderen,
                (Jong, _) | (_, Jong) => Huishouden::PaarJongereVolwassene,
                _ => Huishouden::Paar,
            }
        }
    })
}

/// The norm valid on `datum`: the latest that started on or before it.
pub fn norm_on(regels: &Regels, datum: Datum) -> Option<&Norm> {
    regels
        .normen
        .iter()
        .filter(|n| n.geldig_vanaf <= datum)
        .max_by_key(|n| n.geldig_vanaf)
}

pub fn vermogensgrens_on(regels: &Regels, datum: Datum) -> Option<&Vermogensgrens> {
    regels
        .vermogensgrenzen
        .iter()
        .filter(|n| n.geldig_vanaf <= datum)
        .max_by_key(|n| n.geldig_vanaf)
}

/// The law's amounts include holiday pay; without it is × 0,95. That factor, rounded to the cent, reproduces all
/// nine official 1-7-2025 amounts without holiday pay (tested in `tests/limits.rs`); the 4,8 % of art. 19 lid 3
/// does not.
const ZONDER_VAKANTIEGELD: Decimal = Decimal::from_parts(95, 0, 0, false, 2);

/// Rounded to whole cents, halves away from zero: how municipalities publish their amounts.
pub fn cent(bedrag: Decimal) -> Decimal {
    bedrag.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `None` only for amounts no real file has (beyond `Decimal`'s range), so a typo cannot crash the app.
fn procent_of(bedrag: Decimal, procent: Decimal) -> Option<Decimal> {
    Some(cent(bedrag.checked_mul(procent)? / Decimal::ONE_HUNDRED))
}

/// The norm a limit is a percentage of, for this household, to the cent.
pub fn basis_norm(
    norm: &Norm,
    huishouden: Huishouden,
    basis: Basis,
    ouder: OuderNorm,
) -> Option<Decimal> {
    let of = |h: Huishouden| {
        norm.bedragen.get(&h).and_then(|b| match basis {
            Basis::MetVakantiegeld => Some(*b),
            Basis::ZonderVakantiegeld => b.checked_mul(ZONDER_VAKANTIEGELD).map(cent),
        })
    };
    match (huishouden, ouder) {
        (Huishouden::AlleenstaandeOuder, OuderNorm::Alleenstaand) => of(Huishouden::Alleenstaand),
        (Huishouden::AlleenstaandeOuder, OuderNorm::ProcentVanPaar(p)) => {
            procent_of(of(Huishouden::Paar)?, p)
        }
        (h, _) => of(h),
    }
}

/// The percentage of `grens` for a household with or without children under 18.
pub fn procent_for(
    grens: &Grens,
    datum: Datum,
    gemeente: Option<&str>,
    kinderen: bool,
) -> Option<Decimal> {
    let w = grens.waarde_on(datum, gemeente)?;
    Some(match (kinderen, w.procent_met_kinderen) {
        (true, Some(p)) => p,
        _ => w.procent,
    })
}

/// The household's limit on `datum`, to the cent: a resident whose income equals it qualifies.
pub fn income_limit(
    regels: &Regels,
    grens: &Grens,
    datum: Datum,
    huishouden: Option<Huishouden>,
    kinderen: bool,
    gemeente: Option<&str>,
) -> Option<Decimal> {
    let norm = norm_on(regels, datum)?;
    let basis = basis_norm(norm, huishouden?, grens.basis, grens.alleenstaande_ouder)?;
    procent_of(basis, procent_for(grens, datum, gemeente, kinderen)?)
}

/// The highest monthly bijstand norm (with holiday pay, as the law prints it) that any household the answers
/// still allow could have on `datum`; `None` when a possible household has no norm. An income from bijstand
/// alone cannot be above it.
pub fn hoogste_bijstandsnorm(
    regels: &Regels,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> Option<Decimal> {
    let norm = norm_on(regels, datum)?;
    households(regels, antwoorden)
        .mogelijk
        .iter()
        .map(|m| {
            basis_norm(
                norm,
                m.huishouden?,
                Basis::MetVakantiegeld,
                OuderNorm::Alleenstaand,
            )
        })
        .try_fold(None, |hoogste: Option<Decimal>, b| {
            let b = b?;
            Some(Some(hoogste.map_or(b, |h| h.max(b))))
        })
        .flatten()
}

/// The household's savings limit on `datum` when every household the answers still allow has the same one: the
/// threshold the wizard may ask about ("Heeft u samen meer dan € 15.540?").
pub fn vermogensgrens_voor(
    regels: &Regels,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> Option<Decimal> {
    let mogelijk = households(regels, antwoorden).mogelijk;
    agreed(
        mogelijk
            .iter()
            .map(|m| asset_limit(regels, datum, m.huishouden)),
    )
    .flatten()
}

pub(crate) fn asset_limit(
    regels: &Regels,
    datum: Datum,
    huishouden: Option<Huishouden>,
) -> Option<Decimal> {
    let grens = vermogensgrens_on(regels, datum)?;
    Some(if huishouden?.is_alone_without_children() {
        grens.alleenstaand
    } else {
        grens.gezin
    })
}

/// The one value every possible household agrees on, if they do.
pub(crate) fn agreed<T: PartialEq + Copy>(values: impl IntoIterator<Item = T>) -> Option<T> {
    let mut it = values.into_iter();
    let first = it.next()?;
    it.all(|v| v == first).then_some(first)
}
