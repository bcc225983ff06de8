//! A small B1 guard for resident-facing text, the same rules as ../shared/tools/b1check: short sentences and no
//! blaming or bureaucratic words. A warning, not a proof of B1.

/// Words that stress-sensitive text avoids.
const AVOID: [&str; 31] = [
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
    "u dient",
];

const MAX_WORDS: usize = 15;

pub(crate) fn b1_problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sentence in sentences(text) {
        let words = sentence
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words > MAX_WORDS {
            found.push(format!("zin van {words} woorden (hoogstens {MAX_WORDS})"));
        }
    }
    let lower = format!(
        " {} ",
        text.to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), " ")
    );
    for word in AVOID {
        if lower.contains(&format!(" {word} ")) {
            found.push(format!("vermijd het woord '{word}'"));
        }
    }
    found
}

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, (pos, c)) in chars.iter().enumerate() {
        let next_is_space = chars.get(i + 1).is_none_or(|(_, n)| n.is_whitespace());
        if ".?!:".contains(*c) && next_is_space {
            out.push(&text[start..pos + c.len_utf8()]);
            start = pos + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_long_sentences_and_blaming_words() {
        assert!(b1_problems("U krijgt geld voor school.").is_empty());
        let lang = "Dit is een heel lange zin met veel te veel woorden erin want wij schrijven graag lang en ingewikkeld.";
        assert!(b1_problems(lang)[0].contains("zin van"));
        assert!(b1_problems("U dient dit te doen.")
            .iter()
            .any(|p| p.contains("dient")));
        assert!(b1_problems("Bij fraude volgt een boete.").len() >= 2);
        assert!(b1_problems("Dit is 1.250 euro. Kort.").is_empty());
    }
}
