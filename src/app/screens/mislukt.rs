//! When the regulations file is missing or invalid: a calm message and a phone number, never a blank page.
//! The technical reason is in the browser console only.

use crate::app::parts::hulp_altijd::BelZin;
use crate::wizard::instellingen::Instellingen;
use leptos::prelude::*;

const KOP: &str = "Het lukt nu even niet";

#[component]
pub fn Mislukt(
    instellingen: StoredValue<Instellingen>,
    opnieuw: Callback<()>,
    aankondiging: RwSignal<String>,
) -> impl IntoView {
    let (naam, telefoon) = instellingen.with_value(|i| {
        (
            i.hulp_naam
                .clone()
                .unwrap_or_else(|| "de gemeente".to_string()),
            i.hulp_telefoon.clone(),
        )
    });
    request_animation_frame(move || {
        aankondiging.set(format!("{KOP}. De Potjeswijzer kan nu niet starten."));
    });
    view! {
        <section class="pw-scherm pw-fout" aria-labelledby="pw-fout-kop">
            <h1 id="pw-fout-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{KOP}</h1>
            <p>"De Potjeswijzer kan nu niet starten. Dat ligt niet aan u."</p>
            <p>"Probeer het straks nog eens."</p>
            <BelZin naam telefoon/>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| opnieuw.run(())>
                    "Opnieuw proberen"
                </button>
            </div>
        </section>
    }
}
