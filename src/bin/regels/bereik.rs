//! `regels bereik`: whom the regulations reach, per municipality: a CSV of every household type, income and
//! regulation, an SVG chart per municipality, and the cliffs in words.

use super::{datum_of_today, flag, lees_alles};
use potjeswijzer::rules::{bereik, bestanden::Welke};
use std::path::Path;

pub(super) fn bereik_command(args: &[String]) -> Result<(), String> {
    let regels_pad = flag(args, "--regels").unwrap_or("regulations.toml");
    let datum = datum_of_today(args)?;
    let uit = Path::new(flag(args, "--uit").unwrap_or("bereik"));
    let regels = lees_alles(regels_pad, Welke::Alle)?;
    let gemeenten: Vec<Option<String>> = match flag(args, "--gemeente") {
        Some(g) if regels.gemeenten.iter().any(|x| x.id == g) => vec![Some(g.to_string())],
        Some(g) => {
            let ids: Vec<&str> = regels.gemeenten.iter().map(|x| x.id.as_str()).collect();
            return Err(format!(
                "Gemeente '{g}' staat niet in {regels_pad}. Kies uit: {}.",
                ids.join(", ")
            ));
        }
        None if regels.gemeenten.is_empty() => vec![None],
        None => regels
            .gemeenten
            .iter()
            .map(|g| Some(g.id.clone()))
            .collect(),
    };
    std::fs::create_dir_all(uit)
        .map_err(|e| format!("{}: kan deze map niet maken ({e}).", uit.display()))?;
    let schrijf = |naam: String, tekst: &str| {
        let pad = uit.join(naam);
        std::fs::write(&pad, tekst)
            .map_err(|e| format!("{}: kan dit bestand niet schrijven ({e}).", pad.display()))
            .map(|()| pad.display().to_string())
    };
    let mut csv = String::new();
    let mut geschreven = Vec::new();
    for gemeente in &gemeenten {
        let b = bereik::bereik(&regels, datum, gemeente.as_deref()).ok_or_else(|| {
            format!(
                "{regels_pad} heeft geen bijstandsnorm op {}: voeg een [[norm]] toe die dan geldt.",
                datum.nl()
            )
        })?;
        csv.push_str(&bereik::csv(&b, csv.is_empty()));
        println!("{}", bereik::kliffen_tekst(&b));
        let naam = gemeente.as_deref().unwrap_or("landelijk");
        geschreven.push(schrijf(format!("bereik-{naam}.svg"), &bereik::svg(&b))?);
    }
    geschreven.insert(0, schrijf("bereik.csv".to_string(), &csv)?);
    println!("Geschreven: {}.", geschreven.join(", "));
    Ok(())
}
