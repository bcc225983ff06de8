//! What the start screen says before the two ways in; the same while loading and when ready.

use crate::rules::vertaling::t;
use leptos::prelude::*;

/// Until the municipality is known: no team name of one municipality on another's page.
pub fn hint_samen() -> String {
    t("Vult u dit in met een hulpverlener of vrijwilliger? Dan bewaart dit apparaat niets als u klaar bent.")
}

pub fn start_uitleg() -> impl IntoView {
    view! {
        <p class="pw-inleiding">
            {t("Heeft u weinig geld? Dan kunt u misschien hulp krijgen. Bijvoorbeeld geld voor zorg, school of sport.")}
        </p>
        <p>
            {t("Beantwoord een paar vragen. Dan ziet u welke regelingen waarschijnlijk bij u passen. En hoe u ze aanvraagt.")}
        </p>
        <ul class="pw-start__punten">
            <li>{t("Het zijn hooguit 15 korte vragen. Dat duurt ongeveer 5 minuten. U kunt altijd stoppen en later verder gaan.")}</li>
            <li>{t("Uw antwoorden blijven op dit apparaat. Niemand anders ziet ze.")}</li>
            <li>{t("Weet u iets niet? Dat is niet erg. Bij elke vraag kunt u kiezen voor 'Weet ik niet'.")}</li>
        </ul>
    }
}
