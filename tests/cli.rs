//! The `regels` command line as a policy officer and CI use it.
// helpers that run the command: a failure to start it should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{minimal, regels_cli as regels, scratch};
use serde_json::Value;

#[test]
fn check_approves_the_real_file_and_runs_its_households() {
    let (ok, stdout, stderr) = regels(&["check", "regulations.toml"]);
    assert!(ok, "{stdout}\n{stderr}");
    assert!(stdout.contains("Goedgekeurd."), "{stdout}");
    assert!(stdout.contains(" goed, 0 fout"), "{stdout}");
}

#[test]
fn check_rejects_a_broken_file_with_its_place_and_a_non_zero_exit() {
    let dir = scratch("regels-cli-link");
    let minimal = minimal();
    let path = dir.join("kapot.toml");
    std::fs::write(
        &path,
        minimal.replacen("link = \"https://", "link = \"http://", 1),
    )
    .unwrap();
    let (ok, _, stderr) = regels(&["check", path.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!("{}:", path.display())) && stderr.contains("geen veilige link"),
        "{stderr}"
    );
    assert!(stderr.contains("niet goedgekeurd"), "{stderr}");
}

#[test]
fn check_fails_when_an_example_household_changes_outcome() {
    let dir = scratch("regels-cli");
    let text = minimal();
    let changed = text.replace(
        "verwacht = { stadjerspas = \"ja\" }",
        "verwacht = { stadjerspas = \"nee\" }",
    );
    let path = dir.join("changed.toml");
    std::fs::write(&path, changed).unwrap();
    let (ok, stdout, _) = regels(&["check", path.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stdout.contains("(stadjerspas) verwacht nee, maar de uitkomst is ja"),
        "{stdout}"
    );
    assert!(stdout.contains("0 goed, 1 fout"), "{stdout}");
}

fn evaluate(answers: &str) -> Value {
    let dir = std::env::temp_dir().join(format!(
        "regels-eval-{}-{}",
        std::process::id(),
        answers.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("antwoorden.toml");
    std::fs::write(&path, answers).unwrap();
    let (ok, stdout, stderr) = regels(&[
        "evaluate",
        "--regels",
        "regulations.toml",
        "--antwoorden",
        path.to_str().unwrap(),
        "--datum",
        "2025-09-01",
    ]);
    assert!(ok, "{stderr}");
    serde_json::from_str(&stdout).expect("evaluate prints JSON")
}

const REFERENCE: &str = r#"
gemeente = "groningen"
leeftijd = 35
partner = false
kinderen = []
inkomstenbron = ["bijstand"]
inkomen = "1300"
vermogen = "1000"
"#;

#[test]
fn evaluate_prints_the_outcomes_as_json() {
    let out = evaluate(REFERENCE);
    assert_eq!(out["peildatum"], "2025-09-01");
    assert_eq!(out["normen_van"], "2025-07-01");
    let regelingen = out["regelingen"].as_array().unwrap();
    let ja: Vec<&Value> = regelingen.iter().filter(|r| r["status"] == "ja").collect();
    assert!(ja.len() >= 3);
    for r in regelingen {
        for key in [
            "id",
            "naam",
            "aanbieder",
            "gemeente",
            "status",
            "bedrag",
            "redenen",
            "bron",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        assert!(r["gemeente"].is_null() || r["gemeente"] == "groningen");
    }
    for r in ja {
        assert!(r["bron"].as_str().unwrap().starts_with("https://"));
        assert!(!r["redenen"].as_array().unwrap().is_empty());
    }
}

#[test]
fn evaluate_with_unknown_income_never_says_nee_where_it_said_ja() {
    let known = evaluate(REFERENCE);
    let unknown = evaluate(&REFERENCE.replace("inkomen = \"1300\"", "inkomen = \"weet_ik_niet\""));
    let (k, u) = (
        known["regelingen"].as_array().unwrap(),
        unknown["regelingen"].as_array().unwrap(),
    );
    assert_eq!(k.len(), u.len());
    let mut became_maybe = 0;
    for (a, b) in k.iter().zip(u) {
        if a["status"] == "ja" {
            assert_ne!(b["status"], "nee", "{}", b["id"]);
            became_maybe += usize::from(b["status"] == "misschien");
        }
    }
    assert!(became_maybe >= 3);
}

#[test]
fn evaluate_explains_answers_that_do_not_fit() {
    let dir = scratch("regels-bad");
    let path = dir.join("a.toml");
    std::fs::write(&path, "gemeente = \"haren\"\nleeftijd = \"oud\"\n").unwrap();
    let (ok, _, stderr) = regels(&[
        "evaluate",
        "--antwoorden",
        path.to_str().unwrap(),
        "--datum",
        "2025-09-01",
    ]);
    assert!(!ok);
    assert!(
        stderr.contains("a.toml:1:12: 'haren' is geen keuze"),
        "{stderr}"
    );
    assert!(stderr.contains("a.toml:2:12:"), "{stderr}");
}

#[test]
fn schema_is_json_that_names_every_section() {
    let (ok, stdout, _) = regels(&["schema"]);
    assert!(ok);
    let schema: Value = serde_json::from_str(&stdout).expect("the schema is JSON");
    for section in [
        "meta",
        "gemeente",
        "norm",
        "vermogensgrens",
        "grens",
        "vraag",
        "regeling",
        "voorbeeld",
    ] {
        assert!(schema["properties"][section].is_object(), "{section}");
    }
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/regulations.schema.json"
    ))
    .expect("regulations.schema.json is committed next to regulations.toml");
    assert_eq!(
        committed.trim(),
        stdout.trim(),
        "run: regels schema > regulations.schema.json"
    );
}

#[test]
fn the_schema_of_a_municipal_file_is_committed_and_allows_only_its_own_sections() {
    let (ok, stdout, stderr) = regels(&["schema", "--gemeente"]);
    assert!(ok, "{stderr}");
    let schema: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let sections: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        sections,
        ["b1_uitzondering", "gemeente", "grens", "regeling"]
    );
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/gemeente.schema.json"))
            .expect("gemeente.schema.json is committed next to regulations.toml");
    assert_eq!(
        committed.trim(),
        stdout.trim(),
        "run: regels schema --gemeente > gemeente.schema.json"
    );
}

#[test]
fn schema_lijst_is_the_committed_schema_of_the_index_of_municipalities() {
    let (ok, stdout, _) = regels(&["schema", "--lijst"]);
    assert!(ok);
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/gemeenten.schema.json"
    ))
    .expect("gemeenten.schema.json is committed next to gemeenten.toml");
    assert_eq!(
        committed.trim(),
        stdout.trim(),
        "run: regels schema --lijst > gemeenten.schema.json"
    );
    // the real index passes its own schema
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let index = potjeswijzer::rules::schema::as_json(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/gemeenten.toml")).unwrap(),
    )
    .unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("https://potjeswijzer.nl/gemeenten.schema.json", schema)
        .unwrap();
    let id = compiler
        .compile(
            "https://potjeswijzer.nl/gemeenten.schema.json",
            &mut schemas,
        )
        .unwrap();
    assert!(schemas.validate(&index, id).is_ok());
}

#[test]
fn grenzen_shows_the_amounts_leiden_published_for_early_2025() {
    let (ok, stdout, stderr) =
        regels(&["grenzen", "--datum", "2025-03-01", "--gemeente", "leiden"]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("1 maart 2025, gemeente Leiden"), "{stdout}");
    assert!(
        stdout.contains("Bijstandsnormen van 1 januari 2025"),
        "{stdout}"
    );
    for published in ["€ 1.533,82", "€ 1.711,22", "€ 1.789,45"] {
        assert!(stdout.contains(published), "{published} missing:\n{stdout}");
    }
    // nothing of another municipality
    assert!(!stdout.contains("groningen_"), "{stdout}");
    let (ok, json, _) = regels(&[
        "grenzen",
        "--datum",
        "2026-11-23",
        "--gemeente",
        "groningen",
        "--json",
    ]);
    assert!(ok);
    let t: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(t["normen_van"], "2026-07-01");
    let pas = t["regelingen"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["regeling"] == "groningen_stadjerspas"))
        .expect("the Stadjerspas has a limit");
    assert_eq!(pas["basis"], "zonder_vakantiegeld");
    assert!(pas["bedragen"].as_array().is_some_and(|b| b
        .iter()
        .any(|b| b["huishouden"] == "alleenstaande ouder" && b["bedrag"] == "1618.19")));
}

#[test]
fn grenzen_names_the_municipalities_when_one_is_unknown() {
    let (ok, _, stderr) = regels(&["grenzen", "--gemeente", "haren"]);
    assert!(!ok);
    assert!(
        stderr.contains("Gemeente 'haren' staat niet in"),
        "{stderr}"
    );
    assert!(
        stderr.contains("groningen, westerkwartier, leiden"),
        "{stderr}"
    );
}

#[test]
fn check_runs_the_examples_next_to_the_file_and_points_into_that_file() {
    let dir = scratch("regels-cli-naast");
    let minimal = minimal();
    std::fs::write(dir.join("regulations.toml"), &minimal).unwrap();
    std::fs::write(
        dir.join("voorbeelden.toml"),
        "# voorbeelden\n\n[[voorbeeld]]\nnaam = \"Met 5000 euro past de pas niet.\"\ndatum = 2025-09-01\n\
         antwoorden = { gemeente = \"groningen\", leeftijd = 30, partner = false, kinderen = [], inkomen = \"5000\" }\n\
         verwacht = { stadjerspas = \"ja\" }\n",
    )
    .unwrap();
    let path = dir.join("regulations.toml");
    let (ok, stdout, _) = regels(&["check", path.to_str().unwrap()]);
    assert!(!ok);
    let naast = dir.join("voorbeelden.toml");
    assert!(
        stdout.contains(&format!(
            "{}:3: voorbeeld \"Met 5000 euro past de pas niet.\" (op 1 september 2025): voor Stadjerspas (stadjerspas) verwacht ja, maar de uitkomst is nee. Dit besliste:",
            naast.display()
        )),
        "{stdout}"
    );
    // the file's own example still runs
    assert!(stdout.contains("1 goed, 1 fout"), "{stdout}");
}

#[test]
fn the_regulations_file_residents_download_has_no_example_households() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml")).unwrap();
    assert!(!text.contains("[[voorbeeld]]"));
    let (ok, stdout, stderr) = regels(&["check", "regulations.toml"]);
    assert!(ok, "{stderr}");
    let passed: usize = stdout
        .lines()
        .find_map(|l| l.strip_prefix("voorbeelden: "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a count of examples");
    assert!(passed >= 100, "{stdout}");
}

#[test]
fn an_example_dated_before_a_regulation_says_so_with_both_dates() {
    let dir = scratch("regels-cli-periode");
    let minimal = minimal();
    std::fs::write(dir.join("regulations.toml"), &minimal).unwrap();
    std::fs::write(
        dir.join("voorbeelden.toml"),
        "[[voorbeeld]]\nnaam = \"Te vroeg.\"\ndatum = 2018-06-01\n\
         antwoorden = { gemeente = \"groningen\", leeftijd = 30, partner = false, kinderen = [], inkomen = \"900\" }\n\
         verwacht = { stadjerspas = \"ja\" }\n",
    )
    .unwrap();
    let (ok, stdout, _) = regels(&["check", dir.join("regulations.toml").to_str().unwrap()]);
    assert!(!ok);
    assert!(stdout.contains("(op 1 juni 2018)"), "{stdout}");
    // the file's only example household sits under the limit: the other side is untested
    assert!(
        stdout.contains("regeling 'stadjerspas' heeft een inkomensgrens, maar geen voorbeeldhuishouden boven de grens"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "De regeling geldt pas vanaf 1 januari 2024; het voorbeeld rekent op 1 juni 2018."
        ),
        "{stdout}"
    );
}

#[test]
fn evaluate_as_text_reads_as_dutch_with_the_limits_in_euros() {
    let dir = scratch("regels-cli-tekst");
    let path = dir.join("antwoorden.toml");
    std::fs::write(
        &path,
        "gemeente = \"groningen\"\nleeftijd = 34\npartner = false\nkinderen = [6, 13]\n\
         inkomstenbron = [\"bijstand\"]\ninkomen = \"1600\"\n",
    )
    .unwrap();
    let args = |extra: &[&str]| {
        let mut a = vec![
            "evaluate",
            "--antwoorden",
            path.to_str().unwrap(),
            "--datum",
            "2026-11-23",
            "--tekst",
        ];
        a.extend_from_slice(extra);
        regels(&a)
    };
    let (ok, stdout, stderr) = args(&[]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("Uitkomst op 23 november 2026, met de bijstandsnormen van 1 juli 2026.")
    );
    assert!(
        stdout.contains("Stadjerspas (groningen_stadjerspas): past waarschijnlijk."),
        "{stdout}"
    );
    assert!(
        // The resident's own figure against the limit, in whole euros (`regels grenzen` gives the cents).
        stdout.contains("  - Uw inkomen is € 1.600 per maand. Dat is onder de grens van € 1.618."),
        "{stdout}"
    );
    let (ok, one, _) = args(&["--regeling", "groningen_bijzondere_bijstand"]);
    assert!(ok);
    assert!(
        one.contains("misschien: dat hangt af van uw spaargeld."),
        "{one}"
    );
    assert!(one.contains("(artikel 35 Participatiewet)"), "{one}");
    assert!(!one.contains("Stadjerspas"), "{one}");
    let (ok, _, err) = args(&["--regeling", "stadjerspass"]);
    assert!(!ok);
    assert!(
        err.contains("Regeling 'stadjerspass' staat niet in de uitkomst"),
        "{err}"
    );
}
