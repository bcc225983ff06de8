//! Answers: reading them from an answers file, checking that they fit a question, and saying them back.

use super::errors::{Errors, LoadErrors};
use super::model::{Antwoord, Antwoorden, Regels, Soort, Vraag};
use super::money::{format_bedrag, format_bedrag_rond, parse_bedrag};
use super::raw::Value;
use super::reader::{parse_document, Reader};
use super::suggest::bedoelt_u;
use super::vertaling::{t, tf};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use toml::Spanned;

/// The value that marks an explicit "weet ik niet" in answers files.
pub const WEET_IK_NIET: &str = "weet_ik_niet";

/// The button every question with an unknown answer offers, whatever else the file calls it.
pub const WEET_IK_NIET_KNOP: &str = "Weet ik niet";

/// Oldest age we accept for a child living at home; beyond it a typo is likelier.
const MAX_KIND_LEEFTIJD: i64 = 30;

/// Converts one TOML value into an answer for `vraag`; the error is Dutch and says what fits.
pub(crate) fn answer_from_value(vraag: &Vraag, waarde: &Value) -> Result<Antwoord, String> {
    if waarde.as_str() == Some(WEET_IK_NIET) {
        return Ok(Antwoord::WeetIkNiet);
    }
    let antwoord = match (vraag.soort, waarde) {
        (Soort::JaNee, Value::Boolean(b)) => Antwoord::JaNee(*b),
        (Soort::JaNee, _) => {
            return Err(format!(
                "Vraag '{}' is een ja/nee-vraag. Schrijf true (ja), false (nee) of \"{WEET_IK_NIET}\".",
                vraag.id
            ))
        }
        (Soort::Keuze, Value::String(s)) => Antwoord::Keuze(s.clone()),
        (Soort::Meerkeuze, Value::Array(items)) => Antwoord::Meerkeuze(
            items
                .iter()
                .map(|i| i.get_ref().as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| format!("Vraag '{}' wil een lijst met teksten.", vraag.id))?,
        ),
        (Soort::Getal, Value::Integer(n)) => Antwoord::Getal(*n),
        (Soort::Bedrag, Value::String(s)) => Antwoord::Bedrag(
            parse_bedrag(s).map_err(|e| format!("Vraag '{}': {e}", vraag.id))?,
        ),
        (Soort::Bedrag, Value::Integer(n)) => Antwoord::Bedrag(Decimal::from(*n)),
        // An answer to the threshold question: { meer_dan = "15540" } or { hoogstens = "15540" }.
        (Soort::Bedrag, Value::Table(t)) => {
            let bedrag = |key: &str| {
                t.entries.get(key).and_then(|v| match v.get_ref() {
                    Value::String(s) => parse_bedrag(s).ok(),
                    Value::Integer(n) => Some(Decimal::from(*n)),
                    _ => None,
                })
            };
            match (bedrag("meer_dan"), bedrag("hoogstens"), t.entries.len()) {
                (Some(b), None, 1) => Antwoord::Drempel {
                    boven: true,
                    bedrag: b,
                },
                (None, Some(b), 1) => Antwoord::Drempel {
                    boven: false,
                    bedrag: b,
                },
                _ => {
                    return Err(format!(
                        "Vraag '{}': schrijf een bedrag, of {{ meer_dan = \"15540\" }} of {{ hoogstens = \"15540\" }}.",
                        vraag.id
                    ))
                }
            }
        }
        (Soort::Leeftijden, Value::Array(items)) => Antwoord::Leeftijden(
            items
                .iter()
                .map(|i| i.get_ref().as_integer().and_then(|n| u32::try_from(n).ok()))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| {
                    format!(
                        "Vraag '{}' wil een lijst met leeftijden, bijvoorbeeld [4, 12]. Geen kinderen: [].",
                        vraag.id
                    )
                })?,
        ),
        _ => {
            return Err(format!(
                "Dit antwoord past niet bij vraag '{}'. {}",
                vraag.id,
                expected(vraag.soort)
            ))
        }
    };
    match fit_problem(vraag, &antwoord) {
        Some(probleem) => Err(probleem),
        None => Ok(antwoord),
    }
}

fn expected(soort: Soort) -> &'static str {
    match soort {
        Soort::JaNee => "Schrijf true of false.",
        Soort::Keuze => "Schrijf een van de keuzes als tekst.",
        Soort::Meerkeuze => "Schrijf een lijst met keuzes, bijvoorbeeld [\"werk\"].",
        Soort::Getal => "Schrijf een heel getal, bijvoorbeeld 35.",
        Soort::Bedrag => "Schrijf een bedrag als tekst, bijvoorbeeld \"1250\".",
        Soort::Leeftijden => "Schrijf een lijst met leeftijden, bijvoorbeeld [4, 12].",
    }
}

/// Why `antwoord` does not fit `vraag` (wrong kind, unknown choice, out of range), or `None` when it fits.
pub(crate) fn fit_problem(vraag: &Vraag, antwoord: &Antwoord) -> Option<String> {
    let is_optie = |w: &str| vraag.opties.iter().any(|o| o.waarde == w);
    let keuzes = || {
        vraag
            .opties
            .iter()
            .map(|o| o.waarde.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (vraag.soort, antwoord) {
        (_, Antwoord::WeetIkNiet) => None,
        (Soort::JaNee, Antwoord::JaNee(_)) => None,
        (Soort::Keuze, Antwoord::Keuze(w)) => (!is_optie(w)).then(|| {
            format!(
                "'{w}' is geen keuze bij vraag '{}'.{} Kies uit: {}.",
                vraag.id,
                bedoelt_u(w, vraag.opties.iter().map(|o| o.waarde.as_str())),
                keuzes()
            )
        }),
        (Soort::Meerkeuze, Antwoord::Meerkeuze(ws)) => ws.iter().find(|w| !is_optie(w)).map(|w| {
            format!(
                "'{w}' is geen keuze bij vraag '{}'.{} Kies uit: {}.",
                vraag.id,
                bedoelt_u(w, vraag.opties.iter().map(|o| o.waarde.as_str())),
                keuzes()
            )
        }),
        (Soort::Getal, Antwoord::Getal(n)) => {
            let te_laag = vraag.min.is_some_and(|min| *n < min);
            let te_hoog = vraag.max.is_some_and(|max| *n > max);
            (te_laag || te_hoog).then(|| {
                format!(
                    "{n} past niet bij vraag '{}'. Kies een getal van {} tot en met {}.",
                    vraag.id,
                    vraag.min.map_or("0".to_string(), |m| m.to_string()),
                    vraag.max.map_or("meer".to_string(), |m| m.to_string())
                )
            })
        }
        (Soort::Bedrag, Antwoord::Bedrag(b) | Antwoord::Drempel { bedrag: b, .. }) => b
            .is_sign_negative()
            .then(|| format!("Vraag '{}' wil een bedrag van 0 of meer.", vraag.id)),
        (Soort::Leeftijden, Antwoord::Leeftijden(ls)) => ls
            .iter()
            .any(|l| i64::from(*l) > MAX_KIND_LEEFTIJD)
            .then(|| {
                format!(
                    "Vraag '{}' wil leeftijden van 0 tot en met {MAX_KIND_LEEFTIJD} jaar.",
                    vraag.id
                )
            }),
        _ => Some(format!(
            "Dit antwoord past niet bij vraag '{}'. {}",
            vraag.id,
            expected(vraag.soort)
        )),
    }
}

/// Whether a stored answer still fits the question as the regulations file now defines it.
pub fn answer_fits(vraag: &Vraag, antwoord: &Antwoord) -> bool {
    if matches!(antwoord, Antwoord::WeetIkNiet) && vraag.weet_ik_niet.is_none() {
        return false;
    }
    fit_problem(vraag, antwoord).is_none()
}

/// How the check-your-answers page says an answer back.
pub fn describe_answer(vraag: &Vraag, antwoord: &Antwoord) -> String {
    let optie_tekst = |w: &str| {
        vraag
            .opties
            .iter()
            .find(|o| o.waarde == w)
            .map_or_else(|| w.to_string(), |o| o.tekst.clone())
    };
    match antwoord {
        // The wizard offers "Weet ik niet" on every question, next to the file's own words ("Zeg ik liever
        // niet"); both are the same answer.
        Antwoord::WeetIkNiet => match vraag.weet_ik_niet.as_deref() {
            Some(label) if label != WEET_IK_NIET_KNOP && label != t(WEET_IK_NIET_KNOP) => tf(
                "Weet ik niet of {ander}",
                &[("ander", &super::evaluate::lower_first(label))],
            ),
            _ => t("Weet ik niet"),
        },
        Antwoord::JaNee(true) => t("Ja"),
        Antwoord::JaNee(false) => t("Nee"),
        Antwoord::Keuze(w) => optie_tekst(w),
        Antwoord::Meerkeuze(ws) if ws.is_empty() => t("Niets gekozen"),
        Antwoord::Meerkeuze(ws) => join_dutch(ws.iter().map(|w| optie_tekst(w)).collect()),
        Antwoord::Getal(n) => n.to_string(),
        Antwoord::Bedrag(b) => format_bedrag(*b),
        Antwoord::Drempel {
            boven: true,
            bedrag,
        } => tf(
            "Meer dan {bedrag}",
            &[("bedrag", &format_bedrag_rond(*bedrag))],
        ),
        Antwoord::Drempel {
            boven: false,
            bedrag,
        } => tf(
            "{bedrag} of minder",
            &[("bedrag", &format_bedrag_rond(*bedrag))],
        ),
        Antwoord::Leeftijden(ls) if ls.is_empty() => t("Geen kinderen"),
        Antwoord::Leeftijden(ls) => tf(
            "{leeftijden} jaar",
            &[(
                "leeftijden",
                &join_dutch(ls.iter().map(|l| l.to_string()).collect()),
            )],
        ),
    }
}

/// "a", "a en b", "a, b en c".
pub(crate) fn join_dutch(mut delen: Vec<String>) -> String {
    match delen.len() {
        0 => String::new(),
        1 => delen.remove(0),
        _ => {
            let laatste = delen.pop().unwrap_or_default();
            tf(
                "{lijst} en {laatste}",
                &[("lijst", &delen.join(", ")), ("laatste", &laatste)],
            )
        }
    }
}

/// Reads an answers file (`vraag_id = waarde`, `"weet_ik_niet"` for an explicit unknown) against the questions.
pub fn parse_answers(regels: &Regels, file: &str, text: &str) -> Result<Antwoorden, LoadErrors> {
    let mut errs = Errors::new(file, text);
    let raw = match parse_document(text) {
        Ok(doc) => Reader::new(&mut errs).map(&doc).unwrap_or_default(),
        Err((span, message)) => {
            errs.at(span, message);
            return Err(LoadErrors::sorted(errs.list));
        }
    };
    let antwoorden = answers_from_table(regels, &raw, &mut errs);
    errs.into_result(antwoorden)
}

pub(crate) fn answers_from_table(
    regels: &Regels,
    raw: &BTreeMap<String, Spanned<Value>>,
    errs: &mut Errors,
) -> Antwoorden {
    let mut antwoorden = Antwoorden::new();
    for (id, waarde) in raw {
        let Some(vraag) = regels.vragen.iter().find(|v| &v.id == id) else {
            let ids: Vec<&str> = regels.vragen.iter().map(|v| v.id.as_str()).collect();
            errs.at(
                waarde.span(),
                format!(
                    "Er is geen vraag '{id}'.{} Gebruik een van deze ids: {}.",
                    bedoelt_u(id, ids.iter().copied()),
                    ids.join(", ")
                ),
            );
            continue;
        };
        match answer_from_value(vraag, waarde.get_ref()) {
            Ok(a) => {
                antwoorden.insert(id.clone(), a);
            }
            Err(e) => errs.at(waarde.span(), e),
        }
    }
    antwoorden
}
