//! The outcome on the one page for professionals: every regulation with its status, and every condition held,
//! failed or unknown with its legal ground. It follows the answers; a screen reader hears a short summary once
//! the worker pauses, not on every keystroke.

use crate::app::dom;
use crate::app::handle::ByPointer;
use crate::app::parts::gemeente_laden::GemeenteLaden;
use crate::rules::vertaling::{t, tf};
use crate::rules::{Status, Uitkomst, Uitslag};
use crate::wizard::hulpverlener::{bijna_teksten, samenvatting, status_tekst, voorwaarde_rijen};
use crate::wizard::tekst::en_lijst;
use leptos::prelude::*;
use std::time::Duration;

/// How long the answers must stay unchanged before the new outcome is announced.
const STIL: Duration = Duration::from_millis(1500);

fn regeling(u: Uitkomst) -> impl IntoView {
    let status = u.status;
    let rijen = voorwaarde_rijen(&u.redenen);
    let hangt_af = (status == Status::Misschien && !u.hangt_af_van.is_empty()).then(|| {
        tf(
            "Dat hangt af van {wat}.",
            &[("wat", &en_lijst(&u.hangt_af_van))],
        )
    });
    // NEAR MISSES: filled once the engine gives them (see `bijna_teksten`).
    let bijna = bijna_teksten(&u);
    view! {
        <li class=format!("pw-regeling pw-regeling--{}", status.as_str())
            data-regeling=u.id.clone() data-status=status.as_str()>
            <h4>{u.naam.clone()}</h4>
            <p class="pw-status"><strong>{status_tekst(status)}</strong> " · " {u.aanbieder.clone()}</p>
            {u.bedrag.clone().map(|b| view! { <p class="pw-geeft">{b}</p> })}
            {hangt_af.map(|t| view! { <p>{t}</p> })}
            <ul class="pw-voorwaarden">
                {rijen.into_iter().map(|r| view! {
                    <li data-voorwaarde=r.status.as_str()>
                        <strong class="pw-voorwaarde-label">{r.label} ": "</strong>
                        <span class="pw-voorwaarde-tekst">{r.tekst}</span>
                        {r.artikel.map(|a| view! { " " <span class="pw-klein pw-artikel">{format!("({a})")}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {(!bijna.is_empty()).then(|| view! {
                <p class="pw-bijna-kop"><strong>{t("Wat zou het veranderen?")}</strong></p>
                <ul class="pw-bijna">{bijna.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}

fn groep(status: Status, alle: &[Uitkomst]) -> impl IntoView {
    let deze: Vec<Uitkomst> = alle
        .iter()
        .filter(|u| u.status == status)
        .cloned()
        .collect();
    let kop_id = format!("pw-alles-{}-kop", status.as_str());
    (!deze.is_empty()).then(|| {
        view! {
            <h3 id=kop_id.clone()>{format!("{} ({})", status_tekst(status), deze.len())}</h3>
            <ul class="pw-alles-regelingen" aria-labelledby=kop_id.clone()>
                {deze.into_iter().map(regeling).collect_view()}
            </ul>
        }
    })
}

#[component]
pub fn UitslagOverzicht(uitslag: Memo<ByPointer<Uitslag>>, gemaakt: String) -> impl IntoView {
    let zin = Memo::new(move |_| uitslag.with(|u| samenvatting(&u.0)));
    let gezegd = RwSignal::new(String::new());
    let klok = StoredValue::new(None::<TimeoutHandle>);
    // An effect: it keeps a timer (outside the reactive system) so the announcement waits for a pause.
    Effect::new(move |vorige: Option<String>| {
        let nu = zin.get();
        if vorige.is_some_and(|v| v != nu) {
            if let Some(oud) = klok.get_value() {
                oud.clear();
            }
            let tekst = nu.clone();
            let nieuw = set_timeout_with_handle(move || gezegd.set(tekst), STIL).ok();
            klok.set_value(nieuw);
        }
        nu
    });
    on_cleanup(move || {
        if let Some(oud) = klok.get_value() {
            oud.clear();
        }
    });
    let normen = move || {
        uitslag.with(|u| {
            u.0.normen_van.map(|d| {
                tf(
                    "Gerekend met de bedragen die gelden vanaf {datum}.",
                    &[("datum", &d.nl())],
                )
            })
        })
    };

    view! {
        <section class="pw-alles-uitslag" aria-labelledby="pw-uitslag-kop">
            <h2 id="pw-uitslag-kop" tabindex="-1">{t("Uitslag")}</h2>
            <p class="pw-sr-only" role="status" aria-live="polite">{move || gezegd.get()}</p>
            <p class="pw-alleen-print">{gemaakt}</p>
            <p class="pw-alles-telling">{move || zin.get()}</p>
            <p class="pw-besluit">{t("Dit is nog geen besluit. De gemeente kijkt bij de aanvraag naar de situatie.")}</p>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--secundair" on:click=move |_| dom::afdrukken()>
                    {t("Afdrukken")}
                </button>
            </div>
            <GemeenteLaden/>
            <p class="pw-klein">{normen}</p>
            {move || {
                let u = uitslag.get().0;
                view! {
                    {groep(Status::Ja, &u.uitkomsten)}
                    {groep(Status::Misschien, &u.uitkomsten)}
                    {groep(Status::Nee, &u.uitkomsten)}
                }
            }}
        </section>
    }
}
