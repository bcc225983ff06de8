//! One question per screen: a fieldset whose legend is the page heading, a short hint, "Waarom vragen we dit?",
//! "Weet ik niet" when the question offers it, a back link, "Volgende" and honest progress. Errors follow the
//! GOV.UK / NL Design System pattern: a summary that takes focus, a message next to the field, aria-invalid,
//! and what the resident typed stays.

use crate::app::dom;
use crate::app::handle::use_wizard;
use crate::app::parts::lees_voor::LeesVoor;
use crate::app::parts::velden::{FoutBijVeld, FoutOverzicht, KindVeld, TekstVeld, HINT_ID};
use crate::app::parts::wissen::Wissen;
use crate::app::parts::zachte_vragen::{
    AndereGemeente, Drempel, InkomenControle, ANDERE_ID, CONTROLE_ID,
};
use crate::rules::vertaling::{t, tf};
use crate::rules::{question_text, Antwoord, Soort, WEET_IK_NIET_KNOP};
use crate::wizard::andere_gemeente;
use crate::wizard::drempel::drempel_vraag;
use crate::wizard::inkomen_check::{self, controle_na_inkomen, Controle};
use crate::wizard::invoer::{
    begin_keuze, begintekst, fout_id, keuzes, kind_id, lees_antwoord, optie_id, veld_id, Fout,
    MAX_KINDEREN,
};
use crate::wizard::tekst::{fout_titel, voortgang_tekst};
use leptos::prelude::*;

const KOP_ID: &str = "pw-vraag-kop";

/// One child's age row. The text is reference-counted: rows are added from an event handler, outside the
/// component's reactive owner, so an arena signal would be disposed too early.
#[derive(Clone, Debug)]
struct Kind {
    sleutel: usize,
    tekst: ArcRwSignal<String>,
}

#[component]
pub fn VraagScherm(id: String, wijzigen: bool) -> impl IntoView {
    let w = use_wizard();
    let regels = w.regels();
    let Some(vraag) = regels.vragen.iter().find(|v| v.id == id).cloned() else {
        // normaliseer() only shows questions on the path, so this cannot happen; stay calm anyway.
        dom::console_fout(&format!("question '{id}' is not in the regulations file"));
        return view! { <p class="pw-melding">{t("Deze vraag bestaat niet meer. Ga verder met de volgende vraag.")}</p> }
            .into_any();
    };
    let teksten = w
        .pad
        .with_untracked(|p| question_text(&regels, &vraag, &p.geldig, w.datum));
    let voortgang = w.voortgang(&id);
    // A translation missing or older than the Dutch text: the Dutch text shows, and the screen says so.
    let onvertaald = regels.onvertaald.contains(&format!("vraag.{id}"));
    // Review P3: "Heeft u samen meer dan € …?" against the household's own limit, for who does not know the amount.
    let drempel = w
        .pad
        .with_untracked(|p| drempel_vraag(&regels, &vraag, &p.geldig, w.datum));
    let eerder = w.antwoorden.with_untracked(|a| a.get(&vraag.id).cloned());

    // What the resident is typing or choosing on this screen; kept when there is an error.
    let tekst = RwSignal::new(begintekst(eerder.as_ref()));
    let gekozen = RwSignal::new(begin_keuze(eerder.as_ref()));
    let aangevinkt = RwSignal::new(match &eerder {
        Some(Antwoord::Meerkeuze(m)) => m.clone(),
        _ => Vec::new(),
    });
    let eerste_kinderen: Vec<Kind> = match &eerder {
        Some(Antwoord::Leeftijden(l)) if !l.is_empty() => l
            .iter()
            .enumerate()
            .map(|(i, n)| Kind {
                sleutel: i,
                tekst: ArcRwSignal::new(n.to_string()),
            })
            .collect(),
        _ => vec![Kind {
            sleutel: 0,
            tekst: ArcRwSignal::new(String::new()),
        }],
    };
    let volgende_sleutel = StoredValue::new(eerste_kinderen.len());
    let kinderen = RwSignal::new(eerste_kinderen);
    let fouten = RwSignal::new(Vec::<Fout>::new());
    // Review P2: an income that bijstand alone cannot reach is checked once, kindly, before it counts.
    let controle = RwSignal::new(None::<(Antwoord, Controle)>);
    let al_gevraagd = StoredValue::new(false);
    // Review P14: "Een andere gemeente" shows where to go instead; it is never stored as an answer.
    let andere_gemeente = RwSignal::new(false);
    let vraag = StoredValue::new(vraag);
    let vraag_id = StoredValue::new(id);

    let fout_voor = move |veld: &str| {
        fouten.with(|f| f.iter().find(|x| x.veld == veld).map(|x| x.tekst.clone()))
    };

    let verstuur = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if gekozen.with_untracked(|g| g.as_deref() == Some(andere_gemeente::WAARDE)) {
            fouten.set(Vec::new());
            andere_gemeente.set(true);
            dom::focus_id_later(ANDERE_ID.to_string());
            return;
        }
        andere_gemeente.set(false);
        let kinderen_nu: Vec<(usize, String)> = kinderen
            .get_untracked()
            .iter()
            .map(|k| (k.sleutel, k.tekst.get_untracked()))
            .collect();
        let uitkomst = vraag.with_value(|v| {
            lees_antwoord(
                v,
                &tekst.get_untracked(),
                gekozen.get_untracked().as_deref(),
                &aangevinkt.get_untracked(),
                &kinderen_nu,
            )
        });
        match uitkomst {
            Ok(antwoord) => {
                fouten.set(Vec::new());
                let check = (vraag_id.with_value(|id| id == inkomen_check::INKOMEN)
                    && !al_gevraagd.get_value())
                .then(|| {
                    w.pad.with_untracked(|p| {
                        controle_na_inkomen(&w.regels(), &p.geldig, &antwoord, w.datum)
                    })
                })
                .flatten();
                if let Some(check) = check {
                    al_gevraagd.set_value(true);
                    controle.set(Some((antwoord, check)));
                    dom::focus_id_later(CONTROLE_ID.to_string());
                    return;
                }
                controle.set(None);
                vraag_id.with_value(|id| w.beantwoord(id, antwoord, wijzigen));
            }
            Err(f) => {
                fouten.set(f);
                dom::focus_id_later("pw-foutoverzicht".to_string());
                // As GOV.UK does: the page title says there is something to fix.
                if let (Some(t), Some((n, _))) = (
                    w.instellingen.with_value(|i| i.paginatitel.clone()),
                    voortgang,
                ) {
                    dom::zet_titel(&fout_titel(n, &t));
                }
            }
        }
    };
    let weet_niet =
        move |_| vraag_id.with_value(|id| w.beantwoord(id, Antwoord::WeetIkNiet, wijzigen));
    let geen_kinderen = move |_| {
        vraag_id.with_value(|id| w.beantwoord(id, Antwoord::Leeftijden(Vec::new()), wijzigen))
    };
    let terug = move |_| vraag_id.with_value(|id| w.terug(id, wijzigen));

    let (soort, weet_ik_niet, waarom) =
        vraag.with_value(|v| (v.soort, v.weet_ik_niet.clone(), teksten.waarom.clone()));
    let uitleg = teksten.uitleg.clone();
    let heeft_hint = uitleg.is_some();
    let kop = teksten.tekst.clone();

    let voortgang_tekst = voortgang.map(|(n, na)| voortgang_tekst(n, na));

    // The answer fields for this kind of question.
    let velden = match soort {
        Soort::JaNee | Soort::Keuze | Soort::Meerkeuze => {
            // One answer (radio buttons in a radiogroup) or more (checkboxes, with a hint that says so).
            let meer = soort == Soort::Meerkeuze;
            let mut opties = vraag.with_value(keuzes);
            if vraag.with_value(andere_gemeente::biedt_aan) {
                opties.push((
                    andere_gemeente::WAARDE.to_string(),
                    andere_gemeente::tekst(),
                ));
            }
            let groep_fout = vraag.with_value(|v| optie_id(v, 0));
            let naam = vraag.with_value(|v| format!("pw-{}", v.id));
            let fout_veld = groep_fout.clone();
            let beschreven = move || {
                let mut ids = Vec::new();
                if heeft_hint {
                    ids.push(HINT_ID.to_string());
                }
                if fout_voor(&fout_veld).is_some() {
                    ids.push(fout_id(&fout_veld));
                }
                (!meer && !ids.is_empty()).then(|| ids.join(" "))
            };
            let fout_veld = groep_fout.clone();
            let ongeldig = move || (!meer && fout_voor(&fout_veld).is_some()).then_some("true");
            let knoppen = opties
                .into_iter()
                .enumerate()
                .map(|(i, (waarde, label))| {
                    let rid = vraag.with_value(|v| optie_id(v, i));
                    let w1 = waarde.clone();
                    let w2 = waarde.clone();
                    let aan = move || {
                        if meer {
                            aangevinkt.with(|a| a.contains(&w1))
                        } else {
                            gekozen.with(|g| g.as_deref() == Some(w1.as_str()))
                        }
                    };
                    let kies = move |_| {
                        if !meer {
                            gekozen.set(Some(w2.clone()));
                            return;
                        }
                        aangevinkt.update(|a| {
                            if let Some(p) = a.iter().position(|x| x == &w2) {
                                a.remove(p);
                            } else {
                                a.push(w2.clone());
                            }
                        })
                    };
                    view! {
                        <div class="pw-keuze">
                            <input
                                type=if meer { "checkbox" } else { "radio" }
                                id=rid.clone()
                                name=naam.clone()
                                value=waarde
                                prop:checked=aan
                                on:change=kies
                            />
                            <label for=rid data-pw-lees="">{label}</label>
                        </div>
                    }
                })
                .collect_view();
            let een = (!meer).then_some("true");
            view! {
                <FoutBijVeld veld=groep_fout.clone() fouten/>
                {meer.then(|| view! { <p class="pw-hint">{t("U mag meer dan één antwoord kiezen.")}</p> })}
                <div
                    class="pw-keuzes"
                    role=een.map(|_| "radiogroup")
                    aria-labelledby=een.map(|_| KOP_ID)
                    aria-required=een
                    aria-invalid=ongeldig
                    aria-describedby=beschreven
                >
                    {knoppen}
                </div>
            }
                .into_any()
        }
        Soort::Getal | Soort::Bedrag => {
            let veld = vraag.with_value(veld_id);
            let is_bedrag = soort == Soort::Bedrag;
            let label = kop.clone();
            view! {
                <TekstVeld
                    veld
                    label
                    tekst
                    fouten
                    heeft_hint
                    bedrag=is_bedrag
                />
            }
            .into_any()
        }
        Soort::Leeftijden => {
            let toevoegen = move |_| {
                let sleutel = volgende_sleutel.get_value();
                volgende_sleutel.set_value(sleutel + 1);
                kinderen.update(|k| {
                    k.push(Kind {
                        sleutel,
                        tekst: ArcRwSignal::new(String::new()),
                    })
                });
                dom::focus_id_later(kind_id(sleutel));
            };
            view! {
                <ul class="pw-kinderen">
                    <For
                        each=move || kinderen.get()
                        key=|k| k.sleutel
                        children=move |k| {
                            let nummer = move || {
                                kinderen
                                    .with(|ks| ks.iter().position(|x| x.sleutel == k.sleutel))
                                    .map(|i| i + 1)
                                    .unwrap_or(0)
                            };
                            let meer_dan_een = move || kinderen.with(|ks| ks.len() > 1);
                            let verwijder = move |_| {
                                let positie = kinderen
                                    .with_untracked(|ks| ks.iter().position(|x| x.sleutel == k.sleutel));
                                kinderen.update(|ks| ks.retain(|x| x.sleutel != k.sleutel));
                                fouten.update(|f| f.retain(|x| x.veld != kind_id(k.sleutel)));
                                // Focus the row that took its place, or the "Kind toevoegen" button.
                                let volgende = positie.and_then(|p| {
                                    kinderen.with_untracked(|ks| ks.get(p).or(ks.last()).map(|x| x.sleutel))
                                });
                                match volgende {
                                    Some(s) => dom::focus_id_later(kind_id(s)),
                                    None => dom::focus_id_later("pw-kind-toevoegen".to_string()),
                                }
                            };
                            let label = Signal::derive(move || {
                                tf("Leeftijd van kind {nummer}", &[("nummer", &nummer().to_string())])
                            });
                            view! {
                                <li class="pw-kind">
                                    <KindVeld sleutel=k.sleutel label tekst=k.tekst.clone() fouten/>
                                    {move || {
                                        meer_dan_een()
                                            .then(|| {
                                                view! {
                                                    <button type="button" class="pw-knop pw-knop--link" on:click=verwijder>
                                                        {t("Verwijder")}
                                                        <span class="pw-sr-only">" " {move || tf("kind {nummer}", &[("nummer", &nummer().to_string())])}</span>
                                                    </button>
                                                }
                                            })
                                    }}
                                </li>
                            }
                        }
                    />
                </ul>
                {move || {
                    (kinderen.with(|k| k.len()) < MAX_KINDEREN)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    id="pw-kind-toevoegen"
                                    class="pw-knop pw-knop--secundair"
                                    on:click=toevoegen
                                >
                                    {t("Kind toevoegen")}
                                </button>
                            }
                        })
                }}
            }
                .into_any()
        }
    };

    let fieldset_beschreven = heeft_hint.then_some(HINT_ID);
    let terug_label = if wijzigen {
        t("Terug naar uw antwoorden")
    } else {
        t("Vorige vraag")
    };
    let geen_kinderen_knop = (soort == Soort::Leeftijden).then(|| {
        view! {
            <button type="button" class="pw-knop pw-knop--secundair" on:click=geen_kinderen>
                {t("Er wonen geen kinderen bij mij")}
            </button>
        }
    });
    // "Weet ik niet" on every question that allows an unknown answer; the file's own words ("Zeg ik liever
    // niet") next to it where they differ. Both give the same answer.
    let weet_niet_knoppen = weet_ik_niet.map(|label| {
        let mut labels = vec![t(WEET_IK_NIET_KNOP)];
        if label != WEET_IK_NIET_KNOP && label != labels[0] {
            labels.push(label);
        }
        labels
            .into_iter()
            .map(|label| {
                view! {
                    <button type="button" class="pw-knop pw-knop--secundair" on:click=weet_niet>
                        {label}
                    </button>
                }
            })
            .collect_view()
    });

    let aanpassen = move |_: ()| {
        controle.set(None);
        vraag.with_value(|v| dom::focus_id_later(veld_id(v)));
    };
    let klopt = move |_: ()| {
        if let Some((antwoord, _)) = controle.get_untracked() {
            controle.set(None);
            vraag_id.with_value(|id| w.beantwoord(id, antwoord, wijzigen));
        }
    };
    let kies_drempel = Callback::new(move |antwoord: Antwoord| {
        vraag_id.with_value(|id| w.beantwoord(id, antwoord, wijzigen))
    });
    let drempel_blok = drempel.map(|d| view! { <Drempel d kies=kies_drempel/> });
    let aanpassen = Callback::new(aanpassen);
    let klopt = Callback::new(klopt);
    let controle_vraag = move || {
        controle
            .get()
            .map(|(_, c)| view! { <InkomenControle c aanpassen klopt/> })
    };
    let landelijk = Callback::new(move |_: ()| {
        vraag_id.with_value(|id| w.beantwoord(id, Antwoord::WeetIkNiet, wijzigen))
    });
    let andere_melding = move || {
        andere_gemeente.get().then(|| {
            let zinnen = vraag.with_value(andere_gemeente::melding);
            view! { <AndereGemeente zinnen landelijk/> }
        })
    };

    view! {
        <div class="pw-scherm pw-vraag" data-pw-voorlees="">
            <button type="button" class="pw-terug" on:click=terug>{terug_label}</button>
            <FoutOverzicht fouten/>
            {controle_vraag}
            {andere_melding}
            {voortgang_tekst.map(|t| view! { <p class="pw-voortgang">{t}</p> })}
            <form method="dialog" novalidate=true on:submit=verstuur data-vraag=vraag.with_value(|v| v.id.clone())>
                <fieldset aria-describedby=fieldset_beschreven>
                    <legend>
                        <h1 id=KOP_ID class="pw-kop" tabindex="-1" data-pw-kop="" data-pw-lees="">{kop}</h1>
                    </legend>
                    {onvertaald.then(|| view! {
                        <p class="pw-onvertaald">
                            {t("Deze tekst is nog niet vertaald. U leest hier de Nederlandse tekst.")}
                        </p>
                    })}
                    <LeesVoor/>
                    {uitleg.map(|u| view! { <p class="pw-hint" id=HINT_ID data-pw-lees="">{u}</p> })}
                    {(soort == Soort::Bedrag).then(|| view! {
                        <p class="pw-privacy">{t("Uw antwoorden blijven op dit apparaat. Niemand anders ziet ze.")}</p>
                    })}
                    {velden}
                    // Below the fields, so the first Tab from the heading lands in the answer.
                    {waarom.map(|w| view! {
                        <details class="pw-waarom">
                            <summary>{t("Waarom vragen we dit?")}</summary>
                            <div><p>{w}</p></div>
                        </details>
                    })}
                </fieldset>
                {drempel_blok}
                <div class="pw-knoppen">
                    <button type="submit" class="pw-knop pw-knop--primair">{t("Volgende")}</button>
                    {geen_kinderen_knop}
                    {weet_niet_knoppen}
                </div>
            </form>
            <Wissen/>
        </div>
    }
        .into_any()
}
