//! The start screen as in index.html, repeated while the regulations file loads (its buttons wait for it).

use crate::app::parts::contact::Telefoon;
use crate::app::parts::hulp_altijd::bel_zin;
use crate::app::parts::start_uitleg::{hint_samen, start_uitleg};
use crate::rules::vertaling::t;
use crate::wizard::instellingen::Instellingen;
use crate::wizard::tekst::kop_start;
use leptos::prelude::*;

/// The start screen as in index.html, shown while the regulations file loads (buttons wait for it).
#[component]
pub fn StartLaden(instellingen: StoredValue<Instellingen>) -> impl IntoView {
    let (naam, telefoon) =
        instellingen.with_value(|i| (i.hulp_naam.clone(), i.hulp_telefoon.clone()));
    view! {
        <section class="pw-scherm pw-start" aria-labelledby="pw-start-kop" aria-busy="true">
            <h1 id="pw-start-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop_start()}</h1>
            {start_uitleg()}
            <div class="pw-start__keuzes">
                <div class="pw-start__keuze">
                    <button type="button" class="pw-knop pw-knop--primair" disabled=true>{t("Zelf invullen")}</button>
                </div>
                <div class="pw-start__keuze">
                    <button type="button" class="pw-knop pw-knop--secundair" disabled=true>
                        {t("Samen met een hulpverlener")}
                    </button>
                    <p class="pw-hint">{hint_samen()}</p>
                </div>
            </div>
            <p class="pw-laden">{t("Even geduld, de vragen worden geladen.")}</p>
            {telefoon.map(|tel| {
                let naam = naam.unwrap_or_else(|| t("de gemeente"));
                let (voor, na) = bel_zin(&naam);
                view! { <p class="pw-start__bellen">{voor} <Telefoon telefoon=tel/> {na}</p> }
            })}
        </section>
    }
}
