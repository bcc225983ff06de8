//! "Wis mijn antwoorden": wipes everything after one confirmation, in the page (no window.confirm).

use crate::app::dom;
use crate::app::handle::use_wizard;
use crate::rules::vertaling::t;
use leptos::prelude::*;

#[component]
pub fn Wissen(
    /// The button text; in kitchen-table mode "Klaar? Wis alles van dit apparaat".
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let w = use_wizard();
    let vragen = RwSignal::new(false);
    let label = label.unwrap_or_else(|| t("Wis mijn antwoorden"));

    let open = move |_| {
        vragen.set(true);
        dom::focus_later(None, "#pw-wissen-vraag");
    };
    let annuleer = move |_| {
        vragen.set(false);
        dom::focus_later(None, "#pw-wissen-knop");
    };

    view! {
        <div class="pw-wissen">
            {move || {
                if vragen.get() {
                    view! {
                        <div class="pw-melding" role="group" aria-labelledby="pw-wissen-vraag">
                            <p id="pw-wissen-vraag" tabindex="-1">
                                <strong>{t("Weet u het zeker?")}</strong>
                                " "
                                {t("Dan wissen we al uw antwoorden van dit apparaat. Dat kunt u niet terugdraaien.")}
                            </p>
                            <div class="pw-knoppen">
                                <button type="button" class="pw-knop pw-wissen-ja" on:click=move |_| w.wis()>
                                    {t("Ja, wis alles")}
                                </button>
                                <button type="button" class="pw-knop pw-knop--secundair" on:click=annuleer>
                                    {t("Nee, niet wissen")}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                } else {
                    let label = label.clone();
                    view! {
                        <button type="button" id="pw-wissen-knop" class="pw-knop pw-knop--link" on:click=open>
                            {label}
                        </button>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
