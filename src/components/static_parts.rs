//! The page's unchanging sections, inserted once as HTML built by `static_html`.

use crate::data::DATASET;
use crate::static_html;
use leptos::prelude::*;

#[component]
pub fn SectorCards() -> impl IntoView {
    view! {
        <section class="cards" aria-label="Headline figures" inner_html=static_html::cards(&DATASET)></section>
    }
}

#[component]
pub fn ArticleContext() -> impl IntoView {
    view! { <section class="context" aria-labelledby="offices-heading" inner_html=static_html::article_context(&DATASET)></section> }
}

#[component]
pub fn Sources() -> impl IntoView {
    view! { <section class="sources" aria-labelledby="sources-heading" inner_html=static_html::sources(&DATASET)></section> }
}
