//! Check your answers: every answer said back in plain words, with "Wijzigen" per answer. After a change the
//! resident comes back here, and the list is derived again from the answers.

use super::help::gemeente_van;
use super::state::Stap;
use super::wipe::Wissen;
use super::wizard::Wizard;
use crate::rules::{describe_answer, question_text, Antwoorden, Datum, Regels};
use leptos::prelude::*;

/// One row: the question as asked, the answer in words, and whether it can be changed here.
#[derive(Clone, Debug, PartialEq)]
pub struct AntwoordRegel {
    pub id: String,
    pub vraag: String,
    pub antwoord: String,
    pub wijzigbaar: bool,
}

/// The answers on the path in the order they were asked; preset answers first and not changeable.
pub fn antwoord_regels(
    regels: &Regels,
    vragen: &[String],
    geldig: &Antwoorden,
    vast: &Antwoorden,
    datum: Datum,
) -> Vec<AntwoordRegel> {
    let mut uit = Vec::new();
    if let Some(gemeente) = gemeente_van(vast) {
        let naam = regels
            .gemeenten
            .iter()
            .find(|g| g.id == gemeente)
            .map_or(gemeente, |g| g.naam.clone());
        uit.push(AntwoordRegel {
            id: "gemeente".to_string(),
            vraag: "Uw gemeente".to_string(),
            antwoord: naam,
            wijzigbaar: false,
        });
    }
    for id in vragen {
        let (Some(vraag), Some(antwoord)) =
            (regels.vragen.iter().find(|v| &v.id == id), geldig.get(id))
        else {
            continue;
        };
        uit.push(AntwoordRegel {
            id: id.clone(),
            vraag: question_text(regels, vraag, geldig, datum).tekst,
            antwoord: describe_answer(vraag, antwoord),
            wijzigbaar: true,
        });
    }
    uit
}

/// The answers as a list; used here and on the printed hand-over.
#[component]
pub fn AntwoordenLijst(w: Wizard, #[prop(optional)] met_wijzigen: bool) -> impl IntoView {
    let regels = w.regels();
    let rijen = Memo::new(move |_| {
        w.pad.with(|p| {
            w.vast
                .with_value(|vast| antwoord_regels(&regels, &p.vragen, &p.geldig, vast, w.datum))
        })
    });
    view! {
        <dl class="pw-antwoorden">
            {move || {
                rijen
                    .get()
                    .into_iter()
                    .map(|r| {
                        let wijzig = (met_wijzigen && r.wijzigbaar)
                            .then(|| {
                                let id = r.id.clone();
                                let vraag = r.vraag.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="pw-knop pw-knop--link"
                                        aria-label=format!("Wijzigen: {vraag}")
                                        on:click=move |_| w.naar(Stap::Vraag { id: id.clone(), wijzigen: true })
                                    >
                                        "Wijzigen"
                                    </button>
                                }
                            });
                        view! {
                            <div class="pw-antwoord">
                                <dt>{r.vraag}</dt>
                                <dd>{r.antwoord}</dd>
                                {met_wijzigen.then(|| view! { <dd>{wijzig}</dd> })}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </dl>
    }
}

#[component]
pub fn Controle(w: Wizard) -> impl IntoView {
    let terug = move |_| {
        let laatste = w.pad.with_untracked(|p| p.vragen.last().cloned());
        match laatste {
            Some(id) => w.naar(Stap::Vraag {
                id,
                wijzigen: false,
            }),
            None => w.naar(Stap::Start),
        }
    };
    view! {
        <section class="pw-scherm pw-controle" aria-labelledby="pw-controle-kop">
            <button type="button" class="pw-terug" on:click=terug>"Vorige vraag"</button>
            <h1 id="pw-controle-kop" class="pw-kop" tabindex="-1" data-pw-kop="">"Kloppen uw antwoorden?"</h1>
            <p>"Hieronder staan uw antwoorden. Klopt er iets niet? Kies dan 'Wijzigen'."</p>
            <AntwoordenLijst w met_wijzigen=true/>
            <div class="pw-knoppen">
                <button type="button" class="pw-knop pw-knop--primair" on:click=move |_| w.naar(Stap::Lijst)>
                    "Bekijk mijn lijst"
                </button>
            </div>
            <Wissen w/>
        </section>
    }
}
