//! The browser's Back and Forward buttons: each step of the wizard is an entry in the page's history (a state
//! object, the address stays the host page's), so Back goes to the previous question. The start screen is not a
//! step of its own: the first question takes its entry, so Back from the first question leaves the wizard.
//! Pure functions of the steps; `crate::app` calls `history.pushState` / `replaceState` and reads `popstate`.

use super::stap::Stap;

/// What to do with the browser's history when the screen changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Historie {
    /// A new entry after the current one (`pushState`).
    Nieuw,
    /// The current entry becomes this step (`replaceState`).
    Vervang,
    /// Leave the history alone.
    Niets,
}

/// The step as it is kept in a history entry: "vraag:inkomen", "wijzig:inkomen", "controle", "lijst", "start",
/// "alles" (the one page for professionals).
/// A hand-over list is not kept: its link (`#lijst=...`) is its own history entry.
pub fn sleutel(stap: &Stap) -> Option<String> {
    Some(match stap {
        Stap::Start => "start".to_string(),
        Stap::Vraag {
            id,
            wijzigen: false,
        } => format!("vraag:{id}"),
        Stap::Vraag { id, wijzigen: true } => format!("wijzig:{id}"),
        Stap::Controle => "controle".to_string(),
        Stap::Lijst => "lijst".to_string(),
        Stap::Alles => "alles".to_string(),
        Stap::Gedeeld(_) => return None,
    })
}

/// The step kept in a history entry; `None` for anything that is not ours (the host page's own entries).
pub fn uit_sleutel(s: &str) -> Option<Stap> {
    let geldig_id = |id: &str| {
        !id.is_empty()
            && id.len() <= 80
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    match s {
        "start" => Some(Stap::Start),
        "controle" => Some(Stap::Controle),
        "lijst" => Some(Stap::Lijst),
        "alles" => Some(Stap::Alles),
        _ => {
            let (soort, id) = s.split_once(':')?;
            if !geldig_id(id) {
                return None;
            }
            let wijzigen = match soort {
                "vraag" => false,
                "wijzig" => true,
                _ => return None,
            };
            Some(Stap::Vraag {
                id: id.to_string(),
                wijzigen,
            })
        }
    }
}

/// What the history does when the screen changes from `van` to `naar` by the resident's own action (not by Back
/// or Forward). `diepte` counts the wizard's own entries before the current one in this visit: leaving the
/// start screen at depth 0 takes over its entry, so Back from the first question leaves the wizard.
pub fn bij_wissel(van: &Stap, naar: &Stap, diepte: u32) -> Historie {
    let (Some(v), Some(n)) = (sleutel(van), sleutel(naar)) else {
        return Historie::Niets;
    };
    if v == n {
        Historie::Niets
    } else if *van == Stap::Start && diepte == 0 {
        Historie::Vervang
    } else {
        Historie::Nieuw
    }
}

/// The step to show after Back or Forward to an entry with step `stap`. Before the resident has chosen a way
/// in (or after wiping), only the start screen can show: the questions would have no answers to keep.
pub fn na_terug(stap: Stap, begonnen: bool) -> Stap {
    if begonnen {
        stap
    } else {
        Stap::Start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_but_a_shared_list_round_trips_through_its_history_key() {
        for stap in [
            Stap::Start,
            Stap::vraag("inkomen"),
            Stap::Vraag {
                id: "leeftijd_partner".to_string(),
                wijzigen: true,
            },
            Stap::Controle,
            Stap::Lijst,
            Stap::Alles,
        ] {
            let s = sleutel(&stap).unwrap_or_default();
            assert_eq!(uit_sleutel(&s), Some(stap), "{s}");
        }
        assert_eq!(sleutel(&Stap::Gedeeld(vec!["a".to_string()])), None);
    }

    #[test]
    fn entries_that_are_not_ours_are_ignored() {
        for vreemd in [
            "",
            "vraag:",
            "vraag:<b>",
            "iets:inkomen",
            "Start",
            "vraag:Inkomen",
            "inhoud",
        ] {
            assert_eq!(uit_sleutel(vreemd), None, "{vreemd}");
        }
    }

    #[test]
    fn the_first_question_takes_the_start_screens_entry_and_later_steps_get_their_own() {
        let q1 = Stap::vraag("gemeente");
        let q2 = Stap::vraag("leeftijd");
        assert_eq!(bij_wissel(&Stap::Start, &q1, 0), Historie::Vervang);
        assert_eq!(bij_wissel(&q1, &q2, 0), Historie::Nieuw);
        assert_eq!(bij_wissel(&q2, &Stap::Controle, 1), Historie::Nieuw);
        // "Vorige vraag" back to the start screen and on again: its own entries, so Back retraces them.
        assert_eq!(bij_wissel(&q1, &Stap::Start, 2), Historie::Nieuw);
        assert_eq!(bij_wissel(&Stap::Start, &q1, 3), Historie::Nieuw);
        assert_eq!(bij_wissel(&q1, &q1, 3), Historie::Niets);
        let gedeeld = Stap::Gedeeld(Vec::new());
        assert_eq!(bij_wissel(&gedeeld, &Stap::Start, 0), Historie::Niets);
        assert_eq!(bij_wissel(&Stap::Lijst, &gedeeld, 4), Historie::Niets);
    }

    #[test]
    fn back_into_the_questions_after_wiping_shows_the_start() {
        assert_eq!(na_terug(Stap::vraag("inkomen"), false), Stap::Start);
        assert_eq!(
            na_terug(Stap::vraag("inkomen"), true),
            Stap::vraag("inkomen")
        );
    }
}
