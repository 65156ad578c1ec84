//! The article's facts that are not numbers: the three offices, their remits, the companies.

use crate::chart::spec::sector_color;
use crate::data::{Sector, DATASET};
use crate::format;
use leptos::prelude::*;

#[component]
pub fn ArticleContext() -> impl IntoView {
    let offices = Sector::PRIORITY
        .into_iter()
        .filter_map(|s| DATASET.office(s))
        .map(|o| {
            let style = format!("--sector: {}", sector_color(o.sector).hex());
            view! {
                <li class="office" style=style>
                    <h3>{o.name.en}</h3>
                    <p>{o.remit.en}</p>
                    {o.person.map(|p| view! { <p class="person">{p}</p> })}
                </li>
            }
        })
        .collect_view();
    let funds = DATASET.figure("sz-seed-bio-funds-2024").map(|f| {
        view! {
            <p data-testid="funds">
                <strong>"Five biomedical industrial funds: " {format::figure_value(f, crate::data::Unit::Cny)}</strong>
                ", which the source gives as about 2.32 bn US dollars (" {format::period(f.period)} ", fund size: money committed, not output)."
            </p>
        }
    });
    let companies = DATASET
        .companies
        .iter()
        .map(|c| view! { <li><strong>{c.name}</strong> " " <span lang="zh">{c.name_zh}</span> ": " {c.role}</li> })
        .collect_view();
    view! {
        <section class="context" aria-labelledby="offices-heading">
            <h2 id="offices-heading">"Three offices, run with relative independence"</h2>
            <p>{DATASET.meta.offices.en}</p>
            <ul class="offices">{offices}</ul>
            {funds}
            <h3>"Companies the article names"</h3>
            <ul class="companies">{companies}</ul>
        </section>
    }
}
