//! The question flow, walked as a resident would: one question at a time, answering from an example household.

mod common;
use common::*;
use potjeswijzer::rules::{
    evaluate, next_question, open_questions, status_of_all, Antwoord, Antwoorden, Status,
};

/// The example's answers, with "weet ik niet" for every question it leaves open.
fn complete(regels: &potjeswijzer::rules::Regels, given: &Antwoorden) -> Antwoorden {
    regels
        .vragen
        .iter()
        .map(|v| {
            (
                v.id.clone(),
                given.get(&v.id).cloned().unwrap_or(Antwoord::WeetIkNiet),
            )
        })
        .collect()
}

#[test]
fn skipped_questions_could_not_have_changed_any_outcome() {
    let regels = regulations();
    for voorbeeld in &regels.voorbeelden {
        let datum = voorbeeld.datum.unwrap_or(date(2025, 9, 1));
        let full = complete(&regels, &voorbeeld.antwoorden);
        let mut asked = Antwoorden::new();
        let mut announced = Vec::new();
        while let Some(vraag) = next_question(&regels, &asked, datum) {
            assert!(
                !asked.contains_key(&vraag.id),
                "{}: asked '{}' twice",
                voorbeeld.naam,
                vraag.id
            );
            announced.push(open_questions(&regels, &asked, datum));
            asked.insert(vraag.id.clone(), full[&vraag.id].clone());
        }
        // "nog hoogstens N vragen" was true at every step
        for (step, n) in announced.iter().enumerate() {
            assert!(
                announced.len() - step <= *n,
                "{}: at step {step} {n} questions were announced, {} came",
                voorbeeld.naam,
                announced.len() - step
            );
        }
        assert_eq!(
            open_questions(&regels, &asked, datum),
            0,
            "{}",
            voorbeeld.naam
        );
        let with_flow = status_of_all(&regels, &asked, datum);
        let with_all = status_of_all(&regels, &full, datum);
        assert_eq!(
            with_flow,
            with_all,
            "{}: asked {:?}",
            voorbeeld.naam,
            asked.keys().collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_single_resident_without_children_is_not_asked_about_a_partner_or_children_ages_twice() {
    let regels = regulations();
    let datum = date(2025, 9, 1);
    let mut a = answers(&[
        ("gemeente", Antwoord::Keuze("leiden".into())),
        ("leeftijd", Antwoord::Getal(40)),
        ("partner", Antwoord::JaNee(false)),
    ]);
    while let Some(v) = next_question(&regels, &a, datum) {
        assert_ne!(
            v.id, "leeftijd_partner",
            "asked for the age of a partner who is not there"
        );
        let antwoord = match v.id.as_str() {
            "kinderen" => Antwoord::Leeftijden(vec![]),
            _ => Antwoord::WeetIkNiet,
        };
        a.insert(v.id.clone(), antwoord);
    }
    // nee only for what is known (no children); what depends on an unknown answer is misschien
    let status = |id: &str| {
        evaluate(&regels, &a, datum)
            .uitkomsten
            .into_iter()
            .find(|u| u.id == id)
            .map(|u| u.status)
    };
    assert_eq!(status("leiden_schoolkosten"), Some(Status::Nee));
    assert_eq!(status("leiden_minimabeleid"), Some(Status::Misschien));
    assert_eq!(
        status("leiden_gratis_ov"),
        None,
        "not yet on 1 September 2025"
    );
    assert_eq!(
        status("groningen_stadjerspas"),
        None,
        "another municipality"
    );
}

#[test]
fn the_first_question_is_the_municipality_and_a_preset_one_is_skipped() {
    let regels = regulations();
    let datum = date(2025, 9, 1);
    assert_eq!(
        next_question(&regels, &Antwoorden::new(), datum).map(|v| v.id.as_str()),
        Some("gemeente")
    );
    let preset = answers(&[("gemeente", Antwoord::Keuze("westerkwartier".into()))]);
    assert_ne!(
        next_question(&regels, &preset, datum).map(|v| v.id.as_str()),
        Some("gemeente")
    );
}
