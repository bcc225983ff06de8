//! The top of the list: how many regulations fit and what they are worth together, the first steps in order with
//! their dates, and "Zet in mijn agenda" for a calendar file made on the device (names and dates only).

use crate::app::parts::lees_voor::LeesVoor;
use crate::rules::vertaling::t;
use crate::wizard::data_url::procent;
use leptos::prelude::*;

#[component]
pub fn PlanKop(
    samenvatting: Vec<String>,
    stappen: Vec<String>,
    /// The calendar file's text, when a step has a date.
    agenda: Option<String>,
) -> impl IntoView {
    let agenda = agenda.map(|ics| format!("data:text/calendar;charset=utf-8,{}", procent(&ics)));
    view! {
        <section class="pw-plan" aria-labelledby="pw-plan-kop" data-pw-voorlees="">
            <h2 id="pw-plan-kop" data-pw-lees="">{t("Uw plan")}</h2>
            <LeesVoor/>
            {samenvatting
                .into_iter()
                .map(|z| view! { <p class="pw-plan-samen" data-pw-lees="">{z}</p> })
                .collect_view()}
            {(!stappen.is_empty()).then(|| view! {
                <h3 data-pw-lees="">{t("Begin hiermee")}</h3>
                <ol class="pw-plan-stappen">
                    {stappen.into_iter().map(|s| view! { <li data-pw-lees="">{s}</li> }).collect_view()}
                </ol>
            })}
            {agenda.map(|href| view! {
                <p class="pw-niet-print">
                    <a class="pw-knop" href=href download="potjeswijzer.ics">{t("Zet in mijn agenda")}</a>
                    <br/>
                    <span class="pw-klein">{t("Dit maakt een bestand op dit apparaat. Er staan alleen namen en datums in. Wij versturen niets.")}</span>
                </p>
            })}
        </section>
    }
}
