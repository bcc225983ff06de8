//! The wizard's own texts, read from its source: every string literal passed to `t(…)` or `tf(…)`. They are
//! the keys of the entries at `plek = "app"`, so `regels check` and `regels vertaling` know what to translate
//! without a second list to keep up to date.

use std::path::Path;

/// The texts passed to `t` and `tf` in the `.rs` files under `map`, each once, in the order found (files sorted
/// by name). `None` when `map` cannot be read.
pub fn app_teksten(map: &Path) -> Option<Vec<String>> {
    let mut bestanden = Vec::new();
    verzamel(map, &mut bestanden).ok()?;
    bestanden.sort();
    let mut uit: Vec<String> = Vec::new();
    for b in bestanden {
        let Ok(tekst) = std::fs::read_to_string(&b) else {
            continue;
        };
        // The texts of the code itself: not its tests (at the end of a file) nor its comments.
        let code = tekst.split("#[cfg(test)]").next().unwrap_or_default();
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for t in teksten_in(&code) {
            if !uit.contains(&t) {
                uit.push(t);
            }
        }
    }
    Some(uit)
}

fn verzamel(map: &Path, uit: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(map)? {
        let pad = e?.path();
        if pad.is_dir() {
            verzamel(&pad, uit)?;
        } else if pad.extension().is_some_and(|x| x == "rs") {
            uit.push(pad);
        }
    }
    Ok(())
}

/// The string literals right after `t(` or `tf(` in Rust source (not after `xt(` or `.t(`).
pub fn teksten_in(bron: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let bytes = bron.as_bytes();
    for patroon in ["t(", "tf("] {
        let mut vanaf = 0;
        while let Some(i) = bron[vanaf..].find(patroon) {
            let begin = vanaf + i;
            vanaf = begin + patroon.len();
            let ervoor = begin.checked_sub(1).map(|j| bytes[j]);
            if ervoor.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.') {
                continue;
            }
            // The text may start on the next line (`tf(\n    "...",`).
            let rest = bron[vanaf..].trim_start();
            if let Some(t) = rest.strip_prefix('"').and_then(literal) {
                uit.push(t);
            }
        }
    }
    uit
}

/// The content of a Rust string literal whose opening quote is just before `rest`.
fn literal(rest: &str) -> Option<String> {
    let mut uit = String::new();
    let mut tekens = rest.chars().peekable();
    while let Some(c) = tekens.next() {
        match c {
            '"' => return Some(uit),
            '\\' => match tekens.next()? {
                'n' => uit.push('\n'),
                't' => uit.push('\t'),
                '"' => uit.push('"'),
                '\\' => uit.push('\\'),
                '\'' => uit.push('\''),
                // A line continuation: the newline and the next line's leading whitespace are not in the text.
                '\n' => {
                    while tekens.peek().is_some_and(|c| c.is_whitespace()) {
                        tekens.next();
                    }
                }
                _ => return None,
            },
            c => uit.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_texts_passed_to_t_and_tf() {
        let bron = r#"
            view! { <h2>{t("Uw plan")}</h2> }
            let s = tf("Over {n} jaar", &[("n", &n)]);
            let u = tf(
                "Op {datum}.",
                &[],
            );
            let x = self.t("niet dit");
            let y = t("Een \"lange\" \
                zin");
        "#;
        assert_eq!(
            teksten_in(bron),
            vec![
                "Uw plan",
                "Een \"lange\" zin",
                "Over {n} jaar",
                "Op {datum}."
            ]
        );
    }
}
