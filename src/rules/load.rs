//! Parsing and validating `regulations.toml`. Every problem names file:line:column and says in Dutch how to fix it.

use super::answers::answers_from_table;
use super::datum::Datum;
use super::errors::{Errors, LoadError, LoadErrors};
use super::model::*;
use super::money::parse_bedrag;
use super::raw::*;
use super::reader::parse_document;
use super::sections::{read_examples_file, read_file};
use super::suggest::{bedoelt_u, bedoelt_u_of, closest};
use super::text::unknown_placeholder;
use super::Status;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

mod gemeentebestand;
pub use gemeentebestand::voorbeelden_naast;
mod grenzen;
mod lijst;
pub use lijst::{add_lijst, lijst_pad, load_lijst, LijstGemeente};
mod normen;
mod regelingen;
mod termijnen;
mod values;
mod voorwaarden;
mod vraagtoetsen;
mod vragen;

pub const CATEGORIEEN: [&str; 8] = [
    "geld", "zorg", "wonen", "school", "meedoen", "eten", "schulden", "werk",
];

/// Loads the file for the app: problems that only matter to a policy officer (dates passed) are not errors here.
/// A national file with an index of municipalities (`[meta] gemeenten`) loads without it: the municipalities
/// come later, with the index (`add_lijst`) or one municipality's own file (`add_gemeente`).
pub fn load(file: &str, text: &str) -> Result<Regels, LoadErrors> {
    load_with(file, text, None, None).map(|(regels, _)| regels)
}

/// Loads the file as `regels check` does on `today`: a `geldig_tot` in the past is an error, and old norms come
/// back as warnings. The B1 guard is not here: `regels check` runs `rules::b1` (native only) itself.
pub fn load_for_check(
    file: &str,
    text: &str,
    today: Datum,
) -> Result<(Regels, Vec<LoadError>), LoadErrors> {
    load_with(file, text, Some(today), None)
}

/// `load_for_check` of a national file together with its index of municipalities (`load_lijst`): every reference
/// to a municipality is checked against the index.
pub fn load_for_check_met_lijst(
    file: &str,
    text: &str,
    today: Datum,
    lijst: &[LijstGemeente],
) -> Result<(Regels, Vec<LoadError>), LoadErrors> {
    load_with(file, text, Some(today), Some(lijst))
}

/// Adds a municipality's own file (`bestand` of its `[[gemeente]]`: its help, limits and regulations) to the
/// national rules. Its errors name its own file; it may not redefine anything national.
pub fn add_gemeente(
    regels: &mut Regels,
    gemeente: &str,
    file: &str,
    text: &str,
) -> Result<(), LoadErrors> {
    gemeentebestand::add(regels, gemeente, file, text, None).map(|_| ())
}

/// `add_gemeente` as `regels check` does it on `today`, with the warnings of that file.
pub fn add_gemeente_for_check(
    regels: &mut Regels,
    gemeente: &str,
    file: &str,
    text: &str,
    today: Datum,
) -> Result<Vec<LoadError>, LoadErrors> {
    gemeentebestand::add(regels, gemeente, file, text, Some(today))
}

/// Loads a file of example households (`voorbeelden.toml`) against the regulations they test.
pub fn load_examples(
    regels: &Regels,
    file: &str,
    text: &str,
) -> Result<Vec<Voorbeeld>, LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = parsed(text, &mut errs)?;
    let raw = read_examples_file(&doc, &mut errs);
    let mut loader = Loader {
        errs,
        vragen: regels.vragen.clone(),
        regeling_ids: regels.regelingen.iter().map(|r| r.id.clone()).collect(),
        grens_ids: regels.grenzen.iter().map(|g| g.id.clone()).collect(),
        vraag_ids: regels.vragen.iter().map(|v| v.id.clone()).collect(),
        ..Loader::nieuw(file, text, None)
    };
    let voorbeelden = raw
        .iter()
        .filter_map(|v| loader.voorbeeld(v, regels))
        .collect();
    loader.errs.into_result(voorbeelden)
}

/// The TOML parse tree, or the syntax error as the only error: nothing else can be checked then.
pub(crate) fn parsed(text: &str, errs: &mut Errors) -> Result<S<Value>, LoadErrors> {
    parse_document(text).map_err(|(span, message)| {
        errs.at(span, message);
        LoadErrors {
            errors: std::mem::take(&mut errs.list),
        }
    })
}

fn load_with(
    file: &str,
    text: &str,
    today: Option<Datum>,
    lijst: Option<&[LijstGemeente]>,
) -> Result<(Regels, Vec<LoadError>), LoadErrors> {
    let mut errs = Errors::new(file, text);
    let doc = parsed(text, &mut errs)?;
    let raw = read_file(&doc, &mut errs);
    let raw = match raw {
        Some(raw) if errs.list.is_empty() => raw,
        _ => return Err(LoadErrors::sorted(errs.list)),
    };
    let mut loader = Loader {
        errs,
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
        vraag_ids: raw
            .vraag
            .iter()
            .map(|v| v.get_ref().id.get_ref().clone())
            .collect(),
        ..Loader::nieuw(file, text, today)
    };
    let regels = loader.file(&raw, lijst);
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
    /// Every question id written in the file, also of questions with errors: a reference to one of those is a
    /// follow-up error, folded into the question's own.
    vraag_ids: HashSet<String>,
    /// Ids of questions, limits and municipalities that are not in the file and were reported once, by kind and id:
    /// the index of that error and the lines where the same id is used again (named in that one error).
    unknown_refs: BTreeMap<(&'static str, String), (usize, Vec<usize>)>,
    /// The index of municipalities the national file points to (`[meta] gemeenten`): the gemeente question takes
    /// its options from there.
    lijst: Option<String>,
    /// The municipalities are not known here (a national file with an index, loaded without it): references to
    /// a municipality are checked by `regels check`, which reads the index.
    gemeenten_later: bool,
}

impl<'a> Loader<'a> {
    fn nieuw(file: &'a str, text: &'a str, today: Option<Datum>) -> Loader<'a> {
        Loader {
            errs: Errors::new(file, text),
            warnings: Errors::new(file, text),
            today,
            vragen: Vec::new(),
            uses_income: None,
            uses_assets: None,
            regeling_ids: HashSet::new(),
            grens_ids: Vec::new(),
            vraag_ids: HashSet::new(),
            unknown_refs: BTreeMap::new(),
            lijst: None,
            gemeenten_later: false,
        }
    }
}

impl Loader<'_> {
    fn file(&mut self, raw: &RawFile, lijst: Option<&[LijstGemeente]>) -> Regels {
        let meta = self.meta(&raw.meta);
        let gemeenten = match (&meta.gemeenten, lijst) {
            (None, _) => self.gemeenten(&raw.gemeente),
            (Some(pad), lijst) => {
                self.lijst = Some(pad.clone());
                if let Some(eerste) = raw.gemeente.first() {
                    self.errs.at(eerste.span(), format!("De gemeenten staan in {pad}, want [meta] gemeenten = \"{pad}\". Zet elke gemeente daar, met id en naam. Haar hulp en minimagrens staan in haar eigen bestand gemeenten/<id>.toml."));
                }
                self.gemeenten_later = lijst.is_none();
                lijst
                    .unwrap_or_default()
                    .iter()
                    .map(LijstGemeente::gemeente)
                    .collect()
            }
        };
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
            if let (Some(lijst), Some(idx)) =
                (&rv.get_ref().uitleg_als, self.vraag_index(&rv.get_ref().id))
            {
                let compiled = self.uitleg_als(lijst);
                if let Some(v) = self.vragen.get_mut(idx) {
                    v.uitleg_als = compiled;
                }
            }
        }
        if self.lijst.is_none() {
            self.gemeente_question(&gemeenten, &raw.gemeente);
        } else if let Some(vraag) = self.vragen.iter_mut().find(|v| v.id == "gemeente") {
            vraag.opties = gemeenten.iter().map(lijst::optie).collect();
        } else if let (false, Some(pad)) = (self.vraag_ids.contains("gemeente"), &meta.gemeenten) {
            let span = raw
                .meta
                .get_ref()
                .gemeenten
                .as_ref()
                .map_or(raw.meta.span(), |g| g.span());
            self.errs.at(span, format!("De gemeenten uit {pad} zijn de keuzes van de vraag 'gemeente', maar die vraag is er niet. Voeg een [[vraag]] toe met id = \"gemeente\" en soort = \"keuze\" (zonder opties)."));
        }
        let regelingen: Vec<Regeling> = raw
            .regeling
            .iter()
            .filter_map(|r| self.regeling(r, &gemeenten, None))
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
            onvertaald: Default::default(),
            lijst_toegevoegd: lijst.is_some() && self.lijst.is_some(),
        };
        regels.voorbeelden = raw
            .voorbeeld
            .iter()
            .filter_map(|v| self.voorbeeld(v, &regels))
            .collect();
        if let Some(today) = self.today {
            self.warn_old_norms(&raw.norm, &regels, today);
        }
        self.fold_unknown_refs();
        regels
    }

    /// Whether a reference to `id` (a `kind` of id: "vraag", "grens", "gemeente") needs no error of its own: the
    /// id was reported already (this use is then remembered), or it is close to an id written in the file that is
    /// not a good id and has its own error.
    fn reference_reported(
        &mut self,
        kind: &'static str,
        id: &str,
        span: &Range<usize>,
        written: &[&str],
    ) -> bool {
        let bad: Vec<&str> = written.iter().copied().filter(|w| !good_id(w)).collect();
        if !closest(id, bad).is_empty() {
            return true;
        }
        let (line, _) = super::errors::line_column(self.errs.text(), span.start);
        match self.unknown_refs.get_mut(&(kind, id.to_string())) {
            Some((_, lines)) => {
                lines.push(line);
                true
            }
            None => false,
        }
    }

    /// Reports a reference to an id that is not in the file, once.
    fn report_reference(
        &mut self,
        kind: &'static str,
        id: &str,
        span: Range<usize>,
        message: String,
    ) {
        self.errs.at(span, message);
        self.unknown_refs.insert(
            (kind, id.to_string()),
            (self.errs.list.len() - 1, Vec::new()),
        );
    }

    /// Names the other uses of each unknown id in its one error.
    fn fold_unknown_refs(&mut self) {
        for ((kind, _), (index, lines)) in self.unknown_refs.iter_mut() {
            lines.sort_unstable();
            lines.dedup();
            let Some(e) = self.errs.list.get_mut(*index) else {
                continue;
            };
            lines.retain(|l| *l != e.line);
            let names: Vec<String> = lines.iter().map(usize::to_string).collect();
            match names.as_slice() {
                [] => {}
                [one] => e
                    .message
                    .push_str(&format!(" Ook regel {one} heeft deze {kind} nodig.")),
                [rest @ .., last] => e.message.push_str(&format!(
                    " Ook regel {} en {last} hebben deze {kind} nodig.",
                    rest.join(", ")
                )),
            }
        }
    }
}

/// Whether an id is written as ids must be: lower-case letters, digits and _, starting with a letter.
fn good_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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
