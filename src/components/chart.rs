//! The chart figure: the SVG drawn by `chart::render`, a focusable target over every mark that
//! shows its exact value, period, basis and source; then the text summary and the data table.

use crate::chart::{render::render_svg, spec_for, widths, ChartSpec};
use crate::i18n::Lang;
use crate::page::words;
use crate::static_html;
use crate::data::DATASET;
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The layout width for this screen: the one the stylesheet shows of the prerendered page's
/// drawings (`chart::widths`), asked of the browser with the same media queries.
fn chart_width() -> f64 {
    let matches = |i: usize| window().match_media(&widths::media_query(i)).ok().flatten().is_some_and(|m| m.matches());
    match (0..widths::LAYOUTS.len()).find(|&i| matches(i)) {
        Some(i) => widths::LAYOUTS[i].width,
        None => widths::for_viewport(document().document_element().map_or(1024, |e| e.client_width()).max(0) as u32).width,
    }
}

/// The detail of the mark target an event happened on, if it happened on one.
fn mark_detail(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    (element.get_attribute("class")? == "mark-target").then(|| element.get_attribute("aria-label")).flatten()
}

/// The chart's specification for the view, shared by the drawing, its text and the tab's title.
pub fn chart_spec(state: RwSignal<ViewState>) -> Memo<ChartSpec> {
    let spec = Memo::new(move |_| state.with(|s| spec_for(&DATASET, s)));
    // The tab's title and the page description name the view, for history, bookmarks and sharing.
    Effect::new(move |_| {
        let (title, summary) = spec.with(|s| (s.title.clone(), s.summary.clone()));
        let lang = state.with(|s| s.lang);
        let doc = document();
        doc.set_title(&format!("{title} · {}", DATASET.meta.title.get(lang)));
        if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", &summary);
        }
    });
    spec
}

/// The drawing, with the detail of the hovered or focused mark under it.
#[component]
pub fn ChartFigure(spec: Memo<ChartSpec>, lang: Memo<Lang>) -> impl IntoView {
    // The layout follows the screen: a phone turned, a window or an embedding frame resized.
    let (width, set_width) = signal(chart_width());
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        let now = chart_width();
        if now != width.get_untracked() {
            set_width.set(now);
        }
    });
    on_cleanup(move || resized.remove());
    // The SVG's mark targets carry their detail as their accessible name; one listener on the
    // chart shows whichever is hovered or focused.
    let (active, set_active) = signal(None::<String>);
    view! {
        <figure class="chart-figure" aria-labelledby="chart-caption">
            <figcaption id="chart-caption" class="visually-hidden">{move || spec.with(|s| s.title.clone())}</figcaption>
            <div class="chart" data-testid="chart"
                on:focusin=move |ev: web_sys::FocusEvent| set_active.set(mark_detail(ev.target()))
                on:mouseover=move |ev: web_sys::MouseEvent| set_active.set(mark_detail(ev.target()))
                on:focusout=move |_| set_active.set(None)
                on:mouseleave=move |_| set_active.set(None)
                inner_html=move || spec.with(|s| render_svg(s, width.get()))></div>
            <p class="mark-detail" data-testid="mark-detail" role="status" class:empty=move || active.get().is_none()>
                // The hint is for sighted readers; the live region announces only details.
                {move || active.get().is_none().then(|| view! { <span class="hint" aria-hidden="true">{words::mark_hint(lang.get())}</span> })}
                {move || active.get().unwrap_or_default()}
            </p>
        </figure>
    }
}

/// The chart in words: its one-paragraph summary and, on the full page, the table of exactly
/// what it plots.
#[component]
pub fn ChartText(
    spec: Memo<ChartSpec>,
    state: RwSignal<ViewState>,
    /// Embedded in another page: the summary for screen readers only, and no table.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    view! {
        <p class="summary" data-testid="chart-summary" class:visually-hidden=embedded>{move || spec.with(|s| s.summary.clone())}</p>
        {(!embedded).then(|| view! { <div class="table-wrap" hidden=move || state.with(|v| v.view == crate::view_state::View::Figures) inner_html=move || spec.with(|s| static_html::table(s, state.with_untracked(|v| v.lang)))></div> })}
    }
}
