//! One national file and one file per municipality: a municipality's file adds its help, limits and regulations,
//! its errors name its own file and line, and it cannot change anything national.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use potjeswijzer::rules::{
    add_gemeente, add_gemeente_for_check, add_lijst, evaluate, load, load_for_check_met_lijst,
    load_lijst, Antwoord, Regels, Status,
};

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
naam = "Groningen"
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
    add_groningen(&mut regels);
    regels
}

fn add_groningen(regels: &mut Regels) {
    add_gemeente(regels, "groningen", "gemeenten/groningen.toml", GRONINGEN).unwrap();
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
    ), "gemeenten/groningen.toml:38:3: De bijstandsnormen zijn landelijk en staan in regulations.toml.");
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
            .any(|e| e.contains(":38:3: De vragen zijn voor alle gemeenten gelijk")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":42:3: De vermogensgrens is landelijk")),
        "{errors:?}"
    );
}

#[test]
fn a_municipal_limit_cannot_take_the_id_of_a_national_one() {
    assert_one_error(&groningen_with(
        "[[grens]]\nid = \"minima\"\nnaam = \"Eigen\"\nbasis = \"met_vakantiegeld\"\nbron = \"https://x.nl\"\n\n[[grens.waarde]]\ngeldig_vanaf = 2025-01-01\nprocent = 130\n",
    ), "gemeenten/groningen.toml:39:6: Grens 'minima' staat al in regulations.toml. Een gemeente kan een landelijke grens niet veranderen.");
}

#[test]
fn a_regulation_in_a_municipal_file_does_not_name_a_municipality() {
    let text = GRONINGEN.replace(
        "aanbieder = \"Gemeente Groningen\"\n",
        "aanbieder = \"Gemeente Groningen\"\ngemeente = \"groningen\"\n",
    );
    assert_one_error(&text, "gemeenten/groningen.toml:24:12: In het bestand van een gemeente hoort elke regeling bij die gemeente.");
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

/// The national file of `national()` with an index of municipalities instead of its own list.
fn national_with_index() -> String {
    national()
        .replace(
            "aow_leeftijd = 67\n",
            "aow_leeftijd = 67\ngemeenten = \"gemeenten.toml\"\n",
        )
        .replace(
            "[[gemeente]]\nid = \"groningen\"\nnaam = \"Groningen\"\nbestand = \"gemeenten/groningen.toml\"\n",
            "",
        )
        .replace(
            "opties = [{ waarde = \"groningen\", tekst = \"Groningen\" }, { waarde = \"anders\", tekst = \"Ergens anders\" }]\n",
            "",
        )
}

const INDEX: &str = "[[gemeente]]\nid = \"groningen\"\nnaam = \"Groningen\"\n\n[[gemeente]]\nid = \"haren\"\nnaam = \"Haren\"\n";

#[test]
fn with_an_index_the_national_file_loads_without_municipalities_and_one_file_brings_its_own() {
    let text = national_with_index();
    assert!(
        text.contains("gemeenten = ") && !text.contains("[[gemeente]]"),
        "{text}"
    );
    let mut regels = load("regulations.toml", &text).unwrap();
    assert!(regels.gemeenten.is_empty());
    assert!(!regels.alle_gemeenten_bekend());
    assert_eq!(
        regels.bestand_nodig("groningen").as_deref(),
        Some("gemeenten/groningen.toml")
    );
    // only a well-formed id becomes an address
    assert_eq!(regels.bestand_nodig("../x"), None);
    add_groningen(&mut regels);
    assert_eq!(regels.gemeenten.len(), 1);
    assert_eq!(regels.gemeenten[0].naam, "Groningen");
    let vraag = regels.vragen.iter().find(|v| v.id == "gemeente").unwrap();
    assert_eq!(vraag.opties.len(), 1);
    assert_eq!(vraag.opties[0].tekst, "Groningen");
    assert_eq!(regels.bestand_nodig("groningen"), None);

    // the index adds the others, in its order, and keeps what Groningen's file brought
    let lijst = load_lijst("gemeenten.toml", INDEX).unwrap();
    add_lijst(&mut regels, &lijst);
    assert!(regels.alle_gemeenten_bekend());
    let ids: Vec<&str> = regels.gemeenten.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["groningen", "haren"]);
    assert!(regels.gemeenten[0].hulp.is_some());
    assert!(regels.gemeenten[1].wacht_op_bestand());
    let vraag = regels.vragen.iter().find(|v| v.id == "gemeente").unwrap();
    assert_eq!(vraag.opties.len(), 2);
}

#[test]
fn the_index_is_checked_and_a_municipal_files_name_must_match_it() {
    let today = common::date(2026, 11, 23);
    let dubbel = format!("{INDEX}\n[[gemeente]]\nid = \"haren\"\nnaam = \"Haren\"\n");
    let errors = load_lijst("gemeenten.toml", &dubbel).unwrap_err();
    assert_eq!(errors.errors.len(), 1, "{errors}");
    assert!(
        errors.errors[0]
            .to_string()
            .starts_with("gemeenten.toml:10:6: Er is al een gemeente met id 'haren'"),
        "{errors}"
    );
    let zonder_naam = load_lijst("gemeenten.toml", "[[gemeente]]\nid = \"haren\"\n").unwrap_err();
    assert!(zonder_naam.to_string().contains("naam"), "{zonder_naam}");
    let leeg = load_lijst("gemeenten.toml", "# niets\n").unwrap_err();
    assert!(
        leeg.to_string()
            .contains("Er staat geen gemeente in dit bestand"),
        "{leeg}"
    );

    let lijst = load_lijst(
        "gemeenten.toml",
        &INDEX.replace("\"Groningen\"", "\"Stad\""),
    )
    .unwrap();
    let (mut regels, _) =
        load_for_check_met_lijst("regulations.toml", &national_with_index(), today, &lijst)
            .unwrap();
    let err = add_gemeente_for_check(
        &mut regels,
        "groningen",
        "gemeenten/groningen.toml",
        GRONINGEN,
        today,
    )
    .unwrap_err();
    assert!(
        err.to_string().starts_with("gemeenten/groningen.toml:3:8: Deze naam verschilt van die in gemeenten.toml: daar staat naam = \"Stad\"."),
        "{err}"
    );

    // a reference to a municipality in the national file is checked against the index
    let elders = national_with_index().replace(
        "[[grens.waarde]]\ngeldig_vanaf = 2025-01-01\nprocent = 120\n",
        "[[grens.waarde]]\ngeldig_vanaf = 2025-01-01\nprocent = 120\n\n[[grens.waarde]]\ngeldig_vanaf = 2025-01-01\ngemeente = \"zuidhorn\"\nprocent = 130\n",
    );
    assert!(
        load("regulations.toml", &elders).is_ok(),
        "without the index it cannot be checked"
    );
    let err = load_for_check_met_lijst("regulations.toml", &elders, today, &lijst).unwrap_err();
    assert!(
        err.to_string()
            .contains("Gemeente 'zuidhorn' staat niet bij [[gemeente]] in gemeenten.toml."),
        "{err}"
    );

    let zonder_vraag =
        national_with_index().replacen("id = \"gemeente\"", "id = \"woonplaats\"", 1);
    let err = load("regulations.toml", &zonder_vraag).unwrap_err();
    assert!(
        err.to_string()
            .contains("zijn de keuzes van de vraag 'gemeente', maar die vraag is er niet"),
        "{err}"
    );

    let zonder = GRONINGEN.replace("naam = \"Groningen\"\n", "");
    let mut regels = load("regulations.toml", &national_with_index()).unwrap();
    let err = add_gemeente(
        &mut regels,
        "groningen",
        "gemeenten/groningen.toml",
        &zonder,
    )
    .unwrap_err();
    assert!(err.to_string().contains("naam"), "{err}");
}
