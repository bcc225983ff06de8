//! The list: outcomes grouped as ja / misschien / nee, the check-your-answers rows, and the hand-over link that
//! carries only neutral codes of the regulations (no names such as "schuldhulpmaatje" in an address bar).

use super::hulp::gemeente_van;
use super::tekst::en_lijst;
use crate::rules::vertaling::{t, tf};
use crate::rules::{
    describe_answer, question_text, Antwoorden, Datum, Reden, Regels, Status, Uitkomst, Uitslag,
};

/// At most this many documents on a card: more is a barrier, not help.
pub const MAX_DOCUMENTEN: usize = 3;

/// The outcomes split by status, in file order.
#[derive(Clone, Debug, Default)]
pub struct Groepen {
    pub ja: Vec<Uitkomst>,
    pub misschien: Vec<Uitkomst>,
    pub nee: Vec<Uitkomst>,
}

pub fn groepen(uitslag: &Uitslag) -> Groepen {
    let mut g = Groepen::default();
    for u in &uitslag.uitkomsten {
        match u.status {
            Status::Ja => g.ja.push(u.clone()),
            Status::Misschien => g.misschien.push(u.clone()),
            Status::Nee => g.nee.push(u.clone()),
        }
    }
    g
}

/// Everything the "misschien" group depends on, without repeats: "uw inkomen en uw spaargeld".
pub fn hangt_af_van(misschien: &[Uitkomst]) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for u in misschien {
        for o in &u.hangt_af_van {
            if !uit.contains(o) {
                uit.push(o.clone());
            }
        }
    }
    uit
}

/// At most this many things in the "misschien" heading; more reads as a wall of words (review P14).
const MAX_IN_KOP: usize = 3;

/// The heading of the "misschien" group: "Misschien: dat hangt af van uw inkomen, uw spaargeld, uw huur en meer".
pub fn misschien_kop(delen: &[String]) -> String {
    match delen {
        [] => t("Misschien"),
        _ if delen.len() > MAX_IN_KOP => tf(
            "Misschien: dat hangt af van {wat} en meer",
            &[("wat", &delen[..MAX_IN_KOP].join(", "))],
        ),
        _ => tf(
            "Misschien: dat hangt af van {wat}",
            &[("wat", &en_lijst(delen))],
        ),
    }
}

/// The first reason why a regulation does not fit, as one sentence.
pub fn reden_nee(u: &Uitkomst) -> String {
    u.redenen
        .iter()
        .find(|r| r.status == Status::Nee)
        .map(|r| r.tekst.clone())
        .unwrap_or_else(|| t("Dit past nu waarschijnlijk niet bij uw situatie."))
}

/// The legal ground after a reason, as " (artikel 35 Participatiewet)": for professionals, shown small. `None`
/// when the file names none.
pub fn artikel_achter(r: &Reden) -> Option<String> {
    let a = r.artikel.as_deref()?.trim();
    (!a.is_empty()).then(|| format!(" ({a})"))
}

/// The regulations named in the link, in the link's order; unknown or ended ones are left out. A link holds
/// neutral codes (`code_voor`); links made before the codes hold regulation ids, and still work.
pub fn gedeelde_uitkomsten(alle: &[Uitkomst], codes: &[String]) -> Vec<Uitkomst> {
    codes
        .iter()
        .filter_map(|c| {
            alle.iter()
                .find(|u| &u.id == c || code_voor(&u.id) == *c)
                .cloned()
        })
        .collect()
}

/// A regulation's code in a hand-over link: six or fewer letters and digits that do not show what it is
/// ("humanitas_thuisadministratie" becomes something like "k3x9am"). It follows from the id alone (FNV-1a,
/// 30 bits, base 36), so it stays the same as long as the id does, also in other regulations files.
pub fn code_voor(id: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let mut n = h & 0x3fff_ffff;
    let mut uit = Vec::new();
    loop {
        let cijfer = (n % 36) as u8;
        uit.push(if cijfer < 10 {
            b'0' + cijfer
        } else {
            b'a' + cijfer - 10
        });
        n /= 36;
        if n == 0 {
            break;
        }
    }
    uit.reverse();
    String::from_utf8(uit).unwrap_or_default()
}

/// One row: the question as asked, the answer in words, and whether it can be changed here.
#[derive(Clone, Debug, PartialEq)]
pub struct AntwoordRegel {
    pub id: String,
    pub vraag: String,
    pub antwoord: String,
    pub wijzigbaar: bool,
}

/// The answers on the path in the order they were asked; preset answers first and not changeable.
pub fn antwoord_regels(
    regels: &Regels,
    vragen: &[String],
    geldig: &Antwoorden,
    vast: &Antwoorden,
    datum: Datum,
) -> Vec<AntwoordRegel> {
    let mut uit = Vec::new();
    if let Some(gemeente) = gemeente_van(vast) {
        let naam = regels
            .gemeenten
            .iter()
            .find(|g| g.id == gemeente)
            .map_or(gemeente, |g| g.naam.clone());
        uit.push(AntwoordRegel {
            id: "gemeente".to_string(),
            vraag: t("Uw gemeente"),
            antwoord: naam,
            wijzigbaar: false,
        });
    }
    for id in vragen {
        let (Some(vraag), Some(antwoord)) =
            (regels.vragen.iter().find(|v| &v.id == id), geldig.get(id))
        else {
            continue;
        };
        uit.push(AntwoordRegel {
            id: id.clone(),
            vraag: question_text(regels, vraag, geldig, datum).tekst,
            antwoord: describe_answer(vraag, antwoord),
            wijzigbaar: true,
        });
    }
    uit
}

/// The regulation ids in a hand-over fragment such as `#lijst=groningen_stadjerspas,zorgtoeslag`.
/// Returns `None` when the fragment is not a list link; unknown or malformed ids are left out.
pub fn lijst_uit_fragment(fragment: &str) -> Option<Vec<String>> {
    let rest = fragment.trim_start_matches('#');
    let ids = rest
        .split('&')
        .find_map(|deel| deel.strip_prefix("lijst="))?;
    let mut uit: Vec<String> = Vec::new();
    for id in ids.split(',') {
        let id = id.trim();
        let geldig = !id.is_empty()
            && id.len() <= 80
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if geldig && !uit.iter().any(|u| u == id) {
            uit.push(id.to_string());
        }
    }
    Some(uit)
}

/// The municipality in a hand-over fragment (`#lijst=...&gemeente=groningen`), so that the phone that opens it
/// fetches that municipality's own file (the codes of its regulations are only known from it).
pub fn gemeente_uit_fragment(fragment: &str) -> Option<String> {
    let g = fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|deel| deel.strip_prefix("gemeente="))?;
    let geldig = !g.is_empty()
        && g.len() <= 80
        && g.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    geldig.then(|| g.to_string())
}

/// The hand-over fragment for a list of regulation ids: their neutral codes, and the municipality when one of
/// them is its own.
pub fn fragment_voor(ids: &[String], gemeente: Option<&str>) -> String {
    let codes: Vec<String> = ids.iter().map(|id| code_voor(id)).collect();
    match gemeente {
        Some(g) => format!("#lijst={}&gemeente={g}", codes.join(",")),
        None => format!("#lijst={}", codes.join(",")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{evaluate, Antwoord};
    use crate::wizard::pad::pad;
    use crate::wizard::testdata::{alleenstaande, datum, regels};

    #[test]
    fn fragment_round_trip_and_hostile_input() {
        let ids = vec![
            "groningen_stadjerspas".to_string(),
            "zorgtoeslag".to_string(),
        ];
        let codes: Vec<String> = ids.iter().map(|id| code_voor(id)).collect();
        assert_eq!(
            lijst_uit_fragment(&fragment_voor(&ids, None)),
            Some(codes.clone())
        );
        let met = fragment_voor(&ids, Some("groningen"));
        assert_eq!(lijst_uit_fragment(&met), Some(codes));
        assert_eq!(gemeente_uit_fragment(&met).as_deref(), Some("groningen"));
        assert_eq!(gemeente_uit_fragment("#lijst=a&gemeente=../x"), None);
        assert_eq!(gemeente_uit_fragment("#lijst=a"), None);
        assert_eq!(lijst_uit_fragment("#iets"), None);
        assert_eq!(
            lijst_uit_fragment("#lijst=a,<script>,a,,B,c_1"),
            Some(vec!["a".to_string(), "c_1".to_string()])
        );
    }

    fn reden(artikel: Option<&str>) -> Reden {
        Reden {
            status: Status::Ja,
            tekst: "Uw inkomen is laag.".to_string(),
            artikel: artikel.map(str::to_string),
        }
    }

    #[test]
    fn the_legal_ground_follows_the_reason_in_brackets() {
        assert_eq!(
            artikel_achter(&reden(Some("artikel 35 Participatiewet"))).as_deref(),
            Some(" (artikel 35 Participatiewet)")
        );
        assert_eq!(
            artikel_achter(&reden(Some("  artikel 36 lid 1 Participatiewet "))).as_deref(),
            Some(" (artikel 36 lid 1 Participatiewet)")
        );
        assert_eq!(artikel_achter(&reden(None)), None);
        assert_eq!(artikel_achter(&reden(Some("  "))), None);
        // Text, never markup: the UI renders it as a text node.
        assert_eq!(
            artikel_achter(&reden(Some("<b>x</b>"))).as_deref(),
            Some(" (<b>x</b>)")
        );
    }

    #[test]
    fn the_list_keeps_file_order_within_each_group_and_names_each_unknown_once() {
        let r = regels();
        let mut a = alleenstaande();
        a.insert("inkomen".into(), Antwoord::Bedrag(1300.into()));
        let uitslag = evaluate(&r, &a, datum());
        let g = groepen(&uitslag);
        assert_eq!(
            g.ja.len() + g.misschien.len() + g.nee.len(),
            uitslag.uitkomsten.len()
        );
        let volgorde = |groep: &[Uitkomst]| {
            groep
                .iter()
                .map(|u| uitslag.uitkomsten.iter().position(|x| x.id == u.id))
                .collect::<Vec<_>>()
        };
        for groep in [&g.ja, &g.misschien, &g.nee] {
            let v = volgorde(groep);
            assert!(v.windows(2).all(|p| p[0] < p[1]), "{v:?}");
        }
        assert!(g.ja.iter().all(|u| u.status == Status::Ja));
        assert!(g.nee.iter().all(|u| u.status == Status::Nee));
        let delen = hangt_af_van(&g.misschien);
        assert!(delen
            .iter()
            .enumerate()
            .all(|(i, d)| !delen[..i].contains(d)));
        for u in &g.misschien {
            assert!(u.hangt_af_van.iter().all(|d| delen.contains(d)));
        }
        // Each "nee" gives one sentence.
        for u in &g.nee {
            assert!(!reden_nee(u).is_empty());
        }
    }

    #[test]
    fn link_codes_are_short_neutral_and_distinct_for_every_regulation() {
        let r = regels();
        let alle = evaluate(&r, &Antwoorden::new(), datum()).uitkomsten;
        let mut codes: Vec<String> = alle.iter().map(|u| code_voor(&u.id)).collect();
        for (u, c) in alle.iter().zip(&codes) {
            assert!(c.len() <= 6 && !c.is_empty(), "{c}");
            assert!(c
                .chars()
                .all(|x| x.is_ascii_lowercase() || x.is_ascii_digit()));
            assert!(!u.id.contains(c.as_str()) && !c.contains("voedsel"), "{c}");
        }
        let fragment = fragment_voor(&alle.iter().map(|u| u.id.clone()).collect::<Vec<_>>(), None);
        for woord in ["schuld", "voedsel", "humanitas", "groningen", "leiden", "_"] {
            assert!(!fragment.contains(woord), "{fragment}");
        }
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), alle.len(), "two regulations share a code");
        assert_eq!(code_voor("zorgtoeslag"), code_voor("zorgtoeslag"));
        // A link read back gives the same regulations, in its order.
        let ids = vec![alle[1].id.clone(), alle[0].id.clone()];
        let terug = lijst_uit_fragment(&fragment_voor(&ids, None)).unwrap_or_default();
        let lijst = gedeelde_uitkomsten(&alle, &terug);
        assert_eq!(lijst.iter().map(|u| u.id.clone()).collect::<Vec<_>>(), ids);
    }

    #[test]
    fn a_shared_list_shows_known_regulations_in_the_links_order() {
        let r = regels();
        let alle = evaluate(&r, &Antwoorden::new(), datum()).uitkomsten;
        let (eerste, tweede) = (alle[0].id.clone(), alle[1].id.clone());
        let ids = vec![tweede.clone(), "bestaat_niet".to_string(), eerste.clone()];
        let lijst = gedeelde_uitkomsten(&alle, &ids);
        assert_eq!(
            lijst.iter().map(|u| u.id.clone()).collect::<Vec<_>>(),
            [tweede, eerste]
        );
    }

    #[test]
    fn the_check_page_says_every_answer_back_with_a_preset_municipality_first() {
        let r = regels();
        let mut vast = Antwoorden::new();
        vast.insert("gemeente".into(), Antwoord::Keuze("leiden".into()));
        let mut a = alleenstaande();
        a.remove("gemeente");
        let p = pad(&r, &a, &vast, datum());
        let rijen = antwoord_regels(&r, &p.vragen, &p.geldig, &vast, datum());
        assert_eq!(rijen[0].id, "gemeente");
        assert_eq!(rijen[0].vraag, "Uw gemeente");
        assert_eq!(rijen[0].antwoord, "Leiden");
        assert!(!rijen[0].wijzigbaar);
        // The open question has no answer yet, so it is not on the page.
        assert_eq!(
            rijen
                .iter()
                .skip(1)
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ["leeftijd", "partner"]
        );
        assert!(rijen
            .iter()
            .skip(1)
            .all(|r| r.wijzigbaar && !r.antwoord.is_empty()));
    }

    #[test]
    fn the_misschien_heading_names_at_most_three_things() {
        let d = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(misschien_kop(&[]), "Misschien");
        assert_eq!(
            misschien_kop(&d(&["uw inkomen", "uw spaargeld"])),
            "Misschien: dat hangt af van uw inkomen en uw spaargeld"
        );
        assert_eq!(
            misschien_kop(&d(&[
                "uw gemeente",
                "uw leeftijd",
                "uw inkomen",
                "uw spaargeld"
            ])),
            "Misschien: dat hangt af van uw gemeente, uw leeftijd, uw inkomen en meer"
        );
    }
}
