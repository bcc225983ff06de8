//! A municipality's own file (`gemeenten/leiden.toml`): its help, limits and regulations, added to the national
//! rules once the municipality is known. Everything national (norms, vermogensgrens, questions, examples) stays
//! in `regulations.toml`; a municipal file that writes one of those, or reuses a national id, gets an error.

use super::super::sections::read_gemeente_file;
use super::lijst;
use super::*;

/// Why a national section cannot be in a municipality's file, and where it goes instead.
fn landelijk_bericht(sectie: &str, bestand: &str) -> String {
    match sectie {
        "meta" => "[meta] is voor het hele land en staat in regulations.toml. Haal het hier weg. De hulp van uw gemeente zet u bij [gemeente.hulp].".to_string(),
        "norm" => "De bijstandsnormen zijn landelijk en staan in regulations.toml. Een gemeente kan ze niet veranderen. Haal [[norm]] hier weg. Een eigen percentage zet u bij een [[grens]].".to_string(),
        "vermogensgrens" => "De vermogensgrens is landelijk (Participatiewet artikel 34) en staat in regulations.toml. Haal [[vermogensgrens]] hier weg.".to_string(),
        "vraag" => "De vragen zijn voor alle gemeenten gelijk en staan in regulations.toml. Haal [[vraag]] hier weg. Mist u een vraag? Vraag het aan wie regulations.toml beheert.".to_string(),
        _ => format!("Voorbeeldhuishoudens van uw gemeente staan in een eigen bestand: {}. Zet [[voorbeeld]] daar.", voorbeelden_naast(bestand)),
    }
}

/// The examples file next to a municipality's file: `gemeenten/leiden.toml` → `gemeenten/leiden.voorbeelden.toml`.
pub fn voorbeelden_naast(bestand: &str) -> String {
    match bestand.strip_suffix(".toml") {
        Some(stam) => format!("{stam}.voorbeelden.toml"),
        None => format!("{bestand}.voorbeelden.toml"),
    }
}

pub(super) fn add(
    regels: &mut Regels,
    gemeente: &str,
    file: &str,
    text: &str,
    today: Option<Datum>,
) -> Result<Vec<LoadError>, LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = parsed(text, &mut errs)?;
    let raw = read_gemeente_file(&doc, &mut errs);
    let raw = match raw {
        Some(raw) if errs.list.is_empty() => raw,
        _ => return Err(LoadErrors::sorted(errs.list)),
    };
    let kop = raw.gemeente.get_ref();
    let index = match regels.gemeenten.iter().position(|g| g.id == gemeente) {
        Some(index) => index,
        // With an index of municipalities the national rules may not know the municipality yet (its own page
        // fetches only its own file): it comes in with the name its file gives.
        None if regels.meta.gemeenten.is_some() && !regels.lijst_toegevoegd => {
            let nieuw = Gemeente {
                id: gemeente.to_string(),
                naam: kop.naam.get_ref().trim().to_string(),
                hulp: None,
                minimagrens: None,
                bestand: Some(file.to_string()),
            };
            if let Some(vraag) = regels.vragen.iter_mut().find(|v| v.id == "gemeente") {
                vraag.opties.push(lijst::optie(&nieuw));
            }
            regels.gemeenten.push(nieuw);
            regels.gemeenten.len() - 1
        }
        None => {
            let waar = regels
                .meta
                .gemeenten
                .as_deref()
                .unwrap_or("regulations.toml");
            errs.at(
                kop.id.span(),
                format!("Gemeente '{gemeente}' staat niet bij [[gemeente]] in {waar}. Voeg haar daar toe met id en naam."),
            );
            return Err(LoadErrors::sorted(errs.list));
        }
    };
    let mut grens_ids: Vec<String> = regels.grenzen.iter().map(|g| g.id.clone()).collect();
    grens_ids.extend(raw.grens.iter().map(|g| g.get_ref().id.get_ref().clone()));
    let mut regeling_ids: HashSet<String> =
        regels.regelingen.iter().map(|r| r.id.clone()).collect();
    regeling_ids.extend(
        raw.regeling
            .iter()
            .map(|r| r.get_ref().id.get_ref().clone()),
    );
    let mut loader = Loader {
        errs,
        vragen: regels.vragen.clone(),
        regeling_ids,
        grens_ids,
        vraag_ids: regels.vragen.iter().map(|v| v.id.clone()).collect(),
        lijst: regels.meta.gemeenten.clone(),
        gemeenten_later: regels.meta.gemeenten.is_some() && !regels.lijst_toegevoegd,
        ..Loader::nieuw(file, text, today)
    };
    let eigen = loader.gemeente_file(&raw, regels, gemeente, file);
    loader.fold_unknown_refs();
    let warnings = loader.warnings.list;
    let (naam, hulp, minimagrens, grenzen, regelingen) = loader.errs.into_result(eigen)?;
    let g = &mut regels.gemeenten[index];
    if g.naam != naam {
        // the file's own name counts (only `regels check` holds it to the index)
        g.naam = naam;
        let (id, naam) = (g.id.clone(), g.naam.clone());
        if let Some(o) = regels
            .vragen
            .iter_mut()
            .find(|v| v.id == "gemeente")
            .and_then(|v| v.opties.iter_mut().find(|o| o.waarde == id))
        {
            o.tekst = naam;
        }
    }
    let g = &mut regels.gemeenten[index];
    g.hulp = Some(hulp);
    g.minimagrens = minimagrens;
    regels.grenzen.extend(grenzen);
    // Municipal regulations come before the national ones, as they did when all were in one file.
    let eerste_landelijke = regels
        .regelingen
        .iter()
        .position(|r| r.gemeente.is_none())
        .unwrap_or(regels.regelingen.len());
    regels
        .regelingen
        .splice(eerste_landelijke..eerste_landelijke, regelingen);
    Ok(warnings)
}

type Eigen = (String, Hulp, Option<String>, Vec<Grens>, Vec<Regeling>);

impl Loader<'_> {
    fn gemeente_file(
        &mut self,
        raw: &RawGemeenteBestand,
        regels: &Regels,
        gemeente: &str,
        file: &str,
    ) -> Eigen {
        for (sectie, span) in &raw.landelijk {
            self.errs.at(span.clone(), landelijk_bericht(sectie, file));
        }
        let kop = raw.gemeente.get_ref();
        let waar = self
            .lijst
            .clone()
            .unwrap_or_else(|| "regulations.toml".to_string());
        if kop.id.get_ref() != gemeente {
            self.errs.at(kop.id.span(), format!("Dit bestand hoort volgens {waar} bij gemeente '{gemeente}', maar hier staat id = \"{}\". Maak ze gelijk.", kop.id.get_ref()));
        }
        let naam = self.text(&kop.naam, false);
        let in_lijst = regels
            .gemeenten
            .iter()
            .find(|g| g.id == gemeente)
            .map(|g| g.naam.as_str());
        if let (Some(lijst_naam), Some(_)) = (in_lijst.filter(|n| *n != naam), self.today) {
            self.errs.at(kop.naam.span(), format!("Deze naam verschilt van die in {waar}: daar staat naam = \"{lijst_naam}\". Maak ze gelijk; de inwoner leest de naam bij de vraag in welke gemeente hij woont."));
        }
        let hulp = self.hulp(&kop.hulp).unwrap_or_else(empty_hulp);
        for g in &raw.grens {
            let id = g.get_ref().id.get_ref();
            if regels.grenzen.iter().any(|x| &x.id == id) {
                self.errs.at(g.get_ref().id.span(), format!("Grens '{id}' staat al in regulations.toml. Een gemeente kan een landelijke grens niet veranderen. Geef uw grens een eigen id, bijvoorbeeld '{gemeente}_{id}'."));
            }
            for w in &g.get_ref().waarde {
                if let Some(gw) = &w.get_ref().gemeente {
                    self.errs.at(gw.span(), "In het bestand van een gemeente geldt elke grens alleen voor die gemeente. Haal gemeente = hier weg.");
                }
            }
        }
        let grenzen = self.grenzen(&raw.grens, &regels.gemeenten);
        let minimagrens = kop.minimagrens.as_ref().map(|m| self.grens_ref(m));
        let mut regelingen = Vec::new();
        for r in &raw.regeling {
            let rr = r.get_ref();
            if let Some(g) = &rr.gemeente {
                self.errs.at(g.span(), "In het bestand van een gemeente hoort elke regeling bij die gemeente. Haal gemeente = hier weg.");
            }
            let id = rr.id.get_ref();
            if let Some(al) = regels.regelingen.iter().find(|x| &x.id == id) {
                let waar = al
                    .gemeente
                    .as_ref()
                    .and_then(|g| regels.gemeenten.iter().find(|x| &x.id == g))
                    .and_then(|g| g.bestand.clone())
                    .unwrap_or_else(|| "regulations.toml".to_string());
                self.errs.at(rr.id.span(), format!("Regeling '{id}' staat al in {waar}. Geef deze regeling een eigen id, bijvoorbeeld '{gemeente}_{id}'."));
            }
            if let Some(regeling) = self.regeling(r, &regels.gemeenten, Some(gemeente)) {
                regelingen.push(regeling);
            }
        }
        self.unique_ids(raw.regeling.iter().map(|r| &r.get_ref().id), "regeling");
        (naam, hulp, minimagrens, grenzen, regelingen)
    }
}
