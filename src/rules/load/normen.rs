//! `[meta]`, `[[gemeente]]`, `[[norm]]` and `[[vermogensgrens]]`: the figures the limits are computed from.

use super::*;

impl Loader<'_> {
    pub(super) fn meta(&mut self, raw: &S<RawMeta>) -> Meta {
        let r = raw.get_ref();
        let aow = *r.aow_leeftijd.get_ref();
        if !(60..=75).contains(&aow) {
            self.errs.at(
                r.aow_leeftijd.span(),
                format!("AOW-leeftijd {aow} kan niet kloppen. Schrijf bijvoorbeeld 67."),
            );
        }
        Meta {
            titel: self.text(&r.titel, true),
            laatst_bekeken: self.date(&r.laatst_bekeken).unwrap_or(Datum::EPOCH),
            aow_leeftijd: u32::try_from(aow).unwrap_or(67),
            hulp: self.hulp(&r.hulp).unwrap_or_else(empty_hulp),
            gemeenten: r.gemeenten.as_ref().map(|g| self.lijstnaam(g)),
        }
    }

    /// `[meta] gemeenten`: the index of municipalities, a file next to the national file.
    fn lijstnaam(&mut self, b: &S<String>) -> String {
        let pad = b.get_ref();
        if !veilig_pad(pad) {
            self.errs.at(b.span(), format!("Bestand '{pad}' kan de app niet ophalen. Schrijf de naam van het bestand met de lijst van gemeenten, vanaf de map van regulations.toml, met kleine letters en .toml aan het eind: gemeenten = \"gemeenten.toml\"."));
        }
        pad.clone()
    }

    pub(super) fn gemeenten(&mut self, raw: &[S<RawGemeente>]) -> Vec<Gemeente> {
        self.unique_ids(raw.iter().map(|g| &g.get_ref().id), "gemeente");
        raw.iter().map(|g| self.gemeente(g)).collect()
    }

    /// A `[[gemeente]]`: with its help and limit here, or with the name of its own file that has them.
    fn gemeente(&mut self, raw: &S<RawGemeente>) -> Gemeente {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        let bestand = r.bestand.as_ref().map(|b| self.bestandsnaam(b, &id));
        let hulp = match (&r.hulp, &bestand) {
            (Some(h), None) => Some(self.hulp(h).unwrap_or_else(empty_hulp)),
            (None, None) => {
                self.errs.at(raw.span(), format!("Gemeente '{id}' heeft geen hulp en geen bestand. Voeg bestand = \"gemeenten/{id}.toml\" toe (daar staat de hulp van de gemeente), of zet hier [gemeente.hulp] met naam, telefoon en link."));
                None
            }
            (Some(h), Some(b)) => {
                self.errs.at(h.span(), format!("De hulp van gemeente '{id}' staat in haar eigen bestand {b}. Haal [gemeente.hulp] hier weg en zet het daar bij [gemeente.hulp]."));
                None
            }
            (None, Some(_)) => None,
        };
        let minimagrens = match (&r.minimagrens, &bestand) {
            (Some(m), Some(b)) => {
                self.errs.at(m.span(), format!("De minimagrens van gemeente '{id}' staat in haar eigen bestand {b}. Haal minimagrens hier weg en zet het daar bij [gemeente]."));
                None
            }
            (m, _) => m.as_ref().map(|m| self.grens_ref(m)),
        };
        Gemeente {
            naam: self.text(&r.naam, false),
            hulp,
            minimagrens,
            bestand,
            id,
        }
    }

    /// The path of a municipality's own file: relative, inside the folder of the national file, ending in .toml.
    fn bestandsnaam(&mut self, b: &S<String>, id: &str) -> String {
        let pad = b.get_ref();
        if !veilig_pad(pad) {
            self.errs.at(b.span(), format!("Bestand '{pad}' kan de app niet ophalen. Schrijf een pad vanaf de map van regulations.toml, met kleine letters en .toml aan het eind, bijvoorbeeld \"gemeenten/{id}.toml\"."));
        }
        pad.clone()
    }

    pub(super) fn normen(&mut self, raw: &[S<RawNorm>]) -> Vec<Norm> {
        let mut normen = Vec::new();
        for blok in raw {
            let map = blok.get_ref();
            let mut bedragen = BTreeMap::new();
            // keys that look like a misspelling of a norm key: their own error names the fix, so that key is not
            // reported missing as well
            let meant: Vec<&str> = map
                .keys()
                .filter(|k| !crate::rules::format::NORM.contains(&k.as_str()))
                .filter_map(|k| {
                    closest(k, crate::rules::format::NORM.iter().copied())
                        .first()
                        .copied()
                })
                .collect();
            for (key, value) in map {
                match key.as_str() {
                    "geldig_vanaf" | "bron" => {}
                    "alleenstaande_ouder" => self.errs.at(
                        value.span(),
                        "De wet noemt één bedrag voor een alleenstaande en een alleenstaande ouder: dat staat bij alleenstaand. Haal alleenstaande_ouder hier weg. Telt een gemeente de alleenstaande ouder anders, zet dat bij haar [[grens]] met alleenstaande_ouder_procent_paar.",
                    ),
                    _ => match Huishouden::ALL
                        .iter()
                        .filter(|h| h.in_norm_block())
                        .find(|h| h.key() == key)
                    {
                        Some(h) => {
                            if let Some(b) = self.money(value) {
                                bedragen.insert(*h, b);
                            }
                        }
                        None => self.errs.at(
                            value.span(),
                            format!(
                                "'{key}' is geen soort huishouden.{} Kies uit: {}.",
                                bedoelt_u(key, crate::rules::format::NORM.iter().copied()),
                                norm_keys().join(", ")
                            ),
                        ),
                    },
                }
            }
            let geldig_vanaf = match map.get("geldig_vanaf") {
                Some(v) => self.date(v),
                None if meant.contains(&"geldig_vanaf") => None,
                None => {
                    self.errs.at(
                        blok.span(),
                        "Deze norm heeft geen geldig_vanaf. Voeg toe: geldig_vanaf = 2025-07-01.",
                    );
                    None
                }
            };
            let bron = match map.get("bron") {
                Some(v) => match v.get_ref().as_str() {
                    Some(s) => self.link(&S::new(v.span(), s.to_string())),
                    None => {
                        self.errs.at(
                            v.span(),
                            "Schrijf de bron als link tussen aanhalingstekens.",
                        );
                        String::new()
                    }
                },
                None if meant.contains(&"bron") => String::new(),
                None => {
                    self.errs.at(
                        blok.span(),
                        "Deze norm heeft geen bron. Voeg bron = \"https://...\" toe.",
                    );
                    String::new()
                }
            };
            if let Some(income_span) = self.uses_income.clone() {
                let missing: Vec<&str> = Huishouden::ALL
                    .iter()
                    .filter(|h| {
                        h.in_norm_block() && !map.contains_key(h.key()) && !meant.contains(&h.key())
                    })
                    .map(|h| h.key())
                    .collect();
                if !missing.is_empty() {
                    let (line, _) =
                        crate::rules::errors::line_column(self.errs_text(), income_span.start);
                    self.errs.at(
                        blok.span(),
                        format!(
                            "Deze norm mist een bedrag voor: {}. De inkomenstoets op regel {line} rekent met een percentage van de norm, dus elk soort huishouden heeft een bedrag nodig.",
                            missing.join(", ")
                        ),
                    );
                }
            }
            if let Some(geldig_vanaf) = geldig_vanaf {
                normen.push(Norm {
                    geldig_vanaf,
                    bron,
                    bedragen,
                });
            }
        }
        if let (Some(span), true) = (self.uses_income.clone(), raw.is_empty()) {
            self.errs.at(span, "Deze toets rekent met de bijstandsnorm, maar er is geen [[norm]]. Voeg er een toe.");
        }
        normen.sort_by_key(|n| n.geldig_vanaf);
        normen
    }

    pub(super) fn vermogensgrenzen(&mut self, raw: &[S<RawVermogensgrens>]) -> Vec<Vermogensgrens> {
        let mut grenzen: Vec<Vermogensgrens> = raw
            .iter()
            .filter_map(|g| {
                let r = g.get_ref();
                let bron = match &r.bron {
                    Some(b) => self.link(b),
                    None => {
                        self.errs.at(
                            g.span(),
                            "Deze vermogensgrens heeft geen bron. Voeg bron = \"https://...\" toe.",
                        );
                        String::new()
                    }
                };
                Some(Vermogensgrens {
                    geldig_vanaf: self.date(&r.geldig_vanaf)?,
                    bron,
                    alleenstaand: self.money(&r.alleenstaand)?,
                    gezin: self.money(&r.gezin)?,
                })
            })
            .collect();
        grenzen.sort_by_key(|g| g.geldig_vanaf);
        grenzen
    }

    pub(super) fn warn_old_norms(&mut self, raw: &[S<RawNorm>], regels: &Regels, today: Datum) {
        let Some(latest) = regels
            .normen
            .iter()
            .map(|n| n.geldig_vanaf)
            .filter(|d| *d <= today)
            .max()
        else {
            return;
        };
        let months = latest.months_until(today);
        if months >= 7 {
            let span = raw
                .iter()
                .map(|b| b.span())
                .max_by_key(|s| s.start)
                .unwrap_or(0..0);
            self.warnings.at(
                span,
                format!("De nieuwste normen gelden vanaf {}: dat is {months} maanden geleden. Normen veranderen op 1 januari en 1 juli. Voeg de nieuwe normen toe zodra ze bekend zijn.", latest.nl()),
            );
        }
    }
}

/// A path the app can fetch next to the national file: relative, inside its folder, lower case, ending in .toml.
fn veilig_pad(pad: &str) -> bool {
    pad.ends_with(".toml")
        && !pad.starts_with('/')
        && !pad.contains("..")
        && !pad.contains("://")
        && !pad.contains('\\')
        && pad
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-/.".contains(c))
}
