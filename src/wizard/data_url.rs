//! A data: URL for an image made on the device (the hand-over QR code): percent-encoded so that it holds no
//! character that could end an attribute or start markup.

/// Percent-encodes everything except unreserved characters and a few that are safe in a data: URL.
pub fn procent(s: &str) -> String {
    let mut uit = String::with_capacity(s.len() + s.len() / 4);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b' '
            | b'/'
            | b'='
            | b':'
            | b',' => uit.push(char::from(b)),
            _ => uit.push_str(&format!("%{b:02X}")),
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_fragments_are_encoded_and_plain_text_stays() {
        let svg = r##"<?xml version="1.0"?><svg fill="#000000"><rect width="4"/></svg>"##;
        let uit = procent(svg);
        assert!(
            !uit.contains('<') && !uit.contains('>') && !uit.contains('"') && !uit.contains('#')
        );
        assert!(
            uit.starts_with("%3C%3Fxml version=%221.0%22%3F%3E"),
            "{uit}"
        );
        assert_eq!(procent("abc-_.~ /=:,"), "abc-_.~ /=:,");
    }
}
