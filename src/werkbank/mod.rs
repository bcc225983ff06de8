//! The policy officer's workbench (beheer.html), without web crates: what `regels check` does, on texts the
//! officer opened in the browser instead of files on disk. The same Dutch errors and warnings (with "Bedoelt u
//! …?"), the example households, the B1 guard. Compiled natively (tested by `cargo test`) and into the
//! workbench's own WebAssembly; never into the wizard's.

use crate::rules::b1;
use crate::rules::check::{run_examples, untested_limit_warnings};
use crate::rules::{
    add_gemeente_for_check, lijst_pad, load_examples, load_for_check, load_for_check_met_lijst,
    load_lijst, Datum, LoadError, Regels,
};

/// A file the officer opened: its name and text.
#[derive(Clone, Debug, PartialEq)]
pub struct Invoer {
    pub naam: String,
    pub tekst: String,
}

/// What kind of file a text is, read from its sections.
#[derive(Clone, Debug, PartialEq)]
pub enum Soort {
    /// `regulations.toml`: meta, norms, questions.
    Landelijk,
    /// A municipality's own file, with the id of its `[gemeente]` when it has one.
    Gemeente(Option<String>),
    /// Example households only.
    Voorbeelden,
    /// The index of municipalities (`gemeenten.toml`): only `[[gemeente]]` blocks.
    Lijst,
}

/// Recognises a file by its headers: `[gemeente]` is a municipality's file, a file with only `[[voorbeeld]]`
/// blocks holds examples, anything else is taken as the national file (and its errors say what is missing).
pub fn soort_van(tekst: &str) -> Soort {
    let koppen: Vec<&str> = tekst
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('['))
        .collect();
    if koppen.contains(&"[gemeente]") {
        return Soort::Gemeente(gemeente_id(tekst));
    }
    if !koppen.is_empty() && koppen.iter().all(|k| *k == "[[voorbeeld]]") {
        return Soort::Voorbeelden;
    }
    if !koppen.is_empty() && koppen.iter().all(|k| *k == "[[gemeente]]") {
        return Soort::Lijst;
    }
    Soort::Landelijk
}

/// The `id` under `[gemeente]`, read from the text (the file may not parse yet).
pub fn gemeente_id(tekst: &str) -> Option<String> {
    let mut binnen = false;
    for regel in tekst.lines().map(str::trim) {
        if regel.starts_with('[') {
            binnen = regel == "[gemeente]";
            continue;
        }
        if binnen {
            if let Some(waarde) = regel.strip_prefix("id") {
                let waarde = waarde.trim_start().strip_prefix('=')?.trim();
                let waarde = waarde.split('#').next().unwrap_or(waarde).trim();
                return Some(waarde.trim_matches('"').to_string()).filter(|s| !s.is_empty());
            }
        }
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ernst {
    Fout,
    Waarschuwing,
    B1Fout,
    B1Opmerking,
}

impl Ernst {
    pub fn woord(self) -> &'static str {
        match self {
            Ernst::Fout => "Fout",
            Ernst::Waarschuwing => "Waarschuwing",
            Ernst::B1Fout => "B1-fout",
            Ernst::B1Opmerking => "B1-opmerking",
        }
    }
}

/// One message about one place in an opened file.
#[derive(Clone, Debug, PartialEq)]
pub struct Melding {
    pub bestand: String,
    pub regel: Option<usize>,
    pub kolom: Option<usize>,
    pub ernst: Ernst,
    pub tekst: String,
}

impl Melding {
    fn van(e: &LoadError, ernst: Ernst) -> Melding {
        Melding {
            bestand: e.file.clone(),
            regel: Some(e.line),
            kolom: Some(e.column),
            ernst,
            tekst: e.message.clone(),
        }
    }
}

/// An example household: passed, or what changed and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Voorbeelduitslag {
    pub naam: String,
    pub bestand: String,
    pub regel: usize,
    pub datum: Datum,
    /// Per regulation that changed: "Stadjerspas: verwacht ja, uitkomst nee." and the reasons that decided it.
    pub verschillen: Vec<(String, Vec<String>)>,
}

/// Everything the workbench shows after reading the files.
#[derive(Clone, Debug)]
pub struct Uitslag {
    pub meldingen: Vec<Melding>,
    pub voorbeelden: Vec<Voorbeelduitslag>,
    /// The rules read, when every regulations file loaded without errors.
    pub regels: Option<Regels>,
    /// The municipality whose own file was opened.
    pub gemeente: Option<String>,
    pub b1: Option<String>,
}

impl Uitslag {
    pub fn fouten(&self) -> usize {
        self.meldingen
            .iter()
            .filter(|m| matches!(m.ernst, Ernst::Fout | Ernst::B1Fout))
            .count()
    }

    pub fn goedgekeurd(&self) -> bool {
        self.regels.is_some()
            && self.fouten() == 0
            && self.voorbeelden.iter().all(|v| v.verschillen.is_empty())
    }
}

/// The opened files sorted by kind; `gepubliceerd` is the published national file, used when no national file
/// was opened.
pub struct Bestanden<'a> {
    pub geopend: &'a [Invoer],
    pub gepubliceerd: Option<&'a str>,
    /// The published index of municipalities, used when the national file points to one and none was opened.
    pub gepubliceerde_lijst: Option<&'a str>,
}

/// The published national file's name in messages.
pub const GEPUBLICEERD: &str = "regulations.toml (gepubliceerd)";
/// The published index of municipalities' name in messages.
pub const GEPUBLICEERDE_LIJST: &str = "gemeenten.toml (gepubliceerd)";

/// Checks the opened files as `regels check` does on `vandaag`.
pub fn controleer(b: &Bestanden, vandaag: Datum) -> Uitslag {
    let mut uit = Uitslag {
        meldingen: Vec::new(),
        voorbeelden: Vec::new(),
        regels: None,
        gemeente: None,
        b1: None,
    };
    let soort = |i: &&Invoer| soort_van(&i.tekst);
    let landelijk = b.geopend.iter().find(|i| soort(i) == Soort::Landelijk);
    let gemeente = b
        .geopend
        .iter()
        .find(|i| matches!(soort(i), Soort::Gemeente(_)));
    let voorbeelden: Vec<&Invoer> = b
        .geopend
        .iter()
        .filter(|i| soort(i) == Soort::Voorbeelden)
        .collect();
    let (naam, tekst) = match (landelijk, b.gepubliceerd) {
        (Some(i), _) => (i.naam.as_str(), i.tekst.as_str()),
        (None, Some(t)) => (GEPUBLICEERD, t),
        (None, None) => {
            uit.meldingen.push(Melding {
                bestand: String::new(),
                regel: None,
                kolom: None,
                ernst: Ernst::Fout,
                tekst: "Open regulations.toml, of het bestand van een gemeente. Het gepubliceerde regulations.toml kon niet worden opgehaald.".to_string(),
            });
            return uit;
        }
    };
    // With an index of municipalities (`[meta] gemeenten`): the opened one, else the published one.
    let lijst = match lijst_pad(tekst) {
        None => None,
        Some(_) => match b
            .geopend
            .iter()
            .find(|i| soort(i) == Soort::Lijst)
            .map(|i| (i.naam.as_str(), i.tekst.as_str()))
            .or(b.gepubliceerde_lijst.map(|t| (GEPUBLICEERDE_LIJST, t)))
        {
            Some((lijst_naam, lijst_tekst)) => match load_lijst(lijst_naam, lijst_tekst) {
                Ok(l) => Some(l),
                Err(fouten) => {
                    uit.meldingen
                        .extend(fouten.errors.iter().map(|e| Melding::van(e, Ernst::Fout)));
                    return uit;
                }
            },
            None => None,
        },
    };
    let geladen = match &lijst {
        Some(l) => load_for_check_met_lijst(naam, tekst, vandaag, l),
        None => load_for_check(naam, tekst, vandaag),
    };
    let mut regels = match geladen {
        Ok((r, w)) => {
            uit.meldingen
                .extend(w.iter().map(|e| Melding::van(e, Ernst::Waarschuwing)));
            r
        }
        Err(fouten) => {
            uit.meldingen
                .extend(fouten.errors.iter().map(|e| Melding::van(e, Ernst::Fout)));
            return uit;
        }
    };
    let mut gelezen: Vec<(&str, &str)> = landelijk
        .map(|i| (i.naam.as_str(), i.tekst.as_str()))
        .into_iter()
        .collect();
    if let Some(g) = gemeente {
        let Some(id) = gemeente_id(&g.tekst) else {
            uit.meldingen.push(Melding {
                bestand: g.naam.clone(),
                regel: None,
                kolom: None,
                ernst: Ernst::Fout,
                tekst: "Onder [gemeente] staat geen id. Schrijf bijvoorbeeld id = \"leiden\": dezelfde id als in gemeenten.toml.".to_string(),
            });
            return uit;
        };
        match add_gemeente_for_check(&mut regels, &id, &g.naam, &g.tekst, vandaag) {
            Ok(w) => uit
                .meldingen
                .extend(w.iter().map(|e| Melding::van(e, Ernst::Waarschuwing))),
            Err(fouten) => {
                uit.meldingen
                    .extend(fouten.errors.iter().map(|e| Melding::van(e, Ernst::Fout)));
                return uit;
            }
        }
        gelezen.push((g.naam.as_str(), g.tekst.as_str()));
        uit.gemeente = Some(id);
    }
    for v in &voorbeelden {
        match load_examples(&regels, &v.naam, &v.tekst) {
            Ok(lijst) => regels.voorbeelden.extend(lijst),
            Err(fouten) => uit
                .meldingen
                .extend(fouten.errors.iter().map(|e| Melding::van(e, Ernst::Fout))),
        }
    }
    uit.meldingen.extend(
        untested_limit_warnings(&regels, vandaag, &gelezen)
            .into_iter()
            .map(|w| Melding {
                bestand: w.bestand,
                regel: w.regel,
                kolom: None,
                ernst: Ernst::Waarschuwing,
                tekst: w.bericht,
            }),
    );
    let b1 = b1::controleer_alle(&gelezen);
    uit.meldingen.extend(b1.bevindingen.iter().map(|f| Melding {
        bestand: f.bestand.clone(),
        regel: Some(f.regel),
        kolom: Some(f.kolom),
        ernst: if f.soort == b1::Soort::Fout {
            Ernst::B1Fout
        } else {
            Ernst::B1Opmerking
        },
        tekst: f.bericht.clone(),
    }));
    uit.b1 = (!gelezen.is_empty()).then(|| b1.samenvatting());
    uit.voorbeelden = run_examples(&regels, vandaag)
        .into_iter()
        .map(|r| Voorbeelduitslag {
            verschillen: r
                .verschillen
                .iter()
                .map(|v| {
                    (
                        format!(
                            "{} ({}): verwacht {}, maar de uitkomst is {}.",
                            v.naam,
                            v.regeling,
                            v.verwacht.as_str(),
                            v.uitkomst.as_str()
                        ),
                        v.redenen.clone(),
                    )
                })
                .collect(),
            naam: r.naam,
            bestand: r.bestand,
            regel: r.regel,
            datum: r.datum,
        })
        .collect();
    uit.regels = Some(regels);
    uit
}

/// The line `regel` (1-based) of `tekst`, to show next to its message.
pub fn bronregel(tekst: &str, regel: usize) -> Option<&str> {
    tekst.lines().nth(regel.checked_sub(1)?)
}

#[cfg(test)]
mod tests;
