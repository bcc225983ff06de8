//! The messages that name the fix, built from what the text at the error shows: an unclosed bracket or quote, a
//! missing comma or '=', a key or table written twice, a stray character, a decimal comma.

use super::plek::{has_key, is_key_char, Plek};

impl Plek<'_> {
    /// A list `[` or inline table `{` opened on an earlier line and not closed before the next entry.
    pub(super) fn unclosed_bracket(&self) -> Option<String> {
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

    pub(super) fn missing_comma_or_bracket(&self, extra_assignment: bool) -> String {
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

    pub(super) fn unclosed_string(&self) -> String {
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

    pub(super) fn missing_equals(&self) -> String {
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

    pub(super) fn duplicate(&self) -> String {
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
    pub(super) fn key_of_line(&self) -> Option<String> {
        let line_start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let line = self.text[line_start..self.pos].trim_start();
        let end = line.find(|c: char| !is_key_char(c)).unwrap_or(line.len());
        (end > 0 && line[end..].trim_start().starts_with('=')).then(|| line[..end].to_string())
    }

    /// A character that does not belong where the parser stopped: a bracket or '=' too many.
    pub(super) fn stray_character(&self) -> Option<String> {
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
    pub(super) fn decimal_comma(&self) -> Option<String> {
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
