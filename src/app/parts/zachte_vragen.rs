//! The soft questions around an answer, drawn above or below the question's fields: the income check before
//! it counts (review P2, P17), the message after "Een andere gemeente" (P14), and the threshold question on
//! savings (P3). What they say comes from `crate::wizard`; these only draw it and report the choice.

use crate::rules::vertaling::t;
use crate::rules::Antwoord;
use crate::wizard::andere_gemeente;
use crate::wizard::drempel::DrempelVraag;
use crate::wizard::inkomen_check::Controle;
use leptos::prelude::*;

/// The box of the income check; it takes focus when it appears.
pub const CONTROLE_ID: &str = "pw-inkomen-controle";
/// The box after "Een andere gemeente"; it takes focus when it appears.
pub const ANDERE_ID: &str = "pw-andere-gemeente-melding";

/// "Heeft u toeslagen of kinderbijslag meegeteld?" (or "Klopt dit bedrag?") with its two answers.
#[component]
pub fn InkomenControle(c: Controle, aanpassen: Callback<()>, klopt: Callback<()>) -> impl IntoView {
    view! {
        <div class="pw-melding pw-controle-vraag" id=CONTROLE_ID tabindex="-1" aria-labelledby="pw-inkomen-controle-kop">
            <h2 id="pw-inkomen-controle-kop">{c.kop}</h2>
            <p>{c.uitleg}</p>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| aanpassen.run(())>
                    {c.aanpassen}
                </button>
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| klopt.run(())>
                    {c.klopt}
                </button>
            </div>
        </div>
    }
}

/// What this wizard knows, where to go instead, and the way on to the national regulations.
#[component]
pub fn AndereGemeente(zinnen: Vec<String>, landelijk: Callback<()>) -> impl IntoView {
    view! {
        <div class="pw-melding pw-controle-vraag" id=ANDERE_ID tabindex="-1" aria-labelledby="pw-andere-gemeente-kop">
            <h2 id="pw-andere-gemeente-kop">{andere_gemeente::kop()}</h2>
            {zinnen.into_iter().map(|z| view! { <p>{z}</p> }).collect_view()}
            <p>
                <a href=andere_gemeente::JURIDISCH_LOKET rel="noopener noreferrer">
                    {t("Naar de website van het Juridisch Loket")}
                </a>
            </p>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| landelijk.run(())>
                    {andere_gemeente::landelijk()}
                </button>
            </div>
        </div>
    }
}

/// "Weet u het bedrag niet precies? Heeft u samen meer dan € …?" with "Nee, … of minder" and "Ja, meer dan …".
#[component]
pub fn Drempel(d: DrempelVraag, kies: Callback<Antwoord>) -> impl IntoView {
    let (ja, nee) = (d.antwoord(true), d.antwoord(false));
    view! {
        <div class="pw-drempel" role="group" aria-labelledby="pw-drempel-vraag">
            <p class="pw-drempel-kop">{d.kop}</p>
            <p id="pw-drempel-vraag" class="pw-drempel-vraag">{d.vraag}</p>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| kies.run(nee.clone())>
                    {d.nee}
                </button>
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| kies.run(ja.clone())>
                    {d.ja}
                </button>
            </div>
        </div>
    }
}
