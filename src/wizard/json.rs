//! A small JSON reader and writer for stored progress (`super::opslag`). Hand-written so the browser wizard does
//! not carry `serde_json` (about 16 kB of WebAssembly) for one small, fixed format. It reads any JSON; numbers
//! keep their text (an amount is read by `Decimal`, never through `f64`). What it writes is what `serde_json`
//! wrote for the same values (a test holds the two together), so progress stored before reads back.

/// A JSON value. An object keeps its keys in order, each once (a repeated key: the last value counts, as in
/// `serde_json`).
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as written, checked against JSON's grammar.
    Getal(String),
    Tekst(String),
    Lijst(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// How deep arrays and objects may nest (as `serde_json`'s limit): damaged storage cannot exhaust the stack.
const DIEPTE: usize = 128;

impl Json {
    /// Reads one JSON value (with whitespace around it, nothing else).
    pub fn lees(tekst: &str) -> Result<Json, String> {
        let mut l = Lezer {
            b: tekst.as_bytes(),
            i: 0,
        };
        let waarde = l.waarde(0)?;
        l.spaties();
        if l.i != l.b.len() {
            return Err(l.fout("trailing characters"));
        }
        Ok(waarde)
    }

    pub fn get(&self, sleutel: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .find(|(k, _)| k == sleutel)
            .map(|(_, w)| w)
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Lijst(l) => Some(l),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Tekst(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole number (no fraction or exponent, as `serde_json` tells integers from floats).
    fn geheel(&self) -> Option<&str> {
        match self {
            Json::Getal(g) if !g.contains(['.', 'e', 'E']) => Some(g),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.geheel()?.parse().ok()
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.geheel()?.parse().ok()
    }
}

struct Lezer<'a> {
    b: &'a [u8],
    i: usize,
}

impl Lezer<'_> {
    fn fout(&self, wat: &str) -> String {
        format!("{wat} at byte {}", self.i)
    }

    fn spaties(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn woord(&mut self, woord: &str, waarde: Json) -> Result<Json, String> {
        if self.b[self.i..].starts_with(woord.as_bytes()) {
            self.i += woord.len();
            Ok(waarde)
        } else {
            Err(self.fout("unexpected character"))
        }
    }

    fn waarde(&mut self, diepte: usize) -> Result<Json, String> {
        if diepte > DIEPTE {
            return Err(self.fout("nested too deeply"));
        }
        self.spaties();
        match self.b.get(self.i) {
            None => Err(self.fout("unexpected end")),
            Some(b'n') => self.woord("null", Json::Null),
            Some(b't') => self.woord("true", Json::Bool(true)),
            Some(b'f') => self.woord("false", Json::Bool(false)),
            Some(b'"') => self.tekst().map(Json::Tekst),
            Some(b'[') => {
                self.i += 1;
                let mut lijst = Vec::new();
                if self.na_spaties(b']') {
                    return Ok(Json::Lijst(lijst));
                }
                loop {
                    lijst.push(self.waarde(diepte + 1)?);
                    if self.scheiding(b']')? {
                        return Ok(Json::Lijst(lijst));
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut velden: Vec<(String, Json)> = Vec::new();
                if self.na_spaties(b'}') {
                    return Ok(Json::Object(velden));
                }
                loop {
                    self.spaties();
                    if self.b.get(self.i) != Some(&b'"') {
                        return Err(self.fout("expected a key"));
                    }
                    let sleutel = self.tekst()?;
                    if !self.na_spaties(b':') {
                        return Err(self.fout("expected ':'"));
                    }
                    let waarde = self.waarde(diepte + 1)?;
                    match velden.iter_mut().find(|(k, _)| *k == sleutel) {
                        Some(veld) => veld.1 = waarde,
                        None => velden.push((sleutel, waarde)),
                    }
                    if self.scheiding(b'}')? {
                        return Ok(Json::Object(velden));
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.getal(),
            Some(_) => Err(self.fout("unexpected character")),
        }
    }

    /// Skips whitespace; takes `teken` if it comes next.
    fn na_spaties(&mut self, teken: u8) -> bool {
        self.spaties();
        let ja = self.b.get(self.i) == Some(&teken);
        if ja {
            self.i += 1;
        }
        ja
    }

    /// After an element: a comma (more follow, `false`) or the closing `eind` (`true`).
    fn scheiding(&mut self, eind: u8) -> Result<bool, String> {
        if self.na_spaties(b',') {
            Ok(false)
        } else if self.na_spaties(eind) {
            Ok(true)
        } else {
            Err(self.fout("expected ',' or the end"))
        }
    }

    fn cijfers(&mut self) -> usize {
        let begin = self.i;
        while matches!(self.b.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - begin
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn getal(&mut self) -> Result<Json, String> {
        let begin = self.i;
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        let eerste = self.b.get(self.i).copied();
        let n = self.cijfers();
        if n == 0 || (eerste == Some(b'0') && n > 1) {
            return Err(self.fout("invalid number"));
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.cijfers() == 0 {
                return Err(self.fout("invalid number"));
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.cijfers() == 0 {
                return Err(self.fout("invalid number"));
            }
        }
        // Only ASCII was taken, so this is a whole piece of the text.
        let tekst = String::from_utf8_lossy(&self.b[begin..self.i]).into_owned();
        Ok(Json::Getal(tekst))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let stuk = self
            .b
            .get(self.i..self.i + 4)
            .and_then(|s| std::str::from_utf8(s).ok())
            .and_then(|s| u32::from_str_radix(s, 16).ok())
            .ok_or_else(|| self.fout("invalid \\u escape"))?;
        self.i += 4;
        Ok(stuk)
    }

    /// A string, from its opening quote.
    fn tekst(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut uit = String::new();
        loop {
            // The plain run up to a quote, backslash or control character is valid UTF-8 (the input is a str
            // and these bytes never occur inside a multi-byte character).
            let begin = self.i;
            while matches!(self.b.get(self.i), Some(&c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            uit.push_str(&String::from_utf8_lossy(&self.b[begin..self.i]));
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(uit);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let teken = self.b.get(self.i).copied();
                    self.i += 1;
                    let c = match teken {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => return Err(self.fout("invalid escape")),
                    };
                    uit.push(c);
                }
                _ => return Err(self.fout("unterminated or invalid string")),
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), a surrogate pair taken together.
    fn unicode(&mut self) -> Result<char, String> {
        let eerste = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&eerste) {
            if !self.b[self.i..].starts_with(b"\\u") {
                return Err(self.fout("lone surrogate"));
            }
            self.i += 2;
            let tweede = self.hex4()?;
            if !(0xDC00..0xE000).contains(&tweede) {
                return Err(self.fout("lone surrogate"));
            }
            0x10000 + ((eerste - 0xD800) << 10) + (tweede - 0xDC00)
        } else {
            eerste
        };
        char::from_u32(code).ok_or_else(|| self.fout("lone surrogate"))
    }
}

/// Appends `tekst` as a JSON string, escaped as `serde_json` escapes it.
pub fn schrijf_tekst(uit: &mut String, tekst: &str) {
    uit.push('"');
    for c in tekst.chars() {
        match c {
            '"' => uit.push_str("\\\""),
            '\\' => uit.push_str("\\\\"),
            '\n' => uit.push_str("\\n"),
            '\r' => uit.push_str("\\r"),
            '\t' => uit.push_str("\\t"),
            '\u{8}' => uit.push_str("\\b"),
            '\u{c}' => uit.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                uit.push_str("\\u00");
                uit.push(char::from(HEX[n >> 4]));
                uit.push(char::from(HEX[n & 0xF]));
            }
            c => uit.push(c),
        }
    }
    uit.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With the keys of every object in order, as `serde_json::Value` keeps them.
    fn gesorteerd(j: Json) -> Json {
        match j {
            Json::Lijst(l) => Json::Lijst(l.into_iter().map(gesorteerd).collect()),
            Json::Object(o) => {
                let mut o: Vec<_> = o.into_iter().map(|(k, v)| (k, gesorteerd(v))).collect();
                o.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(o)
            }
            j => j,
        }
    }

    /// Reads as `serde_json` reads: the same values for valid JSON, an error for invalid JSON.
    #[test]
    fn reads_what_serde_json_reads() {
        fn zo(w: &serde_json::Value) -> Json {
            use serde_json::Value as V;
            match w {
                V::Null => Json::Null,
                V::Bool(b) => Json::Bool(*b),
                V::Number(n) => Json::Getal(n.to_string()),
                V::String(s) => Json::Tekst(s.clone()),
                V::Array(a) => Json::Lijst(a.iter().map(zo).collect()),
                V::Object(o) => Json::Object(o.iter().map(|(k, v)| (k.clone(), zo(v))).collect()),
            }
        }
        for tekst in [
            r#"{"versie":1,"modus":"Zelf","stap":{"Vraag":{"id":"partner","wijzigen":false}}}"#,
            r#" [ 1 , -2 , 0 , true , false , null , "a\"b\\c\/d\n\t\u00e9\ud83d\ude00" , [] , {} ] "#,
            r#"{"b":1,"a":{"c":[{"d":"é ü ﷽"}]}}"#,
            "\"\\u0001\"",
        ] {
            let serde: serde_json::Value = serde_json::from_str(tekst).unwrap_or_default();
            assert_eq!(Json::lees(tekst).map(gesorteerd), Ok(zo(&serde)), "{tekst}");
        }
        for kapot in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e",
            "\"a",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\u{1}\"",
            "tru",
            "{a:1}",
            "1 2",
            "{\"versie\":",
        ] {
            assert!(
                serde_json::from_str::<serde_json::Value>(kapot).is_err(),
                "{kapot}"
            );
            assert!(Json::lees(kapot).is_err(), "{kapot}");
        }
        assert!(Json::lees(&"[".repeat(200)).is_err());
        // Numbers keep their text; whole ones read as integers.
        let n = Json::lees("[35, 35.0, -4, 18446744073709551615, 1e3]").unwrap_or(Json::Null);
        let n: Vec<_> = n
            .as_array()
            .unwrap_or_default()
            .iter()
            .map(|g| (g.as_u64(), g.as_i64()))
            .collect();
        assert_eq!(
            n,
            [
                (Some(35), Some(35)),
                (None, None),
                (None, Some(-4)),
                (Some(u64::MAX), None),
                (None, None)
            ]
        );
        assert_eq!(
            Json::lees(r#"{"a":1,"a":2}"#)
                .ok()
                .and_then(|j| j.get("a").cloned()),
            Some(Json::Getal("2".into()))
        );
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        for tekst in [
            "",
            "gewoon",
            "a\"b\\c/d",
            "\n\r\t\u{8}\u{c}\u{1}\u{1f}",
            "é ü ﷽ 😀",
        ] {
            let mut uit = String::new();
            schrijf_tekst(&mut uit, tekst);
            assert_eq!(uit, serde_json::to_string(tekst).unwrap_or_default());
        }
    }
}
