//! Question texts with amounts computed for this household: "{inkomensgrens:120}" becomes "€ 1.561 per maand".

use super::datum::Datum;
use super::evaluate::{asset_limit_text, income_limit_text, Feiten};
use super::model::{Antwoorden, Regels, Vraag};
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VraagTekst {
    pub tekst: String,
    pub uitleg: Option<String>,
    pub waarom: Option<String>,
}

pub fn question_text(
    regels: &Regels,
    vraag: &Vraag,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> VraagTekst {
    let feiten = Feiten::new(regels, antwoorden, datum);
    let fill = |s: &str| fill_placeholders(s, &feiten);
    VraagTekst {
        tekst: fill(&vraag.tekst),
        uitleg: vraag.uitleg.as_deref().map(fill),
        waarom: vraag.waarom.as_deref().map(fill),
    }
}

/// The placeholders a text may use, or the first one that is not known (for `load` to report).
pub(crate) fn unknown_placeholder(s: &str) -> Option<String> {
    placeholders(s)
        .into_iter()
        .find(|p| parse_placeholder(p).is_none())
}

enum Placeholder {
    Inkomensgrens(Decimal),
    Vermogensgrens,
}

fn parse_placeholder(p: &str) -> Option<Placeholder> {
    if p == "vermogensgrens" {
        return Some(Placeholder::Vermogensgrens);
    }
    let procent = p.strip_prefix("inkomensgrens:")?.parse::<Decimal>().ok()?;
    (procent > Decimal::ZERO).then_some(Placeholder::Inkomensgrens(procent))
}

fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        match rest[start..].find('}') {
            Some(end) => {
                out.push(rest[start + 1..start + end].to_string());
                rest = &rest[start + end + 1..];
            }
            None => break,
        }
    }
    out
}

fn fill_placeholders(s: &str, feiten: &Feiten) -> String {
    let mut uit = s.to_string();
    for p in placeholders(s) {
        let waarde = match parse_placeholder(&p) {
            Some(Placeholder::Inkomensgrens(procent)) => income_limit_text(feiten, procent),
            Some(Placeholder::Vermogensgrens) => asset_limit_text(feiten),
            None => continue,
        };
        uit = uit.replace(&format!("{{{p}}}"), &waarde);
    }
    uit
}
