//! The handle every screen needs: the wizard's signals and the actions on them. One signal of answers and one
//! of the step; everything else (the path, the screen, the outcomes) is derived with `Memo` from the pure
//! decisions in `crate::wizard`. The router provides it (`provide_wizard`), screens take it (`use_wizard`).

use super::taal::TaalStaat;
use super::{dom, mark, storage};
use crate::rules::vertaling::vertaal_regels;
use crate::rules::{evaluate, Antwoord, Antwoorden, Datum, LijstGemeente, Regels, Uitslag};
use crate::wizard::begin::begin;
use crate::wizard::instellingen::Instellingen;
use crate::wizard::opslag::StorageArea;
use crate::wizard::pad::{pad_vanaf, voortgang, Pad};
use crate::wizard::stap::{self, eerste_stap_in, na_antwoord, normaliseer, Modus, Stap};
use crate::wizard::{hulp, tekst::Melding};
use leptos::prelude::*;
use std::sync::Arc;

/// A value shared by pointer; equal only to itself, so a memo of it notifies whenever it recomputes.
#[derive(Clone, Debug)]
pub struct ByPointer<T>(pub Arc<T>);

impl<T> PartialEq for ByPointer<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the own file of the resident's municipality is (`gemeenten/<id>.toml`); see `super::gemeente`.
#[derive(Clone, Debug, PartialEq)]
pub enum GemeenteBestand {
    /// Not needed yet (the municipality is not known), or already part of the rules.
    Klaar,
    Bezig(String),
    /// Fetching or reading it failed: the list says so and offers to try again.
    Mislukt(String),
}

/// Where the index of municipalities is (`gemeenten.toml`); see `super::lijst`.
#[derive(Clone, Debug)]
pub enum LijstStaat {
    /// Not fetched: not needed yet, or the national file has no index.
    Niet,
    Bezig,
    /// Added to the rules; kept to add again to rules a municipality's file was added to meanwhile.
    Klaar(Arc<Vec<LijstGemeente>>),
    Mislukt,
}

#[derive(Clone, Copy)]
pub struct Wizard {
    /// The national rules in Dutch, with the municipality's own file added once it is known and fetched.
    pub regels_nl: RwSignal<Arc<Regels>>,
    /// The rules in the language in use: `regels_nl` with their texts translated.
    pub regels: Memo<Arc<Regels>>,
    pub taal: TaalStaat,
    pub gemeente_bestand: RwSignal<GemeenteBestand>,
    pub lijst: RwSignal<LijstStaat>,
    pub instellingen: StoredValue<Instellingen>,
    pub datum: Datum,
    /// Preset answers (the municipality from `data-gemeente`): never asked, always counted.
    pub vast: StoredValue<Antwoorden>,
    pub modus: RwSignal<Option<Modus>>,
    pub antwoorden: RwSignal<Antwoorden>,
    pub stap: RwSignal<Stap>,
    /// Where "Verder gaan" on the start screen leads after stored progress was found.
    pub hervat: StoredValue<Option<Stap>>,
    pub pad: Memo<Pad>,
    /// The screen actually shown: `stap` checked against the path.
    pub scherm: Memo<Stap>,
    pub uitslag: Memo<ByPointer<Uitslag>>,
    /// A notice and the screen it belongs to; it disappears when the resident moves on.
    pub melding: RwSignal<Option<(Melding, Stap)>>,
    /// False when this device cannot keep the answers (storage blocked or full).
    pub opslag_werkt: RwSignal<bool>,
    /// True while `regels_nl` is a stand-in (`Regels::leeg`): on a first visit the start screen is drawn before
    /// the regulations file is read (see `super::App`); `regels_er` puts the real rules in.
    pub voorlopig: RwSignal<bool>,
    /// A way in picked while the rules were a stand-in: started as soon as they are there.
    gekozen: StoredValue<Option<Modus>>,
}

/// Makes the handle available to every screen below the calling component.
pub fn provide_wizard(w: Wizard) {
    provide_context(w);
}

/// The handle provided by the router. Screens and parts are drawn only below the router, so it is always there.
pub fn use_wizard() -> Wizard {
    match use_context::<Wizard>() {
        Some(w) => w,
        // A screen drawn outside the router is a programming error, as with Leptos's `expect_context`; a plain
        // message keeps `expect_context`'s debug formatting (about 1 kB brotli) out of the WebAssembly.
        None => unreachable!("a wizard screen was drawn outside the router"),
    }
}

impl Wizard {
    /// The wizard for a loaded regulations file: stored progress or a hand-over link read, signals made.
    /// `voorlopig`: `regels` is a stand-in on a first visit (nothing stored, no hand-over link, no municipality
    /// preset), so there is nothing to restore that needs the real rules.
    pub fn new(
        regels: Arc<Regels>,
        instellingen: StoredValue<Instellingen>,
        taal: TaalStaat,
        voorlopig: bool,
    ) -> Wizard {
        let datum = instellingen
            .with_value(|i| i.datum)
            .or_else(dom::vandaag)
            .unwrap_or(regels.meta.laatst_bekeken);
        let (vast, fout) =
            instellingen.with_value(|i| hulp::vaste_antwoorden(&regels, i.gemeente.as_deref()));
        if let Some(fout) = fout {
            dom::console_waarschuwing(&fout);
        }
        let toegestaan = instellingen.with_value(|i| i.modus);
        let herstellen = mark::Span::new(mark::RESTORE);
        let start = begin(&regels, &vast, &dom::fragment(), toegestaan, storage::lees);
        drop(herstellen);
        if let Some(w) = &start.waarschuwing {
            dom::console_waarschuwing(w);
        }
        if let Some(plek) = start.wissen {
            storage::wis(plek);
        }
        // Only progress in a mode uses storage; without one (a first visit) the probe, a write to the device's
        // storage, waits until the resident picks a way in (`begin` probes again then).
        let opslag_werkt = start
            .modus
            .is_none_or(|m| storage::beschikbaar(StorageArea::for_modus(m)));

        let regels_nl = RwSignal::new(regels);
        let vertalingen = taal.vertalingen;
        let regels = Memo::new_with_compare(
            move |_| {
                let nl = regels_nl.get();
                match vertalingen.get() {
                    Some(v) => Arc::new(vertaal_regels(&nl, &v)),
                    None => nl,
                }
            },
            |oud, nieuw| !matches!((oud, nieuw), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
        );
        let vast = StoredValue::new(vast);
        let antwoorden = RwSignal::new(start.antwoorden);
        let stap_signaal = RwSignal::new(start.stap);
        // Each answer re-derives the path, reusing the unchanged part of the previous one.
        // A municipality's file arriving changes the rules: the path is then walked again from the start, as a
        // path reused from other rules could ask other questions.
        let pad_regels = StoredValue::new(regels.get_untracked());
        let pad = Memo::new(move |vorige: Option<&Pad>| {
            regels.with(|r| {
                let vorige = vorige.filter(|_| pad_regels.with_value(|p| Arc::ptr_eq(p, r)));
                pad_regels.set_value(r.clone());
                antwoorden.with(|a| vast.with_value(|v| pad_vanaf(vorige, r, a, v, datum)))
            })
        });
        let modus = RwSignal::new(start.modus);
        let scherm =
            Memo::new(move |_| pad.with(|p| normaliseer(&stap_signaal.get(), p, modus.get())));
        let uitslag = Memo::new(move |_| {
            ByPointer(Arc::new(
                regels.with(|r| pad.with(|p| evaluate(r, &p.geldig, datum))),
            ))
        });
        let eerste_scherm = scherm.get_untracked();
        Wizard {
            regels_nl,
            regels,
            taal,
            gemeente_bestand: RwSignal::new(GemeenteBestand::Klaar),
            lijst: RwSignal::new(LijstStaat::Niet),
            instellingen,
            datum,
            vast,
            modus,
            antwoorden,
            stap: stap_signaal,
            hervat: StoredValue::new(start.hervat),
            pad,
            scherm,
            uitslag,
            melding: RwSignal::new(start.melding.map(|m| (m, eerste_scherm))),
            opslag_werkt: RwSignal::new(opslag_werkt),
            voorlopig: RwSignal::new(voorlopig),
            gekozen: StoredValue::new(None),
        }
    }

    /// The regulations file has been read: the real rules replace the stand-in, and a way in picked meanwhile
    /// starts now (the path is walked again for the new rules, as when a municipality's file arrives).
    pub fn regels_er(&self, regels: Arc<Regels>) {
        self.regels_nl.set(regels);
        self.voorlopig.set(false);
        if let Some(modus) = self.gekozen.try_update_value(Option::take).flatten() {
            self.begin(modus);
        }
    }

    /// The rules as they are now (not tracked: a screen is drawn with the rules it started with, so a
    /// municipality's file arriving never redraws a question the resident is answering).
    pub fn regels(&self) -> Arc<Regels> {
        self.regels.get_untracked()
    }

    /// Whether there is progress to continue with.
    pub fn heeft_antwoorden(&self) -> bool {
        self.antwoorden.with(|a| !a.is_empty())
    }

    /// The municipality among the answers that count, if known.
    pub fn gemeente(&self) -> Option<String> {
        self.pad.with_untracked(|p| hulp::gemeente_van(&p.geldig))
    }

    /// Starts the questions in the chosen mode. A new mode, or no earlier answers, starts afresh.
    pub fn begin(&self, modus: Modus) {
        if self.voorlopig.get_untracked() {
            // The questions need the real rules; the tap is kept, not lost (`regels_er`).
            self.gekozen.set_value(Some(modus));
            return;
        }
        if self.modus.get_untracked() != Some(modus) {
            if self.modus.get_untracked().is_some() {
                // Switching ways in: the other way's answers stay where they were stored, not in this session.
                self.antwoorden.set(Antwoorden::new());
            }
            self.modus.set(Some(modus));
        }
        self.taal.bewaar(modus);
        self.opslag_werkt
            .set(storage::beschikbaar(StorageArea::for_modus(modus)));
        dom::wis_fragment();
        let volgende = self.pad.with_untracked(|p| eerste_stap_in(modus, p));
        self.stap.set(volgende);
    }

    /// Continues where the resident was: the stored step once, afterwards the open question.
    pub fn verder(&self) {
        let volgende = match self.hervat.get_value().filter(|s| *s != Stap::Start) {
            Some(hervat) => {
                self.hervat.set_value(None);
                hervat
            }
            None => self.pad.with_untracked(stap::verder),
        };
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
        let vorige = self.pad.with_untracked(|p| stap::vorige(p, id, wijzigen));
        self.stap.set(vorige);
    }

    pub fn naar(&self, stap: Stap) {
        self.stap.set(stap);
    }

    /// Wipes everything from this device and memory, then shows the start screen.
    pub fn wis(&self) {
        storage::wis_alles();
        self.hervat.set_value(None);
        self.antwoorden.set(Antwoorden::new());
        self.modus.set(None);
        self.stap.set(Stap::Start);
        self.melding.set(Some((Melding::Gewist, Stap::Start)));
    }

    /// The position on the path and the upper bound of questions after it, for "Vraag 3, nog hoogstens N".
    pub fn voortgang(&self, id: &str) -> Option<(usize, usize)> {
        let regels = self.regels();
        self.pad.with_untracked(|p| {
            self.vast
                .with_value(|vast| voortgang(&regels, p, vast, id, self.datum))
        })
    }
}
