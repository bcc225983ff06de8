//! The wizard's state as plain data, and the pure functions that move it on. No web crates here except
//! serde: everything below is derived from the answers, so the components stay thin.

use crate::rules::{
    answer_fits, next_question, open_questions, Antwoord, Antwoorden, Datum, Regels,
};
use serde::{Deserialize, Serialize};

/// The format version of stored progress. Raise it when `Bewaard` changes shape; older data is then dropped calmly.
pub const OPSLAG_VERSIE: u32 = 1;

/// How the wizard is being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Modus {
    /// The resident on their own device: progress is kept in localStorage until they wipe it.
    Zelf,
    /// With a helper at the kitchen table: sessionStorage only, gone when the tab closes; ends with a hand-over.
    Samen,
}

/// Which screen is showing. Kept in a signal (no router): the host page's links and URL stay untouched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stap {
    Start,
    /// One question. `wijzigen`: opened from the check-your-answers page, so it returns there.
    Vraag {
        id: String,
        wijzigen: bool,
    },
    Controle,
    Lijst,
    /// A read-only list opened from a hand-over link (`#lijst=a,b`). Never stored.
    Gedeeld(Vec<String>),
}

/// The questions on this household's path, in the order the wizard asks them, derived from the answers alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Pad {
    /// Ids of the questions asked so far, plus the first unanswered one (the frontier) when not done.
    pub vragen: Vec<String>,
    /// True when no question is left that could change an outcome.
    pub klaar: bool,
    /// The answers that count: preset ones plus the answers to the questions on the path. Answers to questions
    /// that fell off the path (for example the partner's age after "no partner") are kept but not used.
    pub geldig: Antwoorden,
}

impl Pad {
    /// The first unanswered question on the path, if any.
    pub fn grens(&self) -> Option<&str> {
        if self.klaar {
            None
        } else {
            self.vragen.last().map(String::as_str)
        }
    }

    pub fn positie(&self, id: &str) -> Option<usize> {
        self.vragen.iter().position(|v| v == id)
    }
}

/// Walks the flow from the preset answers, taking each stored answer when the engine asks for it.
pub fn pad(regels: &Regels, antwoorden: &Antwoorden, vast: &Antwoorden, datum: Datum) -> Pad {
    verder_lopen(regels, antwoorden, vast.clone(), Vec::new(), datum)
}

/// The same path as `pad`, reusing the previous path (computed from the same regulations, preset answers and date)
/// as far as its answers did not change. After an answer to the frontier question only the next question is
/// looked up: one flow decision per step instead of one per question asked so far.
pub fn pad_vanaf(
    vorige: Option<&Pad>,
    regels: &Regels,
    antwoorden: &Antwoorden,
    vast: &Antwoorden,
    datum: Datum,
) -> Pad {
    let mut geldig = vast.clone();
    let mut vragen: Vec<String> = Vec::new();
    // The question at each position depends only on the answers before it: while those are unchanged, it is still
    // the question the engine asks there.
    for id in vorige.map(|p| p.vragen.as_slice()).unwrap_or_default() {
        vragen.push(id.clone());
        let Some(nu) = antwoorden.get(id) else {
            return Pad {
                vragen,
                klaar: false,
                geldig,
            };
        };
        let zelfde = vorige.and_then(|p| p.geldig.get(id)) == Some(nu);
        geldig.insert(id.clone(), nu.clone());
        if !zelfde {
            break;
        }
    }
    verder_lopen(regels, antwoorden, geldig, vragen, datum)
}

/// Walks on from a path prefix (`vragen`, all answered, with `geldig` the preset answers plus theirs).
fn verder_lopen(
    regels: &Regels,
    antwoorden: &Antwoorden,
    mut geldig: Antwoorden,
    mut vragen: Vec<String>,
    datum: Datum,
) -> Pad {
    // The engine never asks an answered question; the bound only guards against a loop if it ever did.
    for _ in vragen.len()..=regels.vragen.len() {
        let Some(vraag) = next_question(regels, &geldig, datum) else {
            return Pad {
                vragen,
                klaar: true,
                geldig,
            };
        };
        if vragen.contains(&vraag.id) || geldig.contains_key(&vraag.id) {
            break;
        }
        vragen.push(vraag.id.clone());
        match antwoorden.get(&vraag.id) {
            Some(antwoord) => {
                geldig.insert(vraag.id.clone(), antwoord.clone());
            }
            None => {
                return Pad {
                    vragen,
                    klaar: false,
                    geldig,
                }
            }
        }
    }
    Pad {
        vragen,
        klaar: true,
        geldig,
    }
}

/// The answers that count for the question at `positie` on the path: the preset ones and those before it.
pub fn antwoorden_voor(pad: &Pad, vast: &Antwoorden, positie: usize) -> Antwoorden {
    let mut eerder = vast.clone();
    for id in pad.vragen.iter().take(positie) {
        if let Some(a) = pad.geldig.get(id) {
            eerder.insert(id.clone(), a.clone());
        }
    }
    eerder
}

/// How many questions may still come after the one at `positie` (an upper bound, never a fake total).
pub fn nog_hoogstens(
    regels: &Regels,
    pad: &Pad,
    vast: &Antwoorden,
    positie: usize,
    datum: Datum,
) -> usize {
    let eerder = antwoorden_voor(pad, vast, positie);
    // Counts the question on screen too (it is unanswered in `eerder`).
    open_questions(regels, &eerder, datum).saturating_sub(1)
}

/// The screen to show for a requested step, given where the answers lead. A question that fell off the path,
/// or a list before the questions are done, becomes the first open question; a stale id never shows.
pub fn normaliseer(stap: &Stap, pad: &Pad) -> Stap {
    let naar_grens = || match pad.grens() {
        Some(id) => Stap::Vraag {
            id: id.to_string(),
            wijzigen: false,
        },
        None => Stap::Controle,
    };
    match stap {
        Stap::Vraag { id, .. } if pad.positie(id).is_some() => stap.clone(),
        Stap::Vraag { .. } => naar_grens(),
        Stap::Controle | Stap::Lijst if !pad.klaar => naar_grens(),
        _ => stap.clone(),
    }
}

/// Where "Volgende" leads after the question `id` was answered (`pad` is already recomputed with the answer).
pub fn na_antwoord(pad: &Pad, id: &str, wijzigen: bool) -> Stap {
    if wijzigen {
        // After a change: ask only what became newly relevant and unanswered, then back to the check page.
        return match pad.grens() {
            Some(grens) if grens != id => Stap::Vraag {
                id: grens.to_string(),
                wijzigen: true,
            },
            _ => Stap::Controle,
        };
    }
    match pad.positie(id) {
        Some(i) if i + 1 < pad.vragen.len() => Stap::Vraag {
            id: pad.vragen[i + 1].clone(),
            wijzigen: false,
        },
        _ if pad.klaar => Stap::Controle,
        _ => match pad.grens() {
            Some(grens) => Stap::Vraag {
                id: grens.to_string(),
                wijzigen: false,
            },
            None => Stap::Controle,
        },
    }
}

/// Where "Vorige vraag" leads from the question `id`.
pub fn vorige(pad: &Pad, id: &str, wijzigen: bool) -> Stap {
    if wijzigen {
        return Stap::Controle;
    }
    match pad.positie(id) {
        Some(i) if i > 0 => Stap::Vraag {
            id: pad.vragen[i - 1].clone(),
            wijzigen: false,
        },
        _ => Stap::Start,
    }
}

/// The first step when the resident starts or continues.
pub fn eerste_stap(pad: &Pad) -> Stap {
    match pad.vragen.first() {
        Some(id) => Stap::Vraag {
            id: id.clone(),
            wijzigen: false,
        },
        None => Stap::Controle,
    }
}

/// What is stored on the device. The answers are stored as loose JSON so that one answer that no longer fits
/// the regulations file can be dropped while the rest is kept.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bewaard {
    pub versie: u32,
    pub modus: Modus,
    pub stap: Stap,
    pub antwoorden: Antwoorden,
}

/// Stored progress after checking it against the current regulations file.
#[derive(Clone, Debug, PartialEq)]
pub struct Herstel {
    pub modus: Modus,
    pub stap: Stap,
    pub antwoorden: Antwoorden,
    /// How many stored answers did not fit any more and were dropped.
    pub weggelaten: usize,
}

/// Why stored progress could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NietBruikbaar {
    /// Not JSON, or not the shape we write.
    Onleesbaar(String),
    /// Written by another format version.
    AndereVersie(Option<u64>),
}

/// Reads stored progress, keeping every answer that still fits the current questions. `bron` is the way in
/// that belongs to the storage the text came from (localStorage: zelf, sessionStorage: samen); it stands in
/// when the stored `modus` is missing or damaged, so the answers are not lost over it.
pub fn lees_bewaard(regels: &Regels, tekst: &str, bron: Modus) -> Result<Herstel, NietBruikbaar> {
    let waarde: serde_json::Value =
        serde_json::from_str(tekst).map_err(|e| NietBruikbaar::Onleesbaar(e.to_string()))?;
    let obj = waarde
        .as_object()
        .ok_or_else(|| NietBruikbaar::Onleesbaar("not an object".to_string()))?;
    let versie = obj.get("versie").and_then(serde_json::Value::as_u64);
    if versie != Some(u64::from(OPSLAG_VERSIE)) {
        return Err(NietBruikbaar::AndereVersie(versie));
    }
    let modus: Modus = obj
        .get("modus")
        .cloned()
        .and_then(|m| serde_json::from_value(m).ok())
        .unwrap_or(bron);
    let mut antwoorden = Antwoorden::new();
    let mut weggelaten = 0;
    if let Some(opgeslagen) = obj.get("antwoorden").and_then(serde_json::Value::as_object) {
        for (id, ruw) in opgeslagen {
            let past = regels
                .vragen
                .iter()
                .find(|v| &v.id == id)
                .and_then(|vraag| {
                    serde_json::from_value::<Antwoord>(ruw.clone())
                        .ok()
                        .filter(|a| answer_fits(vraag, a))
                });
            match past {
                Some(a) => {
                    antwoorden.insert(id.clone(), a);
                }
                None => weggelaten += 1,
            }
        }
    } else if obj.contains_key("antwoorden") {
        return Err(NietBruikbaar::Onleesbaar(
            "antwoorden is not an object".to_string(),
        ));
    }
    let stap = obj
        .get("stap")
        .cloned()
        .and_then(|s| serde_json::from_value::<Stap>(s).ok())
        .filter(|s| !matches!(s, Stap::Gedeeld(_)))
        .unwrap_or(Stap::Start);
    Ok(Herstel {
        modus,
        stap,
        antwoorden,
        weggelaten,
    })
}

/// The regulation ids in a hand-over fragment such as `#lijst=groningen_stadjerspas,zorgtoeslag`.
/// Returns `None` when the fragment is not a list link; unknown or malformed ids are left out.
pub fn lijst_uit_fragment(fragment: &str) -> Option<Vec<String>> {
    let rest = fragment.trim_start_matches('#');
    let ids = rest
        .split('&')
        .find_map(|deel| deel.strip_prefix("lijst="))?;
    let mut uit: Vec<String> = Vec::new();
    for id in ids.split(',') {
        let id = id.trim();
        let geldig = !id.is_empty()
            && id.len() <= 80
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if geldig && !uit.iter().any(|u| u == id) {
            uit.push(id.to_string());
        }
    }
    Some(uit)
}

/// The hand-over fragment for a list of regulation ids.
pub fn fragment_voor(ids: &[String]) -> String {
    format!("#lijst={}", ids.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_round_trip_and_hostile_input() {
        let ids = vec![
            "groningen_stadjerspas".to_string(),
            "zorgtoeslag".to_string(),
        ];
        assert_eq!(lijst_uit_fragment(&fragment_voor(&ids)), Some(ids));
        assert_eq!(lijst_uit_fragment("#iets"), None);
        assert_eq!(
            lijst_uit_fragment("#lijst=a,<script>,a,,B,c_1"),
            Some(vec!["a".to_string(), "c_1".to_string()])
        );
    }
}

#[cfg(test)]
mod flow_tests {
    use super::*;
    use crate::rules::load;

    fn regels() -> Regels {
        let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/regulations.toml");
        let tekst = std::fs::read_to_string(pad).unwrap_or_default();
        match load("regulations.toml", &tekst) {
            Ok(r) => r,
            Err(e) => panic!("regulations.toml does not load: {e}"),
        }
    }

    fn datum() -> Datum {
        Datum::new(2025, 9, 1).unwrap_or_else(|| panic!("valid date"))
    }

    fn alleenstaande() -> Antwoorden {
        let mut a = Antwoorden::new();
        a.insert("gemeente".into(), Antwoord::Keuze("groningen".into()));
        a.insert("leeftijd".into(), Antwoord::Getal(35));
        a.insert("partner".into(), Antwoord::JaNee(false));
        a
    }

    #[test]
    fn the_path_starts_with_the_first_question_and_follows_the_answers() {
        let r = regels();
        let leeg = pad(&r, &Antwoorden::new(), &Antwoorden::new(), datum());
        assert_eq!(leeg.vragen, vec!["gemeente".to_string()]);
        assert!(!leeg.klaar);

        let mut a = alleenstaande();
        // An answer for a question that is off the path (no partner) is kept but does not count.
        a.insert("leeftijd_partner".into(), Antwoord::Getal(40));
        let p = pad(&r, &a, &Antwoorden::new(), datum());
        assert_eq!(&p.vragen[..3], ["gemeente", "leeftijd", "partner"]);
        assert!(!p.vragen.contains(&"leeftijd_partner".to_string()));
        assert!(!p.geldig.contains_key("leeftijd_partner"));
        assert_eq!(p.grens(), p.vragen.last().map(String::as_str));
    }

    #[test]
    fn the_path_reused_step_by_step_equals_the_path_walked_afresh() {
        let r = regels();
        let vast = Antwoorden::new();
        let mut a = Antwoorden::new();
        let mut vorige: Option<Pad> = None;
        let check = |a: &Antwoorden, vorige: &mut Option<Pad>| {
            let nieuw = pad_vanaf(vorige.as_ref(), &r, a, &vast, datum());
            assert_eq!(nieuw, pad(&r, a, &vast, datum()), "after {a:?}");
            *vorige = Some(nieuw.clone());
            nieuw
        };
        // Answer the frontier question each time, then change an early answer, remove one and add one off the path.
        let household = [
            ("gemeente", Antwoord::Keuze("groningen".into())),
            ("leeftijd", Antwoord::Getal(35)),
            ("partner", Antwoord::JaNee(false)),
            ("kinderen", Antwoord::Leeftijden(vec![4, 9])),
            (
                "inkomstenbron",
                Antwoord::Meerkeuze(vec!["bijstand".into()]),
            ),
            ("student", Antwoord::JaNee(false)),
            ("inkomen", Antwoord::Bedrag(1300.into())),
        ];
        for (id, antwoord) in household {
            let p = check(&a, &mut vorige);
            if p.grens() == Some(id) {
                a.insert(id.to_string(), antwoord);
            }
        }
        let p = check(&a, &mut vorige);
        assert!(p.vragen.len() >= 7);
        a.insert("partner".into(), Antwoord::JaNee(true));
        let p = check(&a, &mut vorige);
        assert_eq!(p.grens(), Some("leeftijd_partner"));
        a.insert("leeftijd_partner".into(), Antwoord::Getal(33));
        check(&a, &mut vorige);
        a.remove("leeftijd");
        assert_eq!(check(&a, &mut vorige).grens(), Some("leeftijd"));
        a.insert("leeftijd".into(), Antwoord::Getal(70));
        a.insert("bestaat_niet".into(), Antwoord::JaNee(true));
        check(&a, &mut vorige);
        for _ in 0..r.vragen.len() {
            let p = check(&a, &mut vorige);
            match p.grens() {
                Some(id) => {
                    a.insert(id.to_string(), Antwoord::WeetIkNiet);
                }
                None => break,
            }
        }
        assert!(check(&a, &mut vorige).klaar);
    }

    #[test]
    fn a_preset_municipality_is_never_asked() {
        let r = regels();
        let mut vast = Antwoorden::new();
        vast.insert("gemeente".into(), Antwoord::Keuze("leiden".into()));
        let p = pad(&r, &Antwoorden::new(), &vast, datum());
        assert_eq!(p.vragen, vec!["leeftijd".to_string()]);
        assert!(p.geldig.contains_key("gemeente"));
    }

    #[test]
    fn answering_everything_unknown_ends_the_questions() {
        let r = regels();
        let mut a = Antwoorden::new();
        for _ in 0..r.vragen.len() {
            let p = pad(&r, &a, &Antwoorden::new(), datum());
            match p.grens() {
                Some(id) => {
                    a.insert(id.to_string(), Antwoord::WeetIkNiet);
                }
                None => break,
            }
        }
        let p = pad(&r, &a, &Antwoorden::new(), datum());
        assert!(p.klaar);
        assert_eq!(normaliseer(&Stap::Lijst, &p), Stap::Lijst);
    }

    #[test]
    fn next_back_and_change_go_where_a_resident_expects() {
        let r = regels();
        let a = alleenstaande();
        let p = pad(&r, &a, &Antwoorden::new(), datum());
        let vraag = |id: &str, wijzigen| Stap::Vraag {
            id: id.to_string(),
            wijzigen,
        };
        assert_eq!(na_antwoord(&p, "leeftijd", false), vraag("partner", false));
        assert_eq!(vorige(&p, "partner", false), vraag("leeftijd", false));
        assert_eq!(vorige(&p, "gemeente", false), Stap::Start);
        assert_eq!(vorige(&p, "partner", true), Stap::Controle);
        // A change that leaves an open question asks it first.
        let grens = p.grens().unwrap_or_default().to_string();
        assert_eq!(na_antwoord(&p, "partner", true), vraag(&grens, true));
        // The list is not shown before the questions are done; a stale question id neither.
        assert_eq!(normaliseer(&Stap::Lijst, &p), vraag(&grens, false));
        assert_eq!(
            normaliseer(&vraag("bestaat_niet", false), &p),
            vraag(&grens, false)
        );
        assert_eq!(eerste_stap(&p), vraag("gemeente", false));
    }

    #[test]
    fn stored_progress_keeps_what_fits_and_drops_the_rest() {
        let r = regels();
        let tekst = r#"{"versie":1,"modus":"Zelf","stap":{"Vraag":{"id":"partner","wijzigen":false}},
            "antwoorden":{"gemeente":{"Keuze":"groningen"},"leeftijd":{"Getal":999},
            "bestaat_niet":{"JaNee":true},"partner":"WeetIkNiet","inkomen":{"Bedrag":"1300.50"}}}"#;
        let h = lees_bewaard(&r, tekst, Modus::Zelf).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(h.modus, Modus::Zelf);
        assert_eq!(h.weggelaten, 2);
        assert_eq!(h.antwoorden.len(), 3);
        assert_eq!(
            h.stap,
            Stap::Vraag {
                id: "partner".into(),
                wijzigen: false
            }
        );
        assert!(matches!(
            lees_bewaard(&r, "{\"versie\":", Modus::Zelf),
            Err(NietBruikbaar::Onleesbaar(_))
        ));
        assert_eq!(
            lees_bewaard(&r, r#"{"versie":2,"modus":"Zelf"}"#, Modus::Zelf),
            Err(NietBruikbaar::AndereVersie(Some(2)))
        );
        // What we write, we read back.
        let bewaard = Bewaard {
            versie: OPSLAG_VERSIE,
            modus: Modus::Samen,
            stap: Stap::Controle,
            antwoorden: alleenstaande(),
        };
        let json = serde_json::to_string(&bewaard).unwrap_or_default();
        let terug = lees_bewaard(&r, &json, Modus::Zelf).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(terug.antwoorden, alleenstaande());
        assert_eq!(terug.stap, Stap::Controle);
        assert_eq!(terug.weggelaten, 0);
    }

    #[test]
    fn stored_values_of_the_wrong_type_lose_only_themselves() {
        let r = regels();
        // A damaged way in is taken from the storage it was found in; the answers stay.
        let tekst = r#"{"versie":1,"modus":3,"stap":42,"antwoorden":{"gemeente":{"Keuze":"groningen"},
            "leeftijd":{"Getal":"52"},"inkomen":{"Bedrag":true},"kinderen":{"Leeftijden":"9"},
            "inkomstenbron":{"Meerkeuze":"werk"},"student":null,"schulden":1,"partner":{"JaNee":false}}}"#;
        let h = lees_bewaard(&r, tekst, Modus::Samen).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(h.modus, Modus::Samen);
        assert_eq!(h.stap, Stap::Start);
        assert_eq!(h.weggelaten, 6);
        assert_eq!(
            h.antwoorden.keys().collect::<Vec<_>>(),
            ["gemeente", "partner"]
        );
        for kapot in [
            "null",
            "[]",
            "42",
            "\"tekst\"",
            r#"{"versie":1,"modus":"Zelf","antwoorden":[]}"#,
        ] {
            assert!(
                matches!(
                    lees_bewaard(&r, kapot, Modus::Zelf),
                    Err(NietBruikbaar::Onleesbaar(_))
                ),
                "{kapot}"
            );
        }
        assert_eq!(
            lees_bewaard(&r, r#"{"versie":"1","modus":"Zelf"}"#, Modus::Zelf),
            Err(NietBruikbaar::AndereVersie(None))
        );
    }
}
