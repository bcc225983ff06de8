//! The national file and the municipalities' own files, read from disk: for `regels` and the tests. The app
//! fetches the same files over HTTP, and only the file of the resident's own municipality.

use super::load::voorbeelden_naast;
use super::{
    add_gemeente, add_gemeente_for_check, add_lijst, lijst_pad, load, load_examples,
    load_for_check, load_for_check_met_lijst, load_lijst, Datum, LijstGemeente, LoadError,
    LoadErrors, Regels,
};
use std::path::{Path, PathBuf};

/// Which municipalities' own files to read with the national file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Welke<'a> {
    /// Every municipality listed in the national file.
    Alle,
    /// Only the national file.
    Geen,
    /// One municipality, by id.
    Een(&'a str),
}

/// A file that was read, with its text: for the B1 guard and for line numbers in messages.
pub struct Bestand {
    pub pad: String,
    pub tekst: String,
    /// The municipality whose own file this is; `None` for the national file.
    pub gemeente: Option<String>,
}

pub struct Gelezen {
    pub regels: Regels,
    /// Warnings of every file read (only when read for a check on a date).
    pub waarschuwingen: Vec<LoadError>,
    pub bestanden: Vec<Bestand>,
}

/// Why reading failed: per file its errors, or a sentence when the file itself could not be read.
#[derive(Debug)]
pub enum Probleem {
    Lezen(String),
    Fouten { pad: String, fouten: LoadErrors },
}

/// Reads the national file at `pad` and the own files of `welke` municipalities. With `vandaag` it checks as
/// `regels check` does on that day (warnings for dates passed). All files are read even when one has errors,
/// so a policy officer sees every problem at once.
pub fn lees(pad: &Path, welke: Welke, vandaag: Option<Datum>) -> Result<Gelezen, Vec<Probleem>> {
    let naam = pad.to_string_lossy().into_owned();
    let tekst = lees_tekst(pad).map_err(|p| vec![p])?;
    let lijst = match lijst_pad(&tekst) {
        Some(l) => Some(lees_lijst(&naast(pad, &l))?),
        None => None,
    };
    let geladen = match (vandaag, &lijst) {
        (Some(d), Some((_, l))) => load_for_check_met_lijst(&naam, &tekst, d, l),
        (Some(d), None) => load_for_check(&naam, &tekst, d),
        (None, lijst) => load(&naam, &tekst).map(|mut r| {
            if let Some((_, l)) = lijst {
                add_lijst(&mut r, l);
            }
            (r, Vec::new())
        }),
    };
    let (mut regels, mut waarschuwingen) = geladen.map_err(|fouten| {
        vec![Probleem::Fouten {
            pad: naam.clone(),
            fouten,
        }]
    })?;
    let lijst_naam = lijst.as_ref().map_or(naam.as_str(), |(n, _)| n.as_str());
    let gekozen: Vec<(String, Option<String>)> = match welke {
        Welke::Geen => Vec::new(),
        Welke::Alle => regels
            .gemeenten
            .iter()
            .map(|g| (g.id.clone(), g.bestand.clone()))
            .collect(),
        Welke::Een(id) => match regels.gemeenten.iter().find(|g| g.id == id) {
            Some(g) => vec![(g.id.clone(), g.bestand.clone())],
            None => {
                let ids: Vec<&str> = regels.gemeenten.iter().map(|g| g.id.as_str()).collect();
                return Err(vec![Probleem::Lezen(format!(
                    "Gemeente '{id}' staat niet bij [[gemeente]] in {lijst_naam}. Kies uit: {}. Doet deze gemeente mee? Zet haar dan in {lijst_naam}, met id en naam.",
                    ids.join(", ")
                ))]);
            }
        },
    };
    let mut bestanden = vec![Bestand {
        pad: naam,
        tekst,
        gemeente: None,
    }];
    let mut problemen = Vec::new();
    for (id, bestand) in gekozen {
        let Some(bestand) = bestand else { continue };
        let eigen = naast(pad, &bestand);
        let eigen_naam = eigen.to_string_lossy().into_owned();
        let tekst = match (lees_tekst(&eigen), &lijst) {
            (Ok(t), _) => t,
            (Err(_), Some((lijst_naam, l))) if !eigen.exists() => {
                problemen.push(ontbreekt(lijst_naam, l, &id, &eigen_naam));
                continue;
            }
            (Err(p), _) => {
                problemen.push(p);
                continue;
            }
        };
        let toegevoegd = match vandaag {
            Some(d) => add_gemeente_for_check(&mut regels, &id, &eigen_naam, &tekst, d),
            None => add_gemeente(&mut regels, &id, &eigen_naam, &tekst).map(|()| Vec::new()),
        };
        match toegevoegd {
            Ok(w) => waarschuwingen.extend(w),
            Err(fouten) => problemen.push(Probleem::Fouten {
                pad: eigen_naam.clone(),
                fouten,
            }),
        }
        bestanden.push(Bestand {
            pad: eigen_naam,
            tekst,
            gemeente: Some(id),
        });
    }
    if problemen.is_empty() {
        Ok(Gelezen {
            regels,
            waarschuwingen,
            bestanden,
        })
    } else {
        Err(problemen)
    }
}

/// The example files that belong to what was read: `voorbeelden.toml` next to the national file (or `landelijk`
/// instead) and `<gemeente>.voorbeelden.toml` next to each municipality's own file, as far as they exist.
pub fn voorbeeldbestanden(gelezen: &Gelezen, landelijk: Option<&Path>) -> Vec<PathBuf> {
    let mut uit = Vec::new();
    for b in &gelezen.bestanden {
        let pad = Path::new(&b.pad);
        let voorbeelden = match (&b.gemeente, landelijk) {
            (None, Some(eigen)) => eigen.to_path_buf(),
            (None, None) => pad.with_file_name("voorbeelden.toml"),
            (Some(_), _) => PathBuf::from(voorbeelden_naast(&b.pad)),
        };
        if landelijk.is_some() && b.gemeente.is_none() || voorbeelden.is_file() {
            uit.push(voorbeelden);
        }
    }
    uit
}

/// Adds the example households of `paden` to the rules read; errors per file.
pub fn lees_voorbeelden(gelezen: &mut Gelezen, paden: &[PathBuf]) -> Result<(), Vec<Probleem>> {
    let mut problemen = Vec::new();
    for pad in paden {
        let naam = pad.to_string_lossy().into_owned();
        match lees_tekst(pad) {
            Ok(tekst) => match load_examples(&gelezen.regels, &naam, &tekst) {
                Ok(v) => gelezen.regels.voorbeelden.extend(v),
                Err(fouten) => problemen.push(Probleem::Fouten { pad: naam, fouten }),
            },
            Err(p) => problemen.push(p),
        }
    }
    if problemen.is_empty() {
        Ok(())
    } else {
        Err(problemen)
    }
}

/// A file named relative to the folder of `naast_dit`: a municipality's file next to the national file, or the
/// national file one folder up from a municipality's file.
pub fn naast(naast_dit: &Path, bestand: &str) -> PathBuf {
    match naast_dit.parent() {
        Some(map) if !map.as_os_str().is_empty() => map.join(bestand),
        _ => PathBuf::from(bestand),
    }
}

/// The index of municipalities, read and checked: its name and its municipalities.
fn lees_lijst(pad: &Path) -> Result<(String, Vec<LijstGemeente>), Vec<Probleem>> {
    let naam = pad.to_string_lossy().into_owned();
    let tekst = lees_tekst(pad).map_err(|p| vec![p])?;
    match load_lijst(&naam, &tekst) {
        Ok(l) => Ok((naam, l)),
        Err(fouten) => Err(vec![Probleem::Fouten { pad: naam, fouten }]),
    }
}

/// A municipality of the index without its own file: said at its line in the index.
fn ontbreekt(lijst_naam: &str, lijst: &[LijstGemeente], id: &str, bestand: &str) -> Probleem {
    let (line, column) = lijst
        .iter()
        .find(|l| l.id == id)
        .map_or((1, 1), |l| (l.regel, l.kolom));
    Probleem::Fouten {
        pad: lijst_naam.to_string(),
        fouten: LoadErrors {
            errors: vec![LoadError {
                file: lijst_naam.to_string(),
                line,
                column,
                message: format!("Gemeente '{id}' heeft geen eigen bestand: {bestand} bestaat niet. Kopieer docs/sjabloon/gemeente.toml naar {bestand} en vul het in (zie de README, \"Een gemeente doet mee\"), of haal de gemeente hier weg."),
            }],
        },
    }
}

fn lees_tekst(pad: &Path) -> Result<String, Probleem> {
    std::fs::read_to_string(pad).map_err(|e| {
        Probleem::Lezen(format!(
            "{}: kan dit bestand niet lezen ({e}). Kijk of de naam en de map kloppen.",
            pad.display()
        ))
    })
}
