//! The "nee" list follows the household (review P8): for a household without children under 18, the regulations
//! that need a child are one line ("5 regelingen voor kinderen"), not five reasons that all say the same.

use super::tekst::en_lijst;
use crate::rules::vertaling::{t, tf};
use crate::rules::{Antwoord, Antwoorden, Regels, Toets, Uitkomst, Voorwaarde};

/// The "nee" outcomes as the list shows them: the children's regulations folded, the rest one by one.
#[derive(Clone, Debug, Default)]
pub struct NeeLijst {
    /// Regulations that need a child under 18, when none lives here; shown as one line.
    pub voor_kinderen: Vec<Uitkomst>,
    pub overig: Vec<Uitkomst>,
}

impl NeeLijst {
    /// The folded line: its title, its reason and the names it stands for; `None` when nothing is folded.
    pub fn kinderen_regel(&self) -> Option<(String, String, String)> {
        if self.voor_kinderen.is_empty() {
            return None;
        }
        let namen: Vec<String> = self.voor_kinderen.iter().map(|u| u.naam.clone()).collect();
        Some((
            tf(
                "{n} regelingen voor kinderen",
                &[("n", &namen.len().to_string())],
            ),
            t("Er wonen geen kinderen onder de 18 bij u."),
            tf("Het gaat om: {namen}.", &[("namen", &en_lijst(&namen))]),
        ))
    }
}

/// Folds the children's regulations when the answers say no child under 18 lives here and at least two would
/// otherwise be listed.
pub fn nee_lijst(regels: &Regels, geldig: &Antwoorden, nee: Vec<Uitkomst>) -> NeeLijst {
    let geen_kinderen = matches!(
        geldig.get("kinderen"),
        Some(Antwoord::Leeftijden(l)) if l.iter().all(|n| *n >= 18)
    );
    let (voor_kinderen, overig): (Vec<Uitkomst>, Vec<Uitkomst>) = nee.into_iter().partition(|u| {
        geen_kinderen
            && regels
                .regelingen
                .iter()
                .find(|r| r.id == u.id)
                .is_some_and(|r| vraagt_kind(&r.voorwaarde))
    });
    if voor_kinderen.len() < 2 {
        let mut alles = voor_kinderen;
        alles.extend(overig);
        // keep the file's order
        alles.sort_by_key(|u| regels.regelingen.iter().position(|r| r.id == u.id));
        return NeeLijst {
            voor_kinderen: Vec::new(),
            overig: alles,
        };
    }
    NeeLijst {
        voor_kinderen,
        overig,
    }
}

/// Whether the condition cannot hold without a child under 18: a child test that must hold (directly or
/// inside "alle").
fn vraagt_kind(v: &Voorwaarde) -> bool {
    match v {
        Voorwaarde::Alle(delen, _) => delen.iter().any(vraagt_kind),
        Voorwaarde::EenVan(delen, _) => !delen.is_empty() && delen.iter().all(vraagt_kind),
        Voorwaarde::Niet(..) => false,
        Voorwaarde::Toets(Toets::KindLeeftijd { van, .. }, _) => *van < 18,
        Voorwaarde::Toets(Toets::KinderenMinstens(n), _) => *n >= 1,
        Voorwaarde::Toets(..) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Datum;
    use crate::rules::{evaluate, Status};
    use crate::wizard::testdata::{alleenstaande, datum, regels};

    fn nee_voor(regels: &Regels, a: &Antwoorden) -> Vec<Uitkomst> {
        // A date on which the national regulations for children of 2026 apply.
        let datum = Datum::new(2026, 11, 23).unwrap_or_else(datum);
        evaluate(regels, a, datum)
            .uitkomsten
            .into_iter()
            .filter(|u| u.status == Status::Nee)
            .collect()
    }

    #[test]
    fn a_household_without_children_reads_one_line_for_the_childrens_regulations() {
        let regels = regels();
        let mut a = alleenstaande();
        a.insert("leeftijd".into(), Antwoord::Getal(68));
        a.insert("kinderen".into(), Antwoord::Leeftijden(vec![]));
        a.insert(
            "inkomstenbron".into(),
            Antwoord::Meerkeuze(vec!["aow_pensioen".into()]),
        );
        a.insert("inkomen".into(), Antwoord::Bedrag(1400.into()));
        let nee = nee_voor(&regels, &a);
        let totaal = nee.len();
        let lijst = nee_lijst(&regels, &a, nee);
        assert!(lijst.voor_kinderen.len() >= 2, "{:?}", lijst.voor_kinderen);
        assert_eq!(lijst.voor_kinderen.len() + lijst.overig.len(), totaal);
        assert!(lijst
            .voor_kinderen
            .iter()
            .any(|u| u.id == "kindgebonden_budget"));
        let Some((titel, reden, namen)) = lijst.kinderen_regel() else {
            panic!("no folded line");
        };
        assert_eq!(
            titel,
            format!("{} regelingen voor kinderen", lijst.voor_kinderen.len())
        );
        assert_eq!(reden, "Er wonen geen kinderen onder de 18 bij u.");
        assert!(namen.starts_with("Het gaat om: "));

        // With a child of 9 nothing is folded: each reason is about this household.
        a.insert("kinderen".into(), Antwoord::Leeftijden(vec![9]));
        let nee = nee_voor(&regels, &a);
        let lijst = nee_lijst(&regels, &a, nee);
        assert!(lijst.voor_kinderen.is_empty());
        assert!(lijst.kinderen_regel().is_none());
    }
}
