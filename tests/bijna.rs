//! Near misses: for a nee or misschien, the single answer change that would make a regulation ja, said as
//! information. Income, savings, age, duration, a child's age and a yes/no answer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{answers, date, money};
use potjeswijzer::rules::{bijna, evaluate, Antwoord, Antwoorden, Bijna, Regels, Status};

/// A single parent in Groningen, 35, with children of 6 and 13, on 23 November 2026.
fn ouder(extra: &[(&str, Antwoord)]) -> Antwoorden {
    let mut a = answers(&[
        ("gemeente", Antwoord::Keuze("groningen".into())),
        ("leeftijd", Antwoord::Getal(35)),
        ("partner", Antwoord::JaNee(false)),
        ("kinderen", Antwoord::Leeftijden(vec![6, 13])),
        ("inkomstenbron", Antwoord::Meerkeuze(vec!["werk".into()])),
        ("student", Antwoord::JaNee(false)),
        ("inkomen", money("1300")),
        ("vermogen", money("500")),
        ("jaren_laag_inkomen", Antwoord::Getal(6)),
        ("schulden", Antwoord::JaNee(false)),
    ]);
    for (k, v) in extra {
        a.insert(k.to_string(), v.clone());
    }
    a
}

fn near(regels: &Regels, a: &Antwoorden, id: &str) -> Vec<Bijna> {
    let r = regels.regelingen.iter().find(|r| r.id == id).unwrap();
    bijna(regels, a, date(2026, 11, 23), r)
}

fn one(regels: &Regels, a: &Antwoorden, id: &str) -> Bijna {
    let b = near(regels, a, id);
    assert_eq!(b.len(), 1, "{id}: {b:?}");
    b.into_iter().next().unwrap()
}

#[test]
fn an_income_above_the_limit_names_the_limit_for_this_household() {
    let regels = common::regulations();
    let a = ouder(&[("inkomen", money("1700"))]);
    let b = one(&regels, &a, "groningen_stadjerspas");
    assert_eq!(
        (b.vraag.as_str(), b.waarde.as_str()),
        ("inkomen", "1618.19")
    );
    assert_eq!(
        b.tekst,
        "Met een inkomen tot € 1.618,19 per maand komt u wel in aanmerking."
    );
    // exactly on the limit it is ja, and then there is no near miss
    let op = ouder(&[("inkomen", money("1618.19"))]);
    assert!(near(&regels, &op, "groningen_stadjerspas").is_empty());
}

#[test]
fn a_duration_says_how_many_years_are_still_to_go() {
    let regels = common::regulations();
    let a = ouder(&[("jaren_laag_inkomen", Antwoord::Getal(3))]);
    let b = one(&regels, &a, "groningen_inkomenstoeslag");
    assert_eq!(
        (b.vraag.as_str(), b.waarde.as_str()),
        ("jaren_laag_inkomen", "5")
    );
    assert_eq!(b.tekst, "Over 2 jaar komt u wel in aanmerking.");
}

#[test]
fn an_age_says_from_which_age() {
    let regels = common::regulations();
    let a = ouder(&[("leeftijd", Antwoord::Getal(19))]);
    let b = one(&regels, &a, "groningen_inkomenstoeslag");
    assert_eq!(b.tekst, "Vanaf 21 jaar komt u wel in aanmerking.");
}

#[test]
fn a_childs_age_takes_the_child_that_reaches_it_first() {
    let regels = common::regulations();
    let a = ouder(&[("kinderen", Antwoord::Leeftijden(vec![4, 9]))]);
    let b = one(&regels, &a, "groningen_laptopregeling");
    assert_eq!(
        (b.vraag.as_str(), b.waarde.as_str()),
        ("kinderen", "[4, 11]")
    );
    assert_eq!(b.tekst, "Als uw kind 11 jaar is, komt u wel in aanmerking.");
}

#[test]
fn a_yes_no_answer_gives_the_condition_as_information() {
    let regels = common::regulations();
    let a = ouder(&[]);
    let b = one(&regels, &a, "schuldhulpmaatje");
    assert_eq!((b.vraag.as_str(), b.waarde.as_str()), ("schulden", "true"));
    assert_eq!(
        b.tekst,
        "Het past wel als dit klopt: u heeft rekeningen die u nu niet kunt betalen."
    );
}

#[test]
fn two_changes_needed_is_no_near_miss_and_time_never_goes_back() {
    let regels = common::regulations();
    // both the income and the years fail: no single change makes it ja
    let a = ouder(&[
        ("inkomen", money("1700")),
        ("jaren_laag_inkomen", Antwoord::Getal(3)),
    ]);
    assert!(near(&regels, &a, "groningen_inkomenstoeslag").is_empty());
    // no child will get younger: a child of 18 does not become 17 for the laptop
    let oud = ouder(&[("kinderen", Antwoord::Leeftijden(vec![18]))]);
    assert!(near(&regels, &oud, "groningen_laptopregeling").is_empty());
}

#[test]
fn every_near_miss_in_the_outcome_really_makes_the_regulation_ja() {
    let regels = common::regulations();
    for (i, v) in regels.voorbeelden.iter().enumerate() {
        let datum = v.datum.unwrap_or(date(2026, 11, 23));
        for u in evaluate(&regels, &v.antwoorden, datum).uitkomsten {
            assert!(u.status != Status::Ja || u.bijna.is_empty(), "{}", u.id);
            for b in &u.bijna {
                let mut a = v.antwoorden.clone();
                let antwoord = potjeswijzer::rules::parse_answers(
                    &regels,
                    "bijna.toml",
                    &format!("{} = {}", b.vraag, toml_waarde(&regels, b)),
                )
                .unwrap_or_else(|e| panic!("example {i}, {}: {e}", u.id));
                a.extend(antwoord);
                let na = evaluate(&regels, &a, datum);
                let status = na
                    .uitkomsten
                    .iter()
                    .find(|x| x.id == u.id)
                    .map(|x| x.status);
                assert_eq!(
                    status,
                    Some(Status::Ja),
                    "example {} {}: {:?}",
                    v.naam,
                    u.id,
                    b
                );
            }
        }
    }
}

/// A near miss's value as TOML: amounts are text in an answers file.
fn toml_waarde(regels: &Regels, b: &Bijna) -> String {
    let bedrag = regels
        .vragen
        .iter()
        .any(|v| v.id == b.vraag && matches!(v.soort, potjeswijzer::rules::Soort::Bedrag));
    if bedrag {
        format!("\"{}\"", b.waarde)
    } else {
        b.waarde.clone()
    }
}

#[test]
fn regels_evaluate_carries_the_near_misses_as_json() {
    let dir = common::scratch("regels-bijna");
    let file = dir.join("antwoorden.toml");
    std::fs::write(
        &file,
        "gemeente = \"groningen\"\nleeftijd = 35\npartner = false\nkinderen = [6, 13]\n\
         inkomstenbron = [\"werk\"]\nstudent = false\ninkomen = \"1700\"\nvermogen = \"500\"\n",
    )
    .unwrap();
    let (ok, stdout, stderr) = common::regels_cli(&[
        "evaluate",
        "--antwoorden",
        file.to_str().unwrap(),
        "--datum",
        "2026-11-23",
        "--regeling",
        "groningen_stadjerspas",
    ]);
    assert!(ok, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json["regelingen"][0]["bijna"],
        serde_json::json!([{
            "vraag": "inkomen",
            "waarde": "1618.19",
            "tekst": "Met een inkomen tot € 1.618,19 per maand komt u wel in aanmerking."
        }])
    );
}
