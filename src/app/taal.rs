//! The language in use. Dutch is built in; another language's files are fetched only when a resident picks it:
//! `talen/<code>.toml` (the national texts and the wizard's own) and, once the municipality's own file is in
//! use, `gemeenten/<id>.<code>.toml`. The texts switch in place: the answers and the step stay.

use super::{dom, haal_tekst, storage};
use crate::rules::vertaling::{
    gebruik_vertalingen, gemeente_bestand, landelijk_bestand, lees_vertaling, taal, Taal,
    Vertalingen, NEDERLANDS,
};
use crate::rules::Regels;
use crate::wizard::opslag::StorageArea;
use crate::wizard::stap::Modus;
use leptos::prelude::*;
use std::sync::Arc;

/// The language state, shared by the root (its `lang` and `dir`) and every screen (the menu).
#[derive(Clone, Copy)]
pub struct TaalStaat {
    /// The translations in use; `None` is Dutch. The language in use follows from them (`in_gebruik`).
    pub vertalingen: RwSignal<Option<Arc<Vertalingen>>>,
    /// The language being fetched (not drawn: a later choice wins over an earlier one still on its way).
    bezig: StoredValue<Option<Taal>>,
    /// Whether the files of the language last chosen could not be fetched.
    pub mislukt: RwSignal<bool>,
    /// Fires on the browser's `voiceschanged`: its voices load after the page, so "Lees voor" looks again.
    pub stemmen: Trigger,
    /// The municipalities whose translation is part of `vertalingen` (or has none to fetch).
    gemeenten: StoredValue<Vec<String>>,
    regels_url: StoredValue<String>,
}

impl TaalStaat {
    pub fn new(regels_url: String) -> TaalStaat {
        TaalStaat {
            vertalingen: RwSignal::new(None),
            bezig: StoredValue::new(None),
            mislukt: RwSignal::new(false),
            stemmen: Trigger::new(),
            gemeenten: StoredValue::new(Vec::new()),
            regels_url: StoredValue::new(regels_url),
        }
    }

    /// The language whose texts are in use (tracked).
    pub fn in_gebruik(self) -> Taal {
        self.vertalingen.with(taal_van)
    }

    pub fn in_gebruik_untracked(self) -> Taal {
        self.vertalingen.with_untracked(taal_van)
    }

    /// Looks for voices again whenever the browser's list of voices changes (once per page).
    pub fn volg_stemmen(self) {
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return;
        };
        let bij_wijziging = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            self.stemmen.notify();
        });
        synth.set_onvoiceschanged(Some(wasm_bindgen::JsCast::unchecked_ref(
            bij_wijziging.as_ref(),
        )));
        // One handler for the page's lifetime.
        bij_wijziging.forget();
    }

    /// Makes `v` (with the translations of `gemeenten`; `None` for Dutch) the language of every text.
    fn gebruik(&self, v: Option<Vertalingen>, gemeenten: Vec<String>) {
        let v = v.map(Arc::new);
        gebruik_vertalingen(v.clone());
        self.gemeenten.set_value(gemeenten);
        self.vertalingen.set(v);
        self.mislukt.set(false);
    }

    /// Switches to the language with `code`, fetching its files for the rules in use; `modus` says where the
    /// choice is kept (nowhere before a way in is chosen: the start screen).
    pub fn kies(self, code: &str, regels: Arc<Regels>, modus: Option<Modus>) {
        let Some(nieuw) = taal(code) else {
            return;
        };
        if let Some(m) = modus {
            storage::bewaar_taal(StorageArea::for_modus(m), code);
        }
        if nieuw == NEDERLANDS {
            self.bezig.set_value(None);
            self.gebruik(None, Vec::new());
            return;
        }
        self.bezig.set_value(Some(nieuw));
        let url = self.regels_url.get_value();
        leptos::task::spawn_local(async move {
            let uitkomst = haal_vertalingen(&url, nieuw, &regels).await;
            // A later choice wins over this one.
            if self.bezig.get_value() != Some(nieuw) {
                return;
            }
            self.bezig.set_value(None);
            match uitkomst {
                Ok((v, gemeenten)) => self.gebruik(Some(v), gemeenten),
                Err(e) => {
                    dom::console_fout(&e);
                    self.mislukt.set(true);
                }
            }
        });
    }

    /// Keeps the choice where the progress of `modus` is kept (once the resident picks a way in).
    pub fn bewaar(self, modus: Modus) {
        storage::bewaar_taal(
            StorageArea::for_modus(modus),
            self.in_gebruik_untracked().code,
        );
    }

    /// Fetches the translation of a municipality whose own file came into use after the language was chosen.
    pub fn volg_gemeenten(self, regels: Arc<Regels>) {
        let taal = self.in_gebruik_untracked();
        if taal == NEDERLANDS {
            return;
        }
        let nieuw: Vec<(String, String)> = self.gemeenten.with_value(|al| {
            geladen_gemeenten(&regels)
                .into_iter()
                .filter(|(id, _)| !al.contains(id))
                .collect()
        });
        if nieuw.is_empty() {
            return;
        }
        self.gemeenten
            .update_value(|al| al.extend(nieuw.iter().map(|(id, _)| id.clone())));
        let url = self.regels_url.get_value();
        leptos::task::spawn_local(async move {
            let Some(mut v) = self.vertalingen.get_untracked().map(|v| (*v).clone()) else {
                return;
            };
            for (_, bestand) in &nieuw {
                voeg_gemeente_toe(&mut v, &url, bestand, taal).await;
            }
            if self.in_gebruik_untracked() == taal {
                let v = Arc::new(v);
                gebruik_vertalingen(Some(v.clone()));
                self.vertalingen.set(Some(v));
            }
        });
    }
}

/// The language of `v` (Dutch without translations).
fn taal_van(v: &Option<Arc<Vertalingen>>) -> Taal {
    v.as_ref().and_then(|v| taal(&v.taal)).unwrap_or(NEDERLANDS)
}

/// The municipalities whose own file is part of `regels`: (id, file).
fn geladen_gemeenten(regels: &Regels) -> Vec<(String, String)> {
    regels
        .gemeenten
        .iter()
        .filter(|g| g.hulp.is_some())
        .filter_map(|g| Some((g.id.clone(), g.bestand.clone()?)))
        .collect()
}

/// An address next to the national file.
fn naast(regels_url: &str, bestand: &str) -> Option<String> {
    let pagina = web_sys::window()?.location().href().ok()?;
    let landelijk = web_sys::Url::new_with_base(regels_url, &pagina).ok()?;
    Some(
        web_sys::Url::new_with_base(bestand, &landelijk.href())
            .ok()?
            .href(),
    )
}

/// Adds a municipality's translation; without one its texts stay Dutch (with a note), so a failure is only logged.
async fn voeg_gemeente_toe(v: &mut Vertalingen, regels_url: &str, bestand: &str, taal: Taal) {
    let pad = gemeente_bestand(bestand, taal.code);
    let Some(url) = naast(regels_url, &pad) else {
        return;
    };
    match haal_tekst(&url).await {
        Ok(tekst) => match lees_vertaling(&pad, &tekst, taal.code) {
            Ok(b) => v.voeg_toe(b),
            Err(e) => dom::console_fout(&format!("{url} is not valid:\n{e}")),
        },
        Err(e) => dom::console_waarschuwing(&e),
    }
}

/// The translations of `taal` for `regels`: the national file (required) and those of the municipalities in use.
pub async fn haal_vertalingen(
    regels_url: &str,
    taal: Taal,
    regels: &Regels,
) -> Result<(Vertalingen, Vec<String>), String> {
    let pad = landelijk_bestand(taal.code);
    let url = naast(regels_url, &pad).ok_or_else(|| format!("no address for {pad}"))?;
    let tekst = haal_tekst(&url).await?;
    let bestand =
        lees_vertaling(&pad, &tekst, taal.code).map_err(|e| format!("{url} is not valid:\n{e}"))?;
    let mut v = Vertalingen::new(taal.code);
    v.voeg_toe(bestand);
    let gemeenten = geladen_gemeenten(regels);
    for (_, bestand) in &gemeenten {
        voeg_gemeente_toe(&mut v, regels_url, bestand, taal).await;
    }
    Ok((v, gemeenten.into_iter().map(|(id, _)| id).collect()))
}

/// The kept language at start, fetched before the first screen is drawn (`None`: Dutch, or it failed).
pub async fn bij_begin(staat: TaalStaat, regels: &Regels) {
    let Some(gekozen) = storage::lees_taal().and_then(|c| taal(&c)) else {
        return;
    };
    if gekozen == NEDERLANDS {
        return;
    }
    let url = staat.regels_url.get_value();
    match haal_vertalingen(&url, gekozen, regels).await {
        Ok((v, gemeenten)) => staat.gebruik(Some(v), gemeenten),
        Err(e) => dom::console_fout(&e),
    }
}
