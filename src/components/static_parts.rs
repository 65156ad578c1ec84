//! The page's unchanging sections, as HTML built by `static_html`: rebuilt only when the
//! language changes.

use crate::data::DATASET;
use crate::i18n::Lang;
use crate::static_html;
use leptos::prelude::*;

#[component]
pub fn SectorCards(lang: Memo<Lang>) -> impl IntoView {
    let label = move || lang.get().pick("Headline figures", "Chiffres phares", "主要数据");
    view! {
        <section class="cards" aria-label=label inner_html=move || static_html::cards(&DATASET, lang.get())></section>
    }
}

#[component]
pub fn ArticleContext(lang: Memo<Lang>) -> impl IntoView {
    view! { <section class="context" aria-labelledby="offices-heading" inner_html=move || static_html::article_context(&DATASET, lang.get())></section> }
}

#[component]
pub fn Sources(lang: Memo<Lang>) -> impl IntoView {
    view! { <section class="sources" aria-labelledby="sources-heading" inner_html=move || static_html::sources(&DATASET, lang.get())></section> }
}
