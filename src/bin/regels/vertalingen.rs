//! Translations in `regels check` and `regels vertaling`: per language and per file that is read, what is not
//! translated yet, what was translated from a Dutch text that changed since, and glossary terms left out.
//! A translation file is optional: without it the app shows that owner's texts in Dutch.

use super::{aantal, flag, problemen_tekst};
use potjeswijzer::rules::{
    bestanden::{lees, naast, Gelezen, Welke},
    check::Plaatsmelding,
    vertaling::{
        alle_teksten, app_teksten, begrippen_bestand, controleer, gemeente_bestand,
        landelijk_bestand, lees_begrippen, lees_vertaling, nog_te_vertalen, taal, Controle, Taal,
        Vertaalbestand, TALEN,
    },
};
use std::path::{Path, PathBuf};

/// One translation file to check: where it is, and whose texts it translates.
struct Doel {
    pad: PathBuf,
    gemeente: Option<String>,
}

/// A translation file checked; one that does not exist yet is checked as empty.
struct Gecontroleerd {
    doel: Doel,
    bestaat: bool,
    controle: Controle,
}

/// The translation files of `taal` for the files in `gelezen`.
fn doelen(gelezen: &Gelezen, taal: &Taal) -> Vec<Doel> {
    let landelijk = Path::new(&gelezen.bestanden[0].pad);
    gelezen
        .bestanden
        .iter()
        .map(|b| match &b.gemeente {
            None => Doel {
                pad: naast(landelijk, &landelijk_bestand(taal.code)),
                gemeente: None,
            },
            Some(g) => Doel {
                pad: PathBuf::from(gemeente_bestand(&b.pad, taal.code)),
                gemeente: Some(g.clone()),
            },
        })
        .collect()
}

/// The wizard's own texts, from the source beside the national file (`src/`); `None` outside the project.
fn app(gelezen: &Gelezen) -> Option<Vec<String>> {
    let src = naast(Path::new(&gelezen.bestanden[0].pad), "src");
    src.is_dir().then(|| app_teksten(&src)).flatten()
}

/// Checks one language's files; `Err` is a file that cannot be read as a translation.
fn controleer_taal(
    gelezen: &Gelezen,
    taal: &Taal,
    app: Option<&[String]>,
) -> Result<Vec<Gecontroleerd>, String> {
    let landelijk = Path::new(&gelezen.bestanden[0].pad);
    let begrippen_pad = naast(landelijk, &begrippen_bestand(taal.code));
    let begrippen = match std::fs::read_to_string(&begrippen_pad) {
        Ok(tekst) => lees_begrippen(&begrippen_pad.to_string_lossy(), &tekst, taal.code)
            .map_err(|e| e.to_string())?,
        Err(_) => Vec::new(),
    };
    let teksten = alle_teksten(&gelezen.regels);
    let mut uit = Vec::new();
    for doel in doelen(gelezen, taal) {
        let naam = doel.pad.to_string_lossy().into_owned();
        let (bestand, bestaat) = match std::fs::read_to_string(&doel.pad) {
            Ok(tekst) => (
                lees_vertaling(&naam, &tekst, taal.code).map_err(|e| e.to_string())?,
                true,
            ),
            Err(_) => (
                Vertaalbestand {
                    taal: taal.code.to_string(),
                    invoer: Vec::new(),
                },
                false,
            ),
        };
        let eigen: Vec<_> = teksten
            .iter()
            .filter(|(p, _)| p.gemeente == doel.gemeente)
            .cloned()
            .collect();
        let app = if doel.gemeente.is_none() { app } else { None };
        let controle = controleer(&naam, &bestand, &eigen, app, &begrippen);
        uit.push(Gecontroleerd {
            doel,
            bestaat,
            controle,
        });
    }
    Ok(uit)
}

/// The lines `regels check` prints about translations: warnings, then a line per language. `Err` when a
/// translation file cannot be read (a syntax error or a wrong key: it would not load in the app either).
pub(super) fn verslag(gelezen: &Gelezen) -> Result<(Vec<Plaatsmelding>, Vec<String>), String> {
    let app = app(gelezen);
    let mut meldingen = Vec::new();
    let mut regels = Vec::new();
    for taal in TALEN.iter().skip(1) {
        let mut ontbreekt = 0;
        let mut zonder_bestand = Vec::new();
        for g in controleer_taal(gelezen, taal, app.as_deref())? {
            ontbreekt += g.controle.ontbreekt.len();
            meldingen.extend(g.controle.meldingen);
            if !g.bestaat {
                zonder_bestand.push(g.doel.pad.to_string_lossy().into_owned());
            }
        }
        let mut zin = format!("vertaling {} ({}): ", taal.naam, taal.code);
        if ontbreekt == 0 && zonder_bestand.is_empty() {
            zin.push_str("alles vertaald");
        } else {
            zin.push_str(&format!(
                "{} nog niet vertaald",
                aantal(ontbreekt, "tekst", "teksten")
            ));
            if !zonder_bestand.is_empty() {
                zin.push_str(&format!(
                    ", nog geen bestand: {}",
                    zonder_bestand.join(", ")
                ));
            }
            zin.push_str(&format!(
                ". De app toont die teksten in het Nederlands. regels vertaling --taal {} zet ze klaar.",
                taal.code
            ));
        }
        regels.push(zin);
    }
    Ok((meldingen, regels))
}

/// `regels vertaling --taal CODE [--gemeente G] [BESTAND]`: prints the entries still to translate for the
/// national file (with the app's texts) or one municipality's, as TOML to add to that translation file.
pub(super) fn vertaling_command(args: &[String]) -> Result<(), String> {
    let code = flag(args, "--taal")
        .ok_or("Zeg welke taal: regels vertaling --taal en (of pl, tr, ar, uk).".to_string())?;
    let taal = taal(code)
        .filter(|t| t.code != "nl")
        .ok_or_else(|| format!("Taal '{code}' kennen we niet. Kies uit: en, pl, tr, ar, uk."))?;
    // The file is the one argument that is not a flag nor a flag's value.
    let mut pad = "regulations.toml";
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        if a == "--taal" || a == "--gemeente" {
            rest.next();
        } else if !a.starts_with("--") {
            pad = a;
        }
    }
    if args.iter().any(|a| a == "--overzicht") {
        return overzicht(Path::new(pad), &taal);
    }
    let gemeente = flag(args, "--gemeente");
    let welke = gemeente.map_or(Welke::Geen, Welke::Een);
    let gelezen = lees(Path::new(pad), welke, None).map_err(|p| problemen_tekst(&p))?;
    let app = app(&gelezen);
    for g in controleer_taal(&gelezen, &taal, app.as_deref())? {
        if g.doel.gemeente.as_deref() != gemeente {
            continue;
        }
        if !g.bestaat {
            println!("taal = \"{}\"", taal.code);
        }
        eprintln!(
            "{}: {} nog niet vertaald; voeg de blokken hieronder toe en vul vertaling in.",
            g.doel.pad.display(),
            aantal(g.controle.ontbreekt.len(), "tekst", "teksten")
        );
        print!("{}", nog_te_vertalen(&g.controle.ontbreekt));
    }
    Ok(())
}

/// `regels vertaling --taal CODE --overzicht`: every translation of one language, from every file, as one Markdown
/// document with the Dutch above each translation, for a native speaker to review in one go.
fn overzicht(pad: &Path, taal: &Taal) -> Result<(), String> {
    let gelezen = lees(pad, Welke::Alle, None).map_err(|p| problemen_tekst(&p))?;
    println!("# {} ({}): alle vertalingen\n", taal.naam, taal.code);
    println!("Per tekst: waar hij staat, de Nederlandse tekst (die telt) en de vertaling.\n");
    for doel in doelen(&gelezen, taal) {
        let naam = doel.pad.to_string_lossy().into_owned();
        let Ok(tekst) = std::fs::read_to_string(&doel.pad) else {
            println!("## {naam}\n\nNog geen vertaling.\n");
            continue;
        };
        let bestand = lees_vertaling(&naam, &tekst, taal.code).map_err(|e| e.to_string())?;
        println!("## {naam}\n");
        for i in bestand.invoer {
            println!(
                "**{}** (regel {})\n\n- NL: {}\n- {}: {}\n",
                i.plek,
                i.regel,
                i.nl,
                taal.code.to_uppercase(),
                if i.vertaling.is_empty() {
                    "(nog niet vertaald)"
                } else {
                    &i.vertaling
                }
            );
        }
    }
    Ok(())
}
