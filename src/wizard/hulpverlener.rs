//! "Voor hulpverleners": all questions on one page, in sections, with the outcome beside them. What the page
//! decides without drawing: the sections, which questions apply to this household (and why the others do not),
//! which answers count, what a text field holds, and the rows of the per-condition overview.

use super::invoer::{lees_antwoord, lees_kind};
use crate::rules::vertaling::{t, tf};
use crate::rules::{
    may_ask, Antwoord, Antwoorden, Datum, Reden, Regels, Soort, Status, Uitkomst, Uitslag,
    Voorwaarde, Vraag, WEET_IK_NIET_KNOP,
};

/// A heading on the one page and the ids of its questions, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sectie {
    pub titel: String,
    pub vragen: Vec<String>,
}

/// The sections and the stable question ids that go in each. A question the list does not name (a new one in
/// the file) goes to the last section, so it is never left off the page.
const INDELING: [&[&str]; 3] = [
    &[
        "gemeente",
        "leeftijd",
        "partner",
        "leeftijd_partner",
        "kinderen",
        "student",
    ],
    &[
        "inkomstenbron",
        "inkomen",
        "vermogen",
        "jaren_laag_inkomen",
        "huur",
    ],
    &[],
];

/// The title of section `i` of `INDELING`.
fn sectie_titel(i: usize) -> String {
    match i {
        0 => t("Huishouden"),
        1 => t("Inkomen en geld"),
        _ => t("Zorg, schulden en andere kosten"),
    }
}

/// The file's questions in sections; sections without questions are left out.
pub fn secties(regels: &Regels) -> Vec<Sectie> {
    let laatste = INDELING.len() - 1;
    let mut uit: Vec<Sectie> = INDELING
        .iter()
        .enumerate()
        .map(|(i, _)| Sectie {
            titel: sectie_titel(i),
            vragen: Vec::new(),
        })
        .collect();
    for v in &regels.vragen {
        let plek = INDELING
            .iter()
            .position(|ids| ids.contains(&v.id.as_str()))
            .unwrap_or(laatste);
        uit[plek].vragen.push(v.id.clone());
    }
    uit.retain(|s| !s.vragen.is_empty());
    uit
}

/// How a question stands on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stand {
    /// The worker can answer it.
    Open,
    /// Set by the host page (`data-gemeente`); shown, not asked.
    Vast(String),
    /// It does not apply now: the reason, from the question's `alleen_als`.
    NietNodig(String),
}

/// The answers that count: the preset ones, and every answer to a question that applies with the other answers
/// that count (the partner's age only with a partner). Answers to questions that do not apply are kept in the
/// state but left out here, as on the resident's path.
pub fn geldige_antwoorden(
    regels: &Regels,
    antwoorden: &Antwoorden,
    vast: &Antwoorden,
    datum: Datum,
) -> Antwoorden {
    let mut geldig = antwoorden.clone();
    geldig.extend(vast.iter().map(|(k, v)| (k.clone(), v.clone())));
    // One question's `alleen_als` may depend on another that is itself left out: repeat until nothing changes.
    for _ in 0..=regels.vragen.len() {
        let weg: Vec<String> = regels
            .vragen
            .iter()
            .filter(|v| geldig.contains_key(&v.id) && !vast.contains_key(&v.id))
            .filter(|v| !may_ask(regels, v, &geldig, datum))
            .map(|v| v.id.clone())
            .collect();
        if weg.is_empty() {
            break;
        }
        for id in weg {
            geldig.remove(&id);
        }
    }
    geldig
}

/// How the question `vraag` stands, given the answers that count.
pub fn stand(
    regels: &Regels,
    vraag: &Vraag,
    geldig: &Antwoorden,
    vast: &Antwoorden,
    datum: Datum,
) -> Stand {
    if let Some(a) = vast.get(&vraag.id) {
        return Stand::Vast(crate::rules::describe_answer(vraag, a));
    }
    match &vraag.alleen_als {
        Some(v) if !may_ask(regels, vraag, geldig, datum) => Stand::NietNodig(tf(
            "Alleen nodig als dit klopt: {voorwaarde}",
            &[("voorwaarde", &voorwaarde_tekst(v))],
        )),
        _ => Stand::Open,
    }
}

/// What a condition says must be true, in the file's words.
fn voorwaarde_tekst(v: &Voorwaarde) -> String {
    match v {
        Voorwaarde::Toets(_, t) | Voorwaarde::Niet(_, t) => t.ja.clone(),
        Voorwaarde::Alle(_, Some(t)) | Voorwaarde::EenVan(_, Some(t)) => t.ja.clone(),
        Voorwaarde::Alle(delen, None) | Voorwaarde::EenVan(delen, None) => delen
            .iter()
            .map(voorwaarde_tekst)
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The value of the "Weet ik niet" choice among a question's choices.
pub const WEET_NIET: &str = "weet_ik_niet";

/// The choices of a yes/no or one-choice question as (value, label), with "Weet ik niet" last where the
/// question offers it.
pub fn keuzes_met_weet_niet(vraag: &Vraag) -> Vec<(String, String)> {
    let mut opties = super::invoer::keuzes(vraag);
    if vraag.weet_ik_niet.is_some() {
        opties.push((WEET_NIET.to_string(), WEET_IK_NIET_KNOP.to_string()));
    }
    opties
}

/// The choice made before, as its value among `keuzes_met_weet_niet`.
pub fn gekozen(antwoord: Option<&Antwoord>) -> Option<String> {
    match antwoord {
        Some(Antwoord::WeetIkNiet) => Some(WEET_NIET.to_string()),
        a => super::invoer::begin_keuze(a),
    }
}

/// The answer a chosen value stands for; the empty value is no answer.
pub fn antwoord_voor_keuze(vraag: &Vraag, waarde: &str) -> Option<Antwoord> {
    match (vraag.soort, waarde) {
        (_, "") => None,
        (_, WEET_NIET) => Some(Antwoord::WeetIkNiet),
        (Soort::JaNee, "ja") => Some(Antwoord::JaNee(true)),
        (Soort::JaNee, _) => Some(Antwoord::JaNee(false)),
        (_, w) => Some(Antwoord::Keuze(w.to_string())),
    }
}

/// What the word "geen" in the children's field means: no children live at home.
pub const GEEN: &str = "geen";

/// The word for "none" a worker types in the children's field, in the language in use.
fn geen_woord() -> String {
    crate::rules::vertaling::t("geen")
}

/// The word for "and" between ages ("6 en 13"), in the language in use.
fn t_en() -> String {
    crate::rules::vertaling::t("en")
}

/// The answer in a text field of the one page (a number, an amount, or children's ages as "6, 13"); an empty
/// field is no answer yet. The error says how to fix it.
pub fn lees_tekstveld(vraag: &Vraag, tekst: &str) -> Result<Option<Antwoord>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let eerste_fout = |fouten: Vec<super::invoer::Fout>| {
        fouten
            .into_iter()
            .next()
            .map(|f| f.tekst)
            .unwrap_or_default()
    };
    match vraag.soort {
        Soort::Leeftijden => {
            // "geen", also in the language in use ("none").
            let geen = geen_woord();
            if t.eq_ignore_ascii_case(GEEN) || t.to_lowercase() == geen.to_lowercase() {
                return Ok(Some(Antwoord::Leeftijden(Vec::new())));
            }
            let en = t_en();
            let mut leeftijden = Vec::new();
            let delen = t.split([',', ';', ' ']).map(str::trim).filter(|d| {
                !d.is_empty()
                    && !d.eq_ignore_ascii_case("en")
                    && d.to_lowercase() != en.to_lowercase()
            });
            for (i, deel) in delen.enumerate() {
                leeftijden.push(lees_kind(i + 1, deel)?);
            }
            Ok(Some(Antwoord::Leeftijden(leeftijden)))
        }
        Soort::Getal | Soort::Bedrag => lees_antwoord(vraag, t, None, &[], &[])
            .map(Some)
            .map_err(eerste_fout),
        // Choices are not typed.
        Soort::JaNee | Soort::Keuze | Soort::Meerkeuze => Ok(None),
    }
}

/// What a text field shows for an earlier answer ("6, 13" for children's ages, "geen" for none).
pub fn tekst_voor(antwoord: Option<&Antwoord>) -> String {
    match antwoord {
        Some(Antwoord::Leeftijden(l)) if l.is_empty() => geen_woord(),
        Some(Antwoord::Leeftijden(l)) => {
            l.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
        }
        a => super::invoer::begintekst(a),
    }
}

/// A regulation's status in a worker's words.
pub fn status_tekst(status: Status) -> String {
    match status {
        Status::Ja => t("Past waarschijnlijk"),
        Status::Misschien => t("Misschien"),
        Status::Nee => t("Past nu niet"),
    }
}

/// One row of the per-condition overview: held, failed or unknown, the condition's text and its legal ground.
#[derive(Clone, Debug, PartialEq)]
pub struct VoorwaardeRij {
    pub status: Status,
    /// "Klopt", "Klopt niet" or "Nog onbekend": in words, never by colour alone.
    pub label: String,
    pub tekst: String,
    pub artikel: Option<String>,
}

pub fn voorwaarde_label(status: Status) -> String {
    match status {
        Status::Ja => t("Klopt"),
        Status::Nee => t("Klopt niet"),
        Status::Misschien => t("Nog onbekend"),
    }
}

/// Every condition of one regulation, in the engine's order.
pub fn voorwaarde_rijen(redenen: &[Reden]) -> Vec<VoorwaardeRij> {
    redenen
        .iter()
        .map(|r| VoorwaardeRij {
            status: r.status,
            label: voorwaarde_label(r.status),
            tekst: r.tekst.clone(),
            artikel: r
                .artikel
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string),
        })
        .collect()
}

/// Near misses: what one other answer would make this regulation fit (shown under "Wat zou het veranderen?").
pub fn bijna_teksten(uitkomst: &Uitkomst) -> Vec<String> {
    uitkomst.bijna.iter().map(|b| b.tekst.clone()).collect()
}

/// The outcome in one sentence, for the polite announcement after the answers changed.
pub fn samenvatting(uitslag: &Uitslag) -> String {
    let tel = |s: Status| uitslag.uitkomsten.iter().filter(|u| u.status == s).count();
    tf(
        "Uitslag: past waarschijnlijk {ja}, misschien {misschien}, past nu niet {nee}.",
        &[
            ("ja", &tel(Status::Ja).to_string()),
            ("misschien", &tel(Status::Misschien).to_string()),
            ("nee", &tel(Status::Nee).to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::evaluate;
    use crate::wizard::testdata::{alleenstaande, datum, regels};

    #[test]
    fn every_question_is_in_exactly_one_section_in_file_order() {
        let r = regels();
        let s = secties(&r);
        let titels: Vec<&str> = s.iter().map(|x| x.titel.as_str()).collect();
        assert_eq!(
            titels,
            [
                "Huishouden",
                "Inkomen en geld",
                "Zorg, schulden en andere kosten"
            ]
        );
        assert_eq!(s[0].vragen[..3], ["gemeente", "leeftijd", "partner"]);
        assert!(s[2].vragen.contains(&"schulden".to_string()));
        let mut alle: Vec<String> = s.iter().flat_map(|x| x.vragen.clone()).collect();
        assert_eq!(alle.len(), r.vragen.len());
        alle.sort();
        alle.dedup();
        assert_eq!(alle.len(), r.vragen.len());
        // Within a section, the file's order.
        for sectie in &s {
            let plekken: Vec<usize> = sectie
                .vragen
                .iter()
                .filter_map(|id| r.vragen.iter().position(|v| &v.id == id))
                .collect();
            assert!(plekken.windows(2).all(|w| w[0] < w[1]), "{}", sectie.titel);
        }
    }

    #[test]
    fn a_question_that_does_not_apply_says_why_and_its_answer_does_not_count() {
        let r = regels();
        let vraag = |id: &str| r.vragen.iter().find(|v| v.id == id).cloned();
        let Some(leeftijd_partner) = vraag("leeftijd_partner") else {
            panic!("leeftijd_partner is in the file");
        };
        let geen = Antwoorden::new();
        let mut a = alleenstaande();
        a.insert("leeftijd_partner".into(), Antwoord::Getal(70));
        let geldig = geldige_antwoorden(&r, &a, &geen, datum());
        assert!(!geldig.contains_key("leeftijd_partner"));
        assert_eq!(geldig.len(), 3);
        assert_eq!(
            stand(&r, &leeftijd_partner, &geldig, &geen, datum()),
            Stand::NietNodig(
                "Alleen nodig als dit klopt: U woont samen met een partner.".to_string()
            )
        );
        // With a partner, it applies and counts.
        a.insert("partner".into(), Antwoord::JaNee(true));
        let geldig = geldige_antwoorden(&r, &a, &geen, datum());
        assert_eq!(geldig.get("leeftijd_partner"), Some(&Antwoord::Getal(70)));
        assert_eq!(
            stand(&r, &leeftijd_partner, &geldig, &geen, datum()),
            Stand::Open
        );
        // "Weet ik niet" about a partner: the partner's age does not apply either.
        a.insert("partner".into(), Antwoord::WeetIkNiet);
        assert!(!geldige_antwoorden(&r, &a, &geen, datum()).contains_key("leeftijd_partner"));
        // A preset municipality is shown, not asked, and always counts.
        let mut vast = Antwoorden::new();
        vast.insert("gemeente".into(), Antwoord::Keuze("leiden".into()));
        let geldig = geldige_antwoorden(&r, &a, &vast, datum());
        assert_eq!(geldig.get("gemeente"), vast.get("gemeente"));
        let Some(gemeente) = vraag("gemeente") else {
            panic!("gemeente is in the file");
        };
        assert_eq!(
            stand(&r, &gemeente, &geldig, &vast, datum()),
            Stand::Vast("Leiden".to_string())
        );
    }

    #[test]
    fn text_fields_read_numbers_amounts_and_childrens_ages_and_say_how_to_fix_a_slip() {
        let r = regels();
        let vraag = |id: &str| {
            r.vragen
                .iter()
                .find(|v| v.id == id)
                .cloned()
                .unwrap_or_else(|| panic!("{id} is in the file"))
        };
        let kinderen = vraag("kinderen");
        assert_eq!(lees_tekstveld(&kinderen, "  "), Ok(None));
        assert_eq!(
            lees_tekstveld(&kinderen, "6, 13"),
            Ok(Some(Antwoord::Leeftijden(vec![6, 13])))
        );
        for tekst in ["6 en 13", "6;13", " 6 13 "] {
            assert_eq!(
                lees_tekstveld(&kinderen, tekst),
                Ok(Some(Antwoord::Leeftijden(vec![6, 13]))),
                "{tekst}"
            );
        }
        assert_eq!(
            lees_tekstveld(&kinderen, "Geen"),
            Ok(Some(Antwoord::Leeftijden(Vec::new())))
        );
        assert!(lees_tekstveld(&kinderen, "6, 99").is_err_and(|e| e.contains("kind 2")));
        let inkomen = vraag("inkomen");
        assert_eq!(
            lees_tekstveld(&inkomen, "€ 1.500"),
            Ok(Some(Antwoord::Bedrag(1500.into())))
        );
        assert!(lees_tekstveld(&inkomen, "veel").is_err_and(|e| !e.is_empty()));
        let leeftijd = vraag("leeftijd");
        assert_eq!(
            lees_tekstveld(&leeftijd, "38 jaar"),
            Ok(Some(Antwoord::Getal(38)))
        );
        assert!(lees_tekstveld(&leeftijd, "drie").is_err_and(|e| e.contains("cijfers")));
        // What the fields show again, and read back the same.
        for a in [
            Antwoord::Leeftijden(vec![6, 13]),
            Antwoord::Leeftijden(Vec::new()),
        ] {
            assert_eq!(
                lees_tekstveld(&kinderen, &tekst_voor(Some(&a))),
                Ok(Some(a))
            );
        }
        assert_eq!(tekst_voor(Some(&Antwoord::Bedrag(1500.into()))), "1.500");
        // Choices: every value stands for the answer it shows, and an earlier answer is chosen again.
        for id in ["partner", "gemeente"] {
            let v = vraag(id);
            let opties = keuzes_met_weet_niet(&v);
            assert_eq!(opties.last().map(|o| o.1.as_str()), Some(WEET_IK_NIET_KNOP));
            for (waarde, _) in &opties {
                let a = antwoord_voor_keuze(&v, waarde);
                assert!(
                    a.as_ref().is_some_and(|a| crate::rules::answer_fits(&v, a)),
                    "{id} {waarde}"
                );
                assert_eq!(gekozen(a.as_ref()).as_deref(), Some(waarde.as_str()));
            }
            assert_eq!(antwoord_voor_keuze(&v, ""), None);
        }
        assert_eq!(tekst_voor(None), "");
    }

    #[test]
    fn the_overview_has_a_row_per_condition_with_its_status_in_words_and_its_legal_ground() {
        let r = regels();
        let mut a = alleenstaande();
        a.insert("inkomen".into(), Antwoord::Bedrag(1300.into()));
        let uitslag = evaluate(&r, &a, datum());
        let mut gezien = [false; 3];
        let mut met_artikel = 0;
        for u in &uitslag.uitkomsten {
            let rijen = voorwaarde_rijen(&u.redenen);
            assert_eq!(rijen.len(), u.redenen.len(), "{}", u.id);
            for (rij, reden) in rijen.iter().zip(&u.redenen) {
                assert_eq!(rij.tekst, reden.tekst);
                assert_eq!(rij.label, voorwaarde_label(reden.status));
                gezien[match rij.status {
                    Status::Ja => 0,
                    Status::Nee => 1,
                    Status::Misschien => 2,
                }] = true;
                met_artikel += usize::from(rij.artikel.is_some());
            }
            assert!(bijna_teksten(u).is_empty());
        }
        assert_eq!(gezien, [true; 3], "held, failed and unknown all occur");
        assert!(met_artikel > 0, "some conditions name a legal ground");
        let blank = Reden {
            status: Status::Ja,
            tekst: "x".into(),
            artikel: Some("  ".into()),
        };
        assert_eq!(voorwaarde_rijen(&[blank])[0].artikel, None);
        let s = samenvatting(&uitslag);
        let tel = |st: Status| uitslag.uitkomsten.iter().filter(|u| u.status == st).count();
        assert_eq!(
            s,
            format!(
                "Uitslag: past waarschijnlijk {}, misschien {}, past nu niet {}.",
                tel(Status::Ja),
                tel(Status::Misschien),
                tel(Status::Nee)
            )
        );
        assert_eq!(status_tekst(Status::Nee), "Past nu niet");
    }
}
