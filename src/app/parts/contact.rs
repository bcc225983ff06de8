//! Contacts and links. Every text from the regulations file is rendered as text; a link from the file is only
//! used when it starts with https:// (or becomes a tel: link built from the digits of a phone number).

use crate::rules::vertaling::{rond, t, tf};
use crate::rules::Hulp;
use crate::wizard::tekst::{tel_link, veilige_link};
use leptos::prelude::*;

/// A phone number as a tel: link.
#[component]
pub fn Telefoon(telefoon: String) -> impl IntoView {
    let href = tel_link(&telefoon);
    // Left to right also in Arabic: the groups of digits keep their order.
    view! { <a href=href class="pw-tel" dir="ltr">{telefoon}</a> }
}

/// "Bel {telefoon}." with the number as a link, in the language in use.
#[component]
pub fn Bel(telefoon: String) -> impl IntoView {
    let (voor, na) = rond(&t("Bel {telefoon}."), "{telefoon}");
    view! { {voor} <Telefoon telefoon/> {na} }
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
                {telefoon.map(|tel| view! { <br/> <Bel telefoon=tel/> })}
                {tijden.map(|t| view! { <br/> <span class="pw-klein">{t}</span> })}
            </p>
            {link.map(|href| {
                let label = tf("Naar de website van {naam}", &[("naam", &naam)]);
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
        (Some(tel), _, _) => {
            view! { " " <Bel telefoon=tel/> {tijden.map(|tijd| format!(" {tijd}"))} }.into_any()
        }
        (None, Some(href), _) => {
            let label = tf("Naar de website van {naam}", &[("naam", &naam)]);
            view! { " " <a href=href rel="noopener noreferrer">{label}</a> }.into_any()
        }
        (None, None, Some(b)) => view! { " " {b} }.into_any(),
        (None, None, None) => ().into_any(),
    };
    view! {
        <p class="pw-hulpregel">
            <strong>{t("Hulp bij aanvragen:")}</strong>
            " "
            {naam.clone()}
            "."
            {bereik}
        </p>
    }
}
