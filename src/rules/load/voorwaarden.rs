//! Conditions: one kind per node, texts, and the household-based tests (income, assets, children, AOW age).

use super::*;

impl Loader<'_> {
    pub(super) fn voorwaarde(&mut self, raw: &S<RawVoorwaarde>) -> Option<Voorwaarde> {
        let r = raw.get_ref();
        let span = raw.span();
        for t in [&r.tekst, &r.tekst_nee].into_iter().flatten() {
            let onbekend = t.get_ref().replace("{grens}", "");
            if onbekend.contains('{') {
                self.errs.at(t.span(), "In de tekst van een voorwaarde kunt u alleen {grens} invullen: de grens voor dit huishouden.");
            }
        }
        let teksten = |this: &mut Self| -> Option<Teksten> {
            r.tekst.as_ref().map(|t| Teksten {
                ja: this.text(t, true),
                nee: this.opt_text(&r.tekst_nee, true),
                artikel: this.opt_text(&r.artikel, false),
            })
        };
        let kinds = [
            ("alle", r.alle.is_some()),
            ("een_van", r.een_van.is_some()),
            ("niet", r.niet.is_some()),
            ("vraag", r.vraag.is_some()),
            ("inkomen_binnen", r.inkomen_binnen.is_some()),
            ("vermogen_binnen_grens", r.vermogen_binnen_grens.is_some()),
            (
                "kind_van",
                r.kind_van.is_some() || r.kind_tot_en_met.is_some(),
            ),
            ("kinderen_minstens", r.kinderen_minstens.is_some()),
            ("onder_aow_leeftijd", r.onder_aow_leeftijd.is_some()),
        ];
        let present: Vec<&str> = kinds.iter().filter(|(_, p)| *p).map(|(k, _)| *k).collect();
        if present.len() != 1 {
            let msg = if present.is_empty() {
                "Deze voorwaarde is leeg. Gebruik bijvoorbeeld alle = [...], een_van = [...] of vraag = \"...\" met een toets.".to_string()
            } else {
                format!("Een voorwaarde doet één ding, maar hier staat: {}. Zet ze in een alle = [...] of een_van = [...].", present.join(", "))
            };
            self.errs.at(span, msg);
            return None;
        }
        let operator_fields = r.is.is_some() as usize
            + r.is_een_van.is_some() as usize
            + r.minstens.is_some() as usize
            + r.hoogstens.is_some() as usize
            + r.meer_dan.is_some() as usize
            + r.minder_dan.is_some() as usize
            + r.bevat.is_some() as usize;
        if r.vraag.is_none() && operator_fields > 0 {
            self.errs.at(span, "is, is_een_van, minstens, hoogstens, meer_dan, minder_dan en bevat horen bij een vraag. Voeg vraag = \"...\" toe.");
            return None;
        }
        if let Some(z) = &r.zacht {
            if r.inkomen_binnen.is_none() && r.vermogen_binnen_grens.is_none() {
                self.errs.at(z.span(), "zacht hoort bij inkomen_binnen of vermogen_binnen_grens: een grens die de wet niet hard maakt.");
                return None;
            }
        }
        let is_combination = r.alle.is_some() || r.een_van.is_some();
        if !is_combination && r.tekst.is_none() {
            self.errs.at(span, "Deze voorwaarde heeft geen tekst. Voeg tekst = \"...\" toe: wat er waar moet zijn, in de u-vorm.");
            return None;
        }
        if r.tekst.is_none() && r.tekst_nee.is_some() {
            self.errs.at(
                span.clone(),
                "tekst_nee hoort bij tekst. Voeg ook tekst = \"...\" toe.",
            );
        }
        if let Some(delen) = r.alle.as_ref().or(r.een_van.as_ref()) {
            if delen.is_empty() {
                self.errs.at(
                    span,
                    "Deze lijst met voorwaarden is leeg. Zet er minstens één voorwaarde in.",
                );
                return None;
            }
            let compiled: Vec<Voorwaarde> =
                delen.iter().filter_map(|d| self.voorwaarde(d)).collect();
            if compiled.len() != delen.len() {
                return None;
            }
            let t = teksten(self);
            return Some(if r.alle.is_some() {
                Voorwaarde::Alle(compiled, t)
            } else {
                Voorwaarde::EenVan(compiled, t)
            });
        }
        let t = teksten(self)?;
        if let Some(deel) = &r.niet {
            return Some(Voorwaarde::Niet(Box::new(self.voorwaarde(deel)?), t));
        }
        let toets = self.toets(r, span)?;
        Some(Voorwaarde::Toets(toets, t))
    }

    /// A question's `uitleg_als`: each a condition whose `tekst` is the sentence added to the hint when it holds.
    /// A combination needs a `tekst` too, as that is the sentence.
    pub(super) fn uitleg_als(&mut self, lijst: &[S<RawVoorwaarde>]) -> Vec<Voorwaarde> {
        let mut uit = Vec::new();
        for raw in lijst {
            if raw.get_ref().tekst.is_none()
                && (raw.get_ref().alle.is_some() || raw.get_ref().een_van.is_some())
            {
                self.errs.at(raw.span(), "Deze uitleg_als heeft geen tekst. Voeg tekst = \"...\" toe: de zin die de inwoner bij de uitleg leest als dit klopt.");
                continue;
            }
            if let Some(v) = self.voorwaarde(raw) {
                uit.push(v);
            }
        }
        uit
    }

    pub(super) fn require_question(
        &mut self,
        id: &str,
        soort: Soort,
        span: Range<usize>,
        waarvoor: &str,
    ) -> bool {
        match self.vragen.iter().find(|v| v.id == id).map(|v| v.soort) {
            Some(s) if s == soort => true,
            Some(_) => {
                self.errs.at(span, format!("{waarvoor} heeft de vraag '{id}' nodig met een andere soort. Kijk bij [[vraag]] id = \"{id}\"."));
                false
            }
            None if self.vraag_ids.contains(id) => false,
            None if {
                let written: Vec<String> = self.vraag_ids.iter().cloned().collect();
                let written: Vec<&str> = written.iter().map(String::as_str).collect();
                self.reference_reported("vraag", id, &span, &written)
            } =>
            {
                false
            }
            None => {
                let mut ids: Vec<&str> = self.vraag_ids.iter().map(String::as_str).collect();
                ids.sort_unstable();
                let fix = match closest(id, ids).first() {
                    Some(close) => {
                        format!("Is de vraag '{close}' bedoeld? Geef die dan id = \"{id}\".")
                    }
                    None => "Voeg die vraag toe.".to_string(),
                };
                let message = format!("{waarvoor} heeft de vraag '{id}' nodig, maar die staat niet bij [[vraag]]. {fix}");
                self.report_reference("vraag", id, span, message);
                false
            }
        }
    }

    pub(super) fn require_household(&mut self, span: Range<usize>, waarvoor: &str) -> bool {
        [
            ("leeftijd", Soort::Getal),
            ("partner", Soort::JaNee),
            ("leeftijd_partner", Soort::Getal),
            ("kinderen", Soort::Leeftijden),
        ]
        .into_iter()
        .all(|(id, soort)| self.require_question(id, soort, span.clone(), waarvoor))
    }

    pub(super) fn toets(&mut self, r: &RawVoorwaarde, span: Range<usize>) -> Option<Toets> {
        let zacht = r.zacht.as_ref().is_some_and(|z| *z.get_ref());
        if let Some(id) = &r.inkomen_binnen {
            self.uses_income.get_or_insert(id.span());
            let grens = self.grens_ref(id);
            let known = self.grens_ids.contains(&grens);
            let ok =
                self.require_question("inkomen", Soort::Bedrag, span.clone(), "Een inkomenstoets")
                    & self.require_household(span, "Een inkomenstoets");
            return (ok && known).then_some(Toets::InkomenBinnen { grens, zacht });
        }
        if let Some(v) = &r.vermogen_binnen_grens {
            if !*v.get_ref() {
                self.errs.at(v.span(), "Schrijf vermogen_binnen_grens = true. Voor het omgekeerde gebruikt u niet = { ... }.");
                return None;
            }
            self.uses_assets.get_or_insert(v.span());
            let ok = self.require_question(
                "vermogen",
                Soort::Bedrag,
                span.clone(),
                "Een vermogenstoets",
            ) & self.require_household(span, "Een vermogenstoets");
            return ok.then_some(Toets::VermogenBinnenGrens { zacht });
        }
        if r.kind_van.is_some() || r.kind_tot_en_met.is_some() {
            let (Some(van), Some(tot)) = (&r.kind_van, &r.kind_tot_en_met) else {
                self.errs.at(span, "Geef bij een kindtoets zowel kind_van als kind_tot_en_met, bijvoorbeeld kind_van = 4 en kind_tot_en_met = 17.");
                return None;
            };
            let (v, t) = (*van.get_ref(), *tot.get_ref());
            if !(0..=30).contains(&v) || !(0..=30).contains(&t) || v > t {
                self.errs.at(van.span(), "De leeftijden van de kindtoets kloppen niet: kind_van moet tussen 0 en 30 liggen en niet groter zijn dan kind_tot_en_met.");
                return None;
            }
            return self
                .require_question("kinderen", Soort::Leeftijden, span, "Een kindtoets")
                .then_some(Toets::KindLeeftijd {
                    van: v as u32,
                    tot_en_met: t as u32,
                });
        }
        if let Some(n) = &r.kinderen_minstens {
            let Ok(n) = u32::try_from(*n.get_ref()) else {
                self.errs
                    .at(n.span(), "kinderen_minstens is een getal van 0 of meer.");
                return None;
            };
            return self
                .require_question(
                    "kinderen",
                    Soort::Leeftijden,
                    span,
                    "Een toets op het aantal kinderen",
                )
                .then_some(Toets::KinderenMinstens(n));
        }
        if let Some(b) = &r.onder_aow_leeftijd {
            return self
                .require_question("leeftijd", Soort::Getal, span, "Een AOW-toets")
                .then_some(Toets::OnderAowLeeftijd(*b.get_ref()));
        }
        let vraag_id = r.vraag.as_ref()?;
        self.question_test(r, vraag_id, span)
    }
}
