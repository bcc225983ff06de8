//! What a card's main action says (review P12): a link says what it delivers. A link to a website's front page
//! is not an application form, so it says "Naar de website van …"; a deeper link is where one applies.

use crate::rules::vertaling::tf;

/// Whether `link` is only a website's front page (`https://www.humanitas.nl`, `https://schuldhulpmaatje.nl/`).
pub fn is_voorpagina(link: &str) -> bool {
    let zonder_schema = link
        .trim()
        .split_once("://")
        .map_or(link.trim(), |(_, rest)| rest);
    let pad = zonder_schema.split_once('/').map_or("", |(_, pad)| pad);
    pad.split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_matches('/')
        .is_empty()
}

/// The words on a card's main link: where it goes, and whether one applies there.
pub fn link_tekst(aanbieder: &str, link: &str) -> String {
    if is_voorpagina(link) {
        tf("Naar de website van {naam}", &[("naam", aanbieder)])
    } else {
        tf("Aanvragen bij {naam}", &[("naam", aanbieder)])
    }
}

/// The words on a card's main action when it is a phone number.
pub fn bel_tekst(telefoon: &str) -> String {
    tf("Bel {telefoon}", &[("telefoon", telefoon)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_front_page_is_not_called_an_application() {
        assert!(is_voorpagina("https://www.humanitas.nl"));
        assert!(is_voorpagina("https://schuldhulpmaatje.nl/"));
        assert!(is_voorpagina("https://www.toeslagen.nl/?x=1"));
        assert!(!is_voorpagina("https://gemeente.groningen.nl/stadjerspas"));
        assert_eq!(
            link_tekst("Humanitas", "https://www.humanitas.nl"),
            "Naar de website van Humanitas"
        );
        assert_eq!(
            link_tekst(
                "Gemeente Groningen",
                "https://gemeente.groningen.nl/stadjerspas-aanvragen"
            ),
            "Aanvragen bij Gemeente Groningen"
        );
        assert_eq!(bel_tekst("14 050"), "Bel 14 050");
    }
}
