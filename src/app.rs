//! The page: thin components over the pure modules. Nothing here decides which numbers are
//! shown or how they compare; it only lays out what `data`, `format` and `chart` produce.

use crate::components::{
    cards::SectorCards, chart::ChartFigure, context::ArticleContext, controls::Controls, notice::{CopyLink, IgnoredNotice}, sources::Sources,
};
use crate::data::DATASET;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let meta = &DATASET.meta;
    let (state, ignored) = crate::url::sync_with_address();
    view! {
        <IgnoredNotice ignored=ignored/>
        <header class="masthead">
            <h1>{meta.title}</h1>
            <p class="lede">
                "Artificial intelligence, new-energy vehicles and biomedicine: the three sectors Shenzhen gave their own offices in October 2024. Every figure carries its source, period and basis."
            </p>
        </header>
        <main>
            <SectorCards/>
            <section class="explore" aria-label="Explore">
                <Controls state=state/>
                <CopyLink/>
                <ChartFigure state=state/>
            </section>
            <ArticleContext/>
            <Sources/>
        </main>
        <footer class="footer">
            <p>
                "Dataset of " <time data-testid="dataset-date" datetime=meta.dataset_date>{meta.dataset_date}</time>
                ". Based on " <a href=meta.seed_url rel="noopener">{meta.seed_article}</a> "."
            </p>
        </footer>
    }
}

/// Replaces the static loading shell of index.html with the app.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
