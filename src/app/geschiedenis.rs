//! Back and Forward in the browser move between the wizard's steps: each step is a history entry with a state
//! object (`history.pushState`), and `popstate` shows the step of the entry. No router: the address stays the
//! host page's, its links are untouched, and the host's own state in an entry is kept next to ours. What goes
//! where is decided in `crate::wizard::geschiedenis`.

use super::handle::Wizard;
use crate::wizard::geschiedenis::{bij_wissel, na_terug, sleutel, uit_sleutel, Historie};
use crate::wizard::stap::Stap;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

const STAP: &str = "potjeswijzerStap";
const DIEPTE: &str = "potjeswijzerDiepte";

fn history() -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str("history")).ok()
}

/// Our step and depth in a history entry's state, if it is ours.
fn lees(state: &JsValue) -> Option<(Stap, u32)> {
    if !state.is_object() {
        return None;
    }
    let stap = js_sys::Reflect::get(state, &JsValue::from_str(STAP))
        .ok()?
        .as_string()?;
    let diepte = js_sys::Reflect::get(state, &JsValue::from_str(DIEPTE))
        .ok()
        .and_then(|d| d.as_f64())
        .filter(|d| d.is_finite() && *d >= 0.0 && *d < 10_000.0)
        .map_or(0, |d| d as u32);
    Some((uit_sleutel(&stap)?, diepte))
}

fn huidige() -> Option<(Stap, u32)> {
    let h = history()?;
    lees(&js_sys::Reflect::get(&h, &JsValue::from_str("state")).ok()?)
}

/// Writes `stap` into the current entry (`Vervang`) or a new one (`Nieuw`), keeping the host page's own state.
fn schrijf(hoe: Historie, stap: &Stap, diepte: u32) {
    let (Some(h), Some(s)) = (history(), sleutel(stap)) else {
        return;
    };
    let methode = match hoe {
        Historie::Nieuw => "pushState",
        Historie::Vervang => "replaceState",
        Historie::Niets => return,
    };
    let state = js_sys::Object::new();
    if let Ok(oud) = js_sys::Reflect::get(&h, &JsValue::from_str("state")) {
        if let Some(oud) = oud.dyn_ref::<js_sys::Object>() {
            js_sys::Object::assign(&state, oud);
        }
    }
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(STAP), &JsValue::from_str(&s));
    let _ = js_sys::Reflect::set(
        &state,
        &JsValue::from_str(DIEPTE),
        &JsValue::from_f64(f64::from(diepte)),
    );
    let functie = js_sys::Reflect::get(&h, &JsValue::from_str(methode))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(f) = functie {
        // No address: the URL stays the host page's.
        let _ = f.call2(&h, &state, &JsValue::from_str(""));
    }
}

/// Keeps the browser's history in step with the wizard's screen, and follows Back and Forward.
pub fn volg(w: Wizard) {
    // This visit's first screen takes the current entry; after a reload the entry keeps its depth.
    let diepte = huidige().map_or(0, |(_, d)| d);
    schrijf(Historie::Vervang, &w.scherm.get_untracked(), diepte);

    let _ = window_event_listener(leptos::ev::popstate, move |ev| {
        let Some((stap, diepte)) = lees(&ev.state()) else {
            return;
        };
        w.naar(na_terug(stap, w.modus.get_untracked().is_some()));
        // A question that is no longer on the path shows as the open one: the entry says what shows.
        let getoond = w.scherm.get_untracked();
        if huidige().map(|(s, _)| s).as_ref() != Some(&getoond) {
            schrijf(Historie::Vervang, &getoond, diepte);
        }
    });

    // An effect: it keeps something outside the reactive system (the browser's history) in step.
    Effect::new(move |vorige: Option<Stap>| {
        let nu = w.scherm.get();
        let hier = huidige();
        if let Some(vorige) = vorige {
            if hier.as_ref().map(|(s, _)| s) != Some(&nu) {
                let diepte = hier.map_or(0, |(_, d)| d);
                match bij_wissel(&vorige, &nu, diepte) {
                    Historie::Nieuw => schrijf(Historie::Nieuw, &nu, diepte + 1),
                    hoe => schrijf(hoe, &nu, diepte),
                }
            }
        }
        nu
    });
}
