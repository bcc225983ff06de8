//! The own file of the resident's municipality (`gemeenten/leiden.toml`): fetched as soon as the municipality is
//! known (a host page's `data-gemeente`, a stored answer, or the answer to the first question) and added to the
//! national rules. Nothing of another municipality is fetched.

use super::handle::{GemeenteBestand, LijstStaat, Wizard};
use super::{dom, haal_bestand, mark, Ophalen};
use crate::rules::{add_gemeente, add_lijst, Regels};
use crate::wizard::hulp::gemeente_van;
use leptos::prelude::*;
use std::sync::Arc;

/// The address of a file named relative to the national file (a municipality's file, the index).
pub fn naast_regels(regels_url: &str, bestand: &str) -> Option<String> {
    let pagina = web_sys::window()?.location().href().ok()?;
    let landelijk = web_sys::Url::new_with_base(regels_url, &pagina).ok()?;
    let eigen = web_sys::Url::new_with_base(bestand, &landelijk.href()).ok()?;
    Some(eigen.href())
}

/// The rules with the file of `gemeente` added; `None` when that municipality has no file still to fetch.
pub async fn met_gemeente(
    regels: &Regels,
    regels_url: &str,
    gemeente: &str,
) -> Result<Option<Regels>, Ophalen> {
    let Some(bestand) = regels.bestand_nodig(gemeente) else {
        return Ok(None);
    };
    let url = naast_regels(regels_url, &bestand).ok_or_else(|| {
        Ophalen::Mislukt(format!("no address for {bestand} next to {regels_url}"))
    })?;
    let ophalen = mark::Span::new(mark::FETCH_GEMEENTE);
    let tekst = haal_bestand(&url).await?;
    drop(ophalen);
    let _lezen = mark::Span::new(mark::READ_GEMEENTE);
    let mut nieuw = regels.clone();
    add_gemeente(&mut nieuw, gemeente, &bestand, &tekst)
        .map_err(|e| Ophalen::Mislukt(format!("{url} is not valid:\n{e}")))?;
    Ok(Some(nieuw))
}

/// The municipality among the answers whose file still has to be fetched.
fn nodig(w: Wizard) -> Option<String> {
    let gemeente = w.pad.with(|p| gemeente_van(&p.geldig))?;
    w.regels_nl
        .with(|r| r.bestand_nodig(&gemeente).is_some())
        .then_some(gemeente)
}

/// Keeps the rules complete for the resident's municipality: once it is known, its file is fetched (once; after
/// a failure the list offers to try again).
pub fn volg_gemeente(w: Wizard) {
    // An effect: fetching a file is a side effect outside the reactive system.
    Effect::new(move |_| {
        let Some(gemeente) = nodig(w) else {
            return;
        };
        let al_gevraagd = w.gemeente_bestand.with_untracked(|s| match s {
            GemeenteBestand::Bezig(g) | GemeenteBestand::Mislukt(g) => *g == gemeente,
            GemeenteBestand::Klaar => false,
        });
        if !al_gevraagd {
            haal(w, gemeente);
        }
    });
}

/// Fetches the file of `gemeente` if the rules do not have it yet (a hand-over link opened on this page).
pub fn haal_als_nodig(w: Wizard, gemeente: String) {
    if w.regels_nl
        .with_untracked(|r| r.bestand_nodig(&gemeente).is_some())
    {
        haal(w, gemeente);
    }
}

/// Fetches the file of `gemeente` (again) and adds it to the rules.
pub fn haal(w: Wizard, gemeente: String) {
    w.gemeente_bestand
        .set(GemeenteBestand::Bezig(gemeente.clone()));
    let url = w.instellingen.with_value(|i| i.regels_url.clone());
    leptos::task::spawn_local(async move {
        let regels = w.regels_nl.get_untracked();
        match met_gemeente(&regels, &url, &gemeente).await {
            Ok(nieuw) => {
                if let Some(mut nieuw) = nieuw {
                    // the index of municipalities may have arrived while this file was on its way
                    if let (LijstStaat::Klaar(lijst), false) =
                        (w.lijst.get_untracked(), nieuw.lijst_toegevoegd)
                    {
                        add_lijst(&mut nieuw, &lijst);
                    }
                    w.regels_nl.set(Arc::new(nieuw));
                }
                w.gemeente_bestand.set(GemeenteBestand::Klaar);
            }
            // No such municipality (a hand-over link naming one that does not take part): national only.
            Err(Ophalen::NietGevonden(e)) => {
                dom::console_fout(&e);
                w.gemeente_bestand.set(GemeenteBestand::Klaar);
            }
            Err(Ophalen::Mislukt(e)) => {
                dom::console_fout(&e);
                w.gemeente_bestand.set(GemeenteBestand::Mislukt(gemeente));
            }
        }
    });
}
