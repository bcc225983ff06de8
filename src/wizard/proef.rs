//! "Start de wizard met dit bestand": the workbench (beheer.html) hands the files the policy officer opened to
//! the wizard on the same origin through this tab's sessionStorage (never sent anywhere) and opens
//! `index.html?werkbank`. Only then does `public/boot.js` load `beheer/werkbank.js` (from the workbench's build),
//! which answers the wizard's own requests for the national file and that municipality's file with these texts,
//! before any network, and says on the page that this is a trial. The wizard's WebAssembly has no code for this,
//! and a resident never downloads werkbank.js.

/// The sessionStorage keys, one per text (`public/werkbank.js` reads the same names).
pub const LANDELIJK: &str = "potjeswijzer:werkbank:landelijk";
pub const GEMEENTE: &str = "potjeswijzer:werkbank:gemeente";
pub const GEMEENTE_TEKST: &str = "potjeswijzer:werkbank:gemeente-tekst";

/// The address parameter that asks for the handed-over files.
pub const PARAMETER: &str = "werkbank";

#[derive(Clone, Debug, PartialEq)]
pub struct ProefGemeente {
    pub id: String,
    pub tekst: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Proef {
    /// The opened national file; `None`: the published one.
    pub landelijk: Option<String>,
    pub gemeente: Option<ProefGemeente>,
}

impl Proef {
    /// The hand-over as sessionStorage entries (key, text); an empty text means: the published file.
    pub fn opslag(&self) -> Vec<(&'static str, String)> {
        let g = self.gemeente.as_ref();
        vec![
            (LANDELIJK, self.landelijk.clone().unwrap_or_default()),
            (GEMEENTE, g.map(|g| g.id.clone()).unwrap_or_default()),
            (
                GEMEENTE_TEKST,
                g.map(|g| g.tekst.clone()).unwrap_or_default(),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn werkbank_js_reads_the_keys_the_workbench_writes() {
        let boot =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/werkbank.js"))
                .unwrap();
        let proef = Proef {
            landelijk: None,
            gemeente: Some(ProefGemeente {
                id: "leiden".into(),
                tekst: "x".into(),
            }),
        };
        for (sleutel, _) in proef.opslag() {
            let naam = sleutel.trim_start_matches("potjeswijzer:werkbank:");
            assert!(
                boot.contains(&format!("'{naam}'")),
                "werkbank.js does not read {sleutel}"
            );
        }
        assert!(boot.contains("'potjeswijzer:werkbank:'"));
        assert_eq!(proef.opslag()[0], (LANDELIJK, String::new()));
    }
}
