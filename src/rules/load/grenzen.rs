//! `[[grens]]`: named income limits, each a dated percentage of the norm with its basis and source.

use super::super::model::{Basis, Gemeente, Grens, GrensWaarde, OuderNorm};
use super::super::raw::{RawGrens, RawGrensWaarde, Value, S};
use super::Loader;
use rust_decimal::Decimal;

impl Loader<'_> {
    pub(super) fn grenzen(&mut self, raw: &[S<RawGrens>], gemeenten: &[Gemeente]) -> Vec<Grens> {
        self.unique_ids(raw.iter().map(|g| &g.get_ref().id), "grens");
        raw.iter()
            .filter_map(|g| self.grens(g, gemeenten))
            .collect()
    }

    fn grens(&mut self, raw: &S<RawGrens>, gemeenten: &[Gemeente]) -> Option<Grens> {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        let basis = match &r.basis {
            Some(b) => match Basis::parse(b.get_ref()) {
                Some(basis) => Some(basis),
                None => {
                    self.errs.at(b.span(), format!("Basis '{}' kennen we niet. Kies met_vakantiegeld of zonder_vakantiegeld: zoals de gemeente haar grens uitrekent.", b.get_ref()));
                    None
                }
            },
            None => {
                self.errs.at(raw.span(), format!("Grens '{id}' heeft geen basis. Voeg toe: basis = \"met_vakantiegeld\" of basis = \"zonder_vakantiegeld\". Kijk in de bron van de gemeente welke norm zij gebruikt."));
                None
            }
        };
        let alleenstaande_ouder = match &r.alleenstaande_ouder_procent_paar {
            None => OuderNorm::Alleenstaand,
            Some(p) => OuderNorm::ProcentVanPaar(self.procent(p)?),
        };
        let bron = match &r.bron {
            Some(b) => self.link(b),
            None => {
                self.errs.at(raw.span(), format!("Grens '{id}' heeft geen bron. Voeg bron = \"https://...\" toe: de regel of pagina van de gemeente met dit percentage."));
                String::new()
            }
        };
        if r.waarde.is_empty() {
            self.errs.at(raw.span(), format!("Grens '{id}' heeft geen waarde. Voeg een [[grens.waarde]] toe met geldig_vanaf en procent."));
        }
        let mut waarden: Vec<GrensWaarde> = r
            .waarde
            .iter()
            .filter_map(|w| self.grens_waarde(w, gemeenten))
            .collect();
        waarden.sort_by_key(|w| w.geldig_vanaf);
        for (i, w) in r.waarde.iter().enumerate() {
            let twice = r.waarde[..i].iter().any(|x| {
                let (a, b) = (x.get_ref(), w.get_ref());
                same_date(&a.geldig_vanaf, &b.geldig_vanaf)
                    && a.gemeente.as_ref().map(|g| g.get_ref())
                        == b.gemeente.as_ref().map(|g| g.get_ref())
            });
            if twice {
                self.errs.at(w.span(), format!("Grens '{id}' heeft twee waarden met dezelfde geldig_vanaf. Haal er één weg, of geef een andere datum."));
            }
        }
        Some(Grens {
            naam: self.text(&r.naam, false),
            basis: basis?,
            alleenstaande_ouder,
            bron,
            artikel: self.opt_text(&r.artikel, false),
            waarden,
            id,
        })
    }

    fn grens_waarde(
        &mut self,
        raw: &S<RawGrensWaarde>,
        gemeenten: &[Gemeente],
    ) -> Option<GrensWaarde> {
        let r = raw.get_ref();
        let gemeente = r.gemeente.as_ref().map(|g| self.gemeente_ref(g, gemeenten));
        let bron = r.bron.as_ref().map(|b| self.link(b));
        let procent_met_kinderen = match &r.procent_met_kinderen {
            Some(p) => Some(self.procent(p)?),
            None => None,
        };
        Some(GrensWaarde {
            geldig_vanaf: self.date(&r.geldig_vanaf)?,
            procent: self.procent(&r.procent)?,
            procent_met_kinderen,
            gemeente,
            bron,
        })
    }

    /// A percentage as the source prints it: a whole number (120) or a decimal as text ("117.5").
    fn procent(&mut self, v: &S<Value>) -> Option<Decimal> {
        let p = match v.get_ref() {
            Value::Integer(n) if *n > 0 && *n <= 1000 => Some(Decimal::from(*n)),
            Value::String(s) => s
                .trim()
                .parse::<Decimal>()
                .ok()
                .filter(|d| *d > Decimal::ZERO && *d <= Decimal::from(1000)),
            _ => None,
        };
        if p.is_none() {
            self.errs.at(v.span(), "Schrijf het percentage als heel getal, bijvoorbeeld 120. Een percentage met een komma schrijft u als tekst: \"117.5\".");
        }
        p
    }
}

fn same_date(a: &S<Value>, b: &S<Value>) -> bool {
    match (a.get_ref(), b.get_ref()) {
        (Value::Datetime { text: x, .. }, Value::Datetime { text: y, .. }) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        _ => false,
    }
}
