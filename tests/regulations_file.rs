//! The real regulations.toml: it loads, its example households keep their outcome, and the reference cases hold.

mod common;
use common::*;
use potjeswijzer::rules::{check::run_examples, evaluate, Antwoord, Status, Toets, Voorwaarde};

fn reference_household() -> potjeswijzer::rules::Antwoorden {
    answers(&[
        ("gemeente", Antwoord::Keuze("groningen".into())),
        ("leeftijd", Antwoord::Getal(35)),
        ("partner", Antwoord::JaNee(false)),
        ("kinderen", Antwoord::Leeftijden(vec![])),
        (
            "inkomstenbron",
            Antwoord::Meerkeuze(vec!["bijstand".into()]),
        ),
        ("inkomen", money("1300")),
        ("vermogen", money("1000")),
    ])
}

#[test]
fn every_example_household_keeps_its_outcome() {
    let regels = regulations();
    let results = run_examples(&regels, date(2026, 11, 23));
    let failing: Vec<_> = results.iter().filter(|r| !r.klopt()).collect();
    assert!(failing.is_empty(), "{failing:#?}");
    assert!(
        results.len() >= 40,
        "only {} example households",
        results.len()
    );
}

#[test]
fn each_municipality_has_at_least_ten_regulations_and_examples() {
    let regels = regulations();
    for g in ["groningen", "westerkwartier", "leiden"] {
        let own = regels
            .regelingen
            .iter()
            .filter(|r| r.gemeente.as_deref() == Some(g))
            .count();
        let national = regels
            .regelingen
            .iter()
            .filter(|r| r.gemeente.is_none())
            .count();
        assert!(own + national >= 10, "{g}: {own} own + {national} national");
        let examples = regels
            .voorbeelden
            .iter()
            .filter(|v| v.antwoorden.get("gemeente") == Some(&Antwoord::Keuze(g.into())))
            .count();
        assert!(examples >= 8, "{g}: only {examples} example households");
    }
}

#[test]
fn ended_regulations_are_not_offered() {
    let regels = regulations();
    for r in &regels.regelingen {
        let naam = r.naam.to_lowercase();
        assert!(!naam.contains("energietoeslag"), "{}", r.id);
        assert!(
            !(naam.contains("schoolfonds") && r.gemeente.as_deref() == Some("groningen")),
            "{}",
            r.id
        );
        assert!(
            !(naam.contains("collectieve zorgverzekering")
                && r.gemeente.as_deref() == Some("groningen")),
            "{}",
            r.id
        );
    }
}

#[test]
fn the_reference_resident_gets_a_sourced_list_with_reasons() {
    let regels = regulations();
    let uitslag = evaluate(&regels, &reference_household(), date(2025, 9, 1));
    assert_eq!(uitslag.normen_van, Some(date(2025, 7, 1)));
    let ja: Vec<_> = uitslag
        .uitkomsten
        .iter()
        .filter(|u| u.status == Status::Ja)
        .collect();
    assert!(ja.len() >= 3, "{ja:#?}");
    for u in &ja {
        assert!(u.bron.starts_with("https://"), "{}", u.id);
        assert!(
            !u.redenen.is_empty() && u.redenen.iter().all(|r| r.status == Status::Ja),
            "{}",
            u.id
        );
    }
    // only Groningen's and national or partner regulations appear
    assert!(uitslag
        .uitkomsten
        .iter()
        .all(|u| u.gemeente.is_none() || u.gemeente.as_deref() == Some("groningen")));
}

fn depends_on_income(v: &Voorwaarde) -> bool {
    match v {
        Voorwaarde::Alle(d, _) | Voorwaarde::EenVan(d, _) => d.iter().any(depends_on_income),
        Voorwaarde::Niet(d, _) => depends_on_income(d),
        Voorwaarde::Toets(Toets::InkomenBinnen { .. }, _) => true,
        Voorwaarde::Toets(Toets::Vergelijk { vraag, .. }, _) => vraag == "inkomen",
        Voorwaarde::Toets(..) => false,
    }
}

#[test]
fn unknown_income_makes_income_dependent_regulations_misschien_never_nee() {
    let regels = regulations();
    let known = evaluate(&regels, &reference_household(), date(2025, 9, 1));
    let mut unknown_income = reference_household();
    unknown_income.insert("inkomen".into(), Antwoord::WeetIkNiet);
    let unknown = evaluate(&regels, &unknown_income, date(2025, 9, 1));
    let mut checked = 0;
    for (k, u) in known.uitkomsten.iter().zip(&unknown.uitkomsten) {
        let regeling = regels.regelingen.iter().find(|r| r.id == k.id).unwrap();
        if !depends_on_income(&regeling.voorwaarde) {
            assert_eq!(k.status, u.status, "{}", k.id);
            continue;
        }
        if k.status == Status::Ja {
            checked += 1;
            assert_eq!(u.status, Status::Misschien, "{}", u.id);
            assert!(
                u.hangt_af_van.iter().any(|h| h.contains("inkomen")),
                "{}: {:?}",
                u.id,
                u.hangt_af_van
            );
        }
        if u.status == Status::Nee {
            // nee with an unknown income must be nee for another reason: it stays nee with no income at all
            let mut no_income = reference_household();
            no_income.insert("inkomen".into(), money("0"));
            let zero = evaluate(&regels, &no_income, date(2025, 9, 1));
            let at_zero = zero
                .uitkomsten
                .iter()
                .find(|z| z.id == u.id)
                .map(|z| z.status);
            assert_eq!(
                at_zero,
                Some(Status::Nee),
                "{} is nee because of an unknown income",
                u.id
            );
        }
    }
    assert!(checked >= 3, "too few income-dependent regulations were ja");
}

#[test]
fn a_single_person_exactly_at_120_percent_fits_and_one_cent_more_does_not() {
    let regels = regulations();
    let with_income = |bedrag: &str| {
        let mut a = reference_household();
        a.insert("inkomen".into(), money(bedrag));
        evaluate(&regels, &a, date(2025, 9, 1))
    };
    let status = |u: &potjeswijzer::rules::Uitslag, id: &str| {
        u.uitkomsten.iter().find(|x| x.id == id).map(|x| x.status)
    };
    let at = with_income("1560.73");
    let over = with_income("1560.74");
    let pass_id = regels
        .regelingen
        .iter()
        .find(|r| {
            r.gemeente.as_deref() == Some("groningen")
                && r.naam.to_lowercase().contains("stadjerspas")
        })
        .map(|r| r.id.clone())
        .expect("the Stadjerspas is in the file");
    assert_eq!(status(&at, &pass_id), Some(Status::Ja));
    assert_eq!(status(&over, &pass_id), Some(Status::Nee));
}

#[test]
fn answering_a_minor_age_keeps_an_income_test_that_already_failed() {
    // found by the property test: 2388.29 is over Groningen's 120 % of every household's norm (the highest is
    // 2388.28, a couple at AOW age)
    let regels = regulations();
    let before = answers(&[("inkomen", money("2388.29"))]);
    let mut after = before.clone();
    after.insert("leeftijd".into(), Antwoord::Getal(16));
    let status = |a: &potjeswijzer::rules::Antwoorden| {
        potjeswijzer::rules::status_of_all(&regels, a, date(2025, 9, 1))
            .into_iter()
            .find(|(id, _)| id == "groningen_laptopregeling")
            .map(|(_, s)| s)
    };
    assert_eq!(status(&before), Some(Status::Nee));
    assert_eq!(status(&after), Some(Status::Nee));
}

#[test]
fn the_file_reads_like_a_leaflet_no_line_over_120_characters() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml")).unwrap();
    let long: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.chars().count() > 120)
        .map(|(i, l)| (i + 1, l.chars().count()))
        .collect();
    assert!(
        long.is_empty(),
        "lines (number, length) over 120 characters: {long:?}"
    );
}

#[test]
fn a_temporary_regulation_is_offered_up_to_its_last_day_and_not_after() {
    let regels = regulations();
    let couple = answers(&[
        ("gemeente", Antwoord::Keuze("groningen".into())),
        ("leeftijd", Antwoord::Getal(50)),
        ("partner", Antwoord::JaNee(true)),
        ("leeftijd_partner", Antwoord::Getal(48)),
        (
            "inkomstenbron",
            Antwoord::Meerkeuze(vec!["andere_uitkering".into(), "bijstand".into()]),
        ),
    ]);
    let offered = |datum| {
        evaluate(&regels, &couple, datum)
            .uitkomsten
            .iter()
            .find(|u| u.id == "groningen_alleenverdieners")
            .map(|u| u.status)
    };
    // geldig_tot = 2027-12-31: the scheme covers 2025, 2026 and 2027
    assert_eq!(offered(date(2027, 12, 31)), Some(Status::Ja));
    assert_eq!(offered(date(2028, 1, 1)), None);
    // and a scheme that starts later is not offered before its first day
    let leiden = answers(&[("gemeente", Antwoord::Keuze("leiden".into()))]);
    let has_ov = |datum| {
        evaluate(&regels, &leiden, datum)
            .uitkomsten
            .iter()
            .any(|u| u.id == "leiden_gratis_ov")
    };
    assert!(!has_ov(date(2026, 2, 28)));
    assert!(has_ov(date(2026, 3, 1)));
    assert!(has_ov(date(2030, 2, 28)));
    assert!(!has_ov(date(2030, 3, 1)));
}

/// The start screen (index.html and src/app/parts/start_uitleg.rs) promises "hooguit 15 korte vragen" and
/// "Bij elke vraag kunt u kiezen voor 'Weet ik niet'" (review P16): the file must keep both true.
#[test]
fn the_start_screen_promise_holds() {
    let regels = regulations();
    assert!(
        regels.vragen.len() <= 15,
        "{} questions: change the start screen's 'hooguit 15 korte vragen'",
        regels.vragen.len()
    );
    let zonder: Vec<&str> = regels
        .vragen
        .iter()
        .filter(|v| v.weet_ik_niet.is_none())
        .map(|v| v.id.as_str())
        .collect();
    assert!(zonder.is_empty(), "no 'Weet ik niet' on {zonder:?}");
    for f in ["index.html", "src/app/parts/start_uitleg.rs"] {
        let tekst = std::fs::read_to_string(f).unwrap_or_default();
        assert!(tekst.contains("Het zijn hooguit 15 korte vragen."), "{f}");
        assert!(
            tekst.contains("Bij elke vraag kunt u kiezen voor 'Weet ik niet'."),
            "{f}"
        );
    }
}

/// Review P8: the hints follow the earlier answers. No partner sentence after "geen partner", no payslip for a
/// pensioner, no kinderbijslag without children; all of them for a working couple with a child.
#[test]
fn hints_follow_the_earlier_answers() {
    use potjeswijzer::rules::question_text;
    let regels = regulations();
    let vraag = |id: &str| {
        regels
            .vragen
            .iter()
            .find(|v| v.id == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    };
    let henk = answers(&[
        ("gemeente", Antwoord::Keuze("westerkwartier".into())),
        ("leeftijd", Antwoord::Getal(68)),
        ("partner", Antwoord::JaNee(false)),
        ("kinderen", Antwoord::Leeftijden(vec![])),
        (
            "inkomstenbron",
            Antwoord::Meerkeuze(vec!["aow_pensioen".into()]),
        ),
    ]);
    for id in ["inkomen", "vermogen", "inkomstenbron"] {
        let uitleg = question_text(&regels, vraag(id), &henk, date(2026, 11, 23))
            .uitleg
            .unwrap_or_default();
        for woord in ["partner", "loonstrook", "kinderbijslag", "4 weken"] {
            assert!(!uitleg.contains(woord), "{id}: '{woord}' in: {uitleg}");
        }
    }
    let stel = answers(&[
        ("gemeente", Antwoord::Keuze("leiden".into())),
        ("leeftijd", Antwoord::Getal(45)),
        ("partner", Antwoord::JaNee(true)),
        ("leeftijd_partner", Antwoord::Getal(47)),
        ("kinderen", Antwoord::Leeftijden(vec![15])),
        ("inkomstenbron", Antwoord::Meerkeuze(vec!["werk".into()])),
    ]);
    let uitleg = question_text(&regels, vraag("inkomen"), &stel, date(2026, 11, 23))
        .uitleg
        .unwrap_or_default();
    for zin in [
        "Werkt u? Kijk dan ook op uw loonstrook.",
        "Tel het geld van uw partner erbij.",
        "Tel ook kinderbijslag en kindgebonden budget niet mee.",
        "Krijgt u elke 4 weken geld? Doe het bedrag dan keer 13 en deel door 12.",
    ] {
        assert!(uitleg.contains(zin), "'{zin}' missing in: {uitleg}");
    }
    assert_eq!(uitleg.matches("partner").count(), 1, "{uitleg}");
}

/// A float where an amount belongs: the message shows the number as it was written (kept as text, never read as
/// `f64`), so the policy officer can put it between quotes as it is.
#[test]
fn a_float_amount_is_refused_with_its_own_text() {
    let tekst = std::fs::read_to_string("regulations.toml").unwrap_or_default();
    let fout = tekst.replacen(r#"alleenstaand = "1345.45""#, "alleenstaand = 1_345.450", 1);
    assert_ne!(fout, tekst);
    let e = match potjeswijzer::rules::load("regulations.toml", &fout) {
        Ok(_) => panic!("a float amount was accepted"),
        Err(e) => e.to_string(),
    };
    assert!(e.contains(r#"bijvoorbeeld "1345.450""#), "{e}");
}
