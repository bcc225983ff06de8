//! The hand-over at the end of the list: print a short, dated A4 list (answers and what does not fit only when
//! ticked), or scan a QR code that opens the same list on another phone. The link carries neutral codes of the
//! regulations, never answers, and says honestly what someone who sees it can learn. On a phone of one's own
//! there is nothing to scan: the resident keeps or shares the link instead.

use crate::app::dom;
use crate::app::qr::qr_data_url;
use crate::rules::vertaling::t;
use crate::wizard::lijst::fragment_voor;
use leptos::prelude::*;

/// What someone who sees the link learns, in plain words.
fn wat_in_de_link() -> String {
    t("Wie de link ziet, ziet welke regelingen bij u passen. Uw antwoorden staan er niet in.")
}

/// A checkbox with its label.
#[component]
fn Vinkje(id: String, aan: RwSignal<bool>, label: String) -> impl IntoView {
    view! {
        <div class="pw-vinkje">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || aan.get()
                on:change:target=move |ev| aan.set(ev.target().checked())
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// The print buttons and what to print with the list.
#[component]
pub fn Afdrukken(
    print_antwoorden: RwSignal<bool>,
    print_nee: RwSignal<bool>,
    /// The main end action (kitchen-table mode): a primary button.
    primair: bool,
    /// Whether some regulations do not fit, so there is something to print with a reason.
    heeft_nee: bool,
    /// Makes the ids unique when the buttons show twice (at the top and at the end of the list).
    plek: &'static str,
) -> impl IntoView {
    let antwoorden_id = format!("pw-print-antwoorden{plek}");
    let nee_id = format!("pw-print-nee{plek}");
    let klasse = if primair {
        "pw-knop pw-knop--primair"
    } else {
        "pw-knop pw-knop--secundair"
    };
    view! {
        <Vinkje id=antwoorden_id aan=print_antwoorden label=t("Mijn antwoorden ook afdrukken")/>
        {heeft_nee.then(|| view! {
            <Vinkje id=nee_id.clone() aan=print_nee label=t("Ook afdrukken wat niet past, met de reden")/>
        })}
        <div class="pw-knoppen">
            <button type="button" class=klasse on:click=move |_| dom::afdrukken()>
                {t("Lijst afdrukken")}
            </button>
        </div>
    }
}

#[component]
pub fn Overdracht(
    ids: Vec<String>,
    /// The municipality of the listed regulations, if one is its own: the phone then fetches its file.
    gemeente: Option<String>,
    print_antwoorden: RwSignal<bool>,
    print_nee: RwSignal<bool>,
    samen: bool,
    heeft_nee: bool,
) -> impl IntoView {
    let link = format!(
        "{}{}",
        dom::pagina_adres(),
        fragment_voor(&ids, gemeente.as_deref())
    );
    let qr = (!ids.is_empty()).then(|| qr_data_url(&link)).flatten();
    let intro = if samen {
        t("Geef de lijst mee. Druk hem af met de knop bovenaan. Of laat de code scannen met de eigen telefoon. Daarna wist u alles van dit apparaat.")
    } else {
        t("U kunt de lijst afdrukken. Of u bewaart de link naar deze lijst.")
    };
    // Yourself, on a small screen: this is the resident's own phone, so no code to scan but a link to keep.
    let qr_klasse = if samen {
        "pw-qr-blok"
    } else {
        "pw-qr-blok pw-qr-blok--breed"
    };
    let bewaar = (!samen && !ids.is_empty()).then(|| {
        let href = link.clone();
        view! {
            <div class="pw-bewaar pw-bewaar--smal">
                <h3>{t("Bewaar of deel deze lijst")}</h3>
                <p>{t("Op dit apparaat kunt u de lijst later weer openen. U kunt de link ook bewaren of naar uzelf sturen.")}</p>
                <p class="pw-deellink"><a href=href.clone()>{t("Link naar deze lijst")}</a></p>
                <p class="pw-klein">{wat_in_de_link()}</p>
            </div>
        }
    });
    view! {
        <section class="pw-overdracht pw-niet-print" id="pw-overdracht" aria-labelledby="pw-overdracht-kop">
            <h2 id="pw-overdracht-kop" tabindex="-1">{t("Neem uw lijst mee")}</h2>
            <p>{intro}</p>
            // With a helper the print buttons sit at the top of the list.
            {(!samen).then(|| view! { <Afdrukken print_antwoorden print_nee primair=false heeft_nee plek=""/> })}
            {bewaar}
            {qr.map(|src| {
                let href = link.clone();
                view! {
                    <div class=qr_klasse>
                        <h3>{t("Op een andere telefoon")}</h3>
                        <p>{t("Open de camera van die telefoon. Richt die op de code. Tik dan op de link.")}</p>
                        <img
                            class="pw-qr"
                            src=src
                            width="320"
                            height="320"
                            alt=t("QR-code met een link naar deze lijst.")
                        />
                        <p class="pw-klein">{wat_in_de_link()}</p>
                        <p class="pw-deellink">
                            {t("Of open deze link:")} " " <a href=href.clone()>{href.clone()}</a>
                        </p>
                    </div>
                }
            })}
        </section>
    }
}
