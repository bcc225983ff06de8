//! The validated regulations: what the engine and the app work with. Built by `load` from `regulations.toml`.

use super::datum::Datum;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Regels {
    pub meta: Meta,
    pub gemeenten: Vec<Gemeente>,
    pub normen: Vec<Norm>,
    pub vermogensgrenzen: Vec<Vermogensgrens>,
    /// Named income limits, referred to by conditions (`inkomen_binnen = "id"`).
    pub grenzen: Vec<Grens>,
    pub vragen: Vec<Vraag>,
    pub regelingen: Vec<Regeling>,
    pub voorbeelden: Vec<Voorbeeld>,
    /// With a translation in use: the questions and regulations (`vraag.leeftijd`, `regeling.ooievaarspas`) with a
    /// text still in Dutch, because it has no translation yet or its Dutch text changed since.
    pub onvertaald: std::collections::BTreeSet<String>,
    /// Whether the index of municipalities (`Meta::gemeenten`) was added.
    pub lijst_toegevoegd: bool,
}

#[derive(Clone, Debug)]
pub struct Meta {
    pub titel: String,
    pub laatst_bekeken: Datum,
    pub aow_leeftijd: u32,
    pub hulp: Hulp,
    /// The index of municipalities (`gemeenten.toml`, relative to the national file) when the national file
    /// points to one. Then `Regels::gemeenten` holds only what was added so far: the index (`add_lijst`), or the
    /// own file of one municipality (`add_gemeente`).
    pub gemeenten: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hulp {
    pub naam: String,
    pub telefoon: Option<String>,
    pub tijden: Option<String>,
    pub link: Option<String>,
    pub balie: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Gemeente {
    pub id: String,
    pub naam: String,
    /// Who helps in this municipality; `None` while its own file (`bestand`) is not added yet.
    pub hulp: Option<Hulp>,
    /// The limit most of its regulations use; `{inkomensgrens}` in a question text shows it.
    pub minimagrens: Option<String>,
    /// Its own file with its help, limits and regulations, relative to the national file
    /// (`gemeenten/leiden.toml`); `None` when they are in the national file itself.
    pub bestand: Option<String>,
}

impl Gemeente {
    /// Whether its own file still has to be added (`add_gemeente`) before its regulations are known.
    pub fn wacht_op_bestand(&self) -> bool {
        self.bestand.is_some() && self.hulp.is_none()
    }
}

/// Where the own file of municipality `id` is, relative to the national file, when the national file has an
/// index of municipalities: always `gemeenten/<id>.toml`, so a municipality's own page finds it without the index.
pub fn gemeente_bestand(id: &str) -> String {
    format!("gemeenten/{id}.toml")
}

/// Whether `id` can be a municipality's id (lower-case letters, digits and _, starting with a letter): only such an
/// id is turned into the address of a file.
pub fn is_gemeente_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id.len() <= 60
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Regels {
    /// Rules without anything in them: what the browser wizard draws its start screen with while the regulations
    /// file is still being read (the start screen needs nothing from it), so that screen is usable sooner.
    pub fn leeg() -> Regels {
        Regels {
            meta: Meta {
                titel: String::new(),
                laatst_bekeken: Datum::EPOCH,
                aow_leeftijd: 0,
                hulp: Hulp {
                    naam: String::new(),
                    telefoon: None,
                    tijden: None,
                    link: None,
                    balie: None,
                },
                gemeenten: None,
            },
            gemeenten: Vec::new(),
            normen: Vec::new(),
            vermogensgrenzen: Vec::new(),
            grenzen: Vec::new(),
            vragen: Vec::new(),
            regelingen: Vec::new(),
            voorbeelden: Vec::new(),
            onvertaald: Default::default(),
            lijst_toegevoegd: false,
        }
    }

    /// The own file of municipality `id` while it still has to be added (`add_gemeente`); `None` when there is
    /// nothing to fetch for it. With an index of municipalities, a municipality not (yet) known is looked for at
    /// `gemeenten/<id>.toml`: a missing file means that municipality does not take part.
    pub fn bestand_nodig(&self, id: &str) -> Option<String> {
        match self.gemeenten.iter().find(|g| g.id == id) {
            Some(g) if g.wacht_op_bestand() => g.bestand.clone(),
            Some(_) => None,
            None if self.meta.gemeenten.is_some() && is_gemeente_id(id) => {
                Some(gemeente_bestand(id))
            }
            None => None,
        }
    }

    /// Keeps municipality `id` as an answer while its own file could not be fetched yet (a bad connection): with an
    /// index of municipalities the national rules do not know it otherwise, and a stored answer or a host page's
    /// `data-gemeente` would be lost. Its name is its id until its file arrives (`add_gemeente`).
    pub fn wacht_op_gemeente(&mut self, id: &str) {
        if self.meta.gemeenten.is_none()
            || !is_gemeente_id(id)
            || self.gemeenten.iter().any(|g| g.id == id)
        {
            return;
        }
        if let Some(vraag) = self.vragen.iter_mut().find(|v| v.id == "gemeente") {
            vraag.opties.push(Optie {
                waarde: id.to_string(),
                tekst: id.to_string(),
            });
        }
        self.gemeenten.push(Gemeente {
            id: id.to_string(),
            naam: id.to_string(),
            hulp: None,
            minimagrens: None,
            bestand: Some(gemeente_bestand(id)),
        });
    }

    /// Whether the municipality question can offer every municipality: the file has its own list, or the index of
    /// municipalities was added (`add_lijst`).
    pub fn alle_gemeenten_bekend(&self) -> bool {
        self.meta.gemeenten.is_none() || self.lijst_toegevoegd
    }
}

/// Household types of the Participatiewet norms; the names are the keys in `[[norm]]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Huishouden {
    Alleenstaand,
    AlleenstaandeOuder,
    Paar,
    AlleenstaandAow,
    PaarAow,
    Jongere,
    PaarJongeren,
    PaarJongerenKinderen,
    PaarJongereVolwassene,
    PaarJongereVolwasseneKinderen,
}

impl Huishouden {
    pub const ALL: [Huishouden; 10] = [
        Huishouden::Alleenstaand,
        Huishouden::AlleenstaandeOuder,
        Huishouden::Paar,
        Huishouden::AlleenstaandAow,
        Huishouden::PaarAow,
        Huishouden::Jongere,
        Huishouden::PaarJongeren,
        Huishouden::PaarJongerenKinderen,
        Huishouden::PaarJongereVolwassene,
        Huishouden::PaarJongereVolwasseneKinderen,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Huishouden::Alleenstaand => "alleenstaand",
            Huishouden::AlleenstaandeOuder => "alleenstaande_ouder",
            Huishouden::Paar => "paar",
            Huishouden::AlleenstaandAow => "alleenstaand_aow",
            Huishouden::PaarAow => "paar_aow",
            Huishouden::Jongere => "jongere",
            Huishouden::PaarJongeren => "paar_jongeren",
            Huishouden::PaarJongerenKinderen => "paar_jongeren_kinderen",
            Huishouden::PaarJongereVolwassene => "paar_jongere_volwassene",
            Huishouden::PaarJongereVolwasseneKinderen => "paar_jongere_volwassene_kinderen",
        }
    }

    /// The law prints one amount for a single person and a single parent; a `[[norm]]` block has no key for the
    /// latter, and each limit says how it sets a single parent's norm.
    pub fn in_norm_block(self) -> bool {
        self != Huishouden::AlleenstaandeOuder
    }

    /// Singles without children have the lower vermogensgrens; couples and single parents the higher one.
    pub fn is_alone_without_children(self) -> bool {
        matches!(
            self,
            Huishouden::Alleenstaand | Huishouden::Jongere | Huishouden::AlleenstaandAow
        )
    }
}

#[derive(Clone, Debug)]
pub struct Norm {
    pub geldig_vanaf: Datum,
    pub bron: String,
    /// Net per month as the law prints them: with holiday pay. One amount per type in `Huishouden::in_norm_block`,
    /// complete when any income test exists (checked by `load`).
    pub bedragen: BTreeMap<Huishouden, Decimal>,
}

/// Which norm a limit is a percentage of: the amounts include holiday pay as the law prints them; municipalities
/// differ in whether they take them with it or without it (× 0,95).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    MetVakantiegeld,
    ZonderVakantiegeld,
}

impl Basis {
    pub fn key(self) -> &'static str {
        match self {
            Basis::MetVakantiegeld => "met_vakantiegeld",
            Basis::ZonderVakantiegeld => "zonder_vakantiegeld",
        }
    }

    pub fn parse(s: &str) -> Option<Basis> {
        [Basis::MetVakantiegeld, Basis::ZonderVakantiegeld]
            .into_iter()
            .find(|b| b.key() == s)
    }

    /// In Dutch, for a policy officer's table.
    pub fn nl(self) -> &'static str {
        match self {
            Basis::MetVakantiegeld => "norm met vakantiegeld",
            Basis::ZonderVakantiegeld => "norm zonder vakantiegeld",
        }
    }
}

/// How a limit sets a single parent's norm: as the law does (the single person's norm), or as a percentage of the
/// couple's norm (Leiden's bijzondere bijstand: 90 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OuderNorm {
    Alleenstaand,
    ProcentVanPaar(Decimal),
}

/// A named income limit: a percentage of the norm, defined once with its dates and sources.
#[derive(Clone, Debug)]
pub struct Grens {
    pub id: String,
    pub naam: String,
    pub basis: Basis,
    pub alleenstaande_ouder: OuderNorm,
    pub bron: String,
    pub artikel: Option<String>,
    /// Sorted by `geldig_vanaf`.
    pub waarden: Vec<GrensWaarde>,
}

/// One dated percentage of a limit; `gemeente` when one municipality has its own (for a partner's limit).
#[derive(Clone, Debug)]
pub struct GrensWaarde {
    pub geldig_vanaf: Datum,
    pub procent: Decimal,
    /// The percentage for a household with children under 18, when it differs.
    pub procent_met_kinderen: Option<Decimal>,
    pub gemeente: Option<String>,
    pub bron: Option<String>,
}

impl Grens {
    /// The value valid on `datum` for a resident of `gemeente` (`None`: not known, or no own value).
    pub fn waarde_on(&self, datum: Datum, gemeente: Option<&str>) -> Option<&GrensWaarde> {
        let latest = |eigen: bool| {
            self.waarden
                .iter()
                .filter(|w| w.geldig_vanaf <= datum)
                .filter(|w| match (&w.gemeente, gemeente) {
                    (Some(g), Some(woont)) if eigen => g == woont,
                    (None, _) => !eigen,
                    _ => false,
                })
                .max_by_key(|w| w.geldig_vanaf)
        };
        latest(true).or_else(|| latest(false))
    }

    /// Whether some municipality has a value of its own, so the limit depends on where one lives.
    pub fn per_gemeente(&self) -> bool {
        self.waarden.iter().any(|w| w.gemeente.is_some())
    }
}

#[derive(Clone, Debug)]
pub struct Vermogensgrens {
    pub geldig_vanaf: Datum,
    pub bron: String,
    pub alleenstaand: Decimal,
    pub gezin: Decimal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    JaNee,
    Keuze,
    Meerkeuze,
    Getal,
    Bedrag,
    Leeftijden,
}

impl Soort {
    pub fn parse(s: &str) -> Option<Soort> {
        Some(match s {
            "ja_nee" => Soort::JaNee,
            "keuze" => Soort::Keuze,
            "meerkeuze" => Soort::Meerkeuze,
            "getal" => Soort::Getal,
            "bedrag" => Soort::Bedrag,
            "leeftijden" => Soort::Leeftijden,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Optie {
    pub waarde: String,
    pub tekst: String,
}

#[derive(Clone, Debug)]
pub struct Vraag {
    pub id: String,
    pub soort: Soort,
    pub tekst: String,
    pub uitleg: Option<String>,
    pub waarom: Option<String>,
    pub onderwerp: Option<String>,
    /// The label of the "I don't know" button; `None` when the question does not offer it.
    pub weet_ik_niet: Option<String>,
    pub opties: Vec<Optie>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// Ask only when this holds (for example: the partner's age only with a partner).
    pub alleen_als: Option<Voorwaarde>,
    /// Sentences added to `uitleg` when their condition holds for the answers so far; the sentence is the
    /// condition's own `tekst` ("Tel het geld van uw partner erbij." only with a partner).
    pub uitleg_als: Vec<Voorwaarde>,
}

/// An answer. Unanswered questions are simply absent; `WeetIkNiet` is an explicit unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Antwoord {
    WeetIkNiet,
    JaNee(bool),
    Keuze(String),
    Meerkeuze(Vec<String>),
    Getal(i64),
    Bedrag(Decimal),
    Leeftijden(Vec<u32>),
    /// An amount not known exactly, but on one side of a threshold the wizard asked about ("Heeft u samen meer
    /// dan € 15.540?"): more than `bedrag` when `boven`, else `bedrag` or less. The threshold is the household's
    /// own limit computed by the engine, never a figure the resident typed.
    Drempel {
        boven: bool,
        bedrag: Decimal,
    },
}

pub type Antwoorden = BTreeMap<String, Antwoord>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Periode {
    Jaar,
    Maand,
    Keer,
}

#[derive(Clone, Debug, Default)]
pub struct Krijgt {
    pub omschrijving: Option<String>,
    pub bedrag: Option<Decimal>,
    pub per_volwassene: Option<Decimal>,
    pub per_kind: Option<Decimal>,
    pub per: Option<Periode>,
    pub ongeveer: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Aanvragen {
    pub link: Option<String>,
    pub telefoon: Option<String>,
    pub balie: Option<String>,
    pub documenten: Vec<String>,
    pub termijn: Option<String>,
    /// A yearly window: from this day (and month) on, and up to and including this one.
    pub van: Option<DagMaand>,
    pub tot_en_met: Option<DagMaand>,
    /// Apply within this many months after the costs or the event that `termijn` names.
    pub binnen_maanden: Option<u32>,
    /// Regulations to apply for first (ids).
    pub eerst: Vec<String>,
    pub termijn_bron: Option<String>,
}

/// A day of the year, as "1 oktober".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DagMaand {
    pub dag: u32,
    pub maand: u32,
}

#[derive(Clone, Debug)]
pub struct Regeling {
    pub id: String,
    pub naam: String,
    pub aanbieder: String,
    pub gemeente: Option<String>,
    pub categorie: String,
    pub uitleg: String,
    pub bron: String,
    pub geldig_vanaf: Datum,
    pub geldig_tot: Option<Datum>,
    pub ook_bekeken: Vec<String>,
    pub krijgt: Krijgt,
    pub aanvragen: Aanvragen,
    pub hulp: Option<Hulp>,
    /// The conditions from the file, preceded by "lives in <gemeente>" for municipal regulations.
    pub voorwaarde: Voorwaarde,
}

impl Regeling {
    pub fn is_valid_on(&self, datum: Datum) -> bool {
        self.geldig_vanaf <= datum && self.geldig_tot.is_none_or(|tot| datum <= tot)
    }
}

/// What the resident reads about a condition: what must be true, and optionally how to say it is not.
#[derive(Clone, Debug, PartialEq)]
pub struct Teksten {
    pub ja: String,
    pub nee: Option<String>,
    /// The legal ground, for a professional ("artikel 35 Participatiewet").
    pub artikel: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Voorwaarde {
    Alle(Vec<Voorwaarde>, Option<Teksten>),
    EenVan(Vec<Voorwaarde>, Option<Teksten>),
    Niet(Box<Voorwaarde>, Teksten),
    Toets(Toets, Teksten),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vergelijking {
    Minstens,
    Hoogstens,
    MeerDan,
    MinderDan,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Toets {
    IsJaNee {
        vraag: String,
        waarde: bool,
    },
    IsEenVan {
        vraag: String,
        waarden: Vec<String>,
    },
    Vergelijk {
        vraag: String,
        op: Vergelijking,
        grens: Decimal,
    },
    Bevat {
        vraag: String,
        waarde: String,
    },
    /// Income within the named limit; `zacht` where the law has no ceiling (above it: misschien, never nee).
    InkomenBinnen {
        grens: String,
        zacht: bool,
    },
    VermogenBinnenGrens {
        zacht: bool,
    },
    KindLeeftijd {
        van: u32,
        tot_en_met: u32,
    },
    KinderenMinstens(u32),
    OnderAowLeeftijd(bool),
}

#[derive(Clone, Debug)]
pub struct Voorbeeld {
    pub naam: String,
    pub datum: Option<Datum>,
    pub antwoorden: Antwoorden,
    pub verwacht: BTreeMap<String, super::Status>,
    /// Where the example starts, so `check` can point at a failing one.
    pub bestand: String,
    pub regel: usize,
}
