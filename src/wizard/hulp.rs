//! Who helps: the list always ends with where to get help anyway, so no result is a dead end. Contacts come
//! from the regulations file: the municipality's help (e.g. the WIJ team), debt help and Stichting Leergeld as
//! far as the file has them, and the general help from `[meta]`.

use crate::rules::vertaling::{t, tf};
use crate::rules::{answer_fits, Antwoord, Antwoorden, Datum, Hulp, Regeling, Regels, Soort};

/// The municipality id among the answers, if known.
pub fn gemeente_van(antwoorden: &Antwoorden) -> Option<String> {
    match antwoorden.get("gemeente") {
        Some(Antwoord::Keuze(g)) => Some(g.clone()),
        _ => None,
    }
}

/// Who helps in this municipality; the general help from `[meta]` when the municipality is not known.
pub fn hulp_voor(regels: &Regels, gemeente: Option<&str>) -> Hulp {
    gemeente
        .and_then(|id| regels.gemeenten.iter().find(|g| g.id == id))
        .and_then(|g| g.hulp.clone())
        .unwrap_or_else(|| regels.meta.hulp.clone())
}

/// The hint under "Samen met een hulpverlener", with the help team's name from the file once the
/// municipality is known (never another municipality's team, such as "WIJ" on Leiden's page).
pub fn hint_samen(regels: &Regels, gemeente: Option<&str>) -> String {
    let vraag = t("Vult u dit in met een hulpverlener of vrijwilliger?");
    let slot = t("Dan bewaart dit apparaat niets als u klaar bent.");
    match gemeente
        .and_then(|id| regels.gemeenten.iter().find(|g| g.id == id))
        .and_then(|g| g.hulp.as_ref())
    {
        Some(hulp) => format!(
            "{vraag} {} {slot}",
            tf("Bijvoorbeeld van {naam}.", &[("naam", &hulp.naam)])
        ),
        None => format!("{vraag} {slot}"),
    }
}

/// Regulations that apply here today (national ones, and the municipality's own when it is known).
fn geldig_hier<'a>(
    regels: &'a Regels,
    gemeente: Option<&'a str>,
    datum: Datum,
) -> impl Iterator<Item = &'a Regeling> + 'a {
    regels.regelingen.iter().filter(move |r| {
        r.is_valid_on(datum)
            && match (&r.gemeente, gemeente) {
                (Some(g), Some(hier)) => g == hier,
                (Some(_), None) => false,
                (None, _) => true,
            }
    })
}

/// The contact for a regulation: its own help, else how to apply.
fn contact_van(regeling: &Regeling) -> Option<Hulp> {
    if let Some(h) = &regeling.hulp {
        return Some(h.clone());
    }
    let a = &regeling.aanvragen;
    (a.telefoon.is_some() || a.link.is_some() || a.balie.is_some()).then(|| Hulp {
        naam: regeling.aanbieder.clone(),
        telefoon: a.telefoon.clone(),
        tijden: None,
        link: a.link.clone(),
        balie: a.balie.clone(),
    })
}

/// One help entry: a sentence saying when to go there, and the contact.
#[derive(Clone, Debug, PartialEq)]
pub struct HulpRegel {
    pub wanneer: String,
    pub hulp: Hulp,
}

/// Everything for the "Hulp nodig?" section, most general first, without duplicates.
pub fn hulp_regels(regels: &Regels, gemeente: Option<&str>, datum: Datum) -> Vec<HulpRegel> {
    let mut uit: Vec<HulpRegel> = Vec::new();
    let mut voeg_toe = |wanneer: String, hulp: Hulp| {
        if !uit.iter().any(|r| r.hulp == hulp) {
            uit.push(HulpRegel { wanneer, hulp });
        }
    };
    let eigen = hulp_voor(regels, gemeente);
    voeg_toe(
        t("Vragen over deze lijst, of past er niets? Zij helpen u gratis. Ook met aanvragen."),
        eigen,
    );
    if let Some(h) = geldig_hier(regels, gemeente, datum)
        .filter(|r| r.categorie == "schulden")
        .find_map(contact_van)
    {
        voeg_toe(
            t("Heeft u rekeningen die u niet kunt betalen? Vraag dan om schuldhulp. Dat is gratis."),
            h,
        );
    }
    if let Some(h) = geldig_hier(regels, gemeente, datum)
        .filter(|r| r.aanbieder.to_lowercase().contains("leergeld"))
        .find_map(contact_van)
    {
        voeg_toe(
            t("Heeft u kinderen? Stichting Leergeld helpt met spullen voor school en sport."),
            h,
        );
    }
    voeg_toe(
        t("Vragen over geld, regels of een brief? Hier krijgt u gratis advies."),
        regels.meta.hulp.clone(),
    );
    uit
}

/// The preset answers: the municipality from `data-gemeente`, if the regulations file has it. Otherwise none, and
/// a note for the browser console.
pub fn vaste_antwoorden(regels: &Regels, gemeente: Option<&str>) -> (Antwoorden, Option<String>) {
    let mut vast = Antwoorden::new();
    let Some(gemeente) = gemeente else {
        return (vast, None);
    };
    let antwoord = Antwoord::Keuze(gemeente.to_string());
    match regels.vragen.iter().find(|v| v.id == "gemeente") {
        Some(vraag) if vraag.soort == Soort::Keuze && answer_fits(vraag, &antwoord) => {
            vast.insert("gemeente".to_string(), antwoord);
            (vast, None)
        }
        _ => (
            vast,
            Some(format!(
                "data-gemeente=\"{gemeente}\" is not a municipality that takes part (not in the regulations' list of municipalities, or no gemeenten/{gemeente}.toml next to the regulations file); it is ignored and the wizard asks for the municipality"
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::testdata::{datum, regels};

    #[test]
    fn the_kitchen_table_hint_names_this_municipalitys_team_or_none() {
        let r = regels();
        let leiden = hint_samen(&r, Some("leiden"));
        assert!(
            leiden.contains("Bijvoorbeeld van Gemeente Leiden"),
            "{leiden}"
        );
        for (gemeente, tekst) in [
            (Some("leiden"), leiden),
            (
                Some("westerkwartier"),
                hint_samen(&r, Some("westerkwartier")),
            ),
            (None, hint_samen(&r, None)),
        ] {
            assert!(!tekst.contains("WIJ"), "{gemeente:?}: {tekst}");
        }
        assert!(hint_samen(&r, Some("groningen")).contains("WIJ Groningen"));
    }

    #[test]
    fn a_preset_municipality_must_exist_in_the_file() {
        let r = regels();
        let (vast, fout) = vaste_antwoorden(&r, Some("leiden"));
        assert_eq!(gemeente_van(&vast).as_deref(), Some("leiden"));
        assert_eq!(fout, None);
        let (vast, fout) = vaste_antwoorden(&r, Some("atlantis"));
        assert!(vast.is_empty());
        assert!(fout.is_some_and(|f| f.contains("atlantis")));
        assert_eq!(vaste_antwoorden(&r, None), (Antwoorden::new(), None));
    }

    #[test]
    fn help_starts_with_the_municipality_ends_with_general_advice_and_never_repeats() {
        let r = regels();
        let groningen = hulp_regels(&r, Some("groningen"), datum());
        let eigen = hulp_voor(&r, Some("groningen"));
        assert_eq!(groningen.first().map(|h| &h.hulp), Some(&eigen));
        assert_eq!(groningen.last().map(|h| &h.hulp), Some(&r.meta.hulp));
        for (i, h) in groningen.iter().enumerate() {
            assert!(groningen[..i].iter().all(|e| e.hulp != h.hulp));
        }
        // Without a municipality only national help: the general help stands in for the municipality's.
        assert_eq!(hulp_voor(&r, None), r.meta.hulp);
        assert_eq!(hulp_voor(&r, Some("atlantis")), r.meta.hulp);
        let nergens = hulp_regels(&r, None, datum());
        assert_eq!(nergens.first().map(|h| &h.hulp), Some(&r.meta.hulp));
        let mut a = Antwoorden::new();
        a.insert("gemeente".into(), Antwoord::JaNee(true));
        assert_eq!(gemeente_van(&a), None);
    }
}
