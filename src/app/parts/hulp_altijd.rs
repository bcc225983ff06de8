//! "Hulp nodig?": the list always ends with where to get help anyway, so no result is a dead end. Who helps
//! is decided in `crate::wizard::hulp`; this draws it.

use super::contact::{Contact, Telefoon};
use crate::rules::vertaling::{rond, t, tf};
use crate::wizard::hulp::HulpRegel;
use leptos::prelude::*;

/// The closing section of every list.
#[component]
pub fn HulpAltijd(regels: Vec<HulpRegel>) -> impl IntoView {
    view! {
        <section class="pw-hulp" aria-labelledby="pw-hulp-kop">
            <h2 id="pw-hulp-kop">{t("Hulp nodig? U staat er niet alleen voor")}</h2>
            <ul>
                {regels
                    .into_iter()
                    .map(|r| view! {
                        <li>
                            <p>{r.wanneer}</p>
                            <Contact hulp=r.hulp/>
                        </li>
                    })
                    .collect_view()}
                <li>
                    <p>
                        {t("Ook de sociaal raadslieden in uw gemeente helpen gratis. Bijvoorbeeld met formulieren en brieven.")}
                    </p>
                </li>
            </ul>
        </section>
    }
}

/// "Liever iemand spreken? Bel {naam}: {telefoon}." around the phone link.
pub fn bel_zin(naam: &str) -> (String, String) {
    rond(
        &tf(
            "Liever iemand spreken? Bel {naam}: {telefoon}.",
            &[("naam", naam)],
        ),
        "{telefoon}",
    )
}

/// A one-line "call us" for failure screens.
#[component]
pub fn BelZin(naam: String, telefoon: Option<String>) -> impl IntoView {
    match telefoon {
        Some(tel) => {
            let (voor, na) = rond(
                &tf(
                    "Bel {naam}: {telefoon}. Zij helpen u verder.",
                    &[("naam", &naam)],
                ),
                "{telefoon}",
            );
            view! { <p>{voor} <Telefoon telefoon=tel/> {na}</p> }.into_any()
        }
        None => view! {
            <p>{tf("Neem contact op met {naam}. Zij helpen u verder.", &[("naam", &naam)])}</p>
        }
        .into_any(),
    }
}
