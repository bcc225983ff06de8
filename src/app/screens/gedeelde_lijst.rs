//! The read-only list opened from a hand-over link or QR code (`#lijst=a,b`): only regulation ids travel, so
//! this shows what each regulation is, how to apply and who helps, without any answers. Unknown ids are ignored.

use crate::app::dom;
use crate::app::handle::use_wizard;
use crate::app::parts::hulp_altijd::HulpAltijd;
use crate::app::parts::regeling_kaart::RegelingKaart;
use crate::rules::vertaling::t;
use crate::rules::{evaluate, Antwoorden};
use crate::wizard::hulp::hulp_regels;
use crate::wizard::lijst::gedeelde_uitkomsten;
use crate::wizard::stap::{Modus, Stap};
use crate::wizard::tekst::kop_lijst;
use leptos::prelude::*;

#[component]
pub fn GedeeldeLijst(ids: Vec<String>) -> impl IntoView {
    let w = use_wizard();
    let regels = w.regels();
    // Without answers every regulation valid today is in the outcome (as "misschien"); pick the linked ones.
    let uitslag = evaluate(&regels, &Antwoorden::new(), w.datum);
    let lijst = gedeelde_uitkomsten(&uitslag.uitkomsten, &ids);
    // The municipality follows from the regulations themselves; the link never says where someone lives.
    let gemeente = lijst.iter().find_map(|u| u.gemeente.clone());
    let hulp = hulp_regels(&regels, gemeente.as_deref(), w.datum);
    let leeg = lijst.is_empty();

    let zelf = move |_| {
        if w.heeft_antwoorden() && w.modus.get_untracked().is_some() {
            dom::wis_fragment();
            w.naar(Stap::Start);
        } else {
            w.begin(Modus::Zelf);
        }
    };

    view! {
        <section class="pw-scherm pw-gedeeld" aria-labelledby="pw-gedeeld-kop">
            <h1 id="pw-gedeeld-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop_lijst()}</h1>
            <p>{t("Deze lijst heeft u meegekregen. Er staan geen antwoorden in, alleen regelingen die bij u kunnen passen.")}</p>
            <p class="pw-besluit">{t("Dit is nog geen besluit. De gemeente kijkt bij uw aanvraag naar uw situatie.")}</p>
            {if leeg {
                view! {
                    <p>
                        {t("In deze link staan geen regelingen die wij kennen. Misschien is de lijst veranderd. U kunt de vragen opnieuw beantwoorden.")}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <ul class="pw-regelingen">
                        {lijst.into_iter().map(|u| view! { <RegelingKaart u gedeeld=true/> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <HulpAltijd regels=hulp/>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=zelf>
                    {t("Zelf de vragen beantwoorden")}
                </button>
            </div>
        </section>
    }
}
