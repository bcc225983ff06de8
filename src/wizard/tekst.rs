//! The wizard's own words that follow from its state: headings shared by the screen and the page title, the
//! progress line, the notices and what the live region announces. Plus small text helpers.

use super::pad::Pad;
use super::stap::Stap;
use crate::rules::vertaling::{t, tf};

pub fn kop_start() -> String {
    t("Welke regelingen passen bij u?")
}

pub fn kop_controle() -> String {
    t("Kloppen uw antwoorden?")
}

pub fn kop_lijst() -> String {
    t("Uw lijst met regelingen")
}

pub fn kop_alles() -> String {
    t("Alle vragen en de uitslag")
}

/// A calm notice shown at the top of the screen it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Melding {
    /// Progress from an earlier visit was restored.
    Hersteld,
    /// Progress was restored, but this many answers no longer fit the questions and were left out.
    DeelsHersteld(usize),
    /// Stored progress could not be used at all (another version, or damaged).
    NietHersteld,
    /// Everything was wiped.
    Gewist,
}

impl Melding {
    pub fn tekst(&self) -> String {
        match self {
            Melding::Hersteld => t("Welkom terug. U gaat verder waar u was gebleven."),
            Melding::DeelsHersteld(1) => t(
                "Welkom terug. Eén antwoord paste niet meer bij de vragen. Die vraag stellen we opnieuw.",
            ),
            Melding::DeelsHersteld(n) => tf(
                "Welkom terug. {n} antwoorden pasten niet meer bij de vragen. Die vragen stellen we opnieuw.",
                &[("n", &n.to_string())],
            ),
            Melding::NietHersteld => t(
                "Uw antwoorden van de vorige keer konden we niet meer gebruiken. U kunt gewoon opnieuw beginnen.",
            ),
            Melding::Gewist => t("Uw antwoorden zijn gewist van dit apparaat."),
        }
    }
}

/// The screen's part of the page title. For a question only its position: the upper bound of questions still
/// to come costs a flow walk.
pub fn stap_titel(stap: &Stap, pad: &Pad) -> String {
    match stap {
        Stap::Start => kop_start(),
        Stap::Vraag { id, .. } => match pad.positie(id) {
            Some(i) => tf("Vraag {nummer}", &[("nummer", &(i + 1).to_string())]),
            None => t("Vraag"),
        },
        Stap::Controle => kop_controle(),
        Stap::Lijst | Stap::Gedeeld(_) => kop_lijst(),
        Stap::Alles => kop_alles(),
    }
}

/// The page title: the screen's part, then the host page's name (`data-paginatitel`).
pub fn paginatitel(stap_titel: &str, naam: &str) -> String {
    format!("{stap_titel} - {naam}")
}

/// The page title when an answer has something to fix, as GOV.UK does.
pub fn fout_titel(nummer: usize, naam: &str) -> String {
    format!(
        "{} - {naam}",
        tf("Fout: Vraag {nummer}", &[("nummer", &nummer.to_string())])
    )
}

/// "Vraag 3 · nog hooguit 4 vragen": the position and an honest upper bound, never a fake total.
pub fn voortgang_tekst(nummer: usize, hoogstens: usize) -> String {
    let nummer = nummer.to_string();
    match hoogstens {
        0 => tf("Vraag {nummer} · de laatste vraag", &[("nummer", &nummer)]),
        1 => tf(
            "Vraag {nummer} · nog hooguit 1 vraag",
            &[("nummer", &nummer)],
        ),
        _ => tf(
            "Vraag {nummer} · nog hooguit {hoogstens} vragen",
            &[("nummer", &nummer), ("hoogstens", &hoogstens.to_string())],
        ),
    }
}

/// What the live region says on a new screen: the progress line (if any), then the heading.
pub fn aankondiging(voortgang: Option<&str>, kop: &str) -> String {
    match voortgang {
        Some(v) => format!("{v}. {kop}"),
        None => kop.to_string(),
    }
}

/// "a", "a en b", "a, b en c".
pub fn en_lijst(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [voor @ .., laatste] => tf(
            "{lijst} en {laatste}",
            &[("lijst", &voor.join(", ")), ("laatste", laatste)],
        ),
    }
}

/// A `tel:` link for a Dutch phone number as written in the file ("050 367 91 91", "14 050").
pub fn tel_link(telefoon: &str) -> String {
    let cijfers: String = telefoon
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{cijfers}")
}

/// The link itself when it is a web address we may open; anything else is not rendered as a link.
pub fn veilige_link(link: &str) -> Option<String> {
    let link = link.trim();
    (link.starts_with("https://") || link.starts_with("http://")).then(|| link.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Antwoorden;

    #[test]
    fn titles_follow_the_screen_and_a_question_says_only_its_position() {
        let pad = Pad {
            vragen: vec!["gemeente".to_string(), "leeftijd".to_string()],
            klaar: false,
            geldig: Antwoorden::new(),
        };
        assert_eq!(stap_titel(&Stap::Start, &pad), kop_start());
        assert_eq!(stap_titel(&Stap::vraag("leeftijd"), &pad), "Vraag 2");
        assert_eq!(stap_titel(&Stap::vraag("weg"), &pad), "Vraag");
        assert_eq!(stap_titel(&Stap::Controle, &pad), kop_controle());
        assert_eq!(stap_titel(&Stap::Gedeeld(Vec::new()), &pad), kop_lijst());
        assert_eq!(paginatitel("Vraag 2", "Gemeente X"), "Vraag 2 - Gemeente X");
        assert_eq!(fout_titel(2, "Gemeente X"), "Fout: Vraag 2 - Gemeente X");
    }

    #[test]
    fn progress_and_announcements_read_as_sentences() {
        assert_eq!(voortgang_tekst(3, 0), "Vraag 3 · de laatste vraag");
        assert_eq!(voortgang_tekst(3, 1), "Vraag 3 · nog hooguit 1 vraag");
        assert_eq!(voortgang_tekst(3, 7), "Vraag 3 · nog hooguit 7 vragen");
        assert_eq!(
            aankondiging(Some("Vraag 1 · nog hooguit 7 vragen"), "Waar woont u?"),
            "Vraag 1 · nog hooguit 7 vragen. Waar woont u?"
        );
        assert_eq!(aankondiging(None, &kop_controle()), kop_controle());
    }

    #[test]
    fn notices_count_in_words_a_resident_reads() {
        assert!(Melding::DeelsHersteld(1)
            .tekst()
            .contains("Eén antwoord paste"));
        assert!(Melding::DeelsHersteld(3)
            .tekst()
            .contains("3 antwoorden pasten"));
        for m in [Melding::Hersteld, Melding::NietHersteld, Melding::Gewist] {
            assert!(m.tekst().ends_with('.'), "{m:?}");
        }
    }

    #[test]
    fn lists_phone_links_and_only_web_links() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(en_lijst(&s(&[])), "");
        assert_eq!(en_lijst(&s(&["a"])), "a");
        assert_eq!(en_lijst(&s(&["a", "b", "c"])), "a, b en c");
        assert_eq!(tel_link("050 367 91 91"), "tel:0503679191");
        assert_eq!(tel_link("+31 14 050"), "tel:+3114050");
        assert_eq!(
            veilige_link(" https://x.nl/a ").as_deref(),
            Some("https://x.nl/a")
        );
        assert_eq!(veilige_link("javascript:alert(1)"), None);
    }
}
