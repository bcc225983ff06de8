//! The hand-over QR code, made on the device with the `qrcode` crate. The SVG contains only our own markup and
//! the link (ids of regulations, never answers); it is shown through an `<img>` with a data: URL, so it can
//! never run anything and needs no inner HTML.

use crate::wizard::data_url::procent;
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
