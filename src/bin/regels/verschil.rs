//! `regels verschil OUD NIEUW`: which outcomes a change of the files changes, for the example households and
//! the grid of household types. Each national file is read with its municipalities' files and examples.

use super::{datum_of_today, problemen_tekst};
use potjeswijzer::rules::bestanden::{lees, lees_voorbeelden, voorbeeldbestanden, Welke};
use potjeswijzer::rules::{verschil, Regels, Voorbeeld};
use std::path::Path;

pub(super) fn verschil_command(args: &[String]) -> Result<(), String> {
    let paden: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--datum"))
        .map(|(_, a)| a)
        .collect();
    let [oud_pad, nieuw_pad] = paden.as_slice() else {
        return Err(
            "Geef twee bestanden: regels verschil OUD.toml NIEUW.toml [--datum JJJJ-MM-DD]"
                .to_string(),
        );
    };
    let datum = datum_of_today(args)?;
    let oud = lees_met_voorbeelden(oud_pad)?;
    let nieuw = lees_met_voorbeelden(nieuw_pad)?;
    // The new file's examples, and the old file's that the new one no longer has.
    let mut voorbeelden: Vec<Voorbeeld> = nieuw.voorbeelden.clone();
    for v in &oud.voorbeelden {
        if !voorbeelden.iter().any(|n| n.naam == v.naam) {
            voorbeelden.push(v.clone());
        }
    }
    let v = verschil::verschil(&oud, &nieuw, &voorbeelden, datum, None);
    let naam = |id: &str| {
        nieuw
            .gemeenten
            .iter()
            .chain(&oud.gemeenten)
            .find(|g| g.id == id)
            .map_or_else(|| id.to_string(), |g| g.naam.clone())
    };
    print!("{}", verschil::verschil_tekst(&v, oud_pad, nieuw_pad, naam));
    Ok(())
}

fn lees_met_voorbeelden(pad: &str) -> Result<Regels, String> {
    let mut gelezen = lees(Path::new(pad), Welke::Alle, None).map_err(|p| problemen_tekst(&p))?;
    let voorbeelden = voorbeeldbestanden(&gelezen, None);
    lees_voorbeelden(&mut gelezen, &voorbeelden).map_err(|p| problemen_tekst(&p))?;
    Ok(gelezen.regels)
}
