//! Properties of the engine over many generated households on the real regulations file.

mod common;
use common::*;
use potjeswijzer::rules::{
    evaluate, format_bedrag, may_ask, next_question, open_questions, parse_bedrag, status_of_all,
    Antwoord, Antwoorden, Regels, Soort, Status, Vraag,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::OnceLock;

fn regels() -> &'static Regels {
    static REGELS: OnceLock<Regels> = OnceLock::new();
    REGELS.get_or_init(regulations)
}

/// Any answer that fits the question, or "weet ik niet".
fn answer_for(vraag: &Vraag) -> BoxedStrategy<Antwoord> {
    let waarden: Vec<String> = vraag.opties.iter().map(|o| o.waarde.clone()).collect();
    let fitting = match vraag.soort {
        Soort::JaNee => any::<bool>().prop_map(Antwoord::JaNee).boxed(),
        Soort::Keuze => proptest::sample::select(waarden)
            .prop_map(Antwoord::Keuze)
            .boxed(),
        Soort::Meerkeuze => proptest::sample::subsequence(waarden.clone(), 0..=waarden.len())
            .prop_map(Antwoord::Meerkeuze)
            .boxed(),
        Soort::Getal => (vraag.min.unwrap_or(0)..=vraag.max.unwrap_or(120))
            .prop_map(Antwoord::Getal)
            .boxed(),
        Soort::Bedrag => (0i64..600_000)
            .prop_map(|c| Antwoord::Bedrag(Decimal::new(c, 2)))
            .boxed(),
        Soort::Leeftijden => proptest::collection::vec(0u32..=25, 0..4)
            .prop_map(Antwoord::Leeftijden)
            .boxed(),
    };
    prop_oneof![9 => fitting, 1 => Just(Antwoord::WeetIkNiet)].boxed()
}

/// A household: each question answered, answered "weet ik niet", or not answered yet.
fn household() -> impl Strategy<Value = Antwoorden> {
    let per_question: Vec<_> = regels()
        .vragen
        .iter()
        .map(|v| {
            proptest::option::of(answer_for(v)).prop_map({
                let id = v.id.clone();
                move |a| (id.clone(), a)
            })
        })
        .collect();
    per_question.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(id, a)| a.map(|a| (id, a)))
            .collect()
    })
}

fn date() -> potjeswijzer::rules::Datum {
    common::date(2025, 9, 1)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn answering_an_open_question_never_changes_a_decided_regulation(
        household in household(),
        index in any::<proptest::sample::Index>(),
        seed in any::<u64>(),
    ) {
        let regels = regels();
        let open: Vec<&Vraag> = regels.vragen.iter().filter(|v| !matches!(household.get(&v.id), Some(a) if *a != Antwoord::WeetIkNiet)).collect();
        prop_assume!(!open.is_empty());
        let vraag = open[index.index(open.len())];
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            ProptestConfig::default(),
            proptest::test_runner::TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &seed_bytes(seed)),
        );
        let antwoord = answer_for(vraag).new_tree(&mut runner).map_err(|e| TestCaseError::fail(e.to_string()))?.current();
        let before = status_of_all(regels, &household, date());
        let mut after_answers = household.clone();
        after_answers.insert(vraag.id.clone(), antwoord.clone());
        let after = status_of_all(regels, &after_answers, date());
        for ((id, b), (_, a)) in before.iter().zip(&after) {
            if *b != Status::Misschien {
                prop_assert_eq!(b, a, "{} changed after answering {} = {:?}", id, vraag.id, antwoord);
            }
        }
    }

    #[test]
    fn the_flow_asks_each_question_once_and_never_more_than_it_announced(household in household()) {
        // "nog hoogstens N vragen" must be true at every step: the questions still asked never exceed it
        let regels = regels();
        let mut asked = Antwoorden::new();
        let mut announced = Vec::new();
        while let Some(vraag) = next_question(regels, &asked, date()) {
            prop_assert!(!asked.contains_key(&vraag.id), "{} asked twice", vraag.id);
            announced.push(open_questions(regels, &asked, date()));
            let antwoord = household.get(&vraag.id).cloned().unwrap_or(Antwoord::WeetIkNiet);
            asked.insert(vraag.id.clone(), antwoord);
        }
        let total = announced.len();
        for (step, n) in announced.iter().enumerate() {
            prop_assert!(total - step <= *n, "step {}: {} questions came, {} were announced", step, total - step, n);
        }
    }

    #[test]
    fn when_the_flow_stops_no_unasked_question_could_change_the_list(
        household in household(),
        index in any::<proptest::sample::Index>(),
        seed in any::<u64>(),
    ) {
        let regels = regels();
        let mut asked = Antwoorden::new();
        while let Some(vraag) = next_question(regels, &asked, date()) {
            let antwoord = household.get(&vraag.id).cloned().unwrap_or(Antwoord::WeetIkNiet);
            asked.insert(vraag.id.clone(), antwoord);
        }
        // a question whose alleen_als does not hold is never asked (the partner's age without a partner)
        let unasked: Vec<&Vraag> = regels
            .vragen
            .iter()
            .filter(|v| !asked.contains_key(&v.id) && may_ask(regels, v, &asked, date()))
            .collect();
        prop_assume!(!unasked.is_empty());
        let vraag = unasked[index.index(unasked.len())];
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            ProptestConfig::default(),
            proptest::test_runner::TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &seed_bytes(seed)),
        );
        let antwoord = answer_for(vraag).new_tree(&mut runner).map_err(|e| TestCaseError::fail(e.to_string()))?.current();
        let mut more = asked.clone();
        more.insert(vraag.id.clone(), antwoord.clone());
        let listed = |a: &Antwoorden| -> Vec<(String, Status)> {
            evaluate(regels, a, date()).uitkomsten.into_iter().map(|u| (u.id, u.status)).collect()
        };
        prop_assert_eq!(listed(&asked), listed(&more), "the flow skipped {} = {:?}, which changes the list", vraag.id, antwoord);
    }

    #[test]
    fn every_status_is_explained_by_its_reasons(household in household()) {
        // a resident reads the reasons: ja is all ja, nee names what fails, misschien names what is open
        for u in evaluate(regels(), &household, date()).uitkomsten {
            let has = |s: Status| u.redenen.iter().any(|r| r.status == s);
            match u.status {
                Status::Ja => prop_assert!(u.redenen.iter().all(|r| r.status == Status::Ja), "{}: {:?}", u.id, u.redenen),
                Status::Nee => prop_assert!(has(Status::Nee), "{}: nee without a failing reason", u.id),
                Status::Misschien => {
                    prop_assert!(has(Status::Misschien), "{}: misschien without an open reason", u.id);
                    prop_assert!(!u.hangt_af_van.is_empty(), "{}: misschien without what it depends on", u.id);
                }
            }
        }
    }

    #[test]
    fn money_formats_and_parses_back_in_dutch_notation(cents in 0i64..10_000_000_000) {
        let bedrag = Decimal::new(cents, 2);
        let tekst = format_bedrag(bedrag);
        prop_assert_eq!(parse_bedrag(&tekst), Ok(bedrag.normalize()), "{}", tekst);
    }

    #[test]
    fn dutch_and_plain_notation_read_the_same(euros in 0u64..100_000_000, cents in 0u32..100) {
        let plain = format!("{euros}.{cents:02}");
        let dutch = format!("{},{cents:02}", format_bedrag(Decimal::from(euros)).trim_start_matches("€ "));
        prop_assert_eq!(parse_bedrag(&plain), parse_bedrag(&dutch));
    }
}

fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut bytes = [0u8; 32];
    for (i, b) in seed.to_le_bytes().iter().cycle().take(32).enumerate() {
        bytes[i] = b.wrapping_add(i as u8);
    }
    bytes
}
