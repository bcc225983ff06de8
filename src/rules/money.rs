//! Money as residents and policy officers write it: "1.234,56", "€ 1234", "1234". Always `Decimal`, never floats.

use super::vertaling::{t, tf};
use rust_decimal::{Decimal, RoundingStrategy};

/// Largest amount we accept: anything above is surely a typo.
const MAX_BEDRAG: i64 = 100_000_000;

fn voorbeeld() -> String {
    t("Vul een bedrag in, bijvoorbeeld 1250.")
}

/// Words before a number that say it is an estimate ("ongeveer 300", "ca. 300", "± 300"): estimates are fine.
const SCHATTING: [&str; 13] = [
    "ongeveer", "ong.", "circa", "ca.", "ca", "±", "+/-", "+-", "zo'n", "zo’n", "rond", "bijna",
    "ruim",
];

/// Digits as Dutch forms read them: Arabic-Indic (٣) and Persian (۳) digits as 0-9, the Arabic comma (،) and
/// decimal separator (٫) as a comma, so a resident can type numbers the way their keyboard writes them.
pub fn westerse_cijfers(invoer: &str) -> String {
    invoer
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (u32::from(c) - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (u32::from(c) - 0x6F0) as u8),
            '،' | '٫' => ',',
            '٬' => '.',
            c => c,
        })
        .collect()
}

/// The number without an estimate word in front: "ongeveer 300" becomes "300".
pub fn zonder_schatting(invoer: &str) -> &str {
    let t = invoer.trim();
    for woord in SCHATTING {
        if let Some(kop) = t.get(..woord.len()) {
            if kop.eq_ignore_ascii_case(woord) {
                return t[woord.len()..].trim_start();
            }
        }
    }
    t
}

/// Parses a Dutch (or plain) amount in euros; an estimate word in front is fine. The error says, in Dutch, how
/// to fix the input.
pub fn parse_bedrag(invoer: &str) -> Result<Decimal, String> {
    let cijfers = westerse_cijfers(invoer);
    let mut s: String = zonder_schatting(&cijfers)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    s = s.trim_start_matches('€').to_string();
    for suffix in [",--", ",-", ".-", "euro", "eur", "€"] {
        if s.to_lowercase().ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
        }
    }
    if s.is_empty() {
        return Err(voorbeeld());
    }
    if s.starts_with('-') {
        return Err(t("Vul een bedrag van 0 of meer in, zonder minteken."));
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(format!(
            "{} {}",
            t("Gebruik alleen cijfers, een punt of een komma."),
            voorbeeld()
        ));
    }
    let (geheel, centen) = split_decimals(&s).ok_or_else(|| {
        format!(
            "{} {}",
            tf(
                "'{invoer}' is geen bedrag dat we kunnen lezen.",
                &[("invoer", invoer.trim())]
            ),
            voorbeeld()
        )
    })?;
    let tekst = if centen.is_empty() {
        geheel
    } else {
        format!("{geheel}.{centen}")
    };
    let bedrag: Decimal = tekst.parse().map_err(|_| {
        format!(
            "{} {}",
            tf("'{invoer}' is geen bedrag.", &[("invoer", invoer.trim())]),
            voorbeeld()
        )
    })?;
    if bedrag > Decimal::from(MAX_BEDRAG) {
        return Err(t("Dat bedrag is erg hoog. Kijk of het klopt."));
    }
    Ok(bedrag)
}

/// Splits into whole euros (separators removed) and cents, or `None` when the separators make no sense.
fn split_decimals(s: &str) -> Option<(String, String)> {
    let (voor, na) = match s.rfind(',') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => match s.rfind('.') {
            // one dot followed by one or two digits is a decimal point ("12.50")
            Some(i) if s.matches('.').count() == 1 && (1..=2).contains(&(s.len() - i - 1)) => {
                (&s[..i], &s[i + 1..])
            }
            _ => (s, ""),
        },
    };
    if voor.contains(',') || na.contains('.') || na.contains(',') || na.len() > 2 {
        return None;
    }
    if s.rfind(',').is_some() && na.is_empty() {
        return None;
    }
    let groepen: Vec<&str> = voor.split('.').collect();
    let groups_ok = groepen.len() == 1
        || (!groepen[0].is_empty()
            && groepen[0].len() <= 3
            && groepen[1..].iter().all(|g| g.len() == 3));
    if voor.is_empty() && na.is_empty() || !groups_ok {
        return None;
    }
    let geheel: String = if voor.is_empty() {
        "0".to_string()
    } else {
        groepen.concat()
    };
    Some((geheel, na.to_string()))
}

/// "€ 1.234,56"; whole amounts without cents: "€ 1.300".
pub fn format_bedrag(bedrag: Decimal) -> String {
    let afgerond = bedrag.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let negatief = afgerond.is_sign_negative() && !afgerond.is_zero();
    let abs = afgerond.abs();
    let geheel = abs.trunc();
    let centen = ((abs - geheel) * Decimal::from(100)).trunc();
    let mut tekst = format!("€ {}", thousands(&geheel.to_string()));
    if !centen.is_zero() {
        tekst.push_str(&format!(",{:0>2}", centen.to_string()));
    }
    if negatief {
        tekst.insert(0, '-');
    }
    tekst
}

/// Rounded to whole euros ("€ 1.561"): for guidance in question texts, not for exact limits.
pub fn format_bedrag_rond(bedrag: Decimal) -> String {
    format_bedrag(bedrag.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
}

fn thousands(cijfers: &str) -> String {
    let mut uit = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
            uit.push('.');
        }
        uit.push(c);
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn reads_the_ways_residents_write_amounts() {
        for (invoer, verwacht) in [
            ("1.234,56", "1234.56"),
            ("€ 1234", "1234"),
            ("1234", "1234"),
            ("€1.234", "1234"),
            ("1234,5", "1234.5"),
            ("12.50", "12.50"),
            ("1.300.000", "1300000"),
            ("250,-", "250"),
            (" 1 250 ", "1250"),
            (",50", "0.50"),
        ] {
            assert_eq!(parse_bedrag(invoer), Ok(d(verwacht)), "{invoer}");
        }
    }

    #[test]
    fn estimates_are_fine() {
        for invoer in [
            "ongeveer 300",
            "Ongeveer 300",
            "ong. 300",
            "ca. 300",
            "ca 300",
            "circa € 300",
            "± 300",
            "+/- 300",
            "zo'n 300",
            "rond 300",
            "bijna 300",
            "ruim 300 euro",
        ] {
            assert_eq!(parse_bedrag(invoer), Ok(d("300")), "{invoer}");
        }
        assert_eq!(zonder_schatting("  300 "), "300");
        assert_eq!(zonder_schatting("€"), "€");
        assert!(parse_bedrag("ongeveer").is_err());
    }

    #[test]
    fn explains_what_is_wrong() {
        for invoer in [
            "", "abc", "12,345", "1.23.4", "1,2,3", "-5", "12,", "1.2345",
        ] {
            let fout = parse_bedrag(invoer).unwrap_err();
            assert!(
                fout.contains("bedrag") || fout.contains("cijfers"),
                "{invoer}: {fout}"
            );
        }
    }

    #[test]
    fn formats_in_dutch_notation() {
        assert_eq!(format_bedrag(d("1234.56")), "€ 1.234,56");
        assert_eq!(format_bedrag(d("1300")), "€ 1.300");
        assert_eq!(format_bedrag(d("1560.7320")), "€ 1.560,73");
        assert_eq!(format_bedrag(d("0.5")), "€ 0,50");
        assert_eq!(format_bedrag_rond(d("1560.732")), "€ 1.561");
        assert_eq!(format_bedrag(d("999")), "€ 999");
    }

    #[test]
    fn formatted_amounts_parse_back() {
        for s in ["0", "7.05", "1234.56", "1000000", "15540"] {
            assert_eq!(parse_bedrag(&format_bedrag(d(s))), Ok(d(s)));
        }
    }
}
