//! The file format of `regulations.toml`, declared once: every section with its keys and what each means, in the
//! words of the policy officer's manual. The reader allows exactly these keys; tests check that the JSON Schema
//! (`schema.json`) and the manual (`docs/regels-formaat.md`) name the same ones (`tests/format.rs`).

/// A key and what a policy officer writes there.
pub struct Sleutel {
    pub naam: &'static str,
    pub uitleg: &'static str,
}

/// A section of the file: where it is in the JSON Schema, and its keys.
pub struct Sectie {
    pub naam: &'static str,
    /// JSON pointer to the object in `schema.json` whose `properties` list these keys.
    pub schema: &'static str,
    pub sleutels: &'static [Sleutel],
}

const fn s(naam: &'static str, uitleg: &'static str) -> Sleutel {
    Sleutel { naam, uitleg }
}

pub const BESTAND: &[Sleutel] = &[
    s(
        "meta",
        "titel, datum van nakijken, AOW-leeftijd en de hulp die altijd kan",
    ),
    s("gemeente", "de gemeenten, elk met eigen hulp"),
    s(
        "norm",
        "bijstandsnormen zoals de wet ze noemt, met vakantiegeld",
    ),
    s("vermogensgrens", "vermogensgrenzen van de Participatiewet"),
    s(
        "grens",
        "inkomensgrenzen met een naam: een percentage van de norm",
    ),
    s("vraag", "de vragen, in de volgorde waarin de app ze stelt"),
    s("regeling", "de regelingen"),
    s(
        "voorbeeld",
        "voorbeeldhuishoudens (liefst in voorbeelden.toml)",
    ),
];

pub const META: &[Sleutel] = &[
    s("titel", "de naam van de wizard"),
    s("laatst_bekeken", "de datum waarop het bestand is nagekeken"),
    s("aow_leeftijd", "de AOW-leeftijd in hele jaren"),
    s("hulp", "wie altijd helpt, zoals het Juridisch Loket"),
];

pub const HULP: &[Sleutel] = &[
    s("naam", "de naam van wie helpt"),
    s("telefoon", "telefoonnummer"),
    s("tijden", "wanneer u kunt bellen of langskomen"),
    s("link", "een https-link"),
    s("balie", "waar u kunt langskomen"),
];

pub const GEMEENTE: &[Sleutel] = &[
    s("id", "de id, ook de waarde bij de vraag gemeente"),
    s("naam", "de naam van de gemeente"),
    s("hulp", "wie helpt in deze gemeente"),
    s(
        "minimagrens",
        "de grens van de meeste regelingen, voor {inkomensgrens}",
    ),
];

pub const NORM: &[Sleutel] = &[
    s("geldig_vanaf", "vanaf wanneer de bedragen gelden"),
    s("bron", "de wettekst van die datum"),
    s(
        "alleenstaand",
        "21 jaar tot AOW-leeftijd, ook als alleenstaande ouder",
    ),
    s("paar", "beiden 21 jaar tot AOW-leeftijd"),
    s("alleenstaand_aow", "AOW-leeftijd, alleen"),
    s("paar_aow", "een of beiden AOW-leeftijd"),
    s("jongere", "18 tot 21 jaar, alleen"),
    s("paar_jongeren", "beiden 18 tot 21, zonder kinderen"),
    s("paar_jongeren_kinderen", "beiden 18 tot 21, met kinderen"),
    s(
        "paar_jongere_volwassene",
        "een 18 tot 21, de ander ouder, zonder kinderen",
    ),
    s("paar_jongere_volwassene_kinderen", "idem, met kinderen"),
];

pub const VERMOGENSGRENS: &[Sleutel] = &[
    s("geldig_vanaf", "vanaf wanneer de grens geldt"),
    s("bron", "de wettekst van die datum"),
    s("alleenstaand", "alleen, zonder kinderen"),
    s("gezin", "met partner, of alleenstaande ouder"),
];

pub const GRENS: &[Sleutel] = &[
    s("id", "de id waarmee een voorwaarde de grens noemt"),
    s("naam", "de naam, zoals in de folder"),
    s("basis", "met_vakantiegeld of zonder_vakantiegeld"),
    s(
        "alleenstaande_ouder_procent_paar",
        "norm van een alleenstaande ouder als percentage van die van een paar",
    ),
    s("bron", "de regel of pagina van de gemeente"),
    s("artikel", "het artikel waar het percentage staat"),
    s("waarde", "de percentages per datum"),
];

pub const GRENS_WAARDE: &[Sleutel] = &[
    s("geldig_vanaf", "vanaf wanneer het percentage geldt"),
    s("procent", "het percentage van de norm"),
    s(
        "procent_met_kinderen",
        "het percentage met kinderen jonger dan 18",
    ),
    s("gemeente", "alleen in deze gemeente"),
    s("bron", "de bron van dit percentage"),
];

pub const VRAAG: &[Sleutel] = &[
    s("id", "de id van de vraag"),
    s(
        "soort",
        "ja_nee, keuze, meerkeuze, getal, bedrag of leeftijden",
    ),
    s("tekst", "de vraag zoals de inwoner die leest"),
    s("uitleg", "een korte hulp bij de vraag"),
    s("waarom", "waarom we dit vragen"),
    s("onderwerp", "voor de zin 'Dat hangt af van ...'"),
    s(
        "weet_ik_niet",
        "de tekst op de knop voor een onbekend antwoord",
    ),
    s("alleen_als", "stel de vraag alleen als dit klopt"),
    s("min", "het kleinste getal"),
    s("max", "het grootste getal"),
    s("opties", "de keuzes"),
];

pub const OPTIE: &[Sleutel] = &[
    s("waarde", "de id van de keuze"),
    s("tekst", "de keuze zoals de inwoner die leest"),
];

pub const REGELING: &[Sleutel] = &[
    s("id", "de id van de regeling"),
    s("naam", "de naam"),
    s("aanbieder", "wie de regeling geeft"),
    s("gemeente", "alleen voor inwoners van deze gemeente"),
    s(
        "categorie",
        "geld, zorg, wonen, school, meedoen, eten, schulden of werk",
    ),
    s("uitleg", "één zin in B1"),
    s("bron", "de wettelijke basis of officiële pagina"),
    s("geldig_vanaf", "vanaf wanneer de regeling bestaat"),
    s("geldig_tot", "tot en met wanneer de regeling bestaat"),
    s("ook_bekeken", "wat de gemeente ook nakijkt"),
    s("krijgt", "wat u krijgt"),
    s("aanvragen", "hoe u aanvraagt"),
    s("hulp", "wie helpt bij deze regeling"),
    s("voorwaarden", "de voorwaarden"),
];

pub const KRIJGT: &[Sleutel] = &[
    s("omschrijving", "wat u krijgt, in woorden"),
    s("bedrag", "een vast bedrag"),
    s("per_volwassene", "een bedrag per volwassene"),
    s("per_kind", "een bedrag per kind onder 18"),
    s("per", "jaar, maand of keer"),
    s("ongeveer", "true als het bedrag een schatting is"),
];

pub const AANVRAGEN: &[Sleutel] = &[
    s("link", "waar u aanvraagt"),
    s("telefoon", "telefoonnummer"),
    s("balie", "waar u kunt langskomen"),
    s("documenten", "hoogstens 3 documenten"),
    s("termijn", "wanneer u aanvraagt"),
];

pub const VOORWAARDE: &[Sleutel] = &[
    s("alle", "alles moet kloppen"),
    s("een_van", "ten minste één moet kloppen"),
    s("niet", "klopt als de voorwaarde erin niet klopt"),
    s("vraag", "de vraag waar de toets naar kijkt"),
    s("is", "het antwoord is gelijk aan"),
    s("is_een_van", "het antwoord is een van"),
    s("minstens", "het antwoord is minstens"),
    s("hoogstens", "het antwoord is hoogstens"),
    s("meer_dan", "het antwoord is meer dan"),
    s("minder_dan", "het antwoord is minder dan"),
    s("bevat", "de meerkeuze bevat"),
    s("inkomen_binnen", "het inkomen is niet hoger dan deze grens"),
    s(
        "vermogen_binnen_grens",
        "het spaargeld is niet hoger dan de vermogensgrens",
    ),
    s("zacht", "boven de grens misschien, nooit nee"),
    s("artikel", "de wettelijke grond"),
    s("kind_van", "een kind van minstens deze leeftijd"),
    s("kind_tot_en_met", "en hoogstens deze leeftijd"),
    s("kinderen_minstens", "minstens zoveel kinderen"),
    s("onder_aow_leeftijd", "jonger dan de AOW-leeftijd"),
    s("tekst", "wat er waar moet zijn"),
    s("tekst_nee", "wat de inwoner leest als het niet klopt"),
];

pub const VOORBEELD: &[Sleutel] = &[
    s("naam", "een zin die het huishouden beschrijft"),
    s("datum", "de rekendatum"),
    s("antwoorden", "de antwoorden per vraag-id"),
    s("verwacht", "de uitkomst per regeling"),
];

/// Every section, for the tests that hold the schema and the manual to these keys.
pub const SECTIES: &[Sectie] = &[
    Sectie {
        naam: "bestand",
        schema: "",
        sleutels: BESTAND,
    },
    Sectie {
        naam: "meta",
        schema: "/properties/meta",
        sleutels: META,
    },
    Sectie {
        naam: "hulp",
        schema: "/$defs/hulp",
        sleutels: HULP,
    },
    Sectie {
        naam: "gemeente",
        schema: "/properties/gemeente/items",
        sleutels: GEMEENTE,
    },
    Sectie {
        naam: "norm",
        schema: "/properties/norm/items",
        sleutels: NORM,
    },
    Sectie {
        naam: "vermogensgrens",
        schema: "/properties/vermogensgrens/items",
        sleutels: VERMOGENSGRENS,
    },
    Sectie {
        naam: "grens",
        schema: "/properties/grens/items",
        sleutels: GRENS,
    },
    Sectie {
        naam: "grens.waarde",
        schema: "/properties/grens/items/properties/waarde/items",
        sleutels: GRENS_WAARDE,
    },
    Sectie {
        naam: "vraag",
        schema: "/properties/vraag/items",
        sleutels: VRAAG,
    },
    Sectie {
        naam: "vraag.opties",
        schema: "/properties/vraag/items/properties/opties/items",
        sleutels: OPTIE,
    },
    Sectie {
        naam: "regeling",
        schema: "/properties/regeling/items",
        sleutels: REGELING,
    },
    Sectie {
        naam: "regeling.krijgt",
        schema: "/properties/regeling/items/properties/krijgt",
        sleutels: KRIJGT,
    },
    Sectie {
        naam: "regeling.aanvragen",
        schema: "/properties/regeling/items/properties/aanvragen",
        sleutels: AANVRAGEN,
    },
    Sectie {
        naam: "voorwaarde",
        schema: "/$defs/voorwaarde",
        sleutels: VOORWAARDE,
    },
    Sectie {
        naam: "voorbeeld",
        schema: "/properties/voorbeeld/items",
        sleutels: VOORBEELD,
    },
];

/// The names of a section's keys, as the reader allows them.
pub fn namen(sleutels: &[Sleutel]) -> Vec<&'static str> {
    sleutels.iter().map(|k| k.naam).collect()
}
