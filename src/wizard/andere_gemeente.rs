//! "Een andere gemeente" on the municipality question (review P14). This wizard knows only the municipalities in
//! the question's options. Someone from elsewhere gets an honest message with where to go instead, and can still
//! look at the national regulations. The choice is the app's own, never an answer: nothing of it is stored.

use super::tekst::en_lijst;
use crate::rules::vertaling::{t, tf};
use crate::rules::Vraag;

/// The question it belongs to.
pub const VRAAG: &str = "gemeente";
/// The value of the extra radio button; not an option of the file, so never an answer.
pub const WAARDE: &str = "pw-andere-gemeente";
pub fn tekst() -> String {
    t("Een andere gemeente")
}
pub fn kop() -> String {
    t("Uw gemeente staat er niet bij")
}
pub fn landelijk() -> String {
    t("Bekijk de regelingen voor heel Nederland")
}
pub const JURIDISCH_LOKET: &str = "https://www.juridischloket.nl";

/// Whether the question gets the extra choice: the municipality question, as a choice between municipalities.
pub fn biedt_aan(vraag: &Vraag) -> bool {
    vraag.id == VRAAG && !vraag.opties.is_empty()
}

/// The message, sentence by sentence, naming the municipalities this wizard knows (the question's options).
pub fn melding(vraag: &Vraag) -> Vec<String> {
    let namen: Vec<String> = vraag.opties.iter().map(|o| o.tekst.clone()).collect();
    vec![
        tf(
            "Deze Potjeswijzer kent alleen de regelingen van {gemeenten}.",
            &[("gemeenten", &en_lijst(&namen))],
        ),
        t("Vraag bij uw eigen gemeente naar hulp als u weinig geld heeft. Gratis advies krijgt u bij het \
           Juridisch Loket. Bel 0800 8020."),
        t("De regelingen voor heel Nederland, zoals de zorgtoeslag, kunt u hier wel bekijken."),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::testdata::regels;

    #[test]
    fn the_message_names_the_municipalities_of_the_question() {
        let regels = regels();
        let Some(vraag) = regels.vragen.iter().find(|v| v.id == VRAAG) else {
            panic!("no gemeente question");
        };
        assert!(biedt_aan(vraag));
        assert!(!vraag.opties.iter().any(|o| o.waarde == WAARDE));
        let m = melding(vraag);
        assert_eq!(
            m[0],
            "Deze Potjeswijzer kent alleen de regelingen van Groningen, Westerkwartier en Leiden."
        );
        assert!(m[1].contains("Juridisch Loket"));
        let Some(leeftijd) = regels.vragen.iter().find(|v| v.id == "leeftijd") else {
            panic!("no leeftijd question");
        };
        assert!(!biedt_aan(leeftijd));
    }
}
