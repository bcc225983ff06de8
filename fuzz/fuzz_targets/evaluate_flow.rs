//! Arbitrary answers, fitting or not, against the real file: evaluation, the flow and texts never panic, and the
//! flow never returns a question that is already answered.
#![no_main]
use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use potjeswijzer::rules::{
    describe_answer, evaluate, load, next_question, open_questions, question_text, Antwoord, Antwoorden, Datum, Regels,
};
use rust_decimal::Decimal;
use std::sync::OnceLock;

fn regels() -> Option<&'static Regels> {
    static REGELS: OnceLock<Option<Regels>> = OnceLock::new();
    REGELS.get_or_init(|| load("regulations.toml", include_str!("../../regulations.toml")).ok()).as_ref()
}

fn answer(u: &mut Unstructured, options: &[String]) -> arbitrary::Result<Antwoord> {
    let pick = |u: &mut Unstructured| -> arbitrary::Result<String> {
        if options.is_empty() || u.ratio(1, 8)? {
            String::arbitrary(u)
        } else {
            Ok(options[u.choose_index(options.len())?].clone())
        }
    };
    Ok(match u.int_in_range(0..=6)? {
        0 => Antwoord::WeetIkNiet,
        1 => Antwoord::JaNee(bool::arbitrary(u)?),
        2 => Antwoord::Keuze(pick(u)?),
        3 => Antwoord::Meerkeuze(vec![pick(u)?, pick(u)?]),
        4 => Antwoord::Getal(i64::arbitrary(u)?),
        5 => Antwoord::Bedrag(Decimal::new(i64::arbitrary(u)?, u.int_in_range(0..=4)?)),
        _ => Antwoord::Leeftijden(Vec::<u32>::arbitrary(u)?),
    })
}

fuzz_target!(|data: &[u8]| {
    let Some(regels) = regels() else { return };
    let mut u = Unstructured::new(data);
    let mut antwoorden = Antwoorden::new();
    for vraag in &regels.vragen {
        if u.ratio(1, 3).unwrap_or(true) {
            continue;
        }
        let options: Vec<String> = vraag.opties.iter().map(|o| o.waarde.clone()).collect();
        let Ok(a) = answer(&mut u, &options) else { break };
        let _ = describe_answer(vraag, &a);
        antwoorden.insert(vraag.id.clone(), a);
    }
    let Some(datum) = Datum::new(2025, 9, 1) else { return };
    let uitslag = evaluate(regels, &antwoorden, datum);
    assert!(uitslag.uitkomsten.len() <= regels.regelingen.len());
    let _ = open_questions(regels, &antwoorden, datum);
    if let Some(vraag) = next_question(regels, &antwoorden, datum) {
        assert!(!antwoorden.contains_key(&vraag.id));
        let _ = question_text(regels, vraag, &antwoorden, datum);
    }
});
