//! One national file and one file per municipality: a municipality's file adds its help, limits and regulations,
//! its errors name its own file and line, and it cannot change anything national.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use potjeswijzer::rules::{add_gemeente, evaluate, load, Antwoord, Regels, Status};

/// `tests/fixtures/minimal.toml` with Groningen's help, limit and regulation moved into `gemeenten/groningen.toml`.
fn national() -> String {
    let minimal = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.toml"
    ))
    .unwrap();
    let zonder_hulp = minimal.replace(
        "[gemeente.hulp]\nnaam = \"WIJ Groningen\"\ntelefoon = \"14 050\"\n",
        "",
    );
    let zonder_regeling = &zonder_hulp[..zonder_hulp.find("[[regeling]]").unwrap()];
    zonder_regeling.replace(
        "naam = \"Groningen\"\n",
        "naam = \"Groningen\"\nbestand = \"gemeenten/groningen.toml\"\n",
    )
}

const GRONINGEN: &str = r#"[gemeente]
id = "groningen"
minimagrens = "groningen_minima"

[gemeente.hulp]
naam = "WIJ Groningen"
telefoon = "14 050"

[[grens]]
id = "groningen_minima"
naam = "Minimagrens Groningen"
basis = "met_vakantiegeld"
bron = "https://gemeente.groningen.nl/minima"

[[grens.waarde]]
geldig_vanaf = 2025-01-01
procent = 120

[[regeling]]
id = "stadjerspas"
naam = "Stadjerspas"
aanbieder = "Gemeente Groningen"
categorie = "meedoen"
uitleg = "Met deze pas krijgt u korting op sport en uitjes."
bron = "https://gemeente.groningen.nl/stadjerspas"
geldig_vanaf = 2024-01-01

[regeling.krijgt]
omschrijving = "Korting op sport, cultuur en uitjes."

[regeling.aanvragen]
link = "https://gemeente.groningen.nl/stadjerspas"

[regeling.voorwaarden]
alle = [{ inkomen_binnen = "groningen_minima", tekst = "Uw inkomen is {grens} of minder." }]
"#;

fn loaded() -> Regels {
    load("regulations.toml", &national())
        .expect("the national file loads without Groningen's own file")
}

/// The national file with Groningen's own file added.
fn with_groningen() -> Regels {
    let mut regels = loaded();
    add_gemeente(
        &mut regels,
        "groningen",
        "gemeenten/groningen.toml",
        GRONINGEN,
    )
    .unwrap();
    regels
}

/// The errors of adding `text` as Groningen's file, as `file:line:column: message` lines.
fn errors_of(text: &str) -> Vec<String> {
    let mut regels = loaded();
    match add_gemeente(&mut regels, "groningen", "gemeenten/groningen.toml", text) {
        Ok(()) => panic!("expected errors for:\n{text}"),
        Err(e) => e.errors.iter().map(ToString::to_string).collect(),
    }
}

/// The one error of adding `text` as Groningen's file; it must start with `expected`.
fn assert_one_error(text: &str, expected: &str) {
    let errors = errors_of(text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with(expected), "{errors:?}");
}

fn groningen_with(extra: &str) -> String {
    format!("{GRONINGEN}\n{extra}")
}

#[test]
fn before_its_file_arrives_a_municipality_has_no_regulations_and_the_general_help() {
    let regels = loaded();
    let groningen = &regels.gemeenten[0];
    assert!(groningen.wacht_op_bestand());
    assert!(regels.regelingen.is_empty());
    let a = common::answers(&[("gemeente", Antwoord::Keuze("groningen".into()))]);
    let uitslag = evaluate(&regels, &a, common::date(2025, 9, 1));
    assert!(uitslag.uitkomsten.is_empty());
}

#[test]
fn the_file_of_a_municipality_adds_its_help_limit_and_regulations() {
    let regels = with_groningen();
    let groningen = &regels.gemeenten[0];
    assert!(!groningen.wacht_op_bestand());
    assert_eq!(
        groningen.hulp.as_ref().map(|h| h.naam.as_str()),
        Some("WIJ Groningen")
    );
    assert_eq!(groningen.minimagrens.as_deref(), Some("groningen_minima"));
    let a = common::answers(&[
        ("gemeente", Antwoord::Keuze("groningen".into())),
        ("leeftijd", Antwoord::Getal(35)),
        ("partner", Antwoord::JaNee(false)),
        ("kinderen", Antwoord::Leeftijden(vec![])),
        ("inkomen", common::money("1300")),
    ]);
    let uitslag = evaluate(&regels, &a, common::date(2025, 9, 1));
    let pas = uitslag
        .uitkomsten
        .iter()
        .find(|u| u.id == "stadjerspas")
        .unwrap();
    assert_eq!(pas.status, Status::Ja);
    assert_eq!(pas.gemeente.as_deref(), Some("groningen"));
    assert_eq!(pas.hulp.naam, "WIJ Groningen");
    // someone elsewhere is not shown it
    let elders = common::answers(&[("gemeente", Antwoord::Keuze("anders".into()))]);
    let uitslag = evaluate(&regels, &elders, common::date(2025, 9, 1));
    assert!(uitslag.uitkomsten.iter().all(|u| u.id != "stadjerspas"));
}

#[test]
fn a_municipal_file_cannot_have_national_norms() {
    assert_one_error(&groningen_with(
        "[[norm]]\ngeldig_vanaf = 2025-07-01\nalleenstaand = \"1400\"\n",
    ), "gemeenten/groningen.toml:37:3: De bijstandsnormen zijn landelijk en staan in regulations.toml.");
}

#[test]
fn a_municipal_file_cannot_have_questions_or_the_vermogensgrens() {
    let errors = errors_of(&groningen_with(
        "[[vraag]]\nid = \"huur\"\nsoort = \"bedrag\"\n\n[[vermogensgrens]]\ngeldig_vanaf = 2025-01-01\nalleenstaand = \"9000\"\ngezin = \"18000\"\n",
    ));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":37:3: De vragen zijn voor alle gemeenten gelijk")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":41:3: De vermogensgrens is landelijk")),
        "{errors:?}"
    );
}

#[test]
fn a_municipal_limit_cannot_take_the_id_of_a_national_one() {
    assert_one_error(&groningen_with(
        "[[grens]]\nid = \"minima\"\nnaam = \"Eigen\"\nbasis = \"met_vakantiegeld\"\nbron = \"https://x.nl\"\n\n[[grens.waarde]]\ngeldig_vanaf = 2025-01-01\nprocent = 130\n",
    ), "gemeenten/groningen.toml:38:6: Grens 'minima' staat al in regulations.toml. Een gemeente kan een landelijke grens niet veranderen.");
}

#[test]
fn a_regulation_in_a_municipal_file_does_not_name_a_municipality() {
    let text = GRONINGEN.replace(
        "aanbieder = \"Gemeente Groningen\"\n",
        "aanbieder = \"Gemeente Groningen\"\ngemeente = \"groningen\"\n",
    );
    assert_one_error(&text, "gemeenten/groningen.toml:23:12: In het bestand van een gemeente hoort elke regeling bij die gemeente.");
}

#[test]
fn the_id_in_a_municipal_file_must_be_the_municipality_that_names_it() {
    assert_one_error(&GRONINGEN.replace("id = \"groningen\"\n", "id = \"leiden\"\n"), "gemeenten/groningen.toml:2:6: Dit bestand hoort volgens regulations.toml bij gemeente 'groningen'");
}

#[test]
fn a_regulation_id_cannot_be_used_by_two_files() {
    let mut regels = with_groningen();
    // a second file with the same regulation id, as when two municipalities copy each other's file
    regels.gemeenten[0].hulp = None;
    let err = add_gemeente(
        &mut regels,
        "groningen",
        "gemeenten/groningen.toml",
        GRONINGEN,
    )
    .map(|()| Vec::new())
    .unwrap_or_else(|e| e.errors.iter().map(ToString::to_string).collect());
    assert!(
        err.iter()
            .any(|e| e.contains("Regeling 'stadjerspas' staat al in gemeenten/groningen.toml.")),
        "{err:?}"
    );
}

#[test]
fn a_national_file_says_where_the_help_of_a_municipality_with_its_own_file_goes() {
    let text = national().replace(
        "bestand = \"gemeenten/groningen.toml\"\n",
        "bestand = \"gemeenten/groningen.toml\"\n\n[gemeente.hulp]\nnaam = \"WIJ\"\ntelefoon = \"14 050\"\n",
    );
    let err = load("regulations.toml", &text).unwrap_err().to_string();
    assert!(err.contains("De hulp van gemeente 'groningen' staat in haar eigen bestand gemeenten/groningen.toml."), "{err}");
}

#[test]
fn a_municipal_file_name_must_be_one_the_app_can_fetch() {
    let text = national().replace("gemeenten/groningen.toml", "../geheim/groningen.toml");
    let err = load("regulations.toml", &text).unwrap_err().to_string();
    assert!(
        err.contains("Bestand '../geheim/groningen.toml' kan de app niet ophalen."),
        "{err}"
    );
}

#[test]
fn the_real_files_give_each_municipality_its_own_regulations_and_nothing_of_the_others() {
    let regels = common::regulations();
    for g in &regels.gemeenten {
        let bestand = g
            .bestand
            .as_deref()
            .expect("every real municipality has its own file");
        let tekst =
            std::fs::read_to_string(format!("{}/{bestand}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        for r in regels
            .regelingen
            .iter()
            .filter(|r| r.gemeente.as_deref() == Some(&g.id))
        {
            assert!(
                tekst.contains(&format!("id = \"{}\"", r.id)),
                "{} is not in {bestand}",
                r.id
            );
        }
        for ander in regels.gemeenten.iter().filter(|x| x.id != g.id) {
            for r in regels
                .regelingen
                .iter()
                .filter(|r| r.gemeente.as_deref() == Some(&ander.id))
            {
                assert!(
                    !tekst.contains(&format!("id = \"{}\"", r.id)),
                    "{} of {} is in {bestand}",
                    r.id,
                    ander.id
                );
            }
        }
    }
}
