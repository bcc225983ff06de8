//! Parsing and validating `regulations.toml`. Every problem names file:line:column and says in Dutch how to fix it.

use super::answers::answers_from_table;
use super::datum::Datum;
use super::errors::{Errors, LoadError, LoadErrors};
use super::lint::b1_problems;
use super::model::*;
use super::money::parse_bedrag;
use super::raw::*;
use super::reader::{parse_document, read_examples_file, read_file};
use super::text::unknown_placeholder;
use super::Status;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

mod grenzen;

pub const CATEGORIEEN: [&str; 8] = [
    "geld", "zorg", "wonen", "school", "meedoen", "eten", "schulden", "werk",
];

/// Loads the file for the app: problems that only matter to a policy officer (dates passed) are not errors here.
pub fn load(file: &str, text: &str) -> Result<Regels, LoadErrors> {
    load_with(file, text, None).map(|(regels, _)| regels)
}

/// Loads the file as `regels check` does on `today`: a `geldig_tot` in the past is an error, and B1 problems and
/// old norms come back as warnings.
pub fn load_for_check(
    file: &str,
    text: &str,
    today: Datum,
) -> Result<(Regels, Vec<LoadError>), LoadErrors> {
    load_with(file, text, Some(today))
}

/// Loads a file of example households (`voorbeelden.toml`) against the regulations they test.
pub fn load_examples(
    regels: &Regels,
    file: &str,
    text: &str,
) -> Result<Vec<Voorbeeld>, LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = match parse_document(text) {
        Ok(doc) => doc,
        Err((span, message)) => {
            errs.at(span, message);
            return Err(LoadErrors { errors: errs.list });
        }
    };
    let raw = read_examples_file(&doc, &mut errs);
    let mut loader = Loader {
        errs,
        warnings: Errors::new(file, text),
        today: None,
        vragen: regels.vragen.clone(),
        uses_income: None,
        uses_assets: None,
        regeling_ids: regels.regelingen.iter().map(|r| r.id.clone()).collect(),
        grens_ids: regels.grenzen.iter().map(|g| g.id.clone()).collect(),
    };
    let voorbeelden = raw
        .iter()
        .filter_map(|v| loader.voorbeeld(v, regels))
        .collect();
    loader.errs.into_result(voorbeelden)
}

fn load_with(
    file: &str,
    text: &str,
    today: Option<Datum>,
) -> Result<(Regels, Vec<LoadError>), LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = match parse_document(text) {
        Ok(doc) => doc,
        Err((span, message)) => {
            errs.at(span, message);
            return Err(LoadErrors { errors: errs.list });
        }
    };
    let raw = read_file(&doc, &mut errs);
    let raw = match raw {
        Some(raw) if errs.list.is_empty() => raw,
        _ => return Err(LoadErrors { errors: errs.list }),
    };
    let mut loader = Loader {
        errs,
        warnings: Errors::new(file, text),
        today,
        vragen: Vec::new(),
        uses_income: None,
        uses_assets: None,
        regeling_ids: raw
            .regeling
            .iter()
            .map(|r| r.get_ref().id.get_ref().clone())
            .collect(),
        grens_ids: raw
            .grens
            .iter()
            .map(|g| g.get_ref().id.get_ref().clone())
            .collect(),
    };
    let regels = loader.file(&raw);
    let warnings = loader.warnings.list;
    loader.errs.into_result((regels, warnings))
}

struct Loader<'a> {
    errs: Errors<'a>,
    warnings: Errors<'a>,
    today: Option<Datum>,
    vragen: Vec<Vraag>,
    /// Where the first income test stands, to point at when norms are incomplete.
    uses_income: Option<Range<usize>>,
    uses_assets: Option<Range<usize>>,
    /// Every regulation id written in the file, also of regulations with errors, so examples do not add noise.
    regeling_ids: HashSet<String>,
    /// Every limit id written in the file, for conditions and placeholders that name one.
    grens_ids: Vec<String>,
}

impl Loader<'_> {
    fn file(&mut self, raw: &RawFile) -> Regels {
        let meta = self.meta(&raw.meta);
        let gemeenten = self.gemeenten(&raw.gemeente);
        let grenzen = self.grenzen(&raw.grens, &gemeenten);
        self.vragen = raw
            .vraag
            .iter()
            .filter_map(|v| self.vraag_shell(v))
            .collect();
        self.unique_ids(raw.vraag.iter().map(|v| &v.get_ref().id), "vraag");
        // conditions may refer to any question, so `alleen_als` is compiled once all questions are known
        for (i, rv) in raw.vraag.iter().enumerate() {
            if let (Some(cond), Some(idx)) =
                (&rv.get_ref().alleen_als, self.vraag_index(&rv.get_ref().id))
            {
                let compiled = self.voorwaarde(cond);
                if i < self.vragen.len() {
                    self.vragen[idx].alleen_als = compiled;
                }
            }
        }
        self.gemeente_question(&gemeenten, &raw.gemeente);
        let regelingen: Vec<Regeling> = raw
            .regeling
            .iter()
            .filter_map(|r| self.regeling(r, &gemeenten))
            .collect();
        self.unique_ids(raw.regeling.iter().map(|r| &r.get_ref().id), "regeling");
        let normen = self.normen(&raw.norm);
        let vermogensgrenzen = self.vermogensgrenzen(&raw.vermogensgrens);
        if let (Some(span), true) = (self.uses_assets.clone(), vermogensgrenzen.is_empty()) {
            self.errs.at(
                span,
                "Deze toets gebruikt de vermogensgrens, maar er is geen [[vermogensgrens]]. Voeg er een toe.",
            );
        }
        let mut regels = Regels {
            meta,
            gemeenten,
            normen,
            vermogensgrenzen,
            grenzen,
            vragen: std::mem::take(&mut self.vragen),
            regelingen,
            voorbeelden: Vec::new(),
        };
        regels.voorbeelden = raw
            .voorbeeld
            .iter()
            .filter_map(|v| self.voorbeeld(v, &regels))
            .collect();
        if let Some(today) = self.today {
            self.warn_old_norms(&raw.norm, &regels, today);
        }
        regels
    }

    // ---- small value checks ------------------------------------------------------------------------------

    fn text(&mut self, s: &S<String>, resident: bool) -> String {
        let t = s.get_ref().trim().to_string();
        if t.is_empty() {
            self.errs.at(
                s.span(),
                "Deze tekst is leeg. Schrijf hier iets, of haal de regel weg.",
            );
        } else if resident && self.today.is_some() {
            for p in b1_problems(&t) {
                self.warnings.at(s.span(), format!("B1: {p}: \"{t}\""));
            }
        }
        t
    }

    fn opt_text(&mut self, s: &Option<S<String>>, resident: bool) -> Option<String> {
        s.as_ref().map(|s| self.text(s, resident))
    }

    fn id(&mut self, s: &S<String>) -> String {
        let id = s.get_ref().clone();
        let ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            self.errs.at(
                s.span(),
                format!("'{id}' is geen goede id. Gebruik kleine letters, cijfers en _, en begin met een letter."),
            );
        }
        id
    }

    fn date(&mut self, v: &S<Value>) -> Option<Datum> {
        let parsed = match v.get_ref() {
            Value::Datetime { text, date, has_time } => match (date, has_time) {
                (Some((j, m, d)), false) => Datum::new(i32::from(*j), u32::from(*m), u32::from(*d))
                    .ok_or_else(|| format!("{text} bestaat niet in de kalender. Kijk of maand en dag kloppen.")),
                _ => Err(format!("Schrijf alleen een datum, zonder tijd: bijvoorbeeld 2025-07-01 in plaats van {text}.")),
            },
            Value::String(s) => Datum::parse(s),
            _ => Err("Dit is geen datum. Schrijf jaar-maand-dag, bijvoorbeeld 2025-07-01.".to_string()),
        };
        parsed.map_err(|e| self.errs.at(v.span(), e)).ok()
    }

    fn money(&mut self, v: &S<Value>) -> Option<Decimal> {
        let parsed = match v.get_ref() {
            Value::String(s) => parse_bedrag(s).map_err(|e| format!("Dit is geen bedrag. {e}")),
            Value::Integer(n) if *n >= 0 => Ok(Decimal::from(*n)),
            Value::Float(f) => Err(format!(
                "Schrijf een bedrag als tekst tussen aanhalingstekens, bijvoorbeeld \"{f}\". Zo blijft het bedrag precies."
            )),
            _ => Err("Dit is geen bedrag. Schrijf een bedrag als tekst, bijvoorbeeld \"1300.61\".".to_string()),
        };
        parsed.map_err(|e| self.errs.at(v.span(), e)).ok()
    }

    fn link(&mut self, s: &S<String>) -> String {
        let link = s.get_ref().trim().to_string();
        let ok =
            (link.starts_with("https://") && link.len() > "https://".len() && !link.contains(' '))
                || (link.starts_with("tel:") && link.len() > 4);
        if !ok {
            self.errs.at(
                s.span(),
                format!("'{link}' is geen veilige link. Een link begint met https:// of tel:."),
            );
        }
        link
    }

    fn phone(&mut self, s: &S<String>) -> String {
        let nummer = s.get_ref().trim().to_string();
        let digits = nummer.chars().filter(char::is_ascii_digit).count();
        let ok = digits >= 4
            && nummer
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c));
        if !ok {
            self.errs.at(
                s.span(),
                format!("'{nummer}' is geen telefoonnummer. Schrijf alleen cijfers en spaties, bijvoorbeeld 050 367 91 91."),
            );
        }
        nummer
    }

    fn hulp(&mut self, raw: &S<RawHulp>) -> Option<Hulp> {
        let r = raw.get_ref();
        let naam = match &r.naam {
            Some(n) => self.text(n, false),
            None => {
                self.errs.at(raw.span(), "Deze hulp heeft geen naam. Voeg naam = \"...\" toe, bijvoorbeeld \"WIJ Groningen\".");
                String::new()
            }
        };
        if r.telefoon.is_none() && r.link.is_none() && r.balie.is_none() {
            self.errs.at(
                raw.span(),
                "Zeg hoe een inwoner deze hulp bereikt: voeg telefoon, link of balie toe.",
            );
        }
        Some(Hulp {
            naam,
            telefoon: r.telefoon.as_ref().map(|t| self.phone(t)),
            tijden: self.opt_text(&r.tijden, true),
            link: r.link.as_ref().map(|l| self.link(l)),
            balie: self.opt_text(&r.balie, true),
        })
    }

    fn unique_ids<'r>(&mut self, ids: impl Iterator<Item = &'r S<String>>, wat: &str) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id.get_ref().clone()) {
                self.errs.at(
                    id.span(),
                    format!(
                        "Er is al een {wat} met id '{}'. Geef elke {wat} een eigen id.",
                        id.get_ref()
                    ),
                );
            }
        }
    }

    // ---- sections ----------------------------------------------------------------------------------------

    fn meta(&mut self, raw: &S<RawMeta>) -> Meta {
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
        }
    }

    fn gemeenten(&mut self, raw: &[S<RawGemeente>]) -> Vec<Gemeente> {
        self.unique_ids(raw.iter().map(|g| &g.get_ref().id), "gemeente");
        raw.iter()
            .map(|g| {
                let r = g.get_ref();
                Gemeente {
                    id: self.id(&r.id),
                    naam: self.text(&r.naam, false),
                    hulp: self.hulp(&r.hulp).unwrap_or_else(empty_hulp),
                    minimagrens: r.minimagrens.as_ref().map(|m| self.grens_ref(m)),
                }
            })
            .collect()
    }

    fn normen(&mut self, raw: &[S<RawNorm>]) -> Vec<Norm> {
        let mut normen = Vec::new();
        for blok in raw {
            let map = blok.get_ref();
            let mut bedragen = BTreeMap::new();
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
                                "'{key}' is geen soort huishouden. Kies uit: {}.",
                                norm_keys().join(", ")
                            ),
                        ),
                    },
                }
            }
            let geldig_vanaf = match map.get("geldig_vanaf") {
                Some(v) => self.date(v),
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
                    .filter(|h| h.in_norm_block() && !map.contains_key(h.key()))
                    .map(|h| h.key())
                    .collect();
                if !missing.is_empty() {
                    let (line, _) = super::errors::line_column(self.errs_text(), income_span.start);
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

    /// The id of a `[[gemeente]]` of this file.
    fn gemeente_ref(&mut self, g: &S<String>, gemeenten: &[Gemeente]) -> String {
        if !gemeenten.iter().any(|x| &x.id == g.get_ref()) {
            let ids: Vec<&str> = gemeenten.iter().map(|x| x.id.as_str()).collect();
            self.errs.at(
                g.span(),
                format!(
                    "Gemeente '{}' staat niet bij [[gemeente]]. Kies uit: {}.",
                    g.get_ref(),
                    ids.join(", ")
                ),
            );
        }
        g.get_ref().clone()
    }

    /// The id of a `[[grens]]` of this file.
    fn grens_ref(&mut self, id: &S<String>) -> String {
        if !self.grens_ids.contains(id.get_ref()) {
            self.errs.at(
                id.span(),
                format!(
                    "Grens '{}' staat niet bij [[grens]]. Kies uit: {}.",
                    id.get_ref(),
                    self.grens_ids.join(", ")
                ),
            );
        }
        id.get_ref().clone()
    }

    fn errs_text(&self) -> &str {
        self.errs.text()
    }

    fn vermogensgrenzen(&mut self, raw: &[S<RawVermogensgrens>]) -> Vec<Vermogensgrens> {
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

    fn vraag_shell(&mut self, raw: &S<RawVraag>) -> Option<Vraag> {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        let Some(soort) = Soort::parse(r.soort.get_ref()) else {
            self.errs.at(
                r.soort.span(),
                format!(
                    "Vraag '{id}': soort '{}' kennen we niet. Kies uit: ja_nee, keuze, meerkeuze, getal, bedrag, leeftijden.",
                    r.soort.get_ref()
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
        let mut opties = Vec::new();
        let mut waarden = HashSet::new();
        for o in r.opties.iter().flatten() {
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
        if wants_options && opties.len() < 2 {
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
            let grens_ids: Vec<&str> = self.grens_ids.iter().map(String::as_str).collect();
            if let Some(p) = unknown_placeholder(t.get_ref(), &grens_ids) {
                self.errs.at(t.span(), format!("{{{p}}} kennen we niet. In een vraag kunt u {{inkomensgrens}} (de grens van de gemeente), {{inkomensgrens:id}} (met de id van een [[grens]]) of {{vermogensgrens}} gebruiken."));
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
        })
    }

    fn vraag_index(&self, id: &S<String>) -> Option<usize> {
        self.vragen.iter().position(|v| &v.id == id.get_ref())
    }

    /// Municipal regulations are matched on the `gemeente` question, so its options must be the gemeente ids.
    fn gemeente_question(&mut self, gemeenten: &[Gemeente], raw: &[S<RawGemeente>]) {
        if gemeenten.is_empty() {
            return;
        }
        let vraag = self.vragen.iter().find(|v| v.id == "gemeente").cloned();
        for (g, rg) in gemeenten.iter().zip(raw) {
            let ok = vraag.as_ref().is_some_and(|v| {
                v.soort == Soort::Keuze && v.opties.iter().any(|o| o.waarde == g.id)
            });
            if !ok {
                self.errs.at(
                    rg.get_ref().id.span(),
                    format!("Gemeente '{}' is geen keuze bij de vraag 'gemeente' (soort keuze). Voeg {{ waarde = \"{}\", tekst = \"{}\" }} toe aan de opties.", g.id, g.id, g.naam),
                );
            }
        }
    }

    fn regeling(&mut self, raw: &S<RawRegeling>, gemeenten: &[Gemeente]) -> Option<Regeling> {
        let r = raw.get_ref();
        let id = self.id(&r.id);
        let gemeente = r.gemeente.as_ref().map(|g| self.gemeente_ref(g, gemeenten));
        if !CATEGORIEEN.contains(&r.categorie.get_ref().as_str()) {
            self.errs.at(
                r.categorie.span(),
                format!(
                    "Categorie '{}' kennen we niet. Kies uit: {}.",
                    r.categorie.get_ref(),
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

    fn krijgt(&mut self, raw: &S<RawKrijgt>, id: &str) -> Krijgt {
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

    fn aanvragen(&mut self, raw: &S<RawAanvragen>, id: &str) -> Aanvragen {
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
        }
    }

    fn voorbeeld(&mut self, raw: &S<RawVoorbeeld>, regels: &Regels) -> Option<Voorbeeld> {
        let r = raw.get_ref();
        let naam = self.text(&r.naam, true);
        let datum = r.datum.as_ref().and_then(|d| self.date(d));
        let antwoorden = answers_from_table(regels, r.antwoorden.get_ref(), &mut self.errs);
        let mut verwacht = BTreeMap::new();
        for (id, status) in r.verwacht.get_ref() {
            if !self.regeling_ids.contains(id) {
                self.errs.at(status.span(), format!("Voorbeeld '{naam}': er is geen regeling '{id}'. Kijk of de id goed gespeld is."));
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
                        "'{}' is geen uitkomst. Kies uit: ja, misschien, nee.",
                        status.get_ref()
                    ),
                ),
            }
        }
        let (regel, _) = super::errors::line_column(self.errs.text(), raw.span().start);
        Some(Voorbeeld {
            bestand: self.errs.file().to_string(),
            naam,
            datum,
            antwoorden,
            verwacht,
            regel,
        })
    }

    fn warn_old_norms(&mut self, raw: &[S<RawNorm>], regels: &Regels, today: Datum) {
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

    // ---- conditions --------------------------------------------------------------------------------------

    fn voorwaarde(&mut self, raw: &S<RawVoorwaarde>) -> Option<Voorwaarde> {
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

    fn require_question(
        &mut self,
        id: &str,
        soort: Soort,
        span: Range<usize>,
        waarvoor: &str,
    ) -> bool {
        match self.vragen.iter().find(|v| v.id == id) {
            Some(v) if v.soort == soort => true,
            Some(_) => {
                self.errs.at(span, format!("{waarvoor} heeft de vraag '{id}' nodig met een andere soort. Kijk bij [[vraag]] id = \"{id}\"."));
                false
            }
            None => {
                self.errs.at(span, format!("{waarvoor} heeft de vraag '{id}' nodig, maar die staat niet bij [[vraag]]. Voeg die vraag toe."));
                false
            }
        }
    }

    fn require_household(&mut self, span: Range<usize>, waarvoor: &str) -> bool {
        [
            ("leeftijd", Soort::Getal),
            ("partner", Soort::JaNee),
            ("leeftijd_partner", Soort::Getal),
            ("kinderen", Soort::Leeftijden),
        ]
        .into_iter()
        .all(|(id, soort)| self.require_question(id, soort, span.clone(), waarvoor))
    }

    fn toets(&mut self, r: &RawVoorwaarde, span: Range<usize>) -> Option<Toets> {
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

    fn question_test(
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
            let ids: Vec<&str> = self.vragen.iter().map(|v| v.id.as_str()).collect();
            self.errs.at(
                vraag_id.span(),
                format!(
                    "De vraag '{}' bestaat niet. Kies een id uit [[vraag]]: {}.",
                    vraag_id.get_ref(),
                    ids.join(", ")
                ),
            );
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
        let choice = |this: &mut Self, waarde: &str, at: Range<usize>| -> bool {
            let ok = vraag.opties.iter().any(|o| o.waarde == waarde);
            if !ok {
                let keuzes: Vec<&str> = vraag.opties.iter().map(|o| o.waarde.as_str()).collect();
                this.errs.at(
                    at,
                    format!(
                        "'{waarde}' is geen keuze van vraag '{id}'. Kies uit: {}.",
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

/// The household keys of a `[[norm]]` block.
fn norm_keys() -> Vec<&'static str> {
    Huishouden::ALL
        .iter()
        .filter(|h| h.in_norm_block())
        .map(|h| h.key())
        .collect()
}

fn empty_hulp() -> Hulp {
    Hulp {
        naam: String::new(),
        telefoon: None,
        tijden: None,
        link: None,
        balie: None,
    }
}
