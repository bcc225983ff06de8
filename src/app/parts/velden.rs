//! The question's fields and errors, in the GOV.UK / NL Design System pattern: a summary that takes focus and
//! links to each field, a message next to the field, aria-invalid, and what the resident typed stays.

use crate::app::dom;
use crate::rules::vertaling::t;
use crate::wizard::invoer::{fout_id, kind_id, Fout};
use leptos::prelude::*;

/// The question's hint, which its fields are described by.
pub const HINT_ID: &str = "pw-vraag-hint";

/// The error summary at the top: takes focus, each message links to its field.
#[component]
pub fn FoutOverzicht(fouten: RwSignal<Vec<Fout>>) -> impl IntoView {
    move || {
        let lijst = fouten.get();
        (!lijst.is_empty()).then(|| {
            view! {
                <div class="pw-foutoverzicht" id="pw-foutoverzicht" tabindex="-1" aria-labelledby="pw-foutoverzicht-kop">
                    <h2 id="pw-foutoverzicht-kop">{t("Dit hebben we nog nodig")}</h2>
                    <ul>
                        {lijst
                            .into_iter()
                            .map(|f| {
                                let href = format!("#{}", f.veld);
                                let veld = f.veld.clone();
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                dom::focus_id_later(veld.clone());
                                            }
                                        >
                                            {f.tekst}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The message next to a field (above it, as in the GOV.UK pattern).
#[component]
pub fn FoutBijVeld(veld: String, fouten: RwSignal<Vec<Fout>>) -> impl IntoView {
    let id = fout_id(&veld);
    move || {
        let tekst = fouten.with(|f| f.iter().find(|x| x.veld == veld).map(|x| x.tekst.clone()));
        let id = id.clone();
        tekst.map(|t| view! { <p class="pw-foutmelding" id=id>{t}</p> })
    }
}

/// A text field for a whole number or an amount. The visible question is the legend; the label repeats it for
/// assistive technology.
#[component]
pub fn TekstVeld(
    veld: String,
    label: String,
    tekst: RwSignal<String>,
    fouten: RwSignal<Vec<Fout>>,
    heeft_hint: bool,
    bedrag: bool,
) -> impl IntoView {
    let v1 = veld.clone();
    let v2 = veld.clone();
    let v3 = veld.clone();
    let heeft_fout = move || fouten.with(|f| f.iter().any(|x| x.veld == v1));
    let beschreven = move || {
        let mut ids = Vec::new();
        if heeft_hint {
            ids.push(HINT_ID.to_string());
        }
        if fouten.with(|f| f.iter().any(|x| x.veld == v2)) {
            ids.push(fout_id(&v2));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let klasse = move || {
        if fouten.with(|f| f.iter().any(|x| x.veld == v3)) {
            "pw-veld pw-veld--fout"
        } else {
            "pw-veld"
        }
    };
    let invoer = view! {
        <input
            type="text"
            id=veld.clone()
            name=veld.clone()
            inputmode=if bedrag { "decimal" } else { "numeric" }
            autocomplete="off"
            spellcheck="false"
            aria-required="true"
            aria-invalid=move || heeft_fout().then_some("true")
            aria-describedby=beschreven
            prop:value=move || tekst.get()
            on:input:target=move |ev| tekst.set(ev.target().value())
        />
    };
    view! {
        <div class=klasse>
            <label class="pw-sr-only" for=veld.clone()>{label}</label>
            <FoutBijVeld veld=veld.clone() fouten/>
            {if bedrag {
                view! {
                    <div class="pw-bedrag">
                        <span class="pw-bedrag__teken" aria-hidden="true">"€"</span>
                        {invoer}
                    </div>
                }
                    .into_any()
            } else {
                invoer.into_any()
            }}
        </div>
    }
}

/// One child's age.
#[component]
pub fn KindVeld(
    sleutel: usize,
    label: Signal<String>,
    tekst: ArcRwSignal<String>,
    fouten: RwSignal<Vec<Fout>>,
) -> impl IntoView {
    let veld = kind_id(sleutel);
    let tekst_lees = tekst.clone();
    let heeft_fout = Signal::derive({
        let veld = veld.clone();
        move || fouten.with(|f| f.iter().any(|x| x.veld == veld))
    });
    let fout = fout_id(&veld);
    view! {
        <div class=move || if heeft_fout.get() { "pw-veld pw-veld--fout" } else { "pw-veld" }>
            <label for=veld.clone()>{move || label.get()}</label>
            <FoutBijVeld veld=veld.clone() fouten/>
            <div class="pw-eenheid">
                <input
                    type="text"
                    id=veld.clone()
                    name=veld.clone()
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || heeft_fout.get().then_some("true")
                    aria-describedby=move || heeft_fout.get().then(|| fout.clone())
                    prop:value=move || tekst_lees.get()
                    on:input:target=move |ev| tekst.set(ev.target().value())
                />
                <span aria-hidden="true">{t("jaar")}</span>
            </div>
        </div>
    }
}
