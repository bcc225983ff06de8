//! The glossary of a language (`talen/en.begrippen.toml`): Dutch words a resident meets at the counter and on
//! letters (bijstand, toeslag, DigiD, WIJ). Translations keep them in Dutch and explain them once; a native
//! speaker reviews them here, and `regels check` warns when a translation drops one.

use super::super::errors::{Errors, LoadErrors};
use super::super::load::parsed;
use super::super::raw::{Value, S};
use super::super::reader::Reader;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Begrip {
    pub nl: String,
    /// What it means, in the language of the file.
    pub uitleg: String,
}

pub fn lees_begrippen(bestand: &str, tekst: &str, taal: &str) -> Result<Vec<Begrip>, LoadErrors> {
    let mut errs = Errors::new(bestand, tekst);
    let doc = parsed(tekst, &mut errs)?;
    let mut r = Reader::new(&mut errs);
    let mut uit = Vec::new();
    if let Some(f) = r.table(&doc, Some(&["taal", "begrip"])) {
        if let Some(t) = r.req_string(&f, "taal") {
            if t.get_ref() != taal {
                r.errs.at(
                    t.span(),
                    format!(
                        "Deze woordenlijst is voor taal '{}', maar hoort bij '{taal}'.",
                        t.get_ref()
                    ),
                );
            }
        }
        let gelezen = r
            .list(&f, "begrip", |r, v: &S<Value>| {
                let e = r.table(v, Some(&["nl", "uitleg"]))?;
                let nl = r.req_string(&e, "nl")?;
                let uitleg = r.req_string(&e, "uitleg")?;
                Some(Begrip {
                    nl: nl.into_inner(),
                    uitleg: uitleg.into_inner(),
                })
            })
            .unwrap_or_default();
        uit.extend(gelezen.into_iter().map(|b| b.into_inner()));
    }
    if errs.list.is_empty() {
        Ok(uit)
    } else {
        Err(LoadErrors::sorted(errs.list))
    }
}
