//! The page: thin components over the pure modules. Nothing here decides which numbers are
//! shown or how they compare; it only lays out what `data`, `format` and `chart` produce.

use crate::components::chart::ChartFigure;
use crate::components::controls::Controls;
use crate::components::notice::IgnoredNotice;
use crate::components::share::{CopyLink, Downloads, EmbedSnippet};
use crate::components::static_parts::{ArticleContext, SectorCards, Sources};
use crate::components::theme::ThemeToggle;
use crate::data::DATASET;
use crate::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (state, ignored) = crate::url::sync_with_address();
    // A memo, so the page is rebuilt only when embedding changes, not on every control.
    let embedded = Memo::new(move |_| state.with(|s| s.embed));
    move || {
        if embedded.get() {
            view! { <EmbeddedChart state=state/> }.into_any()
        } else {
            view! { <FullPage state=state ignored=ignored/> }.into_any()
        }
    }
}

/// `embed=1`: the chart with its title and source line, and a link to the full view.
#[component]
fn EmbeddedChart(state: RwSignal<ViewState>) -> impl IntoView {
    let full = move || absolute_address(&ViewState { embed: false, ..state.get() });
    view! {
        <main class="embedded">
            <h1 class="visually-hidden">{DATASET.meta.title}</h1>
            <ChartFigure state=state embedded=true/>
            <p><a href=full target="_blank" rel="noopener" data-testid="full-view-link">"Open the full view, with data table and sources"</a></p>
        </main>
    }
}

#[component]
fn FullPage(state: RwSignal<ViewState>, ignored: RwSignal<Vec<crate::view_state::Ignored>>) -> impl IntoView {
    let meta = &DATASET.meta;
    view! {
        <IgnoredNotice ignored=ignored/>
        <header class="masthead">
            <ThemeToggle/>
            <h1>{meta.title}</h1>
            <p class="lede">
                "Artificial intelligence, new-energy vehicles and biomedicine: the three sectors Shenzhen gave their own offices in October 2024. Every figure carries its source, period and basis."
            </p>
        </header>
        <main>
            <SectorCards/>
            <section class="explore" aria-label="Explore">
                <Controls state=state/>
                <p class="share"><CopyLink/> " " <EmbedSnippet state=state/> " " <Downloads state=state/></p>
                <ChartFigure state=state/>
            </section>
            <ArticleContext/>
            <Sources/>
        </main>
        <footer class="footer" data-url=move || absolute_address(&state.get())>
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
