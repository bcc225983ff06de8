//! Translations: `regels check` says what is missing and what is stale, the committed languages are complete,
//! and a stale translation is never shown in place of the Dutch text.
// helpers that run the command: a failure to start it should stop the test with its message
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{minimal, regels_cli as regels, scratch};
use potjeswijzer::rules::bestanden::{lees, Welke};
use potjeswijzer::rules::vertaling::{
    alle_teksten, app_teksten, lees_vertaling, vertaal_regels, Vertalingen, TALEN,
};
use std::path::Path;

#[test]
fn check_reports_a_missing_and_a_stale_translation_at_its_line() {
    let dir = scratch("regels-vertaling");
    std::fs::write(dir.join("regulations.toml"), minimal()).unwrap();
    std::fs::create_dir_all(dir.join("talen")).unwrap();
    // "Hoe oud bent u?" was translated when it still read "Hoe oud ben je?"; "In welke gemeente woont u?" is
    // not translated at all.
    std::fs::write(
        dir.join("talen/en.toml"),
        "taal = \"en\"\n\n[[tekst]]\nplek = \"vraag.leeftijd.tekst\"\nnl = \"Hoe oud ben je?\"\nvertaling = \"How old are you?\"\n",
    )
    .unwrap();
    let (ok, stdout, stderr) = regels(&["check", dir.join("regulations.toml").to_str().unwrap()]);
    assert!(
        ok,
        "a translation problem is a warning, not a refusal\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("talen/en.toml:3: Verouderd: de Nederlandse tekst bij 'vraag.leeftijd.tekst' is veranderd sinds deze vertaling. Nu staat er: \"Hoe oud bent u?\""),
        "{stdout}"
    );
    assert!(
        stdout.contains("vertaling English (en): ") && stdout.contains("nog niet vertaald"),
        "{stdout}"
    );
    let (ok, lijst, _) = regels(&[
        "vertaling",
        "--taal",
        "en",
        dir.join("regulations.toml").to_str().unwrap(),
    ]);
    assert!(ok);
    assert!(
        lijst.contains("plek = \"vraag.gemeente.tekst\"\nnl = \"In welke gemeente woont u?\"\nvertaling = \"\""),
        "{lijst}"
    );
    assert!(
        lijst.contains("plek = \"vraag.leeftijd.tekst\"\nnl = \"Hoe oud bent u?\""),
        "the stale one is listed again with its new Dutch text\n{lijst}"
    );
}

#[test]
fn every_language_translates_every_text_of_the_files_and_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gelezen = lees(&root.join("regulations.toml"), Welke::Alle, None)
        .unwrap_or_else(|_| panic!("regulations.toml does not load"));
    let app = app_teksten(&root.join("src")).unwrap();
    assert!(app.len() > 100, "the app's own texts are found in src/");
    let teksten = alle_teksten(&gelezen.regels);
    for taal in TALEN.iter().skip(1) {
        let mut v = Vertalingen::new(taal.code);
        let mut bestanden = vec![root.join(format!("talen/{}.toml", taal.code))];
        for g in &gelezen.regels.gemeenten {
            bestanden.push(root.join(format!("gemeenten/{}.{}.toml", g.id, taal.code)));
        }
        for pad in &bestanden {
            let tekst =
                std::fs::read_to_string(pad).unwrap_or_else(|e| panic!("{}: {e}", pad.display()));
            let bestand = lees_vertaling(&pad.to_string_lossy(), &tekst, taal.code)
                .unwrap_or_else(|e| panic!("{e}"));
            v.voeg_toe(bestand);
        }
        let ontbreekt: Vec<String> = teksten
            .iter()
            .filter(|(p, nl)| v.zoek(&p.sleutel, nl).is_none())
            .map(|(p, nl)| format!("{}: {nl}", p.sleutel))
            .chain(
                app.iter()
                    .filter(|nl| v.app(nl).is_none())
                    .map(|nl| format!("app: {nl}")),
            )
            .collect();
        assert!(
            ontbreekt.is_empty(),
            "{} misses {} translations (regels vertaling --taal {} lists them):\n{}",
            taal.naam,
            ontbreekt.len(),
            taal.code,
            ontbreekt.join("\n")
        );
        let vertaald = vertaal_regels(&gelezen.regels, &v);
        assert!(vertaald.onvertaald.is_empty(), "{:?}", vertaald.onvertaald);
    }
}

#[test]
fn a_translation_keeps_the_placeholders_of_its_dutch_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for taal in TALEN.iter().skip(1) {
        let mut paden = vec![root.join(format!("talen/{}.toml", taal.code))];
        for g in ["groningen", "westerkwartier", "leiden"] {
            paden.push(root.join(format!("gemeenten/{g}.{}.toml", taal.code)));
        }
        for pad in paden {
            let tekst = std::fs::read_to_string(&pad).unwrap();
            let bestand = lees_vertaling(&pad.to_string_lossy(), &tekst, taal.code).unwrap();
            for i in bestand.invoer {
                let namen = |s: &str| {
                    let mut n: Vec<String> = s
                        .split('{')
                        .skip(1)
                        .filter_map(|d| d.split_once('}').map(|(naam, _)| naam.to_string()))
                        .collect();
                    n.sort();
                    // The same placeholder twice is fine: the app fills in every one.
                    n.dedup();
                    n
                };
                assert_eq!(
                    namen(&i.nl),
                    namen(&i.vertaling),
                    "{}:{}: the placeholders differ",
                    pad.display(),
                    i.regel
                );
            }
        }
    }
}

#[test]
fn a_reviewer_reads_every_translation_of_a_language_in_one_document() {
    let (ok, tekst, stderr) = regels(&["vertaling", "--taal", "en", "--overzicht"]);
    assert!(ok, "{stderr}");
    for kop in [
        "## talen/en.toml",
        "## gemeenten/groningen.en.toml",
        "## gemeenten/leiden.en.toml",
    ] {
        assert!(tekst.contains(kop), "{kop} is missing");
    }
    assert!(
        tekst.contains("- NL: Hoe oud bent u?\n- EN: "),
        "the Dutch above its translation"
    );
}
