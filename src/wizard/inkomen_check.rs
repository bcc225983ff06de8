//! One kind question before an income leads to a wrong "nee" (review P2). Someone who lives on bijstand alone
//! cannot have more per month than the bijstand for their household. A higher amount almost always means that
//! toeslagen or kinderbijslag were counted, which the income question asks to leave out. So before moving on, the
//! wizard asks once whether they were counted; the resident can correct the amount or keep it. The same way, a
//! monthly income above € 10.000 is asked about softly (review P17): probably a year's income or a typo.

use crate::rules::vertaling::{t, tf};
use crate::rules::{
    format_bedrag_rond, hoogste_bijstandsnorm, Antwoord, Antwoorden, Datum, Regels,
};
use rust_decimal::Decimal;

/// The question whose answer is checked.
pub const INKOMEN: &str = "inkomen";

/// Above this a monthly income is probably a typo (a year's income, or a zero too many): asked softly (P17).
const VEEL: i64 = 10_000;

/// One soft question about an income just typed, before it counts: its heading, sentences and two answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Controle {
    pub kop: String,
    pub uitleg: String,
    /// Correct the amount (focus goes back to the field).
    pub aanpassen: String,
    /// Keep it and go on.
    pub klopt: String,
}

/// The check for `antwoord` (the income just typed), or `None` when it simply counts. `antwoorden` are the
/// answers so far.
pub fn controle_na_inkomen(
    regels: &Regels,
    antwoorden: &Antwoorden,
    antwoord: &Antwoord,
    datum: Datum,
) -> Option<Controle> {
    let Antwoord::Bedrag(inkomen) = antwoord else {
        return None;
    };
    let bedrag = format_bedrag_rond(*inkomen);
    let bedrag = [("bedrag", bedrag.as_str())];
    if *inkomen > Decimal::from(VEEL) {
        return Some(Controle {
            kop: t("Klopt dit bedrag?"),
            uitleg: tf(
                "U vulde {bedrag} per maand in. Is dat het geld van een heel jaar? Deel het dan door 12.",
                &bedrag,
            ),
            aanpassen: t("Nee, ik pas het bedrag aan"),
            klopt: t("Ja, het bedrag klopt"),
        });
    }
    vraag_na_inkomen(regels, antwoorden, antwoord, datum).then(|| Controle {
        kop: t("Heeft u toeslagen of kinderbijslag meegeteld?"),
        uitleg: tf(
            "U vulde {bedrag} per maand in. Dat is meer dan de bijstand voor uw huishouden. Toeslagen en \
             kinderbijslag tellen hier niet mee.",
            &bedrag,
        ),
        aanpassen: t("Ja, ik pas het bedrag aan"),
        klopt: t("Nee, het bedrag klopt"),
    })
}

/// Whether to ask about toeslagen: the only source of money is bijstand, and `antwoord` (the income just typed)
/// is more than the bijstand of any household the earlier answers allow.
pub fn vraag_na_inkomen(
    regels: &Regels,
    antwoorden: &Antwoorden,
    antwoord: &Antwoord,
    datum: Datum,
) -> bool {
    let alleen_bijstand = matches!(
        antwoorden.get("inkomstenbron"),
        Some(Antwoord::Meerkeuze(bronnen)) if bronnen.len() == 1 && bronnen[0] == "bijstand"
    );
    let Antwoord::Bedrag(inkomen) = antwoord else {
        return false;
    };
    alleen_bijstand
        && hoogste_bijstandsnorm(regels, antwoorden, datum).is_some_and(|norm| *inkomen > norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::testdata::{alleenstaande, datum, regels};

    fn met_bron(bronnen: &[&str]) -> Antwoorden {
        let mut a = alleenstaande();
        a.insert("kinderen".into(), Antwoord::Leeftijden(vec![4, 9]));
        a.insert(
            "inkomstenbron".into(),
            Antwoord::Meerkeuze(bronnen.iter().map(|b| b.to_string()).collect()),
        );
        a
    }

    fn bedrag(s: &str) -> Antwoord {
        Antwoord::Bedrag(s.parse::<Decimal>().unwrap_or_default())
    }

    #[test]
    fn a_very_high_monthly_income_is_asked_about_softly_whatever_the_source() {
        let regels = regels();
        let Some(c) =
            controle_na_inkomen(&regels, &met_bron(&["werk"]), &bedrag("145000"), datum())
        else {
            panic!("no check");
        };
        assert_eq!(c.kop, "Klopt dit bedrag?");
        assert_eq!(
            c.uitleg,
            "U vulde € 145.000 per maand in. Is dat het geld van een heel jaar? Deel het dan door 12."
        );
        assert_eq!(
            controle_na_inkomen(&regels, &met_bron(&["werk"]), &bedrag("10000"), datum()),
            None
        );
    }

    #[test]
    fn bijstand_alone_above_the_norm_asks_once_about_toeslagen() {
        let regels = regels();
        // Single parent on 1 September 2025: the norm is € 1.369,06 with holiday pay.
        let a = met_bron(&["bijstand"]);
        assert!(vraag_na_inkomen(&regels, &a, &bedrag("1450"), datum()));
        assert!(!vraag_na_inkomen(&regels, &a, &bedrag("1369.06"), datum()));
        assert!(!vraag_na_inkomen(&regels, &a, &bedrag("1200"), datum()));
        assert!(!vraag_na_inkomen(
            &regels,
            &a,
            &Antwoord::WeetIkNiet,
            datum()
        ));
        // Work next to bijstand, or no bijstand: more is possible, nothing to ask.
        assert!(!vraag_na_inkomen(
            &regels,
            &met_bron(&["bijstand", "werk"]),
            &bedrag("1450"),
            datum()
        ));
        assert!(!vraag_na_inkomen(
            &regels,
            &met_bron(&["werk"]),
            &bedrag("1450"),
            datum()
        ));
        // With a partner the norm is higher (€ 1.955,80): 1450 fits, 2100 does not.
        let mut stel = met_bron(&["bijstand"]);
        stel.insert("partner".into(), Antwoord::JaNee(true));
        stel.insert("leeftijd_partner".into(), Antwoord::Getal(40));
        assert!(!vraag_na_inkomen(&regels, &stel, &bedrag("1450"), datum()));
        assert!(vraag_na_inkomen(&regels, &stel, &bedrag("2100"), datum()));
        // Partner unknown: the higher of both norms counts, so no wrong question.
        stel.insert("partner".into(), Antwoord::WeetIkNiet);
        assert!(!vraag_na_inkomen(&regels, &stel, &bedrag("1900"), datum()));
        let Some(c) =
            controle_na_inkomen(&regels, &met_bron(&["bijstand"]), &bedrag("1450"), datum())
        else {
            panic!("no check");
        };
        assert_eq!(c.kop, "Heeft u toeslagen of kinderbijslag meegeteld?");
        assert_eq!(
            c.uitleg,
            "U vulde € 1.450 per maand in. Dat is meer dan de bijstand voor uw huishouden. Toeslagen en \
             kinderbijslag tellen hier niet mee."
        );
        assert_eq!(c.klopt, "Nee, het bedrag klopt");
        assert_eq!(
            controle_na_inkomen(&regels, &met_bron(&["werk"]), &bedrag("1450"), datum()),
            None
        );
    }
}
