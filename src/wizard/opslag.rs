//! Stored progress: its format (a versioned key and a version inside) and its tolerant reading (answers that no
//! longer fit the regulations file or have the wrong type are dropped one by one). Reading and writing the
//! browser's storage itself is `crate::app`'s job; what the wizard starts with is `super::begin`.

use super::stap::{Modus, Stap};
use crate::rules::{answer_fits, Antwoord, Antwoorden, Regels};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
            Modus::Samen | Modus::Hulpverlener => StorageArea::Session,
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
#[derive(Clone, Debug, Serialize)]
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
/// when the stored `modus` is missing or damaged, so the answers are not lost over it. An answer the page presets
/// (`vast`, a host page's `data-gemeente`) is not the resident's to give here: a stored one is kept as it was
/// (the page's value counts) and never counted as dropped, also when these rules cannot check it.
pub fn lees_bewaard(
    regels: &Regels,
    vast: &Antwoorden,
    tekst: &str,
    bron: Modus,
) -> Result<Herstel, NietBruikbaar> {
    let waarde: Value =
        serde_json::from_str(tekst).map_err(|e| NietBruikbaar::Onleesbaar(e.to_string()))?;
    let obj = waarde
        .as_object()
        .ok_or_else(|| NietBruikbaar::Onleesbaar("not an object".to_string()))?;
    let versie = obj.get("versie").and_then(Value::as_u64);
    if versie != Some(u64::from(OPSLAG_VERSIE)) {
        return Err(NietBruikbaar::AndereVersie(versie));
    }
    let modus = obj.get("modus").and_then(modus_uit).unwrap_or(bron);
    let mut antwoorden = Antwoorden::new();
    let mut weggelaten = 0;
    if let Some(opgeslagen) = obj.get("antwoorden").and_then(Value::as_object) {
        for (id, ruw) in opgeslagen {
            if vast.contains_key(id) {
                if let Some(a) = antwoord_uit(ruw) {
                    antwoorden.insert(id.clone(), a);
                }
                continue;
            }
            let past = regels
                .vragen
                .iter()
                .find(|v| &v.id == id)
                .and_then(|vraag| antwoord_uit(ruw).filter(|a| answer_fits(vraag, a)));
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
    let stap = obj.get("stap").and_then(stap_uit).unwrap_or(Stap::Start);
    Ok(Herstel {
        modus,
        stap,
        antwoorden,
        weggelaten,
    })
}

/// The municipality among stored answers, as stored: before the national rules know it (with an index of
/// municipalities, its own file brings it), so only its form is checked here; `lees_bewaard` checks the answer.
pub fn bewaarde_gemeente(tekst: &str) -> Option<String> {
    let waarde: Value = serde_json::from_str(tekst).ok()?;
    let ruw = waarde.get("antwoorden")?.get("gemeente")?;
    match antwoord_uit(ruw)? {
        Antwoord::Keuze(g) if crate::rules::is_gemeente_id(&g) => Some(g),
        _ => None,
    }
}

static NULL: Value = Value::Null;

/// An enum value as serde writes it (externally tagged): `"Naam"` for a variant without data, `{"Naam": data}`
/// otherwise. The variant's name and its data (`null` for none).
fn variant(waarde: &Value) -> Option<(&str, &Value)> {
    match waarde {
        Value::String(naam) => Some((naam, &NULL)),
        Value::Object(o) if o.len() == 1 => o.iter().next().map(|(k, d)| (k.as_str(), d)),
        _ => None,
    }
}

/// A stored answer, read as serde's derive reads `Antwoord` from JSON (a test holds the two together); an amount
/// through `Decimal`'s own reader. By hand: the derived reader costs about 2 kB of WebAssembly.
fn antwoord_uit(waarde: &Value) -> Option<Antwoord> {
    let teksten = |w: &Value| -> Option<Vec<String>> {
        w.as_array()?
            .iter()
            .map(|x| x.as_str().map(str::to_string))
            .collect()
    };
    let leeftijden = |w: &Value| -> Option<Vec<u32>> {
        w.as_array()?
            .iter()
            .map(|x| x.as_u64().and_then(|n| u32::try_from(n).ok()))
            .collect()
    };
    Some(match variant(waarde)? {
        ("WeetIkNiet", Value::Null) => Antwoord::WeetIkNiet,
        ("JaNee", w) => Antwoord::JaNee(w.as_bool()?),
        ("Keuze", w) => Antwoord::Keuze(w.as_str()?.to_string()),
        ("Meerkeuze", w) => Antwoord::Meerkeuze(teksten(w)?),
        ("Getal", w) => Antwoord::Getal(w.as_i64()?),
        ("Bedrag", w) => Antwoord::Bedrag(<Decimal as Deserialize>::deserialize(w).ok()?),
        ("Leeftijden", w) => Antwoord::Leeftijden(leeftijden(w)?),
        ("Drempel", Value::Object(velden)) => Antwoord::Drempel {
            boven: velden.get("boven")?.as_bool()?,
            bedrag: <Decimal as Deserialize>::deserialize(velden.get("bedrag")?).ok()?,
        },
        _ => return None,
    })
}

/// A stored way in, read as serde's derive would read `Modus`.
fn modus_uit(waarde: &Value) -> Option<Modus> {
    match variant(waarde)? {
        ("Zelf", Value::Null) => Some(Modus::Zelf),
        ("Samen", Value::Null) => Some(Modus::Samen),
        ("Hulpverlener", Value::Null) => Some(Modus::Hulpverlener),
        _ => None,
    }
}

/// A stored step, read as serde's derive reads `Stap` from JSON (checked against it when this was written). A
/// hand-over list is never stored, so never restored either. Read by hand: the derived reader costs about
/// 1 kB of WebAssembly.
fn stap_uit(waarde: &Value) -> Option<Stap> {
    match variant(waarde)? {
        ("Start", Value::Null) => Some(Stap::Start),
        ("Controle", Value::Null) => Some(Stap::Controle),
        ("Lijst", Value::Null) => Some(Stap::Lijst),
        ("Alles", Value::Null) => Some(Stap::Alles),
        ("Vraag", Value::Object(velden)) => Some(Stap::Vraag {
            id: velden.get("id")?.as_str()?.to_string(),
            wijzigen: velden.get("wijzigen")?.as_bool()?,
        }),
        _ => None,
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
        let h = lees_bewaard(&r, &Antwoorden::new(), tekst, Modus::Zelf)
            .unwrap_or_else(|e| panic!("{e:?}"));
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
            lees_bewaard(&r, &Antwoorden::new(), "{\"versie\":", Modus::Zelf),
            Err(NietBruikbaar::Onleesbaar(_))
        ));
        assert_eq!(
            lees_bewaard(
                &r,
                &Antwoorden::new(),
                r#"{"versie":2,"modus":"Zelf"}"#,
                Modus::Zelf
            ),
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
        let terug = lees_bewaard(&r, &Antwoorden::new(), &json, Modus::Zelf)
            .unwrap_or_else(|e| panic!("{e:?}"));
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
        let h = lees_bewaard(&r, &Antwoorden::new(), tekst, Modus::Samen)
            .unwrap_or_else(|e| panic!("{e:?}"));
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
                    lees_bewaard(&r, &Antwoorden::new(), kapot, Modus::Zelf),
                    Err(NietBruikbaar::Onleesbaar(_))
                ),
                "{kapot}"
            );
        }
        assert_eq!(
            lees_bewaard(
                &r,
                &Antwoorden::new(),
                r#"{"versie":"1","modus":"Zelf"}"#,
                Modus::Zelf
            ),
            Err(NietBruikbaar::AndereVersie(None))
        );
    }

    #[test]
    fn steps_and_ways_in_read_back_as_written_and_damage_reads_as_nothing() {
        let json = |tekst: &str| serde_json::from_str::<Value>(tekst).unwrap_or_default();
        for stap in [
            Stap::Start,
            Stap::vraag("partner"),
            Stap::Vraag {
                id: "inkomen".into(),
                wijzigen: true,
            },
            Stap::Controle,
            Stap::Lijst,
            Stap::Alles,
        ] {
            let geschreven = serde_json::to_value(&stap).unwrap_or_default();
            assert_eq!(stap_uit(&geschreven), Some(stap));
        }
        for modus in [Modus::Zelf, Modus::Samen, Modus::Hulpverlener] {
            let geschreven = serde_json::to_value(modus).unwrap_or_default();
            assert_eq!(modus_uit(&geschreven), Some(modus));
        }
        // The other forms serde accepts.
        assert_eq!(stap_uit(&json(r#"{"Lijst":null}"#)), Some(Stap::Lijst));
        assert_eq!(
            stap_uit(&json(
                r#"{"Vraag":{"id":"partner","wijzigen":false,"extra":1}}"#
            )),
            Some(Stap::vraag("partner"))
        );
        assert_eq!(modus_uit(&json(r#"{"Samen":null}"#)), Some(Modus::Samen));
        for kapot in [
            r#""Vraag""#,
            r#"{"Vraag":{"id":"partner"}}"#,
            r#"{"Vraag":{"id":3,"wijzigen":false}}"#,
            r#"{"Vraag":["partner",false]}"#,
            r#"{"Start":1}"#,
            r#"{"Start":null,"Lijst":null}"#,
            r#"{"Gedeeld":["zorgtoeslag"]}"#,
            r#""start""#,
            "42",
        ] {
            assert_eq!(stap_uit(&json(kapot)), None, "{kapot}");
        }
        assert_eq!(modus_uit(&json(r#""zelf""#)), None);
        assert_eq!(modus_uit(&json("null")), None);
    }

    #[test]
    fn answers_read_by_hand_exactly_as_serdes_derive_reads_them() {
        let gevallen = [
            r#""WeetIkNiet""#,
            r#"{"WeetIkNiet":null}"#,
            r#"{"WeetIkNiet":1}"#,
            r#"{"JaNee":true}"#,
            r#"{"JaNee":"ja"}"#,
            r#""JaNee""#,
            r#"{"Keuze":"groningen"}"#,
            r#"{"Keuze":3}"#,
            r#"{"Meerkeuze":["werk","bijstand"]}"#,
            r#"{"Meerkeuze":[]}"#,
            r#"{"Meerkeuze":["werk",1]}"#,
            r#"{"Meerkeuze":"werk"}"#,
            r#"{"Getal":35}"#,
            r#"{"Getal":-4}"#,
            r#"{"Getal":35.0}"#,
            r#"{"Getal":"35"}"#,
            r#"{"Getal":18446744073709551615}"#,
            r#"{"Bedrag":"1300.50"}"#,
            r#"{"Bedrag":"1.300,50"}"#,
            r#"{"Bedrag":1300}"#,
            r#"{"Bedrag":-5}"#,
            r#"{"Bedrag":1300.5}"#,
            r#"{"Bedrag":5.06e-6}"#,
            r#"{"Bedrag":"1e3"}"#,
            r#"{"Bedrag":true}"#,
            r#"{"Bedrag":null}"#,
            r#"{"Leeftijden":[4,9]}"#,
            r#"{"Leeftijden":[]}"#,
            r#"{"Leeftijden":[-1]}"#,
            r#"{"Leeftijden":[4294967296]}"#,
            r#"{"Leeftijden":[4.0]}"#,
            r#"{"Leeftijden":"9"}"#,
            r#"{"Drempel":{"boven":false,"bedrag":"15540"}}"#,
            r#"{"Drempel":{"boven":true,"bedrag":"15540.00"}}"#,
            r#"{"Drempel":{"boven":"ja","bedrag":"15540"}}"#,
            r#"{"Drempel":{"boven":true}}"#,
            r#"{"Drempel":{"bedrag":"15540"}}"#,
            r#"{"Drempel":{"boven":true,"bedrag":"15540","extra":1}}"#,
            r#"{"Drempel":[true,"15540"]}"#,
            r#"{"Drempel":null}"#,
            r#"{"Onbekend":1}"#,
            r#"{"JaNee":true,"Keuze":"x"}"#,
            r#"{}"#,
            "null",
            "1",
            "[]",
        ];
        for tekst in gevallen {
            let waarde: Value = serde_json::from_str(tekst).unwrap_or_default();
            let serde = serde_json::from_value::<Antwoord>(waarde.clone()).ok();
            assert_eq!(antwoord_uit(&waarde), serde, "{tekst}");
        }
        // What the app writes, it reads back.
        for (_, antwoord) in alleenstaande() {
            let geschreven = serde_json::to_value(&antwoord).unwrap_or_default();
            assert_eq!(antwoord_uit(&geschreven), Some(antwoord));
        }
    }
}
