//! The three sector cards: each headline figure written the way its source qualifies it.

use crate::chart::{describe::citation, spec::sector_color};
use crate::data::{Grade, Sector, DATASET};
use crate::format;
use leptos::prelude::*;

#[component]
pub fn SectorCards() -> impl IntoView {
    view! {
        <section class="cards" aria-label="Headline figures">
            {Sector::PRIORITY.into_iter().map(|s| view! { <SectorCard sector=s/> }).collect_view()}
        </section>
    }
}

#[component]
fn SectorCard(sector: Sector) -> impl IntoView {
    let figure = DATASET.headline(sector);
    let body = figure.map(|f| {
        let metric = DATASET.metric_of(f);
        let growth = f.yoy_pct.map(|g| format!("{} on a year earlier", format::growth(g)));
        let reported = (f.grade == Grade::C).then_some(" (reported)");
        view! {
            <p class="card-value" data-testid="card-value">{format::figure_value(f, metric.unit)}</p>
            <p class="card-metric">{metric.label.en}</p>
            <p class="card-growth">{growth}</p>
            <dl class="card-facts">
                <dt>"Period"</dt><dd>{format::period(f.period)}</dd>
                <dt>"Basis"</dt><dd>{format::basis(metric.basis)}</dd>
                <dt>"Reads"</dt><dd>{format::qualifier_words(f.qualifier)}{f.wording.map(|w| format!(" ('{w}')"))}</dd>
                <dt>"Source"</dt>
                <dd>
                    {match f.url {
                        Some(url) => view! { <a href=url rel="noopener">{citation(f)}</a> }.into_any(),
                        None => citation(f).into_any(),
                    }}
                    {reported}
                </dd>
            </dl>
            <p class="card-note">{f.note}</p>
        }
    });
    let style = format!("--sector: {}", sector_color(sector).hex());
    view! {
        <article class="card" data-testid=format!("card-{}", sector.key()) style=style>
            <h2>{format::sector(sector)}</h2>
            {body}
        </article>
    }
}
