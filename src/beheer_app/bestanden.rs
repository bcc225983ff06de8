//! Opening and dropping local files (read in the browser, never sent), and fetching the published files of this
//! same site.

use super::Staat;
use crate::werkbank::{soort_van, Invoer, Soort};
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The text of a file of this site; `None` when it cannot be fetched (offline without a kept copy).
async fn haal(url: &str) -> Option<String> {
    let antwoord = gloo_net::http::Request::get(url).send().await.ok()?;
    if !antwoord.ok() {
        return None;
    }
    antwoord.text().await.ok()
}

/// The published national file next to this page.
pub(super) fn haal_gepubliceerd(staat: Staat) {
    leptos::task::spawn_local(async move {
        if let Some(tekst) = haal("regulations.toml").await {
            // the index of municipalities it points to, so the opened files are checked against it
            if let Some(lijst) = crate::rules::lijst_pad(&tekst) {
                staat.gepubliceerde_lijst.set(haal(&lijst).await);
            }
            staat.gepubliceerd.set(Some(tekst));
            staat.herbereken();
        }
    });
}

/// The published file of municipality `id`, as the published national file names it.
pub(super) fn haal_gepubliceerde_gemeente(staat: Staat, id: String) {
    leptos::task::spawn_local(async move {
        let tekst = haal(&format!("gemeenten/{id}.toml")).await;
        if let Some(tekst) = tekst {
            staat.gepubliceerd_gemeente.set(Some((id, tekst)));
        }
    });
}

/// Reads the files and puts them in place of opened files of the same kind (a new municipal file replaces the
/// old one; examples files add up, by name).
async fn lees(staat: Staat, lijst: web_sys::FileList) {
    let mut nieuw = Vec::new();
    for i in 0..lijst.length() {
        let Some(bestand) = lijst.get(i) else {
            continue;
        };
        let Ok(tekst) = JsFuture::from(bestand.text()).await else {
            continue;
        };
        nieuw.push(Invoer {
            naam: bestand.name(),
            tekst: tekst.as_string().unwrap_or_default(),
        });
    }
    staat.geopend.update(|geopend| {
        for n in nieuw {
            let soort = soort_van(&n.tekst);
            geopend.retain(|o| {
                let zelfde = match (&soort, soort_van(&o.tekst)) {
                    (Soort::Voorbeelden, Soort::Voorbeelden) => o.naam == n.naam,
                    (Soort::Gemeente(_), Soort::Gemeente(_)) => true,
                    (a, b) => *a == b,
                };
                !zelfde
            });
            geopend.push(n);
        }
    });
    staat.herbereken();
}

#[component]
pub(super) fn Openen() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let kies = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(lijst) = input.files() {
            leptos::task::spawn_local(lees(staat, lijst));
        }
    };
    let over = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let los = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(lijst) = ev.data_transfer().and_then(|d| d.files()) {
            leptos::task::spawn_local(lees(staat, lijst));
        }
    };
    let wis = move |_| {
        staat.geopend.set(Vec::new());
        staat.herbereken();
    };
    let namen = move || {
        staat.geopend.with(|g| {
            g.iter()
                .map(|i| {
                    let soort = match soort_van(&i.tekst) {
                        Soort::Landelijk => "landelijk bestand".to_string(),
                        Soort::Gemeente(Some(id)) => format!("bestand van gemeente {id}"),
                        Soort::Gemeente(None) => "bestand van een gemeente".to_string(),
                        Soort::Voorbeelden => "voorbeelden".to_string(),
                        Soort::Lijst => "lijst van gemeenten".to_string(),
                    };
                    view! { <li>{i.naam.clone()}" ("{soort}")"</li> }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="bh-open-kop" class="bh-open" on:dragover=over on:drop=los>
            <h2 id="bh-open-kop">"Bestanden openen"</h2>
            <label for="bh-bestanden" class="bh-label">"Kies een of meer .toml-bestanden"</label>
            <input id="bh-bestanden" type="file" multiple accept=".toml" on:change=kies/>
            <p class="bh-hint">"U kunt de bestanden ook hierheen slepen."</p>
            <Show when=move || staat.geopend.with(|g| !g.is_empty())>
                <h3>"Geopend"</h3>
                <ul>{namen}</ul>
                <button type="button" class="bh-knop bh-knop--licht" on:click=wis>"Sluit alle bestanden"</button>
            </Show>
        </section>
    }
}
