//! Which screen shows, and where each button leads: the first step, "Volgende", "Vorige vraag", "Verder gaan",
//! and changing one answer from the check-your-answers page. Pure functions of the path.

use super::pad::Pad;
use serde::Serialize;

/// How the wizard is being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Modus {
    /// The resident on their own device: progress is kept in localStorage until they wipe it.
    Zelf,
    /// With a helper at the kitchen table: sessionStorage only, gone when the tab closes; ends with a hand-over.
    Samen,
    /// "Voor hulpverleners": all questions on one page with the outcome beside them; sessionStorage only.
    Hulpverlener,
}

/// Which screen is showing. Kept in a signal (no router): the host page's links and URL stay untouched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
    /// All questions on one page with the outcome beside them ("Voor hulpverleners").
    Alles,
}

impl Stap {
    /// The question `id`, asked in order (not opened from the check-your-answers page).
    pub fn vraag(id: &str) -> Stap {
        Stap::Vraag {
            id: id.to_string(),
            wijzigen: false,
        }
    }
}

/// Where the answers lead now: the open question, or the check-your-answers page when none is left.
pub fn verder(pad: &Pad) -> Stap {
    match pad.open_vraag() {
        Some(id) => Stap::vraag(id),
        None => Stap::Controle,
    }
}

/// Where "Vorige vraag" on the check-your-answers page leads: the last question on the path.
pub fn terug_van_controle(pad: &Pad) -> Stap {
    match pad.vragen.last() {
        Some(id) => Stap::vraag(id),
        None => Stap::Start,
    }
}

/// The screen to show for a requested step, given where the answers lead. A question that fell off the path,
/// or a list before the questions are done, becomes the first open question; a stale id never shows. For a
/// professional every step but the start and a shared list is the one page; in the other ways in the one page
/// becomes the open question.
pub fn normaliseer(stap: &Stap, pad: &Pad, modus: Option<Modus>) -> Stap {
    let een_pagina = modus == Some(Modus::Hulpverlener);
    match stap {
        Stap::Start | Stap::Gedeeld(_) => stap.clone(),
        _ if een_pagina => Stap::Alles,
        Stap::Alles => verder(pad),
        Stap::Vraag { id, .. } if pad.positie(id).is_some() => stap.clone(),
        Stap::Vraag { .. } => verder(pad),
        Stap::Controle | Stap::Lijst if !pad.klaar => verder(pad),
        _ => stap.clone(),
    }
}

/// Where "Volgende" leads after the question `id` was answered (`pad` is already recomputed with the answer).
pub fn na_antwoord(pad: &Pad, id: &str, wijzigen: bool) -> Stap {
    if wijzigen {
        // After a change: ask only what became newly relevant and unanswered, then back to the check page.
        return match pad.open_vraag() {
            Some(open) if open != id => Stap::Vraag {
                id: open.to_string(),
                wijzigen: true,
            },
            _ => Stap::Controle,
        };
    }
    match pad.positie(id) {
        Some(i) if i + 1 < pad.vragen.len() => Stap::vraag(&pad.vragen[i + 1]),
        _ => verder(pad),
    }
}

/// Where "Vorige vraag" leads from the question `id`.
pub fn vorige(pad: &Pad, id: &str, wijzigen: bool) -> Stap {
    if wijzigen {
        return Stap::Controle;
    }
    match pad.positie(id) {
        Some(i) if i > 0 => Stap::vraag(&pad.vragen[i - 1]),
        _ => Stap::Start,
    }
}

/// The first step after choosing a way in: the one page for a professional, else the first question.
pub fn eerste_stap_in(modus: Modus, pad: &Pad) -> Stap {
    match modus {
        Modus::Hulpverlener => Stap::Alles,
        Modus::Zelf | Modus::Samen => eerste_stap(pad),
    }
}

/// The first step when the resident starts or continues.
pub fn eerste_stap(pad: &Pad) -> Stap {
    match pad.vragen.first() {
        Some(id) => Stap::vraag(id),
        None => Stap::Controle,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Antwoorden;
    use crate::wizard::pad::pad;
    use crate::wizard::testdata::{alleenstaande, datum, regels};

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
        let open = p.open_vraag().unwrap_or_default().to_string();
        assert_eq!(na_antwoord(&p, "partner", true), vraag(&open, true));
        // The list is not shown before the questions are done; a stale question id neither.
        assert_eq!(normaliseer(&Stap::Lijst, &p, None), vraag(&open, false));
        assert_eq!(
            normaliseer(&vraag("bestaat_niet", false), &p, None),
            vraag(&open, false)
        );
        assert_eq!(eerste_stap(&p), vraag("gemeente", false));
    }

    #[test]
    fn continue_and_back_from_the_check_page_follow_the_path() {
        let r = regels();
        let p = pad(&r, &alleenstaande(), &Antwoorden::new(), datum());
        let open = p.open_vraag().unwrap_or_default().to_string();
        assert_eq!(verder(&p), Stap::vraag(&open));
        assert_eq!(terug_van_controle(&p), Stap::vraag(&open));
        let mut klaar = p.clone();
        klaar.klaar = true;
        assert_eq!(verder(&klaar), Stap::Controle);
        assert_eq!(terug_van_controle(&klaar), Stap::vraag(&open));
        let leeg = Pad {
            vragen: Vec::new(),
            klaar: true,
            geldig: Antwoorden::new(),
        };
        assert_eq!(terug_van_controle(&leeg), Stap::Start);
        assert_eq!(eerste_stap(&leeg), Stap::Controle);
        // Answering in order walks the path one question at a time; the last answer leads to the check page.
        assert_eq!(na_antwoord(&klaar, &open, false), Stap::Controle);
        assert_eq!(na_antwoord(&p, "gemeente", false), Stap::vraag("leeftijd"));
        // A shared list stays what it is; the check page shows once the questions are done.
        let gedeeld = Stap::Gedeeld(vec!["zorgtoeslag".to_string()]);
        assert_eq!(normaliseer(&gedeeld, &p, None), gedeeld);
        assert_eq!(normaliseer(&Stap::Controle, &klaar, None), Stap::Controle);
        assert_eq!(
            normaliseer(&Stap::Lijst, &klaar, Some(Modus::Zelf)),
            Stap::Lijst
        );
        assert_eq!(normaliseer(&Stap::Start, &p, None), Stap::Start);
    }

    #[test]
    fn a_professional_sees_the_one_page_and_the_other_ways_in_never_do() {
        let r = regels();
        let p = pad(&r, &alleenstaande(), &Antwoorden::new(), datum());
        let een = Some(Modus::Hulpverlener);
        for stap in [
            Stap::vraag("partner"),
            Stap::Controle,
            Stap::Lijst,
            Stap::Alles,
        ] {
            assert_eq!(normaliseer(&stap, &p, een), Stap::Alles, "{stap:?}");
        }
        assert_eq!(normaliseer(&Stap::Start, &p, een), Stap::Start);
        let gedeeld = Stap::Gedeeld(vec!["zorgtoeslag".to_string()]);
        assert_eq!(normaliseer(&gedeeld, &p, een), gedeeld);
        assert_eq!(
            normaliseer(&Stap::Alles, &p, Some(Modus::Samen)),
            verder(&p)
        );
        assert_eq!(normaliseer(&Stap::Alles, &p, None), verder(&p));
        assert_eq!(eerste_stap_in(Modus::Hulpverlener, &p), Stap::Alles);
        assert_eq!(eerste_stap_in(Modus::Zelf, &p), eerste_stap(&p));
    }
}
