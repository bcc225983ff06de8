//! The start screen: what this is, what it costs, that answers stay on the device, and the two ways in.
//! `StartLaden` repeats the static start screen of index.html while the regulations file loads.

use super::config::{Instellingen, ModusKeuze};
use super::contact::Telefoon;
use super::help::{gemeente_van, hulp_voor};
use super::state::Modus;
use super::wipe::Wissen;
use super::wizard::Wizard;
use leptos::prelude::*;

const KOP: &str = "Welke regelingen passen bij u?";
const HINT_SAMEN: &str = "Vult u dit in met iemand van het WIJ-team of een vrijwilliger? Dan bewaart dit apparaat niets als u klaar bent.";

fn uitleg() -> impl IntoView {
    view! {
        <p class="pw-inleiding">
            "Heeft u weinig geld? Dan kunt u misschien hulp krijgen. Bijvoorbeeld geld voor zorg, school of sport."
        </p>
        <p>
            "Beantwoord een paar vragen. Dan ziet u welke regelingen waarschijnlijk bij u passen. En hoe u ze aanvraagt."
        </p>
        <ul class="pw-start__punten">
            <li>"Deze vragen duren ongeveer 3 minuten. U kunt altijd stoppen en later verder gaan."</li>
            <li>"Uw antwoorden blijven op dit apparaat. Niemand anders ziet ze."</li>
            <li>"Weet u iets niet? Dat is niet erg. Bij veel vragen kunt u kiezen voor 'Weet ik niet'."</li>
        </ul>
    }
}

/// The start screen as in index.html, shown while the regulations file loads (buttons wait for it).
#[component]
pub fn StartLaden(instellingen: StoredValue<Instellingen>) -> impl IntoView {
    let (naam, telefoon) =
        instellingen.with_value(|i| (i.hulp_naam.clone(), i.hulp_telefoon.clone()));
    view! {
        <section class="pw-scherm pw-start" aria-labelledby="pw-start-kop" aria-busy="true">
            <h1 id="pw-start-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{KOP}</h1>
            {uitleg()}
            <div class="pw-start__keuzes">
                <div class="pw-start__keuze">
                    <button type="button" class="pw-knop pw-knop--primair" disabled=true>"Zelf invullen"</button>
                </div>
                <div class="pw-start__keuze">
                    <button type="button" class="pw-knop pw-knop--secundair" disabled=true>
                        "Samen met een hulpverlener"
                    </button>
                    <p class="pw-hint">{HINT_SAMEN}</p>
                </div>
            </div>
            <p class="pw-laden">"Even geduld, de vragen worden geladen."</p>
            {telefoon.map(|t| {
                let naam = naam.unwrap_or_else(|| "de gemeente".to_string());
                view! {
                    <p class="pw-start__bellen">
                        "Liever iemand spreken? Bel " {naam} ": " <Telefoon telefoon=t/> "."
                    </p>
                }
            })}
        </section>
    }
}

#[component]
pub fn StartScherm(w: Wizard) -> impl IntoView {
    let keuze = w.instellingen.with_value(|i| i.modus);
    let heeft_voortgang = w.heeft_antwoorden() && w.modus.get_untracked().is_some();
    let hulp = {
        let regels = w.regels();
        let gemeente = w.pad.with_untracked(|p| gemeente_van(&p.geldig));
        hulp_voor(&regels, gemeente.as_deref())
    };

    let zelf = move |_| w.begin(Modus::Zelf);
    let samen = move |_| w.begin(Modus::Samen);

    view! {
        <section class="pw-scherm pw-start" aria-labelledby="pw-start-kop">
            <h1 id="pw-start-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{KOP}</h1>
            {uitleg()}
            {heeft_voortgang.then(|| view! {
                <div class="pw-verder">
                    <p>"U heeft al vragen beantwoord. U kunt verder gaan waar u was. Of u wist uw antwoorden en begint opnieuw."</p>
                    <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| w.verder()>
                        "Verder gaan"
                    </button>
                </div>
            })}
            {(!heeft_voortgang).then(|| view! {
                <div class="pw-start__keuzes">
                    {(keuze != ModusKeuze::AlleenSamen).then(|| view! {
                        <div class="pw-start__keuze">
                            <button type="button" class="pw-knop pw-knop--primair" on:click=zelf>
                                "Zelf invullen"
                            </button>
                        </div>
                    })}
                    {(keuze != ModusKeuze::AlleenZelf).then(|| {
                        let klasse = if keuze == ModusKeuze::AlleenSamen {
                            "pw-knop pw-knop--primair"
                        } else {
                            "pw-knop pw-knop--secundair"
                        };
                        view! {
                            <div class="pw-start__keuze">
                                <button type="button" class=klasse on:click=samen>
                                    "Samen met een hulpverlener"
                                </button>
                                <p class="pw-hint">{HINT_SAMEN}</p>
                            </div>
                        }
                    })}
                </div>
            })}
            {hulp.telefoon.clone().map(|t| {
                let naam = hulp.naam.clone();
                view! {
                    <p class="pw-start__bellen">
                        "Liever iemand spreken? Bel " {naam} ": " <Telefoon telefoon=t/> "."
                    </p>
                }
            })}
            {heeft_voortgang.then(|| view! { <Wissen w/> })}
        </section>
    }
}

/// Shown when this device cannot keep the answers: the wizard still works, but closing the page loses them.
#[component]
pub fn OpslagMelding(w: Wizard) -> impl IntoView {
    let hulp = {
        let regels = w.regels();
        let gemeente = w.pad.with_untracked(|p| gemeente_van(&p.geldig));
        hulp_voor(&regels, gemeente.as_deref())
    };
    view! {
        <div class="pw-melding pw-melding--scherm" role="note">
            <p>
                "Dit apparaat kan uw antwoorden nu niet bewaren. U kunt de vragen wel gewoon beantwoorden. "
                "Maar als u de pagina sluit, zijn uw antwoorden weg."
            </p>
            {hulp.telefoon.map(|t| view! {
                <p>"Liever iemand spreken? Bel " {hulp.naam.clone()} ": " <Telefoon telefoon=t/> "."</p>
            })}
        </div>
    }
}
