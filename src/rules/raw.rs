//! `regulations.toml` exactly as written, with positions, before validation. Built by `reader` from toml's
//! span-keeping parse tree; unknown keys are errors there.

use std::collections::BTreeMap;
use toml::Spanned;

pub(crate) type S<T> = Spanned<T>;

pub(crate) struct RawFile {
    pub meta: S<RawMeta>,
    pub gemeente: Vec<S<RawGemeente>>,
    pub norm: Vec<S<RawNorm>>,
    pub vermogensgrens: Vec<S<RawVermogensgrens>>,
    pub grens: Vec<S<RawGrens>>,
    pub vraag: Vec<S<RawVraag>>,
    pub regeling: Vec<S<RawRegeling>>,
    pub voorbeeld: Vec<S<RawVoorbeeld>>,
}

pub(crate) struct RawMeta {
    pub titel: S<String>,
    pub laatst_bekeken: S<Value>,
    pub aow_leeftijd: S<i64>,
    pub hulp: S<RawHulp>,
    /// The index of municipalities (`gemeenten.toml`), relative to this file.
    pub gemeenten: Option<S<String>>,
}

pub(crate) struct RawHulp {
    pub naam: Option<S<String>>,
    pub telefoon: Option<S<String>>,
    pub tijden: Option<S<String>>,
    pub link: Option<S<String>>,
    pub balie: Option<S<String>>,
}

/// A `[[gemeente]]` of the national file: its help and limit here, or in its own file (`bestand`).
pub(crate) struct RawGemeente {
    pub id: S<String>,
    pub naam: S<String>,
    pub hulp: Option<S<RawHulp>>,
    pub minimagrens: Option<S<String>>,
    pub bestand: Option<S<String>>,
}

/// A municipality's own file (`gemeenten/leiden.toml`): its help, limits and regulations.
pub(crate) struct RawGemeenteBestand {
    pub gemeente: S<RawGemeenteKop>,
    pub grens: Vec<S<RawGrens>>,
    pub regeling: Vec<S<RawRegeling>>,
    /// National sections written here by mistake (`[[norm]]`, `[[vraag]]`, ...): each is an error.
    pub landelijk: Vec<(String, std::ops::Range<usize>)>,
}

/// `[gemeente]` at the top of a municipality's own file.
pub(crate) struct RawGemeenteKop {
    pub id: S<String>,
    pub naam: S<String>,
    pub hulp: S<RawHulp>,
    pub minimagrens: Option<S<String>>,
}

/// A `[[gemeente]]` of the index of municipalities (`gemeenten.toml`).
pub(crate) struct RawLijstGemeente {
    pub id: S<String>,
    pub naam: S<String>,
}

/// A `[[norm]]` block: `geldig_vanaf`, `bron` and one amount per household type; `load` checks the keys.
pub(crate) type RawNorm = BTreeMap<String, S<Value>>;

pub(crate) struct RawVermogensgrens {
    pub geldig_vanaf: S<Value>,
    pub bron: Option<S<String>>,
    pub alleenstaand: S<Value>,
    pub gezin: S<Value>,
}

/// A `[[grens]]`: a named income limit with its dated values in `[[grens.waarde]]`.
pub(crate) struct RawGrens {
    pub id: S<String>,
    pub naam: S<String>,
    pub basis: Option<S<String>>,
    pub alleenstaande_ouder_procent_paar: Option<S<Value>>,
    pub bron: Option<S<String>>,
    pub artikel: Option<S<String>>,
    pub waarde: Vec<S<RawGrensWaarde>>,
}

pub(crate) struct RawGrensWaarde {
    pub geldig_vanaf: S<Value>,
    pub procent: S<Value>,
    pub procent_met_kinderen: Option<S<Value>>,
    pub gemeente: Option<S<String>>,
    pub bron: Option<S<String>>,
}

pub(crate) struct RawOptie {
    pub waarde: S<String>,
    pub tekst: S<String>,
}

pub(crate) struct RawVraag {
    pub id: S<String>,
    pub soort: S<String>,
    pub tekst: Option<S<String>>,
    pub uitleg: Option<S<String>>,
    pub waarom: Option<S<String>>,
    pub onderwerp: Option<S<String>>,
    pub weet_ik_niet: Option<S<String>>,
    pub alleen_als: Option<S<RawVoorwaarde>>,
    pub uitleg_als: Option<Vec<S<RawVoorwaarde>>>,
    pub min: Option<S<i64>>,
    pub max: Option<S<i64>>,
    pub opties: Option<Vec<S<RawOptie>>>,
}

pub(crate) struct RawKrijgt {
    pub omschrijving: Option<S<String>>,
    pub bedrag: Option<S<Value>>,
    pub per_volwassene: Option<S<Value>>,
    pub per_kind: Option<S<Value>>,
    pub per: Option<S<String>>,
    pub ongeveer: bool,
}

pub(crate) struct RawAanvragen {
    pub link: Option<S<String>>,
    pub telefoon: Option<S<String>>,
    pub balie: Option<S<String>>,
    pub documenten: Vec<S<String>>,
    pub termijn: Option<S<String>>,
    pub van: Option<S<String>>,
    pub tot_en_met: Option<S<String>>,
    pub binnen_maanden: Option<S<i64>>,
    pub eerst: Vec<S<String>>,
    pub termijn_bron: Option<S<String>>,
}

pub(crate) struct RawRegeling {
    pub id: S<String>,
    pub naam: S<String>,
    pub aanbieder: S<String>,
    pub gemeente: Option<S<String>>,
    pub categorie: S<String>,
    pub uitleg: S<String>,
    pub bron: Option<S<String>>,
    pub geldig_vanaf: S<Value>,
    pub geldig_tot: Option<S<Value>>,
    pub ook_bekeken: Vec<S<String>>,
    pub krijgt: S<RawKrijgt>,
    pub aanvragen: S<RawAanvragen>,
    pub hulp: Option<S<RawHulp>>,
    pub voorwaarden: S<RawVoorwaarde>,
}

/// One node of a condition tree; `load` checks that exactly one kind of condition is given.
#[derive(Default)]
pub(crate) struct RawVoorwaarde {
    pub alle: Option<Vec<S<RawVoorwaarde>>>,
    pub een_van: Option<Vec<S<RawVoorwaarde>>>,
    pub niet: Option<Box<S<RawVoorwaarde>>>,
    pub vraag: Option<S<String>>,
    pub is: Option<S<Value>>,
    pub is_een_van: Option<S<Vec<String>>>,
    pub minstens: Option<S<Value>>,
    pub hoogstens: Option<S<Value>>,
    pub meer_dan: Option<S<Value>>,
    pub minder_dan: Option<S<Value>>,
    pub bevat: Option<S<String>>,
    pub inkomen_binnen: Option<S<String>>,
    pub vermogen_binnen_grens: Option<S<bool>>,
    pub zacht: Option<S<bool>>,
    pub artikel: Option<S<String>>,
    pub kind_van: Option<S<i64>>,
    pub kind_tot_en_met: Option<S<i64>>,
    pub kinderen_minstens: Option<S<i64>>,
    pub onder_aow_leeftijd: Option<S<bool>>,
    pub tekst: Option<S<String>>,
    pub tekst_nee: Option<S<String>>,
}

pub(crate) struct RawVoorbeeld {
    pub naam: S<String>,
    pub datum: Option<S<Value>>,
    pub antwoorden: S<BTreeMap<String, S<Value>>>,
    pub verwacht: S<BTreeMap<String, S<String>>>,
}

/// A TOML value with positions inside arrays and tables.
#[derive(Clone, Debug)]
pub(crate) enum Value {
    String(String),
    Integer(i64),
    /// The number as written, without `_` (see `reader::convert`).
    Float(String),
    Boolean(bool),
    /// `date` is (year, month, day) when the value has a date part; `has_time` when it also has a time.
    Datetime {
        text: String,
        date: Option<(u16, u8, u8)>,
        has_time: bool,
    },
    Array(Vec<S<Value>>),
    Table(Table),
}

/// A TOML table: its values, and where each key was written (errors about a key point at the key).
#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    pub entries: BTreeMap<String, S<Value>>,
    pub key_spans: BTreeMap<String, std::ops::Range<usize>>,
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Integer(n) => Some(*n),
            _ => None,
        }
    }

    /// How a policy officer would name the kind of value, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::String(_) => "tekst",
            Value::Integer(_) => "heel getal",
            Value::Float(_) => "kommagetal",
            Value::Boolean(_) => "true of false",
            Value::Datetime { .. } => "datum",
            Value::Array(_) => "lijst",
            Value::Table(_) => "tabel",
        }
    }
}
