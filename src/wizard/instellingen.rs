//! Settings read from the host element's `data-*` attributes, so a municipal website configures the wizard
//! without code: `<div data-potjeswijzer data-regels="regulations.toml" data-gemeente="groningen">`.

use super::stap::Modus;
use crate::rules::Datum;

/// Which ways in the start screen offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModusKeuze {
    Alle,
    AlleenZelf,
    AlleenSamen,
    /// `data-modus="hulpverlener"`: a page for WIJ workers offers only the one page with all questions.
    AlleenHulpverlener,
}

impl ModusKeuze {
    /// Whether this way in is offered on the page.
    pub fn staat_toe(self, modus: Modus) -> bool {
        matches!(
            (self, modus),
            (ModusKeuze::Alle, _)
                | (ModusKeuze::AlleenZelf, Modus::Zelf)
                | (ModusKeuze::AlleenSamen, Modus::Samen)
                | (ModusKeuze::AlleenHulpverlener, Modus::Hulpverlener)
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Instellingen {
    /// URL of the regulations file, same origin. `data-regels`, default "regulations.toml".
    pub regels_url: String,
    /// Preset municipality id (`data-gemeente`): the question is skipped.
    pub gemeente: Option<String>,
    /// `data-modus`: "zelf", "samen" or "hulpverlener" offers only that way in.
    pub modus: ModusKeuze,
    /// `data-datum` (tests only): the date to compute with instead of today.
    pub datum: Option<Datum>,
    /// Who to call when the wizard cannot start (`data-hulp-naam`, `data-hulp-telefoon`).
    pub hulp_naam: Option<String>,
    pub hulp_telefoon: Option<String>,
    /// `data-paginatitel`: when present, the wizard keeps `document.title` up to date with this suffix.
    pub paginatitel: Option<String>,
}

impl Instellingen {
    /// Builds the settings from an attribute getter (pure, so it can be tested without a browser).
    pub fn uit(attribuut: impl Fn(&str) -> Option<String>) -> Instellingen {
        let niet_leeg = |naam: &str| {
            attribuut(naam)
                .map(|w| w.trim().to_string())
                .filter(|w| !w.is_empty())
        };
        let modus = match niet_leeg("data-modus").as_deref() {
            Some("zelf") => ModusKeuze::AlleenZelf,
            Some("samen") => ModusKeuze::AlleenSamen,
            Some("hulpverlener") => ModusKeuze::AlleenHulpverlener,
            _ => ModusKeuze::Alle,
        };
        Instellingen {
            regels_url: niet_leeg("data-regels").unwrap_or_else(|| "regulations.toml".to_string()),
            gemeente: niet_leeg("data-gemeente"),
            modus,
            datum: niet_leeg("data-datum").and_then(|d| Datum::parse(&d).ok()),
            hulp_naam: niet_leeg("data-hulp-naam"),
            hulp_telefoon: niet_leeg("data-hulp-telefoon"),
            // Present but empty still means "keep the title up to date" (with a default name).
            paginatitel: attribuut("data-paginatitel").map(|t| {
                let t = t.trim().to_string();
                if t.is_empty() {
                    "Potjeswijzer".to_string()
                } else {
                    t
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_data_attributes_with_safe_defaults() {
        let leeg = Instellingen::uit(|_| None);
        assert_eq!(leeg.regels_url, "regulations.toml");
        assert_eq!(leeg.modus, ModusKeuze::Alle);
        assert_eq!(leeg.paginatitel, None);

        let gezet = Instellingen::uit(|naam| {
            Some(
                match naam {
                    "data-regels" => "/data/regels.toml",
                    "data-gemeente" => "leiden",
                    "data-modus" => "samen",
                    "data-datum" => "2025-09-01",
                    "data-paginatitel" => "",
                    _ => return None,
                }
                .to_string(),
            )
        });
        assert_eq!(gezet.regels_url, "/data/regels.toml");
        assert_eq!(gezet.gemeente.as_deref(), Some("leiden"));
        assert_eq!(gezet.modus, ModusKeuze::AlleenSamen);
        assert_eq!(gezet.datum, Datum::new(2025, 9, 1));
        assert_eq!(gezet.paginatitel.as_deref(), Some("Potjeswijzer"));
        assert!(gezet.modus.staat_toe(Modus::Samen) && !gezet.modus.staat_toe(Modus::Hulpverlener));
        let hulpverlener =
            Instellingen::uit(|naam| (naam == "data-modus").then(|| "hulpverlener".into()));
        assert_eq!(hulpverlener.modus, ModusKeuze::AlleenHulpverlener);
        assert!(hulpverlener.modus.staat_toe(Modus::Hulpverlener));
        assert!(!hulpverlener.modus.staat_toe(Modus::Zelf));
        assert!(ModusKeuze::Alle.staat_toe(Modus::Hulpverlener));
    }
}
