//! "Lees voor": reads a screen's text aloud with the browser's speech synthesis, only with a voice on the device
//! itself (`localService`) in the language in use. Without such a voice the button is not there: a remote voice
//! would send the text (and so the resident's situation) to a speech service.
//!
//! What is read is what the screen says: the text of the elements marked `data-pw-lees` inside the nearest
//! `data-pw-voorlees` around the button.

use crate::app::handle::use_wizard;
use crate::rules::vertaling::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A voice on this device for `code` (`en` matches `en-GB`), if any.
fn stem_op_apparaat(code: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|v| {
            let taal = v.lang().to_lowercase().replace('_', "-");
            v.local_service() && (taal == code || taal.starts_with(&format!("{code}-")))
        })
}

/// The text to read for the button `knop`: its screen's parts marked `data-pw-lees`, in order.
fn voor_te_lezen(knop: &web_sys::Element) -> Option<String> {
    let blok = knop.closest("[data-pw-voorlees]").ok()??;
    let delen = blok.query_selector_all("[data-pw-lees]").ok()?;
    let mut teksten = Vec::new();
    for i in 0..delen.length() {
        if let Some(el) = delen
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let tekst = el.inner_text();
            let tekst = tekst.trim();
            if !tekst.is_empty() {
                teksten.push(tekst.to_string());
            }
        }
    }
    Some(teksten.join("\n"))
}

fn lees(knop: &web_sys::Element, code: &str) {
    let (Some(stem), Some(tekst)) = (stem_op_apparaat(code), voor_te_lezen(knop)) else {
        return;
    };
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    if synth.speaking() {
        synth.cancel();
        return;
    }
    let Ok(uiting) = web_sys::SpeechSynthesisUtterance::new_with_text(&tekst) else {
        return;
    };
    uiting.set_lang(&stem.lang());
    uiting.set_voice(Some(&stem));
    synth.speak(&uiting);
}

#[component]
pub fn LeesVoor() -> impl IntoView {
    let w = use_wizard();
    let staat = w.taal;
    let knop = NodeRef::<leptos::html::Button>::new();
    let kan = move || {
        staat.stemmen.track();
        stem_op_apparaat(staat.in_gebruik().code).is_some()
    };
    view! {
        <Show when=kan>
            <button
                type="button"
                class="pw-knop pw-knop--secundair pw-lees-voor pw-niet-print"
                node_ref=knop
                on:click=move |_| {
                    if let Some(k) = knop.get_untracked() {
                        lees(&k.into(), staat.in_gebruik_untracked().code);
                    }
                }
            >
                {t("Lees voor")}
            </button>
        </Show>
    }
}
