//! One question on the one page for professionals: radio buttons for yes/no, a select for one choice, checkboxes
//! for several, a text field for a number, an amount or children's ages; "Weet ik niet" everywhere. Every change
//! goes straight into the answers (the outcome beside it follows); a typing slip shows its message when the
//! field is left, never while typing.

use crate::app::handle::use_wizard;
use crate::rules::vertaling::t;
use crate::rules::{question_text, Antwoord, Soort, Vraag, WEET_IK_NIET_KNOP};
use crate::wizard::hulpverlener::{
    antwoord_voor_keuze, gekozen, keuzes_met_weet_niet, lees_tekstveld, tekst_voor,
};
use crate::wizard::invoer::keuzes;
use leptos::prelude::*;

/// The hint under the children's field: how to type the ages.
fn hint_kinderen() -> String {
    t("Typ de leeftijden met een komma ertussen, bijvoorbeeld: 6, 13. Geen kinderen? Typ: geen.")
}

#[component]
pub fn AllesVeld(vraag: Vraag) -> impl IntoView {
    let w = use_wizard();
    let id = format!("pw-alles-{}", vraag.id);
    let eerder = w.antwoorden.with_untracked(|a| a.get(&vraag.id).cloned());
    let tekst = w
        .pad
        .with_untracked(|p| question_text(&w.regels(), &vraag, &p.geldig, w.datum));
    let hint = match vraag.soort {
        Soort::Leeftijden => Some(hint_kinderen()),
        _ => tekst.uitleg.clone(),
    };
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let hint_view = hint
        .clone()
        .map(|h| view! { <p class="pw-hint" id=format!("{id}-hint")>{h}</p> });
    let vraag_id = StoredValue::new(vraag.id.clone());
    // Stores the answer (or removes it) only when it changes, so the outcome is not worked out again for nothing.
    let zet = move |nieuw: Option<Antwoord>| {
        let id = vraag_id.get_value();
        if w.antwoorden
            .with_untracked(|a| a.get(&id) == nieuw.as_ref())
        {
            return;
        }
        w.antwoorden.update(|a| match nieuw {
            Some(x) => {
                a.insert(id, x);
            }
            None => {
                a.remove(&id);
            }
        });
    };
    let kan_niet_weten = vraag.weet_ik_niet.is_some();

    match vraag.soort {
        Soort::JaNee => {
            let gekozen = gekozen(eerder.as_ref());
            let knoppen = keuzes_met_weet_niet(&vraag)
                .into_iter()
                .enumerate()
                .map(|(i, (waarde, label))| {
                    let rid = format!("{id}-{i}");
                    let aan = gekozen.as_deref() == Some(waarde.as_str());
                    let antwoord = antwoord_voor_keuze(&vraag, &waarde);
                    view! {
                        <div class="pw-keuze">
                            <input type="radio" id=rid.clone() name=id.clone() value=waarde checked=aan
                                on:change=move |_| zet(antwoord.clone())/>
                            <label for=rid>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="pw-alles-vraag" data-vraag=vraag.id.clone() aria-describedby=hint_id>
                    <legend>{tekst.tekst}</legend>
                    {hint_view}
                    <div class="pw-keuzes pw-keuzes--rij">{knoppen}</div>
                </fieldset>
            }
            .into_any()
        }
        Soort::Keuze => {
            let gekozen = gekozen(eerder.as_ref());
            let opties = keuzes_met_weet_niet(&vraag);
            let opties = opties
                .into_iter()
                .map(|(waarde, label)| {
                    let aan = gekozen.as_deref() == Some(waarde.as_str());
                    view! { <option value=waarde selected=aan>{label}</option> }
                })
                .collect_view();
            let vraag_kies = StoredValue::new(vraag.clone());
            let kies = move |ev: leptos::ev::Event| {
                let waarde = event_target_value(&ev);
                zet(vraag_kies.with_value(|v| antwoord_voor_keuze(v, &waarde)))
            };
            view! {
                <div class="pw-veld pw-alles-vraag" data-vraag=vraag.id.clone()>
                    <label for=id.clone()>{tekst.tekst}</label>
                    {hint_view}
                    <select id=id.clone() aria-describedby=hint_id on:change=kies>
                        <option value="" selected=gekozen.is_none()>{t("Nog niet ingevuld")}</option>
                        {opties}
                    </select>
                </div>
            }
            .into_any()
        }
        Soort::Meerkeuze => {
            let aangevinkt = RwSignal::new(match &eerder {
                Some(Antwoord::Meerkeuze(m)) => m.clone(),
                _ => Vec::new(),
            });
            let weet_niet = RwSignal::new(matches!(eerder, Some(Antwoord::WeetIkNiet)));
            let opties = vraag.opties.clone();
            let bereken = move || {
                if weet_niet.get_untracked() {
                    return Some(Antwoord::WeetIkNiet);
                }
                // In the file's order, whatever order they were ticked in.
                let lijst: Vec<String> = opties
                    .iter()
                    .filter(|o| aangevinkt.with_untracked(|a| a.contains(&o.waarde)))
                    .map(|o| o.waarde.clone())
                    .collect();
                (!lijst.is_empty()).then_some(Antwoord::Meerkeuze(lijst))
            };
            let bereken = StoredValue::new(bereken);
            let vinkjes = keuzes(&vraag)
                .into_iter()
                .enumerate()
                .map(|(i, (waarde, label))| {
                    let rid = format!("{id}-{i}");
                    let w1 = waarde.clone();
                    let wissel = move |_| {
                        aangevinkt.update(|a| match a.iter().position(|x| x == &waarde) {
                            Some(p) => {
                                a.remove(p);
                            }
                            None => a.push(waarde.clone()),
                        });
                        weet_niet.set(false);
                        zet(bereken.with_value(|b| b()));
                    };
                    view! {
                        <div class="pw-keuze">
                            <input type="checkbox" id=rid.clone() value=w1.clone()
                                prop:checked=move || aangevinkt.with(|a| a.contains(&w1)) on:change=wissel/>
                            <label for=rid>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            let niet_id = format!("{id}-weet-niet");
            let weet_niet_view = kan_niet_weten.then(|| {
                let wissel = move |_| {
                    weet_niet.update(|x| *x = !*x);
                    if weet_niet.get_untracked() {
                        aangevinkt.set(Vec::new());
                    }
                    zet(bereken.with_value(|b| b()));
                };
                view! {
                    <div class="pw-keuze">
                        <input type="checkbox" id=niet_id.clone() prop:checked=move || weet_niet.get() on:change=wissel/>
                        <label for=niet_id>{WEET_IK_NIET_KNOP}</label>
                    </div>
                }
            });
            view! {
                <fieldset class="pw-alles-vraag" data-vraag=vraag.id.clone() aria-describedby=hint_id>
                    <legend>{tekst.tekst}</legend>
                    {hint_view}
                    <div class="pw-keuzes pw-keuzes--rij">{vinkjes} {weet_niet_view}</div>
                </fieldset>
            }
            .into_any()
        }
        Soort::Getal | Soort::Bedrag | Soort::Leeftijden => {
            let weet_niet = RwSignal::new(matches!(eerder, Some(Antwoord::WeetIkNiet)));
            let invoer = RwSignal::new(tekst_voor(eerder.as_ref()));
            // The message shown next to the field, and the one waiting until the field is left.
            let fout = RwSignal::new(None::<String>);
            let wacht = StoredValue::new(None::<String>);
            let vraag = StoredValue::new(vraag.clone());
            let typ = move |ev: leptos::ev::Event| {
                let t = event_target_value(&ev);
                invoer.set(t.clone());
                weet_niet.set(false);
                match vraag.with_value(|v| lees_tekstveld(v, &t)) {
                    Ok(a) => {
                        wacht.set_value(None);
                        if fout.with_untracked(Option::is_some) {
                            fout.set(None);
                        }
                        zet(a);
                    }
                    Err(e) => {
                        wacht.set_value(Some(e));
                        zet(None);
                    }
                }
            };
            let verlaat = move |_| fout.set(wacht.get_value());
            let fout_id = format!("{id}-fout");
            let fout_id2 = fout_id.clone();
            let beschreven = move || {
                let mut ids: Vec<String> = hint_id.clone().into_iter().collect();
                if fout.with(Option::is_some) {
                    ids.push(fout_id2.clone());
                }
                (!ids.is_empty()).then(|| ids.join(" "))
            };
            let niet_id = format!("{id}-weet-niet");
            let weet_niet_view = kan_niet_weten.then(|| {
                let wissel = move |_| {
                    weet_niet.update(|x| *x = !*x);
                    if weet_niet.get_untracked() {
                        zet(Some(Antwoord::WeetIkNiet));
                    } else {
                        let t = invoer.get_untracked();
                        zet(vraag.with_value(|v| lees_tekstveld(v, &t)).ok().flatten());
                    }
                };
                view! {
                    <div class="pw-keuze">
                        <input type="checkbox" id=niet_id.clone() prop:checked=move || weet_niet.get() on:change=wissel/>
                        <label for=niet_id>{WEET_IK_NIET_KNOP}</label>
                    </div>
                }
            });
            let bedrag = vraag.with_value(|v| v.soort == Soort::Bedrag);
            let veld = view! {
                <input type="text" id=id.clone() name=id.clone()
                    inputmode=if bedrag { "decimal" } else { "text" }
                    autocomplete="off" spellcheck="false"
                    aria-invalid=move || fout.with(Option::is_some).then_some("true")
                    aria-describedby=beschreven
                    prop:value=move || invoer.get()
                    on:input=typ on:change=verlaat/>
            };
            let veld = if bedrag {
                view! {
                    <div class="pw-bedrag">
                        <span class="pw-bedrag__teken" aria-hidden="true">"€"</span>
                        {veld}
                    </div>
                }
                .into_any()
            } else {
                veld.into_any()
            };
            // A group named by the label, so the field and its "Weet ik niet" belong together.
            let label_id = format!("{id}-label");
            view! {
                <div class=move || if fout.with(Option::is_some) { "pw-veld pw-veld--fout pw-alles-vraag" } else { "pw-veld pw-alles-vraag" }
                    role="group" aria-labelledby=label_id.clone() data-vraag=vraag.with_value(|v| v.id.clone())>
                    <label id=label_id.clone() for=id.clone()>{tekst.tekst}</label>
                    {hint_view}
                    {move || fout.get().map(|f| view! { <p class="pw-foutmelding" id=fout_id.clone()>{f}</p> })}
                    {veld}
                    {weet_niet_view}
                </div>
            }
            .into_any()
        }
    }
}
