//! `regels check` across files: the national file alone, one municipality with it, or everything, with errors
//! that name the right file; and the template a new municipality starts from.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{regels_cli as regels, scratch};
use std::path::Path;

fn project(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// The real national file in `dir`, with the template's municipality "voorbeeldstad" added to the index of
/// municipalities, as step 3 of the template says.
fn national_with_voorbeeldstad(dir: &Path) {
    let lijst = format!(
        "{}\n[[gemeente]]\nid = \"voorbeeldstad\"\nnaam = \"Voorbeeldstad\"\n",
        project("gemeenten.toml")
    );
    std::fs::create_dir_all(dir.join("gemeenten")).unwrap();
    std::fs::write(dir.join("regulations.toml"), project("regulations.toml")).unwrap();
    std::fs::write(dir.join("gemeenten.toml"), lijst).unwrap();
}

#[test]
fn the_template_for_a_new_municipality_passes_the_check_once_copied_into_place() {
    let dir = scratch("regels-sjabloon");
    national_with_voorbeeldstad(&dir);
    let gemeenten = dir.join("gemeenten");
    std::fs::write(
        gemeenten.join("voorbeeldstad.toml"),
        project("docs/sjabloon/gemeente.toml"),
    )
    .unwrap();
    std::fs::write(
        gemeenten.join("voorbeeldstad.voorbeelden.toml"),
        project("docs/sjabloon/gemeente.voorbeelden.toml"),
    )
    .unwrap();
    let file = gemeenten.join("voorbeeldstad.toml");
    let (ok, stdout, stderr) = regels(&["check", file.to_str().unwrap()]);
    assert!(ok, "{stdout}\n{stderr}");
    assert!(stdout.contains("voorbeelden: 2 goed, 0 fout"), "{stdout}");
    assert!(
        stdout.contains("gemeenten/voorbeeldstad.toml: 4 gemeenten"),
        "{stdout}"
    );
    assert!(stdout.contains("Goedgekeurd."), "{stdout}");
}

#[test]
fn an_error_in_a_municipal_file_names_that_file_and_line_and_the_other_files_are_still_checked() {
    let dir = scratch("regels-gemeentefout");
    national_with_voorbeeldstad(&dir);
    let fout = project("docs/sjabloon/gemeente.toml").replace(
        "[[grens]]\n",
        "[[norm]]\ngeldig_vanaf = 2026-01-01\nalleenstaand = \"1500\"\n\n[[grens]]\n",
    );
    let line = fout.lines().position(|l| l == "[[norm]]").unwrap() + 1;
    std::fs::write(dir.join("gemeenten/voorbeeldstad.toml"), fout).unwrap();
    // Leiden's file is missing in this folder: reading everything reports that too, in the same run.
    let (ok, _, stderr) = regels(&["check", dir.join("regulations.toml").to_str().unwrap()]);
    assert!(!ok);
    let plek = format!("gemeenten/voorbeeldstad.toml:{line}:3: De bijstandsnormen zijn landelijk");
    assert!(stderr.contains(&plek), "{stderr}");
    assert!(stderr.contains("1 fout in"), "{stderr}");
    // said at Leiden's line in the index
    let leiden = project("gemeenten.toml")
        .lines()
        .position(|l| l == "id = \"leiden\"")
        .unwrap()
        + 1;
    let plek = format!("gemeenten.toml:{leiden}:6: Gemeente 'leiden' heeft geen eigen bestand");
    assert!(stderr.contains(&plek), "{stderr}");
    assert!(
        stderr.contains("gemeenten/leiden.toml bestaat niet"),
        "{stderr}"
    );
}

/// `regels check` of the real files with the index of municipalities replaced by `lijst`: (ok, stdout, stderr).
fn check_with_index(naam: &str, lijst: &str) -> (bool, String, String) {
    let dir = scratch(naam);
    std::fs::create_dir_all(dir.join("gemeenten")).unwrap();
    for f in ["regulations.toml", "voorbeelden.toml"] {
        std::fs::write(dir.join(f), project(f)).unwrap();
    }
    for g in ["groningen", "westerkwartier", "leiden"] {
        for f in [
            format!("gemeenten/{g}.toml"),
            format!("gemeenten/{g}.voorbeelden.toml"),
        ] {
            std::fs::write(dir.join(&f), project(&f)).unwrap();
        }
    }
    std::fs::write(dir.join("gemeenten.toml"), lijst).unwrap();
    regels(&["check", dir.join("regulations.toml").to_str().unwrap()])
}

#[test]
fn the_index_of_municipalities_is_checked_with_errors_at_its_own_lines() {
    let echt = project("gemeenten.toml");
    let regel = |tekst: &str, zoek: &str| tekst.lines().position(|l| l == zoek).unwrap() + 1;

    let dubbel = echt.replacen("id = \"westerkwartier\"", "id = \"groningen\"", 1);
    let (ok, _, stderr) = check_with_index("regels-lijst-dubbel", &dubbel);
    assert!(!ok);
    let plek = format!(
        "gemeenten.toml:{}:6: Er is al een gemeente met id 'groningen'",
        regel(&dubbel, "naam = \"Westerkwartier\"") - 1
    );
    assert!(stderr.contains(&plek), "{stderr}");

    let andere_naam = echt.replacen("naam = \"Leiden\"", "naam = \"Leyden\"", 1);
    let (ok, _, stderr) = check_with_index("regels-lijst-naam", &andere_naam);
    assert!(!ok);
    assert!(
        stderr.contains("gemeenten/leiden.toml:")
            && stderr.contains("daar staat naam = \"Leyden\""),
        "{stderr}"
    );

    let slechte_id = echt.replacen("id = \"leiden\"", "id = \"Leiden\"", 1);
    let (ok, _, stderr) = check_with_index("regels-lijst-id", &slechte_id);
    assert!(!ok);
    let plek = format!(
        "gemeenten.toml:{}:6: 'Leiden' is geen goede id",
        regel(&slechte_id, "id = \"Leiden\"")
    );
    assert!(stderr.contains(&plek), "{stderr}");
}

#[test]
fn a_national_file_with_an_index_lists_no_municipalities_itself() {
    let dir = scratch("regels-lijst-dubbel-lijst");
    let national = project("regulations.toml").replacen(
        "[[norm]]\n",
        "[[gemeente]]\nid = \"haren\"\nnaam = \"Haren\"\n\n[[norm]]\n",
        1,
    );
    let line = national.lines().position(|l| l == "[[gemeente]]").unwrap() + 1;
    std::fs::write(dir.join("regulations.toml"), &national).unwrap();
    std::fs::write(dir.join("gemeenten.toml"), project("gemeenten.toml")).unwrap();
    let (ok, _, stderr) = regels(&[
        "check",
        dir.join("regulations.toml").to_str().unwrap(),
        "--landelijk",
    ]);
    assert!(!ok);
    let plek = format!("regulations.toml:{line}:1: De gemeenten staan in gemeenten.toml");
    assert!(stderr.contains(&plek), "{stderr}");

    let met_opties = project("regulations.toml").replacen(
        "weet_ik_niet = \"Weet ik niet\"\n",
        "weet_ik_niet = \"Weet ik niet\"\nopties = [{ waarde = \"haren\", tekst = \"Haren\" }]\n",
        1,
    );
    std::fs::write(dir.join("regulations.toml"), &met_opties).unwrap();
    let (ok, _, stderr) = regels(&[
        "check",
        dir.join("regulations.toml").to_str().unwrap(),
        "--landelijk",
    ]);
    assert!(!ok);
    assert!(
        stderr.contains("De keuzes van de vraag 'gemeente' komen uit gemeenten.toml"),
        "{stderr}"
    );
}

#[test]
fn check_reads_the_national_file_alone_one_municipality_or_all() {
    let (ok, alles, _) = regels(&["check"]);
    assert!(ok);
    assert!(alles.starts_with("regulations.toml, gemeenten/groningen.toml, gemeenten/westerkwartier.toml, gemeenten/leiden.toml: 3 gemeenten")
        || alles.contains("\nregulations.toml, gemeenten/groningen.toml, gemeenten/westerkwartier.toml, gemeenten/leiden.toml: 3 gemeenten"), "{alles}");
    let (ok, landelijk, _) = regels(&["check", "--landelijk"]);
    assert!(ok, "{landelijk}");
    assert!(
        landelijk
            .contains("\nregulations.toml: 3 gemeenten, 15 vragen, 8 regelingen (0 gemeentelijk"),
        "{landelijk}"
    );
    let (ok, leiden, _) = regels(&["check", "gemeenten/leiden.toml"]);
    assert!(ok, "{leiden}");
    assert!(
        leiden.contains("\nregulations.toml, gemeenten/leiden.toml: 3 gemeenten"),
        "{leiden}"
    );
    assert!(!leiden.contains("groningen.toml"), "{leiden}");
    let (ok, zelfde, _) = regels(&["check", "--gemeente", "leiden"]);
    assert!(ok);
    assert_eq!(
        zelfde
            .lines()
            .filter(|l| l.starts_with("voorbeelden:"))
            .collect::<Vec<_>>(),
        leiden
            .lines()
            .filter(|l| l.starts_with("voorbeelden:"))
            .collect::<Vec<_>>()
    );
}
