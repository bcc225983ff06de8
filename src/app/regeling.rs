//! One regulation on the list: what it gives, why it fits, how to apply (one next step), what to bring, by
//! when, and who helps. All texts come from the regulations file and are rendered as text.

use super::contact::{en_lijst, veilige_link, HulpKort, Telefoon};
use crate::rules::{Reden, Status, Uitkomst};
use leptos::prelude::*;

/// At most this many documents: more is a barrier, not help.
const MAX_DOCUMENTEN: usize = 3;

/// The first reason why a regulation does not fit, as one sentence.
pub fn reden_nee(u: &Uitkomst) -> String {
    u.redenen
        .iter()
        .find(|r| r.status == Status::Nee)
        .map(|r| r.tekst.clone())
        .unwrap_or_else(|| "Dit past nu waarschijnlijk niet bij uw situatie.".to_string())
}

/// The legal ground after a reason, as " (artikel 35 Participatiewet)": for professionals, shown small. `None`
/// when the file names none.
pub fn artikel_achter(r: &Reden) -> Option<String> {
    let a = r.artikel.as_deref()?.trim();
    (!a.is_empty()).then(|| format!(" ({a})"))
}

fn lijst(items: Vec<String>) -> impl IntoView {
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

/// A regulation card. `gedeeld`: opened from a hand-over link, so there are no answers and no reasons.
#[component]
pub fn RegelingKaart(u: Uitkomst, #[prop(optional)] gedeeld: bool) -> impl IntoView {
    let klasse = format!("pw-regeling pw-regeling--{}", u.status.as_str());
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
    let hangt_af = (misschien && !u.hangt_af_van.is_empty())
        .then(|| format!("Dat hangt af van {}.", en_lijst(&u.hangt_af_van)));
    let ook_kop = if u.gemeente.is_some() {
        "De gemeente kijkt ook naar:".to_string()
    } else {
        format!("{} kijkt ook naar:", u.aanbieder)
    };
    let ook = u.ook_bekeken.clone();
    let a = u.aanvragen.clone();
    let link = a.link.as_deref().and_then(veilige_link);
    let link_tekst = format!("Vraag {} aan", u.naam);
    let documenten: Vec<String> = a.documenten.iter().take(MAX_DOCUMENTEN).cloned().collect();
    let bron = veilige_link(&u.bron);
    let heeft_aanvragen = link.is_some() || a.telefoon.is_some() || a.balie.is_some();

    view! {
        <li class=klasse data-regeling=u.id.clone()>
            <h3 id=kop_id>{u.naam.clone()}</h3>
            <p class="pw-aanbieder">{u.aanbieder.clone()}</p>
            <p>{u.uitleg.clone()}</p>
            {u.bedrag.clone().map(|b| view! { <p class="pw-geeft">{b}</p> })}
            {hangt_af.map(|t| view! { <p><strong>{t}</strong></p> })}
            {(!redenen.is_empty()).then(|| {
                let kop = if misschien { "Waarom dit misschien past:" } else { "Waarom dit bij u past:" };
                view! { <h4 class="pw-niet-print">{kop}</h4> <ul class="pw-redenen pw-niet-print">{redenen.into_iter().map(|(tekst, artikel)| view! {
                    <li>{tekst}{artikel.map(|a| view! { <span class="pw-klein pw-artikel">{a}</span> })}</li>
                }).collect_view()}</ul> }
            })}
            {(!ook.is_empty()).then(|| view! { <div class="pw-niet-print"><h4>{ook_kop}</h4> {lijst(ook)}</div> })}
            <div class="pw-stappen">
                {heeft_aanvragen.then(|| view! {
                    <h4>"Zo vraagt u het aan:"</h4>
                    <ul class="pw-aanvragen">
                        {link.map(|href| view! { <li><a href=href rel="noopener noreferrer">{link_tekst}</a></li> })}
                        {a.telefoon.clone().map(|t| view! { <li>"Bel " <Telefoon telefoon=t/> "."</li> })}
                        {a.balie.clone().map(|b| view! { <li>{b}</li> })}
                    </ul>
                })}
                {(!documenten.is_empty()).then(|| view! { <h4>"Neem mee:"</h4> {lijst(documenten)} })}
                {a.termijn.clone().map(|t| view! { <p><strong>"Wanneer: "</strong>{t}</p> })}
                <HulpKort hulp=u.hulp.clone()/>
            </div>
            {bron.map(|href| {
                let label = format!("Regels van {} (bron)", u.naam);
                view! { <p class="pw-klein pw-niet-print"><a href=href rel="noopener noreferrer">{label}</a></p> }
            })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reden(artikel: Option<&str>) -> Reden {
        Reden {
            status: Status::Ja,
            tekst: "Uw inkomen is laag.".to_string(),
            artikel: artikel.map(str::to_string),
        }
    }

    #[test]
    fn the_legal_ground_follows_the_reason_in_brackets() {
        assert_eq!(
            artikel_achter(&reden(Some("artikel 35 Participatiewet"))).as_deref(),
            Some(" (artikel 35 Participatiewet)")
        );
        assert_eq!(
            artikel_achter(&reden(Some("  artikel 36 lid 1 Participatiewet "))).as_deref(),
            Some(" (artikel 36 lid 1 Participatiewet)")
        );
        assert_eq!(artikel_achter(&reden(None)), None);
        assert_eq!(artikel_achter(&reden(Some("  "))), None);
        // Text, never markup: the UI renders it as a text node.
        assert_eq!(
            artikel_achter(&reden(Some("<b>x</b>"))).as_deref(),
            Some(" (<b>x</b>)")
        );
    }
}
