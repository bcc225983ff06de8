//! The reach chart as an SVG text, drawn without crates: per household type a panel with the total yearly value
//! (a line for ja, a dashed one with misschien added), one bar per regulation (dark where ja, light where
//! misschien) and the cliffs as red lines. Only presentation attributes, no `style`: the workbench shows it under
//! a Content-Security-Policy without inline styles. Every text from the file is escaped.

use super::{Bereik, Klif, Paneel, MAX_PROCENT};
use crate::rules::evaluate::Status;
use crate::rules::money::{format_bedrag, format_bedrag_rond};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

const BREEDTE: f64 = 960.0;
const X0: f64 = 330.0;
const X1: f64 = 900.0;
const KOP: f64 = 28.0;
const WAARDE_HOOGTE: f64 = 90.0;
const RIJ: f64 = 16.0;
const AS: f64 = 34.0;
const JA: &str = "#1b5e20";
const MISSCHIEN: &str = "#f2c14e";
const KLIF: &str = "#b00020";
const LIJN: &str = "#1c4f8c";

fn x(procent: f64) -> f64 {
    X0 + (X1 - X0) * procent / f64::from(MAX_PROCENT)
}

fn getal(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// Text from a file, safe inside an SVG element or attribute.
pub(crate) fn escape(s: &str) -> String {
    let mut uit = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => uit.push_str("&amp;"),
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&#39;"),
            _ => uit.push(c),
        }
    }
    uit
}

fn kort(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

/// The regulations of a panel that are ja or misschien somewhere on its income axis.
fn zichtbaar(b: &Bereik, p: &Paneel) -> Vec<usize> {
    (0..b.regelingen.len())
        .filter(|&i| p.punten.iter().any(|pt| pt.statussen[i] != Status::Nee))
        .collect()
}

fn heeft_bedragen(p: &Paneel) -> bool {
    p.punten.iter().any(|pt| !pt.tot_per_jaar.is_zero())
}

fn paneel_hoogte(b: &Bereik, p: &Paneel) -> f64 {
    let waarde = if heeft_bedragen(p) {
        WAARDE_HOOGTE
    } else {
        0.0
    };
    KOP + waarde + RIJ * zichtbaar(b, p).len().max(1) as f64 + AS
}

/// The chart of one municipality (or the national regulations), every household type below the other.
pub fn svg(b: &Bereik) -> String {
    let hoogte: f64 = 70.0 + b.panelen.iter().map(|p| paneel_hoogte(b, p)).sum::<f64>();
    let titel = format!(
        "Bereik van de regelingen in {} op {}",
        escape(&b.gebied),
        b.datum.nl()
    );
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {hoogte}" width="{BREEDTE}" height="{hoogte}" role="img" aria-labelledby="bereik-titel bereik-uitleg" font-family="sans-serif" font-size="12" fill="#222">"##
    );
    let _ = write!(
        s,
        r#"<title id="bereik-titel">{titel}</title><desc id="bereik-uitleg">Per soort huishouden: bij welk inkomen (0 tot {MAX_PROCENT}% van de bijstandsnorm met vakantiegeld) elke regeling ja of misschien is, wat de regelingen samen per jaar geven, en waar een regeling wegvalt (rode lijn).</desc>"#
    );
    let _ = write!(
        s,
        r##"<rect width="{BREEDTE}" height="{hoogte}" fill="#fff"/><text x="10" y="22" font-size="16" font-weight="bold">{titel}</text>"##
    );
    // Legend.
    let _ = write!(
        s,
        r#"<g transform="translate(10,38)"><rect width="14" height="10" fill="{JA}"/><text x="20" y="10">ja</text><rect x="60" width="14" height="10" fill="{MISSCHIEN}"/><text x="80" y="10">misschien</text><line x1="160" y1="5" x2="190" y2="5" stroke="{LIJN}" stroke-width="2"/><text x="196" y="10">samen per jaar (ja)</text><line x1="330" y1="5" x2="360" y2="5" stroke="{LIJN}" stroke-width="1.5" stroke-dasharray="4 3"/><text x="366" y="10">met misschien</text><line x1="470" y1="0" x2="470" y2="12" stroke="{KLIF}" stroke-width="2"/><text x="476" y="10">regeling valt weg</text></g>"#
    );
    let mut y = 60.0;
    for p in &b.panelen {
        paneel(&mut s, b, p, y);
        y += paneel_hoogte(b, p);
    }
    s.push_str("</svg>");
    s
}

fn paneel(s: &mut String, b: &Bereik, p: &Paneel, y0: f64) {
    let _ = write!(
        s,
        r#"<g><text x="10" y="{}" font-size="14" font-weight="bold">{} (100% = {} per maand)</text>"#,
        y0 + 18.0,
        escape(p.huishouden.naam),
        format_bedrag(p.norm)
    );
    let mut y = y0 + KOP;
    if heeft_bedragen(p) {
        waardelijn(s, p, y);
        y += WAARDE_HOOGTE;
    }
    let rijen = zichtbaar(b, p);
    if rijen.is_empty() {
        let _ = write!(
            s,
            r#"<text x="{X0}" y="{}">Geen regeling is ja of misschien voor dit huishouden.</text>"#,
            y + 12.0
        );
    }
    for (n, &i) in rijen.iter().enumerate() {
        let ry = y + RIJ * n as f64;
        let _ = write!(
            s,
            r##"<text x="10" y="{}">{}</text><line x1="{X0}" y1="{}" x2="{X1}" y2="{}" stroke="#ddd"/>"##,
            ry + 12.0,
            escape(&kort(&b.regelingen[i].naam, 44)),
            ry + 7.0,
            ry + 7.0
        );
        balken(s, p, i, ry);
    }
    let onder = y + RIJ * rijen.len().max(1) as f64;
    for k in &p.kliffen {
        klif(s, p, k, y0 + KOP, onder);
    }
    verliezen(s, p, y0 + KOP);
    as_x(s, p, onder);
    s.push_str("</g>");
}

/// Runs of equal status as bars: each point covers half a step on either side.
fn balken(s: &mut String, p: &Paneel, i: usize, y: f64) {
    let half = f64::from(super::STAP_PROCENT) / 2.0;
    let mut begin = 0;
    while begin < p.punten.len() {
        let status = p.punten[begin].statussen[i];
        let mut eind = begin;
        while eind + 1 < p.punten.len() && p.punten[eind + 1].statussen[i] == status {
            eind += 1;
        }
        if status != Status::Nee {
            let van = x((f64::from(p.punten[begin].procent) - half).max(0.0));
            let tot = x((f64::from(p.punten[eind].procent) + half).min(f64::from(MAX_PROCENT)));
            let kleur = if status == Status::Ja { JA } else { MISSCHIEN };
            let _ = write!(
                s,
                r#"<rect x="{van:.1}" y="{}" width="{:.1}" height="{}" fill="{kleur}"/>"#,
                y + 2.0,
                tot - van,
                RIJ - 4.0
            );
        }
        begin = eind + 1;
    }
}

fn waardelijn(s: &mut String, p: &Paneel, y: f64) {
    let max = p
        .punten
        .iter()
        .map(|pt| getal(pt.tot_per_jaar))
        .fold(1.0, f64::max);
    let onder = y + WAARDE_HOOGTE - 14.0;
    let schaal = (WAARDE_HOOGTE - 24.0) / max;
    let punten = |f: &dyn Fn(&super::Punt) -> Decimal| -> String {
        p.punten
            .iter()
            .map(|pt| {
                format!(
                    "{:.1},{:.1}",
                    x(f64::from(pt.procent)),
                    onder - getal(f(pt)) * schaal
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = write!(
        s,
        r##"<text x="10" y="{}">Samen per jaar (hoogstens {})</text><line x1="{X0}" y1="{onder}" x2="{X1}" y2="{onder}" stroke="#999"/><polyline points="{}" fill="none" stroke="{LIJN}" stroke-width="1.5" stroke-dasharray="4 3"/><polyline points="{}" fill="none" stroke="{LIJN}" stroke-width="2"/>"##,
        y + 14.0,
        format_bedrag_rond(Decimal::from_f64_retain(max).unwrap_or_default()),
        punten(&|pt| pt.tot_per_jaar),
        punten(&|pt| pt.ja_per_jaar),
    );
}

fn klif(s: &mut String, p: &Paneel, k: &Klif, boven: f64, onder: f64) {
    let procent = if p.norm.is_zero() {
        0.0
    } else {
        getal(k.tot_en_met / p.norm) * 100.0
    };
    let kx = x(procent.min(f64::from(MAX_PROCENT)));
    let _ = write!(
        s,
        r#"<line x1="{kx:.1}" y1="{boven}" x2="{kx:.1}" y2="{onder}" stroke="{KLIF}" stroke-width="1.5"><title>{}</title></line>"#,
        escape(&super::klif_zin(k))
    );
}

/// At each income where money is lost, the loss of all regulations that stop there together.
fn verliezen(s: &mut String, p: &Paneel, boven: f64) {
    let mut per_inkomen: Vec<(Decimal, Decimal)> = Vec::new();
    for k in &p.kliffen {
        let Some(v) = k.verlies_per_jaar else {
            continue;
        };
        match per_inkomen.iter_mut().find(|(i, _)| *i == k.tot_en_met) {
            Some((_, som)) => *som += v,
            None => per_inkomen.push((k.tot_en_met, v)),
        }
    }
    for (inkomen, verlies) in per_inkomen {
        let procent = if p.norm.is_zero() {
            0.0
        } else {
            getal(inkomen / p.norm) * 100.0
        };
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{}" fill="{KLIF}" font-size="11">−{}</text>"#,
            x(procent.min(f64::from(MAX_PROCENT))) + 3.0,
            boven + 10.0,
            format_bedrag_rond(verlies)
        );
    }
}

fn as_x(s: &mut String, p: &Paneel, y: f64) {
    let _ = write!(
        s,
        r##"<line x1="{X0}" y1="{y}" x2="{X1}" y2="{y}" stroke="#555"/>"##
    );
    for procent in (0..=MAX_PROCENT).step_by(50) {
        let bedrag = p.norm * Decimal::from(procent) / Decimal::ONE_HUNDRED;
        let _ = write!(
            s,
            r##"<line x1="{0:.1}" y1="{y}" x2="{0:.1}" y2="{1}" stroke="#555"/><text x="{0:.1}" y="{2}" text-anchor="middle">{procent}% ({3})</text>"##,
            x(f64::from(procent)),
            y + 4.0,
            y + 16.0,
            format_bedrag_rond(bedrag)
        );
    }
}
