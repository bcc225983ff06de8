//! The threshold question on savings (review P3): a resident who does not know the exact amount can still say
//! whether they have more than the household's own limit, and get ja or nee instead of misschien. The limit is the
//! engine's, computed for this household (`vermogensgrens_voor`); nobody types it in.

use crate::rules::vertaling::{t, tf};
use crate::rules::{
    format_bedrag_rond, vermogensgrens_voor, Antwoord, Antwoorden, Datum, Regels, Vraag,
};
use rust_decimal::Decimal;

/// The question that gets the threshold: the savings, whose limit the engine knows per household.
pub const VRAAG: &str = "vermogen";

/// The threshold question for this question and household: its words and the limit. `None` for other
/// questions, or while the household (and so its limit) is not known.
pub fn drempel_vraag(
    regels: &Regels,
    vraag: &Vraag,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> Option<DrempelVraag> {
    if vraag.id != VRAAG {
        return None;
    }
    let grens = vermogensgrens_voor(regels, antwoorden, datum)?;
    let bedrag = format_bedrag_rond(grens);
    Some(DrempelVraag {
        grens,
        kop: t("Weet u het bedrag niet precies?"),
        vraag: tf("Heeft u samen meer dan {bedrag}?", &[("bedrag", &bedrag)]),
        ja: tf("Ja, meer dan {bedrag}", &[("bedrag", &bedrag)]),
        nee: tf("Nee, {bedrag} of minder", &[("bedrag", &bedrag)]),
    })
}

#[derive(Clone, Debug, PartialEq)]
pub struct DrempelVraag {
    pub grens: Decimal,
    pub kop: String,
    pub vraag: String,
    /// The buttons: more than the limit, or the limit or less.
    pub ja: String,
    pub nee: String,
}

impl DrempelVraag {
    /// The answer for a button: more than the limit (`boven`), or at most it.
    pub fn antwoord(&self, boven: bool) -> Antwoord {
        Antwoord::Drempel {
            boven,
            bedrag: self.grens,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{evaluate, Status};
    use crate::wizard::testdata::{alleenstaande, datum, regels};

    #[test]
    fn a_single_resident_is_asked_about_their_own_limit_and_gets_ja_or_nee() {
        let regels = regels();
        let Some(vraag) = regels.vragen.iter().find(|v| v.id == VRAAG) else {
            panic!("no savings question");
        };
        let mut a = alleenstaande();
        a.insert("kinderen".into(), Antwoord::Leeftijden(vec![]));
        a.insert(
            "inkomstenbron".into(),
            Antwoord::Meerkeuze(vec!["bijstand".into()]),
        );
        a.insert("inkomen".into(), Antwoord::Bedrag(1200.into()));
        let Some(d) = drempel_vraag(&regels, vraag, &a, datum()) else {
            panic!("no threshold for a known household");
        };
        assert_eq!(
            d.vraag,
            format!("Heeft u samen meer dan {}?", format_bedrag_rond(d.grens))
        );
        assert!(d.nee.ends_with(" of minder"));

        let status = |a: &Antwoorden| {
            evaluate(&regels, a, datum())
                .uitkomsten
                .into_iter()
                .find(|u| u.id == "groningen_bijzondere_bijstand")
                .map(|u| u.status)
        };
        a.insert(VRAAG.into(), Antwoord::WeetIkNiet);
        assert_eq!(status(&a), Some(Status::Misschien));
        a.insert(VRAAG.into(), d.antwoord(false));
        assert_eq!(status(&a), Some(Status::Ja));
        a.insert(VRAAG.into(), d.antwoord(true));
        assert_ne!(status(&a), Some(Status::Ja));

        // The partner unknown: two possible limits, so no threshold to ask about.
        a.insert("partner".into(), Antwoord::WeetIkNiet);
        assert_eq!(drempel_vraag(&regels, vraag, &a, datum()), None);
        let Some(leeftijd) = regels.vragen.iter().find(|v| v.id == "leeftijd") else {
            panic!("no age question");
        };
        assert_eq!(
            drempel_vraag(&regels, leeftijd, &alleenstaande(), datum()),
            None
        );
    }
}
