//! The router: makes the wizard handle, provides it, and shows the screen for the current step (a signal, no
//! client-side router: the host page's links and URL stay untouched; each step is a history entry, so the
//! browser's Back button goes to the previous question). It also keeps progress on the device and,
//! on each new screen, moves focus to its heading, announces it and keeps the page title up to date.

use super::gemeente::{haal_als_nodig, volg_gemeente};
use super::handle::{provide_wizard, Wizard};
use super::lijst::volg_lijst;
use super::parts::lijst_laden::LijstLaden;
use super::parts::opslag_melding::OpslagMelding;
use super::parts::taal_menu::TaalMenu;
use super::screens::{
    alles::Alles, controle::Controle, gedeelde_lijst::GedeeldeLijst, lijst::Lijst,
    start_scherm::StartScherm, vraag_scherm::VraagScherm,
};
use super::taal::TaalStaat;
use super::{dom, mark, storage};
use crate::rules::Regels;
use crate::wizard::instellingen::Instellingen;
use crate::wizard::lijst::{gemeente_uit_fragment, lijst_uit_fragment};
use crate::wizard::opslag::{Bewaard, OPSLAG_VERSIE};
use crate::wizard::stap::Stap;
use crate::wizard::tekst::{aankondiging, paginatitel, stap_titel};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Router(
    regels: Arc<Regels>,
    instellingen: StoredValue<Instellingen>,
    aankondiging_tekst: RwSignal<String>,
    /// On a first visit `regels` is a stand-in and the real rules arrive here once read (see `super::App`).
    later: Option<RwSignal<Option<Arc<Regels>>>>,
) -> impl IntoView {
    let taal = match use_context::<TaalStaat>() {
        Some(t) => t,
        None => unreachable!("the router is drawn below the root, which provides the language"),
    };
    let w = Wizard::new(regels, instellingen, taal, later.is_some());
    if let Some(later) = later {
        Effect::new(move |_| {
            if let Some(regels) = later.get() {
                w.regels_er(regels);
            }
        });
    }
    // A municipality's own file in use: its translation too, when a language other than Dutch is in use.
    Effect::new(move |_| taal.volg_gemeenten(w.regels_nl.get()));
    provide_wizard(w);
    volg_gemeente(w);
    volg_lijst(w);
    // The municipality question and the one-page view wait for the list of municipalities (a memo: the arrival of
    // a municipality's own file does not redraw the question being answered).
    let lijst_nodig = Memo::new(move |_| !w.regels.with(|r| r.alle_gemeenten_bekend()));
    // The screens that show a placeholder (`LijstLaden`) instead of themselves while that list is needed.
    let wacht_op_lijst = move |stap: &Stap| match stap {
        Stap::Vraag { id, .. } => id == "gemeente",
        Stap::Alles => !w.vast.with_value(|v| v.contains_key("gemeente")),
        _ => false,
    };
    // Back and Forward in the browser move between the steps.
    super::geschiedenis::volg(w);

    // A hand-over link opened on this same page (only the fragment changes): show that list.
    // The browser's back button from there returns to the start.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let fragment = dom::fragment();
        match lijst_uit_fragment(&fragment) {
            Some(ids) => {
                if let Some(g) = gemeente_uit_fragment(&fragment) {
                    haal_als_nodig(w, g);
                }
                w.naar(Stap::Gedeeld(ids))
            }
            None if matches!(w.scherm.get_untracked(), Stap::Gedeeld(_)) => w.naar(Stap::Start),
            None => {}
        }
    });

    // Effects run once the view is in the page: the first screen is drawn.
    Effect::new(move |_| mark::end(mark::FIRST_SCREEN));

    // Keep progress on the device (an effect: it syncs with something outside the reactive system).
    Effect::new(move |_| {
        let Some(modus) = w.modus.get() else {
            return;
        };
        let stap = w.stap.get();
        if matches!(stap, Stap::Gedeeld(_)) {
            return;
        }
        let bewaard = Bewaard {
            versie: OPSLAG_VERSIE,
            modus,
            stap,
            antwoorden: w.antwoorden.get(),
        };
        match storage::bewaar(&bewaard) {
            Ok(()) => w.opslag_werkt.set(true),
            Err(e) => {
                dom::console_waarschuwing(&format!("could not keep progress on this device: {e}"));
                w.opslag_werkt.set(false);
            }
        }
    });

    // Each new screen: move focus to its heading, announce it, and keep the page title up to date.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |vorige: Option<Stap>| {
        let nu = w.scherm.get();
        // A new language: the title again, in that language (focus stays on the menu).
        taal.vertalingen.track();
        let verplaatst = vorige.as_ref().is_some_and(|v| v != &nu);
        let titel = w.instellingen.with_value(|i| i.paginatitel.clone());
        let deel = w.pad.with_untracked(|p| stap_titel(&nu, p));
        request_animation_frame(move || {
            if let Some(t) = titel {
                dom::zet_titel(&paginatitel(&deel, &t));
            }
            if !verplaatst {
                return;
            }
            let Some(el) = root.get_untracked() else {
                return;
            };
            let el: web_sys::Element = el.into();
            // The wizard's own top (the back link, the progress) at the top of the screen: the host page's text
            // above it never takes the first view of a question, also at 200 % and 400 % zoom.
            el.scroll_into_view_with_bool(true);
            let kop = dom::tekst_van(&el, "[data-pw-kop]").unwrap_or_default();
            let voortgang = dom::tekst_van(&el, ".pw-voortgang");
            aankondiging_tekst.set(aankondiging(voortgang.as_deref(), &kop));
            dom::focus_later(Some(el), "[data-pw-kop]");
        });
        nu
    });

    // The list of municipalities arriving replaces its placeholder by the question (or the one-page view): the
    // placeholder's heading had focus, so the new heading takes it, or a screen reader would be left on nothing.
    Effect::new(move |vorige: Option<bool>| {
        let nodig = lijst_nodig.get();
        if vorige == Some(true) && !nodig && w.scherm.with_untracked(wacht_op_lijst) {
            if let Some(el) = root.get_untracked() {
                dom::focus_later_als_kwijt(el.into(), "[data-pw-kop]");
            }
        }
        nodig
    });

    // Printing shows the wizard only: the host page's header, menus and footer stay off the paper.
    let _ = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(el) = root.get_untracked() {
            dom::voor_afdrukken(&el.into());
        }
    });
    let _ = window_event_listener_untyped("afterprint", |_| dom::na_afdrukken());

    let melding_hier = move || {
        w.melding
            .get()
            .filter(|(_, op)| *op == w.scherm.get())
            .map(|(m, _)| m)
    };

    view! {
        <div class="pw-wizard" node_ref=root>
            {move || {
                melding_hier()
                    .map(|m| view! { <p class="pw-melding pw-melding--scherm">{m.tekst()}</p> })
            }}
            {move || {
                (!w.opslag_werkt.get() && w.modus.get().is_some()
                    && !matches!(w.scherm.get(), Stap::Gedeeld(_)))
                    .then(|| view! { <OpslagMelding/> })
            }}
            <TaalMenu/>
            {move || {
                // Every screen is drawn again in a new language; the answers and the step stay.
                taal.vertalingen.track();
                match w.scherm.get() {
                Stap::Start => view! { <StartScherm/> }.into_any(),
                Stap::Vraag { id, wijzigen } if id == "gemeente" => (move || {
                    if lijst_nodig.get() {
                        view! { <LijstLaden vraag=true wijzigen/> }.into_any()
                    } else {
                        view! { <VraagScherm id=id.clone() wijzigen/> }.into_any()
                    }
                })
                    .into_any(),
                Stap::Vraag { id, wijzigen } => view! { <VraagScherm id wijzigen/> }.into_any(),
                Stap::Controle => view! { <Controle/> }.into_any(),
                Stap::Alles => (move || {
                    if lijst_nodig.get() && wacht_op_lijst(&Stap::Alles) {
                        view! { <LijstLaden/> }.into_any()
                    } else {
                        view! { <Alles/> }.into_any()
                    }
                })
                    .into_any(),
                // The list is drawn again when the municipality's file arrives while it shows.
                Stap::Lijst => (move || {
                    w.regels.track();
                    view! { <Lijst/> }
                })
                    .into_any(),
                Stap::Gedeeld(ids) => (move || {
                    w.regels.track();
                    view! { <GedeeldeLijst ids=ids.clone()/> }
                })
                    .into_any(),
            }
            }}
        </div>
    }
}
