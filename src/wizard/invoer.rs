//! Reading what the resident typed or chose. Errors say how to fix it ("Vul een getal in, bijvoorbeeld 35") and
//! name the field they belong to, so the screen can link to it. Money goes through the engine's `parse_bedrag`;
//! whole numbers and children's ages are read here.

use crate::rules::vertaling::{t, tf};
use crate::rules::{
    answer_fits, format_bedrag, parse_bedrag, westerse_cijfers, zonder_schatting, Antwoord, Soort,
    Vraag,
};
use rust_decimal::Decimal;

/// Oldest age accepted for a child living at home (as the engine's `answer_fits`).
pub const MAX_KIND_LEEFTIJD: u32 = 30;

/// An empty amount: an estimate is fine, and "Weet ik niet" is a way on too.
pub fn leeg_bedrag() -> String {
    t("Vul een bedrag in, bijvoorbeeld 250. Weet u het niet precies? Een schatting is goed. Of kies 'Weet ik niet'.")
}

/// At most this many rows for children's ages.
pub const MAX_KINDEREN: usize = 15;

/// An error: the id of the field it belongs to, and the message that says how to fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fout {
    pub veld: String,
    pub tekst: String,
}

/// The field of a `getal` or `bedrag` question.
pub fn veld_id(vraag: &Vraag) -> String {
    format!("pw-veld-{}", vraag.id)
}

/// Choice `i` of a ja/nee, keuze or meerkeuze question; errors about the whole group go to the first.
pub fn optie_id(vraag: &Vraag, i: usize) -> String {
    format!("pw-veld-{}-{i}", vraag.id)
}

/// The age field of the child row with this key.
pub fn kind_id(sleutel: usize) -> String {
    format!("pw-kind-{sleutel}")
}

/// The message next to a field.
pub fn fout_id(veld: &str) -> String {
    format!("pw-fout-{veld}")
}

/// The choices of a ja/nee or keuze question as (value, label).
pub fn keuzes(vraag: &Vraag) -> Vec<(String, String)> {
    match vraag.soort {
        Soort::JaNee => vec![("ja".to_string(), t("Ja")), ("nee".to_string(), t("Nee"))],
        _ => vraag
            .opties
            .iter()
            .map(|o| (o.waarde.clone(), o.tekst.clone()))
            .collect(),
    }
}

/// How an earlier amount is shown again in the field: "1.300" or "1.300,50", as the resident would type it.
pub fn bedrag_als_invoer(bedrag: Decimal) -> String {
    format_bedrag(bedrag)
        .trim_start_matches('€')
        .trim()
        .to_string()
}

/// What the fields hold when the screen opens: the earlier answer, if any.
pub fn begintekst(antwoord: Option<&Antwoord>) -> String {
    match antwoord {
        Some(Antwoord::Getal(n)) => n.to_string(),
        Some(Antwoord::Bedrag(b)) => bedrag_als_invoer(*b),
        _ => String::new(),
    }
}

/// Which choice was made before, as the value of its radio button.
pub fn begin_keuze(antwoord: Option<&Antwoord>) -> Option<String> {
    match antwoord {
        Some(Antwoord::JaNee(true)) => Some("ja".to_string()),
        Some(Antwoord::JaNee(false)) => Some("nee".to_string()),
        Some(Antwoord::Keuze(k)) => Some(k.clone()),
        _ => None,
    }
}

/// Reads the answer from the fields, or the errors to show.
pub fn lees_antwoord(
    vraag: &Vraag,
    tekst: &str,
    gekozen: Option<&str>,
    aangevinkt: &[String],
    kinderen: &[(usize, String)],
) -> Result<Antwoord, Vec<Fout>> {
    let een = |veld: String, tekst: String| Err(vec![Fout { veld, tekst }]);
    let antwoord = match vraag.soort {
        Soort::JaNee => match gekozen {
            Some("ja") => Antwoord::JaNee(true),
            Some("nee") => Antwoord::JaNee(false),
            _ => return een(optie_id(vraag, 0), t("Kies ja of nee.")),
        },
        Soort::Keuze => match gekozen {
            Some(k) => Antwoord::Keuze(k.to_string()),
            None => return een(optie_id(vraag, 0), t("Kies een van de antwoorden.")),
        },
        Soort::Meerkeuze => {
            if aangevinkt.is_empty() {
                return een(optie_id(vraag, 0), t("Kies ten minste één antwoord."));
            }
            // Keep the order of the file, whatever order they were ticked in.
            let gekozen: Vec<String> = vraag
                .opties
                .iter()
                .filter(|o| aangevinkt.contains(&o.waarde))
                .map(|o| o.waarde.clone())
                .collect();
            Antwoord::Meerkeuze(gekozen)
        }
        Soort::Getal => match lees_getal(vraag, tekst) {
            Ok(n) => Antwoord::Getal(n),
            Err(e) => return een(veld_id(vraag), e),
        },
        Soort::Bedrag if tekst.trim().is_empty() && vraag.weet_ik_niet.is_some() => {
            return een(veld_id(vraag), leeg_bedrag())
        }
        Soort::Bedrag => match parse_bedrag(tekst) {
            Ok(b) => Antwoord::Bedrag(b),
            Err(e) => return een(veld_id(vraag), e),
        },
        Soort::Leeftijden => {
            let mut fouten = Vec::new();
            let mut leeftijden = Vec::new();
            // Empty rows are left out: all rows empty means no children. One row may hold several ages ("3 en 9").
            for (i, (sleutel, invoer)) in kinderen.iter().enumerate() {
                if invoer.trim().is_empty() {
                    continue;
                }
                match lees_kinderen(i + 1, invoer) {
                    Ok(n) => leeftijden.extend(n),
                    Err(e) => fouten.push(Fout {
                        veld: kind_id(*sleutel),
                        tekst: e,
                    }),
                }
            }
            if !fouten.is_empty() {
                return Err(fouten);
            }
            Antwoord::Leeftijden(leeftijden)
        }
    };
    if answer_fits(vraag, &antwoord) {
        Ok(antwoord)
    } else {
        let veld = match vraag.soort {
            Soort::Getal | Soort::Bedrag => veld_id(vraag),
            Soort::Leeftijden => kinderen
                .first()
                .map(|(s, _)| kind_id(*s))
                .unwrap_or_default(),
            _ => optie_id(vraag, 0),
        };
        let tekst = match (vraag.soort, vraag.min, vraag.max) {
            (Soort::Bedrag, _, _) => t("Vul een bedrag in van 0 euro of meer, bijvoorbeeld 1250."),
            (_, Some(min), Some(max)) => van_tot(min, max),
            _ => t("Dit antwoord past niet bij de vraag. Kies een ander antwoord."),
        };
        een(veld, tekst)
    }
}

fn van_tot(min: i64, max: i64) -> String {
    tf(
        "Vul een getal in van {min} tot en met {max}.",
        &[("min", &min.to_string()), ("max", &max.to_string())],
    )
}

/// An example that fits the question's range, for error messages.
fn voorbeeld(vraag: &Vraag) -> i64 {
    let (min, max) = (vraag.min.unwrap_or(0), vraag.max.unwrap_or(i64::MAX));
    let gewenst = if vraag.id.contains("leeftijd") { 35 } else { 2 };
    gewenst.clamp(min, max.max(min))
}

/// Strips what people naturally type around a whole number: spaces, a word after it ("35 jaar", "3 lata", "35
/// years"), a trailing dot.
fn kaal(invoer: &str) -> String {
    let cijfers = westerse_cijfers(invoer);
    let kaal = zonder_schatting(&cijfers).trim().to_lowercase();
    let cijfers = kaal.len() - kaal.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &kaal[cijfers..];
    if cijfers > 0
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '.')
    {
        return kaal[..cijfers].to_string();
    }
    kaal.trim_end_matches('.').trim().to_string()
}

/// A whole number for a `getal` question, within its `min`/`max`.
pub fn lees_getal(vraag: &Vraag, invoer: &str) -> Result<i64, String> {
    let getal = kaal(invoer);
    let voorbeeld = voorbeeld(vraag).to_string();
    let v = [("voorbeeld", voorbeeld.as_str())];
    if getal.is_empty() {
        return Err(tf("Vul een getal in, bijvoorbeeld {voorbeeld}.", &v));
    }
    if !getal.chars().all(|c| c.is_ascii_digit()) {
        return Err(tf(
            "Vul alleen cijfers in, zonder letters of komma, bijvoorbeeld {voorbeeld}.",
            &v,
        ));
    }
    let Ok(n) = getal.parse::<i64>() else {
        return Err(tf(
            "Dit getal is te groot. Vul een getal in, bijvoorbeeld {voorbeeld}.",
            &v,
        ));
    };
    match (vraag.min, vraag.max) {
        (Some(min), Some(max)) if n < min || n > max => Err(van_tot(min, max)),
        (Some(min), None) if n < min => Err(tf(
            "Vul een getal in van {min} of meer.",
            &[("min", &min.to_string())],
        )),
        (None, Some(max)) if n > max => Err(tf(
            "Vul een getal in van {max} of minder.",
            &[("max", &max.to_string())],
        )),
        _ => Ok(n),
    }
}

/// The ages in one child's field: one age, or several as people write them in one go ("3 en 9", "3, 9",
/// "3 jaar en 9 jaar"); `nummer` is the field's child number, for the message.
pub fn lees_kinderen(nummer: usize, invoer: &str) -> Result<Vec<u32>, String> {
    let klein = westerse_cijfers(invoer).to_lowercase();
    // "3 en 9", also with the word for "and" of the language in use ("3 and 9").
    let en_woord = t("en").to_lowercase();
    let mut lijst = klein
        .replace(" en ", ",")
        .replace(&format!(" {en_woord} "), ",");
    // Arabic writes "and" (و) against the next word ("3 و9"); a word in Latin letters only between spaces.
    if !en_woord.chars().any(|c| c.is_ascii_alphabetic()) {
        lijst = lijst.replace(en_woord.as_str(), ",");
    }
    let mut leeftijden = Vec::new();
    for deel in lijst
        .split([',', ';', '&', '+', '/'])
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        // "3 9" is two ages; "3 jaar" is one.
        // A word after an age ("jaar", "years") is not an age.
        let woorden: Vec<&str> = deel
            .split_whitespace()
            .filter(|w| !w.chars().all(char::is_alphabetic))
            .collect();
        if woorden.len() > 1
            && woorden
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_digit()))
        {
            for w in woorden {
                leeftijden.push(lees_kind(nummer + leeftijden.len(), w)?);
            }
        } else {
            leeftijden.push(lees_kind(nummer + leeftijden.len(), deel)?);
        }
    }
    if leeftijden.is_empty() {
        return Err(tf(
            "Vul de leeftijd van kind {nummer} in met cijfers, bijvoorbeeld 8. Kies 'Kind toevoegen' voor het volgende kind.",
            &[("nummer", &nummer.to_string())],
        ));
    }
    Ok(leeftijden)
}

/// The age of child number `nummer` (1-based).
pub fn lees_kind(nummer: usize, invoer: &str) -> Result<u32, String> {
    let leeftijd = kaal(invoer);
    let n = [("nummer", nummer.to_string())];
    let n: Vec<(&str, &str)> = n.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if leeftijd.is_empty() {
        return Err(tf(
            "Vul de leeftijd van kind {nummer} in, bijvoorbeeld 8. Is het kind jonger dan 1 jaar? Vul dan 0 in.",
            &n,
        ));
    }
    match leeftijd.parse::<u32>() {
        Ok(j) if j <= MAX_KIND_LEEFTIJD => Ok(j),
        Ok(_) => Err(tf(
            "Vul voor kind {nummer} een leeftijd in van 0 tot en met {max} jaar.",
            &[("nummer", n[0].1), ("max", &MAX_KIND_LEEFTIJD.to_string())],
        )),
        Err(_) => Err(tf(
            "Vul de leeftijd van kind {nummer} in met cijfers, bijvoorbeeld 8.",
            &n,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            uitleg_als: Vec::new(),
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
        // In another language, and with the digits of an Arabic keyboard.
        assert_eq!(lees_getal(&v, "35 years"), Ok(35));
        assert_eq!(lees_getal(&v, "٣٥"), Ok(35));
        assert_eq!(lees_kinderen(1, "٣، ٩"), Ok(vec![3, 9]));
        assert_eq!(lees_kinderen(1, "3 lata i 9 lat"), Ok(vec![3, 9]));
    }

    #[test]
    fn childrens_ages_say_which_child() {
        assert_eq!(lees_kind(1, "0"), Ok(0));
        assert_eq!(lees_kind(2, "12 jaar"), Ok(12));
        assert!(lees_kind(3, "40").is_err_and(|e| e.contains("kind 3")));
        assert!(lees_kind(2, "acht").is_err_and(|e| e.contains("kind 2") && e.contains("cijfers")));
    }

    #[test]
    fn earlier_answers_fill_the_fields_again_as_typed() {
        assert_eq!(begintekst(Some(&Antwoord::Getal(35))), "35");
        assert_eq!(
            begintekst(Some(&Antwoord::Bedrag(Decimal::new(130050, 2)))),
            "1.300,50"
        );
        assert_eq!(begintekst(Some(&Antwoord::WeetIkNiet)), "");
        assert_eq!(
            begin_keuze(Some(&Antwoord::JaNee(false))).as_deref(),
            Some("nee")
        );
        assert_eq!(
            begin_keuze(Some(&Antwoord::Keuze("x".into()))).as_deref(),
            Some("x")
        );
        assert_eq!(begin_keuze(None), None);
        let mut v = vraag("partner", None, None);
        v.soort = Soort::JaNee;
        assert_eq!(
            keuzes(&v),
            [
                ("ja".to_string(), "Ja".to_string()),
                ("nee".to_string(), "Nee".to_string())
            ]
        );
    }

    #[test]
    fn each_kind_of_question_reads_its_fields_or_says_what_to_fix_where() {
        let mut v = vraag("partner", None, None);
        v.soort = Soort::JaNee;
        let lees = |v: &Vraag, gekozen: Option<&str>| lees_antwoord(v, "", gekozen, &[], &[]);
        assert_eq!(lees(&v, Some("ja")), Ok(Antwoord::JaNee(true)));
        let fout = Fout {
            veld: "pw-veld-partner-0".to_string(),
            tekst: "Kies ja of nee.".to_string(),
        };
        assert_eq!(lees(&v, None), Err(vec![fout]));

        let mut leeftijd = vraag("leeftijd", Some(16), Some(120));
        assert_eq!(
            lees_antwoord(&leeftijd, "35 jaar", None, &[], &[]),
            Ok(Antwoord::Getal(35))
        );
        leeftijd.soort = Soort::Bedrag;
        assert_eq!(
            lees_antwoord(&leeftijd, "1.300,50", None, &[], &[]),
            Ok(Antwoord::Bedrag(Decimal::new(130050, 2)))
        );
        assert!(lees_antwoord(&leeftijd, "veel", None, &[], &[])
            .is_err_and(|f| f.len() == 1 && f[0].veld == "pw-veld-leeftijd"));

        // Children: empty rows are skipped, every wrong row gets its own error at its own field.
        let mut kinderen = vraag("kinderen", None, None);
        kinderen.soort = Soort::Leeftijden;
        let rijen = |r: &[(usize, &str)]| {
            r.iter()
                .map(|(s, t)| (*s, t.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lees_antwoord(
                &kinderen,
                "",
                None,
                &[],
                &rijen(&[(0, "4"), (3, " "), (5, "9 jaar")])
            ),
            Ok(Antwoord::Leeftijden(vec![4, 9]))
        );
        assert_eq!(
            lees_antwoord(&kinderen, "", None, &[], &rijen(&[(0, ""), (1, "")])),
            Ok(Antwoord::Leeftijden(Vec::new()))
        );
        let fouten = lees_antwoord(&kinderen, "", None, &[], &rijen(&[(2, "x"), (7, "99")]))
            .err()
            .unwrap_or_default();
        assert_eq!(
            fouten.iter().map(|f| f.veld.as_str()).collect::<Vec<_>>(),
            ["pw-kind-2", "pw-kind-7"]
        );
        assert!(fouten[1].tekst.contains("kind 2"));
        assert_eq!(fout_id(&kind_id(2)), "pw-fout-pw-kind-2");
    }

    #[test]
    fn multiple_choices_keep_the_files_order() {
        let r = crate::wizard::testdata::regels();
        let Some(v) = r.vragen.iter().find(|v| v.soort == Soort::Meerkeuze) else {
            return;
        };
        let waarden: Vec<String> = v.opties.iter().map(|o| o.waarde.clone()).collect();
        let omgekeerd: Vec<String> = waarden.iter().rev().cloned().collect();
        assert_eq!(
            lees_antwoord(v, "", None, &omgekeerd, &[]),
            Ok(Antwoord::Meerkeuze(waarden))
        );
        assert!(lees_antwoord(v, "", None, &[], &[])
            .is_err_and(|f| f[0].tekst == "Kies ten minste één antwoord."));
    }

    #[test]
    fn several_ages_in_one_field_are_read_as_several_children() {
        assert_eq!(lees_kinderen(1, "3 en 9"), Ok(vec![3, 9]));
        assert_eq!(lees_kinderen(1, "3, 9"), Ok(vec![3, 9]));
        assert_eq!(lees_kinderen(1, "3 9"), Ok(vec![3, 9]));
        assert_eq!(lees_kinderen(1, "3 jaar en 9 jaar"), Ok(vec![3, 9]));
        assert_eq!(lees_kinderen(2, "14"), Ok(vec![14]));
        assert!(lees_kinderen(2, "veertien").is_err_and(|e| e.contains("kind 2")));
        assert!(lees_kinderen(1, "3 en negen").is_err_and(|e| e.contains("kind 2")));
        let mut v = vraag("kinderen", None, None);
        v.soort = Soort::Leeftijden;
        let rijen = [
            (0, "3 en 9".to_string()),
            (1, String::new()),
            (2, "15".to_string()),
        ];
        assert_eq!(
            lees_antwoord(&v, "", None, &[], &rijen),
            Ok(Antwoord::Leeftijden(vec![3, 9, 15]))
        );
    }
}
