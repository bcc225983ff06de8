//! When a regulation can be requested and what comes first (`van`, `tot_en_met`, `binnen_maanden`, `eerst`):
//! each mistake gets its own Dutch message at its place.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use potjeswijzer::rules::{load, DagMaand};

fn minimal_with(aanvragen: &str) -> String {
    let minimal = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.toml"
    ))
    .unwrap();
    minimal.replace(
        "documenten = [\"Uw identiteitsbewijs.\"]\n",
        &format!("documenten = [\"Uw identiteitsbewijs.\"]\n{aanvragen}"),
    )
}

fn errors(aanvragen: &str) -> String {
    load("regulations.toml", &minimal_with(aanvragen))
        .map(|_| String::new())
        .unwrap_or_else(|e| e.to_string())
}

#[test]
fn a_window_is_read_as_days_of_the_year() {
    let regels = load(
        "regulations.toml",
        &minimal_with("van = \"1 oktober\"\ntot_en_met = \"31 januari\"\nbinnen_maanden = 3\n"),
    )
    .unwrap();
    let a = &regels.regelingen[0].aanvragen;
    assert_eq!(a.van, Some(DagMaand { dag: 1, maand: 10 }));
    assert_eq!(a.tot_en_met, Some(DagMaand { dag: 31, maand: 1 }));
    assert_eq!(a.binnen_maanden, Some(3));
}

#[test]
fn a_day_that_does_not_come_every_year_is_refused() {
    let e = errors("van = \"29 februari\"\n");
    assert!(e.contains("'29 februari' is geen dag van het jaar. Schrijf de dag en de maand, zoals \"1 oktober\""), "{e}");
    assert!(errors("tot_en_met = \"31-01\"\n").contains("'31-01' is geen dag van het jaar."));
}

#[test]
fn months_must_be_a_sensible_number() {
    assert!(errors("binnen_maanden = 0\n")
        .contains("binnen_maanden is een aantal maanden van 1 tot en met 60"));
}

#[test]
fn what_comes_first_must_be_a_regulation_of_the_file_and_not_itself() {
    let e = errors("eerst = [\"stadjerspass\"]\n");
    assert!(
        e.contains(
            "Regeling 'stadjerspass' bij eerst staat niet in het bestand. Bedoelt u 'stadjerspas'?"
        ),
        "{e}"
    );
    let e = errors("eerst = [\"stadjerspas\"]\n");
    assert!(
        e.contains("Regeling 'stadjerspas' kan niet eerst zichzelf hebben."),
        "{e}"
    );
}
