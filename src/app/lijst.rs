//! The index of municipalities (`gemeenten.toml`, named by `[meta] gemeenten`): fetched only when the municipality
//! question is asked. That is on the standalone page when no municipality is known (no `data-gemeente`, no stored
//! answer or hand-over link naming one), or later when the resident opens that question or the one-page view. A
//! municipality's own page never fetches it: there the national file and that municipality's file are enough.

use super::gemeente::naast_regels;
use super::handle::{LijstStaat, Wizard};
use super::{dom, haal_bestand, mark, Ophalen};
use crate::rules::{add_lijst, load_lijst, LijstGemeente};
use crate::wizard::stap::Stap;
use leptos::prelude::*;
use std::sync::Arc;

/// Whether the resident will be asked in which municipality they live: the index is needed for its options.
fn vraag_komt(w: Wizard) -> bool {
    if w.vast.with_value(|v| v.contains_key("gemeente")) {
        return false;
    }
    match w.scherm.get() {
        Stap::Gedeeld(_) => false,
        Stap::Vraag { id, .. } if id == "gemeente" => true,
        Stap::Alles => true,
        _ => !w.antwoorden.with(|a| a.contains_key("gemeente")),
    }
}

/// Fetches the index as soon as the municipality question is going to be asked (once; after a failure the
/// question's place offers to try again).
pub fn volg_lijst(w: Wizard) {
    // An effect: fetching a file is a side effect outside the reactive system.
    Effect::new(move |_| {
        if w.regels_nl.with(|r| r.alle_gemeenten_bekend()) || !vraag_komt(w) {
            return;
        }
        if matches!(w.lijst.get_untracked(), LijstStaat::Niet) {
            haal_lijst(w);
        }
    });
}

/// Fetches the index (again) and adds it to the rules.
pub fn haal_lijst(w: Wizard) {
    let Some(pad) = w.regels_nl.with_untracked(|r| r.meta.gemeenten.clone()) else {
        return;
    };
    w.lijst.set(LijstStaat::Bezig);
    let url = w.instellingen.with_value(|i| i.regels_url.clone());
    leptos::task::spawn_local(async move {
        match lees(&url, &pad).await {
            Ok(lijst) => {
                let lijst = Arc::new(lijst);
                // the rules as they are now: a municipality's file may have arrived meanwhile
                let mut nieuw = (*w.regels_nl.get_untracked()).clone();
                add_lijst(&mut nieuw, &lijst);
                w.lijst.set(LijstStaat::Klaar(lijst));
                w.regels_nl.set(Arc::new(nieuw));
            }
            Err(e) => {
                dom::console_fout(&e);
                w.lijst.set(LijstStaat::Mislukt);
            }
        }
    });
}

async fn lees(regels_url: &str, pad: &str) -> Result<Vec<LijstGemeente>, String> {
    let url = naast_regels(regels_url, pad)
        .ok_or_else(|| format!("no address for {pad} next to {regels_url}"))?;
    let ophalen = mark::Span::new(mark::FETCH_LIJST);
    let tekst = haal_bestand(&url).await.map_err(|e| match e {
        Ophalen::NietGevonden(e) | Ophalen::Mislukt(e) => e,
    })?;
    drop(ophalen);
    let _lezen = mark::Span::new(mark::READ_LIJST);
    load_lijst(pad, &tekst).map_err(|e| format!("{url} is not valid:\n{e}"))
}
