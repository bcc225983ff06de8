//! The notice that this device cannot keep the answers.

use super::contact::Telefoon;
use crate::app::handle::use_wizard;
use crate::app::parts::hulp_altijd::bel_zin;
use crate::rules::vertaling::t;
use crate::wizard::hulp::hulp_voor;
use leptos::prelude::*;

/// Shown when this device cannot keep the answers: the wizard still works, but closing the page loses them.
#[component]
pub fn OpslagMelding() -> impl IntoView {
    let w = use_wizard();
    let hulp = hulp_voor(&w.regels(), w.gemeente().as_deref());
    view! {
        <div class="pw-melding pw-melding--scherm" role="note">
            <p>
                {t("Dit apparaat kan uw antwoorden nu niet bewaren. U kunt de vragen wel gewoon beantwoorden. Maar als u de pagina sluit, zijn uw antwoorden weg.")}
            </p>
            {hulp.telefoon.map(|tel| {
                let (voor, na) = bel_zin(&hulp.naam);
                view! { <p>{voor} <Telefoon telefoon=tel/> {na}</p> }
            })}
        </div>
    }
}
