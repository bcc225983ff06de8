//! "Hulp nodig?": the list always ends with where to get help anyway, so no result is a dead end.
//! Contacts come from the regulations file: the municipality's help (e.g. the WIJ team), debt help and
//! Stichting Leergeld as far as the file has them, and the general help from `[meta]`.

use super::contact::{Contact, Telefoon};
use crate::rules::{Antwoord, Antwoorden, Datum, Hulp, Regeling, Regels};
use leptos::prelude::*;

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
        .map(|g| g.hulp.clone())
        .unwrap_or_else(|| regels.meta.hulp.clone())
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
        "Vragen over deze lijst, of past er niets? Zij helpen u gratis. Ook met aanvragen."
            .to_string(),
        eigen,
    );
    if let Some(h) = geldig_hier(regels, gemeente, datum)
        .filter(|r| r.categorie == "schulden")
        .find_map(contact_van)
    {
        voeg_toe(
            "Heeft u rekeningen die u niet kunt betalen? Vraag dan om schuldhulp. Dat is gratis."
                .to_string(),
            h,
        );
    }
    if let Some(h) = geldig_hier(regels, gemeente, datum)
        .filter(|r| r.aanbieder.to_lowercase().contains("leergeld"))
        .find_map(contact_van)
    {
        voeg_toe(
            "Heeft u kinderen? Stichting Leergeld helpt met spullen voor school en sport."
                .to_string(),
            h,
        );
    }
    voeg_toe(
        "Vragen over geld, regels of een brief? Hier krijgt u gratis advies.".to_string(),
        regels.meta.hulp.clone(),
    );
    uit
}

/// The closing section of every list.
#[component]
pub fn HulpAltijd(regels: Vec<HulpRegel>) -> impl IntoView {
    view! {
        <section class="pw-hulp" aria-labelledby="pw-hulp-kop">
            <h2 id="pw-hulp-kop">"Hulp nodig? U staat er niet alleen voor"</h2>
            <ul>
                {regels
                    .into_iter()
                    .map(|r| view! {
                        <li>
                            <p>{r.wanneer}</p>
                            <Contact hulp=r.hulp/>
                        </li>
                    })
                    .collect_view()}
                <li>
                    <p>
                        "Ook de sociaal raadslieden in uw gemeente helpen gratis. Bijvoorbeeld met formulieren en brieven."
                    </p>
                </li>
            </ul>
        </section>
    }
}

/// A one-line "call us" for failure screens.
#[component]
pub fn BelZin(naam: String, telefoon: Option<String>) -> impl IntoView {
    match telefoon {
        Some(t) => {
            view! { <p>"Bel " {naam} ": " <Telefoon telefoon=t/> ". Zij helpen u verder."</p> }
                .into_any()
        }
        None => view! { <p>"Neem contact op met " {naam} ". Zij helpen u verder."</p> }.into_any(),
    }
}
