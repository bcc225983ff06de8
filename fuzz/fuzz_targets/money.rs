//! The Dutch money parser: never panics, and whatever it accepts formats and parses back to the same amount.
#![no_main]
use libfuzzer_sys::fuzz_target;
use potjeswijzer::rules::{format_bedrag, parse_bedrag};

fuzz_target!(|text: &str| {
    if let Ok(bedrag) = parse_bedrag(text) {
        assert!(!bedrag.is_sign_negative());
        let formatted = format_bedrag(bedrag);
        assert_eq!(parse_bedrag(&formatted), Ok(bedrag.round_dp(2).normalize()), "{text} -> {formatted}");
    }
});
