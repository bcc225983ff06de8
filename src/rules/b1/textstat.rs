//! Words, sentences and the two readability formulas exactly as textstat 0.7.13 defines them with
//! `set_lang("nl")`, so the figures agree with the Python guard (`../shared/tools/b1check`).

use super::lettergrepen::lettergrepen;

/// Python's `\w` in a str pattern: letters, digits and the underscore.
pub(crate) fn woordteken(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// textstat's `list_words`: punctuation removed (`[^\w\s']`, and `[^\w\s]` with `alle_apostroffen`), then split on
/// white space. By default an apostrophe stays only before an English contraction ending (t, s, d, ve, ll, re).
fn woorden(tekst: &str, alle_apostroffen: bool) -> Vec<String> {
    let tekens: Vec<char> = tekst.chars().collect();
    let mut schoon = String::with_capacity(tekst.len());
    for (i, &c) in tekens.iter().enumerate() {
        if woordteken(c) || c.is_whitespace() {
            schoon.push(c);
        } else if c == '\'' && !alle_apostroffen {
            let na: String = tekens[i + 1..].iter().take(2).collect();
            let samentrekking = na.starts_with(['t', 's', 'd'])
                || na.starts_with("ve")
                || na.starts_with("ll")
                || na.starts_with("re");
            if samentrekking {
                schoon.push(c);
            }
        }
    }
    schoon.split_whitespace().map(str::to_string).collect()
}

pub fn aantal_woorden(tekst: &str) -> usize {
    woorden(tekst, false).len()
}

/// textstat's `count_sentences`: the matches of `\b[^.!?]+[.!?]*`, without those of two words or fewer; at least 1.
pub fn aantal_zinnen(tekst: &str) -> usize {
    if tekst.is_empty() {
        return 0;
    }
    let tekens: Vec<char> = tekst.chars().collect();
    let einde = |c: char| matches!(c, '.' | '!' | '?');
    let grens = |i: usize| {
        let voor = i > 0 && woordteken(tekens[i - 1]);
        let na = i < tekens.len() && woordteken(tekens[i]);
        voor != na
    };
    let (mut zinnen, mut genegeerd, mut i) = (0usize, 0usize, 0usize);
    while i < tekens.len() {
        if grens(i) && !einde(tekens[i]) {
            let mut j = i;
            while j < tekens.len() && !einde(tekens[j]) {
                j += 1;
            }
            while j < tekens.len() && einde(tekens[j]) {
                j += 1;
            }
            let zin: String = tekens[i..j].iter().collect();
            zinnen += 1;
            if aantal_woorden(&zin) <= 2 {
                genegeerd += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    (zinnen - genegeerd).max(1)
}

/// textstat's `count_syllables`: per lowercased word, its pyphen syllables.
pub fn aantal_lettergrepen(tekst: &str) -> usize {
    woorden(&tekst.to_lowercase(), false)
        .iter()
        .map(|w| lettergrepen(w))
        .sum()
}

/// textstat's `count_long_words`: words of more than 6 characters, all punctuation removed.
pub fn aantal_lange_woorden(tekst: &str) -> usize {
    woorden(tekst, true)
        .iter()
        .filter(|w| w.chars().count() > 6)
        .count()
}

pub fn woorden_per_zin(tekst: &str) -> f64 {
    match aantal_zinnen(tekst) {
        0 => 0.0,
        z => aantal_woorden(tekst) as f64 / z as f64,
    }
}

/// Flesch-Douma: textstat's `flesch_reading_ease` with the Dutch constants 206.835 - 0.93 x words per sentence
/// - 77 x syllables per word.
pub fn flesch_douma(tekst: &str) -> f64 {
    let wpz = woorden_per_zin(tekst);
    let woorden = aantal_woorden(tekst);
    let lpw = match woorden {
        0 => 0.0,
        w => aantal_lettergrepen(tekst) as f64 / w as f64,
    };
    if wpz == 0.0 || lpw == 0.0 {
        return 0.0;
    }
    206.835 - 0.93 * wpz - 77.0 * lpw
}

/// LIX as textstat computes it: words per sentence + 100 x the share of words longer than 6 characters.
pub fn lix(tekst: &str) -> f64 {
    let woorden = aantal_woorden(tekst);
    if woorden == 0 {
        return 0.0;
    }
    woorden_per_zin(tekst) + 100.0 * aantal_lange_woorden(tekst) as f64 / woorden as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_textstat_counts() {
        // expected values from textstat 0.7.13 (set_lang("nl")) on the same strings
        let t = "U krijgt € 1.250 per jaar. Dat is veel. Ja. Bel ons als u vragen heeft!";
        assert_eq!(aantal_woorden(t), 15);
        // "1.250" ends a sentence for textstat; "Ja." is too short to count
        assert_eq!(aantal_zinnen(t), 4);
        assert_eq!(aantal_lettergrepen(t), 16);
        assert!((flesch_douma(t) - 121.214_166_666_666_67).abs() < 1e-9);
        assert!((lix(t) - 3.75).abs() < 1e-9);
        assert_eq!(aantal_lange_woorden("Bijzondere bijstand, voor u."), 2);
        assert_eq!(aantal_woorden("baby's en auto’s"), 3);
    }
}
