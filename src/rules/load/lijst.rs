//! The index of municipalities (`gemeenten.toml`, named by `[meta] gemeenten` of the national file): which
//! municipalities take part and their names, in the order the gemeente question shows them. Each one's own file is
//! `gemeenten/<id>.toml`. Only the standalone page needs the index (to ask the question); a municipality's own
//! page fetches the national file and its own file, never the list of all 342.

use super::super::sections::read_index_file;
use super::*;

/// One municipality of the index, with where it stands there (for `regels check`'s messages about its file).
#[derive(Clone, Debug, PartialEq)]
pub struct LijstGemeente {
    pub id: String,
    pub naam: String,
    pub regel: usize,
    pub kolom: usize,
}

impl LijstGemeente {
    /// The municipality as the national rules know it before its own file is added.
    pub(super) fn gemeente(&self) -> Gemeente {
        Gemeente {
            id: self.id.clone(),
            naam: self.naam.clone(),
            hulp: None,
            minimagrens: None,
            bestand: Some(gemeente_bestand(&self.id)),
        }
    }
}

/// The gemeente question's option for a municipality.
pub(super) fn optie(g: &Gemeente) -> Optie {
    Optie {
        waarde: g.id.clone(),
        tekst: g.naam.clone(),
    }
}

/// Reads the index of municipalities: every id well-formed and once, every name filled in.
pub fn load_lijst(file: &str, text: &str) -> Result<Vec<LijstGemeente>, LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = parsed(text, &mut errs)?;
    let raw = read_index_file(&doc, &mut errs);
    let mut loader = Loader {
        errs,
        ..Loader::nieuw(file, text, None)
    };
    if raw.is_empty() && loader.errs.list.is_empty() {
        loader.errs.at(0..0, "Er staat geen gemeente in dit bestand. Zet elke gemeente die meedoet hier als [[gemeente]] met id en naam.");
    }
    loader.unique_ids(raw.iter().map(|g| &g.get_ref().id), "gemeente");
    let lijst = raw
        .iter()
        .map(|g| {
            let g = g.get_ref();
            let (regel, kolom) = super::super::errors::line_column(text, g.id.span().start);
            LijstGemeente {
                id: loader.id(&g.id),
                naam: loader.text(&g.naam, false),
                regel,
                kolom,
            }
        })
        .collect();
    loader.errs.into_result(lijst)
}

/// Adds the index of municipalities to national rules that point to it: every municipality becomes an option of
/// the gemeente question, in the order of the index. A municipality whose own file was added already keeps its
/// help, limit and regulations.
pub fn add_lijst(regels: &mut Regels, lijst: &[LijstGemeente]) {
    let mut eerder = std::mem::take(&mut regels.gemeenten);
    let mut gemeenten: Vec<Gemeente> = lijst
        .iter()
        .map(|l| match eerder.iter().position(|g| g.id == l.id) {
            Some(i) => eerder.swap_remove(i),
            None => l.gemeente(),
        })
        .collect();
    // one that is not (or no longer) in the index but was added from its own file stays: its answer still counts
    gemeenten.append(&mut eerder);
    if let Some(vraag) = regels.vragen.iter_mut().find(|v| v.id == "gemeente") {
        vraag.opties = gemeenten.iter().map(optie).collect();
    }
    regels.gemeenten = gemeenten;
    regels.lijst_toegevoegd = true;
}

/// The index of municipalities a national text points to (`[meta] gemeenten`), read without loading the file;
/// `None` when it has none (or is no TOML: loading it says why).
pub fn lijst_pad(text: &str) -> Option<String> {
    let doc = super::super::reader::parse_document(text).ok()?;
    let Value::Table(top) = doc.get_ref() else {
        return None;
    };
    let Value::Table(meta) = top.entries.get("meta")?.get_ref() else {
        return None;
    };
    match meta.entries.get("gemeenten")?.get_ref() {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}
