//! The B1 guard of `regels check` computes what `../shared/tools/b1check` (textstat 0.7.13, pyphen 0.18.1)
//! computes. The expected values below were made with that guard; they are fixed, so these tests do not change
//! when the texts of regulations.toml do.

use potjeswijzer::rules::b1::{lettergrepen, samen, textstat};

fn fixture(name: &str) -> std::io::Result<String> {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/b1/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// `teksten-2026-11-30.txt` holds the 677 texts the guard read from regulations.toml on 2026-11-30 (every string
/// with a space, one per line). `../shared/tools/b1check tests/fixtures/b1/teksten-2026-11-30.txt` prints
/// "677 texts, 0 flagged, words/sentence 7.3, Flesch-Douma 81.8 (>= 70), LIX 29.3 (<= 35): ok"; the unrounded
/// figures are textstat's words_per_sentence, flesch_reading_ease and lix on the joined text (set_lang("nl")).
#[test]
fn the_figures_equal_the_python_guard_on_the_texts_of_2026_11_30() {
    let teksten: Vec<String> = fixture("teksten-2026-11-30.txt")
        .expect("fixture")
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    assert_eq!(teksten.len(), 677);
    let geheel = samen(&teksten);
    let dicht = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(dicht(textstat::woorden_per_zin(&geheel), 7.2689556509299));
    assert!(dicht(textstat::flesch_douma(&geheel), 81.77886652115558));
    assert!(dicht(textstat::lix(&geheel), 29.311860590902345));
}

/// `lettergrepen.tsv`: every word of those texts, lowercased, with textstat.syllable_count(word) under
/// set_lang("nl").
#[test]
fn every_word_of_the_file_has_the_syllables_textstat_counts() {
    let mut verschil = Vec::new();
    let tsv = fixture("lettergrepen.tsv").expect("fixture");
    for regel in tsv.lines().filter(|r| !r.is_empty()) {
        let (woord, n) = regel.split_once('\t').expect("word<TAB>count");
        let n: usize = n.parse().expect("count");
        if lettergrepen(woord) != n {
            verschil.push(format!("{woord}: {} (textstat {n})", lettergrepen(woord)));
        }
    }
    assert!(tsv.lines().count() > 500);
    assert!(verschil.is_empty(), "{verschil:?}");
}
