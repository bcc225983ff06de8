//! Conditions on one question's answer: is, is_een_van, bevat and the comparisons, checked against its kind.

use super::*;

impl Loader<'_> {
    pub(super) fn question_test(
        &mut self,
        r: &RawVoorwaarde,
        vraag_id: &S<String>,
        span: Range<usize>,
    ) -> Option<Toets> {
        let Some(vraag) = self
            .vragen
            .iter()
            .find(|v| &v.id == vraag_id.get_ref())
            .cloned()
        else {
            if self.vraag_ids.contains(vraag_id.get_ref()) {
                // the question itself has an error, reported there
                return None;
            }
            let written: Vec<String> = self.vraag_ids.iter().cloned().collect();
            let written: Vec<&str> = written.iter().map(String::as_str).collect();
            if self.reference_reported("vraag", vraag_id.get_ref(), &vraag_id.span(), &written) {
                return None;
            }
            let ids: Vec<&str> = self.vragen.iter().map(|v| v.id.as_str()).collect();
            let message = format!(
                "De vraag '{}' bestaat niet.{} Kies een id uit [[vraag]]: {}.",
                vraag_id.get_ref(),
                bedoelt_u(vraag_id.get_ref(), ids.iter().copied()),
                ids.join(", ")
            );
            self.report_reference("vraag", vraag_id.get_ref(), vraag_id.span(), message);
            return None;
        };
        let id = vraag.id.clone();
        let comparisons = [
            (&r.minstens, Vergelijking::Minstens),
            (&r.hoogstens, Vergelijking::Hoogstens),
            (&r.meer_dan, Vergelijking::MeerDan),
            (&r.minder_dan, Vergelijking::MinderDan),
        ];
        let given = comparisons.iter().filter(|(v, _)| v.is_some()).count()
            + r.is.is_some() as usize
            + r.is_een_van.is_some() as usize
            + r.bevat.is_some() as usize;
        if given != 1 {
            self.errs.at(span, format!("Een toets op vraag '{id}' heeft precies één van: is, is_een_van, minstens, hoogstens, meer_dan, minder_dan, bevat."));
            return None;
        }
        // Without the index of municipalities the gemeente question has no options yet: `regels check` reads it.
        let later = self.gemeenten_later && id == "gemeente";
        let choice = |this: &mut Self, waarde: &str, at: Range<usize>| -> bool {
            let ok = later || vraag.opties.iter().any(|o| o.waarde == waarde);
            // a choice whose own value is not a good id has its own error; a close reference follows from it
            let follows = || {
                !closest(
                    waarde,
                    vraag
                        .opties
                        .iter()
                        .map(|o| o.waarde.as_str())
                        .filter(|w| !good_id(w)),
                )
                .is_empty()
            };
            if !ok && !follows() {
                let keuzes: Vec<&str> = vraag.opties.iter().map(|o| o.waarde.as_str()).collect();
                this.errs.at(
                    at,
                    format!(
                        "'{waarde}' is geen keuze van vraag '{id}'.{} Kies uit: {}.",
                        bedoelt_u(waarde, keuzes.iter().copied()),
                        keuzes.join(", ")
                    ),
                );
            }
            ok
        };
        if let Some(is) = &r.is {
            return match (vraag.soort, is.get_ref()) {
                (Soort::JaNee, Value::Boolean(b)) => Some(Toets::IsJaNee {
                    vraag: id,
                    waarde: *b,
                }),
                (Soort::Keuze, Value::String(s)) => {
                    choice(self, s, is.span()).then(|| Toets::IsEenVan {
                        vraag: id.clone(),
                        waarden: vec![s.clone()],
                    })
                }
                (Soort::JaNee, _) => {
                    self.errs.at(
                        is.span(),
                        format!(
                            "Vraag '{id}' is een ja/nee-vraag: schrijf is = true of is = false."
                        ),
                    );
                    None
                }
                (Soort::Keuze, _) => {
                    self.errs.at(is.span(), format!("Schrijf de keuze van vraag '{id}' als tekst, bijvoorbeeld is = \"{}\".", vraag.opties.first().map_or("", |o| o.waarde.as_str())));
                    None
                }
                _ => {
                    self.errs.at(is.span(), format!("is past niet bij vraag '{id}'. Gebruik bij getallen en bedragen minstens, hoogstens, meer_dan of minder_dan; bij meerkeuze bevat."));
                    None
                }
            };
        }
        if let Some(lijst) = &r.is_een_van {
            if vraag.soort != Soort::Keuze {
                self.errs.at(
                    lijst.span(),
                    format!("is_een_van hoort bij een keuzevraag; vraag '{id}' is dat niet."),
                );
                return None;
            }
            let all_ok = lijst
                .get_ref()
                .iter()
                .fold(true, |ok, w| choice(self, w, lijst.span()) & ok);
            return all_ok.then(|| Toets::IsEenVan {
                vraag: id,
                waarden: lijst.get_ref().clone(),
            });
        }
        if let Some(b) = &r.bevat {
            if vraag.soort != Soort::Meerkeuze {
                self.errs.at(
                    b.span(),
                    format!("bevat hoort bij een meerkeuzevraag; vraag '{id}' is dat niet."),
                );
                return None;
            }
            return choice(self, b.get_ref(), b.span()).then(|| Toets::Bevat {
                vraag: id,
                waarde: b.get_ref().clone(),
            });
        }
        let (value, op) = comparisons
            .iter()
            .find_map(|(v, op)| v.as_ref().map(|v| (v, *op)))?;
        let grens = match vraag.soort {
            Soort::Getal => {
                match value.get_ref() {
                    Value::Integer(n) => Some(Decimal::from(*n)),
                    _ => {
                        self.errs.at(value.span(), format!("Vraag '{id}' is een getal: schrijf een heel getal, bijvoorbeeld 18."));
                        None
                    }
                }
            }
            Soort::Bedrag => self.money(value),
            _ => {
                self.errs.at(value.span(), format!("minstens, hoogstens, meer_dan en minder_dan horen bij een getal of bedrag; vraag '{id}' is dat niet."));
                None
            }
        }?;
        Some(Toets::Vergelijk {
            vraag: id,
            op,
            grens,
        })
    }
}
