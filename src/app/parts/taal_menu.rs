//! The language menu above every screen: each language named in itself, with its own `lang` so a screen reader
//! pronounces it. Choosing one switches the texts in place; the answers and the step stay.

use crate::app::handle::use_wizard;
use crate::rules::vertaling::{t, NEDERLANDS, TALEN};
use leptos::prelude::*;

#[component]
pub fn TaalMenu() -> impl IntoView {
    let w = use_wizard();
    let staat = w.taal;
    let knoppen = TALEN
        .iter()
        .map(|taal| {
            let code = taal.code;
            let gekozen = move || staat.in_gebruik().code == code;
            view! {
                <button
                    type="button"
                    class="pw-taal"
                    lang=code
                    dir=if taal.rechts_naar_links { "rtl" } else { "ltr" }
                    aria-pressed=move || gekozen().to_string()
                    on:click=move |_| {
                        if !gekozen() {
                            staat.kies(code, w.regels_nl.get_untracked(), w.modus.get_untracked());
                        }
                    }
                >
                    {taal.naam}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="pw-talen pw-niet-print">
            <div class="pw-taal-knoppen" role="group" aria-label="Taal · Language">
                {knoppen}
            </div>
            {move || {
                staat.vertalingen.track();
                staat.mislukt.get().then(|| view! {
                    <p class="pw-melding" role="alert">
                        {t("Deze taal kon niet worden geladen. Probeer het opnieuw.")}
                    </p>
                })
            }}
            {move || {
                (staat.in_gebruik() != NEDERLANDS).then(|| view! {
                    <p class="pw-klein pw-taal-geldt">
                        {t("Alleen de Nederlandse tekst is officieel.")}
                    </p>
                })
            }}
        </div>
    }
}
