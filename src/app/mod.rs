//! The Leptos wizard (client-side only). It mounts into `<div data-potjeswijzer>` on the host page, replaces the
//! static start screen there, fetches the regulations file from the same origin and runs the engine in the
//! browser. No answer ever leaves the device; the step lives in a signal (no client-side router: the URL stays
//! the host page's).
//!
//! Thin views over `crate::wizard`, which decides everything that is not drawing. The imports run one way:
//! this root shows the loading and failure screens and the `router`; the router makes the `handle`, provides it
//! and shows one of the `screens` (one per file, named after its component); screens use the handle and the
//! shared `parts`; `dom`, `storage` and `qr` wrap the browser.

mod dom;
mod gemeente;
mod geschiedenis;
mod handle;
mod lijst;
mod mark;
mod parts;
mod qr;
mod router;
mod screens;
mod storage;
mod taal;

use crate::rules::{load, Regels};
use crate::wizard::begin::gemeente_bij_begin;
use crate::wizard::instellingen::Instellingen;
use crate::wizard::lijst::lijst_uit_fragment;
use crate::wizard::opslag::StorageArea;
use leptos::prelude::*;
use router::Router;
use screens::{mislukt::Mislukt, start_laden::StartLaden};
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

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
    let instellingen = Instellingen::uit(|naam| host.get_attribute(naam));
    // The static start screen in the host element paints before the WebAssembly arrives. It stays on screen until
    // the app has something else to show (the regulations loaded, or failed to): replacing it at once with the
    // same screen drawn by the app would make the browser count that copy as the page's largest paint, after the
    // WebAssembly, instead of the static one.
    let mut statisch: Vec<web_sys::Node> = Vec::new();
    let mut volgende = host.first_child();
    while let Some(node) = volgende {
        volgende = node.next_sibling();
        statisch.push(node);
    }
    let statisch = StoredValue::new_local(statisch);
    // boot.js: resolves once the static start screen counts as painted (see there); absent when another page
    // loaded the app without boot.js.
    let geteld = js_sys::Reflect::get(&host, &JsValue::from_str("pwStatischGeteld"))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Promise>().ok());
    let geteld = StoredValue::new_local(geteld);
    leptos::mount::mount_to(host, move || view! { <App instellingen statisch geteld/> }).forget();
}

/// Removes the static start screen of the host page (once), so the app's own screen takes its place.
fn verwijder_statisch(statisch: StoredValue<Vec<web_sys::Node>, LocalStorage>) {
    statisch.update_value(|nodes| {
        for node in nodes.drain(..) {
            if let Some(ouder) = node.parent_node() {
                let _ = ouder.remove_child(&node);
            }
        }
    });
}

/// Whether the regulations file is there yet.
#[derive(Clone)]
enum Laden {
    Bezig,
    Klaar(Arc<Regels>),
    Mislukt,
}

/// Why a file of this site could not be had: for a municipality's own file, "not found" means that municipality
/// does not take part (its file is looked for by its id).
#[derive(Debug)]
pub(crate) enum Ophalen {
    NietGevonden(String),
    Mislukt(String),
}

impl Ophalen {
    fn bericht(self) -> String {
        match self {
            Ophalen::NietGevonden(e) | Ophalen::Mislukt(e) => e,
        }
    }
}

/// The text of a file of this site.
async fn haal_bestand(url: &str) -> Result<String, Ophalen> {
    let antwoord = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| Ophalen::Mislukt(format!("could not fetch {url}: {e}")))?;
    if !antwoord.ok() {
        let bericht = format!(
            "could not fetch {url}: HTTP {} {}",
            antwoord.status(),
            antwoord.status_text()
        );
        return Err(match antwoord.status() {
            404 | 410 => Ophalen::NietGevonden(bericht),
            _ => Ophalen::Mislukt(bericht),
        });
    }
    antwoord
        .text()
        .await
        .map_err(|e| Ophalen::Mislukt(format!("could not read {url}: {e}")))
}

async fn haal_tekst(url: &str) -> Result<String, String> {
    haal_bestand(url).await.map_err(Ophalen::bericht)
}

/// The national rules, and the own file of the municipality known from the start (the host page's `data-gemeente`,
/// a hand-over link's, or the stored answers'): the static start screen stays while both load, so the first
/// screen is drawn with the municipality's regulations and help. Only that file: with an index of
/// municipalities, the index is fetched later, and only when the municipality question is asked (`lijst`).
async fn haal_regels(instellingen: &Instellingen) -> Result<Regels, String> {
    let url = &instellingen.regels_url;
    let ophalen = mark::Span::new(mark::FETCH);
    let tekst = haal_tekst(url).await?;
    drop(ophalen);
    let bestand = url.rsplit('/').next().unwrap_or(url);
    let lezen = mark::Span::new(mark::READ);
    let mut regels = load(bestand, &tekst).map_err(|e| format!("{url} is not valid:\n{e}"))?;
    drop(lezen);
    let Some(gemeente) = gemeente_bij_begin(
        &regels,
        instellingen.gemeente.as_deref(),
        &dom::fragment(),
        instellingen.modus,
        storage::lees,
    ) else {
        return Ok(regels);
    };
    match gemeente::met_gemeente(&regels, url, &gemeente).await {
        Ok(met) => Ok(met.unwrap_or(regels)),
        // That municipality does not take part: a host page's data-gemeente is then ignored with a note for the
        // console, a stored answer naming it is dropped.
        Err(Ophalen::NietGevonden(e)) => {
            dom::console_fout(&e);
            Ok(regels)
        }
        Err(Ophalen::Mislukt(e)) => {
            // The national regulations still help; the wizard tries the municipality's file again.
            dom::console_fout(&e);
            regels.wacht_op_gemeente(&gemeente);
            Ok(regels)
        }
    }
}

/// Lets the browser run its own work (input, paint) before the app continues: resolves in a new task.
async fn geef_voorrang() {
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&klaar);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
}

/// Whether the start screen can be drawn before the regulations file is read: a first visit, where it needs
/// nothing from that file. Not with stored progress or a kept language (restoring them needs the rules), a
/// hand-over link, a municipality preset by the page (its help on the start screen comes from its own file), or
/// without today's date (the wizard would take the file's).
fn vroeg_mogelijk(i: &Instellingen) -> bool {
    i.gemeente.is_none()
        && (i.datum.is_some() || dom::vandaag().is_some())
        && lijst_uit_fragment(&dom::fragment()).is_none()
        && [StorageArea::Session, StorageArea::Local]
            .into_iter()
            .all(|plek| storage::lees(plek).is_none())
        && storage::lees_taal().is_none_or(|code| code == "nl")
}

#[component]
fn App(
    instellingen: Instellingen,
    statisch: StoredValue<Vec<web_sys::Node>, LocalStorage>,
    geteld: StoredValue<Option<js_sys::Promise>, LocalStorage>,
) -> impl IntoView {
    let laden = RwSignal::new(Laden::Bezig);
    let aankondiging = RwSignal::new(String::new());
    let taal = taal::TaalStaat::new(instellingen.regels_url.clone());
    provide_context(taal);
    taal.volg_stemmen();
    let vroeg = vroeg_mogelijk(&instellingen);
    let instellingen = StoredValue::new(instellingen);
    // A first visit: the start screen (its buttons, the language menu) is drawn and usable now, with stand-in
    // rules; the regulations file is read in a later task and handed to the router (`later`). Before, the static
    // start screen stayed, its buttons disabled, until the file was fetched and read (about 300 ms at 4x CPU).
    let later = RwSignal::new(None::<Arc<Regels>>);
    let leeg = StoredValue::new(Arc::new(Regels::leeg()));
    if vroeg {
        leptos::task::spawn_local(async move {
            // Drawn over the static start screen only once that counts as painted (see boot.js); an already
            // settled promise resumes at once, in this same task.
            if let Some(belofte) = geteld.try_update_value(Option::take).flatten() {
                let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
            }
            mark::begin(mark::FIRST_SCREEN);
            laden.set(Laden::Klaar(leeg.get_value()));
            // The first screen is drawn and the browser may paint and take a tap before the file is read.
            geef_voorrang().await;
            match haal_regels(&instellingen.get_value()).await {
                Ok(regels) => later.set(Some(Arc::new(regels))),
                Err(e) => {
                    dom::console_fout(&e);
                    laden.set(Laden::Mislukt);
                }
            }
        });
    }

    let haal = move || {
        laden.set(Laden::Bezig);
        let i = instellingen.get_value();
        leptos::task::spawn_local(async move {
            match haal_regels(&i).await {
                Ok(regels) => {
                    // A language kept from an earlier visit: its texts before the first screen.
                    taal::bij_begin(taal, &regels).await;
                    // Reading the file is one long task; drawing the first screen is another. In between, the
                    // browser may handle a tap or paint (shorter blocking on a slow phone).
                    geef_voorrang().await;
                    mark::begin(mark::FIRST_SCREEN);
                    laden.set(Laden::Klaar(Arc::new(regels)));
                }
                Err(e) => {
                    dom::console_fout(&e);
                    laden.set(Laden::Mislukt);
                }
            }
        });
    };
    if !vroeg {
        haal();
    }

    // While the static start screen shows, this root takes no room (display: none through the CSSOM, which the
    // Content-Security-Policy allows), so nothing moves when the app's screen takes its place.
    let wacht = move || {
        (matches!(laden.get(), Laden::Bezig) && statisch.with_value(|s| !s.is_empty()))
            .then_some("none")
    };
    view! {
        <div
            class="potjeswijzer"
            lang=move || taal.in_gebruik().code
            dir=move || if taal.in_gebruik().rechts_naar_links { "rtl" } else { "ltr" }
            style:display=wacht
        >
            <div class="pw-sr-only" role="status" aria-live="polite" aria-atomic="true">
                {move || aankondiging.get()}
            </div>
            {move || match laden.get() {
                // The static start screen of the page is still showing.
                Laden::Bezig if statisch.with_value(|s| !s.is_empty()) => ().into_any(),
                Laden::Bezig => view! { <StartLaden instellingen/> }.into_any(),
                Laden::Mislukt => {
                    verwijder_statisch(statisch);
                    view! {
                        <Mislukt
                            instellingen
                            opnieuw=Callback::new(move |_| haal())
                            aankondiging
                        />
                    }
                        .into_any()
                }
                Laden::Klaar(regels) => {
                    verwijder_statisch(statisch);
                    // `later` only for the stand-in drawn on a first visit; after a retry the rules are real.
                    let later = leeg.with_value(|l| Arc::ptr_eq(l, &regels)).then_some(later);
                    view! { <Router regels instellingen aankondiging_tekst=aankondiging later/> }
                        .into_any()
                }
            }}
        </div>
    }
}
