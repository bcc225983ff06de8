//! The start screen: what this is, what it costs, that answers stay on the device, and the ways in (on one's
//! own, together with a helper, and all questions on one page for professionals).

use crate::app::handle::use_wizard;
use crate::app::parts::contact::Telefoon;
use crate::app::parts::hulp_altijd::bel_zin;
use crate::app::parts::start_uitleg::start_uitleg;
use crate::rules::vertaling::t;
use crate::wizard::hulp::{hint_samen, hulp_voor};
use crate::wizard::instellingen::ModusKeuze;
use crate::wizard::stap::Modus;
use crate::wizard::tekst::kop_start;
use leptos::prelude::*;

/// A way in is the primary button when the page offers only that one.
fn klasse(enige: bool, anders: &str) -> String {
    format!(
        "pw-knop {}",
        if enige { "pw-knop--primair" } else { anders }
    )
}

#[component]
pub fn StartScherm() -> impl IntoView {
    let w = use_wizard();
    let keuze = w.instellingen.with_value(|i| i.modus);
    // Follows the answers: "Opnieuw beginnen" wipes them while this screen stays.
    let heeft_voortgang =
        Memo::new(move |_| w.antwoorden.with(|a| !a.is_empty()) && w.modus.get().is_some());
    // Whom to call: while the rules are a stand-in (a first visit, see `crate::app::App`) the host page's
    // `data-hulp-*`, as on the static start screen; then the file's (a memo: unchanged, nothing is redrawn).
    let hulp = Memo::new(move |_| {
        if w.voorlopig.get() {
            w.instellingen.with_value(|i| {
                i.hulp_telefoon.clone().map(|tel| {
                    let naam = i.hulp_naam.clone().unwrap_or_else(|| t("de gemeente"));
                    (naam, tel)
                })
            })
        } else {
            let hulp = w.regels.with(|r| hulp_voor(r, w.gemeente().as_deref()));
            hulp.telefoon.map(|tel| (hulp.naam, tel))
        }
    });
    let samen_hint = StoredValue::new(hint_samen(&w.regels(), w.gemeente().as_deref()));

    let zelf = move |_| w.begin(Modus::Zelf);
    let samen = move |_| w.begin(Modus::Samen);
    let hulpverlener = move |_| w.begin(Modus::Hulpverlener);

    view! {
        <section class="pw-scherm pw-start" aria-labelledby="pw-start-kop">
            <h1 id="pw-start-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop_start()}</h1>
            {start_uitleg()}
            {move || heeft_voortgang.get().then(|| view! {
                <div class="pw-verder" role="group" aria-labelledby="pw-verder-kop">
                    <h2 id="pw-verder-kop">{t("Welkom terug")}</h2>
                    <p>{t("Iemand heeft op dit apparaat al vragen beantwoord. Was u dat? Ga dan verder. Anders begint u opnieuw. Dan wissen we alles.")}</p>
                    <div class="pw-knoppen">
                        <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| w.verder()>
                            {t("Verder gaan")}
                        </button>
                        <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| w.wis()>
                            {t("Opnieuw beginnen (wis alles)")}
                        </button>
                    </div>
                </div>
            })}
            {move || (!heeft_voortgang.get()).then(|| view! {
                <div class="pw-start__keuzes">
                    {keuze.staat_toe(Modus::Zelf).then(|| view! {
                        <div class="pw-start__keuze">
                            <button type="button" class="pw-knop pw-knop--primair" on:click=zelf>
                                {t("Zelf invullen")}
                            </button>
                        </div>
                    })}
                    {keuze.staat_toe(Modus::Samen).then(|| {
                        let klasse = klasse(keuze == ModusKeuze::AlleenSamen, "pw-knop--secundair");
                        view! {
                            <div class="pw-start__keuze">
                                <button type="button" class=klasse on:click=samen>
                                    {t("Samen met een hulpverlener")}
                                </button>
                                <p class="pw-hint">{samen_hint.get_value()}</p>
                            </div>
                        }
                    })}
                    {keuze.staat_toe(Modus::Hulpverlener).then(|| {
                        let klasse = klasse(keuze == ModusKeuze::AlleenHulpverlener, "pw-knop--link");
                        view! {
                            <div class="pw-start__keuze pw-start__hulpverlener">
                                <button type="button" class=klasse on:click=hulpverlener>
                                    {t("Voor hulpverleners: alle vragen op één pagina")}
                                </button>
                            </div>
                        }
                    })}
                </div>
            })}
            {move || hulp.get().map(|(naam, tel)| {
                let (voor, na) = bel_zin(&naam);
                view! { <p class="pw-start__bellen">{voor} <Telefoon telefoon=tel/> {na}</p> }
            })}
        </section>
    }
}
