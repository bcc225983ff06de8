//! Every answer said back in plain words; with "Wijzigen" per answer on the check-your-answers page.

use crate::app::handle::use_wizard;
use crate::rules::vertaling::{t, tf};
use crate::wizard::lijst::antwoord_regels;
use crate::wizard::stap::Stap;
use leptos::prelude::*;

/// The answers as a list; on the check-your-answers page (with "Wijzigen") and on the printed list.
#[component]
pub fn AntwoordenLijst(#[prop(optional)] met_wijzigen: bool) -> impl IntoView {
    let w = use_wizard();
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
                                        aria-label=tf("Wijzigen: {vraag}", &[("vraag", &vraag)])
                                        on:click=move |_| w.naar(Stap::Vraag { id: id.clone(), wijzigen: true })
                                    >
                                        {t("Wijzigen")}
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
