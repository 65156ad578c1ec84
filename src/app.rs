//! The page: thin components over the pure modules. Nothing here decides which numbers are
//! shown or how they compare; it only lays out what `data`, `format` and `chart` produce.

use crate::components::chart::ChartFigure;
use crate::components::controls::Controls;
use crate::components::language::LanguageSwitch;
use crate::components::notice::IgnoredNotice;
use crate::components::share::{CopyLink, Downloads, EmbedSnippet};
use crate::components::static_parts::{ArticleContext, SectorCards, Sources};
use crate::components::theme::ThemeToggle;
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (state, ignored, lang) = crate::url::sync_with_address();
    // The page's language, for screen readers, fonts and the panic panel.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().pick("en", "fr", "zh-Hans"));
        }
    });
    // A memo, so the page is rebuilt only when embedding changes, not on every control.
    let embedded = Memo::new(move |_| state.with(|s| s.embed));
    move || {
        if embedded.get() {
            view! { <EmbeddedChart state=state lang=lang/> }.into_any()
        } else {
            view! { <FullPage state=state ignored=ignored lang=lang/> }.into_any()
        }
    }
}

/// `embed=1`: the chart with its title and source line, and a link to the full view.
#[component]
fn EmbeddedChart(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    let full = move || absolute_address(&ViewState { embed: false, ..state.get() });
    view! {
        <main class="embedded">
            <h1 class="visually-hidden">{move || DATASET.meta.title.get(lang.get())}</h1>
            <ChartFigure state=state embedded=true/>
            <p><a href=full target="_blank" rel="noopener" data-testid="full-view-link">
                {move || lang.get().tr("Open the full view, with data table and sources")}
            </a></p>
        </main>
    }
}

#[component]
fn FullPage(state: RwSignal<ViewState>, ignored: RwSignal<Vec<crate::view_state::Ignored>>, lang: Memo<Lang>) -> impl IntoView {
    let meta = &DATASET.meta;
    view! {
        <IgnoredNotice ignored=ignored lang=lang/>
        <header class="masthead">
            <div class="masthead-tools"><LanguageSwitch state=state lang=lang/><ThemeToggle lang=lang/></div>
            <h1>{move || meta.title.get(lang.get())}</h1>
            <p class="lede">
                {move || lang.get().tr("Artificial intelligence, new-energy vehicles and biomedicine: the three sectors Shenzhen gave their own offices in October 2024. Every figure carries its source, period and basis.")}
            </p>
        </header>
        <main>
            <SectorCards lang=lang/>
            <section class="explore" aria-label=move || lang.get().tr("Explore")>
                <Controls state=state/>
                <p class="share"><CopyLink state=state lang=lang/> " " <EmbedSnippet state=state lang=lang/> " " <Downloads state=state lang=lang/></p>
                <ChartFigure state=state/>
            </section>
            <ArticleContext lang=lang/>
            <Sources lang=lang/>
        </main>
        <footer class="footer" data-url=move || absolute_address(&state.get())>
            <p>
                {move || lang.get().tr("Dataset of ")} <time data-testid="dataset-date" datetime=meta.dataset_date>{meta.dataset_date}</time>
                {move || lang.get().tr(". Based on ")} <a href=meta.seed_url rel="noopener">{meta.seed_article}</a> "."
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
