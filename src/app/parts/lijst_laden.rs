//! In the place of the municipality question (or the one-page view) while the list of municipalities is still on
//! its way, or when it could not be fetched: the resident reads what is happening and can try again.

use crate::app::handle::{use_wizard, LijstStaat};
use crate::app::lijst::haal_lijst;
use crate::rules::vertaling::t;
use crate::rules::Antwoord;
use leptos::prelude::*;

/// `vraag`: in the place of the municipality question (opened from the check-your-answers page when `wijzigen`),
/// which can then also be passed: the list shows the national regulations, and says why.
#[component]
pub fn LijstLaden(
    #[prop(optional)] vraag: bool,
    #[prop(optional)] wijzigen: bool,
) -> impl IntoView {
    let w = use_wizard();
    let kop = w
        .regels()
        .vragen
        .iter()
        .find(|v| v.id == "gemeente")
        .map_or_else(|| t("In welke gemeente woont u?"), |v| v.tekst.clone());
    view! {
        <section class="pw-scherm pw-vraag" aria-labelledby="pw-lijst-laden-kop">
            <h1 id="pw-lijst-laden-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop}</h1>
            {move || match w.lijst.get() {
                LijstStaat::Mislukt => view! {
                    <div class="pw-melding" role="alert">
                        <p>{t("Het lukte niet om de lijst van gemeenten op te halen. Dat ligt niet aan u.")}</p>
                        <button type="button" class="pw-knop" on:click=move |_| haal_lijst(w)>
                            {t("Probeer het opnieuw")}
                        </button>
                        {vraag.then(|| view! {
                            <button
                                type="button"
                                class="pw-knop pw-knop--secundair"
                                on:click=move |_| w.beantwoord("gemeente", Antwoord::WeetIkNiet, wijzigen)
                            >
                                {t("Ga verder zonder uw gemeente")}
                            </button>
                        })}
                    </div>
                }
                    .into_any(),
                _ => view! {
                    <p class="pw-melding" role="status">{t("We halen de lijst van gemeenten op.")}</p>
                }
                    .into_any(),
            }}
        </section>
    }
}
