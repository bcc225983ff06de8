//! Every slip a policy officer makes in TOML, with the Dutch message it must produce.

use super::*;

#[test]
fn dutch_dates_become_year_month_day() {
    assert_eq!(dutch_date("01-03-2026").as_deref(), Some("2026-03-01"));
    assert_eq!(dutch_date("1/3/2026").as_deref(), Some("2026-03-01"));
    assert_eq!(dutch_date("01.03.2026").as_deref(), Some("2026-03-01"));
    assert_eq!(dutch_date("2026-03-01"), None);
    assert_eq!(dutch_date("leiden"), None);
}

fn message(text: &str) -> String {
    match toml::de::DeTable::parse(text) {
        Ok(_) => String::new(),
        Err(e) => dutch_toml_message(text, e.span().unwrap_or(0..0), e.message()),
    }
}

#[test]
fn each_slip_names_its_fix() {
    let cases = [
        (
            "a = nee\n",
            "Schrijf true (ja) of false (nee), zonder aanhalingstekens: a = false.",
        ),
        (
            "v = { is = leiden }\n",
            "Zet tekst tussen aanhalingstekens: is = \"leiden\".",
        ),
        (
            "d = 01-03-2026\n",
            "jaar-maand-dag, zonder aanhalingstekens: d = 2026-03-01.",
        ),
        ("d = 2026-3-1\n", "twee cijfers: d = 2026-03-01."),
        ("d = 2025-02-30\n", "februari 2025 heeft 28 dagen"),
        (
            "a = \"x\nb = 1\n",
            "aanhalingsteken aan het eind: a = \"x\"",
        ),
        ("a = x\"\n", "aanhalingsteken aan het begin: a = \"x\""),
        (
            "a = 12.50\"\n",
            "aanhalingsteken aan het begin: a = \"12.50\"",
        ),
        ("a = [1 2]\n", "mist een komma tussen 1 en 2"),
        ("a = [\"x\" \"y\"]\n", "mist een komma vóór \"y\""),
        (
            "a = [1,\n  2\n\n[b]\nc = 1\n",
            "Zet ']' na het laatste onderdeel, op regel 2",
        ),
        ("[a\nb = 1\n", "Schrijf [a]"),
        (
            "a = 1\na = 2\n",
            "De sleutel 'a' staat twee keer in hetzelfde blok (ook op regel 1)",
        ),
        (
            "[a]\nb = 1\n[a]\nc = 1\n",
            "Het blok [a] staat twee keer (ook op regel 1)",
        ),
        ("a: 1\n", "Schrijf '=' in plaats van ':': a = 1."),
        ("a b = 1\n", "Schrijf a_b = 1."),
        (
            "a = 12,50\n",
            "met een punt, tussen aanhalingstekens: a = \"12.50\"",
        ),
        ("a = 1,\n", "Haal de komma aan het eind van de regel weg"),
        ("a =\n", "Na 'a =' ontbreekt de waarde"),
        ("a = \"x\"\n}\nb = 1\n", "Het teken '}' hoort hier niet"),
        ("tekst = \"x\"\ntekst.nee = \"y\"\n", "Bedoelt u tekst_nee?"),
    ];
    for (text, expected) in cases {
        let m = message(text);
        assert!(m.contains(expected), "{text:?}: {m}");
        for english in [
            "expected",
            "invalid",
            "missing",
            "unexpected",
            "key",
            "string",
        ] {
            assert!(!m.contains(english), "{text:?}: {m}");
        }
    }
}

#[test]
fn no_english_in_the_fallback() {
    let m = dutch_toml_message(
        "a = @",
        4..5,
        "unexpected thing, expected `,`, newline, `#`",
    );
    assert!(m.contains("',' of een nieuwe regel"), "{m}");
    assert!(!m.contains("expected"), "{m}");
}
