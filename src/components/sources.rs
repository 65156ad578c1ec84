//! Every source the dataset cites, with a link where one is known.

use crate::data::DATASET;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let items = DATASET
        .sources()
        .into_iter()
        .map(|(name, url)| match url {
            Some(url) => view! { <li><a href=url rel="noopener">{name}</a></li> }.into_any(),
            None => view! { <li>{name}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ul data-testid="sources">{items}</ul>
        </section>
    }
}
