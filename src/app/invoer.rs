//! Reading what the resident typed. Errors say how to fix it ("Vul een getal in, bijvoorbeeld 35").
//! Money goes through the engine's `parse_bedrag`; whole numbers and children's ages are read here.

use crate::rules::Vraag;

/// Oldest age accepted for a child living at home (as the engine's `answer_fits`).
pub const MAX_KIND_LEEFTIJD: u32 = 30;

/// An example that fits the question's range, for error messages.
fn voorbeeld(vraag: &Vraag) -> i64 {
    let (min, max) = (vraag.min.unwrap_or(0), vraag.max.unwrap_or(i64::MAX));
    let gewenst = if vraag.id.contains("leeftijd") { 35 } else { 2 };
    gewenst.clamp(min, max.max(min))
}

/// Strips what people naturally type around a whole number: spaces, "jaar", a trailing dot.
fn kaal(invoer: &str) -> String {
    let t = invoer.trim().to_lowercase();
    let t = t.strip_suffix("jaar").unwrap_or(&t).trim().to_string();
    t.trim_end_matches('.').trim().to_string()
}

/// A whole number for a `getal` question, within its `min`/`max`.
pub fn lees_getal(vraag: &Vraag, invoer: &str) -> Result<i64, String> {
    let t = kaal(invoer);
    let voorbeeld = voorbeeld(vraag);
    if t.is_empty() {
        return Err(format!("Vul een getal in, bijvoorbeeld {voorbeeld}."));
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "Vul alleen cijfers in, zonder letters of komma, bijvoorbeeld {voorbeeld}."
        ));
    }
    let Ok(n) = t.parse::<i64>() else {
        return Err(format!(
            "Dit getal is te groot. Vul een getal in, bijvoorbeeld {voorbeeld}."
        ));
    };
    match (vraag.min, vraag.max) {
        (Some(min), Some(max)) if n < min || n > max => {
            Err(format!("Vul een getal in van {min} tot en met {max}."))
        }
        (Some(min), None) if n < min => Err(format!("Vul een getal in van {min} of meer.")),
        (None, Some(max)) if n > max => Err(format!("Vul een getal in van {max} of minder.")),
        _ => Ok(n),
    }
}

/// The age of child number `nummer` (1-based).
pub fn lees_kind(nummer: usize, invoer: &str) -> Result<u32, String> {
    let t = kaal(invoer);
    if t.is_empty() {
        return Err(format!(
            "Vul de leeftijd van kind {nummer} in, bijvoorbeeld 8. Is het kind jonger dan 1 jaar? Vul dan 0 in."
        ));
    }
    match t.parse::<u32>() {
        Ok(n) if n <= MAX_KIND_LEEFTIJD => Ok(n),
        Ok(_) => Err(format!(
            "Vul voor kind {nummer} een leeftijd in van 0 tot en met {MAX_KIND_LEEFTIJD} jaar."
        )),
        Err(_) => Err(format!(
            "Vul de leeftijd van kind {nummer} in met cijfers, bijvoorbeeld 8."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Soort;

    fn vraag(id: &str, min: Option<i64>, max: Option<i64>) -> Vraag {
        Vraag {
            id: id.to_string(),
            soort: Soort::Getal,
            tekst: String::new(),
            uitleg: None,
            waarom: None,
            onderwerp: None,
            weet_ik_niet: None,
            opties: Vec::new(),
            min,
            max,
            alleen_als: None,
        }
    }

    #[test]
    fn whole_numbers_as_people_type_them() {
        let v = vraag("leeftijd", Some(16), Some(120));
        assert_eq!(lees_getal(&v, " 35 "), Ok(35));
        assert_eq!(lees_getal(&v, "35 jaar"), Ok(35));
        assert_eq!(
            lees_getal(&v, ""),
            Err("Vul een getal in, bijvoorbeeld 35.".to_string())
        );
        assert_eq!(
            lees_getal(&v, "300"),
            Err("Vul een getal in van 16 tot en met 120.".to_string())
        );
        assert!(lees_getal(&v, "3,5").is_err_and(|e| e.contains("alleen cijfers")));
    }

    #[test]
    fn childrens_ages_say_which_child() {
        assert_eq!(lees_kind(1, "0"), Ok(0));
        assert_eq!(lees_kind(2, "12 jaar"), Ok(12));
        assert!(lees_kind(3, "40").is_err_and(|e| e.contains("kind 3")));
        assert!(lees_kind(2, "acht").is_err_and(|e| e.contains("kind 2") && e.contains("cijfers")));
    }
}
