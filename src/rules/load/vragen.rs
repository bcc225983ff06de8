//! `[[vraag]]`: the questions, their options and placeholders, and the gemeente question's options.

use super::*;

impl Loader<'_> {
    pub(super) fn vraag_shell(&mut self, raw: &S<RawVraag>) -> Option<Vraag> {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        let Some(soort) = Soort::parse(r.soort.get_ref()) else {
            self.errs.at(
                r.soort.span(),
                format!(
                    "Vraag '{id}': soort '{}' kennen we niet.{} Kies uit: ja_nee, keuze, meerkeuze, getal, bedrag, leeftijden.",
                    r.soort.get_ref(),
                    bedoelt_u(r.soort.get_ref(), ["ja_nee", "keuze", "meerkeuze", "getal", "bedrag", "leeftijden"])
                ),
            );
            return None;
        };
        let tekst = match &r.tekst {
            Some(t) => self.text(t, true),
            None => {
                self.errs.at(raw.span(), format!("Vraag '{id}' heeft geen tekst. Voeg tekst = \"...\" toe: de vraag zoals de inwoner die leest."));
                String::new()
            }
        };
        let uit_lijst = id == "gemeente" && self.lijst.is_some();
        if let (true, Some(o), Some(lijst)) = (uit_lijst, &r.opties, &self.lijst) {
            let span = o.first().map_or(raw.span(), |o| o.span());
            self.errs.at(span, format!("De keuzes van de vraag 'gemeente' komen uit {lijst}. Haal opties hier weg; een nieuwe gemeente zet u in {lijst}."));
        }
        if uit_lijst && soort != Soort::Keuze {
            self.errs.at(r.soort.span(), "De vraag 'gemeente' is een keuze uit de lijst van gemeenten. Schrijf soort = \"keuze\".");
        }
        let mut opties = Vec::new();
        let mut waarden = HashSet::new();
        for o in r.opties.iter().flatten().filter(|_| !uit_lijst) {
            let waarde = self.id(&o.get_ref().waarde);
            if !waarden.insert(waarde.clone()) {
                self.errs.at(
                    o.span(),
                    format!("Vraag '{id}' heeft de keuze '{waarde}' twee keer."),
                );
            }
            opties.push(Optie {
                waarde,
                tekst: self.text(&o.get_ref().tekst, true),
            });
        }
        let wants_options = matches!(soort, Soort::Keuze | Soort::Meerkeuze);
        if wants_options && opties.len() < 2 && !uit_lijst {
            self.errs.at(raw.span(), format!("Vraag '{id}' is een keuzevraag en heeft minstens twee opties nodig: opties = [{{ waarde = \"...\", tekst = \"...\" }}, ...]."));
        }
        if !wants_options && r.opties.is_some() {
            self.errs.at(
                raw.span(),
                format!("Vraag '{id}' is geen keuzevraag; haal opties weg of maak de soort keuze."),
            );
        }
        if let (Some(min), Some(max)) = (&r.min, &r.max) {
            if min.get_ref() > max.get_ref() {
                self.errs
                    .at(min.span(), format!("Vraag '{id}': min is groter dan max."));
            }
        }
        if (r.min.is_some() || r.max.is_some()) && soort != Soort::Getal {
            self.errs.at(
                raw.span(),
                format!("Vraag '{id}': min en max horen alleen bij soort getal."),
            );
        }
        for t in [Some(&r.tekst), Some(&r.uitleg), Some(&r.waarom)]
            .into_iter()
            .flatten()
            .flatten()
        {
            let ids = self.grens_ids.clone();
            let grens_ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            if let Some(p) = unknown_placeholder(t.get_ref(), &grens_ids) {
                match p.strip_prefix("inkomensgrens:") {
                    Some(grens) => {
                        if !self.reference_reported("grens", grens, &t.span(), &grens_ids) {
                            let message = format!(
                                "{{{p}}}: grens '{grens}' staat niet bij [[grens]].{} Kies uit: {}.",
                                bedoelt_u(grens, grens_ids.iter().copied()),
                                grens_ids.join(", ")
                            );
                            self.report_reference("grens", grens, t.span(), message);
                        }
                    }
                    None => {
                        let hint = bedoelt_u(&p, ["inkomensgrens", "vermogensgrens"]);
                        self.errs.at(t.span(), format!("{{{p}}} kennen we niet.{hint} In een vraag kunt u {{inkomensgrens}} (de grens van de gemeente), {{inkomensgrens:id}} (met de id van een [[grens]]) of {{vermogensgrens}} gebruiken."));
                    }
                }
            }
        }
        Some(Vraag {
            id,
            soort,
            tekst,
            uitleg: self.opt_text(&r.uitleg, true),
            waarom: self.opt_text(&r.waarom, true),
            onderwerp: self.opt_text(&r.onderwerp, true),
            weet_ik_niet: self.opt_text(&r.weet_ik_niet, true),
            opties,
            min: r.min.as_ref().map(|m| *m.get_ref()),
            max: r.max.as_ref().map(|m| *m.get_ref()),
            alleen_als: None,
            uitleg_als: Vec::new(),
        })
    }

    pub(super) fn vraag_index(&self, id: &S<String>) -> Option<usize> {
        self.vragen.iter().position(|v| &v.id == id.get_ref())
    }

    /// Municipal regulations are matched on the `gemeente` question, so its options must be the gemeente ids.
    pub(super) fn gemeente_question(&mut self, gemeenten: &[Gemeente], raw: &[S<RawGemeente>]) {
        if gemeenten.is_empty() {
            return;
        }
        let vraag = self.vragen.iter().find(|v| v.id == "gemeente").cloned();
        if vraag.is_none() && self.vraag_ids.contains("gemeente") {
            // the question has an error of its own
            return;
        }
        // A set, not a search per municipality: with every municipality of the country this runs 342 times.
        let keuzes: HashSet<&str> = vraag
            .as_ref()
            .filter(|v| v.soort == Soort::Keuze)
            .map(|v| v.opties.iter().map(|o| o.waarde.as_str()).collect())
            .unwrap_or_default();
        for (g, rg) in gemeenten.iter().zip(raw) {
            let ok = keuzes.contains(g.id.as_str());
            // an option whose value is not a good id has its own error (only looked for when it matters)
            let follows = || {
                vraag.as_ref().is_some_and(|v| {
                    !closest(
                        &g.id,
                        v.opties
                            .iter()
                            .map(|o| o.waarde.as_str())
                            .filter(|w| !good_id(w)),
                    )
                    .is_empty()
                })
            };
            if !ok && !follows() {
                self.errs.at(
                    rg.get_ref().id.span(),
                    format!("Gemeente '{}' is geen keuze bij de vraag 'gemeente' (soort keuze). Voeg {{ waarde = \"{}\", tekst = \"{}\" }} toe aan de opties.", g.id, g.id, g.naam),
                );
            }
        }
    }
}
