//! TOML syntax errors in plain Dutch, with the likely fix. The parser's own message says what it expected; the text
//! at the error's position says what the policy officer probably meant (ja/nee, a Dutch date, text without quotes,
//! a missing comma, quote or bracket, a key or table written twice).

use super::datum::MAANDEN;
use super::errors::line_column;
use std::ops::Range;

/// A Dutch message for a syntax error of the TOML parser at `span` of `text`.
pub(crate) fn dutch_toml_message(text: &str, span: Range<usize>, message: &str) -> String {
    let pos = span.start.min(text.len());
    let parser = message.lines().next().unwrap_or(message).trim();
    let at = Plek { text, pos };
    let word = at.word();
    let key = at.key_before();
    let assign = |value: &str| match &key {
        Some(k) => format!("{k} = {value}"),
        None => value.to_string(),
    };

    if parser.contains("duplicate key") {
        return at.duplicate();
    }
    if parser.contains("dotted key") {
        let dotted: String = text[pos..]
            .chars()
            .take_while(|c| is_key_char(*c))
            .collect();
        let first = dotted.split('.').next().unwrap_or("");
        return format!(
            "'{dotted}' kan niet: een punt in een sleutel maakt een deel van '{first}', maar '{first}' heeft al een waarde. Bedoelt u {}?",
            dotted.replace('.', "_")
        );
    }
    if parser.contains("unclosed table") || parser.contains("unclosed array table") {
        let line = at.line().trim();
        let fixed = if line.starts_with("[[") {
            format!("[[{}]]", line.trim_matches(|c| c == '[' || c == ']'))
        } else {
            format!("[{}]", line.trim_matches(|c| c == '[' || c == ']'))
        };
        return format!("Deze kop mist ']' aan het eind. Schrijf {fixed}.");
    }
    if let Some(date) = dutch_date(&word) {
        return format!(
            "Schrijf een datum als jaar-maand-dag, zonder aanhalingstekens: {}.",
            assign(&date)
        );
    }
    if let Some(date) = short_date(&word) {
        return format!("Schrijf maand en dag met twee cijfers: {}.", assign(&date));
    }
    if let Some(fixed) = at.decimal_comma() {
        return format!("Een bedrag schrijft u met een punt, tussen aanhalingstekens: {fixed}.");
    }
    if parser.contains("invalid date") || parser.contains("invalid time") {
        return impossible_date(&word);
    }
    if let Some(yes) = yes_no(&word) {
        if at.inside_key("verwacht") {
            let status = if yes { "ja" } else { "nee" };
            return format!(
                "Zet de uitkomst tussen aanhalingstekens: {}.",
                assign(&format!("\"{status}\""))
            );
        }
        let b = if yes { "true" } else { "false" };
        return format!(
            "Schrijf true (ja) of false (nee), zonder aanhalingstekens: {}.",
            assign(b)
        );
    }
    if parser.contains("missing opening quote") {
        let content = word.trim_matches(|c| c == '"' || c == '\'');
        return format!(
            "Deze tekst mist het aanhalingsteken aan het begin: {}.",
            assign(&format!("\"{content}\""))
        );
    }
    if parser.contains("multi-line") {
        let opened = text[..pos]
            .rfind("\"\"\"")
            .or_else(|| text[..pos].rfind("\'\'\'"));
        let line = opened.map_or(at.line_number(pos), |o| at.line_number(o));
        return format!(
            "De tekst die op regel {line} begint met drie aanhalingstekens is niet gesloten. Zet ze ook aan het eind van de tekst."
        );
    }
    if let Some(quote) = at.unterminated_string() {
        let message = Plek { text, pos: quote }.unclosed_string();
        let (line, _) = line_column(text, quote);
        if line == at.line_number(pos) {
            return message;
        }
        return format!("Op regel {line}: {}", lower_first(&message));
    }
    if let (Some(k), true) = (&key, word.is_empty()) {
        return format!(
            "Na '{k} =' ontbreekt de waarde. Schrijf die achter '=' op dezelfde regel."
        );
    }
    if text[pos..].starts_with(',')
        && at.line().trim_end().ends_with(',')
        && at.open_brackets().is_empty()
    {
        return "Haal de komma aan het eind van de regel weg: een komma staat alleen tussen de onderdelen van een lijst [ … ] of { … }.".to_string();
    }
    let pieces: Vec<&str> = word.split_whitespace().collect();
    if pieces.len() > 1 && pieces.iter().all(|p| p.parse::<f64>().is_ok()) {
        return format!(
            "Hier mist een komma tussen {} en {}. Zet een komma tussen de onderdelen van een lijst [ … ].",
            pieces[0], pieces[1]
        );
    }
    if parser.contains("must be quoted") && !word.is_empty() {
        return format!(
            "Zet tekst tussen aanhalingstekens: {}.",
            assign(&format!("\"{word}\""))
        );
    }
    if parser.contains("key with no value") {
        return at.missing_equals();
    }
    if parser.contains("comma") || parser.contains("extra assignment") {
        return at.missing_comma_or_bracket(parser.contains("extra assignment"));
    }
    if let Some(m) = at.unclosed_bracket() {
        return m;
    }
    if let Some(m) = at.stray_character() {
        return m;
    }
    let number_like = word.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
    if number_like
        && (parser.contains("float")
            || parser.contains("integer")
            || parser.contains("mantissa")
            || parser.contains("fraction")
            || parser.contains("exponent")
            || parser.contains("digit"))
    {
        return format!(
            "'{word}' is geen datum of getal dat we kunnen lezen. Schrijf een datum als jaar-maand-dag (2025-07-01), een heel getal zonder punt of komma (67), een bedrag tussen aanhalingstekens (\"12.50\")."
        );
    }
    format!(
        "Dit is geen geldige TOML: hier verwachtten we {}. Kijk naar aanhalingstekens rond tekst, '=' tussen sleutel en waarde, komma's en haakjes.",
        expected(parser)
    )
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// What the parser expected, in Dutch ("expected `,`, `]`" becomes "',' of ']'").
fn expected(parser: &str) -> String {
    let wanted: Vec<String> = parser
        .rsplit_once("expected")
        .map(|(_, e)| e)
        .unwrap_or("")
        .split(", ")
        .filter_map(|e| {
            let e = e.trim();
            match e {
                "newline" => Some("een nieuwe regel".to_string()),
                "`#`" | "nothing" | "" => None,
                "`\"`" | "`'`" => Some(format!("een aanhalingsteken ({})", e.trim_matches('`'))),
                _ if e.starts_with('`') && e.ends_with('`') => {
                    Some(format!("'{}'", e.trim_matches('`')))
                }
                _ => None,
            }
        })
        .collect();
    if wanted.is_empty() {
        "iets anders".to_string()
    } else {
        wanted.join(" of ")
    }
}

/// A date written day-month-year (01-03-2026, 1/3/2026, 01.03.2026), as the TOML date 2026-03-01.
fn dutch_date(word: &str) -> Option<String> {
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let (y, m, d) = if parts[2].len() == 4 && parts[0].len() <= 2 {
        (n[2], n[1], n[0])
    } else if parts[0].len() == 4 && word.contains(['/', '.']) {
        (n[0], n[1], n[2])
    } else {
        return None;
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A year-month-day date that does not exist: say why.
fn impossible_date(word: &str) -> String {
    let nums: Vec<u32> = word
        .get(..10)
        .unwrap_or(word)
        .split('-')
        .filter_map(|p| p.parse().ok())
        .collect();
    let why = match nums.as_slice() {
        [_, m, _] if *m == 0 || *m > 12 => {
            " Een jaar heeft 12 maanden: de maand staat in het midden.".to_string()
        }
        [y, m, d] if *d > 28 => {
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let maand = MAANDEN.get(*m as usize - 1).copied().unwrap_or("");
            return format!(
                "Deze datum bestaat niet: {maand} {y} heeft {days} dagen. Schrijf jaar-maand-dag, bijvoorbeeld {y:04}-{m:02}-{days:02}."
            );
        }
        _ => String::new(),
    };
    format!(
        "Deze datum bestaat niet.{why} Schrijf jaar-maand-dag, bijvoorbeeld 2025-07-01, en kijk of de dag in die maand bestaat."
    )
}

/// A year-month-day date with a one-digit month or day (2024-1-1), written with two digits.
fn short_date(word: &str) -> Option<String> {
    let parts: Vec<&str> = word.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2)) || (m.len() == 2 && d.len() == 2)
    {
        return None;
    }
    let m: u32 = m.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    Some(format!("{y}-{m:02}-{d:02}"))
}

/// Ja/nee (or yes/no, waar/onwaar, True/False) written as a bare word: `Some(true)` for yes.
fn yes_no(word: &str) -> Option<bool> {
    match word.to_lowercase().as_str() {
        "ja" | "yes" | "waar" | "true" | "wel" => Some(true),
        "nee" | "no" | "onwaar" | "false" | "niet" => Some(false),
        _ => None,
    }
}

mod berichten;
mod plek;
use plek::*;

#[cfg(test)]
mod tests;
