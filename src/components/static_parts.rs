//! The page's unchanging sections, as HTML built by `static_html`: rebuilt only when the
//! language changes.

use crate::data::DATASET;
use crate::i18n::Lang;
use crate::page::words;
use crate::static_html;
use leptos::prelude::*;

/// The article's headline figures, under the chart: the seed's four figures, each as its
/// source qualifies it.
#[component]
pub fn SectorCards(lang: Memo<Lang>) -> impl IntoView {
    view! {
        <section class="cards-section" aria-labelledby="cards-heading">
            <h2 id="cards-heading">{move || words::headline_figures(lang.get())}</h2>
            <div class="cards" inner_html=move || static_html::cards(&DATASET, lang.get())></div>
        </section>
    }
}

/// Fills a section below the chart with HTML after the page is mounted, not while it is
/// built: less work stands between the WebAssembly starting and the chart being in the page
/// (the gain was within the first-chart benchmark's run-to-run spread), and nothing above
/// the chart moves when it fills.
fn fill_later(section: NodeRef<leptos::html::Section>, html: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = html();
        if let Some(element) = section.get() {
            element.set_inner_html(&text);
        }
    });
}

#[component]
pub fn ArticleContext(lang: Memo<Lang>) -> impl IntoView {
    let section = NodeRef::new();
    fill_later(section, move || static_html::article_context(&DATASET, lang.get()));
    view! { <section class="context" aria-labelledby="offices-heading" node_ref=section></section> }
}

#[component]
pub fn Sources(lang: Memo<Lang>) -> impl IntoView {
    let section = NodeRef::new();
    fill_later(section, move || static_html::sources(&DATASET, lang.get()));
    view! { <section class="sources" aria-labelledby="sources-heading" node_ref=section></section> }
}
