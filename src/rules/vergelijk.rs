//! Sentences that compare the resident's own figure with a limit: "Uw inkomen is € 1.450 per maand. Dat is onder
//! de grens van € 1.561." A limit is never said as if it were the resident's income, amounts are in whole euros
//! (cents only where rounding would make two different amounts look the same), and an unknown figure is said as
//! unknown ("We weten uw inkomen niet. Is het € 1.561 per maand of minder?").
//!
//! The file's own text for an income or asset condition ("Uw inkomen is {grens} of minder.") says the limit as
//! the resident's figure; its sentence with `{grens}` gives way to the comparison here, and its other sentences
//! ("Dan betaalt u waarschijnlijk een deel zelf.") follow it.

use super::model::Vergelijking;
use super::money::{format_bedrag, format_bedrag_rond};
use super::status::Status;
use super::vertaling::{t, tf};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// Which figure a limit is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bedragsoort {
    /// Net income per month.
    Inkomen,
    /// Savings.
    Spaargeld,
}

/// Why the limit is not one amount yet: what it still differs by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum GrensHangtAf {
    #[default]
    Huishouden,
    Gemeente,
    Beide,
}

/// The resident's figure and the household's limit, as far as they are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Vergelijk {
    pub soort: Bedragsoort,
    pub bedrag: Option<Decimal>,
    pub grens: Option<Decimal>,
    /// The answer to the threshold question instead of an amount: (more than, the threshold).
    pub drempel: Option<(bool, Decimal)>,
    /// When `grens` is unknown: what it still differs by.
    pub hangt_af: GrensHangtAf,
}

/// Whether an amount known only as more than `drempel` (`boven`) or at most `drempel` meets `op grens`;
/// `None` when the threshold does not tell.
pub(crate) fn drempel_toets(
    boven: bool,
    drempel: Decimal,
    op: Vergelijking,
    grens: Decimal,
) -> Option<bool> {
    use Vergelijking::*;
    match (op, boven) {
        (Hoogstens, true) | (MinderDan, true) => (drempel >= grens).then_some(false),
        (Hoogstens, false) => (drempel <= grens).then_some(true),
        (MinderDan, false) => (drempel < grens).then_some(true),
        (Minstens, true) | (MeerDan, true) => (drempel >= grens).then_some(true),
        (Minstens, false) => (drempel < grens).then_some(false),
        (MeerDan, false) => (drempel <= grens).then_some(false),
    }
}

/// Whole euros, unless both would then read the same although they differ: then both with cents.
fn bedragen(a: Decimal, b: Decimal) -> (String, String) {
    let (ra, rb) = (format_bedrag_rond(a), format_bedrag_rond(b));
    if ra == rb && a != b {
        (format_bedrag(a), format_bedrag(b))
    } else {
        (ra, rb)
    }
}

/// The comparison for a leaf with this status. `ongeveer`: the limit is an estimate. Whole sentences, each
/// translated as a whole (`tf`).
pub(crate) fn vergelijk_zin(v: &Vergelijk, status: Status, ongeveer: bool) -> String {
    let inkomen = v.soort == Bedragsoort::Inkomen;
    let eigen = |bedrag: &str| match v.soort {
        Bedragsoort::Inkomen => tf("Uw inkomen is {bedrag} per maand.", &[("bedrag", bedrag)]),
        Bedragsoort::Spaargeld => tf("Uw spaargeld is {bedrag}.", &[("bedrag", bedrag)]),
    };
    let afhankelijk = || match v.hangt_af {
        GrensHangtAf::Huishouden => t("De grens hangt af van uw huishouden."),
        GrensHangtAf::Gemeente => t("De grens hangt af van uw gemeente."),
        GrensHangtAf::Beide => t("De grens hangt af van uw huishouden en van uw gemeente."),
    };
    if let (None, Some((boven, drempel))) = (v.bedrag, v.drempel) {
        let d = format_bedrag_rond(drempel);
        let d = [("bedrag", d.as_str())];
        let gezegd = match (v.soort, boven) {
            (Bedragsoort::Inkomen, true) => {
                tf("U zei dat uw inkomen meer dan {bedrag} per maand is.", &d)
            }
            (Bedragsoort::Inkomen, false) => tf(
                "U zei dat uw inkomen niet meer dan {bedrag} per maand is.",
                &d,
            ),
            (Bedragsoort::Spaargeld, true) => {
                tf("U zei dat u meer dan {bedrag} spaargeld heeft.", &d)
            }
            (Bedragsoort::Spaargeld, false) => {
                tf("U zei dat u niet meer dan {bedrag} spaargeld heeft.", &d)
            }
        };
        let oordeel = match (status, v.grens) {
            (Status::Ja, _) => t("Dat past binnen de grens."),
            (Status::Nee, _) => t("Dat is meer dan de grens."),
            (Status::Misschien, Some(g)) => {
                let g = format_bedrag_rond(g);
                let g = [("grens", g.as_str())];
                match (inkomen, ongeveer) {
                    (true, false) => tf("De grens is {grens} per maand.", &g),
                    (true, true) => tf("De grens is ongeveer {grens} per maand.", &g),
                    (false, false) => tf("De grens is {grens}.", &g),
                    (false, true) => tf("De grens is ongeveer {grens}.", &g),
                }
            }
            (Status::Misschien, None) => afhankelijk(),
        };
        return format!("{gezegd} {oordeel}");
    }
    match (v.bedrag, v.grens) {
        (Some(bedrag), Some(grens)) => {
            let (b, g) = bedragen(bedrag, grens);
            let g = [("grens", g.as_str())];
            let oordeel = match (bedrag.cmp(&grens), ongeveer) {
                (Ordering::Greater, false) => tf("Dat is meer dan de grens van {grens}.", &g),
                (Ordering::Greater, true) => {
                    tf("Dat is meer dan de grens van ongeveer {grens}.", &g)
                }
                (Ordering::Equal, _) => t("Dat is precies de grens."),
                (Ordering::Less, false) => tf("Dat is onder de grens van {grens}.", &g),
                (Ordering::Less, true) => tf("Dat is onder de grens van ongeveer {grens}.", &g),
            };
            format!("{} {oordeel}", eigen(&b))
        }
        (Some(bedrag), None) => format!("{} {}", eigen(&format_bedrag_rond(bedrag)), afhankelijk()),
        (None, grens) => {
            let onbekend = if inkomen {
                t("We weten uw inkomen niet.")
            } else {
                t("We weten niet hoeveel spaargeld u heeft.")
            };
            let Some(g) = grens else {
                return format!("{onbekend} {}", afhankelijk());
            };
            let g = format_bedrag_rond(g);
            let g = [("grens", g.as_str())];
            let vraag = match (inkomen, ongeveer) {
                (true, false) => tf(
                    "Is het {grens} per maand of minder? Dan past dit waarschijnlijk.",
                    &g,
                ),
                (true, true) => tf(
                    "Is het ongeveer {grens} per maand of minder? Dan past dit waarschijnlijk.",
                    &g,
                ),
                (false, false) => tf("Is het {grens} of minder? Dan past dit waarschijnlijk.", &g),
                (false, true) => tf(
                    "Is het ongeveer {grens} of minder? Dan past dit waarschijnlijk.",
                    &g,
                ),
            };
            format!("{onbekend} {vraag}")
        }
    }
}

/// The file's text with its `{grens}` sentence replaced by the comparison; a text without `{grens}` stays as
/// the policy officer wrote it.
pub(crate) fn met_vergelijking(tekst: &str, v: &Vergelijk, status: Status) -> Option<String> {
    if !tekst.contains("{grens}") {
        return None;
    }
    // The file's text may be a translation: "ongeveer" in the language in use.
    let ongeveer = tekst.contains("ongeveer {grens}")
        || tekst.contains(&format!("{} {{grens}}", t("ongeveer")));
    let rest: Vec<&str> = zinnen(tekst)
        .into_iter()
        .filter(|z| !z.contains("{grens}"))
        .collect();
    let mut uit = vergelijk_zin(v, status, ongeveer);
    for z in rest {
        uit.push(' ');
        uit.push_str(z);
    }
    Some(uit)
}

/// Sentences, each with its closing mark.
fn zinnen(tekst: &str) -> Vec<&str> {
    let mut uit = Vec::new();
    let mut begin = 0;
    for (i, c) in tekst.char_indices() {
        if matches!(c, '.' | '?' | '!' | '؟') {
            let einde = i + c.len_utf8();
            let volgende = tekst[einde..].chars().next();
            if volgende.is_none_or(char::is_whitespace) {
                let z = tekst[begin..einde].trim();
                if !z.is_empty() {
                    uit.push(z);
                }
                begin = einde;
            }
        }
    }
    let z = tekst[begin..].trim();
    if !z.is_empty() {
        uit.push(z);
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    fn inkomen(bedrag: Option<&str>, grens: Option<&str>) -> Vergelijk {
        Vergelijk {
            soort: Bedragsoort::Inkomen,
            bedrag: bedrag.map(d),
            grens: grens.map(d),
            drempel: None,
            hangt_af: GrensHangtAf::Huishouden,
        }
    }

    #[test]
    fn the_residents_own_figure_comes_first_and_the_limit_is_named_as_the_limit() {
        let v = inkomen(Some("1450"), Some("1560.73"));
        assert_eq!(
            vergelijk_zin(&v, Status::Ja, false),
            "Uw inkomen is € 1.450 per maand. Dat is onder de grens van € 1.561."
        );
        let v = inkomen(Some("2100"), Some("1858.01"));
        assert_eq!(
            vergelijk_zin(&v, Status::Nee, false),
            "Uw inkomen is € 2.100 per maand. Dat is meer dan de grens van € 1.858."
        );
        let v = inkomen(Some("1560.73"), Some("1560.73"));
        assert_eq!(
            vergelijk_zin(&v, Status::Ja, false),
            "Uw inkomen is € 1.561 per maand. Dat is precies de grens."
        );
    }

    #[test]
    fn cents_only_where_whole_euros_would_read_the_same() {
        let v = inkomen(Some("1560.80"), Some("1560.73"));
        assert_eq!(
            vergelijk_zin(&v, Status::Nee, false),
            "Uw inkomen is € 1.560,80 per maand. Dat is meer dan de grens van € 1.560,73."
        );
    }

    #[test]
    fn an_unknown_figure_is_said_as_unknown_and_as_a_question() {
        let v = inkomen(None, Some("1560.73"));
        assert_eq!(
            vergelijk_zin(&v, Status::Misschien, false),
            "We weten uw inkomen niet. Is het € 1.561 per maand of minder? Dan past dit waarschijnlijk."
        );
        let spaar = Vergelijk {
            soort: Bedragsoort::Spaargeld,
            bedrag: None,
            grens: Some(d("15540")),
            drempel: None,
            hangt_af: GrensHangtAf::Huishouden,
        };
        assert_eq!(
            vergelijk_zin(&spaar, Status::Misschien, false),
            "We weten niet hoeveel spaargeld u heeft. Is het € 15.540 of minder? Dan past dit waarschijnlijk."
        );
        assert_eq!(
            vergelijk_zin(&inkomen(Some("1450"), None), Status::Misschien, false),
            "Uw inkomen is € 1.450 per maand. De grens hangt af van uw huishouden."
        );
    }

    #[test]
    fn the_files_other_sentences_follow_and_a_text_without_a_limit_stays() {
        let v = inkomen(Some("2100"), Some("1858.01"));
        assert_eq!(
            met_vergelijking(
                "Uw inkomen is hoger dan {grens}. Dan betaalt u waarschijnlijk een deel zelf.",
                &v,
                Status::Misschien
            )
            .as_deref(),
            Some("Uw inkomen is € 2.100 per maand. Dat is meer dan de grens van € 1.858. Dan betaalt u waarschijnlijk een deel zelf.")
        );
        assert_eq!(
            met_vergelijking(
                "Uw inkomen is waarschijnlijk te hoog. De grens is ongeveer {grens}.",
                &v,
                Status::Nee
            )
            .as_deref(),
            Some("Uw inkomen is € 2.100 per maand. Dat is meer dan de grens van ongeveer € 1.858. Uw inkomen is waarschijnlijk te hoog.")
        );
        assert_eq!(
            met_vergelijking("Uw inkomen is laag.", &v, Status::Ja),
            None
        );
        assert_eq!(
            zinnen("Een. Twee? Drie 1.5 x!"),
            ["Een.", "Twee?", "Drie 1.5 x!"]
        );
    }

    #[test]
    fn a_threshold_answer_is_said_back_as_the_resident_said_it() {
        let spaar = |boven: bool| Vergelijk {
            soort: Bedragsoort::Spaargeld,
            bedrag: None,
            grens: Some(d("15540")),
            drempel: Some((boven, d("15540"))),
            hangt_af: GrensHangtAf::Huishouden,
        };
        assert_eq!(
            vergelijk_zin(&spaar(false), Status::Ja, false),
            "U zei dat u niet meer dan € 15.540 spaargeld heeft. Dat past binnen de grens."
        );
        assert_eq!(
            vergelijk_zin(&spaar(true), Status::Nee, false),
            "U zei dat u meer dan € 15.540 spaargeld heeft. Dat is meer dan de grens."
        );
    }

    #[test]
    fn a_threshold_decides_a_comparison_only_where_it_can() {
        use Vergelijking::*;
        let (d15, d20) = (d("15540"), d("20000"));
        // at most 15.540
        assert_eq!(drempel_toets(false, d15, Hoogstens, d15), Some(true));
        assert_eq!(drempel_toets(false, d15, Hoogstens, d20), Some(true));
        assert_eq!(drempel_toets(false, d20, Hoogstens, d15), None);
        assert_eq!(drempel_toets(false, d15, MinderDan, d15), None);
        assert_eq!(drempel_toets(false, d15, MinderDan, d20), Some(true));
        assert_eq!(drempel_toets(false, d15, MeerDan, d15), Some(false));
        assert_eq!(drempel_toets(false, d15, Minstens, d20), Some(false));
        assert_eq!(drempel_toets(false, d15, Minstens, d15), None);
        // more than 15.540
        assert_eq!(drempel_toets(true, d15, Hoogstens, d15), Some(false));
        assert_eq!(drempel_toets(true, d15, Hoogstens, d20), None);
        assert_eq!(drempel_toets(true, d15, MeerDan, d15), Some(true));
        assert_eq!(drempel_toets(true, d15, Minstens, d15), Some(true));
        assert_eq!(drempel_toets(true, d15, MinderDan, d20), None);
    }
}
