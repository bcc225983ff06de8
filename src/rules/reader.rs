//! Reads TOML into the raw model by hand, from toml's span-keeping parse tree. No serde derive: that keeps the
//! browser bundle small, and every unknown key or wrong type gets a Dutch message at its own position.

use super::errors::Errors;
use super::raw::*;
use super::suggest::{bedoelt_u_of, closest};
#[cfg(any(not(target_arch = "wasm32"), feature = "beheer"))]
use super::syntax::dutch_toml_message as syntax_message;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Parses TOML text into positioned values; a syntax error comes back with its span and a Dutch message.
pub(crate) fn parse_document(text: &str) -> Result<S<Value>, (Range<usize>, String)> {
    match DeTable::parse(text) {
        Ok(table) => Ok(convert_table(table.span(), table.get_ref())),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = syntax_message(text, span.clone(), e.message());
            Err((span, message))
        }
    }
}

/// In the browser a broken file only shows a calm message to the resident and the details in the console, so the
/// wizard does without the Dutch syntax explanations (about 20 KB of WebAssembly); `regels check` has them.
#[cfg(all(target_arch = "wasm32", not(feature = "beheer")))]
fn syntax_message(_text: &str, _span: Range<usize>, message: &str) -> String {
    format!(
        "Dit is geen geldige TOML ({}). Controleer het bestand met regels check.",
        message.lines().next().unwrap_or(message).trim()
    )
}

fn convert_table(span: Range<usize>, table: &DeTable) -> S<Value> {
    let mut t = Table::default();
    for (k, v) in table {
        t.entries.insert(k.get_ref().to_string(), convert(v));
        t.key_spans.insert(k.get_ref().to_string(), k.span());
    }
    Spanned::new(span, Value::Table(t))
}

fn convert(v: &Spanned<DeValue>) -> S<Value> {
    let value = match v.get_ref() {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => {
            let digits: String = i.as_str().chars().filter(|c| *c != '_').collect();
            let digits = ["0x", "0o", "0b"]
                .iter()
                .fold(digits.as_str(), |d, p| d.trim_start_matches(p));
            match i64::from_str_radix(digits, i.radix()) {
                Ok(n) => Value::Integer(n),
                Err(_) => Value::String(i.as_str().to_string()),
            }
        }
        // Kept as written (without `_`): no value in these files is a float, so this is only for the message that
        // says so, and the browser's WebAssembly need not carry `f64` parsing and printing for it.
        DeValue::Float(f) => Value::Float(f.as_str().chars().filter(|c| *c != '_').collect()),
        DeValue::Boolean(b) => Value::Boolean(*b),
        DeValue::Datetime(dt) => Value::Datetime {
            text: dt.to_string(),
            date: dt.date.map(|d| (d.year, d.month, d.day)),
            has_time: dt.time.is_some(),
        },
        DeValue::Array(items) => Value::Array(items.iter().map(convert).collect()),
        DeValue::Table(t) => return convert_table(v.span(), t),
    };
    Spanned::new(v.span(), value)
}

/// The keys of one table being read, checked against what is allowed there.
pub(crate) struct Fields<'v> {
    pub(crate) table: &'v Table,
    pub(crate) span: Range<usize>,
    /// The keys allowed here (`None`: any key).
    allowed: Option<&'static [&'static str]>,
}

impl Fields<'_> {
    /// Whether a key written here that is not allowed looks like a misspelling of `key`: its own message
    /// ("Bedoelt u …?") then names the fix, and "ontbreekt" would only repeat it.
    fn misspelled(&self, key: &str) -> bool {
        let Some(allowed) = self.allowed else {
            return false;
        };
        self.table
            .entries
            .keys()
            .filter(|k| !allowed.contains(&k.as_str()))
            .any(|k| {
                closest(k, allowed.iter().copied()).contains(&key) || key.starts_with(k.as_str())
            })
    }
}

pub(crate) struct Reader<'e, 'a> {
    pub errs: &'e mut Errors<'a>,
    /// What unknown keys like `regelingaanvragen` probably meant after the section's name (`aanvragen`): that
    /// key is then not reported missing as well.
    lost_parts: Vec<String>,
}

impl<'e, 'a> Reader<'e, 'a> {
    pub(crate) fn new(errs: &'e mut Errors<'a>) -> Self {
        Reader {
            errs,
            lost_parts: Vec::new(),
        }
    }
}

impl<'v> Reader<'_, '_> {
    /// The table at `v`, with an error for every key not in `allowed` (`None` allows any key).
    pub fn table(
        &mut self,
        v: &'v S<Value>,
        allowed: Option<&'static [&'static str]>,
    ) -> Option<Fields<'v>> {
        let Value::Table(table) = v.get_ref() else {
            self.wrong(v, "een tabel met sleutels");
            return None;
        };
        if let Some(allowed) = allowed {
            for key in table.entries.keys() {
                if !allowed.contains(&key.as_str()) {
                    let span = table.key_spans.get(key).cloned().unwrap_or(v.span());
                    let hint = self.unknown_key_hint(key, table, allowed);
                    self.errs.at(
                        span,
                        format!(
                            "De sleutel '{key}' kennen we hier niet.{hint} Hier mag: {}.",
                            allowed.join(", ")
                        ),
                    );
                }
            }
        }
        Some(Fields {
            table,
            span: v.span(),
            allowed,
        })
    }

    /// What an unknown key probably meant: a close allowed key ("Bedoelt u …?"), the one allowed key not written
    /// yet that starts with it (`na` for `naam`), or a section and its part without the dot between
    /// (`[regelingaanvragen]`). Parts lost this way are remembered, so they are not reported missing as well.
    fn unknown_key_hint(&mut self, key: &str, table: &Table, allowed: &[&str]) -> String {
        let value = table.entries.get(key).map(|v| v.get_ref());
        let lost_table = |this: &mut Self| {
            if let Some(Value::Table(t)) = value {
                this.lost_parts.extend(t.entries.keys().cloned());
            }
        };
        let close = bedoelt_u_of(key, allowed.iter().copied(), "");
        if !close.is_empty() {
            lost_table(self);
            return close;
        }
        let started: Vec<&str> = allowed
            .iter()
            .copied()
            .filter(|a| a.starts_with(key) && !table.entries.contains_key(*a))
            .collect();
        if let [one] = started.as_slice() {
            return format!(" Bedoelt u '{one}'?");
        }
        // `[regelingaanvragen]` or `[regeling-krijgt]`: the dot between section and part is missing
        if let Some(Value::Table(_)) = value {
            let part = allowed.iter().find_map(|a| {
                let rest = key.strip_prefix(a)?.trim_start_matches(['-', '_', ' ']);
                (rest.len() >= 3).then(|| (*a, rest.to_string()))
            });
            if let Some((section, rest)) = part {
                let hint = format!(
                    " Bedoelt u {section}.{rest}? Tussen het blok en zijn deel staat een punt."
                );
                self.lost_parts.push(rest);
                return hint;
            }
        }
        " Kijk of de naam goed gespeld is.".to_string()
    }

    pub(crate) fn wrong(&mut self, v: &S<Value>, expected: &str) {
        self.errs.at(
            v.span(),
            format!(
                "Hier hoort {expected}, maar er staat een {}.",
                v.get_ref().kind()
            ),
        );
    }

    pub fn missing(&mut self, f: &Fields, key: &str) {
        if f.misspelled(key) || self.lost_parts.iter().any(|p| p == key) {
            return;
        }
        self.errs.at(
            f.span.clone(),
            format!("Hier ontbreekt '{key}'. Voeg een regel '{key} = ...' toe."),
        );
    }

    pub fn value(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Value>> {
        f.table.entries.get(key).cloned()
    }

    pub fn value_ref(&mut self, f: &Fields<'v>, key: &str) -> Option<&'v S<Value>> {
        f.table.entries.get(key)
    }

    pub fn req_value(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Value>> {
        let v = self.value(f, key);
        if v.is_none() {
            self.missing(f, key);
        }
        v
    }

    pub fn string(&mut self, f: &Fields<'v>, key: &str) -> Option<S<String>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::String(s) => Some(Spanned::new(v.span(), s.clone())),
            _ => {
                self.wrong(v, "tekst tussen aanhalingstekens");
                None
            }
        }
    }

    pub fn req_string(&mut self, f: &Fields<'v>, key: &str) -> Option<S<String>> {
        if !f.table.entries.contains_key(key) {
            self.missing(f, key);
        }
        self.string(f, key)
    }

    pub fn integer(&mut self, f: &Fields<'v>, key: &str) -> Option<S<i64>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::Integer(n) => Some(Spanned::new(v.span(), *n)),
            _ => {
                self.wrong(v, "een heel getal");
                None
            }
        }
    }

    pub fn boolean(&mut self, f: &Fields<'v>, key: &str) -> Option<S<bool>> {
        let v = f.table.entries.get(key)?;
        match v.get_ref() {
            Value::Boolean(b) => Some(Spanned::new(v.span(), *b)),
            _ => {
                self.wrong(v, "true of false");
                None
            }
        }
    }

    pub fn strings(&mut self, f: &Fields<'v>, key: &str) -> Option<S<Vec<String>>> {
        let v = f.table.entries.get(key)?;
        let Value::Array(items) = v.get_ref() else {
            self.wrong(v, "een lijst met teksten, bijvoorbeeld [\"a\", \"b\"]");
            return None;
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                Value::String(s) => out.push(s.clone()),
                _ => self.wrong(item, "tekst tussen aanhalingstekens"),
            }
        }
        Some(Spanned::new(v.span(), out))
    }

    pub fn spanned_strings(&mut self, f: &Fields<'v>, key: &str) -> Vec<S<String>> {
        let Some(v) = f.table.entries.get(key) else {
            return Vec::new();
        };
        let Value::Array(items) = v.get_ref() else {
            self.wrong(v, "een lijst met teksten, bijvoorbeeld [\"a\", \"b\"]");
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                Value::String(s) => Some(Spanned::new(item.span(), s.clone())),
                _ => {
                    self.wrong(item, "tekst tussen aanhalingstekens");
                    None
                }
            })
            .collect()
    }

    /// An array of tables (`[[vraag]]`, or a list of inline tables), each read by `read`.
    pub fn list<T>(
        &mut self,
        f: &Fields<'v>,
        key: &str,
        mut read: impl FnMut(&mut Self, &'v S<Value>) -> Option<T>,
    ) -> Option<Vec<S<T>>> {
        let v = f.table.entries.get(key)?;
        let Value::Array(items) = v.get_ref() else {
            if let Value::Table(_) = v.get_ref() {
                self.errs.at(
                    v.span(),
                    format!("Hier hoort een lijst: schrijf [[{key}]] met twee haken, zoals bij de andere blokken van deze soort."),
                );
            } else {
                self.wrong(v, "een lijst");
            }
            return None;
        };
        Some(
            items
                .iter()
                .filter_map(|item| read(self, item).map(|t| Spanned::new(item.span(), t)))
                .collect(),
        )
    }

    pub fn map(&mut self, v: &'v S<Value>) -> Option<BTreeMap<String, S<Value>>> {
        self.table(v, None).map(|f| f.table.entries.clone())
    }
}
