//! Sharing the current view: copy its link, or take an iframe snippet that embeds it.

use crate::url::{absolute_address, current_address};
use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn CopyLink() -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let address = current_address();
        let clipboard = window().navigator().clipboard();
        // Outside a secure context (a plain-http host) there is no clipboard at all.
        if clipboard.is_undefined() {
            set_status.set(format!("Copy this link: {address}"));
            return;
        }
        let promise = clipboard.write_text(&address);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => set_status.set("Link copied.".into()),
                // Permission refused: show the link to copy by hand.
                Err(_) => set_status.set(format!("Copy this link: {address}")),
            }
        });
    };
    view! {
        <button type="button" data-testid="copy-link" on:click=copy>"Copy link to this view"</button>
        " " <span role="status" data-testid="copy-status">{status}</span>
    }
}

/// The iframe snippet for the current view, shown on demand in a read-only field.
#[component]
pub fn EmbedSnippet(state: RwSignal<ViewState>) -> impl IntoView {
    let (open, set_open) = signal(false);
    let snippet = move || {
        let embedded = ViewState { embed: true, ..state.get() };
        format!(
            r#"<iframe src="{}" title="Shenzhen's priority industries: chart" width="100%" height="620" style="border:0" loading="lazy"></iframe>"#,
            absolute_address(&embedded)
        )
    };
    view! {
        <button type="button" data-testid="embed-toggle" aria-expanded=move || open.get().to_string() on:click=move |_| set_open.update(|o| *o = !*o)>
            "Embed this chart"
        </button>
        <label class="embed-snippet" hidden=move || !open.get()>
            "Paste this into a web page: "
            <textarea readonly rows="3" data-testid="embed-snippet" prop:value=snippet></textarea>
        </label>
    }
}

/// Download links for the current view: the chart as SVG, its data as CSV and JSON. Made
/// from the same specification as the chart on screen, so they always match it, and only
/// when clicked (the click sets the link's address before the browser follows it), so view
/// changes cost nothing extra.
#[component]
pub fn Downloads(state: RwSignal<ViewState>) -> impl IntoView {
    use crate::chart::{render::render_svg, spec_for};
    use crate::data::DATASET;
    use crate::export::{csv, data_url, file_name, json};
    use wasm_bindgen::JsCast;
    let prepare = move |ev: web_sys::MouseEvent| {
        let Some(link) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(kind) = link.get_attribute("data-kind") else { return };
        let (url, name) = state.with_untracked(|s| {
            let spec = spec_for(&DATASET, s);
            let url = match kind.as_str() {
                "svg" => data_url("image/svg+xml", &render_svg(&spec, 720.0)),
                "csv" => data_url("text/csv", &csv(&DATASET, &spec)),
                _ => data_url("application/json", &json(&DATASET, &spec)),
            };
            (url, file_name(s, &kind))
        });
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", &name);
    };
    view! {
        <span class="downloads" on:click=prepare>"Download: "
            <a href="#" data-kind="svg" data-testid="download-svg">"SVG"</a> " "
            <a href="#" data-kind="csv" data-testid="download-csv">"CSV"</a> " "
            <a href="#" data-kind="json" data-testid="download-json">"JSON"</a>
        </span>
    }
}
