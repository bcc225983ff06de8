//! Reading a translation file (`talen/en.toml`, `gemeenten/leiden.en.toml`). Each entry says where the text is
//! used (`plek`), which Dutch text it translated (`nl`) and the translation: a translation whose Dutch text has
//! changed since no longer matches, so it is never shown in place of the new Dutch text.
//!
//! ```toml
//! taal = "en"
//!
//! [[tekst]]
//! plek = "vraag.leeftijd.tekst"
//! nl = "Hoe oud bent u?"
//! vertaling = "How old are you?"
//! ```

use super::super::errors::{line_column, Errors, LoadErrors};
use super::super::load::parsed;
use super::super::raw::{Value, S};
use super::super::reader::Reader;
use std::collections::HashSet;

/// One translated text. An empty `vertaling` is a text still to be translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invoer {
    pub plek: String,
    pub nl: String,
    pub vertaling: String,
    /// The line of `[[tekst]]`, for messages.
    pub regel: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vertaalbestand {
    pub taal: String,
    pub invoer: Vec<Invoer>,
}

/// The place of the wizard's own texts (buttons, headings, sentences the app makes).
pub const PLEK_APP: &str = "app";

/// Reads a translation file; `taal` is the language it must be for.
pub fn lees_vertaling(
    bestand: &str,
    tekst: &str,
    taal: &str,
) -> Result<Vertaalbestand, LoadErrors> {
    let mut errs = Errors::new(bestand, tekst);
    let doc = parsed(tekst, &mut errs)?;
    let mut r = Reader::new(&mut errs);
    let mut invoer = Vec::new();
    let mut gezien: HashSet<(String, String)> = HashSet::new();
    if let Some(f) = r.table(&doc, Some(&["taal", "tekst"])) {
        match r.req_string(&f, "taal") {
            Some(t) if t.get_ref() != taal => r.errs.at(
                t.span(),
                format!(
                    "Dit bestand is voor taal '{}', maar het hoort bij '{taal}'. Zet taal = \"{taal}\" of geef het bestand de juiste naam.",
                    t.get_ref()
                ),
            ),
            _ => {}
        }
        let gelezen = r
            .list(&f, "tekst", |r, v: &S<Value>| {
                let e = r.table(v, Some(&["plek", "nl", "vertaling"]))?;
                let plek = r.req_string(&e, "plek")?;
                let nl = r.req_string(&e, "nl")?;
                let vertaling = r.req_string(&e, "vertaling")?;
                Some((plek, nl, vertaling))
            })
            .unwrap_or_default();
        for item in gelezen {
            let span = item.span();
            let (plek, nl, vertaling) = item.into_inner();
            if !gezien.insert((plek.get_ref().clone(), nl.get_ref().clone())) {
                r.errs.at(
                    span.clone(),
                    format!(
                        "Deze tekst staat twee keer in het bestand (plek '{}'). Haal een van de twee weg.",
                        plek.get_ref()
                    ),
                );
                continue;
            }
            invoer.push(Invoer {
                plek: plek.into_inner(),
                nl: nl.into_inner(),
                vertaling: vertaling.into_inner().trim().to_string(),
                regel: line_column(tekst, span.start).0,
            });
        }
    }
    if errs.list.is_empty() {
        Ok(Vertaalbestand {
            taal: taal.to_string(),
            invoer,
        })
    } else {
        Err(LoadErrors::sorted(errs.list))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_with_their_line() {
        let tekst =
            "taal = \"en\"\n\n[[tekst]]\nplek = \"app\"\nnl = \"Volgende\"\nvertaling = \"Next\"\n";
        let v = lees_vertaling("talen/en.toml", tekst, "en").unwrap();
        assert_eq!(v.invoer.len(), 1);
        assert_eq!(v.invoer[0].vertaling, "Next");
        assert_eq!(v.invoer[0].regel, 3);
    }

    #[test]
    fn a_file_for_another_language_or_a_double_entry_is_refused() {
        let tekst = "taal = \"pl\"\n[[tekst]]\nplek = \"app\"\nnl = \"Ja\"\nvertaling = \"Yes\"\n[[tekst]]\nplek = \"app\"\nnl = \"Ja\"\nvertaling = \"Yes\"\n";
        let fouten = lees_vertaling("talen/en.toml", tekst, "en").unwrap_err();
        let berichten: Vec<&str> = fouten.errors.iter().map(|e| e.message.as_str()).collect();
        assert!(berichten[0].contains("voor taal 'pl'"), "{berichten:?}");
        assert!(berichten[1].contains("twee keer"), "{berichten:?}");
        assert_eq!(fouten.errors[1].line, 6);
    }
}
