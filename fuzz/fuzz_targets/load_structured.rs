//! Structure-aware: the real regulations.toml with a few values replaced, removed or retyped. This reaches the
//! cross-checks (references, choices, norms, examples) that random bytes rarely get past the TOML parser to.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use potjeswijzer::rules::{check::run_examples, load, Datum};
use toml::{Table, Value};

// The loader also takes example households in the file itself, so this runs them all.
const REAL: &str = concat!(
    include_str!("../../regulations.toml"),
    "\n",
    include_str!("../../voorbeelden.toml")
);

#[derive(Arbitrary, Debug)]
enum Replacement {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    EmptyList,
    EmptyTable,
}

#[derive(Arbitrary, Debug)]
struct Edit {
    /// Which value, counted depth-first over the whole document.
    target: u16,
    replacement: Replacement,
}

fn edit(value: &mut Value, counter: &mut u16, e: &Edit) -> bool {
    let children: Vec<&mut Value> = match value {
        Value::Table(t) => t.iter_mut().map(|(_, v)| v).collect(),
        Value::Array(a) => a.iter_mut().collect(),
        _ => return false,
    };
    for child in children {
        if *counter == e.target {
            *child = match &e.replacement {
                Replacement::EmptyTable => Value::Table(Table::new()),
                Replacement::Text(s) => Value::String(s.clone()),
                Replacement::Integer(n) => Value::Integer(*n),
                Replacement::Float(f) if f.is_finite() => Value::Float(*f),
                Replacement::Float(_) => Value::Float(0.5),
                Replacement::Bool(b) => Value::Boolean(*b),
                Replacement::EmptyList => Value::Array(vec![]),
            };
            return true;
        }
        *counter = counter.wrapping_add(1);
        if edit(child, counter, e) {
            return true;
        }
    }
    false
}

fuzz_target!(|edits: Vec<Edit>| {
    let Ok(table) = REAL.parse::<Table>() else { return };
    let mut doc = Value::Table(table);
    for e in edits.iter().take(4) {
        edit(&mut doc, &mut 0, e);
    }
    let Value::Table(table) = doc else { return };
    let Ok(text) = toml::to_string(&table) else { return };
    if let Ok(regels) = load("fuzz.toml", &text) {
        if let Some(today) = Datum::new(2025, 9, 1) {
            let _ = run_examples(&regels, today);
        }
    }
});
