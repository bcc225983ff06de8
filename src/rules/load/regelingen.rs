//! `[[regeling]]` and `[[voorbeeld]]`: what a regulation gives, how to apply, its dates; example households.

use super::*;

impl Loader<'_> {
    pub(super) fn regeling(
        &mut self,
        raw: &S<RawRegeling>,
        gemeenten: &[Gemeente],
        eigen_gemeente: Option<&str>,
    ) -> Option<Regeling> {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        // In a municipality's own file every regulation is that municipality's; there `gemeente =` is an error.
        let gemeente = match eigen_gemeente {
            Some(g) => Some(g.to_string()),
            None => r.gemeente.as_ref().map(|g| self.gemeente_ref(g, gemeenten)),
        };
        if !CATEGORIEEN.contains(&r.categorie.get_ref().as_str()) {
            self.errs.at(
                r.categorie.span(),
                format!(
                    "Categorie '{}' kennen we niet.{} Kies uit: {}.",
                    r.categorie.get_ref(),
                    bedoelt_u(r.categorie.get_ref(), CATEGORIEEN),
                    CATEGORIEEN.join(", ")
                ),
            );
        }
        let bron = match &r.bron {
            Some(b) => self.link(b),
            None => {
                self.errs.at(raw.span(), format!("Regeling '{id}' heeft geen bron. Voeg bron = \"https://...\" toe: de wettelijke basis of de officiële pagina."));
                String::new()
            }
        };
        let geldig_vanaf = self.date(&r.geldig_vanaf);
        let geldig_tot = r.geldig_tot.as_ref().and_then(|d| self.date(d));
        if let (Some(vanaf), Some(tot), Some(span)) = (
            geldig_vanaf,
            geldig_tot,
            r.geldig_tot.as_ref().map(|d| d.span()),
        ) {
            if tot < vanaf {
                self.errs.at(
                    span.clone(),
                    "geldig_tot ligt voor geldig_vanaf. Kijk of de datums kloppen.",
                );
            }
            if let Some(today) = self.today {
                if tot < today {
                    self.warnings.at(span, format!("Regeling '{id}' is afgelopen op {}. Inwoners zien haar niet meer. Haal de regeling weg, of zet geldig_tot later als de regeling doorloopt.", tot.nl()));
                } else if today.months_until(tot) < 2 {
                    self.warnings.at(span, format!("Regeling '{id}' stopt op {}. Kijk of er een nieuwe regeling komt, en pas dan geldig_tot of de tekst aan.", tot.nl()));
                }
            }
        }
        let krijgt = self.krijgt(&r.krijgt, &id);
        let aanvragen = self.aanvragen(&r.aanvragen, &id);
        let hulp = r.hulp.as_ref().and_then(|h| self.hulp(h));
        let ook_bekeken = r.ook_bekeken.iter().map(|t| self.text(t, true)).collect();
        let mut voorwaarde = self.voorwaarde(&r.voorwaarden)?;
        if let Some(g) = &gemeente {
            let naam = gemeenten
                .iter()
                .find(|x| &x.id == g)
                .map_or(g.clone(), |x| x.naam.clone());
            let woont = Voorwaarde::Toets(
                Toets::IsEenVan {
                    vraag: "gemeente".to_string(),
                    waarden: vec![g.clone()],
                },
                Teksten {
                    ja: format!("U woont in de gemeente {naam}."),
                    nee: Some(format!("Deze regeling is alleen voor inwoners van {naam}.")),
                    artikel: None,
                },
            );
            voorwaarde = Voorwaarde::Alle(vec![woont, voorwaarde], None);
        }
        Some(Regeling {
            naam: self.text(&r.naam, true),
            aanbieder: self.text(&r.aanbieder, false),
            gemeente,
            categorie: r.categorie.get_ref().clone(),
            uitleg: self.text(&r.uitleg, true),
            bron,
            geldig_vanaf: geldig_vanaf?,
            geldig_tot,
            ook_bekeken,
            krijgt,
            aanvragen,
            hulp,
            voorwaarde,
            id,
        })
    }

    pub(super) fn krijgt(&mut self, raw: &S<RawKrijgt>, id: &str) -> Krijgt {
        let r = raw.get_ref();
        let mut money = |v: &Option<S<Value>>| v.as_ref().and_then(|v| self.money(v));
        let bedrag = money(&r.bedrag);
        let per_volwassene = money(&r.per_volwassene);
        let per_kind = money(&r.per_kind);
        let has_amount = r.bedrag.is_some() || r.per_volwassene.is_some() || r.per_kind.is_some();
        let per = r.per.as_ref().and_then(|p| match p.get_ref().as_str() {
            "jaar" => Some(Periode::Jaar),
            "maand" => Some(Periode::Maand),
            "keer" => Some(Periode::Keer),
            other => {
                self.errs.at(
                    p.span(),
                    format!("per = \"{other}\" kennen we niet. Kies uit: jaar, maand, keer."),
                );
                None
            }
        });
        if has_amount && r.per.is_none() {
            self.errs.at(raw.span(), format!("Regeling '{id}': zeg bij het bedrag hoe vaak: per = \"jaar\", \"maand\" of \"keer\"."));
        }
        if !has_amount && r.omschrijving.is_none() {
            self.errs.at(raw.span(), format!("Regeling '{id}': zeg wat de inwoner krijgt, met omschrijving = \"...\" of een bedrag."));
        }
        Krijgt {
            omschrijving: self.opt_text(&r.omschrijving, true),
            bedrag,
            per_volwassene,
            per_kind,
            per,
            ongeveer: r.ongeveer,
        }
    }

    pub(super) fn aanvragen(&mut self, raw: &S<RawAanvragen>, id: &str) -> Aanvragen {
        let r = raw.get_ref();
        if r.link.is_none() && r.telefoon.is_none() && r.balie.is_none() {
            self.errs.at(raw.span(), format!("Regeling '{id}': zeg hoe een inwoner aanvraagt. Voeg link, telefoon of balie toe."));
        }
        if r.documenten.len() > 3 {
            self.errs.at(
                r.documenten[3].span(),
                format!(
                    "Regeling '{id}' vraagt {} documenten. Noem er hoogstens 3: de belangrijkste.",
                    r.documenten.len()
                ),
            );
        }
        Aanvragen {
            link: r.link.as_ref().map(|l| self.link(l)),
            telefoon: r.telefoon.as_ref().map(|t| self.phone(t)),
            balie: self.opt_text(&r.balie, true),
            documenten: r.documenten.iter().map(|d| self.text(d, true)).collect(),
            termijn: self.opt_text(&r.termijn, true),
            van: r.van.as_ref().and_then(|v| self.dag_maand(v)),
            tot_en_met: r.tot_en_met.as_ref().and_then(|v| self.dag_maand(v)),
            binnen_maanden: r
                .binnen_maanden
                .as_ref()
                .and_then(|v| self.binnen_maanden(v)),
            eerst: self.eerst(&r.eerst, id),
            termijn_bron: r.termijn_bron.as_ref().map(|b| self.link(b)),
        }
    }

    pub(super) fn voorbeeld(
        &mut self,
        raw: &S<RawVoorbeeld>,
        regels: &Regels,
    ) -> Option<Voorbeeld> {
        let r = raw.get_ref();
        let naam = self.text(&r.naam, true);
        let datum = r.datum.as_ref().and_then(|d| self.date(d));
        // answers to a question that has an error of its own are left out: that error is the cause
        let mut gegeven: BTreeMap<String, S<Value>> = BTreeMap::new();
        let written: Vec<String> = self.vraag_ids.iter().cloned().collect();
        let written: Vec<&str> = written.iter().map(String::as_str).collect();
        for (id, v) in r.antwoorden.get_ref() {
            let known = regels.vragen.iter().any(|q| &q.id == id);
            let broken = self.vraag_ids.contains(id) && !known;
            if known || !broken && !self.reference_reported("vraag", id, &v.span(), &written) {
                gegeven.insert(id.clone(), v.clone());
            }
        }
        let antwoorden = answers_from_table(regels, &gegeven, &mut self.errs);
        let mut verwacht = BTreeMap::new();
        for (id, status) in r.verwacht.get_ref() {
            if !self.regeling_ids.contains(id) {
                let mut ids: Vec<&str> = self.regeling_ids.iter().map(String::as_str).collect();
                ids.sort_unstable();
                let hint = bedoelt_u_of(id, ids.iter().copied(), " Kijk of de id goed gespeld is.");
                self.errs.at(
                    status.span(),
                    format!("Voorbeeld '{naam}': er is geen regeling '{id}'.{hint}"),
                );
                continue;
            }
            if !regels.regelingen.iter().any(|x| &x.id == id) {
                continue;
            }
            match Status::parse(status.get_ref()) {
                Some(s) => {
                    verwacht.insert(id.clone(), s);
                }
                None => self.errs.at(
                    status.span(),
                    format!(
                        "'{}' is geen uitkomst.{} Kies uit: ja, misschien, nee.",
                        status.get_ref(),
                        bedoelt_u(status.get_ref(), ["ja", "misschien", "nee"])
                    ),
                ),
            }
        }
        let (regel, _) = crate::rules::errors::line_column(self.errs.text(), raw.span().start);
        Some(Voorbeeld {
            bestand: self.errs.file().to_string(),
            naam,
            datum,
            antwoorden,
            verwacht,
            regel,
        })
    }
}
