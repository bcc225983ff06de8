//! Stored progress: its format (a versioned key and a version inside) and its tolerant reading (answers that no
//! longer fit the regulations file or have the wrong type are dropped one by one). Reading and writing the
//! browser's storage itself is `crate::app`'s job; what the wizard starts with is `super::begin`.

use super::json::{schrijf_tekst, Json as Value};
use super::stap::{Modus, Stap};
use crate::rules::{answer_fits, Antwoord, Antwoorden, Regels};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

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
/// the regulations file can be dropped while the rest is kept. (`Serialize` only for the tests that hold
/// `Bewaard::json` to what `serde_json` writes.)
#[derive(Clone, Debug, Serialize)]
pub struct Bewaard {
    pub versie: u32,
    pub modus: Modus,
    pub stap: Stap,
    pub antwoorden: Antwoorden,
}

impl Bewaard {
    /// The stored text: JSON as `serde_json` wrote it from the derived `Serialize` (externally tagged enums,
    /// amounts as strings), written by hand to keep `serde_json` out of the WebAssembly.
    pub fn json(&self) -> String {
        let mut uit = String::new();
        let _ = write!(uit, "{{\"versie\":{},\"modus\":", self.versie);
        schrijf_tekst(&mut uit, modus_naam(self.modus));
        uit.push_str(",\"stap\":");
        schrijf_stap(&mut uit, &self.stap);
        uit.push_str(",\"antwoorden\":{");
        for (i, (id, antwoord)) in self.antwoorden.iter().enumerate() {
            if i > 0 {
                uit.push(',');
            }
            schrijf_tekst(&mut uit, id);
            uit.push(':');
            schrijf_antwoord(&mut uit, antwoord);
        }
        uit.push_str("}}");
        uit
    }
}

fn modus_naam(modus: Modus) -> &'static str {
    match modus {
        Modus::Zelf => "Zelf",
        Modus::Samen => "Samen",
        Modus::Hulpverlener => "Hulpverlener",
    }
}

/// `{"naam":` for an enum variant with data.
fn open_variant(uit: &mut String, naam: &str) {
    uit.push('{');
    schrijf_tekst(uit, naam);
    uit.push(':');
}

fn schrijf_teksten(uit: &mut String, teksten: &[String]) {
    uit.push('[');
    for (i, t) in teksten.iter().enumerate() {
        if i > 0 {
            uit.push(',');
        }
        schrijf_tekst(uit, t);
    }
    uit.push(']');
}

fn schrijf_stap(uit: &mut String, stap: &Stap) {
    let naam = match stap {
        Stap::Start => "Start",
        Stap::Controle => "Controle",
        Stap::Lijst => "Lijst",
        Stap::Alles => "Alles",
        Stap::Vraag { id, wijzigen } => {
            open_variant(uit, "Vraag");
            uit.push_str("{\"id\":");
            schrijf_tekst(uit, id);
            let _ = write!(uit, ",\"wijzigen\":{wijzigen}}}}}");
            return;
        }
        Stap::Gedeeld(ids) => {
            open_variant(uit, "Gedeeld");
            schrijf_teksten(uit, ids);
            uit.push('}');
            return;
        }
    };
    schrijf_tekst(uit, naam);
}

fn schrijf_antwoord(uit: &mut String, antwoord: &Antwoord) {
    match antwoord {
        Antwoord::WeetIkNiet => return schrijf_tekst(uit, "WeetIkNiet"),
        Antwoord::JaNee(b) => {
            open_variant(uit, "JaNee");
            let _ = write!(uit, "{b}");
        }
        Antwoord::Keuze(k) => {
            open_variant(uit, "Keuze");
            schrijf_tekst(uit, k);
        }
        Antwoord::Meerkeuze(k) => {
            open_variant(uit, "Meerkeuze");
            schrijf_teksten(uit, k);
        }
        Antwoord::Getal(n) => {
            open_variant(uit, "Getal");
            let _ = write!(uit, "{n}");
        }
        Antwoord::Bedrag(d) => {
            open_variant(uit, "Bedrag");
            schrijf_tekst(uit, &d.to_string());
        }
        Antwoord::Leeftijden(l) => {
            open_variant(uit, "Leeftijden");
            uit.push('[');
            for (i, n) in l.iter().enumerate() {
                let _ = write!(uit, "{}{n}", if i > 0 { "," } else { "" });
            }
            uit.push(']');
        }
        Antwoord::Drempel { boven, bedrag } => {
            open_variant(uit, "Drempel");
            let _ = write!(uit, "{{\"boven\":{boven},\"bedrag\":");
            schrijf_tekst(uit, &bedrag.to_string());
            uit.push('}');
        }
    }
    uit.push('}');
}

/// An amount as serde's `Decimal` reads it from JSON: a string by `Decimal`'s reader (plain or scientific), a
/// whole number exactly, another number from its text (where `serde_json` went through `f64` and its shortest
/// text, which reads as the same amount).
fn bedrag_uit(waarde: &Value) -> Option<Decimal> {
    use std::str::FromStr;
    let tekst = match waarde {
        Value::Tekst(t) => t,
        Value::Getal(_) => {
            if let Some(n) = waarde.as_i64() {
                return Some(Decimal::from(n));
            }
            if let Some(n) = waarde.as_u64() {
                return Some(Decimal::from(n));
            }
            match waarde {
                Value::Getal(t) => t,
                _ => return None,
            }
        }
        _ => return None,
    };
    Decimal::from_str(tekst)
        .or_else(|_| Decimal::from_scientific(tekst))
        .ok()
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
    let waarde = Value::lees(tekst).map_err(NietBruikbaar::Onleesbaar)?;
    if waarde.as_object().is_none() {
        return Err(NietBruikbaar::Onleesbaar("not an object".to_string()));
    }
    let obj = &waarde;
    let versie = obj.get("versie").and_then(Value::as_u64);
    if versie != Some(u64::from(OPSLAG_VERSIE)) {
        return Err(NietBruikbaar::AndereVersie(versie));
    }
    let modus = obj.get("modus").and_then(modus_uit).unwrap_or(bron);
    let mut antwoorden = Antwoorden::new();
    let mut weggelaten = 0;
    if let Some(opgeslagen) = obj.get("antwoorden").and_then(Value::as_object) {
        for (id, ruw) in opgeslagen.iter() {
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
    } else if obj.get("antwoorden").is_some() {
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
    let waarde = Value::lees(tekst).ok()?;
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
        Value::Tekst(naam) => Some((naam, &NULL)),
        Value::Object(o) if o.len() == 1 => o.first().map(|(k, d)| (k.as_str(), d)),
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
        ("Bedrag", w) => Antwoord::Bedrag(bedrag_uit(w)?),
        ("Leeftijden", w) => Antwoord::Leeftijden(leeftijden(w)?),
        ("Drempel", velden @ Value::Object(_)) => Antwoord::Drempel {
            boven: velden.get("boven")?.as_bool()?,
            bedrag: bedrag_uit(velden.get("bedrag")?)?,
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
        ("Vraag", velden @ Value::Object(_)) => Some(Stap::Vraag {
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

    fn json(tekst: &str) -> Value {
        Value::lees(tekst).unwrap_or(Value::Null)
    }

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
        let json = bewaard.json();
        // Written as serde_json wrote it, so progress stored by earlier versions of the app reads the same.
        assert_eq!(json, serde_json::to_string(&bewaard).unwrap_or_default());
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
            Stap::Gedeeld(vec!["zorgtoeslag".into()]),
        ] {
            let serde = serde_json::to_string(&stap).unwrap_or_default();
            let mut geschreven = String::new();
            schrijf_stap(&mut geschreven, &stap);
            assert_eq!(geschreven, serde);
            // A hand-over list is never restored.
            let terug = (!matches!(stap, Stap::Gedeeld(_))).then_some(stap);
            assert_eq!(stap_uit(&json(&geschreven)), terug);
        }
        for modus in [Modus::Zelf, Modus::Samen, Modus::Hulpverlener] {
            let serde = serde_json::to_string(&modus).unwrap_or_default();
            let mut geschreven = String::new();
            schrijf_tekst(&mut geschreven, modus_naam(modus));
            assert_eq!(geschreven, serde);
            assert_eq!(modus_uit(&json(&geschreven)), Some(modus));
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
            let waarde: serde_json::Value = serde_json::from_str(tekst).unwrap_or_default();
            let serde = serde_json::from_value::<Antwoord>(waarde).ok();
            assert_eq!(antwoord_uit(&json(tekst)), serde, "{tekst}");
        }
        // What the app writes, it reads back; every kind written as serde_json wrote it.
        let elk = [
            Antwoord::WeetIkNiet,
            Antwoord::JaNee(false),
            Antwoord::Keuze("a \"b\" \\ é".into()),
            Antwoord::Meerkeuze(vec!["werk".into(), "bijstand".into()]),
            Antwoord::Meerkeuze(Vec::new()),
            Antwoord::Getal(-4),
            Antwoord::Bedrag(Decimal::new(130_050, 2)),
            Antwoord::Bedrag(Decimal::new(-5, 0)),
            Antwoord::Leeftijden(vec![4, 9]),
            Antwoord::Leeftijden(Vec::new()),
            Antwoord::Drempel {
                boven: true,
                bedrag: Decimal::new(1_554_000, 2),
            },
        ];
        for antwoord in alleenstaande().into_values().chain(elk) {
            let mut geschreven = String::new();
            schrijf_antwoord(&mut geschreven, &antwoord);
            assert_eq!(
                geschreven,
                serde_json::to_string(&antwoord).unwrap_or_default()
            );
            assert_eq!(antwoord_uit(&json(&geschreven)), Some(antwoord));
        }
    }
}
