//! The wizard's own texts in the language in use. Every text a resident reads that the code writes goes through
//! `t` or `tf`, with the Dutch text itself as the key: Dutch needs no file, and a Dutch text that changes simply
//! has no translation until someone makes one (the list of these texts comes from the source, see
//! `tests/vertalingen.rs`).

use super::toepassen::Vertalingen;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    static IN_GEBRUIK: RefCell<Option<Arc<Vertalingen>>> = const { RefCell::new(None) };
}

/// Makes `v` the language of every text from now on; `None` is Dutch.
pub fn gebruik_vertalingen(v: Option<Arc<Vertalingen>>) {
    IN_GEBRUIK.with(|g| *g.borrow_mut() = v);
}

/// The text `nl` in the language in use.
pub fn t(nl: &str) -> String {
    IN_GEBRUIK.with(|g| {
        g.borrow()
            .as_ref()
            .and_then(|v| v.app(nl).map(str::to_string))
            .unwrap_or_else(|| nl.to_string())
    })
}

/// The text `nl` in the language in use, with `{naam}` filled in from `waarden`.
pub fn tf(nl: &str, waarden: &[(&str, &str)]) -> String {
    let mut uit = t(nl);
    for (naam, waarde) in waarden {
        uit = uit.replace(&format!("{{{naam}}}"), waarde);
    }
    uit
}

/// A sentence around a part the screen draws itself (a phone link): the text before and after `plek`
/// (`{telefoon}`), so a translation can put that part where its language wants it.
pub fn rond(tekst: &str, plek: &str) -> (String, String) {
    match tekst.split_once(plek) {
        Some((voor, na)) => (voor.to_string(), na.to_string()),
        None => (tekst.to_string(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::bestand::lees_vertaling;
    use super::*;

    #[test]
    fn texts_follow_the_language_in_use_and_fall_back_to_dutch() {
        let bestand = lees_vertaling(
            "talen/en.toml",
            "taal = \"en\"\n[[tekst]]\nplek = \"app\"\nnl = \"Over {n} jaar\"\nvertaling = \"In {n} years\"\n",
            "en",
        )
        .unwrap();
        let mut v = Vertalingen::new("en");
        v.voeg_toe(bestand);
        assert_eq!(tf("Over {n} jaar", &[("n", "3")]), "Over 3 jaar");
        gebruik_vertalingen(Some(Arc::new(v)));
        assert_eq!(tf("Over {n} jaar", &[("n", "3")]), "In 3 years");
        assert_eq!(t("Volgende"), "Volgende");
        gebruik_vertalingen(None);
        assert_eq!(t("Over {n} jaar"), "Over {n} jaar");
    }
}
