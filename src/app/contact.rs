//! Contacts and links. Every text from the regulations file is rendered as text; a link from the file is only
//! used when it starts with https:// (or becomes a tel: link built from the digits of a phone number).

use crate::rules::Hulp;
use leptos::prelude::*;

/// A `tel:` link for a Dutch phone number as written in the file ("050 367 91 91", "14 050").
pub fn tel_link(telefoon: &str) -> String {
    let cijfers: String = telefoon
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{cijfers}")
}

/// The link itself when it is a web address we may open; anything else is not rendered as a link.
pub fn veilige_link(link: &str) -> Option<String> {
    let link = link.trim();
    (link.starts_with("https://") || link.starts_with("http://")).then(|| link.to_string())
}

/// "a", "a en b", "a, b en c".
pub fn en_lijst(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [voor @ .., laatste] => format!("{} en {laatste}", voor.join(", ")),
    }
}

/// A phone number as a tel: link.
#[component]
pub fn Telefoon(telefoon: String) -> impl IntoView {
    let href = tel_link(&telefoon);
    view! { <a href=href class="pw-tel">{telefoon}</a> }
}

/// Who helps: name, phone (with hours), website and desk.
#[component]
pub fn Contact(hulp: Hulp) -> impl IntoView {
    let Hulp {
        naam,
        telefoon,
        tijden,
        link,
        balie,
    } = hulp;
    let link = link.as_deref().and_then(veilige_link);
    view! {
        <div class="pw-contact">
            <p>
                <strong>{naam.clone()}</strong>
                {telefoon.map(|t| view! { <br/> "Bel " <Telefoon telefoon=t/> "." })}
                {tijden.map(|t| view! { <br/> <span class="pw-klein">{t}</span> })}
            </p>
            {link.map(|href| {
                let label = format!("Website van {naam}");
                view! { <p><a href=href rel="noopener noreferrer">{label}</a></p> }
            })}
            {balie.map(|b| view! { <p>{b}</p> })}
        </div>
    }
}

/// Who helps with applying, on one line: the name and one way to reach them.
#[component]
pub fn HulpKort(hulp: Hulp) -> impl IntoView {
    let Hulp {
        naam,
        telefoon,
        tijden,
        link,
        balie,
    } = hulp;
    let link = link.as_deref().and_then(veilige_link);
    let bereik = match (telefoon, link, balie) {
        (Some(t), _, _) => {
            view! { " Bel " <Telefoon telefoon=t/> "." {tijden.map(|t| format!(" {t}"))} }
                .into_any()
        }
        (None, Some(href), _) => {
            let label = format!("Website van {naam}");
            view! { " " <a href=href rel="noopener noreferrer">{label}</a> }.into_any()
        }
        (None, None, Some(b)) => view! { " " {b} }.into_any(),
        (None, None, None) => ().into_any(),
    };
    view! {
        <p class="pw-hulpregel">
            <strong>"Hulp bij aanvragen: "</strong>
            {naam.clone()}
            "."
            {bereik}
        </p>
    }
}
