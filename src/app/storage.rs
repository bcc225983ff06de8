//! Keeping progress on the device: localStorage for "zelf invullen", sessionStorage for "samen met een
//! hulpverlener", through web-sys (a missing storage, in private mode or with cookies blocked, is `None`; a
//! refused write an error): a failure is reported, never a panic. The text is `Bewaard::json`.

use crate::wizard::opslag::{Bewaard, StorageArea, SLEUTEL};

const PROEF: &str = "potjeswijzer:proef";

/// The resident's language, kept beside the progress in the same storage (so wiping removes it too).
const TAAL: &str = "potjeswijzer:taal:v1";

fn ruw(plek: StorageArea) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    let opslag = match plek {
        StorageArea::Local => window.local_storage(),
        StorageArea::Session => window.session_storage(),
    };
    opslag.ok().flatten()
}

/// Whether this storage exists and accepts a write (Safari's old private mode had a storage that refused).
pub fn beschikbaar(plek: StorageArea) -> bool {
    match ruw(plek) {
        Some(s) => {
            let gelukt = s.set_item(PROEF, "1").is_ok();
            let _ = s.remove_item(PROEF);
            gelukt
        }
        None => false,
    }
}

/// The stored progress as text, if any.
pub fn lees(plek: StorageArea) -> Option<String> {
    ruw(plek)?.get_item(SLEUTEL).ok().flatten()
}

pub fn bewaar(bewaard: &Bewaard) -> Result<(), String> {
    let plek = StorageArea::for_modus(bewaard.modus);
    let Some(s) = ruw(plek).filter(|_| beschikbaar(plek)) else {
        return Err(format!("{plek:?} storage is not available"));
    };
    s.set_item(SLEUTEL, &bewaard.json())
        .map_err(|_| format!("{plek:?} storage refused the write (full?)"))
}

/// Removes this wizard's progress from one storage.
pub fn wis(plek: StorageArea) {
    let Some(s) = ruw(plek).filter(|_| beschikbaar(plek)) else {
        return;
    };
    let _ = s.remove_item(SLEUTEL);
    let _ = s.remove_item(TAAL);
}

/// Keeps the language code beside the progress of `plek`; Dutch, the default, is kept by removing it.
pub fn bewaar_taal(plek: StorageArea, code: &str) {
    let Some(s) = ruw(plek).filter(|_| beschikbaar(plek)) else {
        return;
    };
    let _ = if code == "nl" {
        s.remove_item(TAAL)
    } else {
        s.set_item(TAAL, code)
    };
}

/// The kept language: the session's (working with a hulpverlener) before the resident's own.
pub fn lees_taal() -> Option<String> {
    [StorageArea::Session, StorageArea::Local]
        .into_iter()
        .find_map(|plek| ruw(plek)?.get_item(TAAL).ok().flatten())
}

/// Removes this wizard's progress from both storages.
pub fn wis_alles() {
    wis(StorageArea::Local);
    wis(StorageArea::Session);
}
