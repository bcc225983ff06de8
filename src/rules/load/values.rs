//! Small value checks shared by every section: texts, ids, dates, money, links, phone numbers, references.

use super::*;

impl Loader<'_> {
    /// A trimmed, non-empty text. `_resident` marks what a resident reads: the keys that `rules::b1` (the B1 guard
    /// of `regels check`, native only) checks.
    pub(super) fn text(&mut self, s: &S<String>, _resident: bool) -> String {
        let t = s.get_ref().trim().to_string();
        if t.is_empty() {
            self.errs.at(
                s.span(),
                "Deze tekst is leeg. Schrijf hier iets, of haal de regel weg.",
            );
        }
        t
    }

    pub(super) fn opt_text(&mut self, s: &Option<S<String>>, resident: bool) -> Option<String> {
        s.as_ref().map(|s| self.text(s, resident))
    }

    pub(super) fn id(&mut self, s: &S<String>) -> String {
        let id = s.get_ref().clone();
        if !good_id(&id) {
            self.errs.at(
                s.span(),
                format!("'{id}' is geen goede id. Gebruik kleine letters, cijfers en _, en begin met een letter."),
            );
        }
        id
    }

    pub(super) fn date(&mut self, v: &S<Value>) -> Option<Datum> {
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

    pub(super) fn money(&mut self, v: &S<Value>) -> Option<Decimal> {
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

    pub(super) fn link(&mut self, s: &S<String>) -> String {
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

    pub(super) fn phone(&mut self, s: &S<String>) -> String {
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

    pub(super) fn hulp(&mut self, raw: &S<RawHulp>) -> Option<Hulp> {
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

    pub(super) fn unique_ids<'r>(&mut self, ids: impl Iterator<Item = &'r S<String>>, wat: &str) {
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

    /// The id of a `[[gemeente]]` of this file.
    pub(super) fn gemeente_ref(&mut self, g: &S<String>, gemeenten: &[Gemeente]) -> String {
        let ids: Vec<&str> = gemeenten.iter().map(|x| x.id.as_str()).collect();
        if !self.gemeenten_later
            && !ids.contains(&g.get_ref().as_str())
            && !self.reference_reported("gemeente", g.get_ref(), &g.span(), &ids)
        {
            self.report_reference(
                "gemeente",
                g.get_ref(),
                g.span(),
                format!(
                    "Gemeente '{}' staat niet bij [[gemeente]]{}.{} Kies uit: {}.",
                    g.get_ref(),
                    self.lijst
                        .as_ref()
                        .map_or(String::new(), |l| format!(" in {l}")),
                    bedoelt_u(g.get_ref(), ids.iter().copied()),
                    ids.join(", ")
                ),
            );
        }
        g.get_ref().clone()
    }

    /// The id of a `[[grens]]` of this file.
    pub(super) fn grens_ref(&mut self, id: &S<String>) -> String {
        let ids: Vec<String> = self.grens_ids.clone();
        let written: Vec<&str> = ids.iter().map(String::as_str).collect();
        if !self.grens_ids.contains(id.get_ref())
            && !self.reference_reported("grens", id.get_ref(), &id.span(), &written)
        {
            self.report_reference(
                "grens",
                id.get_ref(),
                id.span(),
                format!(
                    "Grens '{}' staat niet bij [[grens]].{} Kies uit: {}.",
                    id.get_ref(),
                    bedoelt_u(id.get_ref(), self.grens_ids.iter().map(String::as_str)),
                    self.grens_ids.join(", ")
                ),
            );
        }
        id.get_ref().clone()
    }

    pub(super) fn errs_text(&self) -> &str {
        self.errs.text()
    }
}
