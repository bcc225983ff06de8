//! "Voor hulpverleners": all questions on one page in sections, the outcome beside them on a wide screen and
//! below them on a phone. Questions that do not apply show why instead of a field. Kept in this tab only
//! (sessionStorage), wiped with the same button as "Samen met een hulpverlener".

use crate::app::dom;
use crate::app::handle::{use_wizard, ByPointer};
use crate::app::parts::alles_veld::AllesVeld;
use crate::app::parts::uitslag_overzicht::UitslagOverzicht;
use crate::app::parts::wissen::Wissen;
use crate::rules::evaluate;
use crate::rules::vertaling::{t, tf};
use crate::wizard::hulpverlener::{geldige_antwoorden, secties, stand, Stand};
use crate::wizard::tekst::kop_alles;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Alles() -> impl IntoView {
    let w = use_wizard();
    let datum = w.datum;
    // The questions are national: a municipality's file arriving never redraws a field being typed in.
    let regels = w.regels();
    let geldig = Memo::new(move |_| {
        w.regels.with(|r| {
            w.antwoorden
                .with(|a| w.vast.with_value(|v| geldige_antwoorden(r, a, v, datum)))
        })
    });
    let uitslag = Memo::new(move |_| {
        ByPointer(Arc::new(
            w.regels.with(|r| geldig.with(|g| evaluate(r, g, datum))),
        ))
    });

    let delen = secties(&regels)
        .into_iter()
        .enumerate()
        .map(|(i, sectie)| {
            let kop_id = format!("pw-sectie-{i}");
            let vragen = sectie
                .vragen
                .iter()
                .filter_map(|id| regels.vragen.iter().find(|v| &v.id == id).cloned())
                .map(|vraag| {
                    let regels = regels.clone();
                    let v = vraag.clone();
                    let hoe = Memo::new(move |_| {
                        geldig.with(|g| w.vast.with_value(|vast| stand(&regels, &v, g, vast, datum)))
                    });
                    let naam = vraag.id.clone();
                    let vraag = StoredValue::new(vraag);
                    move || match hoe.get() {
                        Stand::Open => view! { <AllesVeld vraag=vraag.get_value()/> }.into_any(),
                        Stand::Vast(antwoord) => {
                            let tekst = vraag.with_value(|v| v.tekst.clone());
                            view! {
                                <p class="pw-alles-vraag pw-alles-vast" data-vraag=naam.clone()>
                                    <strong>{tekst}</strong> " " {antwoord}
                                </p>
                            }
                            .into_any()
                        }
                        Stand::NietNodig(reden) => {
                            let tekst = vraag.with_value(|v| v.tekst.clone());
                            view! {
                                <p class="pw-alles-vraag pw-alles-niet-nodig" data-vraag=naam.clone()>
                                    <strong>{tekst}</strong> " " <span class="pw-klein">{reden}</span>
                                </p>
                            }
                            .into_any()
                        }
                    }
                })
                .collect_view();
            view! {
                <section class="pw-alles-sectie" aria-labelledby=kop_id.clone()>
                    <h2 id=kop_id.clone()>{sectie.titel}</h2>
                    {vragen}
                </section>
            }
        })
        .collect_view();

    let naar_uitslag = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dom::focus_id_later("pw-uitslag-kop".to_string());
    };
    let gemaakt = tf("Gemaakt op {datum}.", &[("datum", &datum.nl())]);

    view! {
        <div class="pw-scherm pw-alles">
            <h1 class="pw-kop" tabindex="-1" data-pw-kop="">{kop_alles()}</h1>
            <p class="pw-niet-print">
                {t("Vul in wat u weet. De uitslag verandert meteen mee. Dit apparaat bewaart niets meer als u dit tabblad sluit.")}
            </p>
            <p class="pw-niet-print"><a href="#pw-uitslag-kop" on:click=naar_uitslag>{t("Naar de uitslag")}</a></p>
            <div class="pw-alles__kolommen">
                <div class="pw-alles-vragen">{delen}</div>
                <UitslagOverzicht uitslag gemaakt/>
            </div>
            <Wissen label=t("Klaar? Wis alles van dit apparaat")/>
        </div>
    }
}
