//! One question per screen: a fieldset whose legend is the page heading, a short hint, "Waarom vragen we dit?",
//! "Weet ik niet" when the question offers it, a back link, "Volgende" and honest progress. Errors follow the
//! GOV.UK / NL Design System pattern: a summary that takes focus, a message next to the field, aria-invalid,
//! and what the resident typed stays.

use super::dom;
use super::invoer::{lees_getal, lees_kind};
use super::wipe::Wissen;
use super::wizard::Wizard;
use crate::rules::{answer_fits, parse_bedrag, question_text, Antwoord, Soort, Vraag};
use leptos::prelude::*;
use rust_decimal::Decimal;

const PRIVACY: &str = "Uw antwoorden blijven op dit apparaat. Niemand anders ziet ze.";
const KOP_ID: &str = "pw-vraag-kop";
const HINT_ID: &str = "pw-vraag-hint";
const MAX_KINDEREN: usize = 15;

/// An error: the id of the field it belongs to, and the message that says how to fix it.
#[derive(Clone, Debug, PartialEq)]
struct Fout {
    veld: String,
    tekst: String,
}

/// One child's age row. The text is reference-counted: rows are added from an event handler, outside the
/// component's reactive owner, so an arena signal would be disposed too early.
#[derive(Clone, Debug)]
struct Kind {
    sleutel: usize,
    tekst: ArcRwSignal<String>,
}

fn veld_id(vraag: &Vraag) -> String {
    format!("pw-veld-{}", vraag.id)
}

fn optie_id(vraag: &Vraag, i: usize) -> String {
    format!("pw-veld-{}-{i}", vraag.id)
}

fn kind_id(sleutel: usize) -> String {
    format!("pw-kind-{sleutel}")
}

fn fout_id(veld: &str) -> String {
    format!("pw-fout-{veld}")
}

/// The choices of a ja/nee or keuze question as (value, label).
fn keuzes(vraag: &Vraag) -> Vec<(String, String)> {
    match vraag.soort {
        Soort::JaNee => vec![
            ("ja".to_string(), "Ja".to_string()),
            ("nee".to_string(), "Nee".to_string()),
        ],
        _ => vraag
            .opties
            .iter()
            .map(|o| (o.waarde.clone(), o.tekst.clone()))
            .collect(),
    }
}

/// How an earlier amount is shown again in the field: "1.300" or "1.300,50", as the resident would type it.
fn bedrag_als_invoer(bedrag: Decimal) -> String {
    crate::rules::format_bedrag(bedrag)
        .trim_start_matches('€')
        .trim()
        .to_string()
}

/// What the fields hold when the screen opens: the earlier answer, if any.
fn begintekst(antwoord: Option<&Antwoord>) -> String {
    match antwoord {
        Some(Antwoord::Getal(n)) => n.to_string(),
        Some(Antwoord::Bedrag(b)) => bedrag_als_invoer(*b),
        _ => String::new(),
    }
}

fn begin_keuze(antwoord: Option<&Antwoord>) -> Option<String> {
    match antwoord {
        Some(Antwoord::JaNee(true)) => Some("ja".to_string()),
        Some(Antwoord::JaNee(false)) => Some("nee".to_string()),
        Some(Antwoord::Keuze(k)) => Some(k.clone()),
        _ => None,
    }
}

/// Reads the answer from the fields, or the errors to show.
fn lees_antwoord(
    vraag: &Vraag,
    tekst: &str,
    gekozen: Option<&str>,
    aangevinkt: &[String],
    kinderen: &[(usize, String)],
) -> Result<Antwoord, Vec<Fout>> {
    let een = |veld: String, tekst: String| Err(vec![Fout { veld, tekst }]);
    let antwoord = match vraag.soort {
        Soort::JaNee => match gekozen {
            Some("ja") => Antwoord::JaNee(true),
            Some("nee") => Antwoord::JaNee(false),
            _ => return een(optie_id(vraag, 0), "Kies ja of nee.".to_string()),
        },
        Soort::Keuze => match gekozen {
            Some(k) => Antwoord::Keuze(k.to_string()),
            None => {
                return een(
                    optie_id(vraag, 0),
                    "Kies een van de antwoorden.".to_string(),
                )
            }
        },
        Soort::Meerkeuze => {
            if aangevinkt.is_empty() {
                return een(
                    optie_id(vraag, 0),
                    "Kies ten minste één antwoord.".to_string(),
                );
            }
            // Keep the order of the file, whatever order they were ticked in.
            let gekozen: Vec<String> = vraag
                .opties
                .iter()
                .filter(|o| aangevinkt.contains(&o.waarde))
                .map(|o| o.waarde.clone())
                .collect();
            Antwoord::Meerkeuze(gekozen)
        }
        Soort::Getal => match lees_getal(vraag, tekst) {
            Ok(n) => Antwoord::Getal(n),
            Err(e) => return een(veld_id(vraag), e),
        },
        Soort::Bedrag => match parse_bedrag(tekst) {
            Ok(b) => Antwoord::Bedrag(b),
            Err(e) => return een(veld_id(vraag), e),
        },
        Soort::Leeftijden => {
            let mut fouten = Vec::new();
            let mut leeftijden = Vec::new();
            // Empty rows are left out: all rows empty means no children, as the question's hint says.
            for (i, (sleutel, invoer)) in kinderen.iter().enumerate() {
                if invoer.trim().is_empty() {
                    continue;
                }
                match lees_kind(i + 1, invoer) {
                    Ok(n) => leeftijden.push(n),
                    Err(e) => fouten.push(Fout {
                        veld: kind_id(*sleutel),
                        tekst: e,
                    }),
                }
            }
            if !fouten.is_empty() {
                return Err(fouten);
            }
            Antwoord::Leeftijden(leeftijden)
        }
    };
    if answer_fits(vraag, &antwoord) {
        Ok(antwoord)
    } else {
        let veld = match vraag.soort {
            Soort::Getal | Soort::Bedrag => veld_id(vraag),
            Soort::Leeftijden => kinderen
                .first()
                .map(|(s, _)| kind_id(*s))
                .unwrap_or_default(),
            _ => optie_id(vraag, 0),
        };
        let tekst = match (vraag.soort, vraag.min, vraag.max) {
            (Soort::Bedrag, _, _) => {
                "Vul een bedrag in van 0 euro of meer, bijvoorbeeld 1250.".to_string()
            }
            (_, Some(min), Some(max)) => format!("Vul een getal in van {min} tot en met {max}."),
            _ => "Dit antwoord past niet bij de vraag. Kies een ander antwoord.".to_string(),
        };
        een(veld, tekst)
    }
}

#[component]
pub fn VraagScherm(w: Wizard, id: String, wijzigen: bool) -> impl IntoView {
    let regels = w.regels();
    let Some(vraag) = regels.vragen.iter().find(|v| v.id == id).cloned() else {
        // normaliseer() only shows questions on the path, so this cannot happen; stay calm anyway.
        dom::console_fout(&format!("question '{id}' is not in the regulations file"));
        return view! { <p class="pw-melding">"Deze vraag bestaat niet meer. Ga verder met de volgende vraag."</p> }
            .into_any();
    };
    let teksten = w
        .pad
        .with_untracked(|p| question_text(&regels, &vraag, &p.geldig, w.datum));
    let voortgang = w.voortgang(&id);
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
    let vraag = StoredValue::new(vraag);
    let vraag_id = StoredValue::new(id);

    let fout_voor = move |veld: &str| {
        fouten.with(|f| f.iter().find(|x| x.veld == veld).map(|x| x.tekst.clone()))
    };

    let verstuur = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
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
                    dom::zet_titel(&format!("Fout: Vraag {n} - {t}"));
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

    let voortgang_tekst = voortgang.map(|(n, na)| match na {
        0 => format!("Vraag {n} · de laatste vraag"),
        1 => format!("Vraag {n} · nog hoogstens 1 vraag"),
        _ => format!("Vraag {n} · nog hoogstens {na} vragen"),
    });

    // The answer fields for this kind of question.
    let velden = match soort {
        Soort::JaNee | Soort::Keuze => {
            let opties = vraag.with_value(keuzes);
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
                (!ids.is_empty()).then(|| ids.join(" "))
            };
            let fout_veld = groep_fout.clone();
            let ongeldig = move || fout_voor(&fout_veld).is_some().then_some("true");
            view! {
                <FoutBijVeld veld=groep_fout.clone() fouten/>
                <div
                    class="pw-keuzes"
                    role="radiogroup"
                    aria-labelledby=KOP_ID
                    aria-required="true"
                    aria-invalid=ongeldig
                    aria-describedby=beschreven
                >
                    {opties
                        .into_iter()
                        .enumerate()
                        .map(|(i, (waarde, label))| {
                            let rid = vraag.with_value(|v| optie_id(v, i));
                            let w1 = waarde.clone();
                            let w2 = waarde.clone();
                            view! {
                                <div class="pw-keuze">
                                    <input
                                        type="radio"
                                        id=rid.clone()
                                        name=naam.clone()
                                        value=waarde
                                        prop:checked=move || gekozen.with(|g| g.as_deref() == Some(w1.as_str()))
                                        on:change=move |_| gekozen.set(Some(w2.clone()))
                                    />
                                    <label for=rid>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
                .into_any()
        }
        Soort::Meerkeuze => {
            let opties = vraag.with_value(|v| v.opties.clone());
            let groep_fout = vraag.with_value(|v| optie_id(v, 0));
            let naam = vraag.with_value(|v| format!("pw-{}", v.id));
            view! {
                <FoutBijVeld veld=groep_fout fouten/>
                <p class="pw-hint">"U mag meer dan één antwoord kiezen."</p>
                <div class="pw-keuzes">
                    {opties
                        .into_iter()
                        .enumerate()
                        .map(|(i, optie)| {
                            let rid = vraag.with_value(|v| optie_id(v, i));
                            let w1 = optie.waarde.clone();
                            let w2 = optie.waarde.clone();
                            view! {
                                <div class="pw-keuze">
                                    <input
                                        type="checkbox"
                                        id=rid.clone()
                                        name=naam.clone()
                                        value=optie.waarde.clone()
                                        prop:checked=move || aangevinkt.with(|a| a.contains(&w1))
                                        on:change=move |_| {
                                            aangevinkt
                                                .update(|a| {
                                                    if let Some(p) = a.iter().position(|x| x == &w2) {
                                                        a.remove(p);
                                                    } else {
                                                        a.push(w2.clone());
                                                    }
                                                })
                                        }
                                    />
                                    <label for=rid>{optie.tekst}</label>
                                </div>
                            }
                        })
                        .collect_view()}
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
                            let label = Signal::derive(move || format!("Leeftijd van kind {}", nummer()));
                            view! {
                                <li class="pw-kind">
                                    <KindVeld sleutel=k.sleutel label tekst=k.tekst.clone() fouten/>
                                    {move || {
                                        meer_dan_een()
                                            .then(|| {
                                                view! {
                                                    <button type="button" class="pw-knop pw-knop--link" on:click=verwijder>
                                                        "Verwijder"
                                                        <span class="pw-sr-only">{move || format!(" kind {}", nummer())}</span>
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
                                    "Kind toevoegen"
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
        "Terug naar uw antwoorden"
    } else {
        "Vorige vraag"
    };
    let geen_kinderen_knop = (soort == Soort::Leeftijden).then(|| {
        view! {
            <button type="button" class="pw-knop pw-knop--secundair" on:click=geen_kinderen>
                "Er wonen geen kinderen bij mij"
            </button>
        }
    });
    let weet_niet_knop = weet_ik_niet.map(|label| {
        view! {
            <button type="button" class="pw-knop pw-knop--secundair" on:click=weet_niet>
                {label}
            </button>
        }
    });

    view! {
        <div class="pw-scherm pw-vraag">
            <button type="button" class="pw-terug" on:click=terug>{terug_label}</button>
            <FoutOverzicht fouten/>
            {voortgang_tekst.map(|t| view! { <p class="pw-voortgang">{t}</p> })}
            <form method="dialog" novalidate=true on:submit=verstuur data-vraag=vraag.with_value(|v| v.id.clone())>
                <fieldset aria-describedby=fieldset_beschreven>
                    <legend>
                        <h1 id=KOP_ID class="pw-kop" tabindex="-1" data-pw-kop="">{kop}</h1>
                    </legend>
                    {uitleg.map(|u| view! { <p class="pw-hint" id=HINT_ID>{u}</p> })}
                    {waarom.map(|w| view! {
                        <details class="pw-waarom">
                            <summary>"Waarom vragen we dit?"</summary>
                            <div><p>{w}</p></div>
                        </details>
                    })}
                    {(soort == Soort::Bedrag).then(|| view! { <p class="pw-privacy">{PRIVACY}</p> })}
                    {velden}
                </fieldset>
                <div class="pw-knoppen">
                    <button type="submit" class="pw-knop pw-knop--primair">"Volgende"</button>
                    {geen_kinderen_knop}
                    {weet_niet_knop}
                </div>
            </form>
            <Wissen w/>
        </div>
    }
        .into_any()
}

/// The error summary at the top: takes focus, each message links to its field.
#[component]
fn FoutOverzicht(fouten: RwSignal<Vec<Fout>>) -> impl IntoView {
    move || {
        let lijst = fouten.get();
        (!lijst.is_empty()).then(|| {
            view! {
                <div class="pw-foutoverzicht" id="pw-foutoverzicht" tabindex="-1" aria-labelledby="pw-foutoverzicht-kop">
                    <h2 id="pw-foutoverzicht-kop">"Er is iets niet goed ingevuld"</h2>
                    <ul>
                        {lijst
                            .into_iter()
                            .map(|f| {
                                let href = format!("#{}", f.veld);
                                let veld = f.veld.clone();
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                dom::focus_id_later(veld.clone());
                                            }
                                        >
                                            {f.tekst}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The message next to a field (above it, as in the GOV.UK pattern).
#[component]
fn FoutBijVeld(veld: String, fouten: RwSignal<Vec<Fout>>) -> impl IntoView {
    let id = fout_id(&veld);
    move || {
        let tekst = fouten.with(|f| f.iter().find(|x| x.veld == veld).map(|x| x.tekst.clone()));
        let id = id.clone();
        tekst.map(|t| view! { <p class="pw-foutmelding" id=id>{t}</p> })
    }
}

/// A text field for a whole number or an amount. The visible question is the legend; the label repeats it for
/// assistive technology.
#[component]
fn TekstVeld(
    veld: String,
    label: String,
    tekst: RwSignal<String>,
    fouten: RwSignal<Vec<Fout>>,
    heeft_hint: bool,
    bedrag: bool,
) -> impl IntoView {
    let v1 = veld.clone();
    let v2 = veld.clone();
    let v3 = veld.clone();
    let heeft_fout = move || fouten.with(|f| f.iter().any(|x| x.veld == v1));
    let beschreven = move || {
        let mut ids = Vec::new();
        if heeft_hint {
            ids.push(HINT_ID.to_string());
        }
        if fouten.with(|f| f.iter().any(|x| x.veld == v2)) {
            ids.push(fout_id(&v2));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let klasse = move || {
        if fouten.with(|f| f.iter().any(|x| x.veld == v3)) {
            "pw-veld pw-veld--fout"
        } else {
            "pw-veld"
        }
    };
    let invoer = view! {
        <input
            type="text"
            id=veld.clone()
            name=veld.clone()
            inputmode=if bedrag { "decimal" } else { "numeric" }
            autocomplete="off"
            spellcheck="false"
            aria-required="true"
            aria-invalid=move || heeft_fout().then_some("true")
            aria-describedby=beschreven
            prop:value=move || tekst.get()
            on:input:target=move |ev| tekst.set(ev.target().value())
        />
    };
    view! {
        <div class=klasse>
            <label class="pw-sr-only" for=veld.clone()>{label}</label>
            <FoutBijVeld veld=veld.clone() fouten/>
            {if bedrag {
                view! {
                    <div class="pw-bedrag">
                        <span class="pw-bedrag__teken" aria-hidden="true">"€"</span>
                        {invoer}
                    </div>
                }
                    .into_any()
            } else {
                invoer.into_any()
            }}
        </div>
    }
}

/// One child's age.
#[component]
fn KindVeld(
    sleutel: usize,
    label: Signal<String>,
    tekst: ArcRwSignal<String>,
    fouten: RwSignal<Vec<Fout>>,
) -> impl IntoView {
    let veld = kind_id(sleutel);
    let tekst_lees = tekst.clone();
    let heeft_fout = Signal::derive({
        let veld = veld.clone();
        move || fouten.with(|f| f.iter().any(|x| x.veld == veld))
    });
    let fout = fout_id(&veld);
    view! {
        <div class=move || if heeft_fout.get() { "pw-veld pw-veld--fout" } else { "pw-veld" }>
            <label for=veld.clone()>{move || label.get()}</label>
            <FoutBijVeld veld=veld.clone() fouten/>
            <div class="pw-eenheid">
                <input
                    type="text"
                    id=veld.clone()
                    name=veld.clone()
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || heeft_fout.get().then_some("true")
                    aria-describedby=move || heeft_fout.get().then(|| fout.clone())
                    prop:value=move || tekst_lees.get()
                    on:input:target=move |ev| tekst.set(ev.target().value())
                />
                <span aria-hidden="true">"jaar"</span>
            </div>
        </div>
    }
}
