//! Every text of the rules that a resident reads, with its place (`vraag.leeftijd.uitleg`) and the file that owns
//! it: one walk over the rules for applying translations, for checking them and for listing what is left to do.
//! Names of organisations, phone numbers and links stay as they are and are not listed.

use super::super::model::{Hulp, Regels, Teksten, Voorwaarde};

/// Where a text is, and whose file it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plek {
    /// `vraag.leeftijd.tekst`, `regeling.ooievaarspas.voorwaarde`; lists and conditions share one place per
    /// regulation, their texts are told apart by their Dutch text.
    pub sleutel: String,
    /// What the text belongs to (`vraag.leeftijd`, `regeling.ooievaarspas`): the unit that gets a note when one of
    /// its texts is still in Dutch.
    pub onderdeel: String,
    /// The municipality whose own file has the text; `None` for the national file.
    pub gemeente: Option<String>,
    /// A place with several texts (a list, or the conditions of a regulation).
    pub lijst: bool,
}

impl Plek {
    fn new(onderdeel: &str, veld: &str, gemeente: Option<&str>, lijst: bool) -> Plek {
        Plek {
            sleutel: format!("{onderdeel}.{veld}"),
            onderdeel: onderdeel.to_string(),
            gemeente: gemeente.map(str::to_string),
            lijst,
        }
    }
}

/// Calls `f` with every text and its place.
pub fn elke_tekst(regels: &mut Regels, f: &mut dyn FnMut(&Plek, &mut String)) {
    let plek = |onderdeel: &str, veld: &str, gemeente: Option<&str>| {
        Plek::new(onderdeel, veld, gemeente, false)
    };
    let lijst = |onderdeel: &str, veld: &str, gemeente: Option<&str>| {
        Plek::new(onderdeel, veld, gemeente, true)
    };
    f(&plek("meta", "titel", None), &mut regels.meta.titel);
    hulp(&mut regels.meta.hulp, "meta", None, f);
    for g in &mut regels.gemeenten {
        let onderdeel = format!("gemeente.{}", g.id);
        let eigen = Some(g.id.clone());
        if let Some(h) = &mut g.hulp {
            hulp(h, &onderdeel, eigen.as_deref(), f);
        }
    }
    // A municipality's name as an option is a name, not a text to translate.
    let gemeenten: Vec<String> = regels.gemeenten.iter().map(|g| g.id.clone()).collect();
    for v in &mut regels.vragen {
        let o = format!("vraag.{}", v.id);
        f(&plek(&o, "tekst", None), &mut v.tekst);
        for (veld, tekst) in [
            ("uitleg", &mut v.uitleg),
            ("waarom", &mut v.waarom),
            ("onderwerp", &mut v.onderwerp),
            ("weet_ik_niet", &mut v.weet_ik_niet),
        ] {
            if let Some(t) = tekst {
                f(&plek(&o, veld, None), t);
            }
        }
        let uitleg_als = lijst(&o, "uitleg_als", None);
        for voorwaarde in &mut v.uitleg_als {
            voorwaarde_teksten(voorwaarde, &mut |t| f(&uitleg_als, t));
        }
        for optie in v
            .opties
            .iter_mut()
            .filter(|o| !gemeenten.contains(&o.waarde))
        {
            f(
                &plek(&o, &format!("optie.{}", optie.waarde), None),
                &mut optie.tekst,
            );
        }
    }
    for r in &mut regels.regelingen {
        let o = format!("regeling.{}", r.id);
        let g = r.gemeente.clone();
        let g = g.as_deref();
        f(&plek(&o, "naam", g), &mut r.naam);
        f(&plek(&o, "uitleg", g), &mut r.uitleg);
        for t in &mut r.ook_bekeken {
            f(&lijst(&o, "ook_bekeken", g), t);
        }
        if let Some(t) = &mut r.krijgt.omschrijving {
            f(&plek(&o, "krijgt.omschrijving", g), t);
        }
        for (veld, tekst) in [
            ("aanvragen.balie", &mut r.aanvragen.balie),
            ("aanvragen.termijn", &mut r.aanvragen.termijn),
        ] {
            if let Some(t) = tekst {
                f(&plek(&o, veld, g), t);
            }
        }
        for t in &mut r.aanvragen.documenten {
            f(&lijst(&o, "aanvragen.documenten", g), t);
        }
        if let Some(h) = &mut r.hulp {
            hulp(h, &o, g, f);
        }
        let voorwaarde = lijst(&o, "voorwaarde", g);
        voorwaarde_teksten(&mut r.voorwaarde, &mut |t| f(&voorwaarde, t));
    }
}

fn hulp(
    h: &mut Hulp,
    onderdeel: &str,
    gemeente: Option<&str>,
    f: &mut dyn FnMut(&Plek, &mut String),
) {
    for (veld, tekst) in [("hulp.tijden", &mut h.tijden), ("hulp.balie", &mut h.balie)] {
        if let Some(t) = tekst {
            f(&Plek::new(onderdeel, veld, gemeente, false), t);
        }
    }
}

fn voorwaarde_teksten(v: &mut Voorwaarde, f: &mut dyn FnMut(&mut String)) {
    let teksten = |t: &mut Teksten, f: &mut dyn FnMut(&mut String)| {
        f(&mut t.ja);
        if let Some(nee) = &mut t.nee {
            f(nee);
        }
    };
    match v {
        Voorwaarde::Alle(delen, t) | Voorwaarde::EenVan(delen, t) => {
            if let Some(t) = t {
                teksten(t, f);
            }
            for d in delen {
                voorwaarde_teksten(d, f);
            }
        }
        Voorwaarde::Niet(binnen, t) => {
            teksten(t, f);
            voorwaarde_teksten(binnen, f);
        }
        Voorwaarde::Toets(_, t) => teksten(t, f),
    }
}

/// Every text with its place, as (place, Dutch text), in the order of the rules.
pub fn alle_teksten(regels: &Regels) -> Vec<(Plek, String)> {
    let mut kopie = regels.clone();
    let mut uit = Vec::new();
    elke_tekst(&mut kopie, &mut |p, t| {
        if !t.trim().is_empty() {
            uit.push((p.clone(), t.clone()));
        }
    });
    uit
}
