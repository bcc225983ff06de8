//! Engine time on the full regulations file: load, evaluate, next question. Run: `cargo bench --bench engine`.

use criterion::{criterion_group, criterion_main, Criterion};
use potjeswijzer::rules::{evaluate, load, next_question, Antwoord, Antwoorden, Datum};
use rust_decimal::Decimal;
use std::hint::black_box;

fn household() -> Antwoorden {
    let mut a = Antwoorden::new();
    a.insert("gemeente".into(), Antwoord::Keuze("groningen".into()));
    a.insert("leeftijd".into(), Antwoord::Getal(35));
    a.insert("partner".into(), Antwoord::JaNee(false));
    a.insert("kinderen".into(), Antwoord::Leeftijden(vec![8, 14]));
    a.insert("inkomen".into(), Antwoord::Bedrag(Decimal::from(1300)));
    a
}

fn bench(c: &mut Criterion) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml"))
        .unwrap_or_default();
    let Ok(regels) = load("regulations.toml", &text) else {
        eprintln!("regulations.toml does not load; run `regels check` first");
        return;
    };
    let datum = Datum::new(2025, 9, 1).unwrap_or_else(|| unreachable!("a real date"));
    let antwoorden = household();
    let leeg = Antwoorden::new();
    c.bench_function("load regulations.toml", |b| {
        b.iter(|| load("regulations.toml", black_box(&text)))
    });
    c.bench_function("evaluate (household of 3)", |b| {
        b.iter(|| evaluate(&regels, black_box(&antwoorden), datum))
    });
    c.bench_function("next question (no answers yet)", |b| {
        b.iter(|| next_question(&regels, black_box(&leeg), datum).map(|v| v.id.len()))
    });
    c.bench_function("next question (household of 3)", |b| {
        b.iter(|| next_question(&regels, black_box(&antwoorden), datum).map(|v| v.id.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
