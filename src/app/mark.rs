//! Where the start-up time goes: `performance.mark` / `performance.measure` around fetching the regulations,
//! reading them, restoring saved answers and drawing the first screen. `measure/startup.sh` reads these entries
//! (with the CPU slowed 4x) and the browser's own performance panel shows them. Nothing here changes what the
//! resident sees, and a browser without the Performance API simply gets no entries.
//!
//! Each span is a mark and a measure of the same name: the mark where it begins, the measure from that mark to
//! where it ends. A span that runs again (a retry) measures from its latest mark.

/// Fetching the regulations file (until its text is in memory).
pub const FETCH: &str = "pw:fetch";
/// Reading and checking the regulations file (`rules::load`).
pub const READ: &str = "pw:read-regulations";
/// Fetching the resident's municipality's own file (`gemeenten/<id>.toml`), when it is known at start.
pub const FETCH_GEMEENTE: &str = "pw:fetch-gemeente";
/// Reading it and adding it to the national rules (`rules::add_gemeente`).
pub const READ_GEMEENTE: &str = "pw:read-gemeente";
/// Fetching the index of municipalities (`gemeenten.toml`), only when the municipality question is asked.
pub const FETCH_LIJST: &str = "pw:fetch-lijst";
/// Reading it and adding it to the rules (`rules::load_lijst`, `rules::add_lijst`).
pub const READ_LIJST: &str = "pw:read-lijst";
/// Restoring saved answers or a hand-over link (`wizard::begin`).
pub const RESTORE: &str = "pw:restore";
/// From the regulations being ready to the first screen of the app in the page.
pub const FIRST_SCREEN: &str = "pw:first-screen";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Marks the beginning of span `naam`.
pub fn begin(naam: &'static str) {
    if let Some(p) = performance() {
        let _ = p.mark(naam);
    }
}

/// Ends span `naam`: a measure from its latest mark to now. Without a mark first, nothing is recorded.
pub fn end(naam: &'static str) {
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(naam, naam);
    }
}

/// A span that ends where this value is dropped (also on an early return or a `?`).
#[must_use = "the span ends when this value is dropped"]
pub struct Span(&'static str);

impl Span {
    pub fn new(naam: &'static str) -> Span {
        begin(naam);
        Span(naam)
    }
}

impl Drop for Span {
    fn drop(&mut self) {
        end(self.0);
    }
}
