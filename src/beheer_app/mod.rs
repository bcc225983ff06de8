//! The policy officer's workbench (beheer.html, feature `beheer`): thin Leptos views over `crate::werkbank` and
//! the engine. Files are opened or dropped locally and read in the browser; the only requests are for the
//! published files of this same site (to compare with, and as the national base for a municipality's file).

mod bestanden;
mod secties;

use crate::rules::{Datum, Regels};
use crate::werkbank::{controleer, soort_van, Bestanden, Invoer, Soort, Uitslag};
use crate::wizard::proef::{Proef, ProefGemeente, PARAMETER};
use leptos::prelude::*;
use secties::{Bereik, Grenzen, Meldingen, Vergelijking, Voorbeelden};
use std::sync::Arc;

/// Mounts the workbench into `<main id="werkbank">`.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("werkbank"))
    else {
        return;
    };
    use wasm_bindgen::JsCast;
    let Ok(host) = host.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    host.set_inner_html("");
    leptos::mount::mount_to(host, Werkbank).forget();
}

/// Today in the browser's clock.
fn vandaag() -> Datum {
    let ms = js_sys::Date::now();
    Datum::from_unix_days((ms / 86_400_000.0).floor() as i64).unwrap_or(Datum::EPOCH)
}

/// The state of the page: the opened files, the published ones, and what was read from them.
#[derive(Clone, Copy)]
pub(crate) struct Staat {
    pub geopend: RwSignal<Vec<Invoer>>,
    pub gepubliceerd: RwSignal<Option<String>>,
    /// The published index of municipalities (`gemeenten.toml`).
    pub gepubliceerde_lijst: RwSignal<Option<String>>,
    /// The published file of the opened municipality, to compare with.
    pub gepubliceerd_gemeente: RwSignal<Option<(String, String)>>,
    pub uitslag: RwSignal<Option<Arc<Uitslag>>>,
    pub datum: RwSignal<Datum>,
    pub gemeente: RwSignal<Option<String>>,
}

impl Staat {
    fn herbereken(self) {
        let geopend = self.geopend.get_untracked();
        if geopend.is_empty() {
            self.uitslag.set(None);
            return;
        }
        let gepubliceerd = self.gepubliceerd.get_untracked();
        let lijst = self.gepubliceerde_lijst.get_untracked();
        let uitslag = controleer(
            &Bestanden {
                geopend: &geopend,
                gepubliceerd: gepubliceerd.as_deref(),
                gepubliceerde_lijst: lijst.as_deref(),
            },
            vandaag(),
        );
        if let Some(g) = &uitslag.gemeente {
            self.gemeente.set(Some(g.clone()));
            let al = self
                .gepubliceerd_gemeente
                .with_untracked(|p| p.as_ref().is_some_and(|(id, _)| id == g));
            if !al {
                bestanden::haal_gepubliceerde_gemeente(self, g.clone());
            }
        }
        self.uitslag.set(Some(Arc::new(uitslag)));
    }

    /// The published rules (national file, with the opened municipality's published file), to compare with.
    pub fn gepubliceerde_regels(self) -> Option<Regels> {
        let tekst = self.gepubliceerd.get()?;
        let mut regels = crate::rules::load("regulations.toml", &tekst).ok()?;
        if let Some((id, g)) = self.gepubliceerd_gemeente.get() {
            let bestand = format!("gemeenten/{id}.toml");
            let _ = crate::rules::add_gemeente(&mut regels, &id, &bestand, &g);
        }
        Some(regels)
    }

    /// Hands the opened files to the wizard of this site and opens it in this tab.
    fn start_wizard(self) {
        let geopend = self.geopend.get_untracked();
        let landelijk = geopend
            .iter()
            .find(|i| soort_van(&i.tekst) == Soort::Landelijk)
            .map(|i| i.tekst.clone());
        let gemeente = geopend.iter().find_map(|i| match soort_van(&i.tekst) {
            Soort::Gemeente(Some(id)) => Some(ProefGemeente {
                id,
                tekst: i.tekst.clone(),
            }),
            _ => None,
        });
        let proef = Proef {
            landelijk,
            gemeente,
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(Some(opslag)) = window.session_storage() {
            let bewaard = proef
                .opslag()
                .iter()
                .all(|(k, v)| opslag.set_item(k, v).is_ok());
            if bewaard {
                let _ = window.location().assign(&format!("index.html?{PARAMETER}"));
            }
        }
    }
}

#[component]
fn Werkbank() -> impl IntoView {
    let staat = Staat {
        geopend: RwSignal::new(Vec::new()),
        gepubliceerd: RwSignal::new(None),
        gepubliceerde_lijst: RwSignal::new(None),
        gepubliceerd_gemeente: RwSignal::new(None),
        uitslag: RwSignal::new(None),
        datum: RwSignal::new(vandaag()),
        gemeente: RwSignal::new(None),
    };
    provide_context(staat);
    bestanden::haal_gepubliceerd(staat);
    let klaar = move || {
        staat
            .uitslag
            .with(|u| u.as_ref().is_some_and(|u| u.regels.is_some()))
    };
    view! {
        <h1>"Werkbank voor beleidsmedewerkers"</h1>
        <p>
            "Probeer een aangepast regelbestand uit voordat u het publiceert. Open "
            <code>"regulations.toml"</code>", het bestand van uw gemeente (zoals "
            <code>"gemeenten/leiden.toml"</code>") en de voorbeelden ("<code>"leiden.voorbeelden.toml"</code>
            "). Opent u alleen het bestand van uw gemeente, dan gebruikt de werkbank het gepubliceerde "
            <code>"regulations.toml"</code>". De bestanden blijven op dit apparaat."
        </p>
        <bestanden::Openen/>
        <Meldingen/>
        <Show when=klaar>
            <Voorbeelden/>
            <section aria-labelledby="bh-wizard-kop">
                <h2 id="bh-wizard-kop">"De wizard proberen"</h2>
                <p>"Loop de vragen door zoals een inwoner dat doet, met de bestanden die u hier opende."</p>
                <button type="button" class="bh-knop" on:click=move |_| staat.start_wizard()>
                    "Start de wizard met dit bestand"
                </button>
            </section>
            <Grenzen/>
            <Bereik/>
            <Vergelijking/>
        </Show>
    }
}
