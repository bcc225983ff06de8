//! Check your answers: every answer said back in plain words, with "Wijzigen" per answer. After a change the
//! resident comes back here, and the list is derived again from the answers.

use crate::app::handle::use_wizard;
use crate::app::parts::antwoorden_lijst::AntwoordenLijst;
use crate::app::parts::wissen::Wissen;
use crate::rules::vertaling::t;
use crate::wizard::stap::{terug_van_controle, Stap};
use crate::wizard::tekst::kop_controle;
use leptos::prelude::*;

#[component]
pub fn Controle() -> impl IntoView {
    let w = use_wizard();
    let terug = move |_| w.naar(w.pad.with_untracked(terug_van_controle));
    view! {
        <section class="pw-scherm pw-controle" aria-labelledby="pw-controle-kop">
            <button type="button" class="pw-terug" on:click=terug>{t("Vorige vraag")}</button>
            <h1 id="pw-controle-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop_controle()}</h1>
            <p>{t("Hieronder staan uw antwoorden. Klopt er iets niet? Kies dan 'Wijzigen'.")}</p>
            <AntwoordenLijst met_wijzigen=true/>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| w.naar(Stap::Lijst)>
                    {t("Bekijk mijn lijst")}
                </button>
            </div>
            <Wissen/>
        </section>
    }
}
