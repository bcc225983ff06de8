//! `regels`: the command line for policy officers and CI.
//!
//!   regels check [FILE] [--voorbeelden FILE]              validate, run the example households, the B1 guard
//!   regels evaluate --regels FILE --antwoorden FILE [--datum D] [--tekst] [--regeling ID]   outcomes (JSON or text)
//!   regels grenzen [--regels FILE] [--datum D] [--gemeente G] [--json]   every income limit, to the cent
//!   regels schema                                         JSON Schema of the file format

use potjeswijzer::rules::{
    self,
    check::{run_examples, untested_limits},
    evaluate, format_bedrag, grenzen, load, load_examples, load_for_check, next_question,
    parse_answers, Datum, Grenzen,
};
use serde_json::{json, Value};
use std::process::ExitCode;

const USAGE: &str = "Gebruik:
  regels check [BESTAND] [--voorbeelden VOORBEELDEN.toml]
      Controleert het bestand (standaard regulations.toml) en rekent de voorbeeldhuishoudens door: die uit het
      bestand zelf en die uit voorbeelden.toml in dezelfde map (of het bestand na --voorbeelden).
  regels evaluate --regels BESTAND --antwoorden ANTWOORDEN.toml [--datum JJJJ-MM-DD] [--tekst] [--regeling ID]
      Geeft de uitkomsten voor één huishouden als JSON, of met --tekst als leesbare tekst. Met --regeling
      alleen die ene regeling.
  regels grenzen [--regels BESTAND] [--datum JJJJ-MM-DD] [--gemeente GEMEENTE] [--json]
      Toont elke inkomensgrens op die datum, per regeling en soort huishouden, tot op de cent.
  regels schema
      Geeft het JSON-schema van het bestand, voor een editor.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("evaluate") => evaluate_command(&args[1..]),
        Some("grenzen") => grenzen_command(&args[1..]),
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

fn today() -> Result<Datum, String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "De klok van deze computer staat voor 1970.".to_string())?
        .as_secs();
    Datum::from_unix_days((secs / 86_400) as i64)
        .ok_or_else(|| "De datum van vandaag is onbekend.".to_string())
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!("{path}: kan dit bestand niet lezen ({e}). Kijk of de naam en de map kloppen.")
    })
}

/// The examples file of a regulations file: `--voorbeelden F`, or `voorbeelden.toml` in the same folder.
fn examples_path(path: &str, args: &[String]) -> Option<String> {
    if let Some(v) = flag(args, "--voorbeelden") {
        return Some(v.to_string());
    }
    let naast = std::path::Path::new(path).with_file_name("voorbeelden.toml");
    naast
        .is_file()
        .then(|| naast.to_string_lossy().into_owned())
}

fn check(args: &[String]) -> Result<(), String> {
    let path = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map_or("regulations.toml", String::as_str);
    let text = read(path)?;
    let today = today()?;
    let (mut regels, warnings) = load_for_check(path, &text, today).map_err(|e| {
        format!(
            "{e}\n\n{} in {path}. Het bestand is niet goedgekeurd.",
            aantal(e.errors.len(), "fout", "fouten")
        )
    })?;
    if let Some(vpad) = examples_path(path, args) {
        let extra = load_examples(&regels, &vpad, &read(&vpad)?).map_err(|e| {
            format!(
                "{e}\n\n{} in {vpad}. De voorbeelden zijn niet goedgekeurd.",
                aantal(e.errors.len(), "fout", "fouten")
            )
        })?;
        regels.voorbeelden.extend(extra);
    }
    let mut warnings: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    for g in untested_limits(&regels, today) {
        let plaats = line_of_id(&text, &g.regeling)
            .map_or(path.to_string(), |regel| format!("{path}:{regel}"));
        warnings.push(format!(
            "{plaats}: regeling '{}' heeft een inkomensgrens, maar geen voorbeeldhuishouden {}. Voeg er een toe in voorbeelden.toml; `regels grenzen` geeft de bedragen.",
            g.regeling,
            g.ontbreekt.join(" en geen ")
        ));
    }
    for w in &warnings {
        println!("waarschuwing: {w}");
    }
    let b1 = rules::b1::controleer(path, &text);
    for b in &b1.bevindingen {
        println!("{b}");
    }
    let results = run_examples(&regels, today);
    let failing: Vec<_> = results.iter().filter(|r| !r.klopt()).collect();
    for r in &failing {
        for v in &r.verschillen {
            println!(
                "{}:{}: voorbeeld \"{}\" (op {}): voor {} ({}) verwacht {}, maar de uitkomst is {}. Dit besliste:",
                r.bestand,
                r.regel,
                r.naam,
                r.datum.nl(),
                v.naam,
                v.regeling,
                v.verwacht.as_str(),
                v.uitkomst.as_str()
            );
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
    println!(
        "{path}: {}, {}, {} ({} gemeentelijk, {} landelijk of partner), {}.",
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
fn aantal(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

/// The line of `id = "..."` in a regulations file, to point a warning at a regulation.
fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let needle = format!("id = \"{id}\"");
    text.lines().position(|l| l.trim() == needle).map(|i| i + 1)
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn evaluate_command(args: &[String]) -> Result<(), String> {
    let regels_pad = flag(args, "--regels").unwrap_or("regulations.toml");
    let antwoorden_pad = flag(args, "--antwoorden")
        .ok_or_else(|| format!("Geef de antwoorden met --antwoorden BESTAND.\n{USAGE}"))?;
    let datum = match flag(args, "--datum") {
        Some(d) => Datum::parse(d)?,
        None => today()?,
    };
    let regels = load(regels_pad, &read(regels_pad)?).map_err(|e| e.to_string())?;
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
                "bron": u.bron,
            })
        })
        .collect();
    let uit = json!({
        "peildatum": uitslag.peildatum,
        "normen_van": uitslag.normen_van,
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
    let datum = match flag(args, "--datum") {
        Some(d) => Datum::parse(d)?,
        None => today()?,
    };
    let regels = load(regels_pad, &read(regels_pad)?).map_err(|e| e.to_string())?;
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
