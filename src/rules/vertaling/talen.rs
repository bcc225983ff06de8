//! The languages the wizard speaks. Dutch is built in; every other language is a file (`talen/<code>.toml`) that
//! is fetched only when a resident picks it.

/// A language offered in the language menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Taal {
    /// The file's name and the `lang` attribute (`en` → `talen/en.toml`).
    pub code: &'static str,
    /// The language named in itself, as a speaker looks for it in a menu.
    pub naam: &'static str,
    /// Written right to left: the wizard's own root gets `dir="rtl"`.
    pub rechts_naar_links: bool,
}

pub const NEDERLANDS: Taal = Taal {
    code: "nl",
    naam: "Nederlands",
    rechts_naar_links: false,
};

pub const TALEN: [Taal; 6] = [
    NEDERLANDS,
    Taal {
        code: "en",
        naam: "English",
        rechts_naar_links: false,
    },
    Taal {
        code: "pl",
        naam: "Polski",
        rechts_naar_links: false,
    },
    Taal {
        code: "tr",
        naam: "Türkçe",
        rechts_naar_links: false,
    },
    Taal {
        code: "ar",
        naam: "العربية",
        rechts_naar_links: true,
    },
    Taal {
        code: "uk",
        naam: "Українська",
        rechts_naar_links: false,
    },
];

/// The language with this code (`None` for a code the wizard does not offer).
pub fn taal(code: &str) -> Option<Taal> {
    TALEN.into_iter().find(|t| t.code == code)
}

/// The national translation file of a language, relative to `regulations.toml`.
pub fn landelijk_bestand(code: &str) -> String {
    format!("talen/{code}.toml")
}

/// A municipality's translation file beside its own file: `gemeenten/leiden.toml` → `gemeenten/leiden.en.toml`.
pub fn gemeente_bestand(gemeentebestand: &str, code: &str) -> String {
    match gemeentebestand.strip_suffix(".toml") {
        Some(stam) => format!("{stam}.{code}.toml"),
        None => format!("{gemeentebestand}.{code}.toml"),
    }
}

/// The glossary of a language: the Dutch words a resident meets at the counter, kept in Dutch.
pub fn begrippen_bestand(code: &str) -> String {
    format!("talen/{code}.begrippen.toml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_follow_the_split_by_owner() {
        assert_eq!(landelijk_bestand("ar"), "talen/ar.toml");
        assert_eq!(
            gemeente_bestand("gemeenten/leiden.toml", "pl"),
            "gemeenten/leiden.pl.toml"
        );
        assert_eq!(taal("ar").map(|t| t.rechts_naar_links), Some(true));
        assert_eq!(taal("de"), None);
    }
}
