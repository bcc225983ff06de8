//! Small, failure-tolerant helpers around the browser: focus, page title, console, printing, the URL.
//! None of these panics: a missing window or element simply does nothing.

use crate::rules::Datum;
use wasm_bindgen::{JsCast, JsValue};

/// Technical details go to the console only; the resident reads a calm message on the page.
pub fn console_fout(bericht: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Potjeswijzer: {bericht}")));
}

pub fn console_waarschuwing(bericht: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("Potjeswijzer: {bericht}")));
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focuses the first element matching `selector` inside `binnen` (or the document), after the DOM has updated.
pub fn focus_later(binnen: Option<web_sys::Element>, selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let gevonden = match &binnen {
            Some(el) => el.query_selector(selector).ok().flatten(),
            None => document().and_then(|d| d.query_selector(selector).ok().flatten()),
        };
        if let Some(el) = gevonden.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Like `focus_later`, but only when focus has been lost (it is on nothing or on `<body>`): after a placeholder
/// that had focus is replaced, focus returns to the new screen's heading without taking it from wherever the
/// resident moved it meanwhile.
pub fn focus_later_als_kwijt(binnen: web_sys::Element, selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(d) = document() else {
            return;
        };
        let kwijt = match d.active_element() {
            None => true,
            Some(el) => d.body().is_some_and(|b| el == *b.as_ref()),
        };
        if kwijt {
            focus_later(Some(binnen), selector);
        }
    });
}

/// The text of the first element matching `selector` inside `binnen`.
pub fn tekst_van(binnen: &web_sys::Element, selector: &str) -> Option<String> {
    binnen
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn zet_titel(titel: &str) {
    if let Some(d) = document() {
        d.set_title(titel);
    }
}

pub fn afdrukken() {
    if let Some(w) = web_sys::window() {
        if let Err(e) = w.print() {
            console_fout(&format!("print failed: {e:?}"));
        }
    }
}

/// The URL fragment (`#...`) the page was opened with.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes a hand-over fragment (`#lijst=...`) from the address bar so a reload continues with the resident's own
/// answers. Any other fragment belongs to the host page (a skip link, an anchor of its own) and stays. The address
/// changes with `history.replaceState`, so the host page does not scroll and gets no extra history entry.
pub fn wis_fragment() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let fragment = w.location().hash().unwrap_or_default();
    if crate::wizard::lijst::lijst_uit_fragment(&fragment).is_none() {
        return;
    }
    let adres = pagina_adres();
    let vervangen = js_sys::Reflect::get(&w, &JsValue::from_str("history"))
        .ok()
        .and_then(|history| {
            let functie = js_sys::Reflect::get(&history, &JsValue::from_str("replaceState"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            functie
                .call3(
                    &history,
                    &JsValue::NULL,
                    &JsValue::from_str(""),
                    &JsValue::from_str(&adres),
                )
                .ok()
        });
    if vervangen.is_none() {
        let _ = w.location().set_hash("");
    }
}

/// This page's address without fragment, for hand-over links.
pub fn pagina_adres() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| match h.split_once('#') {
            Some((voor, _)) => voor.to_string(),
            None => h,
        })
        .unwrap_or_default()
}

/// Today in the browser's time zone.
pub fn vandaag() -> Option<Datum> {
    let nu = js_sys::Date::new_0();
    let jaar = nu.get_full_year();
    let maand = nu.get_month() + 1;
    let dag = nu.get_date();
    Datum::new(i32::try_from(jaar).ok()?, maand, dag)
}

/// Focuses the element with this id after the DOM has updated.
pub fn focus_id_later(id: String) {
    leptos::prelude::request_animation_frame(move || {
        let el = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// The attribute that hides the host page's own content while printing (see `@media print` in styles.css).
const NIET_AFDRUKKEN: &str = "data-pw-niet-afdrukken";

/// Before printing: marks everything of the host page beside the wizard, on every level from the wizard up to
/// `<body>`, so only the wizard prints (no header, menu or footer of the municipal page). `na_afdrukken` undoes it.
pub fn voor_afdrukken(wizard: &web_sys::Element) {
    let mut el = wizard.clone();
    while let Some(ouder) = el.parent_element() {
        let mut kind = ouder.first_element_child();
        while let Some(k) = kind {
            if k != el {
                let _ = k.set_attribute(NIET_AFDRUKKEN, "");
            }
            kind = k.next_element_sibling();
        }
        if ouder.tag_name().eq_ignore_ascii_case("body") {
            break;
        }
        el = ouder;
    }
}

/// After printing: the host page is whole again.
pub fn na_afdrukken() {
    let Some(d) = document() else {
        return;
    };
    let selector = format!("[{NIET_AFDRUKKEN}]");
    // Each pass removes the mark from one element, so this ends.
    while let Ok(Some(el)) = d.query_selector(&selector) {
        if el.remove_attribute(NIET_AFDRUKKEN).is_err() {
            break;
        }
    }
}
