//! The sections of the workbench: messages at their source line, the example households, the limits table, the
//! reach chart and the comparison with the published files. Each draws what `werkbank` and the engine computed.

use super::Staat;
use crate::rules::bereik::{bereik, klif_zin, svg};
use crate::rules::verschil::{verschil, verschil_tekst};
use crate::rules::{format_bedrag, grenzen, Datum, Regels};
use crate::werkbank::{bronregel, Ernst, Melding, GEPUBLICEERD};
use crate::wizard::data_url::procent;
use leptos::prelude::*;
use std::sync::Arc;

fn regels(staat: Staat) -> Option<Arc<Regels>> {
    staat
        .uitslag
        .with(|u| u.as_ref().and_then(|u| u.regels.clone()).map(Arc::new))
}

/// The source line of a message, the word at its column marked.
fn bron(staat: Staat, m: &Melding) -> Option<impl IntoView> {
    let regel = m.regel?;
    let tekst = if m.bestand == GEPUBLICEERD {
        staat.gepubliceerd.get_untracked()?
    } else {
        staat.geopend.with_untracked(|g| {
            g.iter()
                .find(|i| i.naam == m.bestand)
                .map(|i| i.tekst.clone())
        })?
    };
    let lijn: Vec<char> = bronregel(&tekst, regel)?.chars().collect();
    let kolom = m.kolom.unwrap_or(1).saturating_sub(1).min(lijn.len());
    let eind = lijn[kolom..]
        .iter()
        .position(|c| c.is_whitespace() || *c == '=')
        .map_or(lijn.len(), |n| kolom + n.max(1));
    let deel = |a: usize, b: usize| lijn[a..b.max(a)].iter().collect::<String>();
    Some(view! {
        <pre class="bh-bron" tabindex="0"><code>
            <span class="bh-regelnummer">{format!("{regel:>4} | ")}</span>
            {deel(0, kolom)}<mark>{deel(kolom, eind)}</mark>{deel(eind, lijn.len())}
        </code></pre>
    })
}

#[component]
pub(super) fn Meldingen() -> impl IntoView {
    let staat = expect_context::<Staat>();
    move || {
        let uitslag = staat.uitslag.get()?;
        let samenvatting = if uitslag.goedgekeurd() {
            "Goedgekeurd: geen fouten, en alle voorbeelden kloppen.".to_string()
        } else {
            format!(
                "{} fout(en). Het bestand is niet goedgekeurd.",
                uitslag.fouten()
            )
        };
        let lijst = uitslag
            .meldingen
            .iter()
            .map(|m| {
                let klasse = match m.ernst {
                    Ernst::Fout | Ernst::B1Fout => "bh-melding bh-melding--fout",
                    _ => "bh-melding",
                };
                let plaats = match (m.regel, m.kolom) {
                    (Some(r), Some(k)) => format!(" in {}, regel {r}, kolom {k}", m.bestand),
                    (Some(r), None) => format!(" in {}, regel {r}", m.bestand),
                    _ if !m.bestand.is_empty() => format!(" in {}", m.bestand),
                    _ => String::new(),
                };
                view! {
                    <li class=klasse>
                        <p><strong>{m.ernst.woord()}</strong>{plaats}": "{m.tekst.clone()}</p>
                        {bron(staat, m)}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="bh-meldingen-kop">
                <h2 id="bh-meldingen-kop">"Controle"</h2>
                <p class="bh-samenvatting">{samenvatting}</p>
                {uitslag.b1.clone().map(|b| view! { <p>{b}</p> })}
                <ul class="bh-meldingen">{lijst}</ul>
            </section>
        })
    }
}

#[component]
pub(super) fn Voorbeelden() -> impl IntoView {
    let staat = expect_context::<Staat>();
    move || {
        let uitslag = staat.uitslag.get()?;
        let fout = uitslag
            .voorbeelden
            .iter()
            .filter(|v| !v.verschillen.is_empty())
            .count();
        let goed = uitslag.voorbeelden.len() - fout;
        let lijst = uitslag
            .voorbeelden
            .iter()
            .map(|v| {
                let oordeel = if v.verschillen.is_empty() {
                    "Goed"
                } else {
                    "Fout"
                };
                let verschillen = v
                    .verschillen
                    .iter()
                    .map(|(zin, redenen)| {
                        let redenen = redenen
                            .iter()
                            .map(|r| view! { <li>{r.clone()}</li> })
                            .collect_view();
                        view! { <li>{zin.clone()}" Dit besliste:"<ul>{redenen}</ul></li> }
                    })
                    .collect_view();
                view! {
                    <li>
                        <strong>{oordeel}": "</strong>{v.naam.clone()}
                        {format!(" ({}, regel {}, op {})", v.bestand, v.regel, v.datum.nl())}
                        <ul>{verschillen}</ul>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="bh-voorbeelden-kop">
                <h2 id="bh-voorbeelden-kop">"Voorbeeldhuishoudens"</h2>
                <p>{format!("{goed} goed, {fout} fout.")}</p>
                <ul class="bh-voorbeelden">{lijst}</ul>
            </section>
        })
    }
}

/// The date and municipality the limits table and the reach chart are for.
#[component]
fn Keuze(id: &'static str) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let gemeenten = move || {
        regels(staat)
            .map(|r| {
                r.gemeenten
                    .iter()
                    .filter(|g| !g.wacht_op_bestand())
                    .map(|g| (g.id.clone(), g.naam.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let opties = move || {
        let gekozen = staat.gemeente.get();
        gemeenten()
            .into_iter()
            .map(|(id, naam)| {
                let selected = gekozen.as_deref() == Some(id.as_str());
                view! { <option value=id selected=selected>{naam}</option> }
            })
            .collect_view()
    };
    let datum_id = format!("{id}-datum");
    let gemeente_id = format!("{id}-gemeente");
    view! {
        <div class="bh-keuze">
            <label for=datum_id.clone()>"Datum"</label>
            <input
                id=datum_id
                type="date"
                prop:value=move || staat.datum.get().to_string()
                on:change:target=move |ev| {
                    if let Ok(d) = Datum::parse(&ev.target().value()) {
                        staat.datum.set(d);
                    }
                }
            />
            <label for=gemeente_id.clone()>"Gemeente"</label>
            <select
                id=gemeente_id
                on:change:target=move |ev| {
                    let v = ev.target().value();
                    staat.gemeente.set((!v.is_empty()).then_some(v));
                }
            >
                <option value="" selected=move || staat.gemeente.get().is_none()>"Alleen landelijk"</option>
                {opties}
            </select>
        </div>
    }
}

#[component]
pub(super) fn Grenzen() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let tabel = move || {
        let r = regels(staat)?;
        let datum = staat.datum.get();
        let gemeente = staat.gemeente.get();
        let t = grenzen(&r, datum, gemeente.as_deref());
        let waar = gemeente.clone().unwrap_or_else(|| "landelijk".to_string());
        let rijen = t
            .regelingen
            .iter()
            .flat_map(|g| {
                g.bedragen.iter().map(move |b| {
                    view! {
                        <tr>
                            <th scope="row">{g.naam.clone()}</th>
                            <td>{format!("{} ({})", g.grens_naam, g.basis.nl())}</td>
                            <td>{b.huishouden}</td>
                            <td class="bh-getal">{format!("{}%", b.procent)}</td>
                            <td class="bh-getal">{format_bedrag(b.bedrag)}</td>
                        </tr>
                    }
                })
            })
            .collect_view();
        Some(view! {
            <table class="bh-tabel">
                <caption>{format!("Inkomensgrenzen op {}, {waar}: netto per maand, afgerond op centen", datum.nl())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Regeling"</th>
                        <th scope="col">"Grens"</th>
                        <th scope="col">"Huishouden"</th>
                        <th scope="col">"Procent"</th>
                        <th scope="col">"Bedrag"</th>
                    </tr>
                </thead>
                <tbody>{rijen}</tbody>
            </table>
        })
    };
    view! {
        <section aria-labelledby="bh-grenzen-kop">
            <h2 id="bh-grenzen-kop">"Inkomensgrenzen"</h2>
            <p>"Leg deze tabel naast de folder of verordening van de gemeente. Wie precies op de grens zit, komt in aanmerking."</p>
            <Keuze id="bh-grenzen"/>
            <div class="bh-scroll" tabindex="0">{tabel}</div>
        </section>
    }
}

#[component]
pub(super) fn Bereik() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let inhoud = move || {
        let r = regels(staat)?;
        let b = bereik(&r, staat.datum.get(), staat.gemeente.get().as_deref())?;
        let src = format!("data:image/svg+xml;charset=utf-8,{}", procent(&svg(&b)));
        let alt = format!(
            "Grafiek: bij welk inkomen elke regeling in {} ja of misschien is, per soort huishouden. Hieronder staat in woorden waar een regeling wegvalt.",
            b.gebied
        );
        let kliffen = b
            .panelen
            .iter()
            .map(|p| {
                let zinnen = p
                    .kliffen
                    .iter()
                    .map(|k| view! { <li>{klif_zin(k)}</li> })
                    .collect_view();
                view! { <h3>{p.huishouden.naam}</h3><ul>{zinnen}</ul> }
            })
            .collect_view();
        Some(view! {
            <div class="bh-scroll" tabindex="0"><img class="bh-grafiek" src=src alt=alt/></div>
            <details>
                <summary>"Waar een regeling wegvalt, in woorden"</summary>
                {kliffen}
            </details>
        })
    };
    view! {
        <section aria-labelledby="bh-bereik-kop">
            <h2 id="bh-bereik-kop">"Bereik"</h2>
            <p>
                "Voor soorten huishoudens met een inkomen van 0 tot 200% van de bijstandsnorm: waar elke regeling ja "
                "of misschien is, wat de regelingen samen per jaar geven, en waar een regeling wegvalt als het inkomen "
                "stijgt. Spaargeld: geen. Andere vragen zijn niet beantwoord; die maken een regeling misschien."
            </p>
            <Keuze id="bh-bereik"/>
            {inhoud}
        </section>
    }
}

#[component]
pub(super) fn Vergelijking() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let inhoud = move || {
        let nieuw = regels(staat)?;
        let Some(oud) = staat.gepubliceerde_regels() else {
            return Some(view! { <p>"Het gepubliceerde bestand kon niet worden opgehaald. Vergelijken lukt dan niet."</p> }.into_any());
        };
        let gemeente = staat.gemeente.get();
        let v = verschil(
            &oud,
            &nieuw,
            &nieuw.voorbeelden,
            staat.datum.get(),
            Some(gemeente.as_deref().unwrap_or("")),
        );
        let naam = |id: &str| {
            nieuw
                .gemeenten
                .iter()
                .find(|g| g.id == id)
                .map_or_else(|| id.to_string(), |g| g.naam.clone())
        };
        Some(view! { <pre class="bh-verschil">{verschil_tekst(&v, "gepubliceerd", "geopend", naam)}</pre> }.into_any())
    };
    view! {
        <section aria-labelledby="bh-verschil-kop">
            <h2 id="bh-verschil-kop">"Vergelijking met het gepubliceerde bestand"</h2>
            <p>"Wat verandert er voor de voorbeeldhuishoudens en de soorten huishoudens als u dit bestand publiceert? Dit kunt u in de nota aan de wethouder zetten."</p>
            {inhoud}
        </section>
    }
}
