//! Reads TOML into the raw model by hand, from toml's span-keeping parse tree. No serde derive: that keeps the
//! browser bundle small, and every unknown key or wrong type gets a Dutch message at its own position.

use super::errors::{dutch_toml_message, Errors};
use super::raw::*;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Parses TOML text into positioned values; a syntax error comes back with its span and a Dutch message.
pub(crate) fn parse_document(text: &str) -> Result<S<Value>, (Range<usize>, String)> {
    match DeTable::parse(text) {
        Ok(table) => Ok(convert_table(table.span(), table.get_ref())),
        Err(e) => Err((e.span().unwrap_or(0..0), dutch_toml_message(e.message()))),
    }
}

fn convert_table(span: Range<usize>, table: &DeTable) -> S<Value> {
    let mut t = Table::default();
    for (k, v) in table {
        t.entries.insert(k.get_ref().to_string(), convert(v));
        t.key_spans.insert(k.get_ref().to_string(), k.span());
    }
    Spanned::new(span, Value::Table(t))
}

fn convert(v: &Spanned<DeValue>) -> S<Value> {
    let value = match v.get_ref() {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => {
            let digits: String = i.as_str().chars().filter(|c| *c != '_').collect();
            let digits = ["0x", "0o", "0b"]
                .iter()
                .fold(digits.as_str(), |d, p| d.trim_start_matches(p));
            match i64::from_str_radix(digits, i.radix()) {
                Ok(n) => Value::Integer(n),
                Err(_) => Value::String(i.as_str().to_string()),
            }
        }
        DeValue::Float(f) => {
            let text: String = f.as_str().chars().filter(|c| *c != '_').collect();
            Value::Float(text.parse().unwrap_or(f64::NAN))
        }
        DeValue::Boolean(b) => Value::Boolean(*b),
        DeValue::Datetime(dt) => Value::Datetime {
            text: dt.to_string(),
            date: dt.date.map(|d| (d.year, d.month, d.day)),
            has_time: dt.time.is_some(),
        },
        DeValue::Array(items) => Value::Array(items.iter().map(convert).collect()),
        DeValue::Table(t) => return convert_table(v.span(), t),
    };
    Spanned::new(v.span(), value)
}

/// The keys of one table being read, checked against what is allowed there.
pub(crate) struct Fields<'v> {
    table: &'v Table,
    span: Range<usize>,
}

pub(crate) struct Reader<'e, 'a> {
    pub errs: &'e mut Errors<'a>,
}

impl<'v> Reader<'_, '_> {
    /// The table at `v`, with an error for every key not in `allowed` (`None` allows any key).
    pub fn table(&mut self, v: &'v S<Value>, allowed: Option<&[&str]>) -> Option<Fields<'v>> {
        let Value::Table(table) = v.get_ref() else {
            self.wrong(v, "een tabel met sleutels");
            return None;
        };
        if let Some(allowed) = allowed {
            for key in table.entries.keys() {
                if !allowed.contains(&key.as_str()) {
                    let span = table.key_spans.get(key).cloned().unwrap_or(v.span());
                    self.errs.at(
                        span,
                        format!(
                            "De sleutel '{key}' kennen we hier niet. Kijk of de naam goed gespeld is. Hier mag: {}.",
                            allowed.join(", ")
                        ),
                    );
                }
            }
        }
        Some(Fields {
            table,
            span: v.span(),
        })
    }

    fn wrong(&mut self, v: &S<Value>, expected: &str) {
        self.errs.at(
            v.span(),
            format!(
                "Hier hoort {expected}, maar er staat een {}.",
                v.get_ref().kind()
            ),
        );
    }

    pub fn missing(&mut self, f: &Fields, key: &str) {
        self.errs.at(
            f.span.clone(),
            format!("Hier ontbreekt '{key}'. Voeg een regel '{key} = ...' toe."),
        );
    }

    pub fn value(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Value>> {
        f.table.entries.get(key).cloned()
    }

    pub fn value_ref(&mut self, f: &Fields<'v>, key: &str) -> Option<&'v S<Value>> {
        f.table.entries.get(key)
    }

    pub fn req_value(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Value>> {
        let v = self.value(f, key);
        if v.is_none() {
            self.missing(f, key);
        }
        v
    }

    pub fn string(&mut self, f: &Fields<'v>, key: &str) -> Option<S<String>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::String(s) => Some(Spanned::new(v.span(), s.clone())),
            _ => {
                self.wrong(v, "tekst tussen aanhalingstekens");
                None
            }
        }
    }

    pub fn req_string(&mut self, f: &Fields<'v>, key: &str) -> Option<S<String>> {
        if !f.table.entries.contains_key(key) {
            self.missing(f, key);
        }
        self.string(f, key)
    }

    pub fn integer(&mut self, f: &Fields<'v>, key: &str) -> Option<S<i64>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::Integer(n) => Some(Spanned::new(v.span(), *n)),
            _ => {
                self.wrong(v, "een heel getal");
                None
            }
        }
    }

    pub fn boolean(&mut self, f: &Fields<'v>, key: &str) -> Option<S<bool>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::Boolean(b) => Some(Spanned::new(v.span(), *b)),
            _ => {
                self.wrong(v, "true of false");
                None
            }
        }
    }

    pub fn strings(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Vec<String>>> {
        let v = f.table.entries.get(key)?;
        let Value::Array(items) = v.get_ref() else {
            self.wrong(v, "een lijst met teksten, bijvoorbeeld [\"a\", \"b\"]");
            return None;
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                Value::String(s) => out.push(s.clone()),
                _ => self.wrong(item, "tekst tussen aanhalingstekens"),
            }
        }
        Some(Spanned::new(v.span(), out))
    }

    pub fn spanned_strings(&mut self, f: &Fields<'v>, key: &str) -> Vec<S<String>> {
        let Some(v) = f.table.entries.get(key) else {
            return Vec::new();
        };
        let Value::Array(items) = v.get_ref() else {
            self.wrong(v, "een lijst met teksten, bijvoorbeeld [\"a\", \"b\"]");
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                Value::String(s) => Some(Spanned::new(item.span(), s.clone())),
                _ => {
                    self.wrong(item, "tekst tussen aanhalingstekens");
                    None
                }
            })
            .collect()
    }

    /// An array of tables (`[[vraag]]`, or a list of inline tables), each read by `read`.
    pub fn list<T>(
        &mut self,
        f: &Fields<'v>,
        key: &str,
        mut read: impl FnMut(&mut Self, &'v S<Value>) -> Option<T>,
    ) -> Option<Vec<S<T>>> {
        let v = f.table.entries.get(key)?;
        let Value::Array(items) = v.get_ref() else {
            self.wrong(v, "een lijst");
            return None;
        };
        Some(
            items
                .iter()
                .filter_map(|item| read(self, item).map(|t| Spanned::new(item.span(), t)))
                .collect(),
        )
    }

    pub fn map(&mut self, v: &'v S<Value>) -> Option<BTreeMap<String, S<Value>>> {
        self.table(v, None).map(|f| f.table.entries.clone())
    }
}

// ---- the regulations file ----------------------------------------------------------------------------------

const HULP: &[&str] = &["naam", "telefoon", "tijden", "link", "balie"];

/// A file of example households only (`voorbeelden.toml` next to `regulations.toml`).
pub(crate) fn read_examples_file(doc: &S<Value>, errs: &mut Errors) -> Vec<S<RawVoorbeeld>> {
    let mut r = Reader { errs };
    match r.table(doc, Some(&["voorbeeld"])) {
        Some(f) => r.list(&f, "voorbeeld", voorbeeld).unwrap_or_default(),
        None => Vec::new(),
    }
}

pub(crate) fn read_file(doc: &S<Value>, errs: &mut Errors) -> Option<RawFile> {
    let mut r = Reader { errs };
    let f = r.table(
        doc,
        Some(&[
            "meta",
            "gemeente",
            "norm",
            "vermogensgrens",
            "grens",
            "vraag",
            "regeling",
            "voorbeeld",
        ]),
    )?;
    let meta = match r.value_ref(&f, "meta") {
        Some(v) => meta(&mut r, v),
        None => {
            r.missing(&f, "meta");
            None
        }
    };
    let file = RawFile {
        gemeente: r.list(&f, "gemeente", gemeente).unwrap_or_default(),
        norm: r.list(&f, "norm", |r, v| r.map(v)).unwrap_or_default(),
        vermogensgrens: r
            .list(&f, "vermogensgrens", vermogensgrens)
            .unwrap_or_default(),
        grens: r.list(&f, "grens", grens).unwrap_or_default(),
        vraag: r.list(&f, "vraag", vraag).unwrap_or_default(),
        regeling: r.list(&f, "regeling", regeling).unwrap_or_default(),
        voorbeeld: r.list(&f, "voorbeeld", voorbeeld).unwrap_or_default(),
        meta: meta.map(|m| Spanned::new(f.span.clone(), m))?,
    };
    Some(file)
}

fn meta(r: &mut Reader, v: &S<Value>) -> Option<RawMeta> {
    let f = r.table(
        v,
        Some(&["titel", "laatst_bekeken", "aow_leeftijd", "hulp"]),
    )?;
    let aow = r.integer(&f, "aow_leeftijd");
    if !f.table.entries.contains_key("aow_leeftijd") {
        r.missing(&f, "aow_leeftijd");
    }
    Some(RawMeta {
        titel: r.req_string(&f, "titel")?,
        laatst_bekeken: r.req_value(&f, "laatst_bekeken")?,
        aow_leeftijd: aow?,
        hulp: spanned(r, &f, "hulp", hulp, true)??,
    })
}

/// A nested table read by `read`; `Some(None)` when it was required and missing or wrong.
fn spanned<'v, T>(
    r: &mut Reader<'_, '_>,
    f: &Fields<'v>,
    key: &str,
    read: impl FnOnce(&mut Reader<'_, '_>, &'v S<Value>) -> Option<T>,
    required: bool,
) -> Option<Option<S<T>>> {
    match r.value_ref(f, key) {
        Some(v) => Some(read(r, v).map(|t| Spanned::new(v.span(), t))),
        None if required => {
            r.missing(f, key);
            Some(None)
        }
        None => None,
    }
}

fn hulp(r: &mut Reader, v: &S<Value>) -> Option<RawHulp> {
    let f = r.table(v, Some(HULP))?;
    Some(RawHulp {
        naam: r.string(&f, "naam"),
        telefoon: r.string(&f, "telefoon"),
        tijden: r.string(&f, "tijden"),
        link: r.string(&f, "link"),
        balie: r.string(&f, "balie"),
    })
}

fn gemeente(r: &mut Reader, v: &S<Value>) -> Option<RawGemeente> {
    let f = r.table(v, Some(&["id", "naam", "hulp", "minimagrens"]))?;
    Some(RawGemeente {
        minimagrens: r.string(&f, "minimagrens"),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
        hulp: spanned(r, &f, "hulp", hulp, true)??,
    })
}

fn vermogensgrens(r: &mut Reader, v: &S<Value>) -> Option<RawVermogensgrens> {
    let f = r.table(v, Some(&["geldig_vanaf", "bron", "alleenstaand", "gezin"]))?;
    Some(RawVermogensgrens {
        bron: r.string(&f, "bron"),
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        alleenstaand: r.req_value(&f, "alleenstaand")?,
        gezin: r.req_value(&f, "gezin")?,
    })
}

fn grens(r: &mut Reader, v: &S<Value>) -> Option<RawGrens> {
    let f = r.table(
        v,
        Some(&[
            "id",
            "naam",
            "basis",
            "alleenstaande_ouder_procent_paar",
            "bron",
            "artikel",
            "waarde",
        ]),
    )?;
    let waarde = r.list(&f, "waarde", grens_waarde);
    if waarde.is_none() {
        r.missing(&f, "waarde");
    }
    Some(RawGrens {
        basis: r.string(&f, "basis"),
        alleenstaande_ouder_procent_paar: r.value(&f, "alleenstaande_ouder_procent_paar"),
        bron: r.string(&f, "bron"),
        artikel: r.string(&f, "artikel"),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
        waarde: waarde?,
    })
}

fn grens_waarde(r: &mut Reader, v: &S<Value>) -> Option<RawGrensWaarde> {
    let f = r.table(
        v,
        Some(&[
            "geldig_vanaf",
            "procent",
            "procent_met_kinderen",
            "gemeente",
            "bron",
        ]),
    )?;
    Some(RawGrensWaarde {
        procent_met_kinderen: r.value(&f, "procent_met_kinderen"),
        gemeente: r.string(&f, "gemeente"),
        bron: r.string(&f, "bron"),
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        procent: r.req_value(&f, "procent")?,
    })
}

fn optie(r: &mut Reader, v: &S<Value>) -> Option<RawOptie> {
    let f = r.table(v, Some(&["waarde", "tekst"]))?;
    Some(RawOptie {
        waarde: r.req_string(&f, "waarde")?,
        tekst: r.req_string(&f, "tekst")?,
    })
}

fn vraag(r: &mut Reader, v: &S<Value>) -> Option<RawVraag> {
    let f = r.table(
        v,
        Some(&[
            "id",
            "soort",
            "tekst",
            "uitleg",
            "waarom",
            "onderwerp",
            "weet_ik_niet",
            "alleen_als",
            "min",
            "max",
            "opties",
        ]),
    )?;
    Some(RawVraag {
        tekst: r.string(&f, "tekst"),
        uitleg: r.string(&f, "uitleg"),
        waarom: r.string(&f, "waarom"),
        onderwerp: r.string(&f, "onderwerp"),
        weet_ik_niet: r.string(&f, "weet_ik_niet"),
        alleen_als: spanned(r, &f, "alleen_als", voorwaarde, false).flatten(),
        min: r.integer(&f, "min"),
        max: r.integer(&f, "max"),
        opties: r.list(&f, "opties", optie),
        id: r.req_string(&f, "id")?,
        soort: r.req_string(&f, "soort")?,
    })
}

fn krijgt(r: &mut Reader, v: &S<Value>) -> Option<RawKrijgt> {
    let f = r.table(
        v,
        Some(&[
            "omschrijving",
            "bedrag",
            "per_volwassene",
            "per_kind",
            "per",
            "ongeveer",
        ]),
    )?;
    Some(RawKrijgt {
        omschrijving: r.string(&f, "omschrijving"),
        bedrag: r.value(&f, "bedrag"),
        per_volwassene: r.value(&f, "per_volwassene"),
        per_kind: r.value(&f, "per_kind"),
        per: r.string(&f, "per"),
        ongeveer: r.boolean(&f, "ongeveer").is_some_and(|b| *b.get_ref()),
    })
}

fn aanvragen(r: &mut Reader, v: &S<Value>) -> Option<RawAanvragen> {
    let f = r.table(
        v,
        Some(&["link", "telefoon", "balie", "documenten", "termijn"]),
    )?;
    Some(RawAanvragen {
        link: r.string(&f, "link"),
        telefoon: r.string(&f, "telefoon"),
        balie: r.string(&f, "balie"),
        documenten: r.spanned_strings(&f, "documenten"),
        termijn: r.string(&f, "termijn"),
    })
}

fn regeling(r: &mut Reader, v: &S<Value>) -> Option<RawRegeling> {
    let f = r.table(
        v,
        Some(&[
            "id",
            "naam",
            "aanbieder",
            "gemeente",
            "categorie",
            "uitleg",
            "bron",
            "geldig_vanaf",
            "geldig_tot",
            "ook_bekeken",
            "krijgt",
            "aanvragen",
            "hulp",
            "voorwaarden",
        ]),
    )?;
    Some(RawRegeling {
        gemeente: r.string(&f, "gemeente"),
        bron: r.string(&f, "bron"),
        geldig_tot: r.value(&f, "geldig_tot"),
        ook_bekeken: r.spanned_strings(&f, "ook_bekeken"),
        hulp: spanned(r, &f, "hulp", hulp, false).flatten(),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
        aanbieder: r.req_string(&f, "aanbieder")?,
        categorie: r.req_string(&f, "categorie")?,
        uitleg: r.req_string(&f, "uitleg")?,
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        krijgt: spanned(r, &f, "krijgt", krijgt, true)??,
        aanvragen: spanned(r, &f, "aanvragen", aanvragen, true)??,
        voorwaarden: spanned(r, &f, "voorwaarden", voorwaarde, true)??,
    })
}

const VOORWAARDE: &[&str] = &[
    "alle",
    "een_van",
    "niet",
    "vraag",
    "is",
    "is_een_van",
    "minstens",
    "hoogstens",
    "meer_dan",
    "minder_dan",
    "bevat",
    "inkomen_binnen",
    "vermogen_binnen_grens",
    "zacht",
    "artikel",
    "kind_van",
    "kind_tot_en_met",
    "kinderen_minstens",
    "onder_aow_leeftijd",
    "tekst",
    "tekst_nee",
];

fn voorwaarde(r: &mut Reader, v: &S<Value>) -> Option<RawVoorwaarde> {
    let f = r.table(v, Some(VOORWAARDE))?;
    Some(RawVoorwaarde {
        alle: r.list(&f, "alle", voorwaarde),
        een_van: r.list(&f, "een_van", voorwaarde),
        niet: spanned(r, &f, "niet", voorwaarde, false)
            .flatten()
            .map(Box::new),
        vraag: r.string(&f, "vraag"),
        is: r.value(&f, "is"),
        is_een_van: r.strings(&f, "is_een_van"),
        minstens: r.value(&f, "minstens"),
        hoogstens: r.value(&f, "hoogstens"),
        meer_dan: r.value(&f, "meer_dan"),
        minder_dan: r.value(&f, "minder_dan"),
        bevat: r.string(&f, "bevat"),
        inkomen_binnen: r.string(&f, "inkomen_binnen"),
        vermogen_binnen_grens: r.boolean(&f, "vermogen_binnen_grens"),
        zacht: r.boolean(&f, "zacht"),
        artikel: r.string(&f, "artikel"),
        kind_van: r.integer(&f, "kind_van"),
        kind_tot_en_met: r.integer(&f, "kind_tot_en_met"),
        kinderen_minstens: r.integer(&f, "kinderen_minstens"),
        onder_aow_leeftijd: r.boolean(&f, "onder_aow_leeftijd"),
        tekst: r.string(&f, "tekst"),
        tekst_nee: r.string(&f, "tekst_nee"),
    })
}

fn voorbeeld(r: &mut Reader, v: &S<Value>) -> Option<RawVoorbeeld> {
    let f = r.table(v, Some(&["naam", "datum", "antwoorden", "verwacht"]))?;
    let verwacht = match r.value_ref(&f, "verwacht") {
        Some(vv) => {
            let map = r.map(vv)?;
            let mut out = BTreeMap::new();
            for (id, status) in map {
                match status.get_ref() {
                    Value::String(s) => {
                        out.insert(id, Spanned::new(status.span(), s.clone()));
                    }
                    _ => r.wrong(&status, "ja, misschien of nee tussen aanhalingstekens"),
                }
            }
            Spanned::new(vv.span(), out)
        }
        None => {
            r.missing(&f, "verwacht");
            return None;
        }
    };
    let antwoorden = match r.value_ref(&f, "antwoorden") {
        Some(av) => Spanned::new(av.span(), r.map(av)?),
        None => {
            r.missing(&f, "antwoorden");
            return None;
        }
    };
    Some(RawVoorbeeld {
        naam: r.req_string(&f, "naam")?,
        datum: r.value(&f, "datum"),
        antwoorden,
        verwacht,
    })
}
