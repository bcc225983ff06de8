//! `regels`: the command line for policy officers and CI.
//!
//!   regels check [FILE] [--gemeente G | --landelijk] [--voorbeelden FILE]   validate the national file and the
//!                                                         municipalities' files, run the examples, the B1 guard
//!   regels evaluate --regels FILE --antwoorden FILE [--datum D] [--tekst] [--regeling ID]   outcomes (JSON or text)
//!   regels grenzen [--regels FILE] [--datum D] [--gemeente G] [--json]   every income limit, to the cent
//!   regels bereik [--regels FILE] [--datum D] [--gemeente G] [--uit MAP]   reach: CSV, SVG per municipality, cliffs
//!   regels verschil OUD NIEUW [--datum D]              which outcomes change between two versions of the files
//!   regels vertaling --taal CODE [--gemeente G]          the entries still to translate, as TOML to add
//!   regels schema [--gemeente | --lijst]                  JSON Schema of the national file, a municipal file or
//!                                                         the index of municipalities

mod bereik;
mod check;
mod verschil;
mod vertalingen;

use potjeswijzer::rules::{
    self,
    bestanden::{lees, Probleem, Welke},
    evaluate, format_bedrag, grenzen, next_question, parse_answers, Datum, Grenzen, Regels,
};
use serde_json::{json, Value};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "Gebruik:
  regels check [BESTAND] [--gemeente GEMEENTE | --landelijk] [--voorbeelden VOORBEELDEN.toml]
      Controleert regulations.toml met de bestanden van alle gemeenten, en rekent de voorbeeldhuishoudens door:
      die uit voorbeelden.toml en uit gemeenten/<gemeente>.voorbeelden.toml (of het bestand na --voorbeelden).
      Met --gemeente alleen die gemeente (met het landelijke bestand), met --landelijk alleen regulations.toml.
      Is BESTAND het bestand van een gemeente (zoals gemeenten/leiden.toml), dan die gemeente.
  regels evaluate --regels BESTAND --antwoorden ANTWOORDEN.toml [--datum JJJJ-MM-DD] [--tekst] [--regeling ID]
      Geeft de uitkomsten voor één huishouden als JSON, of met --tekst als leesbare tekst. Met --regeling
      alleen die ene regeling.
  regels grenzen [--regels BESTAND] [--datum JJJJ-MM-DD] [--gemeente GEMEENTE] [--json]
      Toont elke inkomensgrens op die datum, per regeling en soort huishouden, tot op de cent.
  regels bereik [--regels BESTAND] [--datum JJJJ-MM-DD] [--gemeente GEMEENTE] [--uit MAP]
      Rekent soorten huishoudens door met een inkomen van 0 tot 200% van de bijstandsnorm. Schrijft MAP/bereik.csv
      en per gemeente een grafiek MAP/bereik-<gemeente>.svg (standaard in de map bereik), en noemt waar een
      regeling wegvalt als het inkomen stijgt.
  regels verschil OUD NIEUW [--datum JJJJ-MM-DD]
      Vergelijkt twee versies van regulations.toml (elk met de bestanden van de gemeenten en de voorbeelden
      ernaast): welke uitkomsten en bedragen veranderen voor de voorbeeldhuishoudens en de soorten huishoudens.
  regels vertaling --taal TAAL [--gemeente GEMEENTE | --overzicht]
      Geeft de teksten die nog niet vertaald zijn (en, pl, tr, ar of uk): van regulations.toml en de app, of
      met --gemeente die van het bestand van die gemeente. Voeg ze toe aan talen/TAAL.toml of
      gemeenten/GEMEENTE.TAAL.toml en vul bij elke tekst de vertaling in. Met --overzicht: alle vertalingen van
      die taal uit alle bestanden in één document (Markdown), met het Nederlands erboven, om na te lezen.
  regels schema [--gemeente | --lijst]
      Geeft het JSON-schema van regulations.toml, met --gemeente dat van het bestand van een gemeente, of met
      --lijst dat van gemeenten.toml (de lijst van gemeenten), voor een editor.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check::check(&args[1..]),
        Some("evaluate") => evaluate_command(&args[1..]),
        Some("grenzen") => grenzen_command(&args[1..]),
        Some("bereik") => bereik::bereik_command(&args[1..]),
        Some("verschil") => verschil::verschil_command(&args[1..]),
        Some("vertaling") => vertalingen::vertaling_command(&args[1..]),
        Some("schema") if args.get(1).is_some_and(|a| a == "--gemeente") => {
            rules::schema::gemeente_schema().map(|s| println!("{s}"))
        }
        Some("schema") if args.get(1).is_some_and(|a| a == "--lijst") => {
            rules::schema::lijst_schema().map(|s| println!("{s}"))
        }
        Some("schema") => {
            println!("{}", rules::schema::SCHEMA.trim_end());
            Ok(())
        }
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("Onbekende opdracht.\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn today() -> Result<Datum, String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "De klok van deze computer staat voor 1970.".to_string())?
        .as_secs();
    Datum::from_unix_days((secs / 86_400) as i64)
        .ok_or_else(|| "De datum van vandaag is onbekend.".to_string())
}

/// The date after --datum, or today.
pub(crate) fn datum_of_today(args: &[String]) -> Result<Datum, String> {
    match flag(args, "--datum") {
        Some(d) => Datum::parse(d),
        None => today(),
    }
}

/// The national file and every municipality's own file, as one set of rules; errors as `regels check` prints them.
pub(crate) fn lees_alles(pad: &str, welke: Welke) -> Result<Regels, String> {
    lees(Path::new(pad), welke, None)
        .map(|g| g.regels)
        .map_err(|p| problemen_tekst(&p))
}

/// Every problem of every file, each file's errors closed by a line that says how many and where.
pub(crate) fn problemen_tekst(problemen: &[Probleem]) -> String {
    problemen
        .iter()
        .map(|p| match p {
            Probleem::Lezen(zin) => zin.clone(),
            Probleem::Fouten { pad, fouten } => format!(
                "{fouten}\n\n{} in {pad}. Het bestand is niet goedgekeurd.",
                aantal(fouten.errors.len(), "fout", "fouten")
            ),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!("{path}: kan dit bestand niet lezen ({e}). Kijk of de naam en de map kloppen.")
    })
}

/// The outcome as a policy officer reads it: per regulation the status in words, what it gives, the reasons
/// (with the limits in euros), what a misschien depends on, and the source.
fn uitslag_tekst(u: &rules::Uitslag) -> String {
    let mut uit = format!("Uitkomst op {}", u.peildatum.nl());
    if let Some(van) = u.normen_van {
        uit.push_str(&format!(", met de bijstandsnormen van {}", van.nl()));
    }
    uit.push_str(".\n");
    for r in &u.uitkomsten {
        let status = match r.status {
            rules::Status::Ja => "past waarschijnlijk".to_string(),
            rules::Status::Misschien => {
                format!("misschien: dat hangt af van {}", en_lijst(&r.hangt_af_van))
            }
            rules::Status::Nee => "past nu waarschijnlijk niet".to_string(),
        };
        uit.push_str(&format!("\n{} ({}): {status}.\n", r.naam, r.id));
        if let Some(b) = &r.bedrag {
            uit.push_str(&format!("  U krijgt: {b}.\n"));
        }
        for reden in &r.redenen {
            match &reden.artikel {
                Some(a) => uit.push_str(&format!("  - {} ({a})\n", reden.tekst)),
                None => uit.push_str(&format!("  - {}\n", reden.tekst)),
            }
        }
        for b in &r.bijna {
            uit.push_str(&format!("  Bijna: {}\n", b.tekst));
        }
        uit.push_str(&format!("  Bron: {}\n", r.bron));
    }
    uit
}

/// "a", "a en b", "a, b en c".
fn en_lijst(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [voor @ .., laatste] => format!("{} en {laatste}", voor.join(", ")),
    }
}

/// "1 waarschuwing", "2 waarschuwingen".
pub(crate) fn aantal(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

pub(crate) fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn evaluate_command(args: &[String]) -> Result<(), String> {
    let regels_pad = flag(args, "--regels").unwrap_or("regulations.toml");
    let antwoorden_pad = flag(args, "--antwoorden")
        .ok_or_else(|| format!("Geef de antwoorden met --antwoorden BESTAND.\n{USAGE}"))?;
    let datum = datum_of_today(args)?;
    let regels = lees_alles(regels_pad, Welke::Alle)?;
    let antwoorden = parse_answers(&regels, antwoorden_pad, &read(antwoorden_pad)?)
        .map_err(|e| e.to_string())?;
    let mut uitslag = evaluate(&regels, &antwoorden, datum);
    if let Some(id) = flag(args, "--regeling") {
        if !uitslag.uitkomsten.iter().any(|u| u.id == id) {
            return Err(format!(
                "Regeling '{id}' staat niet in de uitkomst op {}: kijk of de id goed gespeld is, en of de regeling op die datum en in die gemeente geldt.",
                datum.nl()
            ));
        }
        uitslag.uitkomsten.retain(|u| u.id == id);
    }
    if args.iter().any(|a| a == "--tekst") {
        print!("{}", uitslag_tekst(&uitslag));
        return Ok(());
    }
    let regelingen: Vec<Value> = uitslag
        .uitkomsten
        .iter()
        .map(|u| {
            json!({
                "id": u.id,
                "naam": u.naam,
                "aanbieder": u.aanbieder,
                "gemeente": u.gemeente,
                "status": u.status,
                "bedrag": u.bedrag,
                "redenen": u.redenen.iter().map(|r| r.tekst.as_str()).collect::<Vec<_>>(),
                "hangt_af_van": u.hangt_af_van,
                "bijna": u.bijna,
                "bron": u.bron,
            })
        })
        .collect();
    let plan = rules::plan(&regels, &uitslag, datum);
    let uit = json!({
        "peildatum": uitslag.peildatum,
        "normen_van": uitslag.normen_van,
        "plan": plan,
        "volgende_vraag": next_question(&regels, &antwoorden, datum).map(|v| v.id.as_str()),
        "regelingen": regelingen,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&uit).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn grenzen_command(args: &[String]) -> Result<(), String> {
    let regels_pad = flag(args, "--regels").unwrap_or("regulations.toml");
    let datum = datum_of_today(args)?;
    let regels = lees_alles(regels_pad, Welke::Alle)?;
    let gemeente = flag(args, "--gemeente");
    if let Some(g) = gemeente {
        if !regels.gemeenten.iter().any(|x| x.id == g) {
            let ids: Vec<&str> = regels.gemeenten.iter().map(|x| x.id.as_str()).collect();
            return Err(format!(
                "Gemeente '{g}' staat niet in {regels_pad}. Kies uit: {}.",
                ids.join(", ")
            ));
        }
    }
    let tabel = grenzen(&regels, datum, gemeente);
    if args.iter().any(|a| a == "--json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&tabel).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", grenzen_text(&regels, &tabel));
    }
    Ok(())
}

/// The limits as a policy officer reads them next to a leaflet.
fn grenzen_text(regels: &rules::Regels, t: &Grenzen) -> String {
    let mut uit = String::new();
    let waar = match &t.gemeente {
        Some(g) => regels
            .gemeenten
            .iter()
            .find(|x| &x.id == g)
            .map_or(g.clone(), |x| format!("gemeente {}", x.naam)),
        None => "alle gemeenten".to_string(),
    };
    uit.push_str(&format!("Inkomensgrenzen op {}, {waar}.\n", t.datum.nl()));
    match (&t.normen_van, &t.normen_bron) {
        (Some(van), Some(bron)) => uit.push_str(&format!(
            "Bijstandsnormen van {} ({bron}). Zonder vakantiegeld = met vakantiegeld x 0,95.\n",
            van.nl()
        )),
        _ => uit.push_str("Er is geen bijstandsnorm voor deze datum.\n"),
    }
    if let (Some(a), Some(g), Some(bron)) = (
        t.vermogensgrens_alleenstaand,
        t.vermogensgrens_gezin,
        &t.vermogensgrens_bron,
    ) {
        uit.push_str(&format!(
            "Vermogensgrens: alleenstaand {}, gezin {} ({bron}).\n",
            format_bedrag(a),
            format_bedrag(g)
        ));
    }
    uit.push_str("Alle bedragen netto per maand, afgerond op centen. Wie precies op de grens zit, komt in aanmerking.\n");
    for r in &t.regelingen {
        uit.push_str(&format!("\n{} ({})\n", r.naam, r.regeling));
        uit.push_str(&format!(
            "  grens: {} ({}), {}{}\n",
            r.grens_naam,
            r.grens,
            r.basis.nl(),
            if r.zacht {
                "; zachte grens: daarboven misschien, nooit nee"
            } else {
                ""
            }
        ));
        uit.push_str(&format!("  bron: {}\n", r.bron));
        if let Some(a) = &r.artikel {
            uit.push_str(&format!("  artikel: {a}\n"));
        }
        for b in &r.bedragen {
            uit.push_str(&format!(
                "  {:<22} {:>5}%  {:>12}\n",
                b.huishouden,
                b.procent.to_string(),
                format_bedrag(b.bedrag)
            ));
        }
    }
    uit
}
