//! One kind question before an income leads to a wrong "nee" (review P2). Someone who lives on bijstand alone
//! cannot have more per month than the bijstand for their household. A higher amount almost always means that
//! toeslagen or kinderbijslag were counted, which the income question asks to leave out. So before moving on, the
//! wizard asks once whether they were counted; the resident can correct the amount or keep it.

use crate::rules::{
    format_bedrag_rond, hoogste_bijstandsnorm, Antwoord, Antwoorden, Datum, Regels,
};

/// The question whose answer is checked.
pub const INKOMEN: &str = "inkomen";

/// What the check says, above the field; the resident's own figure and the limit in whole euros.
pub const KOP: &str = "Heeft u toeslagen of kinderbijslag meegeteld?";

/// Whether to ask: the only source of money is bijstand, and `antwoord` (the income just typed) is more than the
/// bijstand of any household the earlier answers allow. `antwoorden` are the answers so far.
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

/// The sentences under the check's heading, with the resident's own figure in whole euros.
pub fn uitleg(antwoord: &Antwoord) -> String {
    let bedrag = match antwoord {
        Antwoord::Bedrag(b) => format!("{} per maand", format_bedrag_rond(*b)),
        _ => "een bedrag".to_string(),
    };
    format!(
        "U vulde {bedrag} in. Dat is meer dan de bijstand voor uw huishouden. Toeslagen en kinderbijslag \
         tellen hier niet mee."
    )
}

/// The two answers: correct the amount, or keep it and go on.
pub const AANPASSEN: &str = "Ja, ik pas het bedrag aan";
pub const KLOPT: &str = "Nee, het bedrag klopt";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::testdata::{alleenstaande, datum, regels};
    use rust_decimal::Decimal;

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
        assert_eq!(
            uitleg(&bedrag("1450")),
            "U vulde € 1.450 per maand in. Dat is meer dan de bijstand voor uw huishouden. Toeslagen en \
             kinderbijslag tellen hier niet mee."
        );
    }
}
