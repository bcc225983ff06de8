//! Stored progress: its format (a versioned key and a version inside), its tolerant reading (answers that no
//! longer fit the regulations file or have the wrong type are dropped one by one), and what the wizard starts
//! with. Reading and writing the browser's storage itself is `crate::app`'s job.

use super::instellingen::ModusKeuze;
use super::lijst::lijst_uit_fragment;
use super::stap::{Modus, Stap};
use super::tekst::Melding;
use crate::rules::{answer_fits, Antwoord, Antwoorden, Regels};
use serde::{Deserialize, Serialize};

/// The storage key; it holds the format version too (`OPSLAG_VERSIE` is also inside the value).
pub const SLEUTEL: &str = "potjeswijzer:voortgang:v1";

/// The format version of stored progress. Raise it when `Bewaard` changes shape; older data is then dropped calmly.
pub const OPSLAG_VERSIE: u32 = 1;

/// Where in the browser progress is kept: localStorage for "zelf invullen" (until the resident wipes it),
/// sessionStorage for "samen met een hulpverlener" (gone when the tab closes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageArea {
    Local,
    Session,
}

impl StorageArea {
    pub fn for_modus(modus: Modus) -> StorageArea {
        match modus {
            Modus::Zelf => StorageArea::Local,
            Modus::Samen => StorageArea::Session,
        }
    }

    /// The way in whose progress this storage keeps.
    pub fn modus(self) -> Modus {
        match self {
            StorageArea::Local => Modus::Zelf,
            StorageArea::Session => Modus::Samen,
        }
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

/// What the wizard starts with, and what to do about stored progress on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Begin {
    pub modus: Option<Modus>,
    pub antwoorden: Antwoorden,
    pub stap: Stap,
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
            melding: None,
            waarschuwing: None,
            wissen: None,
        }
    }
}

/// Reads stored progress: this tab's kitchen-table session first, then the resident's own saved answers.
pub fn herstel(regels: &Regels, lees: impl Fn(StorageArea) -> Option<String>) -> Begin {
    for plek in [StorageArea::Session, StorageArea::Local] {
        let Some(tekst) = lees(plek) else {
            continue;
        };
        return match lees_bewaard(regels, &tekst, plek.modus()) {
            Ok(h) => {
                let (melding, waarschuwing) = match h.weggelaten {
                    0 => (Melding::Hersteld, None),
                    n => (
                        Melding::DeelsHersteld(n),
                        Some(format!(
                            "{n} stored answer(s) no longer fit the regulations file and were dropped"
                        )),
                    ),
                };
                Begin {
                    modus: Some(h.modus),
                    antwoorden: h.antwoorden,
                    stap: h.stap,
                    melding: Some(melding),
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
    fragment: &str,
    toegestaan: ModusKeuze,
    lees: impl Fn(StorageArea) -> Option<String>,
) -> Begin {
    let begin = match lijst_uit_fragment(fragment) {
        Some(ids) => return Begin::leeg(Stap::Gedeeld(ids)),
        None => herstel(regels, lees),
    };
    match (toegestaan, begin.modus) {
        (ModusKeuze::AlleenZelf, Some(Modus::Samen))
        | (ModusKeuze::AlleenSamen, Some(Modus::Zelf)) => Begin {
            waarschuwing: begin.waarschuwing,
            wissen: begin.wissen,
            ..Begin::leeg(Stap::Start)
        },
        _ => begin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::testdata::{alleenstaande, regels};

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

    fn bewaard(modus: Modus) -> String {
        let b = Bewaard {
            versie: OPSLAG_VERSIE,
            modus,
            stap: Stap::Controle,
            antwoorden: alleenstaande(),
        };
        serde_json::to_string(&b).unwrap_or_default()
    }

    #[test]
    fn the_session_comes_before_the_residents_own_progress() {
        let r = regels();
        let beide = |plek: StorageArea| Some(bewaard(plek.modus()));
        let b = herstel(&r, beide);
        assert_eq!(b.modus, Some(Modus::Samen));
        assert_eq!(b.stap, Stap::Controle);
        assert_eq!(b.melding, Some(Melding::Hersteld));
        assert_eq!((b.waarschuwing, b.wissen), (None, None));
        let niets = herstel(&r, |_| None);
        assert_eq!(niets, Begin::leeg(Stap::Start));
    }

    #[test]
    fn unusable_progress_is_wiped_with_a_calm_notice_and_partial_progress_is_counted() {
        let r = regels();
        let b = herstel(&r, |plek| {
            (plek == StorageArea::Local).then(|| "{kapot".to_string())
        });
        assert_eq!(b.melding, Some(Melding::NietHersteld));
        assert_eq!(b.wissen, Some(StorageArea::Local));
        assert!(b.waarschuwing.is_some_and(|w| w.contains("damaged")));
        assert_eq!((b.modus, b.stap), (None, Stap::Start));

        let oud = herstel(&r, |_| Some(r#"{"versie":7}"#.to_string()));
        assert!(oud.waarschuwing.is_some_and(|w| w.contains("Some(7)")));
        assert_eq!(oud.wissen, Some(StorageArea::Session));

        let deels = r#"{"versie":1,"modus":"Zelf","stap":"Controle","antwoorden":{"gemeente":{"Keuze":"x"}}}"#;
        let b = herstel(&r, |plek| {
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
        let gedeeld = begin(&r, "#lijst=zorgtoeslag", ModusKeuze::Beide, opgeslagen);
        assert_eq!(gedeeld.stap, Stap::Gedeeld(vec!["zorgtoeslag".to_string()]));
        assert_eq!((gedeeld.modus, gedeeld.melding), (None, None));

        let gewoon = begin(&r, "", ModusKeuze::Beide, opgeslagen);
        assert_eq!(gewoon.modus, Some(Modus::Samen));
        // Only "zelf" on this page: the kitchen-table session is not continued, and nothing is announced.
        let alleen_zelf = begin(&r, "#inhoud", ModusKeuze::AlleenZelf, opgeslagen);
        assert_eq!(alleen_zelf, Begin::leeg(Stap::Start));
        let alleen_samen = begin(&r, "", ModusKeuze::AlleenSamen, opgeslagen);
        assert_eq!(alleen_samen.modus, Some(Modus::Samen));
    }
}
