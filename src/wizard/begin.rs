//! What the wizard opens with: a hand-over list, stored progress (this tab's session first), or the start; and
//! what to tell the resident and the console about stored progress on the way. The resident's own progress
//! (localStorage) opens on the start screen with "Verder gaan" and "Opnieuw beginnen": on a shared phone the
//! next person should not land in someone else's answers. A kitchen-table session (this tab only) continues.

use super::hulp::gemeente_van;
use super::instellingen::ModusKeuze;
use super::lijst::{gemeente_uit_fragment, lijst_uit_fragment};
use super::opslag::{bewaarde_gemeente, lees_bewaard, NietBruikbaar, StorageArea, OPSLAG_VERSIE};
use super::stap::{Modus, Stap};
use super::tekst::Melding;
use crate::rules::{Antwoorden, Regels};

/// What the wizard starts with, and what to do about stored progress on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Begin {
    pub modus: Option<Modus>,
    pub antwoorden: Antwoorden,
    pub stap: Stap,
    /// The step "Verder gaan" on the start screen leads to: where the resident was.
    pub hervat: Option<Stap>,
    pub melding: Option<Melding>,
    /// A technical note for the browser console.
    pub waarschuwing: Option<String>,
    /// Stored progress that cannot be used and should be removed.
    pub wissen: Option<StorageArea>,
}

impl Begin {
    fn leeg(stap: Stap) -> Begin {
        Begin {
            modus: None,
            antwoorden: Antwoorden::new(),
            stap,
            hervat: None,
            melding: None,
            waarschuwing: None,
            wissen: None,
        }
    }
}

/// Reads stored progress: this tab's kitchen-table session first, then the resident's own saved answers.
pub fn herstel(
    regels: &Regels,
    vast: &Antwoorden,
    lees: impl Fn(StorageArea) -> Option<String>,
) -> Begin {
    for plek in [StorageArea::Session, StorageArea::Local] {
        let Some(tekst) = lees(plek) else {
            continue;
        };
        return match lees_bewaard(regels, vast, &tekst, plek.modus()) {
            Ok(h) => {
                let eigen = plek == StorageArea::Local;
                let (melding, waarschuwing) = match h.weggelaten {
                    // The start screen itself says "welkom terug" and offers both ways.
                    0 if eigen => (None, None),
                    0 => (Some(Melding::Hersteld), None),
                    n => (
                        Some(Melding::DeelsHersteld(n)),
                        Some(format!(
                            "{n} stored answer(s) no longer fit the regulations file and were dropped"
                        )),
                    ),
                };
                let (stap, hervat) = if eigen {
                    (Stap::Start, Some(h.stap))
                } else {
                    (h.stap, None)
                };
                Begin {
                    modus: Some(h.modus),
                    antwoorden: h.antwoorden,
                    stap,
                    hervat,
                    melding,
                    waarschuwing,
                    wissen: None,
                }
            }
            Err(fout) => {
                Begin {
                    melding: Some(Melding::NietHersteld),
                    waarschuwing: Some(match fout {
                        NietBruikbaar::Onleesbaar(e) => format!("stored progress is damaged: {e}"),
                        NietBruikbaar::AndereVersie(v) => {
                            format!("stored progress has format version {v:?}, expected {OPSLAG_VERSIE}")
                        }
                    }),
                    wissen: Some(plek),
                    ..Begin::leeg(Stap::Start)
                }
            }
        };
    }
    Begin::leeg(Stap::Start)
}

/// What the wizard opens with: a hand-over link (`#lijst=...`) shows that read-only list; otherwise stored
/// progress continues, unless the host page offers only the other way in (`data-modus`).
pub fn begin(
    regels: &Regels,
    vast: &Antwoorden,
    fragment: &str,
    toegestaan: ModusKeuze,
    lees: impl Fn(StorageArea) -> Option<String>,
) -> Begin {
    let begin = match lijst_uit_fragment(fragment) {
        Some(ids) => return Begin::leeg(Stap::Gedeeld(ids)),
        None => herstel(regels, vast, lees),
    };
    match begin.modus {
        Some(m) if !toegestaan.staat_toe(m) => Begin {
            waarschuwing: begin.waarschuwing,
            wissen: begin.wissen,
            ..Begin::leeg(Stap::Start)
        },
        _ => begin,
    }
}

/// The municipality whose own file the wizard needs before its first screen: the host page's (`data-gemeente`),
/// the one in a hand-over link, or the one among the stored answers it continues with.
pub fn gemeente_bij_begin(
    regels: &Regels,
    vast: Option<&str>,
    fragment: &str,
    toegestaan: ModusKeuze,
    lees: impl Fn(StorageArea) -> Option<String>,
) -> Option<String> {
    if let Some(g) = vast {
        return Some(g.to_string());
    }
    if lijst_uit_fragment(fragment).is_some() {
        return gemeente_uit_fragment(fragment);
    }
    let begin = begin(regels, &Antwoorden::new(), fragment, toegestaan, &lees);
    if regels.alle_gemeenten_bekend() {
        return gemeente_van(&begin.antwoorden);
    }
    // With an index of municipalities the national rules know no municipality yet, so `begin` dropped the stored
    // one: take it as stored from the storage `begin` continues with. Its own file decides whether it counts.
    begin.modus?;
    [StorageArea::Session, StorageArea::Local]
        .into_iter()
        .find_map(&lees)
        .and_then(|tekst| bewaarde_gemeente(&tekst))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::opslag::Bewaard;
    use crate::wizard::testdata::{alleenstaande, regels};

    /// `begin` on a page that presets nothing.
    fn begin_hier(
        r: &Regels,
        fragment: &str,
        toegestaan: ModusKeuze,
        lees: impl Fn(StorageArea) -> Option<String>,
    ) -> Begin {
        begin(r, &Antwoorden::new(), fragment, toegestaan, lees)
    }

    fn bewaard(modus: Modus) -> String {
        let b = Bewaard {
            versie: OPSLAG_VERSIE,
            modus,
            stap: Stap::Controle,
            antwoorden: alleenstaande(),
        };
        b.json()
    }

    #[test]
    fn the_session_comes_before_the_residents_own_progress() {
        let r = regels();
        let beide = |plek: StorageArea| Some(bewaard(plek.modus()));
        let b = herstel(&r, &Antwoorden::new(), beide);
        assert_eq!(b.modus, Some(Modus::Samen));
        assert_eq!(b.stap, Stap::Controle);
        assert_eq!(b.hervat, None);
        assert_eq!(b.melding, Some(Melding::Hersteld));
        assert_eq!((b.waarschuwing, b.wissen), (None, None));
        let niets = herstel(&r, &Antwoorden::new(), |_| None);
        assert_eq!(niets, Begin::leeg(Stap::Start));
    }

    #[test]
    fn the_residents_own_progress_opens_on_the_start_screen_with_the_step_to_continue_with() {
        let r = regels();
        let b = herstel(&r, &Antwoorden::new(), |plek| {
            (plek == StorageArea::Local).then(|| bewaard(Modus::Zelf))
        });
        assert_eq!(b.modus, Some(Modus::Zelf));
        assert_eq!(b.stap, Stap::Start);
        assert_eq!(b.hervat, Some(Stap::Controle));
        assert_eq!(b.melding, None);
        assert_eq!(b.antwoorden, alleenstaande());
    }

    #[test]
    fn unusable_progress_is_wiped_with_a_calm_notice_and_partial_progress_is_counted() {
        let r = regels();
        let b = herstel(&r, &Antwoorden::new(), |plek| {
            (plek == StorageArea::Local).then(|| "{kapot".to_string())
        });
        assert_eq!(b.melding, Some(Melding::NietHersteld));
        assert_eq!(b.wissen, Some(StorageArea::Local));
        assert!(b.waarschuwing.is_some_and(|w| w.contains("damaged")));
        assert_eq!((b.modus, b.stap), (None, Stap::Start));

        let oud = herstel(&r, &Antwoorden::new(), |_| {
            Some(r#"{"versie":7}"#.to_string())
        });
        assert!(oud.waarschuwing.is_some_and(|w| w.contains("Some(7)")));
        assert_eq!(oud.wissen, Some(StorageArea::Session));

        let deels = r#"{"versie":1,"modus":"Zelf","stap":"Controle","antwoorden":{"gemeente":{"Keuze":"x"}}}"#;
        let b = herstel(&r, &Antwoorden::new(), |plek| {
            (plek == StorageArea::Local).then(|| deels.to_string())
        });
        assert_eq!(b.melding, Some(Melding::DeelsHersteld(1)));
        assert!(b
            .waarschuwing
            .is_some_and(|w| w.starts_with("1 stored answer")));
        assert_eq!(b.wissen, None);
    }

    #[test]
    fn a_hand_over_link_or_the_host_pages_way_in_decides_first() {
        let r = regels();
        let opgeslagen = |plek: StorageArea| Some(bewaard(plek.modus()));
        let gedeeld = begin_hier(&r, "#lijst=zorgtoeslag", ModusKeuze::Alle, opgeslagen);
        assert_eq!(gedeeld.stap, Stap::Gedeeld(vec!["zorgtoeslag".to_string()]));
        assert_eq!((gedeeld.modus, gedeeld.melding), (None, None));

        let gewoon = begin_hier(&r, "", ModusKeuze::Alle, opgeslagen);
        assert_eq!(gewoon.modus, Some(Modus::Samen));
        // Only "zelf" on this page: the kitchen-table session is not continued, and nothing is announced.
        let alleen_zelf = begin_hier(&r, "#inhoud", ModusKeuze::AlleenZelf, opgeslagen);
        assert_eq!(alleen_zelf, Begin::leeg(Stap::Start));
        let alleen_samen = begin_hier(&r, "", ModusKeuze::AlleenSamen, opgeslagen);
        assert_eq!(alleen_samen.modus, Some(Modus::Samen));
        // A professional's one page continues in this tab, on a page that offers it.
        let sessie = |plek: StorageArea| {
            (plek == StorageArea::Session).then(|| bewaard(Modus::Hulpverlener))
        };
        let hulpverlener = begin_hier(&r, "", ModusKeuze::AlleenHulpverlener, sessie);
        assert_eq!(hulpverlener.modus, Some(Modus::Hulpverlener));
        assert_eq!(hulpverlener.antwoorden, alleenstaande());
        assert_eq!(
            begin_hier(&r, "", ModusKeuze::AlleenSamen, sessie),
            Begin::leeg(Stap::Start)
        );
    }

    #[test]
    fn the_municipality_needed_from_the_start_is_the_host_pages_the_links_or_the_stored_one() {
        let r = regels();
        let opgeslagen = |plek: StorageArea| Some(bewaard(plek.modus()));
        let niets = |_| None;
        let bij = |vast, fragment, lees: &dyn Fn(StorageArea) -> Option<String>| {
            gemeente_bij_begin(&r, vast, fragment, ModusKeuze::Alle, lees)
        };
        assert_eq!(
            bij(Some("leiden"), "", &opgeslagen).as_deref(),
            Some("leiden")
        );
        assert_eq!(
            bij(None, "#lijst=a&gemeente=westerkwartier", &opgeslagen).as_deref(),
            Some("westerkwartier")
        );
        // a link with only national regulations needs no municipality, whatever is stored
        assert_eq!(bij(None, "#lijst=zorgtoeslag", &opgeslagen), None);
        assert_eq!(bij(None, "", &opgeslagen).as_deref(), Some("groningen"));
        assert_eq!(bij(None, "", &niets), None);
    }

    #[test]
    fn without_the_index_of_municipalities_the_stored_municipality_is_taken_as_stored() {
        let pad = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations.toml");
        let tekst = std::fs::read_to_string(pad).unwrap_or_default();
        let landelijk = crate::rules::load("regulations.toml", &tekst)
            .unwrap_or_else(|e| panic!("the national file loads alone: {e}"));
        assert!(!landelijk.alle_gemeenten_bekend());
        let opgeslagen = |plek: StorageArea| Some(bewaard(plek.modus()));
        let bij = |fragment, lees: &dyn Fn(StorageArea) -> Option<String>| {
            gemeente_bij_begin(&landelijk, None, fragment, ModusKeuze::Alle, lees)
        };
        assert_eq!(bij("", &opgeslagen).as_deref(), Some("groningen"));
        assert_eq!(bij("", &|_| None), None);
        // On Leiden's page (data-gemeente) a municipality stored elsewhere is kept as it was, and not announced as
        // an answer that no longer fits: the page's municipality counts, and these rules cannot check the other.
        let mut vast = Antwoorden::new();
        vast.insert(
            "gemeente".to_string(),
            crate::rules::Antwoord::Keuze("leiden".to_string()),
        );
        let op_leiden = herstel(&landelijk, &vast, |plek| {
            (plek == StorageArea::Local).then(|| bewaard(Modus::Zelf))
        });
        assert_eq!(op_leiden.melding, None);
        assert_eq!(op_leiden.antwoorden, alleenstaande());
        // without that, the municipality nobody could check is dropped, as an answer that does not fit
        let elders = herstel(&landelijk, &Antwoorden::new(), |plek| {
            (plek == StorageArea::Local).then(|| bewaard(Modus::Zelf))
        });
        assert_eq!(elders.melding, Some(Melding::DeelsHersteld(1)));
        let raar = |_| Some(bewaard(Modus::Zelf).replace("groningen", "../x"));
        assert_eq!(bij("", &raar), None);
        // a page that offers only the other way in does not continue it, so it needs no municipality
        let sessie = |plek: StorageArea| {
            (plek == StorageArea::Session).then(|| bewaard(Modus::Hulpverlener))
        };
        assert_eq!(
            gemeente_bij_begin(&landelijk, None, "", ModusKeuze::AlleenZelf, sessie),
            None
        );
    }
}
