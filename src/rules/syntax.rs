//! TOML syntax errors in plain Dutch, with the likely fix. The parser's own message says what it expected; the text
//! at the error's position says what the policy officer probably meant (ja/nee, a Dutch date, text without quotes,
//! a missing comma, quote or bracket, a key or table written twice).

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

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

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

/// The error's position in the text.
struct Plek<'t> {
    text: &'t str,
    pos: usize,
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '.'
}

impl<'t> Plek<'t> {
    fn line_number(&self, offset: usize) -> usize {
        line_column(self.text, offset).0
    }

    /// The whole line the error is on.
    fn line(&self) -> &'t str {
        let start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[self.pos..]
            .find('\n')
            .map_or(self.text.len(), |i| self.pos + i);
        &self.text[start..end]
    }

    /// The bare value or word at the position: up to a comma, bracket, comment or the end of the line.
    fn word(&self) -> String {
        let rest = &self.text[self.pos..];
        let end = rest
            .find([',', '}', ']', '#', '\n', '\r'])
            .unwrap_or(rest.len());
        rest[..end].trim().to_string()
    }

    /// The key just before the position (`partner` in `partner = nee`), if the position is a value.
    fn key_before(&self) -> Option<String> {
        let before = self.text[..self.pos].trim_end();
        let before = before.strip_suffix('=')?.trim_end();
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !is_key_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let key = &before[start..];
        (!key.is_empty()).then(|| key.to_string())
    }

    /// The brackets `[` and `{` of values that are still open at the position, with their offsets. Header lines,
    /// strings and comments are skipped.
    fn open_brackets(&self) -> Vec<(char, usize)> {
        self.scan().0
    }

    /// The open brackets (see `open_brackets`) and the start of the last one-line text before the position that
    /// has no closing quote on its line.
    fn scan(&self) -> (Vec<(char, usize)>, Option<usize>) {
        let bytes = self.text.as_bytes();
        let mut open: Vec<(char, usize)> = Vec::new();
        let mut unterminated = None;
        let mut i = 0;
        let mut line_start = true;
        while i < self.pos {
            let c = bytes[i];
            match c {
                b'\n' => {
                    line_start = true;
                    i += 1;
                    continue;
                }
                b' ' | b'\t' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'#' => {
                    while i < self.pos && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'"' | b'\'' => {
                    let triple = bytes.get(i..i + 3) == Some(&[c, c, c][..]);
                    if triple {
                        i += 3;
                        while i < self.pos && bytes.get(i..i + 3) != Some(&[c, c, c][..]) {
                            i += 1;
                        }
                        i += 3;
                    } else {
                        let start = i;
                        i += 1;
                        while i < self.pos && bytes[i] != c && bytes[i] != b'\n' {
                            if c == b'"' && bytes[i] == b'\\' {
                                i += 1;
                            }
                            i += 1;
                        }
                        if bytes.get(i) == Some(&b'\n') || i >= self.pos {
                            unterminated = Some(start);
                            continue;
                        }
                        i += 1;
                    }
                }
                b'[' if line_start && open.is_empty() => {
                    // a table header: skip the line
                    while i < self.pos && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'[' => {
                    open.push(('[', i));
                    i += 1;
                }
                b'{' => {
                    open.push(('{', i));
                    i += 1;
                }
                b']' | b'}' => {
                    open.pop();
                    i += 1;
                }
                _ => i += 1,
            }
            line_start = false;
        }
        (open, unterminated)
    }

    /// A one-line text on the error's line or the line before it that has no closing quote.
    fn unterminated_string(&self) -> Option<usize> {
        let start = self.scan().1?;
        let (line, _) = line_column(self.text, start);
        let here = self.line_number(self.pos);
        (here - line <= 1).then_some(start)
    }

    /// Whether the position is inside the inline table or list given to `key` (as in `verwacht = { … }`).
    fn inside_key(&self, key: &str) -> bool {
        self.open_brackets().iter().any(|(_, at)| {
            Plek {
                text: self.text,
                pos: *at,
            }
            .key_before()
            .as_deref()
                == Some(key)
        })
    }

    /// Whether the line at the position starts a new entry: a table header or `key = value`.
    fn starts_new_entry(&self) -> bool {
        let rest = self.text[self.pos..].trim_start();
        let line = rest.lines().next().unwrap_or("").trim();
        if line.starts_with('[') {
            let inner = line.trim_start_matches('[');
            let name_end = inner.find(']').unwrap_or(inner.len());
            return inner[..name_end]
                .chars()
                .all(|c| is_key_char(c) || c == ' ')
                && !inner[..name_end].trim().is_empty();
        }
        let key_end = line.find(|c: char| !is_key_char(c)).unwrap_or(line.len());
        key_end > 0 && line[key_end..].trim_start().starts_with('=')
    }

    /// The end of the last value before the position (skipping blank lines and comments).
    fn last_value_end(&self) -> usize {
        let mut end = self.pos;
        loop {
            let before = &self.text[..end];
            let trimmed = before.trim_end();
            let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
            let line = &trimmed[line_start..];
            if line.trim_start().starts_with('#') {
                end = line_start;
                continue;
            }
            return trimmed.len();
        }
    }

    /// A list `[` or inline table `{` opened on an earlier line and not closed before the next entry.
    fn unclosed_bracket(&self) -> Option<String> {
        let &(c, at) = self.open_brackets().last()?;
        let at_end = self.text[self.pos..].trim().is_empty();
        if !(at_end || self.starts_new_entry()) {
            return None;
        }
        let close = if c == '[' { ']' } else { '}' };
        let wat = if c == '[' { "De lijst" } else { "De tabel" };
        let opened = self.line_number(at);
        let last = self.line_number(self.last_value_end());
        let waar = if last == opened {
            "aan het eind van die regel".to_string()
        } else {
            format!("na het laatste onderdeel, op regel {last}")
        };
        Some(format!(
            "{wat} die op regel {opened} begint met '{c}' is niet gesloten. Zet '{close}' {waar}."
        ))
    }

    fn missing_comma_or_bracket(&self, extra_assignment: bool) -> String {
        if let Some(m) = self.unclosed_bracket() {
            return m;
        }
        let next = if extra_assignment {
            // the parser stops at the '=' after the key that lacks a comma before it
            let before = self.text[..self.pos].trim_end();
            let start = before
                .char_indices()
                .rev()
                .find(|(_, c)| !is_key_char(*c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            format!("'{}'", &before[start..])
        } else {
            let w = self.word();
            match w.chars().next() {
                Some(c @ ('{' | '[')) => format!("de '{c}'"),
                Some(_) if w.starts_with('"') && w.ends_with('"') && w.len() < 40 => w,
                Some(_) => format!("'{}'", w.chars().take(30).collect::<String>()),
                None => "dit onderdeel".to_string(),
            }
        };
        let waar = match self.open_brackets().last() {
            Some(('{', _)) => "tussen de onderdelen van { … }",
            Some(('[', _)) => "tussen de onderdelen van een lijst [ … ]",
            _ => "tussen de onderdelen",
        };
        format!("Hier mist een komma vóór {next}. Zet een komma {waar}.")
    }

    fn unclosed_string(&self) -> String {
        let line = self.line();
        let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let line_end = line_start + line.len();
        let upto = (self.pos + 1).min(line_end);
        let quote = self.text[line_start..upto]
            .rfind(['"', '\''])
            .map_or(self.pos, |i| line_start + i);
        let q = if self.text[quote..].starts_with('\'') {
            '\''
        } else {
            '"'
        };
        let content = self.text.get(quote + 1..line_end).unwrap_or("").trim_end();
        let content = content.trim_end_matches([',', '}', ']', ' ']);
        let quote_at = Plek {
            text: self.text,
            pos: quote,
        };
        let fixed = match quote_at.key_before() {
            Some(k) => format!("{k} = {q}{content}{q}"),
            None => format!("{q}{content}{q}"),
        };
        format!("Deze tekst mist het aanhalingsteken aan het eind: {fixed}. Een tekst begint en eindigt met {q} op dezelfde regel.")
    }

    fn missing_equals(&self) -> String {
        let line = self.line().trim();
        let key_end = line.find(|c: char| !is_key_char(c)).unwrap_or(line.len());
        let key = &line[..key_end];
        let rest = line[key_end..].trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            return format!("Schrijf '=' in plaats van ':': {key} = {}.", value.trim());
        }
        if let Some((name, value)) = rest.split_once('=') {
            let whole = format!("{key} {}", name.trim());
            return format!(
                "Een sleutel heeft geen spaties. Schrijf {} = {}.",
                whole.split_whitespace().collect::<Vec<_>>().join("_"),
                value.trim()
            );
        }
        if rest.is_empty() {
            return format!("Hier mist '=' en een waarde: {key} = ….");
        }
        format!("Hier mist '=' tussen sleutel en waarde: {key} = {rest}.")
    }

    fn duplicate(&self) -> String {
        let line = self.line().trim();
        if line.starts_with('[') {
            let double = line.starts_with("[[");
            let name = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            let header = format!("[{name}]");
            let earlier = self.text[..self.pos]
                .lines()
                .enumerate()
                .filter(|(_, l)| l.trim() == header)
                .last()
                .map(|(i, _)| i + 1);
            let ook = earlier.map_or(String::new(), |n| format!(" (ook op regel {n})"));
            if double {
                return format!("[[{name}]] kan niet: er staat al een blok [{name}]{ook}. Gebruik overal [[{name}]] of overal [{name}].");
            }
            let parent = name.split('.').next().unwrap_or(name);
            let nieuw = if name.contains('.') && self.text.contains(&format!("[[{parent}]]")) {
                format!(" Hoort het bij een nieuwe {parent}, zet dan eerst [[{parent}]] erboven.")
            } else {
                String::new()
            };
            return format!(
                "Het blok {header} staat twee keer{ook}. Zet alle sleutels onder één kop {header} en haal de tweede kop weg.{nieuw}"
            );
        }
        let key: String = self.text[self.pos..]
            .chars()
            .take_while(|c| is_key_char(*c))
            .collect();
        let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let same_line = &self.text[line_start..self.pos];
        if has_key(same_line, &key) {
            return format!("De sleutel '{key}' staat twee keer in dezelfde tabel {{ … }} op deze regel. Haal er één weg.");
        }
        let earlier = {
            let lines: Vec<&str> = self.text[..line_start].lines().collect();
            lines
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, l)| !l.trim_start().starts_with('['))
                .find(|(_, l)| has_key(l, &key))
                .map(|(i, _)| i + 1)
        };
        let ook = earlier.map_or(String::new(), |n| format!(" (ook op regel {n})"));
        format!("De sleutel '{key}' staat twee keer in hetzelfde blok{ook}. Haal er één weg.")
    }

    /// The key at the start of the error's line (`key = …`).
    fn key_of_line(&self) -> Option<String> {
        let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let line = self.text[line_start..self.pos].trim_start();
        let end = line.find(|c: char| !is_key_char(c)).unwrap_or(line.len());
        (end > 0 && line[end..].trim_start().starts_with('=')).then(|| line[..end].to_string())
    }

    /// A character that does not belong where the parser stopped: a bracket or '=' too many.
    fn stray_character(&self) -> Option<String> {
        let here = self.text[self.pos..].chars().next();
        if let (Some(q @ ('"' | '\'')), Some(key)) = (here, self.key_of_line()) {
            let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
            let value = self.text[line_start..self.pos]
                .split_once('=')
                .map_or("", |(_, v)| v)
                .trim();
            if !value.is_empty() && !value.contains(['"', '\'', '[', '{']) {
                return Some(format!(
                    "Deze tekst mist het aanhalingsteken aan het begin: {key} = {q}{value}{q}."
                ));
            }
        }
        if let Some(c @ ('=' | '.' | ',' | '{' | '}' | ']' | ')' | ':' | ';')) = here {
            return Some(format!(
                "Het teken '{c}' hoort hier niet. Haal het weg, of kijk wat hier bedoeld is."
            ));
        }
        let before = self.text[..self.pos].trim_end();
        let c = before.chars().last()?;
        if c == '{' && matches!(here, Some('[' | '{')) {
            return Some(format!(
                "Het teken '{c}' vóór '{}' hoort hier niet. Haal het weg.",
                here.unwrap_or('[')
            ));
        }
        if !matches!(c, '}' | ']') || !self.open_brackets().is_empty() {
            return None;
        }
        // a closing bracket that ends a value (`x = [1]`) or a header (`[x]`) is fine: it starts its own line here
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before[line_start..].trim();
        if line.contains('=') || line.starts_with('[') {
            return None;
        }
        let regel = self.line_number(before.len() - 1);
        Some(format!(
            "Het teken '{c}' op regel {regel} hoort daar niet. Haal het weg."
        ))
    }

    /// A number with a decimal comma (`bedrag = 12,50`) around the position: the key and value written right.
    fn decimal_comma(&self) -> Option<String> {
        let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let line = self.line();
        let bytes = line.as_bytes();
        let here = self.pos - line_start;
        let mut i = 0;
        let mut found = None;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let comma = i;
                if bytes.get(comma) == Some(&b',')
                    && bytes.get(comma + 1).is_some_and(u8::is_ascii_digit)
                {
                    let mut end = comma + 1;
                    while end < bytes.len() && bytes[end].is_ascii_digit() {
                        end += 1;
                    }
                    let key = Plek {
                        text: self.text,
                        pos: line_start + start,
                    }
                    .key_before();
                    if start <= here {
                        if let Some(k) = key {
                            found = Some(format!(
                                "{k} = \"{}.{}\"",
                                &line[start..comma],
                                &line[comma + 1..end]
                            ));
                        }
                    }
                }
                continue;
            }
            i += 1;
        }
        found
    }
}

/// Whether `key = …` occurs in this piece of a line (at its start or after `{` or `,`).
fn has_key(piece: &str, key: &str) -> bool {
    piece
        .split(['{', ','])
        .any(|p| p.split_once('=').is_some_and(|(k, _)| k.trim() == key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_dates_become_year_month_day() {
        assert_eq!(dutch_date("01-03-2026").as_deref(), Some("2026-03-01"));
        assert_eq!(dutch_date("1/3/2026").as_deref(), Some("2026-03-01"));
        assert_eq!(dutch_date("01.03.2026").as_deref(), Some("2026-03-01"));
        assert_eq!(dutch_date("2026-03-01"), None);
        assert_eq!(dutch_date("leiden"), None);
    }

    fn message(text: &str) -> String {
        match toml::de::DeTable::parse(text) {
            Ok(_) => String::new(),
            Err(e) => dutch_toml_message(text, e.span().unwrap_or(0..0), e.message()),
        }
    }

    #[test]
    fn each_slip_names_its_fix() {
        let cases = [
            (
                "a = nee\n",
                "Schrijf true (ja) of false (nee), zonder aanhalingstekens: a = false.",
            ),
            (
                "v = { is = leiden }\n",
                "Zet tekst tussen aanhalingstekens: is = \"leiden\".",
            ),
            (
                "d = 01-03-2026\n",
                "jaar-maand-dag, zonder aanhalingstekens: d = 2026-03-01.",
            ),
            ("d = 2026-3-1\n", "twee cijfers: d = 2026-03-01."),
            ("d = 2025-02-30\n", "februari 2025 heeft 28 dagen"),
            (
                "a = \"x\nb = 1\n",
                "aanhalingsteken aan het eind: a = \"x\"",
            ),
            ("a = x\"\n", "aanhalingsteken aan het begin: a = \"x\""),
            (
                "a = 12.50\"\n",
                "aanhalingsteken aan het begin: a = \"12.50\"",
            ),
            ("a = [1 2]\n", "mist een komma tussen 1 en 2"),
            ("a = [\"x\" \"y\"]\n", "mist een komma vóór \"y\""),
            (
                "a = [1,\n  2\n\n[b]\nc = 1\n",
                "Zet ']' na het laatste onderdeel, op regel 2",
            ),
            ("[a\nb = 1\n", "Schrijf [a]"),
            (
                "a = 1\na = 2\n",
                "De sleutel 'a' staat twee keer in hetzelfde blok (ook op regel 1)",
            ),
            (
                "[a]\nb = 1\n[a]\nc = 1\n",
                "Het blok [a] staat twee keer (ook op regel 1)",
            ),
            ("a: 1\n", "Schrijf '=' in plaats van ':': a = 1."),
            ("a b = 1\n", "Schrijf a_b = 1."),
            (
                "a = 12,50\n",
                "met een punt, tussen aanhalingstekens: a = \"12.50\"",
            ),
            ("a = 1,\n", "Haal de komma aan het eind van de regel weg"),
            ("a =\n", "Na 'a =' ontbreekt de waarde"),
            ("a = \"x\"\n}\nb = 1\n", "Het teken '}' hoort hier niet"),
            ("tekst = \"x\"\ntekst.nee = \"y\"\n", "Bedoelt u tekst_nee?"),
        ];
        for (text, expected) in cases {
            let m = message(text);
            assert!(m.contains(expected), "{text:?}: {m}");
            for english in [
                "expected",
                "invalid",
                "missing",
                "unexpected",
                "key",
                "string",
            ] {
                assert!(!m.contains(english), "{text:?}: {m}");
            }
        }
    }

    #[test]
    fn no_english_in_the_fallback() {
        let m = dutch_toml_message(
            "a = @",
            4..5,
            "unexpected thing, expected `,`, newline, `#`",
        );
        assert!(m.contains("',' of een nieuwe regel"), "{m}");
        assert!(!m.contains("expected"), "{m}");
    }
}
