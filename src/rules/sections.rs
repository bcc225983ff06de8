//! Reads each section of `regulations.toml` from the parse tree into the raw model, allowing exactly the keys that
//! `format` declares; `load` then checks the values.

use super::errors::Errors;
use super::format;
use super::raw::*;
use super::reader::{Fields, Reader};
use std::collections::BTreeMap;
use toml::Spanned;

/// A file of example households only (`voorbeelden.toml` next to `regulations.toml`).
pub(crate) fn read_examples_file(doc: &S<Value>, errs: &mut Errors) -> Vec<S<RawVoorbeeld>> {
    let mut r = Reader::new(errs);
    match r.table(doc, Some(&["voorbeeld"][..])) {
        Some(f) => r.list(&f, "voorbeeld", voorbeeld).unwrap_or_default(),
        None => Vec::new(),
    }
}

pub(crate) fn read_file(doc: &S<Value>, errs: &mut Errors) -> Option<RawFile> {
    let mut r = Reader::new(errs);
    let f = r.table(doc, Some(format::BESTAND))?;
    let meta = match r.value_ref(&f, "meta") {
        Some(v) => meta(&mut r, v),
        None => {
            r.missing(&f, "meta");
            None
        }
    };
    let file = RawFile {
        gemeente: r.list(&f, "gemeente", gemeente).unwrap_or_default(),
        norm: r.list(&f, "norm", |r, v| r.map(v)).unwrap_or_default(),
        vermogensgrens: r
            .list(&f, "vermogensgrens", vermogensgrens)
            .unwrap_or_default(),
        grens: r.list(&f, "grens", grens).unwrap_or_default(),
        vraag: r.list(&f, "vraag", vraag).unwrap_or_default(),
        regeling: r.list(&f, "regeling", regeling).unwrap_or_default(),
        voorbeeld: r.list(&f, "voorbeeld", voorbeeld).unwrap_or_default(),
        meta: meta.map(|m| Spanned::new(f.span.clone(), m))?,
    };
    Some(file)
}

fn meta(r: &mut Reader, v: &S<Value>) -> Option<RawMeta> {
    let f = r.table(v, Some(format::META))?;
    let aow = r.integer(&f, "aow_leeftijd");
    if !f.table.entries.contains_key("aow_leeftijd") {
        r.missing(&f, "aow_leeftijd");
    }
    Some(RawMeta {
        titel: r.req_string(&f, "titel")?,
        laatst_bekeken: r.req_value(&f, "laatst_bekeken")?,
        aow_leeftijd: aow?,
        gemeenten: r.string(&f, "gemeenten"),
        hulp: spanned(r, &f, "hulp", hulp, true)??,
    })
}

/// The index of municipalities (`gemeenten.toml`): only `[[gemeente]]` blocks with id and naam.
pub(crate) fn read_index_file(doc: &S<Value>, errs: &mut Errors) -> Vec<S<RawLijstGemeente>> {
    let mut r = Reader::new(errs);
    match r.table(doc, Some(format::GEMEENTENLIJST)) {
        Some(f) => r.list(&f, "gemeente", lijst_gemeente).unwrap_or_default(),
        None => Vec::new(),
    }
}

fn lijst_gemeente(r: &mut Reader, v: &S<Value>) -> Option<RawLijstGemeente> {
    let f = r.table(v, Some(format::LIJST_GEMEENTE))?;
    Some(RawLijstGemeente {
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
    })
}

/// A nested table read by `read`; `Some(None)` when it was required and missing or wrong.
fn spanned<'v, T>(
    r: &mut Reader<'_, '_>,
    f: &Fields<'v>,
    key: &str,
    read: impl FnOnce(&mut Reader<'_, '_>, &'v S<Value>) -> Option<T>,
    required: bool,
) -> Option<Option<S<T>>> {
    match r.value_ref(f, key) {
        Some(v) => Some(read(r, v).map(|t| Spanned::new(v.span(), t))),
        None if required => {
            r.missing(f, key);
            Some(None)
        }
        None => None,
    }
}

fn hulp(r: &mut Reader, v: &S<Value>) -> Option<RawHulp> {
    let f = r.table(v, Some(format::HULP))?;
    Some(RawHulp {
        naam: r.string(&f, "naam"),
        telefoon: r.string(&f, "telefoon"),
        tijden: r.string(&f, "tijden"),
        link: r.string(&f, "link"),
        balie: r.string(&f, "balie"),
    })
}

fn gemeente(r: &mut Reader, v: &S<Value>) -> Option<RawGemeente> {
    let f = r.table(v, Some(format::GEMEENTE))?;
    Some(RawGemeente {
        minimagrens: r.string(&f, "minimagrens"),
        bestand: r.string(&f, "bestand"),
        hulp: spanned(r, &f, "hulp", hulp, false).flatten(),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
    })
}

/// The sections of the national file that a municipality's own file may not have: read past here, so that
/// `load` can say why each is national instead of "unknown key".
const LANDELIJK: &[&str] = &["meta", "norm", "vermogensgrens", "vraag", "voorbeeld"];

/// A municipality's own file (`gemeenten/leiden.toml`).
pub(crate) fn read_gemeente_file(doc: &S<Value>, errs: &mut Errors) -> Option<RawGemeenteBestand> {
    let Value::Table(top) = doc.get_ref() else {
        return None;
    };
    let landelijk: Vec<(String, std::ops::Range<usize>)> = LANDELIJK
        .iter()
        .filter_map(|k| {
            top.key_spans
                .get(*k)
                .map(|span| (k.to_string(), span.clone()))
        })
        .collect();
    let mut r = Reader::new(errs);
    let f = r.table(doc, Some(GEMEENTEBESTAND_EN_LANDELIJK))?;
    let kop = spanned(&mut r, &f, "gemeente", gemeente_kop, true)??;
    Some(RawGemeenteBestand {
        gemeente: kop,
        grens: r.list(&f, "grens", grens).unwrap_or_default(),
        regeling: r.list(&f, "regeling", regeling).unwrap_or_default(),
        landelijk,
    })
}

/// What a municipality's file may have, plus the national sections that get their own message.
const GEMEENTEBESTAND_EN_LANDELIJK: &[&str] = &[
    "gemeente",
    "grens",
    "regeling",
    "b1_uitzondering",
    "meta",
    "norm",
    "vermogensgrens",
    "vraag",
    "voorbeeld",
];

fn gemeente_kop(r: &mut Reader, v: &S<Value>) -> Option<RawGemeenteKop> {
    let f = r.table(v, Some(format::GEMEENTE_KOP))?;
    Some(RawGemeenteKop {
        minimagrens: r.string(&f, "minimagrens"),
        hulp: spanned(r, &f, "hulp", hulp, true)??,
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
    })
}

fn vermogensgrens(r: &mut Reader, v: &S<Value>) -> Option<RawVermogensgrens> {
    let f = r.table(v, Some(format::VERMOGENSGRENS))?;
    Some(RawVermogensgrens {
        bron: r.string(&f, "bron"),
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        alleenstaand: r.req_value(&f, "alleenstaand")?,
        gezin: r.req_value(&f, "gezin")?,
    })
}

fn grens(r: &mut Reader, v: &S<Value>) -> Option<RawGrens> {
    let f = r.table(v, Some(format::GRENS))?;
    let waarde = r.list(&f, "waarde", grens_waarde);
    if waarde.is_none() {
        r.missing(&f, "waarde");
    }
    Some(RawGrens {
        basis: r.string(&f, "basis"),
        alleenstaande_ouder_procent_paar: r.value(&f, "alleenstaande_ouder_procent_paar"),
        bron: r.string(&f, "bron"),
        artikel: r.string(&f, "artikel"),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
        waarde: waarde?,
    })
}

fn grens_waarde(r: &mut Reader, v: &S<Value>) -> Option<RawGrensWaarde> {
    let f = r.table(v, Some(format::GRENS_WAARDE))?;
    Some(RawGrensWaarde {
        procent_met_kinderen: r.value(&f, "procent_met_kinderen"),
        gemeente: r.string(&f, "gemeente"),
        bron: r.string(&f, "bron"),
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        procent: r.req_value(&f, "procent")?,
    })
}

fn optie(r: &mut Reader, v: &S<Value>) -> Option<RawOptie> {
    let f = r.table(v, Some(format::OPTIE))?;
    Some(RawOptie {
        waarde: r.req_string(&f, "waarde")?,
        tekst: r.req_string(&f, "tekst")?,
    })
}

fn vraag(r: &mut Reader, v: &S<Value>) -> Option<RawVraag> {
    let f = r.table(v, Some(format::VRAAG))?;
    Some(RawVraag {
        tekst: r.string(&f, "tekst"),
        uitleg: r.string(&f, "uitleg"),
        waarom: r.string(&f, "waarom"),
        onderwerp: r.string(&f, "onderwerp"),
        weet_ik_niet: r.string(&f, "weet_ik_niet"),
        alleen_als: spanned(r, &f, "alleen_als", voorwaarde, false).flatten(),
        uitleg_als: r.list(&f, "uitleg_als", voorwaarde),
        min: r.integer(&f, "min"),
        max: r.integer(&f, "max"),
        opties: r.list(&f, "opties", optie),
        id: r.req_string(&f, "id")?,
        soort: r.req_string(&f, "soort")?,
    })
}

fn krijgt(r: &mut Reader, v: &S<Value>) -> Option<RawKrijgt> {
    let f = r.table(v, Some(format::KRIJGT))?;
    Some(RawKrijgt {
        omschrijving: r.string(&f, "omschrijving"),
        bedrag: r.value(&f, "bedrag"),
        per_volwassene: r.value(&f, "per_volwassene"),
        per_kind: r.value(&f, "per_kind"),
        per: r.string(&f, "per"),
        ongeveer: r.boolean(&f, "ongeveer").is_some_and(|b| *b.get_ref()),
    })
}

fn aanvragen(r: &mut Reader, v: &S<Value>) -> Option<RawAanvragen> {
    let f = r.table(v, Some(format::AANVRAGEN))?;
    Some(RawAanvragen {
        link: r.string(&f, "link"),
        telefoon: r.string(&f, "telefoon"),
        balie: r.string(&f, "balie"),
        documenten: r.spanned_strings(&f, "documenten"),
        termijn: r.string(&f, "termijn"),
        van: r.string(&f, "van"),
        tot_en_met: r.string(&f, "tot_en_met"),
        binnen_maanden: r.integer(&f, "binnen_maanden"),
        eerst: r.spanned_strings(&f, "eerst"),
        termijn_bron: r.string(&f, "termijn_bron"),
    })
}

fn regeling(r: &mut Reader, v: &S<Value>) -> Option<RawRegeling> {
    let f = r.table(v, Some(format::REGELING))?;
    Some(RawRegeling {
        gemeente: r.string(&f, "gemeente"),
        bron: r.string(&f, "bron"),
        geldig_tot: r.value(&f, "geldig_tot"),
        ook_bekeken: r.spanned_strings(&f, "ook_bekeken"),
        hulp: spanned(r, &f, "hulp", hulp, false).flatten(),
        id: r.req_string(&f, "id")?,
        naam: r.req_string(&f, "naam")?,
        aanbieder: r.req_string(&f, "aanbieder")?,
        categorie: r.req_string(&f, "categorie")?,
        uitleg: r.req_string(&f, "uitleg")?,
        geldig_vanaf: r.req_value(&f, "geldig_vanaf")?,
        krijgt: spanned(r, &f, "krijgt", krijgt, true)??,
        aanvragen: spanned(r, &f, "aanvragen", aanvragen, true)??,
        voorwaarden: spanned(r, &f, "voorwaarden", voorwaarde, true)??,
    })
}

fn voorwaarde(r: &mut Reader, v: &S<Value>) -> Option<RawVoorwaarde> {
    let f = r.table(v, Some(format::VOORWAARDE))?;
    Some(RawVoorwaarde {
        alle: r.list(&f, "alle", voorwaarde),
        een_van: r.list(&f, "een_van", voorwaarde),
        niet: spanned(r, &f, "niet", voorwaarde, false)
            .flatten()
            .map(Box::new),
        vraag: r.string(&f, "vraag"),
        is: r.value(&f, "is"),
        is_een_van: r.strings(&f, "is_een_van"),
        minstens: r.value(&f, "minstens"),
        hoogstens: r.value(&f, "hoogstens"),
        meer_dan: r.value(&f, "meer_dan"),
        minder_dan: r.value(&f, "minder_dan"),
        bevat: r.string(&f, "bevat"),
        inkomen_binnen: r.string(&f, "inkomen_binnen"),
        vermogen_binnen_grens: r.boolean(&f, "vermogen_binnen_grens"),
        zacht: r.boolean(&f, "zacht"),
        artikel: r.string(&f, "artikel"),
        kind_van: r.integer(&f, "kind_van"),
        kind_tot_en_met: r.integer(&f, "kind_tot_en_met"),
        kinderen_minstens: r.integer(&f, "kinderen_minstens"),
        onder_aow_leeftijd: r.boolean(&f, "onder_aow_leeftijd"),
        tekst: r.string(&f, "tekst"),
        tekst_nee: r.string(&f, "tekst_nee"),
    })
}

fn voorbeeld(r: &mut Reader, v: &S<Value>) -> Option<RawVoorbeeld> {
    let f = r.table(v, Some(format::VOORBEELD))?;
    let verwacht = match r.value_ref(&f, "verwacht") {
        Some(vv) => {
            let map = r.map(vv)?;
            let mut out = BTreeMap::new();
            for (id, status) in map {
                match status.get_ref() {
                    Value::String(s) => {
                        out.insert(id, Spanned::new(status.span(), s.clone()));
                    }
                    _ => r.wrong(&status, "ja, misschien of nee tussen aanhalingstekens"),
                }
            }
            Spanned::new(vv.span(), out)
        }
        None => {
            r.missing(&f, "verwacht");
            return None;
        }
    };
    let antwoorden = match r.value_ref(&f, "antwoorden") {
        Some(av) => Spanned::new(av.span(), r.map(av)?),
        None => {
            r.missing(&f, "antwoorden");
            return None;
        }
    };
    Some(RawVoorbeeld {
        naam: r.req_string(&f, "naam")?,
        datum: r.value(&f, "datum"),
        antwoorden,
        verwacht,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_municipal_file_reads_exactly_its_own_sections_and_the_national_ones_it_reports() {
        let mut verwacht: Vec<&str> = format::GEMEENTEBESTAND
            .iter()
            .chain(LANDELIJK)
            .copied()
            .collect();
        let mut gelezen = GEMEENTEBESTAND_EN_LANDELIJK.to_vec();
        verwacht.sort_unstable();
        gelezen.sort_unstable();
        assert_eq!(gelezen, verwacht);
    }
}
