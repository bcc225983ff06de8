//! `regels check`: the national file alone, one municipality with it, or everything; then the example households
//! and the B1 guard over every file read. Errors and warnings name the file and line they are about.

use super::{aantal, flag, problemen_tekst, today};
use potjeswijzer::rules::{
    self,
    bestanden::{lees, lees_voorbeelden, naast, voorbeeldbestanden, Gelezen, Welke},
    check::{run_examples, untested_limit_warnings},
};
use std::path::{Path, PathBuf};

pub(super) fn check(args: &[String]) -> Result<(), String> {
    let pad = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map_or("regulations.toml", String::as_str);
    let vandaag = today()?;
    let (landelijk, gemeente) = welke_bestanden(Path::new(pad), args)?;
    let welke = match (&gemeente, args.iter().any(|a| a == "--landelijk")) {
        (Some(g), _) => Welke::Een(g),
        (None, true) => Welke::Geen,
        (None, false) => Welke::Alle,
    };
    let mut gelezen = lees(&landelijk, welke, Some(vandaag)).map_err(|p| problemen_tekst(&p))?;
    let eigen_voorbeelden = flag(args, "--voorbeelden").map(PathBuf::from);
    let mut voorbeelden = voorbeeldbestanden(&gelezen, eigen_voorbeelden.as_deref());
    if matches!(welke, Welke::Een(_)) && eigen_voorbeelden.is_none() {
        // One municipality is checked with its own examples: the national file's may name any municipality.
        let landelijke = Path::new(&gelezen.bestanden[0].pad).with_file_name("voorbeelden.toml");
        voorbeelden.retain(|v| *v != landelijke);
    }
    lees_voorbeelden(&mut gelezen, &voorbeelden).map_err(|p| {
        format!(
            "{}\nDe voorbeelden zijn niet goedgekeurd.",
            problemen_tekst(&p)
        )
    })?;
    verslag(&gelezen, vandaag)
}

/// The national file to read and, when `pad` is a municipality's own file or `--gemeente` is given, which one.
fn welke_bestanden(pad: &Path, args: &[String]) -> Result<(PathBuf, Option<String>), String> {
    let tekst = std::fs::read_to_string(pad).map_err(|e| {
        format!(
            "{}: kan dit bestand niet lezen ({e}). Kijk of de naam en de map kloppen.",
            pad.display()
        )
    })?;
    let is_gemeentebestand = tekst.lines().any(|l| l.trim() == "[gemeente]");
    if !is_gemeentebestand {
        return Ok((
            pad.to_path_buf(),
            flag(args, "--gemeente").map(str::to_string),
        ));
    }
    // gemeenten/leiden.toml: the national file is regulations.toml one folder up, or the one after --regels.
    let landelijk = match flag(args, "--regels") {
        Some(r) => PathBuf::from(r),
        None => naast(pad.parent().unwrap_or(Path::new("")), "regulations.toml"),
    };
    let alleen = lees(&landelijk, Welke::Geen, None).map_err(|p| problemen_tekst(&p))?;
    let zelfde = |b: &str| naast(&landelijk, b).canonicalize().ok() == pad.canonicalize().ok();
    match alleen
        .regels
        .gemeenten
        .iter()
        .find(|g| g.bestand.as_deref().is_some_and(zelfde))
    {
        Some(g) => Ok((landelijk, Some(g.id.clone()))),
        None => {
            let stam = pad
                .file_stem()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            Err(match &alleen.regels.meta.gemeenten {
                Some(lijst) => format!(
                    "{}: gemeente '{stam}' staat niet in {}. Zet haar daar als [[gemeente]] met id = \"{stam}\" en naam = \"...\". Het bestand van een gemeente heet altijd gemeenten/<id>.toml.",
                    pad.display(),
                    naast(&landelijk, lijst).display(),
                ),
                None => format!(
                    "{}: geen gemeente in {} noemt dit bestand. Voeg bij haar [[gemeente]] toe: bestand = \"gemeenten/{stam}.toml\".",
                    pad.display(),
                    landelijk.display(),
                ),
            })
        }
    }
}

fn verslag(gelezen: &Gelezen, vandaag: rules::Datum) -> Result<(), String> {
    let regels = &gelezen.regels;
    let mut warnings: Vec<String> = gelezen
        .waarschuwingen
        .iter()
        .map(|w| w.to_string())
        .collect();
    let teksten: Vec<(&str, &str)> = gelezen
        .bestanden
        .iter()
        .map(|b| (b.pad.as_str(), b.tekst.as_str()))
        .collect();
    warnings.extend(
        untested_limit_warnings(regels, vandaag, &teksten)
            .iter()
            .map(|w| w.to_string()),
    );
    let (vertaalmeldingen, vertaalregels) = super::vertalingen::verslag(gelezen)?;
    warnings.extend(vertaalmeldingen.iter().map(|w| w.to_string()));
    for w in &warnings {
        println!("waarschuwing: {w}");
    }
    let b1 = rules::b1::controleer_alle(&teksten);
    for b in &b1.bevindingen {
        println!("{b}");
    }
    let results = run_examples(regels, vandaag);
    let failing: Vec<_> = results.iter().filter(|r| !r.klopt()).collect();
    for r in &failing {
        for v in &r.verschillen {
            println!("{}", r.verschil_zin(v));
            for reden in &v.redenen {
                println!("    - {reden}");
            }
        }
    }
    let gemeentelijk = regels
        .regelingen
        .iter()
        .filter(|r| r.gemeente.is_some())
        .count();
    let namen: Vec<&str> = gelezen.bestanden.iter().map(|b| b.pad.as_str()).collect();
    println!(
        "{}: {}, {}, {} ({} gemeentelijk, {} landelijk of partner), {}.",
        namen.join(", "),
        aantal(regels.gemeenten.len(), "gemeente", "gemeenten"),
        aantal(regels.vragen.len(), "vraag", "vragen"),
        aantal(regels.regelingen.len(), "regeling", "regelingen"),
        gemeentelijk,
        regels.regelingen.len() - gemeentelijk,
        aantal(warnings.len(), "waarschuwing", "waarschuwingen")
    );
    println!(
        "voorbeelden: {} goed, {} fout",
        results.len() - failing.len(),
        failing.len()
    );
    println!("{}", b1.samenvatting());
    for r in &vertaalregels {
        println!("{r}");
    }
    if !failing.is_empty() {
        Err(format!(
            "{} geeft een andere uitkomst. Pas de regeling of het voorbeeld aan.",
            aantal(failing.len(), "voorbeeld", "voorbeelden")
        ))
    } else if !b1.goed() {
        Err(
            "De teksten zijn niet B1: zie de B1-fouten hierboven. Het bestand is niet goedgekeurd."
                .to_string(),
        )
    } else {
        println!("Goedgekeurd.");
        Ok(())
    }
}
