//! The wizard's signals and the actions on them. One signal of answers and one of the step; everything else
//! (the path of questions, the screen, the outcomes) is derived with `Memo`, so a change re-derives the list.

use super::config::{Instellingen, ModusKeuze};
use super::state::{
    self, eerste_stap, lees_bewaard, na_antwoord, normaliseer, Bewaard, Modus, NietBruikbaar, Pad,
    Stap, OPSLAG_VERSIE,
};
use super::{dom, list, question, review, shared, start, storage};
use crate::rules::{answer_fits, evaluate, Antwoord, Antwoorden, Datum, Regels, Soort, Uitslag};
use leptos::prelude::*;
use std::sync::Arc;

/// A value shared by pointer; equal only to itself, so a memo of it notifies whenever it recomputes.
#[derive(Clone, Debug)]
pub struct Gedeeld<T>(pub Arc<T>);

impl<T> PartialEq for Gedeeld<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A calm notice shown at the top of the screen it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Melding {
    /// Progress from an earlier visit was restored.
    Hersteld,
    /// Progress was restored, but this many answers no longer fit the questions and were left out.
    DeelsHersteld(usize),
    /// Stored progress could not be used at all (another version, or damaged).
    NietHersteld,
    /// Everything was wiped.
    Gewist,
}

#[derive(Clone, Copy)]
pub struct Wizard {
    pub regels: StoredValue<Arc<Regels>>,
    pub instellingen: StoredValue<Instellingen>,
    pub datum: Datum,
    /// Preset answers (the municipality from `data-gemeente`): never asked, always counted.
    pub vast: StoredValue<Antwoorden>,
    pub modus: RwSignal<Option<Modus>>,
    pub antwoorden: RwSignal<Antwoorden>,
    pub stap: RwSignal<Stap>,
    pub pad: Memo<Pad>,
    /// The screen actually shown: `stap` checked against the path.
    pub scherm: Memo<Stap>,
    pub uitslag: Memo<Gedeeld<Uitslag>>,
    /// A notice and the screen it belongs to; it disappears when the resident moves on.
    pub melding: RwSignal<Option<(Melding, Stap)>>,
    /// False when this device cannot keep the answers (storage blocked or full).
    pub opslag_werkt: RwSignal<bool>,
}

impl Wizard {
    pub fn regels(&self) -> Arc<Regels> {
        self.regels.get_value()
    }

    /// Whether there is progress to continue with.
    pub fn heeft_antwoorden(&self) -> bool {
        self.antwoorden.with(|a| !a.is_empty())
    }

    /// Starts the questions in the chosen mode. A new mode, or no earlier answers, starts afresh.
    pub fn begin(&self, modus: Modus) {
        if self.modus.get_untracked() != Some(modus) {
            if self.modus.get_untracked().is_some() {
                // Switching ways in: the other way's answers stay where they were stored, not in this session.
                self.antwoorden.set(Antwoorden::new());
            }
            self.modus.set(Some(modus));
        }
        self.opslag_werkt
            .set(storage::beschikbaar(storage::Soort::voor(modus)));
        dom::wis_fragment();
        let volgende = self.pad.with_untracked(eerste_stap);
        self.stap.set(volgende);
    }

    /// Continues where the resident was.
    pub fn verder(&self) {
        let volgende = self.pad.with_untracked(|p| match p.grens() {
            Some(id) => Stap::Vraag {
                id: id.to_string(),
                wijzigen: false,
            },
            None => Stap::Controle,
        });
        self.stap.set(volgende);
    }

    /// Stores an answer and moves on.
    pub fn beantwoord(&self, id: &str, antwoord: Antwoord, wijzigen: bool) {
        self.antwoorden.update(|a| {
            a.insert(id.to_string(), antwoord);
        });
        let volgende = self.pad.with_untracked(|p| na_antwoord(p, id, wijzigen));
        self.stap.set(volgende);
    }

    pub fn terug(&self, id: &str, wijzigen: bool) {
        let vorige = self.pad.with_untracked(|p| state::vorige(p, id, wijzigen));
        self.stap.set(vorige);
    }

    pub fn naar(&self, stap: Stap) {
        self.stap.set(stap);
    }

    /// Wipes everything from this device and memory, then shows the start screen.
    pub fn wis(&self) {
        storage::wis_alles();
        self.antwoorden.set(Antwoorden::new());
        self.modus.set(None);
        self.stap.set(Stap::Start);
        self.melding.set(Some((Melding::Gewist, Stap::Start)));
    }

    /// The position on the path and the upper bound of questions after it, for "Vraag 3, nog hoogstens N".
    pub fn voortgang(&self, id: &str) -> Option<(usize, usize)> {
        let regels = self.regels();
        self.pad.with_untracked(|p| {
            let i = p.positie(id)?;
            let na = self
                .vast
                .with_value(|vast| state::nog_hoogstens(&regels, p, vast, i, self.datum));
            Some((i + 1, na))
        })
    }
}

/// The preset municipality, if the host element names one that exists in the regulations file.
fn vaste_antwoorden(regels: &Regels, instellingen: &Instellingen) -> Antwoorden {
    let mut vast = Antwoorden::new();
    if let Some(gemeente) = &instellingen.gemeente {
        let antwoord = Antwoord::Keuze(gemeente.clone());
        match regels.vragen.iter().find(|v| v.id == "gemeente") {
            Some(vraag) if vraag.soort == Soort::Keuze && answer_fits(vraag, &antwoord) => {
                vast.insert("gemeente".to_string(), antwoord);
            }
            _ => dom::console_waarschuwing(&format!(
                "data-gemeente=\"{gemeente}\" is not a gemeente in the regulations file; it is ignored"
            )),
        }
    }
    vast
}

/// Reads stored progress: this tab's kitchen-table session first, then the resident's own saved answers.
fn herstel(regels: &Regels) -> (Option<Modus>, Antwoorden, Stap, Option<Melding>) {
    for soort in [storage::Soort::Sessie, storage::Soort::Lokaal] {
        let Some(tekst) = storage::lees(soort) else {
            continue;
        };
        let bron = match soort {
            storage::Soort::Sessie => Modus::Samen,
            storage::Soort::Lokaal => Modus::Zelf,
        };
        match lees_bewaard(regels, &tekst, bron) {
            Ok(h) => {
                let melding = if h.weggelaten > 0 {
                    dom::console_waarschuwing(&format!(
                        "{} stored answer(s) no longer fit the regulations file and were dropped",
                        h.weggelaten
                    ));
                    Melding::DeelsHersteld(h.weggelaten)
                } else {
                    Melding::Hersteld
                };
                return (Some(h.modus), h.antwoorden, h.stap, Some(melding));
            }
            Err(fout) => {
                match fout {
                    NietBruikbaar::Onleesbaar(e) => {
                        dom::console_waarschuwing(&format!("stored progress is damaged: {e}"))
                    }
                    NietBruikbaar::AndereVersie(v) => dom::console_waarschuwing(&format!(
                        "stored progress has format version {v:?}, expected {OPSLAG_VERSIE}"
                    )),
                }
                storage::wis(soort);
                return (
                    None,
                    Antwoorden::new(),
                    Stap::Start,
                    Some(Melding::NietHersteld),
                );
            }
        }
    }
    (None, Antwoorden::new(), Stap::Start, None)
}

#[component]
pub fn Wizard(
    regels: Arc<Regels>,
    instellingen: StoredValue<Instellingen>,
    aankondiging: RwSignal<String>,
) -> impl IntoView {
    let datum = instellingen
        .with_value(|i| i.datum)
        .or_else(dom::vandaag)
        .unwrap_or(regels.meta.laatst_bekeken);
    let vast = instellingen.with_value(|i| vaste_antwoorden(&regels, i));

    // A hand-over link (#lijst=...) opens the read-only list; otherwise continue stored progress.
    let gedeeld = state::lijst_uit_fragment(&dom::fragment());
    let (modus, antwoorden, stap, melding) = match gedeeld {
        Some(ids) => (None, Antwoorden::new(), Stap::Gedeeld(ids), None),
        None => herstel(&regels),
    };
    // With data-modus only one way in: a session of the other kind is not continued.
    let toegestaan = instellingen.with_value(|i| i.modus);
    let (modus, antwoorden, stap, melding) = match (toegestaan, modus) {
        (ModusKeuze::AlleenZelf, Some(Modus::Samen))
        | (ModusKeuze::AlleenSamen, Some(Modus::Zelf)) => {
            (None, Antwoorden::new(), Stap::Start, None)
        }
        _ => (modus, antwoorden, stap, melding),
    };
    let opslag_werkt = modus
        .map(|m| storage::beschikbaar(storage::Soort::voor(m)))
        .unwrap_or_else(|| storage::beschikbaar(storage::Soort::Lokaal));

    let regels = StoredValue::new(regels);
    let vast = StoredValue::new(vast);
    let antwoorden = RwSignal::new(antwoorden);
    let stap_signaal = RwSignal::new(stap.clone());
    // Each answer re-derives the path, reusing the unchanged part of the previous one.
    let pad = Memo::new(move |vorige: Option<&Pad>| {
        regels.with_value(|r| {
            antwoorden.with(|a| vast.with_value(|v| state::pad_vanaf(vorige, r, a, v, datum)))
        })
    });
    let scherm = Memo::new(move |_| pad.with(|p| normaliseer(&stap_signaal.get(), p)));
    let uitslag = Memo::new(move |_| {
        Gedeeld(Arc::new(
            regels.with_value(|r| pad.with(|p| evaluate(r, &p.geldig, datum))),
        ))
    });
    let eerste_scherm = scherm.get_untracked();
    let w = Wizard {
        regels,
        instellingen,
        datum,
        vast,
        modus: RwSignal::new(modus),
        antwoorden,
        stap: stap_signaal,
        pad,
        scherm,
        uitslag,
        melding: RwSignal::new(melding.map(|m| (m, eerste_scherm))),
        opslag_werkt: RwSignal::new(opslag_werkt),
    };

    // A hand-over link opened on this same page (only the fragment changes): show that list.
    // The browser's back button from there returns to the start.
    let _ = window_event_listener(
        leptos::ev::hashchange,
        move |_| match state::lijst_uit_fragment(&dom::fragment()) {
            Some(ids) => w.naar(Stap::Gedeeld(ids)),
            None if matches!(w.scherm.get_untracked(), Stap::Gedeeld(_)) => w.naar(Stap::Start),
            None => {}
        },
    );

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
        let verplaatst = vorige.as_ref().is_some_and(|v| v != &nu);
        let titel = w.instellingen.with_value(|i| i.paginatitel.clone());
        let stap_titel = match &nu {
            Stap::Start => "Welke regelingen passen bij u?".to_string(),
            // Only the position: the upper bound of questions still to come (`voortgang`) costs a flow walk.
            Stap::Vraag { id, .. } => match w.pad.with_untracked(|p| p.positie(id)) {
                Some(i) => format!("Vraag {}", i + 1),
                None => "Vraag".to_string(),
            },
            Stap::Controle => "Kloppen uw antwoorden?".to_string(),
            Stap::Lijst | Stap::Gedeeld(_) => "Uw lijst met regelingen".to_string(),
        };
        leptos::prelude::request_animation_frame(move || {
            if let Some(t) = titel {
                dom::zet_titel(&format!("{stap_titel} - {t}"));
            }
            if !verplaatst {
                return;
            }
            let Some(el) = root.get_untracked() else {
                return;
            };
            let el: web_sys::Element = el.into();
            let kop = dom::tekst_van(&el, "[data-pw-kop]").unwrap_or_default();
            let tekst = match dom::tekst_van(&el, ".pw-voortgang") {
                Some(v) => format!("{v}. {kop}"),
                None => kop,
            };
            aankondiging.set(tekst);
            dom::focus_later(Some(el), "[data-pw-kop]");
        });
        nu
    });

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
                    .map(|m| {
                        let tekst = match m {
                            Melding::Hersteld => {
                                "Welkom terug. U gaat verder waar u was gebleven.".to_string()
                            }
                            Melding::DeelsHersteld(1) => {
                                "Welkom terug. Eén antwoord paste niet meer bij de vragen. Die vraag stellen we opnieuw."
                                    .to_string()
                            }
                            Melding::DeelsHersteld(n) => {
                                format!(
                                    "Welkom terug. {n} antwoorden pasten niet meer bij de vragen. Die vragen stellen we opnieuw.",
                                )
                            }
                            Melding::NietHersteld => {
                                "Uw antwoorden van de vorige keer konden we niet meer gebruiken. U kunt gewoon opnieuw beginnen."
                                    .to_string()
                            }
                            Melding::Gewist => "Uw antwoorden zijn gewist van dit apparaat.".to_string(),
                        };
                        view! { <p class="pw-melding pw-melding--scherm">{tekst}</p> }
                    })
            }}
            {move || {
                (!w.opslag_werkt.get() && w.modus.get().is_some()
                    && !matches!(w.scherm.get(), Stap::Gedeeld(_)))
                    .then(|| view! { <start::OpslagMelding w/> })
            }}
            {move || match w.scherm.get() {
                Stap::Start => view! { <start::StartScherm w/> }.into_any(),
                Stap::Vraag { id, wijzigen } => {
                    view! { <question::VraagScherm w id wijzigen/> }.into_any()
                }
                Stap::Controle => view! { <review::Controle w/> }.into_any(),
                Stap::Lijst => view! { <list::Lijst w/> }.into_any(),
                Stap::Gedeeld(ids) => view! { <shared::GedeeldeLijst w ids/> }.into_any(),
            }}
        </div>
    }
}
