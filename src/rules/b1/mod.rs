//! The B1 guard of `regels check`: the plain-language checks of `../shared/tools/b1check` (textstat 0.7.13 with
//! Dutch pyphen syllables) on every resident-facing text of a regulations file, each finding at file:line:column.
//!
//! Fails on a sentence of more than 15 words or an avoided (bureaucratic or blaming) word in a text, unless a
//! `[[b1_uitzondering]]` accepts that text with a reason; and on all texts together scoring Flesch-Douma below 70
//! or LIX above 35. Passive voice and words of 6 or more syllables are notes only. A guard, not proof of B1.
//!
//! Native only: the command line calls it, `load` does not, and it is not compiled for the browser.

mod lettergrepen;
pub mod textstat;

pub use lettergrepen::lettergrepen;

use super::errors::line_column;

use super::reader::parse_document;
use std::fmt;
use std::ops::Range;

/// Words that stress-sensitive text avoids (the guard's list).
pub const VERMIJD: [&str; 30] = [
    "indien",
    "derhalve",
    "dient",
    "dienen",
    "woonachtig",
    "middels",
    "inzake",
    "ten behoeve van",
    "verstrekken",
    "overleggen",
    "belanghebbende",
    "aanvang",
    "alsmede",
    "teneinde",
    "reeds",
    "tevens",
    "omtrent",
    "onverminderd",
    "conform",
    "bewijsstukken",
    "in behandeling",
    "fraude",
    "boete",
    "sanctie",
    "terugvorderen",
    "terugvordering",
    "verplicht",
    "onjuiste",
    "ongeldig",
    "ongeldige",
];

pub const MAX_WOORDEN_PER_ZIN: usize = 15;
pub const MIN_FLESCH_DOUMA: f64 = 70.0;
pub const MAX_LIX: f64 = 35.0;
/// Words of this many syllables or more get a note.
pub const LANG_WOORD: usize = 6;

/// One resident-facing text and where it starts in the file.
#[derive(Clone, Debug)]
pub struct Tekst {
    pub tekst: String,
    pub regel: usize,
    pub kolom: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// makes `regels check` fail
    Fout,
    /// accepted by a `[[b1_uitzondering]]`
    Geaccepteerd,
    /// only a hint
    Opmerking,
}

#[derive(Clone, Debug)]
pub struct Bevinding {
    pub bestand: String,
    pub regel: usize,
    pub kolom: usize,
    pub soort: Soort,
    pub bericht: String,
}

impl fmt::Display for Bevinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let soort = match self.soort {
            Soort::Fout => "B1-fout",
            Soort::Geaccepteerd => "B1 geaccepteerd",
            Soort::Opmerking => "B1-opmerking",
        };
        write!(
            f,
            "{}:{}:{}: {soort}: {}",
            self.bestand, self.regel, self.kolom, self.bericht
        )
    }
}

#[derive(Clone, Debug)]
pub struct B1Uitslag {
    /// texts for residents that were checked
    pub teksten: usize,
    /// texts with a problem that no exception accepts
    pub afgekeurd: usize,
    pub bevindingen: Vec<Bevinding>,
    pub woorden_per_zin: f64,
    pub flesch_douma: f64,
    pub lix: f64,
}

impl B1Uitslag {
    pub fn goed(&self) -> bool {
        !self.bevindingen.iter().any(|b| b.soort == Soort::Fout)
            && self.flesch_douma >= MIN_FLESCH_DOUMA
            && self.lix <= MAX_LIX
    }

    /// The summary line, in Dutch with decimal commas.
    pub fn samenvatting(&self) -> String {
        format!(
            "B1: {} teksten, {} afgekeurd, woorden per zin {}, Flesch-Douma {} (minstens 70), LIX {} (hoogstens 35): {}",
            self.teksten,
            self.afgekeurd,
            komma(self.woorden_per_zin),
            komma(self.flesch_douma),
            komma(self.lix),
            if self.goed() { "goed" } else { "afgekeurd" }
        )
    }
}

fn komma(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// Runs the guard on a regulations file. A file that does not parse gives no texts (`load` reports that error).
pub fn controleer(bestand: &str, bron: &str) -> B1Uitslag {
    controleer_alle(&[(bestand, bron)])
}

/// Runs the guard on the national file and municipalities' own files together: the formulas judge all the
/// texts a resident may read as one, and each finding names its own file.
pub fn controleer_alle(bestanden: &[(&str, &str)]) -> B1Uitslag {
    let mut teksten = Vec::new();
    let mut bevindingen = Vec::new();
    let mut afgekeurd = 0;
    for (bestand, bron) in bestanden {
        let (t, b, a) = controleer_een(bestand, bron);
        teksten.extend(t);
        bevindingen.extend(b);
        afgekeurd += a;
    }
    uitslag(teksten, bevindingen, afgekeurd)
}

fn controleer_een(bestand: &str, bron: &str) -> (Vec<String>, Vec<Bevinding>, usize) {
    let mut bevindingen = Vec::new();
    let Ok(doc) = parse_document(bron) else {
        return (Vec::new(), bevindingen, 0);
    };
    let plek = |span: &Range<usize>| line_column(bron, span.start);
    let teksten: Vec<(Range<usize>, String)> = teksten_voor_inwoners(&doc);
    let uitzonderingen = uitzonderingen(&doc, bestand, bron, &mut bevindingen);
    let mut gebruikt = vec![false; uitzonderingen.len()];
    let mut afgekeurd = 0;
    for (span, tekst) in &teksten {
        let (regel, kolom) = plek(span);
        let mut bevinding = |soort, bericht: String| {
            bevindingen.push(Bevinding {
                bestand: bestand.to_string(),
                regel,
                kolom,
                soort,
                bericht,
            })
        };
        let (fouten, opmerkingen) = problemen(tekst);
        if !fouten.is_empty() {
            match uitzonderingen.iter().position(|u| u.tekst == *tekst) {
                Some(i) => {
                    gebruikt[i] = true;
                    bevinding(
                        Soort::Geaccepteerd,
                        format!(
                            "{} in \"{tekst}\" (uitzondering: {})",
                            fouten.join("; "),
                            uitzonderingen[i].reden
                        ),
                    );
                }
                None => {
                    afgekeurd += 1;
                    bevinding(
                        Soort::Fout,
                        format!(
                            "{} in \"{tekst}\". Schrijf het korter of eenvoudiger, of neem de tekst op in een [[b1_uitzondering]] met een reden.",
                            fouten.join("; ")
                        ),
                    );
                }
            }
        }
        if !opmerkingen.is_empty() {
            bevinding(
                Soort::Opmerking,
                format!("{} in \"{tekst}\"", opmerkingen.join("; ")),
            );
        }
    }
    for (u, gebruikt) in uitzonderingen.iter().zip(gebruikt) {
        if !gebruikt {
            let (regel, kolom) = plek(&u.span);
            bevindingen.push(Bevinding {
                bestand: bestand.to_string(),
                regel,
                kolom,
                soort: Soort::Fout,
                bericht: format!(
                    "Deze uitzondering past op geen tekst met een B1-probleem: \"{}\". Haal de uitzondering weg, of schrijf de tekst precies zoals hij in het bestand staat.",
                    u.tekst
                ),
            });
        }
    }
    (
        teksten.into_iter().map(|(_, t)| t).collect(),
        bevindingen,
        afgekeurd,
    )
}

fn uitslag(teksten: Vec<String>, bevindingen: Vec<Bevinding>, afgekeurd: usize) -> B1Uitslag {
    let geheel = samen(&teksten);
    B1Uitslag {
        teksten: teksten.len(),
        afgekeurd,
        bevindingen,
        woorden_per_zin: textstat::woorden_per_zin(&geheel),
        flesch_douma: textstat::flesch_douma(&geheel),
        lix: textstat::lix(&geheel),
    }
}

/// All texts as one, each ending in a full stop, as the guard joins them for the two formulas.
pub fn samen(teksten: &[String]) -> String {
    teksten
        .iter()
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.ends_with(['.', '?', '!']) {
                t.clone()
            } else {
                format!("{t}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The problems of one text: (failures, notes), as the guard finds them.
pub fn problemen(tekst: &str) -> (Vec<String>, Vec<String>) {
    let (mut fouten, mut opmerkingen) = (Vec::new(), Vec::new());
    for zin in zinnen(tekst) {
        let n = letterwoorden(zin).len();
        if n > MAX_WOORDEN_PER_ZIN {
            fouten.push(format!(
                "zin van {n} woorden (hoogstens {MAX_WOORDEN_PER_ZIN})"
            ));
        }
        if lijdende_vorm(zin) {
            opmerkingen.push("lijdende vorm?".to_string());
        }
    }
    let laag = tekst.to_lowercase();
    for w in VERMIJD {
        if heel_woord_in(&laag, w) {
            fouten.push(format!("vermijd '{w}'"));
        }
    }
    for w in letterwoorden(tekst) {
        if lettergrepen(w) >= LANG_WOORD {
            opmerkingen.push(format!("lang woord '{w}'"));
        }
    }
    (fouten, opmerkingen)
}

/// The guard's sentences: split after . ? ! or : followed by white space.
fn zinnen(tekst: &str) -> Vec<&str> {
    let mut uit = Vec::new();
    let mut start = 0;
    let mut vorige: Option<char> = None;
    let mut iter = tekst.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() && matches!(vorige, Some('.' | '?' | '!' | ':')) {
            uit.push(&tekst[start..i]);
            let mut eind = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_whitespace() {
                    break;
                }
                eind = j + d.len_utf8();
                iter.next();
            }
            start = eind;
            vorige = None;
            continue;
        }
        vorige = Some(c);
    }
    uit.push(&tekst[start..]);
    uit
}

/// The guard's words for sentence length and long words: runs of `[A-Za-zÀ-ÿ]`.
fn letterwoorden(tekst: &str) -> Vec<&str> {
    let letter = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{FF}').contains(&c);
    tekst
        .split(|c: char| !letter(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// `woord` occurs in `tekst` with a word boundary on both sides.
fn heel_woord_in(tekst: &str, woord: &str) -> bool {
    tekst.match_indices(woord).any(|(i, _)| {
        let voor = tekst[..i].chars().next_back();
        let na = tekst[i + woord.len()..].chars().next();
        let grens_voor = voor.is_none_or(|c| !textstat::woordteken(c))
            || !woord.starts_with(textstat::woordteken);
        let grens_na =
            na.is_none_or(|c| !textstat::woordteken(c)) || !woord.ends_with(textstat::woordteken);
        grens_voor && grens_na
    })
}

/// The guard's passive-voice pattern: a form of "worden", then within eight plain words a participle
/// (ge-, be- or ver-, ending in d or t).
fn lijdende_vorm(zin: &str) -> bool {
    let stukken: Vec<&str> = zin.split_whitespace().collect();
    let hulpww = ["word", "wordt", "worden", "werd", "werden"];
    let deelwoord = |s: &str| {
        let run: String = s
            .chars()
            .take_while(|c| textstat::woordteken(*c))
            .collect::<String>()
            .to_lowercase();
        ["ge", "be", "ver"].iter().any(|p| {
            run.starts_with(p) && run.chars().count() >= p.len() + 2 && run.ends_with(['d', 't'])
        })
    };
    let puur = |s: &str| s.chars().all(textstat::woordteken);
    for (i, s) in stukken.iter().enumerate() {
        let staart: String = {
            let mut t: Vec<char> = s
                .chars()
                .rev()
                .take_while(|c| textstat::woordteken(*c))
                .collect();
            t.reverse();
            t.into_iter().collect::<String>().to_lowercase()
        };
        if !hulpww.contains(&staart.as_str()) {
            continue;
        }
        for k in 0..=8 {
            let Some(kandidaat) = stukken.get(i + 1 + k) else {
                break;
            };
            if deelwoord(kandidaat) {
                return true;
            }
            if !puur(kandidaat) {
                break;
            }
        }
    }
    false
}

mod teksten;
use teksten::*;

#[cfg(test)]
mod tests;
