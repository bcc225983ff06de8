//! The file format of `regulations.toml`, declared once: every section with its keys and what each means, in the
//! words of the policy officer's manual. The reader allows exactly these keys; tests check that the JSON Schema
//! (`schema.json`) and the manual (`docs/regels-formaat.md`) name the same ones (`tests/format.rs`).
//!
//! Names and meanings are two lists made by one declaration: the app uses only the names, so the meanings (for
//! the manual and the tests) never reach the resident's download.

/// Declares a section: `NAAM` with the key names the reader allows, `NAAM_UITLEG` with what each key means.
macro_rules! sectie {
    ($naam:ident, $uitleg:ident { $($key:literal => $tekst:literal,)* }) => {
        pub const $naam: &[&str] = &[$($key),*];
        pub const $uitleg: &[&str] = &[$($tekst),*];
    };
}

/// A section of the file: where it is in the JSON Schema, its keys and what each means.
pub struct Sectie {
    pub naam: &'static str,
    /// JSON pointer to the object in `schema.json` whose `properties` list these keys.
    pub schema: &'static str,
    pub sleutels: &'static [&'static str],
    pub uitleg: &'static [&'static str],
}

sectie!(BESTAND, BESTAND_UITLEG {
    "meta" => "titel, datum van nakijken, AOW-leeftijd en de hulp die altijd kan",
    "gemeente" => "de gemeenten, elk met eigen hulp",
    "norm" => "bijstandsnormen zoals de wet ze noemt, met vakantiegeld",
    "vermogensgrens" => "vermogensgrenzen van de Participatiewet",
    "grens" => "inkomensgrenzen met een naam: een percentage van de norm",
    "vraag" => "de vragen, in de volgorde waarin de app ze stelt",
    "regeling" => "de regelingen",
    "voorbeeld" => "voorbeeldhuishoudens (liefst in voorbeelden.toml)",
    "b1_uitzondering" => "teksten die de B1-controle met een reden goedkeurt",
});

sectie!(META, META_UITLEG {
    "titel" => "de naam van de wizard",
    "laatst_bekeken" => "de datum waarop het bestand is nagekeken",
    "aow_leeftijd" => "de AOW-leeftijd in hele jaren",
    "hulp" => "wie altijd helpt, zoals het Juridisch Loket",
    "gemeenten" => "de lijst van gemeenten die meedoen, zoals gemeenten.toml",
});

sectie!(HULP, HULP_UITLEG {
    "naam" => "de naam van wie helpt",
    "telefoon" => "telefoonnummer",
    "tijden" => "wanneer u kunt bellen of langskomen",
    "link" => "een https-link",
    "balie" => "waar u kunt langskomen",
});

sectie!(GEMEENTE, GEMEENTE_UITLEG {
    "id" => "de id, ook de waarde bij de vraag gemeente",
    "naam" => "de naam van de gemeente",
    "hulp" => "wie helpt in deze gemeente",
    "minimagrens" => "de grens van de meeste regelingen, voor {inkomensgrens}",
    "bestand" => "het eigen bestand van de gemeente, zoals gemeenten/leiden.toml",
});

sectie!(GEMEENTEBESTAND, GEMEENTEBESTAND_UITLEG {
    "gemeente" => "de gemeente: id, hulp en minimagrens",
    "grens" => "de inkomensgrenzen van de gemeente",
    "regeling" => "de regelingen van de gemeente",
    "b1_uitzondering" => "teksten die de B1-controle met een reden goedkeurt",
});

sectie!(GEMEENTE_KOP, GEMEENTE_KOP_UITLEG {
    "id" => "de id van de gemeente, zoals in gemeenten.toml",
    "naam" => "de naam van de gemeente, precies zoals in gemeenten.toml",
    "hulp" => "wie helpt in deze gemeente",
    "minimagrens" => "de grens van de meeste regelingen, voor {inkomensgrens}",
});

sectie!(GEMEENTENLIJST, GEMEENTENLIJST_UITLEG {
    "gemeente" => "de gemeenten die meedoen, in de volgorde van de vraag",
});

sectie!(LIJST_GEMEENTE, LIJST_GEMEENTE_UITLEG {
    "id" => "de id; het eigen bestand is gemeenten/<id>.toml",
    "naam" => "de naam zoals de inwoner die leest",
});

sectie!(NORM, NORM_UITLEG {
    "geldig_vanaf" => "vanaf wanneer de bedragen gelden",
    "bron" => "de wettekst van die datum",
    "alleenstaand" => "21 jaar tot AOW-leeftijd, ook als alleenstaande ouder",
    "paar" => "beiden 21 jaar tot AOW-leeftijd",
    "alleenstaand_aow" => "AOW-leeftijd, alleen",
    "paar_aow" => "een of beiden AOW-leeftijd",
    "jongere" => "18 tot 21 jaar, alleen",
    "paar_jongeren" => "beiden 18 tot 21, zonder kinderen",
    "paar_jongeren_kinderen" => "beiden 18 tot 21, met kinderen",
    "paar_jongere_volwassene" => "een 18 tot 21, de ander ouder, zonder kinderen",
    "paar_jongere_volwassene_kinderen" => "idem, met kinderen",
});

sectie!(VERMOGENSGRENS, VERMOGENSGRENS_UITLEG {
    "geldig_vanaf" => "vanaf wanneer de grens geldt",
    "bron" => "de wettekst van die datum",
    "alleenstaand" => "alleen, zonder kinderen",
    "gezin" => "met partner, of alleenstaande ouder",
});

sectie!(GRENS, GRENS_UITLEG {
    "id" => "de id waarmee een voorwaarde de grens noemt",
    "naam" => "de naam, zoals in de folder",
    "basis" => "met_vakantiegeld of zonder_vakantiegeld",
    "alleenstaande_ouder_procent_paar" => "norm van een alleenstaande ouder als percentage van die van een paar",
    "bron" => "de regel of pagina van de gemeente",
    "artikel" => "het artikel waar het percentage staat",
    "waarde" => "de percentages per datum",
});

sectie!(GRENS_WAARDE, GRENS_WAARDE_UITLEG {
    "geldig_vanaf" => "vanaf wanneer het percentage geldt",
    "procent" => "het percentage van de norm",
    "procent_met_kinderen" => "het percentage met kinderen jonger dan 18",
    "gemeente" => "alleen in deze gemeente",
    "bron" => "de bron van dit percentage",
});

sectie!(VRAAG, VRAAG_UITLEG {
    "id" => "de id van de vraag",
    "soort" => "ja_nee, keuze, meerkeuze, getal, bedrag of leeftijden",
    "tekst" => "de vraag zoals de inwoner die leest",
    "uitleg" => "een korte hulp bij de vraag",
    "waarom" => "waarom we dit vragen",
    "onderwerp" => "voor de zin 'Dat hangt af van ...'",
    "weet_ik_niet" => "de tekst op de knop voor een onbekend antwoord",
    "alleen_als" => "stel de vraag alleen als dit klopt",
    "uitleg_als" => "zinnen die bij de uitleg komen als hun voorwaarde klopt",
    "min" => "het kleinste getal",
    "max" => "het grootste getal",
    "opties" => "de keuzes",
});

sectie!(OPTIE, OPTIE_UITLEG {
    "waarde" => "de id van de keuze",
    "tekst" => "de keuze zoals de inwoner die leest",
});

sectie!(REGELING, REGELING_UITLEG {
    "id" => "de id van de regeling",
    "naam" => "de naam",
    "aanbieder" => "wie de regeling geeft",
    "gemeente" => "alleen voor inwoners van deze gemeente",
    "categorie" => "geld, zorg, wonen, school, meedoen, eten, schulden of werk",
    "uitleg" => "één zin in B1",
    "bron" => "de wettelijke basis of officiële pagina",
    "geldig_vanaf" => "vanaf wanneer de regeling bestaat",
    "geldig_tot" => "tot en met wanneer de regeling bestaat",
    "ook_bekeken" => "wat de gemeente ook nakijkt",
    "krijgt" => "wat u krijgt",
    "aanvragen" => "hoe u aanvraagt",
    "hulp" => "wie helpt bij deze regeling",
    "voorwaarden" => "de voorwaarden",
});

sectie!(KRIJGT, KRIJGT_UITLEG {
    "omschrijving" => "wat u krijgt, in woorden",
    "bedrag" => "een vast bedrag",
    "per_volwassene" => "een bedrag per volwassene",
    "per_kind" => "een bedrag per kind onder 18",
    "per" => "jaar, maand of keer",
    "ongeveer" => "true als het bedrag een schatting is",
});

sectie!(AANVRAGEN, AANVRAGEN_UITLEG {
    "link" => "waar u aanvraagt",
    "telefoon" => "telefoonnummer",
    "balie" => "waar u kunt langskomen",
    "documenten" => "hoogstens 3 documenten",
    "termijn" => "wanneer u aanvraagt",
    "van" => "elk jaar vanaf deze dag, zoals \"1 oktober\"",
    "tot_en_met" => "elk jaar tot en met deze dag, zoals \"31 januari\"",
    "binnen_maanden" => "binnen zoveel maanden na de kosten",
    "eerst" => "regelingen die eerst komen",
    "termijn_bron" => "waar termijn of volgorde staat",
});

sectie!(VOORWAARDE, VOORWAARDE_UITLEG {
    "alle" => "alles moet kloppen",
    "een_van" => "ten minste één moet kloppen",
    "niet" => "klopt als de voorwaarde erin niet klopt",
    "vraag" => "de vraag waar de toets naar kijkt",
    "is" => "het antwoord is gelijk aan",
    "is_een_van" => "het antwoord is een van",
    "minstens" => "het antwoord is minstens",
    "hoogstens" => "het antwoord is hoogstens",
    "meer_dan" => "het antwoord is meer dan",
    "minder_dan" => "het antwoord is minder dan",
    "bevat" => "de meerkeuze bevat",
    "inkomen_binnen" => "het inkomen is niet hoger dan deze grens",
    "vermogen_binnen_grens" => "het spaargeld is niet hoger dan de vermogensgrens",
    "zacht" => "boven de grens misschien, nooit nee",
    "artikel" => "de wettelijke grond",
    "kind_van" => "een kind van minstens deze leeftijd",
    "kind_tot_en_met" => "en hoogstens deze leeftijd",
    "kinderen_minstens" => "minstens zoveel kinderen",
    "onder_aow_leeftijd" => "jonger dan de AOW-leeftijd",
    "tekst" => "wat er waar moet zijn",
    "tekst_nee" => "wat de inwoner leest als het niet klopt",
});

sectie!(VOORBEELD, VOORBEELD_UITLEG {
    "naam" => "een zin die het huishouden beschrijft",
    "datum" => "de rekendatum",
    "antwoorden" => "de antwoorden per vraag-id",
    "verwacht" => "de uitkomst per regeling",
});

sectie!(B1_UITZONDERING, B1_UITZONDERING_UITLEG {
    "tekst" => "de tekst precies zoals hij in het bestand staat",
    "reden" => "waarom de tekst zo mag blijven",
});

/// Every section, for the tests that hold the schema and the manual to these keys.
pub const SECTIES: &[Sectie] = &[
    Sectie {
        naam: "bestand",
        schema: "",
        sleutels: BESTAND,
        uitleg: BESTAND_UITLEG,
    },
    Sectie {
        naam: "meta",
        schema: "/properties/meta",
        sleutels: META,
        uitleg: META_UITLEG,
    },
    Sectie {
        naam: "hulp",
        schema: "/$defs/hulp",
        sleutels: HULP,
        uitleg: HULP_UITLEG,
    },
    Sectie {
        naam: "gemeente",
        schema: "/properties/gemeente/items",
        sleutels: GEMEENTE,
        uitleg: GEMEENTE_UITLEG,
    },
    Sectie {
        naam: "gemeentebestand",
        schema: "/$defs/gemeentebestand",
        sleutels: GEMEENTEBESTAND,
        uitleg: GEMEENTEBESTAND_UITLEG,
    },
    Sectie {
        naam: "gemeente (in het gemeentebestand)",
        schema: "/$defs/gemeentebestand/properties/gemeente",
        sleutels: GEMEENTE_KOP,
        uitleg: GEMEENTE_KOP_UITLEG,
    },
    Sectie {
        naam: "gemeentenlijst",
        schema: "/$defs/gemeentenlijst",
        sleutels: GEMEENTENLIJST,
        uitleg: GEMEENTENLIJST_UITLEG,
    },
    Sectie {
        naam: "gemeente (in de gemeentenlijst)",
        schema: "/$defs/gemeentenlijst/properties/gemeente/items",
        sleutels: LIJST_GEMEENTE,
        uitleg: LIJST_GEMEENTE_UITLEG,
    },
    Sectie {
        naam: "norm",
        schema: "/properties/norm/items",
        sleutels: NORM,
        uitleg: NORM_UITLEG,
    },
    Sectie {
        naam: "vermogensgrens",
        schema: "/properties/vermogensgrens/items",
        sleutels: VERMOGENSGRENS,
        uitleg: VERMOGENSGRENS_UITLEG,
    },
    Sectie {
        naam: "grens",
        schema: "/$defs/grenzen/items",
        sleutels: GRENS,
        uitleg: GRENS_UITLEG,
    },
    Sectie {
        naam: "grens.waarde",
        schema: "/$defs/grenzen/items/properties/waarde/items",
        sleutels: GRENS_WAARDE,
        uitleg: GRENS_WAARDE_UITLEG,
    },
    Sectie {
        naam: "vraag",
        schema: "/properties/vraag/items",
        sleutels: VRAAG,
        uitleg: VRAAG_UITLEG,
    },
    Sectie {
        naam: "vraag.opties",
        schema: "/properties/vraag/items/properties/opties/items",
        sleutels: OPTIE,
        uitleg: OPTIE_UITLEG,
    },
    Sectie {
        naam: "regeling",
        schema: "/$defs/regelingen/items",
        sleutels: REGELING,
        uitleg: REGELING_UITLEG,
    },
    Sectie {
        naam: "regeling.krijgt",
        schema: "/$defs/regelingen/items/properties/krijgt",
        sleutels: KRIJGT,
        uitleg: KRIJGT_UITLEG,
    },
    Sectie {
        naam: "regeling.aanvragen",
        schema: "/$defs/regelingen/items/properties/aanvragen",
        sleutels: AANVRAGEN,
        uitleg: AANVRAGEN_UITLEG,
    },
    Sectie {
        naam: "voorwaarde",
        schema: "/$defs/voorwaarde",
        sleutels: VOORWAARDE,
        uitleg: VOORWAARDE_UITLEG,
    },
    Sectie {
        naam: "voorbeeld",
        schema: "/properties/voorbeeld/items",
        sleutels: VOORBEELD,
        uitleg: VOORBEELD_UITLEG,
    },
    Sectie {
        naam: "b1_uitzondering",
        schema: "/$defs/b1_uitzonderingen/items",
        sleutels: B1_UITZONDERING,
        uitleg: B1_UITZONDERING_UITLEG,
    },
];
