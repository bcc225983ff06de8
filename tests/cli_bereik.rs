//! `regels bereik` and `regels verschil` on the smallest file, where the answers are known: the Stadjerspas has a
//! limit of 120 % of the norm with vakantiegeld (a single person: € 1.300,61 x 1,2 = € 1.560,73) and, here,
//! € 300 a year.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{regels_cli as regels, scratch};
use std::path::Path;

fn minimal_met_bedrag(bedrag: &str, procent: &str) -> String {
    let tekst = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.toml"
    ))
    .unwrap();
    tekst
        .replace(
            "omschrijving = \"Korting op sport, cultuur en uitjes.\"",
            &format!("omschrijving = \"Korting op sport, cultuur en uitjes.\"\nbedrag = \"{bedrag}\"\nper = \"jaar\""),
        )
        .replace("procent = 120", &format!("procent = {procent}"))
}

fn schrijf(map: &Path, tekst: &str) -> String {
    std::fs::create_dir_all(map).unwrap();
    let pad = map.join("regulations.toml");
    std::fs::write(&pad, tekst).unwrap();
    pad.to_str().unwrap().to_string()
}

#[test]
fn bereik_finds_the_cliff_to_the_cent_and_writes_csv_and_svg() {
    let dir = scratch("regels-bereik");
    let pad = schrijf(&dir.join("bestand"), &minimal_met_bedrag("300", "120"));
    let uit = dir.join("uit");
    let (ok, stdout, stderr) = regels(&[
        "bereik",
        "--regels",
        &pad,
        "--datum",
        "2025-09-01",
        "--uit",
        uit.to_str().unwrap(),
    ]);
    assert!(ok, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("alleenstaand, 35 jaar (norm € 1.300,61 per maand):\n  Stadjerspas: ja tot en met € 1.560,73 per maand, daarboven nee (u verliest € 300 per jaar)."),
        "{stdout}"
    );
    // A couple: € 1.858,01 x 1,2 = € 2.229,61; above AOW age: € 1.453,70 x 1,2 = € 1.744,44.
    assert!(
        stdout.contains("ja tot en met € 2.229,61 per maand"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ja tot en met € 1.744,44 per maand"),
        "{stdout}"
    );

    let csv = std::fs::read_to_string(uit.join("bereik.csv")).unwrap();
    assert!(
        csv.starts_with("gemeente;huishouden;procent_van_norm;"),
        "{csv}"
    );
    assert!(csv.contains("\ngroningen;alleenstaand, 35 jaar;120;1560.73;stadjerspas;ja;300\n"));
    assert!(csv.contains("\ngroningen;alleenstaand, 35 jaar;121;1573.74;stadjerspas;nee;\n"));
    // 8 household types x 201 incomes x 1 regulation, and the header.
    assert_eq!(csv.lines().count(), 8 * 201 + 1);

    let svg = std::fs::read_to_string(uit.join("bereik-groningen.svg")).unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>"));
    assert!(
        svg.contains(">Stadjerspas</text>") && svg.contains("−€ 300"),
        "{svg}"
    );
    assert!(
        !svg.contains("style="),
        "no inline styles: the workbench's CSP forbids them"
    );
}

#[test]
fn bereik_names_an_unknown_municipality() {
    let (ok, _, stderr) = regels(&[
        "bereik",
        "--regels",
        "tests/fixtures/minimal.toml",
        "--gemeente",
        "leidn",
    ]);
    assert!(!ok);
    assert!(
        stderr.contains("Gemeente 'leidn' staat niet in"),
        "{stderr}"
    );
}

#[test]
fn verschil_reports_the_households_that_gain_and_the_new_amount() {
    let dir = scratch("regels-verschil");
    let oud = schrijf(&dir.join("oud"), &minimal_met_bedrag("300", "120"));
    let nieuw = schrijf(&dir.join("nieuw"), &minimal_met_bedrag("350", "130"));
    let (ok, stdout, stderr) = regels(&["verschil", &oud, &nieuw, "--datum", "2025-09-01"]);
    assert!(ok, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("  \"Alleenstaande van 35 met 1300 euro.\" (op 1 september 2025):\n    Stadjerspas (stadjerspas): ja → ja; € 300 per jaar → € 350 per jaar."),
        "{stdout}"
    );
    // 121 % (€ 1.573,74) was just above the old limit; 130 % (€ 1.690,79) is exactly on the new one.
    assert!(
        stdout.contains("  Groningen, alleenstaand, 35 jaar: Stadjerspas (stadjerspas): nee → ja bij een inkomen van € 1.573,74 tot en met € 1.690,79 per maand (121% tot en met 130% van de norm)."),
        "{stdout}"
    );
    assert!(
        stdout.contains("  Groningen, alleenstaand, 35 jaar: Stadjerspas (stadjerspas): € 300 per jaar → € 350 per jaar."),
        "{stdout}"
    );
    let (ok, stdout, _) = regels(&["verschil", &oud, &oud, "--datum", "2025-09-01"]);
    assert!(ok);
    assert_eq!(stdout.matches("Geen verschil.").count(), 2, "{stdout}");
}

#[test]
fn verschil_needs_two_files() {
    let (ok, _, stderr) = regels(&["verschil", "regulations.toml"]);
    assert!(!ok);
    assert!(stderr.contains("Geef twee bestanden"), "{stderr}");
}
