//! When the regulations file is missing or invalid: a calm message and a phone number, never a blank page.
//! The technical reason is in the browser console only.

use crate::app::parts::hulp_altijd::BelZin;
use crate::rules::vertaling::t;
use crate::wizard::instellingen::Instellingen;
use leptos::prelude::*;

#[component]
pub fn Mislukt(
    instellingen: StoredValue<Instellingen>,
    opnieuw: Callback<()>,
    aankondiging: RwSignal<String>,
) -> impl IntoView {
    let (naam, telefoon) = instellingen.with_value(|i| {
        (
            i.hulp_naam.clone().unwrap_or_else(|| t("de gemeente")),
            i.hulp_telefoon.clone(),
        )
    });
    request_animation_frame(move || {
        aankondiging.set(format!(
            "{}. {}",
            t("Het lukt nu even niet"),
            t("De Potjeswijzer kan nu niet starten.")
        ));
    });
    view! {
        <section class="pw-scherm pw-fout" aria-labelledby="pw-fout-kop">
            <h1 id="pw-fout-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{t("Het lukt nu even niet")}</h1>
            <p>{t("De Potjeswijzer kan nu niet starten.")} " " {t("Dat ligt niet aan u.")}</p>
            <p>{t("Probeer het straks nog eens.")}</p>
            <BelZin naam telefoon/>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| opnieuw.run(())>
                    {t("Opnieuw proberen")}
                </button>
            </div>
        </section>
    }
}
