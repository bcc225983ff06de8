//! The Leptos wizard (client-side only). It mounts into `<div data-potjeswijzer>` on the host page, replaces the
//! static start screen there, fetches the regulations file from the same origin and runs the engine in the
//! browser. No answer ever leaves the device; the step lives in a signal (no router).
//!
//! One screen per file: start, question, review, list (with handover), shared (a list opened from a QR code),
//! failure. `state` holds the pure flow logic, `wizard` the signals that tie it together.

mod config;
mod contact;
mod dom;
mod failure;
mod handover;
mod help;
mod invoer;
mod list;
mod qr;
mod question;
mod regeling;
mod review;
mod shared;
mod start;
pub mod state;
mod storage;
mod wipe;
mod wizard;

use crate::rules::{load, Regels};
use config::Instellingen;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Mounts the wizard into the first `[data-potjeswijzer]` element of the page.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let host = match document.query_selector("[data-potjeswijzer]") {
        Ok(Some(host)) => host,
        _ => {
            dom::console_fout("no element with data-potjeswijzer on this page");
            return;
        }
    };
    let Ok(host) = host.dyn_into::<web_sys::HtmlElement>() else {
        dom::console_fout("the data-potjeswijzer element is not an HTML element");
        return;
    };
    let instellingen = Instellingen::lees(&host);
    // The static start screen in the host element paints before the WebAssembly arrives; the app takes over now.
    host.set_text_content(None);
    leptos::mount::mount_to(host, move || view! { <App instellingen/> }).forget();
}

/// Whether the regulations file is there yet.
#[derive(Clone)]
enum Laden {
    Bezig,
    Klaar(Arc<Regels>),
    Mislukt,
}

async fn haal_regels(url: &str) -> Result<Regels, String> {
    let antwoord = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("could not fetch {url}: {e}"))?;
    if !antwoord.ok() {
        return Err(format!(
            "could not fetch {url}: HTTP {} {}",
            antwoord.status(),
            antwoord.status_text()
        ));
    }
    let tekst = antwoord
        .text()
        .await
        .map_err(|e| format!("could not read {url}: {e}"))?;
    let bestand = url.rsplit('/').next().unwrap_or(url);
    load(bestand, &tekst).map_err(|e| format!("{url} is not valid:\n{e}"))
}

#[component]
fn App(instellingen: Instellingen) -> impl IntoView {
    let laden = RwSignal::new(Laden::Bezig);
    let aankondiging = RwSignal::new(String::new());
    let instellingen = StoredValue::new(instellingen);

    let haal = move || {
        laden.set(Laden::Bezig);
        let url = instellingen.with_value(|i| i.regels_url.clone());
        leptos::task::spawn_local(async move {
            match haal_regels(&url).await {
                Ok(regels) => laden.set(Laden::Klaar(Arc::new(regels))),
                Err(e) => {
                    dom::console_fout(&e);
                    laden.set(Laden::Mislukt);
                }
            }
        });
    };
    haal();

    view! {
        <div class="potjeswijzer" lang="nl">
            <div class="pw-sr-only" role="status" aria-live="polite" aria-atomic="true">
                {move || aankondiging.get()}
            </div>
            {move || match laden.get() {
                Laden::Bezig => view! { <start::StartLaden instellingen/> }.into_any(),
                Laden::Mislukt => {
                    view! {
                        <failure::Mislukt
                            instellingen
                            opnieuw=Callback::new(move |_| haal())
                            aankondiging
                        />
                    }
                        .into_any()
                }
                Laden::Klaar(regels) => {
                    view! { <wizard::Wizard regels instellingen aankondiging/> }.into_any()
                }
            }}
        </div>
    }
}
