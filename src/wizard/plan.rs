//! The list as a plan: a short summary on top (how many fit, what they are worth together, honest about what is
//! unknown), the first steps, the regulations in the plan's order, and a calendar file with only regulation names
//! and dates (no answers) for the resident's own calendar.

use crate::rules::vertaling::{t, tf};
use crate::rules::{format_bedrag_rond, Datum, PlanStap, Status, Uitkomst, Uitslag};
use rust_decimal::Decimal;

/// "2 regelingen", "1 regeling".
fn regelingen(n: usize) -> String {
    if n == 1 {
        t("1 regeling")
    } else {
        tf("{n} regelingen", &[("n", &n.to_string())])
    }
}

/// The summary sentences above the plan.
pub fn samenvatting(uitslag: &Uitslag) -> Vec<String> {
    let ja: Vec<&Uitkomst> = uitslag
        .uitkomsten
        .iter()
        .filter(|u| u.status == Status::Ja)
        .collect();
    let misschien = uitslag
        .uitkomsten
        .iter()
        .filter(|u| u.status == Status::Misschien)
        .count();
    let mut uit = Vec::new();
    match ja.len() {
        0 => {}
        1 => uit.push(t("1 regeling past waarschijnlijk bij u.")),
        n => uit.push(tf(
            "{n} regelingen passen waarschijnlijk bij u.",
            &[("n", &n.to_string())],
        )),
    }
    let bedragen: Vec<Decimal> = ja.iter().filter_map(|u| u.per_jaar).collect();
    if bedragen.is_empty() && !ja.is_empty() {
        uit.push(t(
            "Hoeveel u samen krijgt, weten we niet. Bij deze regelingen staat geen vast bedrag per jaar.",
        ));
    }
    if !bedragen.is_empty() {
        let samen: Decimal = bedragen.iter().sum();
        let zonder = ja.len() - bedragen.len();
        let mut zin = tf(
            "Samen ongeveer {bedrag} per jaar.",
            &[("bedrag", &format_bedrag_rond(samen))],
        );
        if zonder > 0 {
            zin.push(' ');
            zin.push_str(&tf(
                "Bij {regelingen} staat geen bedrag per jaar: die komen er nog bij.",
                &[("regelingen", &regelingen(zonder))],
            ));
        }
        uit.push(zin);
    }
    match misschien {
        0 => {}
        1 => uit.push(t("1 regeling past misschien.")),
        n => uit.push(tf(
            "{n} regelingen passen misschien.",
            &[("n", &n.to_string())],
        )),
    }
    uit
}

/// The outcomes in the plan's order (those not in the plan keep their place after it).
pub fn in_volgorde(mut groep: Vec<Uitkomst>, plan: &[PlanStap]) -> Vec<Uitkomst> {
    groep.sort_by_key(|u| plan.iter().position(|s| s.id == u.id).unwrap_or(usize::MAX));
    groep
}

/// One step for the first steps on top: its name and when.
pub fn eerste_stap(s: &PlanStap) -> String {
    let naam = [("naam", s.naam.as_str())];
    let mut zin = match s.status {
        Status::Ja => tf("Vraag {naam} aan.", &naam),
        _ => tf("Vraag na of {naam} bij u past.", &naam),
    };
    if !s.na.is_empty() {
        zin.push(' ');
        zin.push_str(&tf(
            "Doe dit na {eerst}.",
            &[("eerst", &crate::wizard::tekst::en_lijst(&s.na))],
        ));
    }
    if let Some(w) = &s.wanneer {
        zin.push(' ');
        zin.push_str(w);
    }
    zin
}

/// Text for a calendar file: backslash, comma, semicolon and line breaks escaped (RFC 5545).
fn ics_tekst(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn ics_datum(d: Datum) -> String {
    d.to_string().replace('-', "")
}

/// A calendar file (iCalendar) with an all-day event for each step that has a date: the last day to apply, or
/// the day applying opens. Only regulation names and dates: never an answer. `None` when no step has a date.
pub fn ics(plan: &[PlanStap], vandaag: Datum) -> Option<String> {
    let mut events = String::new();
    for s in plan {
        let mut voeg_toe = |datum: Datum, wat: &str, soort: &str| {
            events.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:{}-{soort}-{}@potjeswijzer\r\nDTSTAMP:{}T000000Z\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:{}\r\nEND:VEVENT\r\n",
                s.id,
                ics_datum(datum),
                ics_datum(vandaag),
                ics_datum(datum),
                ics_tekst(&format!("{wat}: {}", s.naam))
            ));
        };
        if let Some(d) = s.open_vanaf {
            voeg_toe(d, &t("Vanaf vandaag aanvragen"), "open");
        }
        if let Some(d) = s.uiterlijk {
            voeg_toe(d, &t("Laatste dag om aan te vragen"), "uiterlijk");
        }
    }
    (!events.is_empty()).then(|| {
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Potjeswijzer//NL\r\nCALSCALE:GREGORIAN\r\n{events}END:VCALENDAR\r\n")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{evaluate, plan, Antwoord};
    use crate::wizard::testdata::regels;

    fn d(j: i32, m: u32, dag: u32) -> Datum {
        Datum::new(j, m, dag).unwrap_or_else(|| panic!("date"))
    }

    /// A couple in Leiden on a low income, renting, on 30 November 2026.
    fn leiden() -> crate::rules::Antwoorden {
        let mut a = crate::rules::Antwoorden::new();
        a.insert("gemeente".into(), Antwoord::Keuze("leiden".into()));
        a.insert("leeftijd".into(), Antwoord::Getal(40));
        a.insert("partner".into(), Antwoord::JaNee(true));
        a.insert("leeftijd_partner".into(), Antwoord::Getal(41));
        a.insert("kinderen".into(), Antwoord::Leeftijden(vec![8]));
        a.insert(
            "inkomstenbron".into(),
            Antwoord::Meerkeuze(vec!["bijstand".into()]),
        );
        a.insert("student".into(), Antwoord::JaNee(false));
        a.insert("inkomen".into(), Antwoord::Bedrag(Decimal::from(1900)));
        a.insert("vermogen".into(), Antwoord::Bedrag(Decimal::from(500)));
        a.insert("huur".into(), Antwoord::Bedrag(Decimal::from(700)));
        a
    }

    #[test]
    fn the_plan_puts_toeslagen_before_bijzondere_bijstand_and_a_deadline_first() {
        let r = regels();
        let dag = d(2026, 11, 30);
        let uitslag = evaluate(&r, &leiden(), dag);
        let p = plan(&r, &uitslag, dag);
        let plek = |id: &str| p.iter().position(|s| s.id == id);
        let polis = p.iter().find(|s| s.id == "leiden_gemeentepolis");
        assert_eq!(polis.and_then(|s| s.uiterlijk), Some(d(2026, 12, 31)));
        assert_eq!(plek("leiden_gemeentepolis"), Some(0), "{p:#?}");
        if let (Some(toeslag), Some(bb)) = (plek("zorgtoeslag"), plek("leiden_bijzondere_bijstand"))
        {
            assert!(toeslag < bb, "{p:#?}");
            assert_eq!(
                p[bb].na,
                vec!["Zorgtoeslag".to_string(), "Huurtoeslag".to_string()]
            );
        } else {
            panic!("both in the plan: {p:#?}");
        }
    }

    #[test]
    fn the_calendar_file_holds_names_and_dates_and_no_answer() {
        let r = regels();
        let dag = d(2026, 11, 30);
        let p = plan(&r, &evaluate(&r, &leiden(), dag), dag);
        let ics = ics(&p, dag).unwrap_or_default();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nSUMMARY:Laatste dag om aan te vragen: Collectieve zorgverzekering voor minima"), "{ics}");
        for antwoord in ["1900", "700", "500", "leiden\r", "41", "bijstand"] {
            assert!(!ics.contains(antwoord), "{antwoord} in {ics}");
        }
        assert_eq!(super::ics(&[], dag), None);
    }

    #[test]
    fn the_summary_adds_up_what_is_known_and_says_what_is_not() {
        let r = regels();
        let dag = d(2026, 11, 30);
        let zinnen = samenvatting(&evaluate(&r, &leiden(), dag));
        assert!(
            zinnen[0].ends_with("regelingen passen waarschijnlijk bij u."),
            "{zinnen:?}"
        );
        assert!(
            zinnen
                .iter()
                .any(|z| z.starts_with("Samen ongeveer € ") && z.contains(" per jaar.")),
            "{zinnen:?}"
        );
    }
}
