//! Which texts of a regulations file a resident reads, with their places, and the texts accepted as exceptions.

use super::*;
use crate::rules::errors::line_column;
use crate::rules::raw::{Value, S};
use std::ops::Range;

/// An accepted exception: a text exactly as written, and why it may stay.
pub(super) struct Uitzondering {
    pub(super) tekst: String,
    pub(super) reden: String,
    pub(super) span: Range<usize>,
}

pub(super) fn uitzonderingen(
    doc: &S<Value>,
    bestand: &str,
    bron: &str,
    bevindingen: &mut Vec<Bevinding>,
) -> Vec<Uitzondering> {
    let mut uit = Vec::new();
    for item in lijst(tabel_waarde(doc, "b1_uitzondering")) {
        let tekst = string(item, "tekst").map(|s| s.trim().to_string());
        let reden = string(item, "reden").map(|s| s.trim().to_string());
        match (tekst, reden) {
            (Some(tekst), Some(reden)) if !tekst.is_empty() && !reden.is_empty() => {
                uit.push(Uitzondering {
                    tekst,
                    reden,
                    span: item.span(),
                })
            }
            _ => {
                let (regel, kolom) = line_column(bron, item.span().start);
                bevindingen.push(Bevinding {
                    bestand: bestand.to_string(),
                    regel,
                    kolom,
                    soort: Soort::Fout,
                    bericht: "Een [[b1_uitzondering]] heeft tekst = \"...\" (de tekst precies zoals hij in het bestand staat) en reden = \"...\" (waarom de tekst zo mag blijven) nodig.".to_string(),
                });
            }
        }
    }
    uit
}

pub(super) fn tabel_waarde<'v>(v: &'v S<Value>, key: &str) -> Option<&'v S<Value>> {
    match v.get_ref() {
        Value::Table(t) => t.entries.get(key),
        _ => None,
    }
}

pub(super) fn lijst(v: Option<&S<Value>>) -> &[S<Value>] {
    match v.map(S::get_ref) {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

pub(super) fn string<'v>(v: &'v S<Value>, key: &str) -> Option<&'v str> {
    match tabel_waarde(v, key).map(S::get_ref) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// Every text a resident reads, with its span: the keys the loader reads as resident text. Not ids, links,
/// sources, articles, names of limits, providers or helpers, nor example names.
pub(crate) fn teksten_voor_inwoners(doc: &S<Value>) -> Vec<(Range<usize>, String)> {
    let mut uit = Vec::new();
    let neem = |v: &S<Value>, keys: &[&str], uit: &mut Vec<(Range<usize>, String)>| {
        for key in keys {
            match tabel_waarde(v, key) {
                Some(s) => match s.get_ref() {
                    Value::String(t) => uit.push((s.span(), t.trim().to_string())),
                    Value::Array(items) => {
                        for item in items {
                            if let Value::String(t) = item.get_ref() {
                                uit.push((item.span(), t.trim().to_string()));
                            }
                        }
                    }
                    _ => {}
                },
                None => continue,
            }
        }
    };
    fn hulp(v: Option<&S<Value>>, neem: &mut impl FnMut(&S<Value>, &[&str])) {
        if let Some(h) = v {
            neem(h, &["naam", "tijden", "balie"]);
        }
    }
    fn voorwaarde(v: Option<&S<Value>>, neem: &mut impl FnMut(&S<Value>, &[&str])) {
        let Some(v) = v else { return };
        neem(v, &["tekst", "tekst_nee", "artikel"]);
        for deel in lijst(tabel_waarde(v, "alle"))
            .iter()
            .chain(lijst(tabel_waarde(v, "een_van")))
        {
            voorwaarde(Some(deel), neem);
        }
        voorwaarde(tabel_waarde(v, "niet"), neem);
    }
    let mut n = |v: &S<Value>, keys: &[&str]| neem(v, keys, &mut uit);
    if let Some(meta) = tabel_waarde(doc, "meta") {
        n(meta, &["titel"]);
        hulp(tabel_waarde(meta, "hulp"), &mut n);
    }
    match tabel_waarde(doc, "gemeente") {
        // `[gemeente]` of a municipality's own file
        Some(g) if matches!(g.get_ref(), Value::Table(_)) => hulp(tabel_waarde(g, "hulp"), &mut n),
        lijst_van_gemeenten => {
            for g in lijst(lijst_van_gemeenten) {
                n(g, &["naam"]);
                hulp(tabel_waarde(g, "hulp"), &mut n);
            }
        }
    }
    for v in lijst(tabel_waarde(doc, "vraag")) {
        n(
            v,
            &["tekst", "uitleg", "waarom", "onderwerp", "weet_ik_niet"],
        );
        for o in lijst(tabel_waarde(v, "opties")) {
            n(o, &["tekst"]);
        }
        voorwaarde(tabel_waarde(v, "alleen_als"), &mut n);
        for u in lijst(tabel_waarde(v, "uitleg_als")) {
            voorwaarde(Some(u), &mut n);
        }
    }
    for r in lijst(tabel_waarde(doc, "regeling")) {
        n(r, &["naam", "aanbieder", "uitleg", "ook_bekeken"]);
        if let Some(k) = tabel_waarde(r, "krijgt") {
            n(k, &["omschrijving"]);
        }
        if let Some(a) = tabel_waarde(r, "aanvragen") {
            n(a, &["balie", "documenten", "termijn"]);
        }
        hulp(tabel_waarde(r, "hulp"), &mut n);
        voorwaarde(tabel_waarde(r, "voorwaarden"), &mut n);
    }
    uit.retain(|(_, t)| !t.is_empty());
    uit.sort_by_key(|(span, _)| span.start);
    uit
}
