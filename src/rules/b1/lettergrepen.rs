//! Dutch syllables as textstat 0.7.13 counts them with pyphen 0.18.1: the hyphenation points of the Dutch
//! hyphenation patterns (Liang's algorithm), plus one. `hyph_nl_NL.dic` is pyphen's file unchanged (the OpenTaal
//! patterns that LibreOffice ships), so a word splits here exactly where the Python guard splits it.

use std::collections::HashMap;
use std::sync::OnceLock;

const PATRONEN: &str = include_str!("hyph_nl_NL.dic");

struct Patronen {
    /// pattern letters -> (offset of the first value, the values without leading and trailing zeros)
    lijst: HashMap<String, (usize, Vec<u8>)>,
    /// the longest pattern, in characters
    langste: usize,
}

fn patronen() -> &'static Patronen {
    static P: OnceLock<Patronen> = OnceLock::new();
    P.get_or_init(|| {
        let mut lijst = HashMap::new();
        // the first line names the encoding: UTF-8 here (pyphen ships the same patterns in ISO 8859-1)
        for regel in PATRONEN.lines().skip(1) {
            let regel = regel.trim();
            if regel.is_empty()
                || ["%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUND"]
                    .iter()
                    .any(|p| regel.starts_with(p))
            {
                continue;
            }
            let mut letters = String::new();
            let mut waarden = Vec::new();
            let mut cijfer = 0u8;
            for c in regel.chars() {
                match c.to_digit(10) {
                    Some(d) => cijfer = d as u8,
                    None => {
                        waarden.push(cijfer);
                        letters.push(c);
                        cijfer = 0;
                    }
                }
            }
            waarden.push(cijfer);
            let Some(start) = waarden.iter().position(|v| *v != 0) else {
                continue;
            };
            let eind = waarden
                .iter()
                .rposition(|v| *v != 0)
                .map_or(start, |e| e + 1);
            lijst.insert(letters, (start, waarden[start..eind].to_vec()));
        }
        let langste = lijst.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        Patronen { lijst, langste }
    })
}

/// Where `woord` may be hyphenated (pyphen's `positions` with left = right = 2).
pub(crate) fn afbreekpunten(woord: &str) -> Vec<usize> {
    let p = patronen();
    let gepunt: Vec<char> = format!(".{}.", woord.to_lowercase()).chars().collect();
    let n = gepunt.len();
    let mut punten = vec![0u8; n + 1];
    let mut stuk = String::new();
    for i in 0..n.saturating_sub(1) {
        let stop = (i + p.langste).min(n) + 1;
        stuk.clear();
        for j in i + 1..stop {
            stuk.push(gepunt[j - 1]);
            if let Some((offset, waarden)) = p.lijst.get(&stuk) {
                for (k, w) in waarden.iter().enumerate() {
                    if let Some(r) = punten.get_mut(i + offset + k) {
                        *r = (*r).max(*w);
                    }
                }
            }
        }
    }
    let rechts = woord.chars().count() as i64 - 2;
    punten
        .iter()
        .enumerate()
        .filter(|(_, r)| *r % 2 == 1)
        .map(|(i, _)| i as i64 - 1)
        .filter(|i| 2 <= *i && *i <= rechts)
        .map(|i| i as usize)
        .collect()
}

/// Syllables of one word: its hyphenation points plus one.
pub fn lettergrepen(woord: &str) -> usize {
    afbreekpunten(woord).len() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_words_split_as_pyphen_splits_them() {
        // pyphen's own example: let-ter-gre-pen
        assert_eq!(afbreekpunten("lettergrepen"), vec![3, 6, 9]);
        // counts from textstat 0.7.13 with set_lang("nl")
        for (woord, n) in [
            ("u", 1),
            ("geld", 1),
            ("regeling", 3),
            ("inkomen", 3),
            ("afvalstoffenheffing", 6),
            ("Participatiewet", 6),
            ("kinderopvangtoeslag", 6),
            ("gemeente", 3),
        ] {
            assert_eq!(lettergrepen(woord), n, "{woord}");
        }
    }
}
