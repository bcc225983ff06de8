//! On the list: while the municipality's own file is still on its way, or when it could not be fetched, the
//! resident reads that the list has only the national regulations for now, and can try again. Someone who does
//! not know their municipality reads why only national regulations are listed.

use crate::app::gemeente::haal;
use crate::app::handle::{use_wizard, GemeenteBestand};
use crate::rules::vertaling::t;
use crate::rules::Antwoord;
use leptos::prelude::*;

#[component]
pub fn GemeenteLaden() -> impl IntoView {
    let w = use_wizard();
    let onbekend = move || {
        w.pad
            .with(|p| matches!(p.geldig.get("gemeente"), Some(Antwoord::WeetIkNiet)))
    };
    move || {
        match w.gemeente_bestand.get() {
        GemeenteBestand::Klaar if onbekend() => view! {
            <p class="pw-melding">
                {t("U weet niet in welke gemeente u woont. Daarom staan hier alleen de regelingen voor heel Nederland. Elke gemeente heeft ook eigen regelingen. Weet u uw gemeente later wel? Verander dan uw antwoord.")}
            </p>
        }
        .into_any(),
        GemeenteBestand::Klaar => ().into_any(),
        GemeenteBestand::Bezig(_) => view! {
            <p class="pw-melding" role="status">
                {t("We halen de regelingen van uw gemeente nog op. Zo komen ze in deze lijst.")}
            </p>
        }
        .into_any(),
        GemeenteBestand::Mislukt(gemeente) => view! {
            <div class="pw-melding" role="alert">
                <p>
                    {t("Het lukte niet om de regelingen van uw gemeente op te halen. Dat ligt niet aan u. Hieronder staan nu alleen de landelijke regelingen.")}
                </p>
                <button type="button" class="pw-knop" on:click=move |_| haal(w, gemeente.clone())>
                    {t("Probeer het opnieuw")}
                </button>
            </div>
        }
        .into_any(),
    }
    }
}
