//! The hand-over at the end of the list: print a clean A4 list (answers only when ticked), or scan a QR code
//! that opens the same list on the resident's own phone. The link carries only regulation ids, never answers.

use crate::app::dom;
use crate::app::qr::qr_data_url;
use crate::wizard::lijst::fragment_voor;
use leptos::prelude::*;

#[component]
pub fn Overdracht(
    ids: Vec<String>,
    /// The municipality of the listed regulations, if one is its own: the phone then fetches its file.
    gemeente: Option<String>,
    print_antwoorden: RwSignal<bool>,
    samen: bool,
) -> impl IntoView {
    let link = format!(
        "{}{}",
        dom::pagina_adres(),
        fragment_voor(&ids, gemeente.as_deref())
    );
    let qr = (!ids.is_empty()).then(|| qr_data_url(&link)).flatten();
    let intro = if samen {
        "Geef de lijst mee. Druk hem af, of laat de code scannen met de eigen telefoon. Daarna wist u alles van dit apparaat."
    } else {
        "U kunt de lijst afdrukken. Of u zet hem op uw eigen telefoon met de code hieronder."
    };
    view! {
        <section class="pw-overdracht pw-niet-print" aria-labelledby="pw-overdracht-kop">
            <h2 id="pw-overdracht-kop">"Neem uw lijst mee"</h2>
            <p>{intro}</p>
            <div class="pw-vinkje">
                <input
                    type="checkbox"
                    id="pw-print-antwoorden"
                    prop:checked=move || print_antwoorden.get()
                    on:change:target=move |ev| print_antwoorden.set(ev.target().checked())
                />
                <label for="pw-print-antwoorden">"Mijn antwoorden ook afdrukken"</label>
            </div>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| dom::afdrukken()>
                    "Lijst afdrukken"
                </button>
            </div>
            {qr.map(|src| {
                let href = link.clone();
                view! {
                    <div class="pw-qr-blok">
                        <h3>"Op uw eigen telefoon"</h3>
                        <p>"Open de camera van uw telefoon. Richt die op de code. Tik dan op de link."</p>
                        <img
                            class="pw-qr"
                            src=src
                            width="208"
                            height="208"
                            alt="QR-code met een link naar deze lijst. In de link staan alleen de namen van de regelingen."
                        />
                        <p class="pw-klein">
                            "In de link staan alleen de regelingen. Uw antwoorden gaan niet mee."
                        </p>
                        <p class="pw-deellink">
                            "Of open deze link: " <a href=href.clone()>{href.clone()}</a>
                        </p>
                    </div>
                }
            })}
        </section>
    }
}
