//! The error's position in the text, and what the text there shows: the line, the word, the key, brackets.

use crate::rules::errors::line_column;

/// The error's position in the text.
pub(super) struct Plek<'t> {
    pub(super) text: &'t str,
    pub(super) pos: usize,
}

pub(super) fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '.'
}

impl<'t> Plek<'t> {
    pub(super) fn line_number(&self, offset: usize) -> usize {
        line_column(self.text, offset).0
    }

    /// The whole line the error is on.
    pub(super) fn line(&self) -> &'t str {
        let start = self.text[..self.pos].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[self.pos..]
            .find('\n')
            .map_or(self.text.len(), |i| self.pos + i);
        &self.text[start..end]
    }

    /// The bare value or word at the position: up to a comma, bracket, comment or the end of the line.
    pub(super) fn word(&self) -> String {
        let rest = &self.text[self.pos..];
        let end = rest
            .find([',', '}', ']', '#', '\n', '\r'])
            .unwrap_or(rest.len());
        rest[..end].trim().to_string()
    }

    /// The key just before the position (`partner` in `partner = nee`), if the position is a value.
    pub(super) fn key_before(&self) -> Option<String> {
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
    pub(super) fn open_brackets(&self) -> Vec<(char, usize)> {
        self.scan().0
    }

    /// The open brackets (see `open_brackets`) and the start of the last one-line text before the position that
    /// has no closing quote on its line.
    pub(super) fn scan(&self) -> (Vec<(char, usize)>, Option<usize>) {
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
    pub(super) fn unterminated_string(&self) -> Option<usize> {
        let start = self.scan().1?;
        let (line, _) = line_column(self.text, start);
        let here = self.line_number(self.pos);
        (here - line <= 1).then_some(start)
    }

    /// Whether the position is inside the inline table or list given to `key` (as in `verwacht = { … }`).
    pub(super) fn inside_key(&self, key: &str) -> bool {
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
    pub(super) fn starts_new_entry(&self) -> bool {
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
    pub(super) fn last_value_end(&self) -> usize {
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
}

/// Whether `key = …` occurs in this piece of a line (at its start or after `{` or `,`).
pub(super) fn has_key(piece: &str, key: &str) -> bool {
    piece
        .split(['{', ','])
        .any(|p| p.split_once('=').is_some_and(|(k, _)| k.trim() == key))
}
