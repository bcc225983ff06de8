//! `regels bereik`: whom the regulations reach. A grid of household types is evaluated over incomes from 0 to
//! 200 % of their bijstandsnorm; per regulation where it is ja or misschien, the total yearly value where the file
//! gives amounts, and the cliffs: the exact income (to the cent) above which a regulation is lost. Pure: the
//! workbench in the browser draws the same chart with the same code.

mod svg;

pub use svg::svg;

use super::datum::Datum;
use super::evaluate::{Feiten, Status};
use super::household::{basis_norm, cent, norm_on};
use super::model::{
    Antwoord, Antwoorden, Basis, Huishouden, Krijgt, OuderNorm, Periode, Regeling, Regels,
};
use super::money::format_bedrag;
use rust_decimal::Decimal;

/// One household type of the grid: the answers it gives besides its income.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rasterhuishouden {
    pub naam: &'static str,
    pub leeftijd: i64,
    pub leeftijd_partner: Option<i64>,
    /// The ages of the children living at home.
    pub kinderen: &'static [u32],
    /// Whose bijstandsnorm (with vakantiegeld) is 100 % on the income axis.
    pub norm: Huishouden,
}

const fn h(
    naam: &'static str,
    leeftijd: i64,
    leeftijd_partner: Option<i64>,
    kinderen: &'static [u32],
    norm: Huishouden,
) -> Rasterhuishouden {
    Rasterhuishouden {
        naam,
        leeftijd,
        leeftijd_partner,
        kinderen,
        norm,
    }
}

/// Single, single parent, couple, with and without children of various ages, below and above AOW age.
pub const RASTER: [Rasterhuishouden; 8] = [
    h(
        "alleenstaand, 35 jaar",
        35,
        None,
        &[],
        Huishouden::Alleenstaand,
    ),
    h(
        "alleenstaande ouder, kind van 3",
        35,
        None,
        &[3],
        Huishouden::AlleenstaandeOuder,
    ),
    h(
        "alleenstaande ouder, kinderen van 8 en 15",
        40,
        None,
        &[8, 15],
        Huishouden::AlleenstaandeOuder,
    ),
    h("paar, 35 jaar", 35, Some(35), &[], Huishouden::Paar),
    h(
        "paar, kinderen van 6 en 13",
        38,
        Some(38),
        &[6, 13],
        Huishouden::Paar,
    ),
    h("paar, kind van 17", 45, Some(45), &[17], Huishouden::Paar),
    h(
        "alleenstaand, 70 jaar (AOW)",
        70,
        None,
        &[],
        Huishouden::AlleenstaandAow,
    ),
    h(
        "paar, 70 jaar (AOW)",
        70,
        Some(70),
        &[],
        Huishouden::PaarAow,
    ),
];

/// Incomes from 0 to `MAX_PROCENT` % of the norm, in steps of `STAP_PROCENT` %.
pub const STAP_PROCENT: u32 = 1;
pub const MAX_PROCENT: u32 = 200;

/// A regulation in the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Rij {
    pub regeling: String,
    pub naam: String,
}

/// One income on the axis: each regulation's status (in the order of `Bereik::regelingen`) and the yearly values.
#[derive(Clone, Debug, PartialEq)]
pub struct Punt {
    pub procent: u32,
    pub inkomen: Decimal,
    pub statussen: Vec<Status>,
    /// What the regulations that are ja give per year (where the file gives an amount).
    pub ja_per_jaar: Decimal,
    /// The same with the misschien ones added.
    pub tot_per_jaar: Decimal,
}

/// Where a regulation is lost as income rises: up to and including `tot_en_met` it is `van`, a cent more `naar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Klif {
    pub regeling: String,
    pub naam: String,
    pub van: Status,
    pub naar: Status,
    pub tot_en_met: Decimal,
    /// What a household that was ja loses per year, where the file gives an amount.
    pub verlies_per_jaar: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Paneel {
    pub huishouden: Rasterhuishouden,
    /// 100 % on the income axis: the household's norm with vakantiegeld, per month.
    pub norm: Decimal,
    /// What each regulation (in the order of `Bereik::regelingen`) gives this household per year, if known.
    pub per_jaar: Vec<Option<Decimal>>,
    pub punten: Vec<Punt>,
    pub kliffen: Vec<Klif>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bereik {
    pub datum: Datum,
    pub gemeente: Option<String>,
    /// "Leiden", or "landelijk" without a municipality.
    pub gebied: String,
    pub normen_van: Datum,
    pub regelingen: Vec<Rij>,
    pub panelen: Vec<Paneel>,
}

/// The reach of the regulations valid on `datum` in `gemeente` (with the national and partner regulations);
/// `None` when the file has no norm on that date.
pub fn bereik(regels: &Regels, datum: Datum, gemeente: Option<&str>) -> Option<Bereik> {
    let norm = norm_on(regels, datum)?;
    let in_scope = in_scope(regels, datum, gemeente);
    let mut panelen = Vec::new();
    for hh in RASTER {
        let Some(norm_bedrag) = basis_norm(
            norm,
            hh.norm,
            Basis::MetVakantiegeld,
            OuderNorm::Alleenstaand,
        ) else {
            continue;
        };
        let waarden: Vec<Option<Decimal>> = in_scope
            .iter()
            .map(|r| per_jaar(&r.krijgt, hh.volwassenen(), hh.minderjarigen()))
            .collect();
        let status_op = |inkomen: Decimal| -> Vec<Status> {
            let antwoorden = hh.antwoorden(regels, gemeente, inkomen);
            let feiten = Feiten::new(regels, &antwoorden, datum);
            in_scope
                .iter()
                .map(|r| feiten.node(&r.voorwaarde).status)
                .collect()
        };
        let punten: Vec<Punt> = (0..=MAX_PROCENT)
            .step_by(STAP_PROCENT as usize)
            .map(|procent| {
                let inkomen = cent(norm_bedrag * Decimal::from(procent) / Decimal::ONE_HUNDRED);
                let statussen = status_op(inkomen);
                let som = |telt: &dyn Fn(Status) -> bool| -> Decimal {
                    statussen
                        .iter()
                        .zip(&waarden)
                        .filter(|(s, _)| telt(**s))
                        .filter_map(|(_, w)| *w)
                        .sum()
                };
                Punt {
                    procent,
                    inkomen,
                    ja_per_jaar: som(&|s| s == Status::Ja),
                    tot_per_jaar: som(&|s| s != Status::Nee),
                    statussen,
                }
            })
            .collect();
        let mut kliffen = Vec::new();
        for paar in punten.windows(2) {
            let [voor, na] = paar else { continue };
            for (i, r) in in_scope.iter().enumerate() {
                let (van, naar) = (voor.statussen[i], na.statussen[i]);
                if rang(naar) >= rang(van) {
                    continue;
                }
                let tot_en_met = laatste_cent(voor.inkomen, na.inkomen, |inkomen| {
                    hh.status_van(regels, gemeente, datum, r, inkomen) == van
                });
                kliffen.push(Klif {
                    regeling: r.id.clone(),
                    naam: r.naam.clone(),
                    van,
                    naar,
                    tot_en_met,
                    verlies_per_jaar: waarden[i].filter(|_| van == Status::Ja),
                });
            }
        }
        panelen.push(Paneel {
            huishouden: hh,
            norm: norm_bedrag,
            per_jaar: waarden,
            punten,
            kliffen,
        });
    }
    let gebied = match gemeente {
        Some(g) => regels
            .gemeenten
            .iter()
            .find(|x| x.id == g)
            .map_or_else(|| g.to_string(), |x| x.naam.clone()),
        None => "landelijk".to_string(),
    };
    Some(Bereik {
        datum,
        gemeente: gemeente.map(str::to_string),
        gebied,
        normen_van: norm.geldig_vanaf,
        regelingen: in_scope
            .iter()
            .map(|r| Rij {
                regeling: r.id.clone(),
                naam: r.naam.clone(),
            })
            .collect(),
        panelen,
    })
}

/// The regulations valid on `datum` for a resident of `gemeente`: the national and partner ones and its own.
pub(crate) fn in_scope<'r>(
    regels: &'r Regels,
    datum: Datum,
    gemeente: Option<&str>,
) -> Vec<&'r Regeling> {
    regels
        .regelingen
        .iter()
        .filter(|r| r.is_valid_on(datum))
        .filter(|r| r.gemeente.is_none() || r.gemeente.as_deref() == gemeente)
        .collect()
}

impl Rasterhuishouden {
    pub(crate) fn volwassenen(&self) -> u32 {
        1 + u32::from(self.leeftijd_partner.is_some())
    }

    pub(crate) fn minderjarigen(&self) -> u32 {
        self.kinderen.iter().filter(|k| **k < 18).count() as u32
    }

    /// The answers of this household with `inkomen`: the household facts, no savings, and nothing else, so a
    /// regulation that needs more (years on a low income, debts) shows as misschien.
    pub fn antwoorden(
        &self,
        regels: &Regels,
        gemeente: Option<&str>,
        inkomen: Decimal,
    ) -> Antwoorden {
        let mut a = Antwoorden::new();
        if let Some(g) = gemeente {
            a.insert("gemeente".into(), Antwoord::Keuze(g.to_string()));
        }
        a.insert("leeftijd".into(), Antwoord::Getal(self.leeftijd));
        a.insert(
            "partner".into(),
            Antwoord::JaNee(self.leeftijd_partner.is_some()),
        );
        if let Some(p) = self.leeftijd_partner {
            a.insert("leeftijd_partner".into(), Antwoord::Getal(p));
        }
        a.insert(
            "kinderen".into(),
            Antwoord::Leeftijden(self.kinderen.to_vec()),
        );
        a.insert("inkomen".into(), Antwoord::Bedrag(inkomen));
        a.insert("vermogen".into(), Antwoord::Bedrag(Decimal::ZERO));
        // Only what the file asks: a smaller test file may lack some of these questions.
        a.retain(|id, _| regels.vragen.iter().any(|v| &v.id == id));
        a
    }

    fn status_van(
        &self,
        regels: &Regels,
        gemeente: Option<&str>,
        datum: Datum,
        r: &Regeling,
        inkomen: Decimal,
    ) -> Status {
        let antwoorden = self.antwoorden(regels, gemeente, inkomen);
        Feiten::new(regels, &antwoorden, datum)
            .node(&r.voorwaarde)
            .status
    }
}

fn rang(s: Status) -> u8 {
    match s {
        Status::Ja => 2,
        Status::Misschien => 1,
        Status::Nee => 0,
    }
}

/// The highest income in cents between `laag` (where `blijft` holds) and `hoog` (where it does not) that still
/// holds: a bisection, so the cliff is exact to the cent without evaluating every cent.
fn laatste_cent(laag: Decimal, hoog: Decimal, blijft: impl Fn(Decimal) -> bool) -> Decimal {
    let centen = |d: Decimal| (d * Decimal::ONE_HUNDRED).trunc();
    let (mut lo, mut hi) = (centen(laag), centen(hoog));
    while hi - lo > Decimal::ONE {
        let midden = ((lo + hi) / Decimal::TWO).trunc();
        if blijft(midden / Decimal::ONE_HUNDRED) {
            lo = midden;
        } else {
            hi = midden;
        }
    }
    lo / Decimal::ONE_HUNDRED
}

/// What a regulation gives per year for a household of this size; `None` when the file only describes it.
/// A one-off amount counts once.
pub fn per_jaar(k: &Krijgt, volwassenen: u32, kinderen: u32) -> Option<Decimal> {
    let per = k.per?;
    let totaal = k.bedrag.unwrap_or_default()
        + k.per_volwassene.unwrap_or_default() * Decimal::from(volwassenen)
        + k.per_kind.unwrap_or_default() * Decimal::from(kinderen);
    if totaal.is_zero() {
        return None;
    }
    Some(match per {
        Periode::Maand => totaal * Decimal::from(12),
        Periode::Jaar | Periode::Keer => totaal,
    })
}

/// One line per household type, income and regulation:
/// `gemeente;huishouden;procent;inkomen;regeling;status;per_jaar`, amounts with a decimal point.
pub fn csv(b: &Bereik, met_kop: bool) -> String {
    let mut uit = String::new();
    if met_kop {
        uit.push_str("gemeente;huishouden;procent_van_norm;inkomen_per_maand;regeling;status;bedrag_per_jaar\n");
    }
    let gemeente = b.gemeente.as_deref().unwrap_or("");
    for p in &b.panelen {
        for punt in &p.punten {
            for ((rij, status), waarde) in b.regelingen.iter().zip(&punt.statussen).zip(&p.per_jaar)
            {
                let waarde = match (status, waarde) {
                    (Status::Nee, _) | (_, None) => String::new(),
                    (_, Some(w)) => w.to_string(),
                };
                uit.push_str(&format!(
                    "{gemeente};{};{};{};{};{};{waarde}\n",
                    p.huishouden.naam,
                    punt.procent,
                    punt.inkomen,
                    rij.regeling,
                    status.as_str()
                ));
            }
        }
    }
    uit
}

/// The cliffs as a policy officer reads them: per household type, where a regulation is lost and what it costs.
pub fn kliffen_tekst(b: &Bereik) -> String {
    let mut uit = format!(
        "Bereik in {} op {} (bijstandsnormen van {}), inkomen 0 tot {MAX_PROCENT}% van de norm.\n",
        b.gebied,
        b.datum.nl(),
        b.normen_van.nl()
    );
    for p in &b.panelen {
        uit.push_str(&format!(
            "\n{} (norm {} per maand):\n",
            p.huishouden.naam,
            format_bedrag(p.norm)
        ));
        if p.kliffen.is_empty() {
            uit.push_str("  geen regeling valt weg.\n");
        }
        for k in &p.kliffen {
            uit.push_str(&format!("  {}\n", klif_zin(k)));
        }
    }
    uit
}

/// "Stadjerspas: ja tot en met € 1.618,00 per maand, daarboven nee (u verliest € 300 per jaar)."
pub fn klif_zin(k: &Klif) -> String {
    let verlies = match k.verlies_per_jaar {
        Some(v) => format!(" (u verliest {} per jaar)", format_bedrag(v)),
        None => String::new(),
    };
    format!(
        "{}: {} tot en met {} per maand, daarboven {}{verlies}.",
        k.naam,
        k.van.as_str(),
        format_bedrag(k.tot_en_met),
        k.naar.as_str()
    )
}
