//! The figures view: the filters (markup from `figures::filters_html`, rebuilt only when the
//! language changes), the row count in a live region, and the table as escaped HTML from
//! `figures::table_html`. One listener applies any filter, search or sort to the view state.

use crate::controls_model::apply;
use crate::data::DATASET;
use crate::chart::figures::{count, rows};
use crate::figures::{filters_html, table_html};
use crate::i18n::Lang;
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The key and value of the filter, search field or sort button an event happened on.
fn control_of(ev: &web_sys::Event) -> Option<(web_sys::Element, String, String)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-key]").ok()??;
    let key = el.get_attribute("data-key")?;
    let value = match el.get_attribute("data-value") {
        Some(v) => v,
        None => js_sys::Reflect::get(&el, &JsValue::from_str("value")).ok()?.as_string()?,
    };
    Some((el, key, value))
}

#[component]
pub fn FiguresTable(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    let shown = Memo::new(move |_| state.with(|s| {
        let r = rows(&DATASET, s);
        (table_html(&r, s), count(r.len(), &DATASET, s))
    }));
    let filters = move || {
        lang.track();
        state.with_untracked(filters_html)
    };
    let on_filter = move |ev: web_sys::Event| {
        if let Some((_, key, value)) = control_of(&ev) {
            state.update(|s| apply(s, &key, &value));
        }
    };
    let on_sort = move |ev: web_sys::MouseEvent| {
        if let Some((_, key, value)) = control_of(&ev) {
            state.update(|s| apply(s, &key, &value));
            // The table is redrawn: the pressed header's button keeps the focus.
            let selector = format!("[data-key=\"sort\"][data-value=\"{value}\"]");
            set_timeout(
                move || {
                    if let Ok(Some(button)) = document().query_selector(&selector) {
                        let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    };
    view! {
        <div class="figures" data-testid="figures">
            <h2 id="figures-title" class="visually-hidden">{move || lang.get().tr("Every figure in the dataset")}</h2>
            <div class="figure-filters" data-testid="figure-filters" on:change=on_filter on:input=on_filter inner_html=filters></div>
            <p role="status" class="figure-count" data-testid="figure-count">{move || shown.with(|s| s.1.clone())}</p>
            <div class="table-wrap figures-wrap" role="region" tabindex="0" aria-labelledby="figures-title" data-testid="figures-wrap"
                on:click=on_sort inner_html=move || shown.with(|s| s.0.clone())></div>
        </div>
    }
}
