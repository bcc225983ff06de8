//! Keeping progress on the device: localStorage for "zelf invullen", sessionStorage for "samen met een
//! hulpverlener". gloo-storage panics when a storage is missing (private mode, blocked cookies), so every use
//! is guarded by a probe through web-sys first; a failure is reported, never a panic.

use super::state::{Bewaard, Modus};
use gloo_storage::{LocalStorage, SessionStorage, Storage};

/// The key holds a format version (`OPSLAG_VERSIE` is also inside the value).
pub const SLEUTEL: &str = "potjeswijzer:voortgang:v1";
const PROEF: &str = "potjeswijzer:proef";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    Lokaal,
    Sessie,
}

impl Soort {
    pub fn voor(modus: Modus) -> Soort {
        match modus {
            Modus::Zelf => Soort::Lokaal,
            Modus::Samen => Soort::Sessie,
        }
    }
}

fn ruw(soort: Soort) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    let opslag = match soort {
        Soort::Lokaal => window.local_storage(),
        Soort::Sessie => window.session_storage(),
    };
    opslag.ok().flatten()
}

/// Whether this storage exists and accepts a write (Safari's old private mode had a storage that refused).
pub fn beschikbaar(soort: Soort) -> bool {
    match ruw(soort) {
        Some(s) => {
            let gelukt = s.set_item(PROEF, "1").is_ok();
            let _ = s.remove_item(PROEF);
            gelukt
        }
        None => false,
    }
}

/// The stored progress as text, if any.
pub fn lees(soort: Soort) -> Option<String> {
    ruw(soort)?.get_item(SLEUTEL).ok().flatten()
}

pub fn bewaar(bewaard: &Bewaard) -> Result<(), String> {
    let soort = Soort::voor(bewaard.modus);
    if !beschikbaar(soort) {
        return Err(format!("{soort:?} storage is not available"));
    }
    let uitkomst = match soort {
        Soort::Lokaal => LocalStorage::set(SLEUTEL, bewaard),
        Soort::Sessie => SessionStorage::set(SLEUTEL, bewaard),
    };
    uitkomst.map_err(|e| e.to_string())
}

/// Removes this wizard's progress from one storage.
pub fn wis(soort: Soort) {
    if !beschikbaar(soort) {
        return;
    }
    match soort {
        Soort::Lokaal => LocalStorage::delete(SLEUTEL),
        Soort::Sessie => SessionStorage::delete(SLEUTEL),
    }
}

/// Removes this wizard's progress from both storages.
pub fn wis_alles() {
    wis(Soort::Lokaal);
    wis(Soort::Sessie);
}
