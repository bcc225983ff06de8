// a broken fixture should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;

fn lees(pad: &str) -> String {
    std::fs::read_to_string(format!("{}/{pad}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn invoer(naam: &str, tekst: String) -> Invoer {
    Invoer {
        naam: naam.to_string(),
        tekst,
    }
}

fn dag() -> Datum {
    Datum::new(2026, 11, 30).unwrap()
}

#[test]
fn recognises_the_kind_of_file() {
    assert_eq!(soort_van(&lees("regulations.toml")), Soort::Landelijk);
    assert_eq!(
        soort_van(&lees("gemeenten/leiden.toml")),
        Soort::Gemeente(Some("leiden".to_string()))
    );
    assert_eq!(
        soort_van(&lees("gemeenten/leiden.voorbeelden.toml")),
        Soort::Voorbeelden
    );
    assert_eq!(soort_van(&lees("gemeenten.toml")), Soort::Lijst);
    assert_eq!(
        gemeente_id("[gemeente]\nid = \"zuidhorn\" # de id\n"),
        Some("zuidhorn".to_string())
    );
    assert_eq!(gemeente_id("[meta]\nid = \"x\"\n"), None);
}

#[test]
fn a_misspelled_key_is_an_error_at_its_line_with_a_suggestion() {
    let tekst = lees("tests/fixtures/minimal.toml").replacen(
        "naam = \"Stadjerspas\"",
        "nam = \"Stadjerspas\"",
        1,
    );
    let regel = tekst.lines().position(|l| l.starts_with("nam = ")).unwrap() + 1;
    let geopend = [invoer("regulations.toml", tekst.clone())];
    let uit = controleer(
        &Bestanden {
            geopend: &geopend,
            gepubliceerd: None,
            gepubliceerde_lijst: None,
        },
        dag(),
    );
    let fout = uit
        .meldingen
        .iter()
        .find(|m| m.ernst == Ernst::Fout)
        .unwrap();
    assert_eq!(
        (fout.bestand.as_str(), fout.regel, fout.kolom),
        ("regulations.toml", Some(regel), Some(1))
    );
    assert!(fout.tekst.contains("Bedoelt u 'naam'?"), "{}", fout.tekst);
    assert_eq!(bronregel(&tekst, regel), Some("nam = \"Stadjerspas\""));
    assert!(!uit.goedgekeurd());
}

#[test]
fn a_municipal_file_is_checked_on_the_published_national_file_with_its_examples() {
    let geopend = [
        invoer("leiden.toml", lees("gemeenten/leiden.toml")),
        invoer(
            "leiden.voorbeelden.toml",
            lees("gemeenten/leiden.voorbeelden.toml"),
        ),
    ];
    let landelijk = lees("regulations.toml");
    let uit = controleer(
        &Bestanden {
            geopend: &geopend,
            gepubliceerd: Some(&landelijk),
            gepubliceerde_lijst: Some(&lees("gemeenten.toml")),
        },
        dag(),
    );
    assert_eq!(uit.fouten(), 0, "{:#?}", uit.meldingen);
    assert_eq!(uit.gemeente.as_deref(), Some("leiden"));
    assert!(uit.voorbeelden.len() > 5);
    assert!(
        uit.voorbeelden.iter().all(|v| v.verschillen.is_empty()),
        "{:#?}",
        uit.voorbeelden
    );
    assert!(uit.goedgekeurd());
    assert!(
        uit.b1.as_deref().is_some_and(|b| b.ends_with("goed")),
        "{:?}",
        uit.b1
    );
}

#[test]
fn a_changed_example_says_which_regulation_and_why() {
    let tekst = lees("tests/fixtures/minimal.toml").replace(
        "verwacht = { stadjerspas = \"ja\" }",
        "verwacht = { stadjerspas = \"nee\" }",
    );
    let geopend = [invoer("regulations.toml", tekst)];
    let uit = controleer(
        &Bestanden {
            geopend: &geopend,
            gepubliceerd: None,
            gepubliceerde_lijst: None,
        },
        dag(),
    );
    let (zin, redenen) = &uit.voorbeelden[0].verschillen[0];
    assert_eq!(
        zin,
        "Stadjerspas (stadjerspas): verwacht nee, maar de uitkomst is ja."
    );
    assert!(
        redenen
            .iter()
            .any(|r| r.contains("de grens van") && r.contains("1.561")),
        "{redenen:?}"
    );
    assert!(!uit.goedgekeurd());
}

#[test]
fn without_any_national_file_it_says_what_to_open() {
    let uit = controleer(
        &Bestanden {
            geopend: &[],
            gepubliceerd: None,
            gepubliceerde_lijst: None,
        },
        dag(),
    );
    assert!(uit.meldingen[0].tekst.starts_with("Open regulations.toml"));
}
