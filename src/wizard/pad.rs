//! The questions on a household's path, in the order the wizard asks them, derived from the answers alone; and
//! the honest progress on it ("Vraag 3, nog hoogstens N").

use crate::rules::{next_question, open_questions, Antwoorden, Datum, Regels};

/// The questions on this household's path, in the order the wizard asks them, derived from the answers alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Pad {
    /// Ids of the questions asked so far, plus the first unanswered one (the open question) when not done.
    pub vragen: Vec<String>,
    /// True when no question is left that could change an outcome.
    pub klaar: bool,
    /// The answers that count: preset ones plus the answers to the questions on the path. Answers to questions
    /// that fell off the path (for example the partner's age after "no partner") are kept but not used.
    pub geldig: Antwoorden,
}

impl Pad {
    /// The first unanswered question on the path, if any.
    pub fn open_vraag(&self) -> Option<&str> {
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

/// The position of `id` on the path (1-based) and the upper bound of questions after it.
pub fn voortgang(
    regels: &Regels,
    pad: &Pad,
    vast: &Antwoorden,
    id: &str,
    datum: Datum,
) -> Option<(usize, usize)> {
    let i = pad.positie(id)?;
    Some((i + 1, nog_hoogstens(regels, pad, vast, i, datum)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Antwoord;
    use crate::wizard::testdata::{alleenstaande, datum, regels};

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
        assert_eq!(p.open_vraag(), p.vragen.last().map(String::as_str));
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
            if p.open_vraag() == Some(id) {
                a.insert(id.to_string(), antwoord);
            }
        }
        let p = check(&a, &mut vorige);
        assert!(p.vragen.len() >= 7);
        a.insert("partner".into(), Antwoord::JaNee(true));
        let p = check(&a, &mut vorige);
        assert_eq!(p.open_vraag(), Some("leeftijd_partner"));
        a.insert("leeftijd_partner".into(), Antwoord::Getal(33));
        check(&a, &mut vorige);
        a.remove("leeftijd");
        assert_eq!(check(&a, &mut vorige).open_vraag(), Some("leeftijd"));
        a.insert("leeftijd".into(), Antwoord::Getal(70));
        a.insert("bestaat_niet".into(), Antwoord::JaNee(true));
        check(&a, &mut vorige);
        for _ in 0..r.vragen.len() {
            let p = check(&a, &mut vorige);
            match p.open_vraag() {
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
            match p.open_vraag() {
                Some(id) => {
                    a.insert(id.to_string(), Antwoord::WeetIkNiet);
                }
                None => break,
            }
        }
        let p = pad(&r, &a, &Antwoorden::new(), datum());
        assert!(p.klaar);
        assert_eq!(p.open_vraag(), None);
    }

    #[test]
    fn progress_counts_from_one_and_never_promises_too_few_questions() {
        let r = regels();
        let vast = Antwoorden::new();
        let p = pad(&r, &alleenstaande(), &vast, datum());
        let (n, na) = voortgang(&r, &p, &vast, "partner", datum()).unwrap_or_default();
        assert_eq!(n, 3);
        // From "partner" on, at least the open question and those after it are still to come.
        let open = p.open_vraag().unwrap_or_default();
        let na_open = voortgang(&r, &p, &vast, open, datum()).map(|(_, na)| na);
        assert!(na_open.is_some_and(|m| m <= na), "{na} then {na_open:?}");
        assert_eq!(voortgang(&r, &p, &vast, "bestaat_niet", datum()), None);
        // The first question counts as question 1.
        assert_eq!(
            voortgang(&r, &p, &vast, "gemeente", datum()).map(|v| v.0),
            Some(1)
        );
    }
}
