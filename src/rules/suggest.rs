//! "Bedoelt u …?": the names closest to a misspelled key or id, by Damerau-Levenshtein distance (optimal string
//! alignment: an insertion, deletion, substitution or swap of two neighbouring letters each count 1).

/// The edit distance between two names, ignoring upper and lower case.
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Whether `candidate` is close enough to `word` to suggest: at most 2 edits, and at most one edit per three
/// letters of the longer name (so 'id' never suggests 'is', but 'tekts' suggests 'tekst').
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
fn close(word: &str, candidate: &str, d: usize) -> bool {
    let longest = word.chars().count().max(candidate.chars().count());
    d <= 2 && d * 3 <= longest
}

/// The browser wizard does without suggestions: a broken file only shows a calm message to the resident, and the
/// distance code with its Unicode case tables would cost every resident WebAssembly. `regels check` suggests.
#[cfg(all(target_arch = "wasm32", not(feature = "beheer")))]
pub(crate) fn closest<'o>(
    _word: &str,
    _options: impl IntoIterator<Item = &'o str>,
) -> Vec<&'o str> {
    Vec::new()
}

/// The closest names to `word` among `options` (one, or two when equally close), if any is close enough.
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
pub(crate) fn closest<'o>(word: &str, options: impl IntoIterator<Item = &'o str>) -> Vec<&'o str> {
    let mut scored: Vec<(usize, &str)> = options
        .into_iter()
        .filter(|o| *o != word)
        .map(|o| (distance(word, o), o))
        .filter(|(d, o)| close(word, o, *d))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    let Some(&(best, _)) = scored.first() else {
        return Vec::new();
    };
    scored
        .into_iter()
        .take_while(|(d, _)| *d == best)
        .take(2)
        .map(|(_, o)| o)
        .collect()
}

/// " Bedoelt u 'x'?" (with a leading space), or nothing when no name is close.
pub(crate) fn bedoelt_u<'o>(word: &str, options: impl IntoIterator<Item = &'o str>) -> String {
    match closest(word, options).as_slice() {
        [one] => format!(" Bedoelt u '{one}'?"),
        [one, two] => format!(" Bedoelt u '{one}' of '{two}'?"),
        _ => String::new(),
    }
}

/// " Bedoelt u 'x'?", or `otherwise` when no name is close.
pub(crate) fn bedoelt_u_of<'o>(
    word: &str,
    options: impl IntoIterator<Item = &'o str>,
    otherwise: &str,
) -> String {
    match bedoelt_u(word, options) {
        h if h.is_empty() => otherwise.to_string(),
        h => h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_letters_count_once() {
        assert_eq!(distance("tekts", "tekst"), 1);
        assert_eq!(distance("leeftyd", "leeftijd"), 2);
        assert_eq!(distance("Groningen", "groningen"), 0);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn only_close_names_are_suggested() {
        let keys = ["id", "soort", "tekst", "uitleg", "min", "max"];
        assert_eq!(bedoelt_u("tekts", keys), " Bedoelt u 'tekst'?");
        assert_eq!(bedoelt_u("mix", keys), " Bedoelt u 'max' of 'min'?");
        assert_eq!(bedoelt_u("is", keys), "");
        assert_eq!(bedoelt_u("hulpnummer", keys), "");
        assert_eq!(bedoelt_u("minimum", ["minima"]), " Bedoelt u 'minima'?");
        assert_eq!(bedoelt_u("haren", ["groningen", "anders"]), "");
    }
}
