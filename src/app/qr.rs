//! The hand-over QR code, made on the device with the `qrcode` crate. The SVG contains only our own markup and
//! the link (ids of regulations, never answers); it is shown through an `<img>` with a data: URL, so it can
//! never run anything and needs no inner HTML.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// A `data:image/svg+xml` URL of a QR code for `tekst`, or `None` when it does not fit in a QR code.
pub fn qr_data_url(tekst: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(tekst.as_bytes(), EcLevel::L).ok()?;
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Some(format!(
        "data:image/svg+xml;charset=utf-8,{}",
        procent(&svg)
    ))
}

/// Percent-encodes everything except unreserved characters and a few that are safe in a data: URL.
fn procent(s: &str) -> String {
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
    fn qr_is_an_encoded_svg() {
        let url = qr_data_url("http://127.0.0.1:8080/#lijst=a,b").unwrap_or_default();
        assert!(url.starts_with("data:image/svg+xml;charset=utf-8,%3C%3Fxml"));
        assert!(!url.contains('<') && !url.contains('"') && !url.contains('#'));
    }
}
