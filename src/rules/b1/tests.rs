//! The guard's rules, one by one, and where its findings point.

use super::*;

fn bestand(extra: &str, uitleg: &str) -> String {
    format!(
        "[meta]\ntitel = \"Potjeswijzer\"\n\n[[regeling]]\nid = \"r\"\nuitleg = \"{uitleg}\"\n{extra}"
    )
}

#[test]
fn a_sentence_of_sixteen_words_fails() {
    let zin = "U krijgt geld voor huur als u weinig verdient en als u in de stad woont.";
    assert_eq!(letterwoorden(zin).len(), 16);
    let u = controleer("r.toml", &bestand("", zin));
    assert!(!u.goed());
    assert_eq!(u.afgekeurd, 1);
    let fout = &u.bevindingen[0];
    assert_eq!((fout.regel, fout.kolom, fout.soort), (6, 10, Soort::Fout));
    assert!(fout.bericht.contains("zin van 16 woorden"), "{fout}");
    let vijftien = "U krijgt geld voor de huur als u weinig verdient en als u hier woont.";
    assert!(problemen(vijftien).0.is_empty());
}

#[test]
fn an_avoided_word_fails() {
    assert_eq!(
        problemen("Indien u werkt, krijgt u minder.").0,
        ["vermijd 'indien'"]
    );
    assert!(problemen("U krijgt het ten behoeve van uw kind.").0[0].contains("ten behoeve van"));
    // part of a longer word is no match
    assert!(problemen("Dat is verplichtend.").0.is_empty());
}

#[test]
fn an_accepted_exception_passes_and_an_unused_one_fails() {
    let tekst = "Bij fraude stopt de regeling.";
    let uitzondering = format!(
        "\n[[b1_uitzondering]]\ntekst = \"{tekst}\"\nreden = \"Zo staat het in de wet; de inwoner moet dit weten.\"\n"
    );
    let u = controleer("r.toml", &bestand(&uitzondering, tekst));
    assert_eq!(u.afgekeurd, 0);
    assert!(
        u.bevindingen.iter().all(|b| b.soort != Soort::Fout),
        "{:?}",
        u.bevindingen
    );
    assert!(u.bevindingen[0].bericht.contains("Zo staat het in de wet"));
    let u = controleer("r.toml", &bestand(&uitzondering, "U krijgt geld."));
    assert!(u
        .bevindingen
        .iter()
        .any(|b| b.soort == Soort::Fout && b.bericht.contains("past op geen tekst")));
    let zonder_reden = "\n[[b1_uitzondering]]\ntekst = \"Bij fraude stopt de regeling.\"\n";
    let u = controleer("r.toml", &bestand(zonder_reden, tekst));
    assert!(u.bevindingen.iter().any(|b| b.bericht.contains("reden")));
}

#[test]
fn passive_voice_and_long_words_are_notes() {
    let (fouten, opmerkingen) =
        problemen("Het geld wordt op uw rekening gestort. Dit is de afvalstoffenheffing.");
    assert!(fouten.is_empty());
    assert_eq!(
        opmerkingen,
        ["lijdende vorm?", "lang woord 'afvalstoffenheffing'"]
    );
    assert!(!lijdende_vorm("U wordt, als het kan, geholpen."));
}

#[test]
fn only_resident_texts_are_read() {
    let bron = "[meta]\ntitel = \"De wizard\"\nlink = \"https://x.nl/een pad\"\n[meta.hulp]\nnaam = \"Het Juridisch Loket\"\ntijden = \"Elke dag open.\"\n[[regeling]]\nid = \"a b\"\nbron = \"artikel 35 Participatiewet\"\nnaam = \"Bijzondere bijstand\"\n[[regeling.voorwaarden.alle]]\ntekst = \"U woont hier.\"\n[[voorbeeld]]\nnaam = \"Een gezin met kinderen\"\n";
    let doc = parse_document(bron).unwrap();
    let teksten: Vec<String> = teksten_voor_inwoners(&doc)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        teksten,
        [
            "De wizard",
            "Het Juridisch Loket",
            "Elke dag open.",
            "Bijzondere bijstand",
            "U woont hier."
        ]
    );
}
