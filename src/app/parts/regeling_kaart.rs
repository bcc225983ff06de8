//! One regulation on the list: what it gives, why it fits, how to apply (one next step), what to bring, by
//! when, and who helps. All texts come from the regulations file and are rendered as text.

use super::contact::{Bel, HulpKort};
use crate::app::handle::use_wizard;
use crate::rules::vertaling::{t, tf};
use crate::rules::{Status, Uitkomst};
use crate::wizard::actie;
use crate::wizard::lijst::{artikel_achter, MAX_DOCUMENTEN};
use crate::wizard::tekst::{en_lijst, tel_link, veilige_link};
use leptos::prelude::*;

fn lijst(items: Vec<String>) -> impl IntoView {
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

/// A regulation card. `gedeeld`: opened from a hand-over link, so there are no answers and no reasons.
#[component]
pub fn RegelingKaart(u: Uitkomst, #[prop(optional)] gedeeld: bool) -> impl IntoView {
    let klasse = format!("pw-regeling pw-regeling--{}", u.status.as_str());
    let onvertaald = use_wizard()
        .regels
        .with_untracked(|r| r.onvertaald.contains(&format!("regeling.{}", u.id)));
    let kop_id = format!("pw-regeling-{}", u.id);
    // The engine says each reason in full ("Dat weten we nog niet: ..." for unknowns), in its own order.
    let redenen: Vec<(String, Option<String>)> = if gedeeld {
        Vec::new()
    } else {
        u.redenen
            .iter()
            .map(|r| (r.tekst.clone(), artikel_achter(r)))
            .collect()
    };
    let misschien = !gedeeld && u.status == Status::Misschien;
    let hangt_af = (misschien && !u.hangt_af_van.is_empty()).then(|| {
        tf(
            "Dat hangt af van {wat}.",
            &[("wat", &en_lijst(&u.hangt_af_van))],
        )
    });
    let ook_kop = if u.gemeente.is_some() {
        t("De gemeente kijkt ook naar:")
    } else {
        tf(
            "{aanbieder} kijkt ook naar:",
            &[("aanbieder", &u.aanbieder)],
        )
    };
    let ook = u.ook_bekeken.clone();
    let a = u.aanvragen.clone();
    let link = a.link.as_deref().and_then(veilige_link);
    let link_tekst = link.as_deref().map(|l| actie::link_tekst(&u.aanbieder, l));
    let documenten: Vec<String> = a.documenten.iter().take(MAX_DOCUMENTEN).cloned().collect();
    let bron = veilige_link(&u.bron);
    let heeft_aanvragen = link.is_some() || a.telefoon.is_some() || a.balie.is_some();

    let bijna: Vec<String> = if gedeeld {
        Vec::new()
    } else {
        u.bijna.iter().map(|b| b.tekst.clone()).collect()
    };
    // One action in view, looking like a button: the link, else the phone, else the counter; the rest is one
    // tap away.
    let actie = match (link.clone(), a.telefoon.clone(), a.balie.clone()) {
        (Some(href), _, _) => view! {
            <a href=href class="pw-knop pw-knop--secundair pw-actieknop" rel="noopener noreferrer">
                {link_tekst.clone()}
            </a>
        }
        .into_any(),
        (None, Some(t), _) => {
            let href = tel_link(&t);
            view! { <a href=href class="pw-knop pw-knop--secundair pw-actieknop pw-tel">{actie::bel_tekst(&t)}</a> }
                .into_any()
        }
        (None, None, Some(b)) => view! { <span>{b}</span> }.into_any(),
        (None, None, None) => ().into_any(),
    };
    let meer_naam = format!(": {}", u.naam);

    view! {
        <li class=klasse data-regeling=u.id.clone()>
            <h3 id=kop_id>{u.naam.clone()}</h3>
            {onvertaald.then(|| view! {
                <p class="pw-onvertaald">
                    {t("Deze tekst is nog niet vertaald. U leest hier de Nederlandse tekst.")}
                </p>
            })}
            {u.bedrag.clone().map(|b| view! { <p class="pw-geeft">{b}</p> })}
            {hangt_af.map(|t| view! { <p><strong>{t}</strong></p> })}
            {heeft_aanvragen.then(|| view! { <p class="pw-actie">{actie}</p> })}
            <details class="pw-meer">
                <summary>{t("Meer over deze regeling")}<span class="pw-sr-only">{meer_naam}</span></summary>
                <p>{u.uitleg.clone()}</p>
                <p class="pw-aanbieder">{u.aanbieder.clone()}</p>
                {(!redenen.is_empty()).then(|| {
                    let kop = if misschien { t("Waarom dit misschien past:") } else { t("Waarom dit bij u past:") };
                    view! { <h4 class="pw-niet-print">{kop}</h4> <ul class="pw-redenen pw-niet-print">{redenen.into_iter().map(|(tekst, artikel)| view! {
                        <li>{tekst}{artikel.map(|a| view! { <span class="pw-klein pw-artikel">{a}</span> })}</li>
                    }).collect_view()}</ul> }
                })}
                {(!bijna.is_empty()).then(|| view! { <div class="pw-niet-print pw-bijna">{lijst(bijna)}</div> })}
                {(!ook.is_empty()).then(|| view! { <div class="pw-niet-print"><h4>{ook_kop}</h4> {lijst(ook)}</div> })}
                <div class="pw-stappen">
                    {heeft_aanvragen.then(|| view! {
                        <h4>{t("Zo vraagt u het aan:")}</h4>
                        <ul class="pw-aanvragen">
                            {link.zip(link_tekst).map(|(href, tekst)| view! { <li><a href=href rel="noopener noreferrer">{tekst}</a></li> })}
                            {a.telefoon.clone().map(|tel| view! { <li><Bel telefoon=tel/></li> })}
                            {a.balie.clone().map(|b| view! { <li>{b}</li> })}
                        </ul>
                    })}
                    {(!documenten.is_empty()).then(|| view! { <h4>{t("Neem mee:")}</h4> {lijst(documenten)} })}
                    {a.termijn.clone().map(|wanneer| view! { <p><strong>{t("Wanneer:")}</strong> " " {wanneer}</p> })}
                    <HulpKort hulp=u.hulp.clone()/>
                </div>
                {bron.map(|href| {
                    let label = tf("Officiële regels van {naam}", &[("naam", &u.naam)]);
                    view! { <p class="pw-klein pw-niet-print"><a href=href rel="noopener noreferrer">{label}</a></p> }
                })}
            </details>
        </li>
    }
}
