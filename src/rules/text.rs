//! Question texts with amounts computed for this household: "{inkomensgrens}" becomes "€ 1.618 per maand".

use super::datum::Datum;
use super::evaluate::{teksten, Status};
use super::feiten::{asset_limit_text, income_limit_text, Feiten};
use super::household::{agreed, income_limit};
use super::model::{Antwoord, Antwoorden, Grens, Huishouden, Regels, Vraag};
use super::money::format_bedrag_rond;
use super::vertaling::{t, tf};

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
    // The hint follows the earlier answers: `uitleg_als` sentences only where their condition holds.
    let mut zinnen: Vec<String> = vraag.uitleg.as_deref().map(fill).into_iter().collect();
    for v in &vraag.uitleg_als {
        let node = feiten.node(v);
        if node.status != Status::Ja {
            continue;
        }
        if let Some(t) = teksten(v) {
            zinnen.push(match &node.grens {
                Some(g) => t.ja.replace("{grens}", g),
                None => t.ja.clone(),
            });
        }
    }
    VraagTekst {
        tekst: fill(&vraag.tekst),
        uitleg: (!zinnen.is_empty()).then(|| zinnen.join(" ")),
        waarom: vraag.waarom.as_deref().map(fill),
    }
}

/// The first placeholder in `s` that is not known (for `load` to report). `grenzen` are the ids of the file's limits.
pub(crate) fn unknown_placeholder(s: &str, grenzen: &[&str]) -> Option<String> {
    placeholders(s)
        .into_iter()
        .find(|p| match p.strip_prefix("inkomensgrens:") {
            Some(id) => !grenzen.contains(&id),
            None => p != "inkomensgrens" && p != "vermogensgrens",
        })
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
        let waarde = if p == "vermogensgrens" {
            asset_limit_text(feiten)
        } else if p == "inkomensgrens" {
            municipal_limit_text(feiten)
        } else if let Some(grens) = p
            .strip_prefix("inkomensgrens:")
            .and_then(|id| feiten.regels.grenzen.iter().find(|g| g.id == id))
        {
            income_limit_text(feiten, grens).unwrap_or_else(|| procent_text(feiten, &[grens]))
        } else {
            continue;
        };
        uit = uit.replace(&format!("{{{p}}}"), &waarde);
    }
    uit
}

/// `{inkomensgrens}`: the limit of the resident's municipality (its `minimagrens`), or of every municipality
/// while it is not known.
fn municipal_limit_text(feiten: &Feiten) -> String {
    let woont = match feiten.antwoorden.get("gemeente") {
        Some(Antwoord::Keuze(g)) => Some(g.as_str()),
        _ => None,
    };
    let grenzen: Vec<&Grens> = feiten
        .regels
        .gemeenten
        .iter()
        .filter(|g| woont.is_none_or(|w| w == g.id))
        .filter_map(|g| g.minimagrens.as_deref())
        .filter_map(|id| feiten.regels.grenzen.iter().find(|x| x.id == id))
        .collect();
    let bedragen: Vec<Option<String>> = grenzen
        .iter()
        .map(|g| income_limit_text(feiten, g))
        .collect();
    match agreed(bedragen.iter().map(|b| b.as_deref())).flatten() {
        Some(b) => b.to_string(),
        None => procent_text(feiten, &grenzen),
    }
}

/// While the household is not known: the limits for one person and for a couple ("ongeveer € 1.561 voor 1 persoon
/// en € 2.230 voor een stel"), never a percentage of a norm (jargon).
fn procent_text(feiten: &Feiten, grenzen: &[&Grens]) -> String {
    let voor = |huishouden: Huishouden| {
        let bedragen = grenzen.iter().flat_map(|g| {
            let (gemeenten, _) = feiten.gemeenten_for(g);
            gemeenten
                .into_iter()
                .map(|gemeente| {
                    income_limit(
                        feiten.regels,
                        g,
                        feiten.datum,
                        Some(huishouden),
                        false,
                        gemeente,
                    )
                })
                .collect::<Vec<_>>()
        });
        agreed(bedragen).flatten().map(format_bedrag_rond)
    };
    match (voor(Huishouden::Alleenstaand), voor(Huishouden::Paar)) {
        (Some(een), Some(stel)) => tf(
            "ongeveer {een} voor 1 persoon en {stel} voor een stel",
            &[("een", &een), ("stel", &stel)],
        ),
        _ => t("anders per gemeente"),
    }
}
