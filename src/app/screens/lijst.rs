//! The list: what probably fits (ja), what may fit and what that depends on (misschien), and, folded away,
//! what probably does not fit now with one reason each (nee: a result, never an error). It always ends with
//! where to get help anyway, and with the hand-over.

use crate::app::dom;
use crate::app::handle::use_wizard;
use crate::app::parts::antwoorden_lijst::AntwoordenLijst;
use crate::app::parts::gemeente_laden::GemeenteLaden;
use crate::app::parts::hulp_altijd::HulpAltijd;
use crate::app::parts::overdracht::{Afdrukken, Overdracht};
use crate::app::parts::plan_kop::PlanKop;
use crate::app::parts::regeling_kaart::RegelingKaart;
use crate::app::parts::wissen::Wissen;
use crate::rules::plan;
use crate::rules::vertaling::{t, tf};
use crate::wizard::hulp::hulp_regels;
use crate::wizard::lijst::{groepen, hangt_af_van, misschien_kop, reden_nee};
use crate::wizard::nee_groep::nee_lijst;
use crate::wizard::plan::{eerste_stap, ics, in_volgorde, samenvatting};
use crate::wizard::stap::{Modus, Stap};
use crate::wizard::tekst::kop_lijst;
use leptos::prelude::*;

#[component]
pub fn Lijst() -> impl IntoView {
    let w = use_wizard();
    let print_antwoorden = RwSignal::new(false);
    let print_nee = RwSignal::new(false);
    let samen = w.modus.get_untracked() == Some(Modus::Samen);
    let uitslag = w.uitslag.get_untracked().0;
    let regels = w.regels();
    // The plan: what to do first and by when; the cards and the hand-over follow its order.
    let stappen = plan(&regels, &uitslag, w.datum);
    let mut g = groepen(&uitslag);
    g.ja = in_volgorde(g.ja, &stappen);
    g.misschien = in_volgorde(g.misschien, &stappen);
    let plan_samen = samenvatting(&uitslag);
    let eerste: Vec<String> = stappen.iter().take(3).map(eerste_stap).collect();
    let agenda = ics(&stappen, w.datum);
    let hulp = hulp_regels(&regels, w.gemeente().as_deref(), w.datum);
    let ids: Vec<String> = stappen.iter().map(|s| s.id.clone()).collect();
    let gemeente =
        g.ja.iter()
            .chain(g.misschien.iter())
            .find_map(|u| u.gemeente.clone());

    let normen = uitslag.normen_van.map(|d| {
        tf(
            "Wij rekenden met de bedragen die gelden vanaf {datum}.",
            &[("datum", &d.nl())],
        )
    });
    let bekeken = tf(
        "Deze informatie is voor het laatst nagekeken op {datum}.",
        &[("datum", &regels.meta.laatst_bekeken.nl())],
    );
    let misschien_kop = misschien_kop(&hangt_af_van(&g.misschien));
    let niets = g.ja.is_empty() && g.misschien.is_empty();
    let aantal_nee = g.nee.len();
    let heeft_nee = aantal_nee > 0;
    let gemaakt = tf("Gemaakt op {datum}.", &[("datum", &w.datum.nl())]);
    // Review P8: without children under 18, the children's regulations are one line.
    let nee = w
        .pad
        .with_untracked(|p| nee_lijst(&regels, &p.geldig, std::mem::take(&mut g.nee)));
    let kinderen_regel = nee.kinderen_regel();
    let gevouwen: Vec<String> = nee.voor_kinderen.iter().map(|u| u.id.clone()).collect();
    let mut nee_print: Vec<(String, String)> = nee
        .overig
        .iter()
        .map(|u| (u.naam.clone(), reden_nee(u)))
        .collect();
    if let Some((titel, reden, _)) = &kinderen_regel {
        nee_print.push((titel.clone(), reden.clone()));
    }
    let klasse = move || {
        let mut k = String::from("pw-scherm pw-lijst");
        if print_antwoorden.get() {
            k.push_str(" pw--print-antwoorden");
        }
        if print_nee.get() {
            k.push_str(" pw--print-nee");
        }
        k
    };

    view! {
        <section class=klasse aria-labelledby="pw-lijst-kop">
            <button type="button" class="pw-terug" on:click=move |_| w.naar(Stap::Controle)>
                {t("Terug naar uw antwoorden")}
            </button>
            <h1 id="pw-lijst-kop" class="pw-kop" tabindex="-1" data-pw-kop="">{kop_lijst()}</h1>
            <p class="pw-alleen-print">{gemaakt}</p>
            {samen.then(|| view! {
                <div class="pw-overdracht-balk pw-niet-print" role="group" aria-label=t("Lijst meegeven")>
                    <Afdrukken print_antwoorden print_nee primair=true heeft_nee plek=""/>
                    <p><a href="#pw-overdracht" on:click=move |ev| {
                        ev.prevent_default();
                        dom::focus_id_later("pw-overdracht-kop".to_string());
                    }>{t("Naar de QR-code")}</a></p>
                </div>
            })}
            <p class="pw-besluit">{t("Dit is nog geen besluit. De gemeente kijkt bij uw aanvraag naar uw situatie.")}</p>
            <GemeenteLaden/>

            {(!niets).then(|| view! { <PlanKop samenvatting=plan_samen stappen=eerste agenda/> })}
            {niets.then(|| view! {
                <p>
                    {t("We vonden nu geen regeling die waarschijnlijk bij u past. Dat kan veranderen als uw situatie verandert. Hieronder staat waar u toch hulp kunt krijgen.")}
                </p>
            })}
            {(!g.ja.is_empty()).then(|| view! {
                <h2 id="pw-ja-kop">{t("Dit past waarschijnlijk bij u")}</h2>
                <ul class="pw-regelingen" aria-labelledby="pw-ja-kop">
                    {g.ja.into_iter().map(|u| view! { <RegelingKaart u/> }).collect_view()}
                </ul>
            })}
            {(!g.misschien.is_empty()).then(|| view! {
                <h2 id="pw-misschien-kop">{misschien_kop}</h2>
                <p>{t("Vraag deze regelingen toch aan. Of vraag om hulp. De gemeente zoekt dan uit of ze bij u passen.")}</p>
                <ul class="pw-regelingen" aria-labelledby="pw-misschien-kop">
                    {g.misschien.into_iter().map(|u| view! { <RegelingKaart u/> }).collect_view()}
                </ul>
            })}
            {(aantal_nee > 0).then(|| view! {
                <details class="pw-niet-passend" open=samen>
                    <summary>{tf("Past nu waarschijnlijk niet ({n})", &[("n", &aantal_nee.to_string())])}</summary>
                    <p>{t("Verandert uw situatie? Kijk dan nog eens. Bijvoorbeeld als uw inkomen lager wordt.")}</p>
                    <ul>
                        {nee.overig
                            .into_iter()
                            .map(|u| {
                                let reden = reden_nee(&u);
                                let bijna: Vec<String> = u.bijna.iter().map(|b| b.tekst.clone()).collect();
                                view! {
                                    <li data-regeling=u.id.clone()>
                                        <strong>{u.naam}</strong>
                                        <br/>
                                        {reden}
                                        {bijna
                                            .into_iter()
                                            .map(|b| view! { <span class="pw-bijna"><br/>{b}</span> })
                                            .collect_view()}
                                    </li>
                                }
                            })
                            .collect_view()}
                        {kinderen_regel.clone().map(|(titel, reden, namen)| view! {
                            <li class="pw-gevouwen" data-gevouwen=gevouwen.join(" ")>
                                <strong>{titel}</strong>
                                <br/>
                                {reden}
                                <br/>
                                <span class="pw-klein">{namen}</span>
                            </li>
                        })}
                    </ul>
                </details>
            })}

            {(aantal_nee > 0).then(|| view! {
                <section class="pw-print-nee" aria-hidden="true">
                    <h2>{t("Wat nu waarschijnlijk niet past")}</h2>
                    <ul>
                        {nee_print
                            .into_iter()
                            .map(|(naam, reden)| view! { <li><strong>{naam}</strong>": "{reden}</li> })
                            .collect_view()}
                    </ul>
                </section>
            })}
            <HulpAltijd regels=hulp/>
            // The dates of the figures at the end, not above the first result (review P11).
            <section class="pw-over-lijst" aria-labelledby="pw-over-lijst-kop">
                <h2 id="pw-over-lijst-kop">{t("Over deze lijst")}</h2>
                {normen.map(|n| view! { <p class="pw-klein">{n}</p> })}
                <p class="pw-klein">{bekeken}</p>
            </section>
            <section class="pw-print-antwoorden" aria-labelledby="pw-print-antwoorden-kop">
                <h2 id="pw-print-antwoorden-kop">{t("Uw antwoorden")}</h2>
                <AntwoordenLijst/>
            </section>
            <Overdracht ids gemeente print_antwoorden print_nee samen heeft_nee/>
            {if samen {
                view! { <Wissen label=t("Klaar? Wis alles van dit apparaat")/> }.into_any()
            } else {
                view! { <Wissen/> }.into_any()
            }}
        </section>
    }
}
