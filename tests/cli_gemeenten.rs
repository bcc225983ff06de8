//! `regels check` across files: the national file alone, one municipality with it, or everything, with errors
//! that name the right file; and the template a new municipality starts from.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{regels_cli as regels, scratch};
use std::path::Path;

fn project(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// The real national file in `dir`, with the template's municipality "voorbeeldstad" added to the list and to the
/// municipality question, as step 3 of the template says.
fn national_with_voorbeeldstad(dir: &Path) {
    let national = project("regulations.toml")
        .replacen(
            "[[gemeente]]\n",
            "[[gemeente]]\nid = \"voorbeeldstad\"\nnaam = \"Voorbeeldstad\"\nbestand = \"gemeenten/voorbeeldstad.toml\"\n\n[[gemeente]]\n",
            1,
        )
        .replacen(
            "  { waarde = \"leiden\", tekst = \"Leiden\" },\n",
            "  { waarde = \"leiden\", tekst = \"Leiden\" },\n  { waarde = \"voorbeeldstad\", tekst = \"Voorbeeldstad\" },\n",
            1,
        );
    assert!(national.contains("voorbeeldstad.toml") && national.contains("\"Voorbeeldstad\" }"));
    std::fs::create_dir_all(dir.join("gemeenten")).unwrap();
    std::fs::write(dir.join("regulations.toml"), national).unwrap();
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
    assert!(
        stderr.contains("gemeenten/leiden.toml: kan dit bestand niet lezen"),
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
